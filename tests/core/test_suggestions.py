from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimdesk.core.enums import Qualifier
from claimdesk.core.quantities import Quantity
from claimdesk.core.suggestions import ClaimSuggestion, sentence_spans, suggest_claims

Q = Qualifier

GERMAN = (
    "Kiew, 10.06.2025 · Lesedauer: 2 Min.\n"
    "Im russischen Gebiet Kursk stehen nach Einschätzung des ukrainischen "
    "Militärgeheimdienstchefs Kyrylo Budanow etwa 11.000 nordkoreanische Soldaten. Pjöngjang "
    "hat Moskau demnach außerdem rund 120 Haubitzen vom Typ M1989 Koksan überlassen. Budanow "
    "äußerte sich am 10. Juni in einem Interview.\n"
    "Stand: 10.06.2025, 14:30 Uhr"
)
ENGLISH = (
    "Kyiv, June 10, 2025 | 2 min read\n"
    "Ukraine's military intelligence chief, Kyrylo Budanov, says about 11,000 North Korean "
    "soldiers are deployed in Russia's Kursk region. According to Mr. Budanov, Pyongyang has "
    "also handed over about 120 M1989 Koksan guns. He spoke in an interview published on "
    "June 10.\n"
    "Updated: 10.06.2025, 2:30 p.m. © 2025 Example News"
)


def assert_consistent(text: str, suggestion: ClaimSuggestion) -> None:
    assert text[suggestion.start : suggestion.end] == suggestion.phrase
    assert text[suggestion.sentence_start : suggestion.sentence_end] == suggestion.sentence
    assert suggestion.sentence_start <= suggestion.start < suggestion.end
    assert suggestion.end <= suggestion.sentence_end


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            GERMAN,
            "de",
            [
                (
                    "etwa 11.000 nordkoreanische Soldaten",
                    Quantity(11_000, unit="nordkoreanische Soldaten", qualifier=Q.ABOUT),
                    "Im russischen Gebiet Kursk stehen nach Einschätzung des ukrainischen "
                    "Militärgeheimdienstchefs Kyrylo Budanow etwa 11.000 nordkoreanische "
                    "Soldaten.",
                ),
                (
                    "rund 120 Haubitzen",
                    Quantity(120, unit="Haubitzen", qualifier=Q.ABOUT),
                    "Pjöngjang hat Moskau demnach außerdem rund 120 Haubitzen vom Typ M1989 "
                    "Koksan überlassen.",
                ),
            ],
        ),
        (
            ENGLISH,
            "en",
            [
                (
                    "about 11,000 North Korean soldiers",
                    Quantity(11_000, unit="North Korean soldiers", qualifier=Q.ABOUT),
                    "Ukraine's military intelligence chief, Kyrylo Budanov, says about 11,000 "
                    "North Korean soldiers are deployed in Russia's Kursk region.",
                ),
                (
                    "about 120 M1989 Koksan guns",
                    Quantity(120, unit="M1989 Koksan guns", qualifier=Q.ABOUT),
                    "According to Mr. Budanov, Pyongyang has also handed over about 120 M1989 "
                    "Koksan guns.",
                ),
            ],
        ),
    ],
    ids=["german", "english"],
)
@pytest.mark.parametrize("guess", [False, True], ids=["given", "guessed"])
def test_article_yields_exactly_its_two_claims(
    text: str, language: str, expected: list[tuple[str, Quantity, str]], guess: bool
) -> None:
    suggestions = suggest_claims(text, None if guess else language)
    assert [(s.phrase, s.quantity, s.sentence) for s in suggestions] == expected
    for suggestion in suggestions:
        assert_consistent(text, suggestion)
        assert suggestion.start == text.index(suggestion.phrase)
        assert suggestion.sentence_start == text.index(suggestion.sentence)


