from __future__ import annotations

from decimal import Decimal

import pytest
from babel import Locale
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimdesk.core.enums import Qualifier
from claimdesk.core.errors import BadValue
from claimdesk.core.quantities import (
    Quantity,
    QuantityMatch,
    find_quantities,
    format_number,
    format_quantity,
    parse_number,
    parse_quantity,
)

Q = Qualifier

PHRASES = [
    # German
    ("rund 120", None, 120, None, None, Q.ABOUT),
    ("etwa 11.000", None, 11_000, None, None, Q.ABOUT),
    ("mehr als 10.000", None, 10_000, None, None, Q.MORE_THAN),
    ("1,5 Millionen", None, 1_500_000, None, None, Q.EXACT),
    ("zwischen 10.000 und 12.000", None, 10_000, 12_000, None, Q.RANGE),
    ("11.000 nordkoreanische Soldaten", None, 11_000, None, "nordkoreanische Soldaten", Q.EXACT),
    ("10.000 bis 12.000 Soldaten", None, 10_000, 12_000, "Soldaten", Q.RANGE),
    ("von 10 bis 12 Millionen Euro", None, 10e6, 12e6, "Euro", Q.RANGE),
    ("ungefähr 300 Panzer", None, 300, None, "Panzer", Q.ABOUT),
    ("circa 300", None, 300, None, None, Q.ABOUT),
    ("ca. 300 Panzer", None, 300, None, "Panzer", Q.ABOUT),
    ("knapp 100", None, 100, None, None, Q.AT_MOST),
    ("fast 100 Tote", None, 100, None, "Tote", Q.AT_MOST),
    ("über 100 Tote", None, 100, None, "Tote", Q.MORE_THAN),
    ("Über 100", None, 100, None, None, Q.MORE_THAN),
    ("mindestens 120", None, 120, None, None, Q.AT_LEAST),
    ("höchstens 120", None, 120, None, None, Q.AT_MOST),
    ("weniger als 50", None, 50, None, None, Q.FEWER_THAN),
    ("bis zu 500 Drohnen", None, 500, None, "Drohnen", Q.AT_MOST),
    ("3 Tausend", None, 3_000, None, None, Q.EXACT),
    ("2,5 Mio. Menschen", None, 2_500_000, None, "Menschen", Q.EXACT),
    ("5 Mrd. Euro", None, 5e9, None, "Euro", Q.EXACT),
    ("1,2 Milliarden", None, 1.2e9, None, None, Q.EXACT),
    ("1 Billion Euro", "de", 1e12, None, "Euro", Q.EXACT),
    ("12 Prozent", None, 12, None, "%", Q.EXACT),
    ("1.000,5", None, 1000.5, None, None, Q.EXACT),
    ("11.000.000", None, 11_000_000, None, None, Q.EXACT),
    ("1’000’000 Franken", None, 1_000_000, None, "Franken", Q.EXACT),
    # English
    ("about 11,000", None, 11_000, None, None, Q.ABOUT),
    ("at least 120", None, 120, None, None, Q.AT_LEAST),
    ("more than 10,000", None, 10_000, None, None, Q.MORE_THAN),
    ("1.5 million", None, 1_500_000, None, None, Q.EXACT),
    ("1.5m", None, 1_500_000, None, None, Q.EXACT),
    ("10k", None, 10_000, None, None, Q.EXACT),
    ("5 bn", None, 5e9, None, None, Q.EXACT),
    ("2 billion", None, 2e9, None, None, Q.EXACT),
    ("10,000–12,000", None, 10_000, 12_000, None, Q.RANGE),
    ("10,000-12,000", None, 10_000, 12_000, None, Q.RANGE),
    ("10,000 to 12,000", None, 10_000, 12_000, None, Q.RANGE),
    ("10,000 – 12,000 troops", None, 10_000, 12_000, "troops", Q.RANGE),
    ("between 10,000 and 12,000", None, 10_000, 12_000, None, Q.RANGE),
    ("from 10 to 12", None, 10, 12, None, Q.RANGE),
    ("between 10–12 guns", None, 10, 12, "guns", Q.RANGE),
    ("He said '120 soldiers'", None, 120, None, "soldiers", Q.EXACT),
    ("zwischen 10.000 Soldaten", None, 10_000, None, "Soldaten", Q.EXACT),
    ("1-2 million", None, 1e6, 2e6, None, Q.RANGE),
    ("500,000 to 1 million", None, 500_000, 1e6, None, Q.RANGE),
    ("about 11,000 North Korean soldiers", None, 11_000, None, "North Korean soldiers", Q.ABOUT),
    ("about 120 guns", None, 120, None, "guns", Q.ABOUT),
    ("around 120", None, 120, None, None, Q.ABOUT),
    ("approximately 120", None, 120, None, None, Q.ABOUT),
    ("roughly 120", None, 120, None, None, Q.ABOUT),
    ("some 120 guns", None, 120, None, "guns", Q.ABOUT),
    ("an estimated 11,000 people fled the city", None, 11_000, None, "people", Q.ABOUT),
    ("nearly 100", None, 100, None, None, Q.AT_MOST),
    ("almost 100", None, 100, None, None, Q.AT_MOST),
    ("over 100", None, 100, None, None, Q.MORE_THAN),
    ("up to 500", None, 500, None, None, Q.AT_MOST),
    ("at most 500", None, 500, None, None, Q.AT_MOST),
    ("no more than 500", None, 500, None, None, Q.AT_MOST),
    ("fewer than 50", None, 50, None, None, Q.FEWER_THAN),
    ("less than 50", None, 50, None, None, Q.FEWER_THAN),
    ("12 percent", None, 12, None, "%", Q.EXACT),
    ("1,000.5", None, 1000.5, None, None, Q.EXACT),
    # Either language
    ("-5", None, -5, None, None, Q.EXACT),
    ("−5", None, -5, None, None, Q.EXACT),
    ("12 %", None, 12, None, "%", Q.EXACT),
    ("12%", None, 12, None, "%", Q.EXACT),
    ("10.", None, 10, None, None, Q.EXACT),
    ("2025", None, 2025, None, None, Q.EXACT),
    ("-5 to -3", None, -5, -3, None, Q.RANGE),
    ("1.5", None, 1.5, None, None, Q.EXACT),
    ("1,5", None, 1.5, None, None, Q.EXACT),
    ("11,000", None, 11_000, None, None, Q.EXACT),
    ("11.000", None, 11_000, None, None, Q.EXACT),
    # An explicit language decides the number's reading.
    ("11.000", "en", 11, None, None, Q.EXACT),
    ("11,000", "de", 11, None, None, Q.EXACT),
    ("11.000", "de_DE", 11_000, None, None, Q.EXACT),
    ("11,000", "en-US", 11_000, None, None, Q.EXACT),
    ("11’000.5", "de_CH", 11_000.5, None, None, Q.EXACT),
    ("11'000", "de_CH", 11_000, None, None, Q.EXACT),
    # Clue words beat the shape of the number: English words make "11.000" eleven.
    ("about 11.000", None, 11, None, None, Q.ABOUT),
    # ...unless the clue's locale cannot read the number at all.
    ("etwa 1.5 Millionen", None, 1_500_000, None, None, Q.ABOUT),
]


