"""Who wrote a page and when: the byline and the date printed around the headline.

Schema data and trafilatura's guesses often name the publisher, an account the page never shows
or the last edit, where readers see "Von Anna Schmidt und Jonas Weber" and "10.06.2025" under
the headline. So the text around the headline is read first, author markup elsewhere on the page
second, and declared names only count when the page shows them too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from lxml.html import HtmlElement

from .metadata import (
    SITE_TYPES,
    Chunk,
    PageStructure,
    around_headline,
    class_and_id,
    element_text,
    host_names,
    in_content,
    is_site_name,
    key_of,
    name_of,
    squash,
    types_of,
)

MONTHS = {
    "januar": 1, "jänner": 1, "january": 1, "jan": 1, "februar": 2, "february": 2, "feb": 2,
    "märz": 3, "maerz": 3, "march": 3, "mär": 3, "mar": 3, "april": 4, "apr": 4, "mai": 5,
    "may": 5, "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "october": 10, "okt": 10,
    "oct": 10, "november": 11, "nov": 11, "dezember": 12, "december": 12, "dez": 12, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_PATTERNS = (
    (re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)?\d{2})(?![\d.])"), "dmy"),
    (re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s+({_MONTH_NAMES})\.?\s+((?:19|20)\d{{2}})", re.I), "dmy"),
    (
        re.compile(
            rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})", re.I
        ),
        "mdy",
    ),
    (re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)"), "ymd"),
)
_ISO_START = re.compile(r"\s*((?:19|20)\d{2})-?(\d{2})-?(\d{2})")
_UPDATED = re.compile(r"updated|modified|aktualisiert|geändert|update", re.I)
_PUBLISHED_LABEL = re.compile(
    r"^\W*(?:veröffentlicht|erschienen|erstellt|publiziert|published|posted)\s+(?:am|on)\b", re.I
)


def publication_date(
    page: PageStructure, headline: HtmlElement | None, guessed: str | None
) -> date | None:
    """When the page was published: the date printed beside the headline, else htmldate's
    pick (``guessed``, via trafilatura), which weighs markup, URL and text, else what JSON-LD
    and meta tags declare.

    On the 504 German pages the printed date is right on 28 of the 29 pages where it differs
    from trafilatura's; the declared one is wrong on 8 of the 10 where it differs (it is often
    the last edit), so it only fills a gap. A printed date is read day first (10.06.2025 is
    10 June, as wherever dates are written with dots); should the declared ISO date be that
    date with day and month swapped, the page wrote month first, and the ISO date is taken
    (the same for htmldate's pick, which reads 03/04/2025 one way or the other).
    """
    declared = declared_date(page)
    found = visible_date(page, headline) or parse_date(guessed or "")
    if found is None:
        return declared
    return declared if declared is not None and _swapped(found, declared) else found


def _swapped(found: date, declared: date) -> bool:
    """Whether the two are the same day with day and month read the other way round."""
    return found.day <= 12 and (found.year, found.day, found.month) == (
        declared.year,
        declared.month,
        declared.day,
    )


def visible_date(page: PageStructure, headline: HtmlElement | None) -> date | None:
    """The date printed next to the headline, which is what readers take as the date.

    Only date lines count (a <time>, "Veröffentlicht am 10.06.2025", "10.06.2025 | Politik"),
    not dates mentioned in the lead's prose; an "updated" date only when it is the only one.
    Without one near the headline, a "Veröffentlicht am …" line anywhere on the page.
    """
    before, after = around_headline(page, headline)
    updated = None
    # The byline usually follows the headline; a topline date above it is checked second.
    for chunk in [*after[:8], *before[:4], *after[8:]]:
        found = _date_line(chunk)
        marks = f"{class_and_id(chunk.element)} {chunk.element.get('itemprop') or ''}"
        if found and (_UPDATED.search(marks) or _UPDATED.search(chunk.text)):
            updated = updated or found
        elif found:
            return found
    if updated:
        return updated
    labelled = (
        next(text_dates(c.text), None) for c in page.chunks if _PUBLISHED_LABEL.match(c.text)
    )
    return next((found for found in labelled if found), None)


def _date_line(chunk: Chunk) -> date | None:
    if chunk.element.tag == "time" and chunk.element.get("datetime"):
        found = parse_date(chunk.element.get("datetime"))
        if found:
            return found
    return date_in_line(chunk.text)


def date_in_line(text: str) -> date | None:
    """The date of a date line: "10.06.2025", "10.06.2025 | Politik", "June 10, 2025".

    A date opening the line or standing almost alone is a date line; later in a sentence it
    is an event the article mentions.
    """
    first = next(_dated_positions(text), None)
    if first is not None and (len(text) <= 50 or first[0] <= 3):
        return first[1]
    return None


def is_update_line(text: str) -> bool:
    """Whether a line speaks of an update ("Aktualisiert am …", "Updated …")."""
    return _UPDATED.search(text) is not None


def labelled_date(text: str) -> date | None:
    """The date in a "Veröffentlicht am …" / "Published on …" line, else None."""
    return next(text_dates(text), None) if _PUBLISHED_LABEL.match(text) else None


def declared_date(page: PageStructure) -> date | None:
    """datePublished from JSON-LD or the common meta tags."""
    for item in page.articles():
        found = parse_date(str(item.get("datePublished") or ""))
        if found:
            return found
    raw = page.first_meta(
        "article:published_time", "og:published_time", "datepublished", "publishdate",
        "pubdate", "dc.date.issued", "dc.date", "date",
    )  # fmt: skip
    return parse_date(raw) if raw else None


def parse_date(value: str) -> date | None:
    """The calendar day at the start of an ISO 8601 timestamp, if it is a plausible past day."""
    match = _ISO_START.match(value or "")
    return _plausible(int(match[1]), int(match[2]), int(match[3])) if match else None


def text_dates(text: str) -> Iterator[date]:
    """Dates written out in text, in order: 10.06.2025, 10. Juni 2025, June 10, 2025, 2025-06-10."""
    return (found for _, found in _dated_positions(text))


def _dated_positions(text: str) -> Iterator[tuple[int, date]]:
    found: list[tuple[int, date]] = []
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            a, b, c = match.groups()
            year, month, day = {"ymd": (a, b, c), "dmy": (c, b, a), "mdy": (c, a, b)}[order]
            month_number = int(month) if month.isdigit() else MONTHS[month.casefold()]
            full_year = int(year) if len(year) == 4 else 2000 + int(year)
            plausible = _plausible(full_year, month_number, int(day))
            if plausible:
                found.append((match.start(), plausible))
    yield from sorted(found, key=lambda item: item[0])


def _plausible(year: int, month: int, day: int) -> date | None:
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return value if date(1990, 1, 1) <= value <= date.today() else None


_BYLINE_MARK = re.compile(r"author|byline|autor|creator|verfasser|writer|submitted|username", re.I)
_BYLINE_PREFIX = re.compile(
    r"^[\W_]*(?:(?:\w+\s+){0,2}?(?:beitrag|artikel|text|bericht|kommentar|gastbeitrag|rezept|"
    r"kolumne|glosse|essay|analyse|reportage|rezension|pressemitteilung|meldung|podcast|video)"
    r"\s*von|(?:geschrieben|verfasst|veröffentlicht|erstellt|gespeichert|eingestellt|gepostet)"
    r"\s*von|(?:posted|written|published)\s+by|text(?:\s*(?:und|&)\s*fotos?)?\s*:|interview\s*:|"
    r"redaktion\s*:|autor(?:in|en|innen)?(?:[*/_:]in(?:nen)?)?|author|von|vom|by|par|durch)"
    r"(?:\s+|:\s*|$|(?=(?-i:[A-ZÄÖÜ])))",
    re.I,
)
_BARE_BY = re.compile(r"^\W*(?:von|by)\s", re.I)
_BY_WORD = re.compile(r"(?:^|\s)(?:von|by)\s+", re.I)
_CAPITAL_VON = re.compile(r"^.{0,40}?\bVon\s+(?=[A-ZÄÖÜ])")
_LABEL_ONLY = re.compile(r"^(?:autor(?:in|en)?|author|von|by|text|verfasser(?:in)?)\s*:?$", re.I)
_CREDIT = re.compile(r"^\W*(?:bild|bilder|foto|fotos|quelle|copyright|getty|©)", re.I)
_DATE_START = re.compile(r"^\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|^\d{4}-\d{2}-\d{2}")
_LEADING_DATE = re.compile(
    r"^(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"(?:\s*[,|·]?\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\s*[-–—|·,]\s*",
    re.I,
)
# Where a byline stops naming people: a date, a separator, a role, a link label.
_BYLINE_END = re.compile(
    r"\s*(?:\||•|·|//|\s[-–—]\s|\(|\d{1,2}\.\s?\d{1,2}\.|\d{1,2}\.?\s+(?:"
    + "|".join(name for name in MONTHS if len(name) > 3)
    + r")\b|\d{4}-\d{2}|\b(?:am|vom|on|aktualisiert|stand|update|lesezeit|veröffentlicht|"
    r"published|updated|publiziert|zuletzt|für|foto|fotos|bilder?|alle artikel|mehr von|under|"
    r"in|zum profil|e-mail|twitter|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|chefredakt\w*|redakteur\w*|"
    r"korrespondent\w*|fotograf\w*|ressortleit\w*|pressesprecher\w*|\w*aktualisierung|"
    r"illustration\w*|grafik\w*|mitarbeit|letzte|alles von|weitere artikel|kontakt|profil)\b).*$",
    re.I | re.S,
)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\s+und\s+|\s+and\s+|\s+&\s+|\s+/\s+)\s*", re.I)
_ORGANISATION = re.compile(
    r"\b(?:gmbh|ag|e\.\s?v|eg|se|kg|mbh|inc|ltd|llc|verlag|verband|stiftung|ministerium|"
    r"institut|gesellschaft|online|media|medien|germany)\b|"
    r"\w*(?:zeitung|presse|nachrichten|magazin|verband)\b",
    re.I,
)
_TEASER = re.compile(r"teaser|related|recommend|similar|more-?articles|weitere", re.I)
_PARTICLES = {"von", "van", "de", "der", "den", "zu", "zum", "di", "da", "dos", "du", "le", "la"}
_NOT_NAMES = {
    "admin", "administrator", "name", "posted", "datum", "date", "autor", "author", "editor",
    "unknown", "anonymous", "gast", "guest", "team", "staff", "user", "publisher", "human",
    "wordpressadmin", "germany", "deutschland", "österreich", "schweiz", "by", "von", "red",
    "quelle", "publiziert", "zvg", "rebloggt", "mehr", "more",
}  # fmt: skip


def find_authors(
    page: PageStructure, headline: HtmlElement | None, fallback: str | None, title: str | None
) -> list[str]:
    """Authors in order of trust: the visible byline, author markup, then declared names.

    fallback is trafilatura's author guess ("A; B"); title keeps a headline out of the byline.
    """
    for names in (byline_authors(page, headline), marked_authors(page)):
        names = [name for name in names if not title or key_of(name) != key_of(title)]
        # A byline naming only the site is kept (blogs sign that way); beside people it is noise.
        kept = [name for name in names if not is_site_name(name, page.site_names)] or names
        if len(kept) == 1:
            return [_completed(kept[0], page)]
        if kept:
            return [_without_site_suffix(name, page.site_names) for name in kept]
    visible = " ".join(chunk.text for chunk in page.chunks).casefold()
    # A personal blog is named after its author: "Anna Schmidt" on anna-schmidt.de is a person.
    hosts = set(host_names(page))
    named_sites = [site for site in page.site_names if site not in hosts]
    guessed = [name for part in (fallback or "").split(";") for name in split_names(part)]
    for names in (declared_authors(page), [name for name in guessed if " " in name]):
        shown = [
            name
            for name in names
            if name.casefold() in visible
            and not is_site_name(name, named_sites if " " in name else page.site_names)
        ]
        if shown:
            return shown
    return []


def split_names(text: str, *, strict: bool = False) -> list[str]:
    """Individual names from a byline such as "Von Anna Schmidt und Jonas Weber, 10.06.2025".

    strict: the line is running text introduced only by a bare "Von"/"By", so only what looks
    like a person's full name (two or more capitalised words) is kept.
    """
    line = squash(text)
    if _CREDIT.match(line):
        return []
    line = _LEADING_DATE.sub("", _after_by_word(_CAPITAL_VON.sub("", line)))
    for _ in range(3):
        line = _BYLINE_PREFIX.sub("", line)
    line = _BYLINE_END.sub("", line).strip(" ,:;-–—~©")
    names: list[str] = []
    for part in _NAME_SPLIT.split(line):
        name = _BYLINE_PREFIX.sub("", part.strip(" .,:;/-–—~©\"'“”„«»")).strip()
        if _acceptable_name(name, strict=strict) and name not in names:
            names.append(name)
    return names if len(names) <= 6 else []


def _after_by_word(line: str) -> str:
    # "10. Dezember 2019 · von Anna" gives "Anna"; "Christoph von Ritter" stays whole.
    for match in _BY_WORD.finditer(line[:80]):
        before = line[: match.start()].rstrip()
        last = before.split()[-1] if before else ""
        if not before or not last[-1:].isalpha() or last[:1].islower():
            return line[match.end() :]
    return line


def _acceptable_name(name: str, *, strict: bool) -> bool:
    words = name.split()
    if not words or len(words) > 5 or len(name) > 60 or name.casefold() in _NOT_NAMES:
        return False
    if "@" in name or "http" in name.casefold() or "[at]" in name or _ORGANISATION.search(name):
        return False
    letters = sum(ch.isalpha() for ch in name)
    digits = sum(ch.isdigit() for ch in name)
    if (letters < 3 and not (digits and letters and len(name) >= 3)) or "!" in name or "?" in name:
        return False
    # Digits belong in user names ("freeman1984"), not in a person's full name or a date.
    if digits and (len(words) > 1 or digits > letters + 2):
        return False
    proper = [w for w in words if w[:1].isupper() or w.casefold() in _PARTICLES or "." in w]
    if strict:
        return len(words) >= 2 and len(proper) == len(words)
    # One word may be a user name ("gnaddrig"); several must start like a name.
    return len(words) == 1 or words[0] in proper


def byline_authors(page: PageStructure, headline: HtmlElement | None) -> list[str]:
    """Names in the byline beside the headline: author markup first, then a "Von …" line."""
    before, after = around_headline(page, headline)
    nearby = after[:25] + before[:6]
    for chunk in nearby:
        marked = _byline_element(chunk.element)
        names = split_names(_byline_text(marked)) if marked is not None else []
        if names:
            return names
    for position, chunk in enumerate(nearby):
        if _LABEL_ONLY.match(chunk.text) and position + 1 < len(nearby):
            # "Autor:" in one cell, the name in the next.
            names = split_names(nearby[position + 1].text)
        elif _BYLINE_PREFIX.match(chunk.text):
            line = _byline_text(chunk.element)
            # The chunk may be a tail in the middle of its element: start reading at it.
            line = line[max(line.find(chunk.text), 0) :]
            names = split_names(line, strict=_BARE_BY.match(chunk.text) is not None)
        elif _DATE_START.match(chunk.text):
            names = split_names(chunk.text, strict=not _BY_WORD.search(chunk.text))
        else:
            continue
        if names:
            return names
    return []


def marked_authors(page: PageStructure) -> list[str]:
    """Names in the first author markup outside comments, side columns and other articles'
    teasers, wherever it is on the page (author boxes often close the article)."""
    for chunk in page.chunks:
        marked = _byline_element(chunk.element)
        if marked is None or not in_content(marked):
            continue
        if any(_TEASER.search(class_and_id(a)) for a in marked.iterancestors()):
            continue
        names = split_names(_byline_text(marked))
        if names:
            return names
    return []


def _byline_text(element: HtmlElement) -> str:
    text = element_text(element)
    if not _BYLINE_PREFIX.sub("", text).strip():
        # Only "Von" here: the names sit beside it, "<span>Von <a>A</a></span> und <a>B</a>".
        for ancestor in list(element.iterancestors())[:3]:
            wider = element_text(ancestor)
            if len(wider) > 120 or not wider.startswith(text):
                break
            text = wider
    return text[:200]


def _byline_element(element: HtmlElement) -> HtmlElement | None:
    for depth, candidate in enumerate([element, *element.iterancestors()]):
        if depth > 3 or candidate.tag in ("article", "main", "body", "header", "section", "h1"):
            return None
        attributes = ("class", "id", "itemprop", "rel", "data-testid")
        if _BYLINE_MARK.search(" ".join(candidate.get(a) or "" for a in attributes)):
            return candidate if len(element_text(candidate)) <= 200 else None
    return None


def declared_authors(page: PageStructure) -> list[str]:
    """Persons named as authors in JSON-LD, then in author meta tags; never organisations."""
    for item in page.articles():
        names: list[str] = []
        authors = item.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict) and not types_of(author) & SITE_TYPES:
                names += split_names(name_of(author.get("name")) or "")
            elif isinstance(author, str) and not author.startswith("http"):
                names += split_names(author)
        if names:
            return list(dict.fromkeys(names))
    for key in ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author"):
        value = page.first_meta(key)
        names = split_names(value) if value and not value.startswith("http") else []
        if names:
            return names
    return []


def _completed(name: str, page: PageStructure) -> str:
    # "Peter Maahn/SP-X" gives "Peter Maahn"; a byline saying only "Nils" gives "Nils Pickert"
    # when the author box or schema data of the same page spells the name out.
    name = _without_site_suffix(name, page.site_names)
    person, _, agency = name.partition("/")
    if agency and len(person.split()) >= 2 and not person.isupper():
        return person.strip()
    if " " in name or "-" in name or not name[:1].isupper():
        return name
    spelled = re.compile(rf"\b{re.escape(name)}\s+((?-i:[A-ZÄÖÜ])[\w-]+)")
    sources = [" ".join(declared_authors(page))]
    sources += [
        element_text(c.element) for c in page.chunks if _byline_element(c.element) is not None
    ]
    for text in sources:
        for match in spelled.finditer(text):
            if match[1].casefold() not in _NOT_NAMES and not _BYLINE_END.match(" " + match[1]):
                return f"{name} {match[1]}"
    return name


def _without_site_suffix(name: str, sites: list[str]) -> str:
    # "Sarah Schnieder Reiterrevue International": the site name glued to the person.
    for site in sites:
        if " " in site and name.casefold().endswith(" " + site.casefold()):
            return name[: -len(site)].strip()
    return name
