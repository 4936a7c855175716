"""Plain text to articles: a saved .txt file or pasted text, often copied from a web page.

Text copied from a page brings the page's furniture along: the site's name, icon labels,
breadcrumbs, "Loading..." placeholders, share and follow buttons, reading times, app-store
links. This module keeps the article (headline, lead, paragraphs), reads the date, byline,
publisher and language from the lines around the headline, and lists every line it leaves out
(ExtractedArticle.dropped), so nothing disappears unseen.

The headline is the headline-like line nearest above the byline or date line ("Von …",
"10.06.2025"), because pages print the headline directly above them; lines further up are
kickers, teaser variants of the headline and the site's name. Without a byline or date it is
the first headline-like line. A headline-like line is short, starts with a capital, and does
not end like a sentence (".", ":", ";", ",").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from . import byline, metadata
from .extract import (
    ExtractedArticle,
    ExtractionError,
    decode_html,
    furniture_line,
    reads_as_prose,
    refuse_control_characters,
    refuse_non_text,
)

__all__ = ["extract_plain_text", "read_plain_text"]

# Where words of a page's widgets were glued together when the page was copied: "HomePolitik",
# "folgenAuf", "sein.Vergrößern", "2025Lesedauer". Two lower-case letters before the capital
# keep "iPhone" and "McDonald" whole.
_GLUE = re.compile(
    r"(?<=[a-zäöüßàâçéèêëîïôûùüÿñæœ]{2})(?=[A-ZÄÖÜÀÂÇÉÈÊËÎÏÔÛÙÜŸÑ])"
    r"|(?<=[a-zäöüß][.!?])(?=[A-ZÄÖÜ])|(?<=\d)(?=[A-ZÄÖÜ][a-zäöü])|(?<=[)\]])(?=[A-ZÄÖÜ])"
)
_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s*[|·•]\s*$|^\s*[|·•]\s*")
# Widget labels in German and English: one segment of a line, matched whole.
_WIDGET = re.compile(
    r"^(?:"
    r"(?:auf|bei|on|via)\s+\S+(?:\s+\S+)?\s+(?:folgen|teilen|abonnieren)"
    r"|(?:\S+\s+)?(?:folgen|teilen|abonnieren|drucken|merken|kommentieren|anhören|vorlesen)"
    r"|(?:follow|share|tweet|pin|print|save|subscribe|like|listen|email|e-mail)"
    r"(?:\s+(?:us|this|it|article|story|page|now))?(?:\s+(?:on|via|to)\s+\S+(?:\s+\S+)?)?"
    r"|(?:copy|kopier\w*)\s+link|link\s+(?:kopieren|copy|copied)"
    r"|facebook|twitter|x|instagram|youtube|spotify|whatsapp|telegram|linkedin|pinterest|tiktok"
    r"|threads|bluesky|mastodon|flipboard|xing|reddit|rss|e-mail|email|mail"
    r"|app\s*store|play\s*store|google\s*play|jetzt\s+(?:herunterladen|installieren)|get\s+the\s+app"
    r"|loading|lädt|wird\s+geladen|bitte\s+warten|please\s+wait"
    r"|(?:lesedauer|lesezeit|reading\s+time)\b.*|\d+\s*min(?:\.|uten|utes)?\s*(?:lesezeit|read|lesen)?"
    r"|vergrößern\s+des\s+bildes|bild\s+vergrößern|zum\s+vergrößern\b.*|enlarge(?:\s+image)?|zoom"
    r"|vollbild|fullscreen|bildergalerie|fotostrecke|gallery|slideshow"
    r"|verwendete\s+quellen|quellen\s+anzeigen|transparenzhinweis|mehr\s+anzeigen"
    r"|weniger\s+anzeigen|alle\s+anzeigen|show\s+(?:more|less|all)|sources"
    r"|shopping|anzeigen?|werbung|advertisement|sponsored(?:\s+content)?|ad|ads"
    r"|home|startseite|menü|menu|navigation|suche|search|login|log\s+in|anmelden|abmelden"
    r"|registrieren|sign\s+(?:in|up|out)|mein\s+konto|my\s+account|abo|abonnement|newsletter"
    r"|cookies?(?:\s+\S+)?|datenschutz\w*|impressum|kontakt|privacy(?:\s+policy)?|terms(?:\s+of\s+use)?"
    r"|nach\s+oben|back\s+to\s+top|zurück|weiter|next|previous|schließen|close"
    r"|(?:\S+\s+){0,2}icon|symbol\w*\s+nach\s+(?:unten|oben|links|rechts)"
    r"|kommentare|comments|audio|video|podcast|live"
    r")\W*$",
    re.I,
)
# A caption ends with the picture's credit: "(Quelle: IMAGO/…)", "(Foto: dpa)".
_PICTURE_CREDIT = re.compile(
    r"\((?:quelle|foto|fotos|bild|bilder|bildquelle|credit|photo|image|source|picture)s?\s*:"
    r"[^()]*\)\W*$",
    re.I,
)
_BYLINE = re.compile(r"^(?:von|by|text|autor(?:in)?|author|written\s+by)\s*:?\s+(?=\S)", re.I)
_SOURCE_LINE = re.compile(r"^(?:quelle|source)\s*:\s*(?P<name>[^/()]{2,40})$", re.I)
# "t-online - Nachrichten für Deutschland": a site's name and its tagline.
_SITE_LINE = re.compile(
    r"^(?P<name>[^-–—|:]{2,40}?)\s+[-–—|:]\s+(?P<tagline>.*\b(?:nachrichten|news|zeitung|"
    r"magazin|portal|aktuell|headlines|journal|online|tagblatt|blatt|times|post)\b.*)$",
    re.I,
)
_ADDRESS = re.compile(r"^https?://\S+$", re.I)
_SENTENCE_END = (".", "!", "?", "…", '."', ".“", ".”", ".»", ".«", ".'", ".)", "。", "！", "？")
_NOT_A_HEADLINE_END = ".:;,"
_SHORT = 120
_FALLBACK_TITLE = 120


@dataclass(slots=True)
class _Line:
    text: str
    furniture: bool = False
    field_line: bool = False  # a byline or date line, read into the fields
    kept: bool = False


@dataclass(slots=True)
class _Head:
    """What the lines above the text say about it."""

    published: date | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    url: str | None = None


# A dateline: up to 60 characters (place, date, agency) ended by a dash or colon and a space.
_DATELINE = re.compile(r"^(.{6,60}?)\s+[–—:-]\s")


def extract_plain_text(raw: bytes, *, declared_charset: str | None = None) -> ExtractedArticle:
    """Read an article from the bytes of a plain-text file (any charset, BOM or not).

    Raises ExtractionError for empty input, binary content, and text that is all furniture.
    """
    refuse_non_text(raw)
    text, charset = decode_html(raw, declared_charset)
    refuse_control_characters(text)
    return read_plain_text(text, charset)


def read_plain_text(text: str, charset: str = "utf-8") -> ExtractedArticle:
    """Read an article from plain text: see the module's description of what is kept."""
    lines = [_Line(metadata.squash(raw)) for raw in text.splitlines()]
    lines = [line for line in lines if line.text]
    if not lines:
        raise ExtractionError("page_empty")
    _mark_furniture(lines)
    head_end = next(
        (i for i, line in enumerate(lines) if not line.furniture and _is_prose(line.text)),
        len(lines),
    )
    head = _read_head(lines, head_end)
    headline = _find_headline(lines, head_end, head)
    start = headline if headline is not None else 0
    for line in lines[start:]:
        line.kept = not (line.furniture or line.field_line)
    if headline is not None:
        lines[headline].kept = True
    _drop_tail(lines)
    kept = [line.text for line in lines if line.kept]
    if not kept:
        raise ExtractionError("page_no_text")
    body = "\n".join(kept)
    title = lines[headline].text if headline is not None else _shortened(kept[0])
    return ExtractedArticle(
        title=title,
        authors=tuple(head.authors),
        site_name=head.publisher,
        published=head.published,
        language=metadata.guess_language(body),
        text=body,
        charset=charset,
        url=head.url,
        dropped=tuple(line.text for line in lines if not line.kept),
    )