MUST_SUGGEST = [
    ("Die Armee verlegte rund 120 Panzer.", "rund 120 Panzer",
     Quantity(120, None, "Panzer", Q.ABOUT)),
    ("Laut Kiew sind es rund 120.", "rund 120", Quantity(120, None, None, Q.ABOUT)),
    ("Dort sind etwa 11.000 nordkoreanische Soldaten.", "etwa 11.000 nordkoreanische Soldaten",
     Quantity(11_000, None, "nordkoreanische Soldaten", Q.ABOUT)),
    ("Es flohen 1,5 Millionen Menschen.", "1,5 Millionen Menschen",
     Quantity(1_500_000, None, "Menschen", Q.EXACT)),
    ("The ministry counted about 11,000 troops.", "about 11,000 troops",
     Quantity(11_000, None, "troops", Q.ABOUT)),
    ("Gezählt wurden mehr als 10.000.", "mehr als 10.000",
     Quantity(10_000, None, None, Q.MORE_THAN)),
    ("Es kamen zwischen 10.000 und 12.000.", "zwischen 10.000 und 12.000",
     Quantity(10_000, 12_000, None, Q.RANGE)),
    ("Die Preise stiegen um 12 Prozent.", "12 Prozent", Quantity(12, None, "%", Q.EXACT)),
    ("Prices rose by 3.5% in May.", "3.5%", Quantity(3.5, None, "%", Q.EXACT)),
    ("Es wurden 2.000 Soldaten verlegt.", "2.000 Soldaten",
     Quantity(2_000, None, "Soldaten", Q.EXACT)),
    ("In 2000 Fällen wurde ermittelt.", "2000 Fällen", Quantity(2_000, None, "Fällen", Q.EXACT)),
    ("Bis zu 500 Drohnen flogen.", "Bis zu 500 Drohnen", Quantity(500, None, "Drohnen", Q.AT_MOST)),
    ("Bei dem Angriff starben 12.", "12", Quantity(12, None, None, Q.EXACT)),
    ("Die Zahl der Toten stieg auf 11.000.", "11.000", Quantity(11_000, None, None, Q.EXACT)),
    ("Einwohner: 3.645.000", "3.645.000", Quantity(3_645_000, None, None, Q.EXACT)),
    ("Im Juni 2024 starben mehr als 120 Menschen.", "mehr als 120 Menschen",
     Quantity(120, None, "Menschen", Q.MORE_THAN)),
    ("Am 3. Mai meldete Kiew 120 Tote.", "120 Tote", Quantity(120, None, "Tote", Q.EXACT)),
    ("Die Nato berief sich auf Artikel 5, 30 Staaten stimmten zu.", "30 Staaten",
     Quantity(30, None, "Staaten", Q.EXACT)),
    ("Seite 1 von 3 des Berichts nennt 120 Soldaten.", "120 Soldaten",
     Quantity(120, None, "Soldaten", Q.EXACT)),
    ("Es waren 120 Haubitzen vom Typ M1989 Koksan.", "120 Haubitzen",
     Quantity(120, None, "Haubitzen", Q.EXACT)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "quantity"), MUST_SUGGEST)
def test_must_suggest(text: str, phrase: str, quantity: Quantity) -> None:
    suggestions = suggest_claims(text)
    assert [(s.phrase, s.quantity) for s in suggestions] == [(phrase, quantity)]
    for suggestion in suggestions:
        assert_consistent(text, suggestion)


