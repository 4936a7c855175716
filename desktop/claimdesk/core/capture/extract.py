"""News pages to articles: the main text and the facts an analyst files with a claim.

trafilatura finds the main text; this module adds the standfirst it skips and removes the page
furniture it keeps. The metadata and byline modules read title, authors and date the way a
reader sees them. Whatever a page can do wrong (a wrong charset, not HTML at all, an image, only
navigation) ends in one ExtractionError that says what the input looked like.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import date

import charset_normalizer
import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.settings import Document
from trafilatura.utils import load_html

from claimdesk.core.errors import ClaimdeskError

from . import byline, metadata
from .budget import Deadline, trim_markup, trim_tree
from .metadata import PageStructure, class_and_id, element_text


class ExtractionError(ClaimdeskError):
    """The input is not a news page whose text can be read; the code says what it is
    ("page_is_file" names the kind of file: "png", "pdf", "zip" …)."""


@dataclass(frozen=True, slots=True)
class ExtractedArticle:
    """What a page says about itself, plus its main text (paragraphs separated by newlines)."""

    title: str | None
    authors: tuple[str, ...]
    site_name: str | None
    published: date | None
    language: str | None
    text: str
    charset: str
    url: str | None
    # Lines of the input left out of the text (page furniture, a byline already read into
    # the fields), in order, so the analyst can see them; plain-text captures only.
    dropped: tuple[str, ...] = ()


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"RIFF", "riff"),
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\x1f\x8b", "gzip"),
    (b"\xd0\xcf\x11\xe0", "old_office"),
    (b"OggS", "ogg"),
    (b"ID3", "mp3"),
    (b"%!PS", "postscript"),
    (b"{\\rtf", "rtf"),
    (b"\x7fELF", "elf"),
)
_META_CHARSET = re.compile(
    rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*[\"']([\w.:-]+)",
    re.I,
)
_HTML_MARKERS = re.compile(
    r"<\s*(?:!doctype\s+html|html|head|body|title|meta|article|main|div|p|h[1-6]|section|span"
    r"|table|ul|br|a\s)\b",
    re.I,
)
# Single-byte charsets accept any bytes, so decoding never fails with them, and a mislabelled
# UTF-8 page would silently turn into mojibake ("FÃ¼r" for "Für").
_PERMISSIVE = {"cp1252", "cp1254", "iso8859-15", "latin-1", "iso8859-1"}
_MAX_REPLACEMENTS = 0.001
_BROWSER_SUPERSETS = {
    "latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254",
    "tis-620": "cp874", "iso8859-11": "cp874", "gb2312": "gb18030", "gbk": "gb18030",
    "big5": "big5hkscs", "shift_jis": "cp932", "euc_kr": "cp949",
}  # fmt: skip
# Below this share of paragraphs in what the default extraction adds, it adds a menu.
_PROSE_SHARE = 0.3
# Up to this share of short lines (headings, captions) the default text is not worth a second
# opinion: that is the case on 318 of the 504 German pages, and skipping them changes nothing.
_MENU_SHARE = 0.05
_FALLBACK_TITLE = 120
_LEAD_WINDOW = 1500

# Headings that introduce links to other articles, sources or contacts rather than more text.
_ELSEWHERE = re.compile(
    r"^[>»\s]*(?:weiterlesen|mehr lesen|mehr zum thema|mehr themen|mehr dazu|noch mehr|"
    r"weitere (?:themen|beiträge|artikel|nachrichten|meldungen|informationen|infos|links|"
    r"topthemen|tourentipps|aktuelle themen)|empfohlene (?:beiträge|artikel)|"
    r"(?:diese artikel |das )?könnten? (?:sie|dich) (?:ebenfalls |auch )?interessieren|"
    r"lesen sie (?:auch|mehr|hier)|auch lesen|schon gelesen|zum weiterlesen|"
    r"(?:ähnliche|verwandte|beliebte|neueste) (?:beiträge|artikel|themen)|"
    r"vorschau auf den nächsten artikel|beiträge aus dem forum|quellenangaben|"
    r"zusatzinformationen|originalpublikation|kontakt|ansprechpartner|pressekontakt|"
    r"related|read more|more from|you may also like)\b",
    re.I,
)
# Lines that are page furniture wherever they appear: credits, sharing, ads, comment prompts.
_FURNITURE = re.compile(
    r"^(?:©|\(c\)\s|foto:|fotos:|bild:|bilder:|bildquelle|titelbild|beitragsbild|copyright|"
    r"quelle:|text:\s*$|\(?alle angaben ohne gewähr|folgen sie uns|liken sie uns|teilen mit|"
    r"diesen (?:beitrag|artikel) teilen|wird geladen|bewerten:|gefällt mir|"
    r"(?:zum |unseren? )?newsletter|abonnieren sie|\d* ?kommentare?\b|keine kommentare|"
    r"sie sind (?:aktuell )?nicht eingeloggt|um einen kommentar|anzeige(?:$|[,:|]|\s[-–])|"
    r"werbung$|video verfügbar bis|kategorie:|kategorien:|schlagwörter:|tags:|permalink:|"
    r"aktualisiert am|zuletzt aktualisiert|klicken sie auf den .{0,40}button|inhaltsverzeichnis$|"
    r"lust auf mehr\?|if you enjoyed|unterstütze |gefällt dir |werden sie mitglied|>>>)",
    re.I,
)
# Scripts written without spaces between words: CJK ideographs, kana, Thai, Lao, Myanmar, Khmer.
_SPACELESS_SCRIPT = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]"
)
_LEAD_MARK = re.compile(
    r"lead|intro|teaser|abstract|excerpt|summary|standfirst|chapo|description|subline|"
    r"kurztext|vorspann|short-info",
    re.I,
)


def decode_html(raw: bytes, declared_charset: str | None = None) -> tuple[str, str]:
    """Bytes to text and the charset used.

    Tried in order: a byte-order mark; the declared charset (from the HTTP header); the page's
    own <meta charset> or http-equiv; detection from the bytes. A declared or meta charset that
    fails to decode, or that would turn valid multi-byte UTF-8 into mojibake, is passed over.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(encoding, errors="replace"), _web_name(encoding)
    for label in (declared_charset, _meta_charset(raw)):
        encoding = _known_encoding(label)
        if encoding is None:
            continue
        if encoding in _PERMISSIVE and _is_multibyte_utf8(raw):
            return raw.decode("utf-8"), "utf-8"
        text = _decode_cleanly(raw, encoding)
        if text is not None:
            return text, _web_name(encoding)
    if raw.isascii() or _is_multibyte_utf8(raw):
        return raw.decode("utf-8"), "utf-8"
    best = charset_normalizer.from_bytes(raw[:200_000]).best()
    encoding = _known_encoding(best.encoding if best else None) or "cp1252"
    return raw.decode(encoding, errors="replace"), _web_name(encoding)