@pytest.mark.parametrize(("text", "language", "value", "upper", "unit", "qualifier"), PHRASES)
def test_parse_quantity(
    text: str,
    language: str | None,
    value: float,
    upper: float | None,
    unit: str | None,
    qualifier: Qualifier,
) -> None:
    assert parse_quantity(text, language) == Quantity(value, upper, unit, qualifier)


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("11.000 Soldaten in der Region Kursk", None, "Soldaten"),
        ("rund 120 dieser Waffen", None, None),
        ("mehr als 10.000 Menschen Schutz gesucht", None, "Menschen"),
        ("etwa 11.000 Soldaten, die", None, "Soldaten"),
        ("120 getötet", None, None),
        ("120 russische schwere Kampfjets", "de", "russische schwere Kampfjets"),
        ("120 sehr schnelle neue Jets", "de", None),  # no noun within three words
        ("about 120 guns were delivered", None, "guns"),
        ("about 11,000 North Korean soldiers in Kursk", None, "North Korean soldiers"),
        ("10,000 people killed", None, "people"),
        ("120 wounded soldiers", None, "wounded soldiers"),
        ("120 tanks and 40 guns", None, "tanks"),
        ("120. Then", None, None),
        ("120 in Kursk", None, None),
        ("1.5 million people", None, "people"),
        ("5 m", None, "m"),
    ],
)
def test_unit_is_the_following_noun_phrase(
    text: str, language: str | None, unit: str | None
) -> None:
    quantity = parse_quantity(text, language)
    assert quantity is not None
    assert quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("", None),
        ("   ", None),
        ("viele Soldaten", None),
        ("many soldiers", None),
        ("1.00.0", None),
        ("1.5", "de"),  # strict German parsing rejects it rather than guessing
        ("12.000–10.000", None),
        ("F-16", None),
        ("5kg", None),
    ],
)
def test_parse_quantity_none(text: str, language: str | None) -> None:
    assert parse_quantity(text, language) is None