# Each text is a sentence that reads as prose, so a number in it would be suggested were it not
# for the rule its category names.
MUST_NOT_SUGGEST = {
    "dates": [
        "Der Bericht wurde am 10.06.2025 in Kiew veröffentlicht.",
        "Der Bericht erschien am Dienstag, 10. Juni 2025, in Kiew.",
        "The report was published on June 10, 2025, in Kyiv.",
        "The report was published on 10 June 2025 in Kyiv.",
        "The report came out on August 10, 2025, in Kyiv.",
        "The report came out on Sept. 10 in Kyiv.",
        "On June 10 troops crossed the border.",
        "The report was published on the 10th of June in Kyiv.",
        "Die Lieferung kam am 3. Mai in Kursk an.",
        "Im Mai 2024 rückten nordkoreanische Truppen vor.",
        "Im Jahr 2024 wurde die Lieferung vereinbart.",
        "Seit 2022 kämpfen die Truppen in der Region.",
        "Zwischen 2022 und 2024 stiegen die Preise deutlich.",
        "In 2024 troops crossed the border twice.",
        "The 2024/25 season was cancelled by the league.",
        "Berlin, 10. Juni 2025 (dpa) - Die Regierung äußerte sich nicht.",
    ],
    "times": [
        "Der Angriff begann um 14:30 Uhr in der Stadt.",
        "Der Angriff begann um 9.30 Uhr in der Stadt.",
        "Der Angriff begann gegen 9 Uhr in der Stadt.",
        "The attack began at 3 p.m. in the city.",
        "The attack began at 9.30 am in the city.",
    ],
    "page furniture": [
        "Lesedauer: 2 Min.",
        "4 Min. Lesezeit",
        "Seite 1 von 3",
        "Page 2 of 3 of this report",
        "Teilen 12",
        "Teilen 1.234",
        "Kommentare (34)",
        "1.234 Kommentare",
        "© 2025 dpa",
        "Die Agentur meldet das. © 2025 dpa-infocom GmbH, alle Rechte vorbehalten",
        "Foto: Max Muster/dpa 2024",
        "Soldaten in der Region Kursk (Foto: Max Muster, 2024) im Einsatz",
        "Stand: 10.06.2025",
        "Updated: 10.06.2025, 2:30 p.m.",
        "Kyiv, June 10, 2025 | 2 min read",
    ],
    "names and designations": [
        "Die Armee setzt Geschütze vom Typ M1989 Koksan ein.",
        "Russland feuerte Raketen vom Typ KN-23 auf die Stadt.",
        "Russland feuerte Drohnen vom Typ Shahed-136 auf die Stadt.",
        "Die Ukraine erhielt F-16 und verlor dabei eine Su-34.",
        "Ein A320 landete nach der Covid-19-Pause in der Stadt.",
        "Die G7 berieten in Kanada über die Lage.",
        "Die Nato berief sich auf Artikel 5 des Vertrags.",
        "Das Gericht prüfte den Paragraf 218 des Strafgesetzbuchs.",
        "Das Gericht prüfte § 218 des Strafgesetzbuchs erneut.",
        "Der Sicherheitsrat verabschiedete Resolution 2231 einstimmig.",
        "Der Antrag trägt die Nr. 5 und liegt dem Ausschuss vor.",
        "The court relied on Article 5 of the treaty.",
    ],
    "phone numbers": [
        "Hinweise nimmt die Polizei unter Tel. +49 30 1234567 entgegen.",
        "Die Hotline ist unter 030 / 123 45 67 erreichbar.",
        "Call the embassy at +1 (202) 555-0143 for help.",
        "Call the embassy at 202-555-0143 for help.",
    ],
    "postal codes": [
        "10115 Berlin",
        "Das Büro liegt in 10115 Berlin, nahe dem Bahnhof.",
        "Redaktion: Beispielstraße 1, 10115 Berlin",
    ],
    "urls and e-mail": [
        "Der Bericht steht unter https://example.org/berichte/2025/11000-soldaten online.",
        "Mehr dazu steht auf www.example.de/artikel/120 im Netz.",
        "Mehr dazu steht auf example.com/news/120 im Netz.",
        "Fragen bitte an redaktion2025@example.org schicken.",
        "Fragen bitte an max.muster.120@example.org schicken.",
    ],
    "ordinals": [
        "Der 3. Bundesliga-Spieltag endete torlos.",
        "Zum 2. Mal in Folge sank die Zahl der Gäste.",
        "Sie feierten den 100. Geburtstag des Vereins.",
    ],
    "weak bare numbers": [
        "12 | 34 | 56",
        "Es starben 12.",
        "Die Zahl der Toten (34) stieg weiter an.",
        "Wie Quelle [3] zeigt, sind die Angaben alt.",
    ],
}


@pytest.mark.parametrize(
    "text", [pytest.param(text, id=f"{kind}: {text}") for kind, texts in
             MUST_NOT_SUGGEST.items() for text in texts],
)  # fmt: skip
def test_must_not_suggest(text: str) -> None:
    assert suggest_claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Im Jahr 2024 wurde vereinbart, dass rund 120 Haubitzen geliefert werden.",
        "Am 3. Mai um 14:30 Uhr meldete die Polizei (Tel. 030 / 123 45 67) rund 120 Verletzte.",
        "Laut Artikel 5 auf https://example.org/2025/5 sind es rund 120.",
    ],
)
def test_a_claim_survives_its_neighbours(text: str) -> None:
    assert [s.quantity.value for s in suggest_claims(text, "de")] == [120]


def test_every_line_is_its_own_sentence() -> None:
    text = "Überschrift mit rund 120 Panzern\nDer Text nennt 11.000 Soldaten."
    first, second = suggest_claims(text)
    assert first.sentence == "Überschrift mit rund 120 Panzern"
    assert second.sentence == "Der Text nennt 11.000 Soldaten."


def test_unknown_language_is_an_error() -> None:
    with pytest.raises(ValueError, match=r"^unknown_locale"):
        suggest_claims("rund 120 Panzer", "xx_nowhere")


