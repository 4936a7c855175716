"""Plain text as copied from a news page: headline, date, byline, publisher and language are
read, page furniture is left out of the text and listed. The texts here are written in our own
words; the seed text in ../shared/seeds is skipped when absent."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdesk.core.capture.capture import CaptureError, capture_clipboard, capture_file
from claimdesk.core.capture.extract import ExtractionError
from claimdesk.core.capture.metadata import squash
from claimdesk.core.capture.plain_text import extract_plain_text, read_plain_text

GERMAN = "\n".join(
    [
        "Musterstädter Bote - Nachrichten aus der Region",
        "Musterstädter Bote - Nachrichten aus der Region",
        "Suche IconKonto IconMenü Icon",
        "",
        "StartseiteLokalesVerkehr",
        "",
        "Neue Brücke über den Mühlbach wird teurer als geplant",
        "",
        "Streit im Gemeinderat",
        "Brücke über den Mühlbach kostet fast eine Million Euro",
        "",
        "Von Lena Vogel und Jonas Weber",
        "14. März 2025Lesezeit: 3 Min.",
        "Die alte Brücke am Abend (Archivbild): Der Neubau soll breiter werden.Bild vergrößern",
        "Blick auf den Mühlbach im Winter. (Foto: Musterstädter Bote/Archiv)",
        "Artikel teilen",
        "",
        (
            "Der Neubau der Brücke über den Mühlbach wird nach neuen Berechnungen der "
            "Verwaltung deutlich teurer als bisher angenommen."
        ),
        "",
        (
            "Statt der geplanten 600.000 Euro rechnet das Bauamt nun mit Kosten von rund "
            "950.000 Euro. Grund seien gestiegene Preise für Stahl und Beton sowie "
            "zusätzliche Arbeiten am Ufer, sagte die Bürgermeisterin am Donnerstag."
        ),
        "",
        "Wird geladen...",
        "",
        "Was der Gemeinderat jetzt entscheiden muss",
        "",
        (
            "Der Gemeinderat soll im April darüber abstimmen, ob die Brücke trotzdem gebaut "
            "wird. Vier Mitglieder haben bereits angekündigt, gegen die Mehrkosten zu "
            "stimmen, weil die Stadt an anderer Stelle sparen müsse."
        ),
        "",
        "Verwendete Quellen",
        "Transparenzhinweis",
        "Wird geladen...",
        "Wird geladen...",
        "Wird geladen...",
        "AnzeigeShopping",
        "Jetzt herunterladen!",
        "App StorePlay Store",
        "Auf Facebook folgenAuf Instagram folgenAuf WhatsApp folgen",
        "Musterstädter Medienhaus",
    ]
)

ENGLISH = "\n".join(
    [
        "The Harbour Gazette | News from the coast",
        "Search IconMenu Icon",
        "HomeRegionFerries",
        "Ferry service to the islands resumes after the storm",
        "By Jane Doe",
        "June 10, 2025",
        "Share on FacebookShare on XCopy link",
        "Loading...",
        (
            "Ferries to the outer islands started running again on Tuesday morning after "
            "three days in which the storm had kept every boat in the harbour."
        ),
        (
            "The operator said the first crossing left on time and carried about 200 "
            "passengers, most of them islanders who had been stranded on the mainland."
        ),
        (
            "Engineers are still checking the pier on the smallest island, so boats will not "
            "stop there before the weekend."
        ),
        "Loading...",
        "Loading...",
        "Loading...",
        "Related stories",
        "Follow us",
        "Newsletter",
    ]
)


def test_german_text_with_page_furniture():
    found = read_plain_text(GERMAN)
    assert found.title == "Brücke über den Mühlbach kostet fast eine Million Euro"
    assert found.published == date(2025, 3, 14)
    assert found.authors == ("Lena Vogel", "Jonas Weber")
    assert found.site_name == "Musterstädter Bote"
    assert found.language == "de"
    assert found.text.splitlines() == [
        "Brücke über den Mühlbach kostet fast eine Million Euro",
        "Der Neubau der Brücke über den Mühlbach wird nach neuen Berechnungen der Verwaltung "
        "deutlich teurer als bisher angenommen.",
        "Statt der geplanten 600.000 Euro rechnet das Bauamt nun mit Kosten von rund 950.000 "
        "Euro. Grund seien gestiegene Preise für Stahl und Beton sowie zusätzliche Arbeiten am "
        "Ufer, sagte die Bürgermeisterin am Donnerstag.",
        "Was der Gemeinderat jetzt entscheiden muss",
        "Der Gemeinderat soll im April darüber abstimmen, ob die Brücke trotzdem gebaut wird. "
        "Vier Mitglieder haben bereits angekündigt, gegen die Mehrkosten zu stimmen, weil die "
        "Stadt an anderer Stelle sparen müsse.",
    ]
    # Every line left out is listed, in order, and nothing else is.
    all_lines = [line.strip() for line in GERMAN.splitlines() if line.strip()]
    assert len(found.dropped) + len(found.text.splitlines()) == len(all_lines)
    assert found.dropped.count("Wird geladen...") == 4
    for furniture in ("Suche IconKonto IconMenü Icon", "StartseiteLokalesVerkehr",
                      "Artikel teilen", "App StorePlay Store", "Musterstädter Medienhaus",
                      "Auf Facebook folgenAuf Instagram folgenAuf WhatsApp folgen"):  # fmt: skip
        assert furniture in found.dropped
        assert furniture not in found.text


def test_english_text_with_page_furniture():
    found = read_plain_text(ENGLISH)
    assert found.title == "Ferry service to the islands resumes after the storm"
    assert found.published == date(2025, 6, 10)
    assert found.authors == ("Jane Doe",)
    assert found.site_name == "The Harbour Gazette"
    assert found.language == "en"
    lines = found.text.splitlines()
    assert lines[0] == found.title and len(lines) == 4
    assert lines[-1].startswith("Engineers are still checking the pier")
    left_out = ("Share on FacebookShare on XCopy link", "Loading...", "Follow us", "Newsletter")
    for furniture in (*left_out, "Related stories", "HomeRegionFerries", "By Jane Doe"):
        assert furniture in found.dropped
        assert furniture not in found.text


def test_a_byline_naming_an_outlet_gives_the_publisher_and_a_source_line_too():
    text = (
        "Hochwasser am Mühlbach\nVon Beispiel-Online\n\nDer Pegel des Mühlbachs ist in der "
        "Nacht um fast einen Meter gestiegen, mehrere Keller liefen voll.\n"
    )
    found = read_plain_text(text)
    assert (found.site_name, found.authors, found.published) == ("Beispiel-Online", (), None)
    found = read_plain_text(
        "Hochwasser am Mühlbach\n\nDer Pegel ist in der Nacht um fast einen Meter gestiegen, "
        "mehrere Keller liefen voll.\nQuelle: Kreisbote\n"
    )
    assert found.site_name == "Kreisbote" and found.dropped == ("Quelle: Kreisbote",)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("10.06.2025", date(2025, 6, 10)),
        ("10. Juni 2025", date(2025, 6, 10)),
        ("10 June 2025", date(2025, 6, 10)),
        ("June 10, 2025, 9:30 a.m.", date(2025, 6, 10)),
        ("Aktualisiert am 12.06.2025", date(2025, 6, 12)),
    ],
)
def test_date_lines_in_several_forms(line, day):
    paragraph = "In der Region sollen sich weiterhin viele Soldaten aufhalten, hieß es."
    text = f"Kurze Meldung aus Kursk\n{line}\n{paragraph}\n"
    found = read_plain_text(text)
    assert found.published == day and found.title == "Kurze Meldung aus Kursk"
    assert line in found.dropped


@pytest.mark.parametrize(
    "dateline",
    ["10.06.2025 –", "Kyjiw, 10. Juni 2025 (dpa) -", "WASHINGTON, June 10, 2025 —"],
)
def test_a_dateline_opening_the_first_paragraph_dates_the_article(dateline):
    paragraph = f"{dateline} In der Region sollen sich weiterhin viele Soldaten aufhalten."
    found = read_plain_text(f"Kurze Meldung aus Kursk\n{paragraph}\n")
    assert found.published == date(2025, 6, 10)
    assert paragraph in found.text  # the dateline is part of the paragraph, not dropped


def test_a_date_inside_a_sentence_is_not_the_publication_date():
    found = read_plain_text(
        "Rückblick\n\nAm 10.06.2025 hatte der Gemeinderat schon einmal über die Brücke beraten.\n"
    )
    assert found.published is None


def test_text_without_a_headline_takes_the_start_of_the_first_paragraph():
    paragraph = (
        "Der Gemeinderat hat am Dienstagabend nach einer langen und teils hitzigen Debatte "
        "beschlossen, die alte Brücke über den Mühlbach für den Autoverkehr zu sperren."
    )
    found = read_plain_text(paragraph)
    assert found.title.endswith("…") and len(found.title) <= 121
    assert paragraph.startswith(found.title[:-1]) and found.text == paragraph


def test_a_text_file_is_stored_byte_exact_and_in_its_own_charset(project, tmp_path):
    path = tmp_path / "meldung.txt"
    raw = GERMAN.replace("\n", "\r\n").encode("cp1252")
    path.write_bytes(raw)
    captured = capture_file(path)
    assert captured.original == raw and captured.content_type == "text/plain"
    # Detection may name windows-1250, which writes German letters with the same bytes.
    assert captured.extracted.charset.startswith("windows-125")
    assert captured.extracted.title == "Brücke über den Mühlbach kostet fast eine Million Euro"
    saved = project.captures.capture(captured.to_input(), captured.extracted.site_name)
    record = project.articles.get(saved.article_id)
    assert project.articles.original(record.id) == raw
    assert record.sha256 == hashlib.sha256(raw).hexdigest()
    assert record.publisher.name == "Musterstädter Bote"
    assert record.text.startswith("Brücke über den Mühlbach kostet")


def test_pasted_text_is_read_the_same_way_and_kept_as_pasted():
    captured = capture_clipboard(ENGLISH, None)
    assert captured.original == ENGLISH.encode("utf-8")
    assert captured.extracted.title == "Ferry service to the islands resumes after the storm"
    assert "Loading..." in captured.extracted.dropped
    with pytest.raises(CaptureError) as raised:
        capture_clipboard("Loading...\nLoading...\nLoading...\n", None)
    assert (raised.value.code, raised.value.params) == ("page_no_text", {"clipboard": True})


@pytest.mark.parametrize(
    ("raw", "code"),
    [(b"", "page_empty"), (b" \n \n", "page_empty"), (b"%PDF-1.7\n", "page_is_file")],
)
def test_text_files_that_are_not_text(raw, code):
    with pytest.raises(ExtractionError) as raised:
        extract_plain_text(raw)
    assert raised.value.code == code


@pytest.mark.shared_data
def test_the_seed_report_copied_from_a_news_page(shared_seeds: Path):
    path = shared_seeds / "000_4ad7493308ebd7cd.txt"
    if not path.is_file():
        pytest.skip(f"seed text not present at {path}")
    captured = capture_file(path)
    found = captured.extracted
    assert captured.original == path.read_bytes() and captured.content_type == "text/plain"
    assert found.title == "Russland hilft Nordkorea wohl beim Bau von Kamikaze-Drohnen"
    assert found.published == date(2025, 6, 10)
    assert (found.language, found.site_name, found.authors) == ("de", "t-online", ())
    assert found.text.startswith(found.title + "\nSpätestens seitdem Nordkorea Soldaten")
    assert "\nRussland und Nordkorea haben ihre militärische Zusammenarbeit" in found.text
    assert "etwa 11.000 nordkoreanische Soldaten" in found.text
    assert found.text.endswith("atomarer Zweitschlagskapazität.")
    for furniture in ("Loading...", "Icon", "folgen", "Lesedauer", "Store", "Transparenzhinweis",
                      "Vergrößern des Bildes", "HomePolitik", "Telekom"):  # fmt: skip
        assert furniture not in found.text
        assert any(furniture in line for line in found.dropped)
    assert found.dropped.count("Loading...") == 21


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_any_text_gives_an_article_or_an_extraction_error(text):
    try:
        found = read_plain_text(text)
    except ExtractionError:
        return
    kept = found.text.splitlines()
    lines = [line for line in text.splitlines() if squash(line)]
    # Every line is either in the text or listed as left out; none is lost.
    assert len(kept) + len(found.dropped) == len(lines)
    assert found.title