def test_descending_range_is_not_a_range() -> None:
    assert parse_quantity("12.000–10.000") is None
    # In running text the two numbers are still reported, e.g. a score "3-1".
    assert [m.quantity.value for m in find_quantities("ended 3-1 after")] == [3, 1]


def test_glued_metre_is_not_million_in_german() -> None:
    assert parse_quantity("1,5m", "de") is None
    assert parse_quantity("1.5m", "en") == Quantity(1_500_000)


def test_unknown_locale_is_an_error() -> None:
    for attempt in (lambda: parse_quantity("120", "xx_YY"), lambda: format_number(1, "xx_YY")):
        with pytest.raises(BadValue) as raised:
            attempt()
        assert (raised.value.code, raised.value.params) == ("unknown_locale", {"locale": "xx_YY"})


GERMAN_PARAGRAPH = (
    "Budanow zufolge haben russische Einheiten bislang rund 120 dieser Waffen erhalten. "
    "Zudem befinden sich etwa 11.000 nordkoreanische Soldaten in der Region Kursk. "
    "Stand: 10.06.2025, 14:30 Uhr."
)


def test_find_quantities_in_german_paragraph() -> None:
    matches = find_quantities(GERMAN_PARAGRAPH)
    assert [m.text for m in matches] == ["rund 120", "etwa 11.000 nordkoreanische Soldaten"]
    assert [m.quantity for m in matches] == [
        Quantity(120, qualifier=Q.ABOUT),
        Quantity(11_000, unit="nordkoreanische Soldaten", qualifier=Q.ABOUT),
    ]
    for match in matches:
        assert GERMAN_PARAGRAPH[match.start : match.end] == match.text
    assert matches[0].start == GERMAN_PARAGRAPH.index("rund 120")


def test_find_quantities_in_english_text() -> None:
    text = "Kyiv says about 11,000 North Korean soldiers and 1.5m shells arrived; 12% more."
    assert [(m.text, m.quantity) for m in find_quantities(text)] == [
        (
            "about 11,000 North Korean soldiers",
            Quantity(11_000, None, "North Korean soldiers", Q.ABOUT),
        ),
        ("1.5m shells", Quantity(1_500_000, unit="shells")),
        ("12%", Quantity(12, unit="%")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Stand: 10.06.2025, 14:30 Uhr",
        "am 1.6.25 um 9:05:30",
        "on 2025-06-10T14:30 and 06/10/2025",
        "F-16 und Su-34 über A320",
        "5kg, 3D, 2nd",
    ],
)
def test_find_quantities_skips_dates_times_and_names(text: str) -> None:
    assert find_quantities(text) == []