def _mark_furniture(lines: list[_Line]) -> None:
    counts = Counter(line.text for line in lines)
    seen: set[str] = set()
    for line in lines:
        text = line.text
        # "Loading..." ten times over is a placeholder; a paragraph twice is one paragraph.
        repeated = (counts[text] >= 3 and len(text) <= 80) or text in seen
        seen.add(text)
        line.furniture = repeated or furniture_line(text) or _is_widget_line(text)


def _is_widget_line(text: str) -> bool:
    """Buttons, icon labels, breadcrumbs and captions, alone or glued into one line."""
    if _PICTURE_CREDIT.search(text):
        return True
    if _ADDRESS.match(text):
        return False
    parts = [part.strip() for part in _SEPARATOR.split(text) for part in _GLUE.split(part)]
    parts = [part for part in parts if part]
    if not parts:
        return True
    widgets = [bool(_WIDGET.match(part)) for part in parts]
    glued = len(parts) > 1
    # A caption with its "enlarge" button glued on after the last sentence.
    if glued and widgets[-1] and text[: -len(parts[-1])].rstrip()[-1:] in ".!?)":
        return True
    if len(text) > _SHORT:
        return False
    if all(widgets) or (glued and 2 * sum(widgets) >= len(parts)):
        return True
    # "HomePolitikUkraine": menu entries glued together without a space between them.
    glues = len(_GLUE.findall(text))
    return glues >= 2 and text.count(" ") < glues and text[-1:] not in ".!?"


