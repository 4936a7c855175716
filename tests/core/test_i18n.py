"""The core's words for reports: the window's catalogue read without Qt, chosen by language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from claimdesk.core.i18n import Words, fill, read_catalogue, words_for
from claimdesk.core.resources import resource

SHIPPED = resource("translations", "claimdesk_de.ts")


def test_german_locales_get_the_german_catalogue_and_others_english():
    for german in ("de", "de_DE", "de_CH", "de-AT", "DE"):
        assert words_for(german).translate("Report", "Contents") == "Inhalt", german
    for other in ("en", "en_GB", "fr", "pt_BR", "xx", "", None):
        assert words_for(other).translate("Report", "Contents") == "Contents", other
    # The window's words are the report's: one catalogue, one wording of the grades.
    assert words_for("de").translate("Status", "Unverified") == "Ungeprüft"
    assert words_for("de").translate("Report", "Completely reliable") == "völlig zuverlässig"


def test_a_text_without_a_translation_stays_as_it_is():
    german = words_for("de")
    assert german.translate("Report", "A sentence nobody translated") == (
        "A sentence nobody translated"
    )
    assert german.translate("No such context", "Contents") == "Contents"


def test_plural_forms_and_numbers_follow_the_locale():
    for locale, one, many in [
        ("de_CH", "1 Behauptung", "11'000 Behauptungen"),
        ("de", "1 Behauptung", "11.000 Behauptungen"),
        ("en", "1 claim", "11,000 claims"),
    ]:
        words = words_for(locale)
        forms = (words.translate("Report", "%n claim"), words.translate("Report", "%n claims"))
        assert words.plural(1, *forms) == one
        assert words.plural(11_000, *forms) == many


def test_fill_puts_values_in_once():
    assert fill("%1 by %2", "False", "%2-man") == "False by %2-man"
    assert fill("%1 and %3", "a") == "a and %3"


def test_only_finished_translations_are_read(tmp_path: Path):
    ts = tmp_path / "claimdesk_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">'
        "<context><name>Report</name>"
        "<message><source>Contents</source><translation>Inhalt</translation></message>"
        '<message><source>Summary</source><translation type="unfinished">Übersicht'
        "</translation></message>"
        "<message><source>Scope</source><translation></translation></message>"
        '<message><source>Old</source><translation type="vanished">Alt</translation></message>'
        '<message numerus="yes"><source>%n page</source><translation>'
        "<numerusform>%n Seite</numerusform><numerusform>%n Seiten</numerusform>"
        "</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    assert read_catalogue(ts) == {("Report", "Contents"): "Inhalt"}
    words = Words("de", read_catalogue(ts))
    assert words.translate("Report", "Summary") == "Summary"  # unfinished: the source
    assert words.translate("Report", "Scope") == "Scope"
    assert read_catalogue(tmp_path / "missing.ts") == {}


def test_every_report_text_is_translated_in_the_shipped_catalogue():
    """A report text left unfinished would put English into a German report."""
    unfinished = []
    for context in ET.parse(SHIPPED).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            places = [place.get("filename", "") for place in message.iter("location")]
            in_reports = any("/core/reports/" in p or "/printing/" in p for p in places)
            translation = message.find("translation")
            if in_reports and (translation.get("type") or not translation.text):
                unfinished.append((name, message.findtext("source")))
    assert not unfinished, unfinished[:10]