def test_find_quantities_keeps_numbers_next_to_dates() -> None:
    text = "Am 10.06.2025 meldete das Ministerium 300 Tote."
    assert [m.text for m in find_quantities(text)] == ["300 Tote"]


@pytest.mark.parametrize(
    ("value", "locale", "expected"),
    [
        (11_000, "en", "11,000"),
        (11_000, "de", "11.000"),
        (1.5, "de", "1,5"),
        (2.50, "en", "2.5"),
        (1 / 3, "en", "0.333333"),
        (1e16, "en", "10,000,000,000,000,000"),
        (-0.0, "en", "0"),
        (-1234.5, "de", "-1.234,5"),
    ],
)
def test_format_number(value: float, locale: str, expected: str) -> None:
    assert format_number(value, locale) == expected


def test_swiss_numbers_group_with_the_locales_own_mark() -> None:
    # CLDR 48 changed the Swiss mark from ’ to ', and babel 2.19 drops the latter from its
    # own output (and so rejected every grouped Swiss number in its strict parse).
    for locale in ("de_CH", "fr_CH"):
        group = Locale.parse(locale).number_symbols["latn"]["group"]
        assert format_number(1_234_567, locale) == f"1{group}234{group}567"
    assert parse_number("11'000.5", "de_CH") == parse_number("11’000.5", "de_CH") == 11_000.5
    assert parse_number("11'000,5", "fr_CH") == 11_000.5
    assert parse_number("1'000'000", "de_CH") == 1_000_000
    for wrong in ("11,000", "1'00'000", "11'000,5"):
        with pytest.raises(ValueError, match="de_CH"):
            parse_number(wrong, "de_CH")
    with pytest.raises(ValueError, match="fr_CH"):
        parse_number("11'000.5", "fr_CH")


def test_format_number_rejects_non_finite() -> None:
    with pytest.raises(ValueError):
        format_number(float("nan"), "en")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("1.00.0", "malformed_number"),
        ("abc", "not_a_number"),
        ("", "not_a_number"),
        ("1E5", "not_a_number"),
        ("NaN", "not_a_number"),
        ("1,5", "malformed_number"),
    ],
)
def test_parse_number_rejects_malformed_text(text: str, code: str) -> None:
    with pytest.raises(BadValue) as raised:
        parse_number(text, "en")
    assert raised.value.code == code
    assert raised.value.params["text"] == text


def test_parse_number_error_names_the_text() -> None:
    with pytest.raises(BadValue) as raised:
        parse_number("1.5", "de")
    assert raised.value.params == {"text": "1.5", "locale": "de"}


@pytest.mark.parametrize(
    ("quantity", "english", "german"),
    [
        (Quantity(11_000, unit="soldiers", qualifier=Q.ABOUT), "about 11,000 soldiers", None),
        (Quantity(11_000, unit="Soldaten", qualifier=Q.ABOUT), None, "etwa 11.000 Soldaten"),
        (Quantity(120, qualifier=Q.AT_LEAST), "at least 120", "mindestens 120"),
        (Quantity(10, qualifier=Q.MORE_THAN), "more than 10", "mehr als 10"),
        (Quantity(10, qualifier=Q.AT_MOST), "at most 10", "höchstens 10"),
        (Quantity(10, qualifier=Q.FEWER_THAN), "fewer than 10", "weniger als 10"),
        (Quantity(1.5, 2, qualifier=Q.RANGE), "1.5–2", "1,5–2"),
        (Quantity(-5, -3, qualifier=Q.RANGE), "-5 to -3", "-5 bis -3"),
        (Quantity(12, unit="%"), "12%", "12\u00a0%"),
    ],
)
def test_format_quantity(quantity: Quantity, english: str | None, german: str | None) -> None:
    if english is not None:
        assert format_quantity(quantity) == english
    if german is not None:
        assert format_quantity(quantity, "de") == german


def test_format_quantity_falls_back_to_english_words() -> None:
    assert format_quantity(Quantity(11_000, qualifier=Q.ABOUT), "fr") == "about 11\u202f000"


