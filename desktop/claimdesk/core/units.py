"""What a quantity counts: the unit's lemma, in English, from the phrase a report prints.

"etwa 11.000 nordkoreanische Soldaten" counts *soldiers*; "nordkoreanische" qualifies them and
is kept apart. The lemma is what claims about the same thing share across languages (issue 17
compares figures by it), so it comes from a small bilingual vocabulary of what war and crisis
reporting counts. A head noun outside the vocabulary is kept as printed, with no lemma.

German compounds are read from their end ("Kamikaze-Drohnen", "Artilleriegranaten"), so the
vocabulary holds the last part only. A counting word ("Stück", "pieces", "units") or a
demonstrative ("rund 120 dieser Waffen") points back to the noun the sentence counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# English lemma -> the German and English forms that name it (lower case, singular and plural).
_VOCABULARY: dict[str, tuple[str, ...]] = {
    "soldiers": ("soldat", "soldaten", "soldatinnen", "soldier", "soldiers", "servicemen",
                 "kämpfer", "fighters", "fighter", "söldner", "mercenaries"),
    "troops": ("truppen", "troops", "streitkräfte", "kräfte"),
    "guns": ("geschütz", "geschütze", "geschützen", "kanone", "kanonen", "haubitze", "haubitzen",
             "gun", "guns", "howitzer", "howitzers", "artillery pieces"),
    "drones": ("drohne", "drohnen", "drone", "drones", "uav", "uavs"),
    "missiles": ("rakete", "raketen", "marschflugkörper", "flugkörper", "missile", "missiles",
                 "rocket", "rockets"),
    "tanks": ("panzer", "kampfpanzer", "tank", "tanks"),
    "shells": ("granate", "granaten", "geschosse", "munition", "shell", "shells", "rounds"),
    "weapons": ("waffe", "waffen", "waffensysteme", "systeme", "weapon", "weapons", "systems"),
    "aircraft": ("flugzeug", "flugzeuge", "kampfjets", "jets", "kampfflugzeuge", "hubschrauber",
                 "aircraft", "planes", "jets", "helicopters"),
    "ships": ("schiff", "schiffe", "boote", "ship", "ships", "vessels", "boats"),
    "people": ("menschen", "personen", "leute", "einwohner", "bewohner", "people", "persons",
               "residents", "inhabitants"),
    "civilians": ("zivilisten", "zivilpersonen", "civilians"),
    "children": ("kinder", "kindern", "children"),
    "dead": ("tote", "toten", "todesopfer", "opfer", "dead", "deaths", "fatalities", "killed",
             "victims"),
    "wounded": ("verletzte", "verletzten", "verwundete", "verwundeten", "wounded", "injured"),
    "casualties": ("verluste", "casualties", "losses"),
    "prisoners": ("gefangene", "gefangenen", "kriegsgefangene", "prisoners", "pows", "captives"),
    "refugees": ("flüchtlinge", "geflüchtete", "geflüchteten", "vertriebene", "refugees",
                 "displaced"),
    "workers": ("arbeiter", "arbeitskräfte", "arbeitsmigranten", "workers", "labourers",
                "laborers"),
    "euros": ("euro", "eur", "€", "euros"),
    "dollars": ("dollar", "us-dollar", "usd", "$", "dollars"),
    "tonnes": ("tonne", "tonnen", "tonnes", "tons", "tonne"),
    "kilometres": ("kilometer", "kilometern", "km", "kilometres", "kilometers", "miles"),
    "attacks": ("angriffe", "angriffen", "attacken", "attacks", "strikes", "angriff"),
    "vehicles": ("fahrzeuge", "fahrzeugen", "vehicles"),
    "percent": ("%", "prozent", "percent", "per cent"),
}  # fmt: skip
# German adjective stems (no ending) -> English, for the words that qualify what is counted.
_ADJECTIVES: dict[str, str] = {
    "nordkoreanisch": "North Korean", "südkoreanisch": "South Korean", "russisch": "Russian",
    "ukrainisch": "Ukrainian", "belarussisch": "Belarusian", "iranisch": "Iranian",
    "chinesisch": "Chinese", "amerikanisch": "American", "us-amerikanisch": "American",
    "deutsch": "German", "britisch": "British", "französisch": "French", "polnisch": "Polish",
    "türkisch": "Turkish", "israelisch": "Israeli", "palästinensisch": "Palestinian",
    "syrisch": "Syrian", "tschetschenisch": "Chechen", "ausländisch": "foreign",
    "westlich": "Western", "zivil": "civilian", "militärisch": "military", "neu": "new",
    "weiter": "more", "zusätzlich": "additional", "gefallen": "fallen", "verletzt": "wounded",
    "getötet": "killed", "vermisst": "missing", "schwer": "heavy", "leicht": "light",
    "gepanzert": "armoured", "ballistisch": "ballistic", "modern": "modern",
}  # fmt: skip
_ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e", "")

_LEMMAS: dict[str, str] = {form: lemma for lemma, forms in _VOCABULARY.items() for form in forms}
# German compound tails, longest first, so "Artilleriegranaten" ends in "granaten".
_TAILS = sorted((form for form in _LEMMAS if len(form) >= 4 and form.isalpha()), key=len)[::-1]
# Words that count pieces of something named before them.
_COUNTERS = frozenset(
    ["stück", "stueck", "exemplare", "einheiten", "pieces", "units", "items", "examples"]
)
_DEMONSTRATIVES = frozenset(
    ["dieser", "diese", "dieses", "solcher", "solche", "derartiger", "of", "these", "those", "such"]
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


@dataclass(frozen=True, slots=True)
class Unit:
    """A quantity's unit split into its parts: "nordkoreanische Soldaten" -> head "Soldaten",
    modifier "nordkoreanische", lemma "soldiers"."""

    head: str  # the counted noun as printed
    modifier: str | None  # the words qualifying it ("nordkoreanische", "North Korean")
    lemma: str | None  # the English lemma from the vocabulary, None when it is not in it
    modifier_en: str | None = None  # the modifier in English when every word is known


def english_modifier(modifier: str | None) -> str | None:
    """ "nordkoreanische" -> "North Korean"; capitalised English adjectives stay; None when a
    word is not in the small vocabulary (a guess would put words in the source's mouth)."""
    if not modifier:
        return None
    words = []
    for word in modifier.split():
        lower = word.casefold()
        english = next(
            (
                _ADJECTIVES[lower[: len(lower) - len(end)]]
                for end in _ADJECTIVE_ENDINGS
                if lower.endswith(end) and lower[: len(lower) - len(end)] in _ADJECTIVES
            ),
            None,
        )
        if english is None:
            if not (word.isascii() and word[:1].isupper()):
                return None
            english = word  # a proper adjective, English already ("North Korean", "Russian")
        words.append(english)
    return " ".join(words)


def lemma_of(word: str) -> str | None:
    """The English lemma of one counted noun, German or English, or None when unknown."""
    lower = word.casefold().strip(".,;:")
    if lower in _LEMMAS:
        return _LEMMAS[lower]
    last = lower.rsplit("-", 1)[-1]
    if last in _LEMMAS:
        return _LEMMAS[last]
    for tail in _TAILS:
        if len(lower) > len(tail) + 2 and lower.endswith(tail):
            return _LEMMAS[tail]
    return None


def is_counter(word: str) -> bool:
    return word.casefold() in _COUNTERS


def split_unit(phrase: str) -> Unit:
    """The head noun, its modifier and lemma of a unit phrase as `find_quantities` returns it."""
    words = phrase.split()
    if phrase == "%":
        return Unit("%", None, "percent")
    # The head is the last word in the vocabulary (English puts it last, and so does German,
    # whose unit phrases end at the first noun), else the last word.
    for index in range(len(words) - 1, -1, -1):
        lemma = lemma_of(words[index])
        if lemma is not None:
            break
    else:
        index, lemma = len(words) - 1, None
    head = words[index]
    modifier = " ".join(words[:index]) or None
    return Unit(head, modifier, lemma, english_modifier(modifier))


def unit_after(text: str, pos: int) -> tuple[str, int] | None:
    """The noun a number counts when the quantity parser found none, read from text[pos:]:
    "120 dieser Waffen" -> ("Waffen", end of it). Only a demonstrative followed by a noun."""
    words = list(_WORD.finditer(text, pos, min(len(text), pos + 60)))
    if len(words) < 2 or text[pos : words[0].start()].strip():
        return None
    if words[0][0].casefold() not in _DEMONSTRATIVES:
        return None
    for word in words[1:3]:
        if text[words[0].end() : word.start()].strip(" \u00a0"):
            return None
        if lemma_of(word[0]) is not None or word[0][0].isupper():
            return word[0], word.end()
    return None


def counted_before(text: str, pos: int) -> str | None:
    """For a counting word ("rund 120 Stück"), the nearest vocabulary noun before pos in the
    same sentence ("Von der schweren Kanone M1989 Koksan sind … 120 Stück" -> "Kanone")."""
    for word in reversed(list(_WORD.finditer(text, 0, pos))):
        if lemma_of(word[0]) is not None:
            return word[0]
    return None