def _meta_charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:8192])
    return (match[1] or match[2]).decode("ascii", errors="ignore") if match else None


def _known_encoding(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    # Browsers read a label as its superset (the WHATWG Encoding Standard), and page authors
    # write for browsers: a page labelled GB2312 holds GBK characters, one labelled Latin-1
    # holds windows-1252 quotes.
    return _BROWSER_SUPERSETS.get(name, name)


def _decode_cleanly(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        text = raw.decode(encoding, errors="replace")
    # A stray byte is the page's mistake; many mean the label is wrong.
    return text if text.count("\ufffd") <= max(2, len(text) * _MAX_REPLACEMENTS) else None


def _is_multibyte_utf8(raw: bytes) -> bool:
    if raw.isascii():
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _web_name(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    if name.startswith("cp") and name[2:].isdigit():
        return f"windows-{name[2:]}"
    if name.startswith("iso8859-"):
        return f"iso-8859-{name[8:]}"
    return {"utf-8-sig": "utf-8", "latin-1": "iso-8859-1"}.get(name, name)


def refuse_non_text(raw: bytes) -> None:
    if not raw.strip():
        raise ExtractionError("page_empty")
    if any(raw.startswith(bom) for bom, _ in _BOMS):
        return
    for signature, kind in _SIGNATURES:
        if raw.startswith(signature):
            raise ExtractionError("page_is_file", kind=kind)
    if b"\x00" in raw[:4096]:
        raise ExtractionError("page_nul_bytes")


def refuse_control_characters(text: str) -> None:
    """Raise page_control_characters when decoded text is binary data in disguise."""
    sample = text[:20_000]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f")
    if controls > max(3, len(sample) // 200):
        raise ExtractionError("page_control_characters")


def _refuse_non_html(text: str) -> None:
    refuse_control_characters(text)
    if not _HTML_MARKERS.search(text[:20_000]):
        raise ExtractionError("page_plain_text")


def reads_as_prose(line: str) -> bool:
    """Whether a line of main text is a sentence rather than a menu entry or a link.

    Menus and link lists come out as lines of a word or two. Chinese, Japanese, Thai and some
    other scripts put no spaces between words, so there ten characters make a sentence.
    """
    return len(line.split()) >= 5 or len(_SPACELESS_SCRIPT.findall(line)) >= 10


def extract_article(
    raw: bytes, *, url: str | None = None, declared_charset: str | None = None
) -> ExtractedArticle:
    """Read a news page: main text, title, authors, date, site, language and canonical URL.

    url is where the page came from (it helps to recognise the site's name); declared_charset
    is the charset from the HTTP header, if any. Raises ExtractionError for empty input, binary
    content (an image, a PDF, NUL bytes), text that is not an HTML page, and pages without
    readable main text.
    """
    refuse_non_text(raw)
    text, charset = decode_html(raw, declared_charset)
    _refuse_non_html(text)
    deadline = Deadline()
    try:
        tree = load_html(trim_markup(text))
        if not isinstance(tree, HtmlElement):
            raise ExtractionError("page_unparsable", detail="")
        trim_tree(tree)
        document, body = _main_text(tree, url, deadline)
        if not any(reads_as_prose(line) for line in body.splitlines()):
            raise ExtractionError("page_no_text")
        page = metadata.read_structure(tree, url)
    except (ValueError, etree.LxmlError) as error:
        raise ExtractionError("page_unparsable", detail=str(error)) from None
    headline, headline_element = metadata.find_headline(page)
    lead = _lead_paragraph(page, headline_element)
    if lead and lead[:60] not in body:
        body = f"{lead}\n{body}"
    title = metadata.choose_title(page, headline, document.title) or _first_words(body)
    return ExtractedArticle(
        title=title,
        authors=tuple(byline.find_authors(page, headline_element, document.author, title)),
        site_name=metadata.site_name(page),
        published=byline.publication_date(page, headline_element, document.date),
        language=metadata.language_of(page, body),
        text=body,
        charset=charset,
        url=metadata.canonical_url(page),
    )


def _first_words(text: str) -> str:
    """A title for a page that declares none: its first line, cut at a word if long."""
    first = text.splitlines()[0] if text else ""
    if len(first) <= _FALLBACK_TITLE:
        return first
    cut = first[:_FALLBACK_TITLE]
    return f"{cut.rsplit(' ', 1)[0] if ' ' in cut else cut}…"


def _main_text(tree: HtmlElement, url: str | None, deadline: Deadline) -> tuple[Document, str]:
    """trafilatura's extraction (with its metadata) and the cleaned main text.

    trafilatura's defaults are the base. Its precision mode keeps menus out but sometimes keeps
    only part of an article (a summary, the second half), so its text replaces the default
    one only where the default adds lines that are mostly not prose: a menu, not paragraphs.
    """
    base = _trafilatura(tree, url, favor_precision=False)
    if deadline.passed():
        elements = sum(1 for _ in tree.iter())
        raise ExtractionError("page_too_complex", seconds=deadline.seconds, elements=elements)
    text = _clean_text(base.text or "")
    # A second opinion only where there may be a menu to leave out, and time for it.
    lines = text.splitlines()
    menus = sum(len(line) for line in lines if not _paragraph(line))
    if menus <= _MENU_SHARE * len(text) or deadline.spent() > deadline.seconds / 2:
        return base, text
    precise = _trafilatura(tree, url, favor_precision=True)
    return base, choose_text(text, _clean_text(precise.text or ""))


def _trafilatura(tree: HtmlElement, url: str | None, *, favor_precision: bool) -> Document:
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=favor_precision,
    )
    return document if isinstance(document, Document) else Document()


def choose_text(default: str, precise: str) -> str:
    """The default extraction, unless what it adds to the precise one is mostly navigation.

    Paragraphs the precise one lacks (the body under a summary, the first half of an article)
    keep the default text. On the 504 German pages this lifts the mean per-page snippet F1
    (see bench/article_bench.py) from 0.951 for the default text alone to 0.954.
    """
    if not precise:
        return default
    kept = set(precise.splitlines())
    added = [line for line in default.splitlines() if line not in kept]
    total = sum(len(line) for line in added)
    paragraphs = sum(len(line) for line in added if _paragraph(line))
    return precise if total and paragraphs < _PROSE_SHARE * total else default


def _paragraph(line: str) -> bool:
    """A sentence of some length, not a menu entry or a heading."""
    return len(line.split()) >= 10 or len(_SPACELESS_SCRIPT.findall(line)) >= 20


def _clean_text(text: str) -> str:
    """Main text without lists of other articles, credits and other page furniture."""
    lines = [line for line in (" ".join(raw.split()) for raw in text.splitlines()) if line]
    kept: list[str] = []
    in_link_list = False
    for line in lines:
        # Not the end of the text: paragraphs after "Weitere Informationen" are still read.
        if len(line) <= 80 and _ELSEWHERE.match(line):
            in_link_list = True
            continue
        # The titles of other articles follow such a heading: short lines without a full stop.
        if in_link_list and len(line) <= 120 and line[-1:] not in ".!?:":
            continue
        in_link_list = False
        if not furniture_line(line):
            kept.append(line)
    return "\n".join(kept)


def furniture_line(line: str) -> bool:
    """A credit, share prompt, ad label or comment prompt: furniture wherever it appears."""
    return len(line) <= 200 and _FURNITURE.match(line) is not None


def _lead_paragraph(page: PageStructure, headline: HtmlElement | None) -> str | None:
    """The standfirst under the headline, which trafilatura skips as a teaser.

    Taken from a block marked as lead/intro/teaser, or a long h2, within the first screen of
    text after the headline, when it reads as prose rather than a list of links.
    """
    index = metadata.chunk_index(page, headline) if headline is not None else None
    if index is None:
        return None
    inside = set(headline.iter())
    origin = page.chunks[index].start
    for chunk in page.chunks[index:]:
        if chunk.start - origin > _LEAD_WINDOW:
            break
        block = _lead_block(chunk.element) if chunk.element not in inside else None
        if block is None:
            continue
        text = element_text(block)
        linked = sum(len(metadata.squash(link.text_content())) for link in block.iter("a"))
        prose = len(text.split()) >= 8 and text[-1:] in '.!?:"“”»«)…'
        if 60 <= len(text) <= 2000 and linked < 0.3 * len(text) and prose:
            return text
    return None


def _lead_block(element: HtmlElement) -> HtmlElement | None:
    for depth, candidate in enumerate([element, *element.iterancestors()]):
        if depth > 3 or candidate.tag in ("article", "main", "body", "section", "figure"):
            return None
        if candidate.tag in ("figcaption", "a", "nav", "aside", "footer"):
            return None
        if _LEAD_MARK.search(class_and_id(candidate)):
            return candidate
        if depth == 0 and candidate.tag in ("h2", "h3") and len(candidate.text_content()) >= 80:
            return candidate
    return None