def _is_prose(text: str) -> bool:
    words = len(text.split())
    return reads_as_prose(text) and (words >= 15 or (words >= 6 and text.endswith(_SENTENCE_END)))


def _read_head(lines: list[_Line], head_end: int) -> _Head:
    """Date, byline, publisher and address from the lines above the text."""
    head = _Head()
    updated: date | None = None
    for line in lines[:head_end]:
        text = line.text
        found = _date_of_line(text)
        if found is not None:
            line.field_line = True
            if byline.is_update_line(text):
                updated = updated or found
            else:
                head.published = head.published or found
        if _BYLINE.match(text) and len(text) <= 100:
            line.field_line = True
            names = byline.split_names(text)
            if names and not head.authors:
                head.authors = names
            elif not names:
                head.publisher = head.publisher or _publisher_in_byline(text)
        if _ADDRESS.match(text):
            line.field_line = True
            head.url = head.url or text
    if head.published is None:
        head.published = updated or _labelled_date(lines) or _dateline(lines[head_end:])
    if head.publisher is None:
        head.publisher = _named_source(lines) or _site_in_top_line(lines[:head_end])
    return head


def _date_of_line(text: str) -> date | None:
    return byline.date_in_line(text) if len(text) <= 80 else None


def _dateline(lines: list[_Line]) -> date | None:
    """The date that opens the first paragraph, news-agency style: "10.06.2025 – Die …",
    "Kyjiw, 10. Juni 2025 (dpa) - …". Only before the dash that ends the dateline."""
    first = next((line.text for line in lines if not line.furniture), "")
    match = _DATELINE.match(first)
    return next(byline.text_dates(match[1]), None) if match else None


def _labelled_date(lines: list[_Line]) -> date | None:
    return next((found for line in lines if (found := byline.labelled_date(line.text))), None)


def _publisher_in_byline(text: str) -> str | None:
    """ "Von t-online": a byline naming an outlet rather than a person."""
    rest = _BYLINE.sub("", text).strip(" .,:;-–—")
    return rest if rest and len(rest) <= 40 and len(rest.split()) <= 4 else None


def _named_source(lines: list[_Line]) -> str | None:
    for line in lines:
        match = _SOURCE_LINE.match(line.text)
        if match:
            return match["name"].strip(" .")
    return None


def _site_in_top_line(lines: list[_Line]) -> str | None:
    for line in lines[:5]:
        match = _SITE_LINE.match(line.text)
        if match:
            return match["name"].strip()
    return None


def _find_headline(lines: list[_Line], head_end: int, head: _Head) -> int | None:
    sites = [head.publisher] if head.publisher else []
    candidates = [
        i
        for i, line in enumerate(lines[:head_end])
        if not line.furniture
        and not line.field_line
        and _headline_like(line.text)
        and not _SITE_LINE.match(line.text)
        and not metadata.is_site_name(line.text, sites)
    ]
    if not candidates:
        return None
    first_field = next((i for i, line in enumerate(lines) if line.field_line), None)
    if first_field is not None:
        above = [i for i in candidates if i < first_field]
        if above:
            return above[-1]
    return candidates[0]


def _headline_like(text: str) -> bool:
    words = len(text.split())
    long_enough = words >= 2 or reads_as_prose(text) or len(text) >= 8
    first_letter = next((ch for ch in text if ch.isalpha()), "")
    return (
        long_enough
        and words <= 30
        and len(text) <= 250
        and first_letter != ""
        and not first_letter.islower()
        and text[-1] not in _NOT_A_HEADLINE_END
    )


def _drop_tail(lines: list[_Line]) -> None:
    """After the last paragraph, short lines are the page's footer: headings of link lists,
    app badges, the operator's name."""
    kept = [line for line in lines if line.kept]
    last = max((i for i, line in enumerate(kept) if _is_prose(line.text)), default=None)
    if last is None:
        return
    for line in kept[last + 1 :]:
        line.kept = False


def _shortened(text: str) -> str:
    if len(text) <= _FALLBACK_TITLE:
        return text
    cut = text[:_FALLBACK_TITLE].rsplit(" ", 1)[0]
    return f"{cut}…"