SENTENCES = [
    ("Das gilt z. B. für Panzer. Neu ist das nicht.",
     ["Das gilt z. B. für Panzer.", "Neu ist das nicht."]),
    ("Das gilt u. a. für Panzer. Neu ist das nicht.",
     ["Das gilt u. a. für Panzer.", "Neu ist das nicht."]),
    ("Das gilt z.B. für Panzer. Neu ist das nicht.",
     ["Das gilt z.B. für Panzer.", "Neu ist das nicht."]),
    ("Laut Dr. Müller kamen ca. 300 Soldaten. Mehr nicht.",
     ["Laut Dr. Müller kamen ca. 300 Soldaten.", "Mehr nicht."]),
    ("Es kamen 1,5 Mio. Menschen. Dann nichts.", ["Es kamen 1,5 Mio. Menschen.", "Dann nichts."]),
    ("Antrag Nr. 5 kam nach St. Petersburg. Das war neu.",
     ["Antrag Nr. 5 kam nach St. Petersburg.", "Das war neu."]),
    ("Panzer, Drohnen etc. waren dabei. Mr. Smith said nothing.",
     ["Panzer, Drohnen etc. waren dabei.", "Mr. Smith said nothing."]),
    ("Berlin, 10. Juni 2025. Die Lage ist ruhig.",
     ["Berlin, 10. Juni 2025.", "Die Lage ist ruhig."]),
    ("Es geschah am 3. Mai. Die Lage ist ruhig.", ["Es geschah am 3. Mai.", "Die Lage ist ruhig."]),
    ("Die Lieferung (3. Juni) kam an.", ["Die Lieferung (3. Juni) kam an."]),
    ("Der 3. Bundesliga-Spieltag war spannend. Es fielen 11.000 Tore.",
     ["Der 3. Bundesliga-Spieltag war spannend.", "Es fielen 11.000 Tore."]),
    ("Es kamen 11.000 Soldaten. Growth was 1.5 percent. Next.",
     ["Es kamen 11.000 Soldaten.", "Growth was 1.5 percent.", "Next."]),
    ("Es starben 12. Die Polizei kam.", ["Es starben 12.", "Die Polizei kam."]),
    ("„Wir haben 120.“ Danach schwieg er.", ["„Wir haben 120.“", "Danach schwieg er."]),
    ("Die U.S. Army meldete 120 Tote.", ["Die U.S. Army meldete 120 Tote."]),
    ("Sie kamen mit 3 Std. zu spät an.", ["Sie kamen mit 3 Std. zu spät an."]),
    ("Es sind (ca. 300) Soldaten/ca. 12 Tote. Dann",
     ["Es sind (ca. 300) Soldaten/ca. 12 Tote.", "Dann"]),
    ("Warum? Darum! Ende… Aus.", ["Warum?", "Darum!", "Ende…", "Aus."]),
    ("Kein Satzende bei 3 p.m. today", ["Kein Satzende bei 3 p.m. today"]),
    ("Erste Zeile ohne Punkt\n  Zweite Zeile, eingerückt.  \r\n\nDritte",
     ["Erste Zeile ohne Punkt", "Zweite Zeile, eingerückt.", "Dritte"]),
    ("Lesedauer: 2 Min.\nDer Text beginnt hier.", ["Lesedauer: 2 Min.", "Der Text beginnt hier."]),
    ("", []),
    (" \n\t ", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in sentence_spans(text)] == expected


# Fuzz -------------------------------------------------------------------------------------

TOKENS = [
    *"0123456789.,-–’' %\u00a0:/()[]!?\n\r\u2028„“",
    "etwa ", "about ", "/ca. ", "approx. ", "Millionen", "million", " bis ", " und ",
    "zwischen ", "Soldaten",
    "soldiers", "10.06.2025", "14:30", " Uhr", "F-", "z. B. ", "Dr. ", "Mio. ", "ca. ", " am ",
    "3. ", "Mai ", "June ", "Artikel ", "Tel. +49 ", "https://x.de/", "@x.org", "©", "Foto: ",
    "Seite ", " von ", "Teilen ", "Die ", " der ", "Er ", "sagte ",
]  # fmt: skip
texts = st.text() | st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)
languages = st.sampled_from([None, "de", "en"])
BREAK = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


@settings(max_examples=500)
@given(texts, languages)
@example("Es sind 1\u2028Mio. Menschen 120 Soldaten.", None)
@example("Es sind /ca. 300 Soldaten. Dann", "de")
def test_suggestions_never_raise_and_offsets_hold(text: str, language: str | None) -> None:
    spans = sentence_spans(text)
    previous_end = 0
    for suggestion in suggest_claims(text, language):
        assert_consistent(text, suggestion)
        # The sentence is one the splitter found: no phrase straddles a sentence end.
        assert (suggestion.sentence_start, suggestion.sentence_end) in spans
        assert not BREAK.search(suggestion.sentence)
        assert suggestion.sentence == suggestion.sentence.strip()
        assert previous_end <= suggestion.start
        previous_end = suggestion.end


@settings(max_examples=500)
@given(texts)
def test_sentence_spans_cover_every_word_once(text: str) -> None:
    covered = [False] * len(text)
    previous_end = 0
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        assert previous_end <= start < end
        assert sentence == sentence.strip()
        assert not BREAK.search(sentence)
        covered[start:end] = [True] * (end - start)
        previous_end = end
    assert all(covered[i] for i, char in enumerate(text) if not char.isspace())