def test_quantity_accepts_the_stored_qualifier_text() -> None:
    assert Quantity(1, qualifier="about").qualifier is Q.ABOUT  # type: ignore[arg-type]


# Property tests --------------------------------------------------------------------------

LOCALES = ("de", "en", "de_CH")
integers = st.integers(min_value=-(10**12), max_value=10**12).map(float)
decimals = st.decimals(
    min_value=-(10**12), max_value=10**12, places=3, allow_nan=False, allow_infinity=False
).map(float)
numbers = integers | decimals
UNITS = {
    "en": [None, "%", "guns", "soldiers", "North Korean soldiers", "people"],
    "de": [None, "%", "Soldaten", "nordkoreanische Soldaten", "Euro"],
}
SINGLE = [q for q in Qualifier if q != Q.RANGE]


@given(numbers, st.sampled_from(LOCALES))
def test_parse_number_inverts_format_number(value: float, locale: str) -> None:
    assert parse_number(format_number(value, locale), locale) == value


@given(numbers, st.sampled_from(LOCALES), st.sampled_from(SINGLE), st.data())
def test_parse_quantity_inverts_format_quantity(
    value: float, locale: str, qualifier: Qualifier, data: st.DataObject
) -> None:
    unit = data.draw(st.sampled_from(UNITS[locale[:2]]))
    quantity = Quantity(value, unit=unit, qualifier=qualifier)
    assert parse_quantity(format_quantity(quantity, locale), locale) == quantity


@given(numbers, numbers, st.sampled_from(LOCALES), st.data())
def test_parse_quantity_inverts_format_quantity_for_ranges(
    a: float, b: float, locale: str, data: st.DataObject
) -> None:
    unit = data.draw(st.sampled_from(UNITS[locale[:2]]))
    quantity = Quantity(min(a, b), max(a, b), unit, Q.RANGE)
    assert parse_quantity(format_quantity(quantity, locale), locale) == quantity


@given(
    numbers,
    st.sampled_from(["de", "en"]),
    st.sampled_from([q for q in SINGLE if q != Q.EXACT]),
    st.data(),
)
def test_qualifier_words_let_the_language_be_guessed(
    value: float, locale: str, qualifier: Qualifier, data: st.DataObject
) -> None:
    unit = data.draw(st.sampled_from(UNITS[locale]))
    quantity = Quantity(value, unit=unit, qualifier=qualifier)
    assert parse_quantity(format_quantity(quantity, locale)) == quantity


# Fuzz -------------------------------------------------------------------------------------

TOKENS = [
    *"0123456789.,-–’' %\u00a0:/T",
    "etwa ", "about ", "Millionen", "million", "m", "k", " bis ", " to ", "zwischen ",
    " und ", " and ", "between ", "Soldaten", "soldiers", "10.06.2025", "14:30", "F-", "ü",
]  # fmt: skip
texts = st.text() | st.lists(st.sampled_from(TOKENS), max_size=30).map("".join)
languages = st.sampled_from([None, "de", "en", "de_CH", "fr"])


@settings(max_examples=500)
@given(texts, languages)
def test_parse_quantity_never_raises(text: str, language: str | None) -> None:
    result = parse_quantity(text, language)
    assert result is None or isinstance(result, Quantity)


@settings(max_examples=500)
@given(texts, languages)
@example("BIS:1000000000000000000000000.0", None)  # babel's strict check overflowed Decimal
@example("9" * 400 + " Millionen", "de")
def test_find_quantities_never_raises_and_offsets_hold(text: str, language: str | None) -> None:
    matches = find_quantities(text, language)
    previous_end = 0
    for match in matches:
        assert isinstance(match, QuantityMatch)
        assert text[match.start : match.end] == match.text
        assert previous_end <= match.start < match.end
        previous_end = match.end


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_german_grouped_numbers_are_read_as_german(value: Decimal) -> None:
    assert parse_quantity(format_number(float(value), "de") + " Soldaten", "de") == Quantity(
        float(value), unit="Soldaten"
    )
