"""Every problem and error the core reports, in words: the one place that words them.

The core raises errors with a ``code`` and ``params`` (core/errors.py); dialogs, status lines
and the CLI show what ``error_text`` and ``problem_text`` make of them, through Qt's
translation functions, so a German user reads German. Codes are unique across all error
classes, so one table words them all. Counts and sizes are written for the user's locale;
where a count changes the words, singular and plural are two source texts with ``%n``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..core.enums import RelationKind, Status
from ..core.errors import ClaimdeskError, FieldProblem, ValidationError
from ..core.exchange.jsonld import Place
from ..core.i18n import fill
from .formatting import number_text, relation_label, status_label
from .translation import translate

# Problems on these keys concern the whole input, not a field: worded without a label.
_UNLABELLED = frozenset({"database", "row", ""})


def problem_text(problem: FieldProblem) -> str:
    """What is wrong with a field, without naming the field ("must not be empty")."""
    return _words(problem.code, problem.params)


def problem_line(problem: FieldProblem) -> str:
    """A problem that names its field: the file's column header when the problem carries one
    (CSV rows), else the field's label ("Statement: must not be empty")."""
    text = problem_text(problem)
    column = problem.params.get("column")
    label = str(column) if column else field_label(problem.field)
    if not label or (problem.field in _UNLABELLED and not column):
        return text
    return _fill(translate("Messages", "%1: %2"), label, text)


def problems_text(problems: Iterable[FieldProblem]) -> str:
    """Several problems on one line, each naming its field."""
    return "; ".join(problem_line(problem) for problem in problems)


def error_text(error: BaseException) -> str:
    """An error as the user reads it: one sentence (or several problems) in their language.

    Errors the core did not mean to raise get a generic sentence with the error's type name:
    never a traceback, never the English text of a library's message."""
    if isinstance(error, ValidationError):
        return problems_text(error.problems.values())
    if isinstance(error, ClaimdeskError):
        return _words(error.code, error.params)
    return _fill(
        translate("Messages", "Something went wrong (%1). Details are in the log file."),
        type(error).__name__,
    )


def place_text(where: object) -> str:
    """Where a rejected item was found: a CSV line number, or a place in a JSON-LD file
    ("script block 2 (line 40) at /@graph/1")."""
    if isinstance(where, int):
        return _fill(translate("Messages", "line %1"), where)
    if not isinstance(where, Place):
        return str(where)
    if where.block is not None:
        text = _fill(translate("Messages", "script block %1 (line %2)"), where.block, where.line)
    elif where.line is not None:
        text = _fill(translate("Messages", "line %1"), where.line)
    else:
        text = ""
    if where.pointer:
        pointer = where.pointer
        return _fill(translate("Messages", "%1 at %2"), text, pointer) if text else pointer
    return text or translate("Messages", "top level")


def field_label(key: str) -> str:
    """A core field key as the user knows the field ("claimed_on" → "Claimed on"); nested keys
    ("hops.0.said_on") name the hop; unknown keys are shown as they are."""
    parts = key.split(".")
    if len(parts) >= 2 and parts[0] == "hops" and parts[1].isdigit():
        hop = _fill(translate("Messages", "Hop %1"), int(parts[1]) + 1)
        rest = ".".join(parts[2:])
        return _fill(translate("Messages", "%1, %2"), hop, field_label(rest)) if rest else hop
    if len(parts) >= 2 and parts[1].isdigit():
        return _fill(translate("Messages", "%1 %2"), field_label(parts[0]), int(parts[1]) + 1)
    labels = {
        "statement": translate("Messages", "Statement"),
        "quote": translate("Messages", "Quote"),
        "quote_language": translate("Messages", "Quote language"),
        "claimant_id": translate("Messages", "Claimant"),
        "claimant": translate("Messages", "Claimant"),
        "claimed_on": translate("Messages", "Claimed on"),
        "as_of": translate("Messages", "As of"),
        "quantity": translate("Messages", "Quantity"),
        "credibility": translate("Messages", "Credibility"),
        "tags": translate("Messages", "Tags"),
        "notes": translate("Messages", "Notes"),
        "status": translate("Messages", "Status"),
        "rationale": translate("Messages", "Rationale"),
        "claims": translate("Messages", "Claims"),
        "evidence": translate("Messages", "Evidence"),
        "title": translate("Messages", "Title"),
        "url": translate("Messages", "Web address"),
        "publisher_id": translate("Messages", "Publisher"),
        "authors": translate("Messages", "Authors"),
        "published_on": translate("Messages", "Published on"),
        "language": translate("Messages", "Language"),
        "text": translate("Messages", "Text"),
        "excerpt": translate("Messages", "Excerpt"),
        "role": translate("Messages", "Role"),
        "name": translate("Messages", "Name"),
        "kind": translate("Messages", "Kind"),
        "reliability": translate("Messages", "Reliability"),
        "search": translate("Messages", "Search"),
        "source_id": translate("Messages", "Source"),
        "article_id": translate("Messages", "Article"),
        "said_on": translate("Messages", "Said on"),
        "mode": translate("Messages", "Mode"),
        "description": translate("Messages", "Description"),
        "note": translate("Messages", "Note"),
        "filter": translate("Messages", "Filter"),
        "sort": translate("Messages", "Order"),
        "columns": translate("Messages", "Columns"),
    }
    if key in labels:
        return labels[key]
    if len(parts) == 2 and parts[0] in ("quantity", "source", "article", "evidence"):
        return _fill(translate("Messages", "%1, %2"), field_label(parts[0]), parts[1])
    return key


def entity_label(entity: str) -> str:
    """A kind of row ("claim", "saved view") in the user's language."""
    labels = {
        "source": translate("Messages", "source"),
        "article": translate("Messages", "article"),
        "claim": translate("Messages", "claim"),
        "citation": translate("Messages", "citation"),
        "review": translate("Messages", "review"),
        "relation": translate("Messages", "relation"),
        "saved view": translate("Messages", "saved view"),
        "article version": translate("Messages", "article version"),
        "tag": translate("Messages", "tag"),
        "hop": translate("Messages", "hop"),
        "evidence": translate("Messages", "evidence"),
        "published review": translate("Messages", "published review"),
        "audit event": translate("Messages", "audit event"),
    }
    return labels.get(entity, entity)


def import_summary(result: Any) -> str:
    """One line for any finished import (CSV, Claimdesk JSON, ClaimReview)."""
    if hasattr(result, "header_only"):
        return csv_import_summary(result)
    if hasattr(result, "counts"):
        return json_import_summary(result)
    return claimreview_import_summary(result)


def csv_import_summary(result: Any) -> str:
    """One line for a finished CSV import: what was imported and what was not."""
    rejected = len(result.rejected)
    rows = _plural(
        rejected,
        translate("Messages", "%n row"),
        translate("Messages", "%n rows"),
    )
    text = _fill(
        translate("Messages", "Imported %1; rejected %2"),
        _counted("claims", result.imported),
        rows,
    )
    if result.sources_created:
        created = translate("Messages", "created %1")
        text = _fill(
            translate("Messages", "%1; %2"),
            text,
            _fill(created, _counted("sources", result.sources_created)),
        )
    text = _fill(translate("Messages", "%1."), text)
    if result.header_only:
        note = translate("Messages", "%1 has a header but no rows; nothing was imported")
        text = _fill(translate("Messages", "%1 %2"), text, _fill(note, result.file_name))
    return text


def json_import_summary(result: Any) -> str:
    """One line for a finished Claimdesk JSON import: what the project now holds."""
    shown = [
        _counted(table, count) for table in _SUMMARY_ORDER if (count := result.counts.get(table, 0))
    ]
    held = ", ".join(shown) if shown else translate("Messages", "nothing")
    return _fill(translate("Messages", "Imported %1 from %2."), held, result.path.name)


def claimreview_import_summary(result: Any) -> str:
    """One line for a finished ClaimReview import."""
    return _fill(
        _plural(
            result.imported,
            translate(
                "Messages", "Imported %1 ClaimReview; %2 skipped as duplicates; %3 rejected."
            ),
            translate(
                "Messages", "Imported %1 ClaimReviews; %2 skipped as duplicates; %3 rejected."
            ),
        ),
        _n(result.imported),
        _n(result.duplicates),
        _n(len(result.rejected)),
    )


def rejection_lines(result: Any) -> list[str]:
    """The rejected rows or items of an import, one line each: where, and why."""
    lines = []
    for rejected in getattr(result, "rejected", ()) or ():
        if hasattr(rejected, "problems"):
            why = problems_text(rejected.problems)
            where = rejected.line
        else:
            why = _words(rejected.code, rejected.params)
            where = rejected.position
        lines.append(_fill(translate("Messages", "%1: %2"), place_text(where), why))
    return lines


_SUMMARY_ORDER = (
    "claims",
    "sources",
    "articles",
    "article_captures",
    "tags",
    "citations",
    "reviews",
    "claim_relations",
    "published_reviews",
    "audit_events",
)


def counted(table: str, count: int) -> str:
    """ "1 claim", "11,000 claims": a count of rows of a table, in its plural form."""
    return _counted(table, count)


def _counted(table: str, count: int) -> str:
    """ "3 claims", "1 source": a count of rows of a table, in its plural form."""
    match table:
        case "claims":
            text = _plural(
                count,
                translate("Messages", "%n claim"),
                translate("Messages", "%n claims"),
            )
        case "sources":
            text = _plural(
                count,
                translate("Messages", "%n source"),
                translate("Messages", "%n sources"),
            )
        case "articles":
            text = _plural(
                count,
                translate("Messages", "%n article"),
                translate("Messages", "%n articles"),
            )
        case "article_captures":
            text = _plural(
                count,
                translate("Messages", "%n article version"),
                translate("Messages", "%n article versions"),
            )
        case "tags":
            text = _plural(
                count,
                translate("Messages", "%n tag"),
                translate("Messages", "%n tags"),
            )
        case "citations":
            text = _plural(
                count,
                translate("Messages", "%n citation"),
                translate("Messages", "%n citations"),
            )
        case "reviews":
            text = _plural(
                count,
                translate("Messages", "%n review"),
                translate("Messages", "%n reviews"),
            )
        case "claim_relations":
            text = _plural(
                count,
                translate("Messages", "%n relation"),
                translate("Messages", "%n relations"),
            )
        case "published_reviews":
            text = _plural(
                count,
                translate("Messages", "%n published review"),
                translate("Messages", "%n published reviews"),
            )
        case "audit_events":
            text = _plural(
                count,
                translate("Messages", "%n audit event"),
                translate("Messages", "%n audit events"),
            )
        case _:
            return f"{_n(count)} {table}"
    return text


def _plural(count: int, one: str, many: str) -> str:
    """The form for ``count``, with the count for %n: Qt's Python lupdate marks no translate()
    call as having plural forms (and a count passed to translate() then finds no translation),
    so singular and plural are two plain source texts (enough for English and German)."""
    return (one if count == 1 else many).replace("%n", _n(count))


_fill = fill  # Qt's %1, %2 put in, in one pass


def _n(value: object) -> str:
    """A count or size written for the user's locale (11,000 / 11.000)."""
    return number_text(value) if isinstance(value, int | float) else str(value)


def _listed(values: object) -> str:
    if isinstance(values, list | tuple):
        return ", ".join(str(value) for value in values)
    return str(values)


def _kind(found: object) -> str:
    """What a JSON value was (core code "object", "text" …) in words."""
    return {
        "object": translate("Messages", "an object"),
        "list": translate("Messages", "a list"),
        "text": translate("Messages", "text"),
        "number": translate("Messages", "a number"),
        "null": "null",
        "true": "true",
        "false": "false",
        "nothing": translate("Messages", "nothing"),
    }.get(str(found), str(found))


def _file_kind(kind: object) -> str:
    """What a file that is not a web page is ("pdf" → "a PDF document")."""
    return {
        "png": translate("Messages", "a PNG image"),
        "jpeg": translate("Messages", "a JPEG image"),
        "gif": translate("Messages", "a GIF image"),
        "riff": translate("Messages", "a RIFF media file (WebP image, WAV or AVI)"),
        "pdf": translate("Messages", "a PDF document"),
        "zip": translate("Messages", "a ZIP archive (or an Office document)"),
        "gzip": translate("Messages", "gzip-compressed data"),
        "old_office": translate("Messages", "an old Microsoft Office document"),
        "ogg": translate("Messages", "an Ogg audio or video file"),
        "mp3": translate("Messages", "an MP3 audio file"),
        "postscript": translate("Messages", "a PostScript document"),
        "rtf": translate("Messages", "an RTF document"),
        "elf": translate("Messages", "a program (ELF executable)"),
    }.get(str(kind), str(kind))


def _where(where: object) -> str:
    """A row's place in a Claimdesk JSON file: "claim 5, citation #2"."""
    if not isinstance(where, list | tuple):
        return str(where)
    parts = []
    for place in where:
        label = entity_label(str(place.get("entity", "")))
        if "id" in place:
            parts.append(_fill(translate("Messages", "%1 %2"), label, place["id"]))
        else:
            parts.append(_fill(translate("Messages", "%1 #%2"), label, place.get("index", "")))
    return ", ".join(parts)


def _held(held: object) -> str:
    if not isinstance(held, Mapping):
        return str(held)
    return ", ".join(_counted(str(table), int(count)) for table, count in held.items())


def _status(value: object) -> str:
    try:
        return status_label(Status(str(value)))
    except ValueError:
        return str(value)


def _relation(value: object) -> str:
    try:
        return relation_label(RelationKind(str(value)))
    except ValueError:
        return str(value)


def _uses(params: Mapping[str, Any]) -> str:
    claims, hops, articles = (
        params.get("claims", 0),
        params.get("hops", 0),
        params.get("articles", 0),
    )
    parts = []
    if claims:
        parts.append(
            _plural(
                claims,
                translate("Messages", "%n claim as claimant"),
                translate("Messages", "%n claims as claimant"),
            )
        )
    if hops:
        parts.append(
            _plural(
                hops,
                translate("Messages", "%n attribution hop"),
                translate("Messages", "%n attribution hops"),
            )
        )
    if articles:
        parts.append(
            _plural(
                articles,
                translate("Messages", "%n article as publisher"),
                translate("Messages", "%n articles as publisher"),
            )
        )
    return ", ".join(parts)


def _words(code: str, p: Mapping[str, Any]) -> str:
    """The sentence for a code, with its params put in."""
    text = _field_words(code, p)
    if text is None:
        text = _error_words(code, p)
    if text is None:
        text = _opening_words(code, p)
    if text is None:
        text = _input_words(code, p)
    if text is None:
        text = _exchange_words(code, p)
    if text is None:
        text = _figures_demo_words(code, p)
    if text is None:
        text = _provenance_words(code, p)
    if text is None:
        return _fill(translate("Messages", "Cannot go on (%1)."), code)
    # A page that could not be read keeps the reader's code; these params say where it was from.
    if p.get("clipboard"):
        return _fill(translate("Messages", "The copied page: %1"), text)
    if p.get("source"):
        return _fill(translate("Messages", "%1: %2"), p["source"], text)
    return text


def _field_words(code: str, p: Mapping[str, Any]) -> str | None:
    """Problems with one field's value, from the services' checks and the dialogs' own."""
    match code:
        case "required":
            return translate("Messages", "must not be empty")
        case "too_long":
            return _fill(
                translate("Messages", "is %1 characters long; at most %2 allowed"),
                _n(p["length"]),
                _n(p["limit"]),
            )
        case "invalid":
            return translate("Messages", "is not valid")
        case "not_a_choice":
            return _fill(
                translate("Messages", "'%1' is not one of %2"), p["value"], _listed(p["allowed"])
            )
        case "not_a_source_kind":
            return _fill(
                translate("Messages", "'%1' is not a kind of source (%2)"),
                p["value"],
                _listed(p["allowed"]),
            )
        case "not_a_qualifier":
            return _fill(
                translate("Messages", "'%1' is not a qualifier (%2)"),
                p["value"],
                _listed(p["allowed"]),
            )
        case "unknown_language":
            return _fill(
                translate("Messages", "'%1' is not a known language code (e.g. de, en, uk)"),
                p["value"],
            )
        case "not_a_date":
            return _fill(
                translate("Messages", "'%1' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"),
                p["text"],
            )
        case "no_such_date":
            return _fill(translate("Messages", "'%1' is not a date that exists"), p["text"])
        case "in_future":
            return _fill(translate("Messages", "%1 lies in the future"), p["date"])
        case "not_a_web_address":
            return _fill(
                translate("Messages", "'%1' is not a web address (http:// or https://)"),
                p["value"],
            )
        case "not_finite":
            return translate("Messages", "must be a finite number")
        case "upper_below_lower":
            return translate("Messages", "upper value is below the lower value")
        case "range_needs_upper":
            return translate("Messages", "a range needs an upper value")
        case "upper_only_for_range":
            return translate("Messages", "only a range has an upper value")
        case "unknown_reference":
            return _fill(
                translate("Messages", "unknown %1 %2"), entity_label(str(p["entity"])), p["id"]
            )
        case "verdict_needs_rationale":
            return _fill(
                translate("Messages", "a verdict of “%1” needs a written rationale"),
                _status(p["status"]),
            )
        case "none_selected":
            return translate("Messages", "no claim selected")
        case "verdict_awaits_confirmation":
            return _fill(
                translate(
                    "Messages",
                    "claim %1 has a verdict by %2 awaiting confirmation: confirm it or send it "
                    "back first (Claim → Awaiting my confirmation…)",
                ),
                p["id"],
                p["reviewer"],
            )
        case "not_awaiting_confirmation":
            return _fill(translate("Messages", "verdict %1 is not awaiting confirmation"), p["id"])
        case "four_eyes_same_person":
            match p.get("role"):
                case "reviewer":
                    why = translate("Messages", "you gave this verdict")
                case "author":
                    why = translate("Messages", "you entered this claim")
                case "not_reviewer":
                    why = translate(
                        "Messages", "confirming needs the server role claimdesk_reviewer"
                    )
                case _:
                    why = translate("Messages", "you made the last edit of this claim")
            return _fill(
                translate(
                    "Messages",
                    "verdict %1 needs a second person's confirmation: %2",
                ),
                p["id"],
                why,
            )
        case "citation_or_address":
            return translate("Messages", "name either a citation or a web address")
        case "citation_of_other_claim":
            return _fill(
                translate("Messages", "citation %1 belongs to none of these claims"), p["id"]
            )
        case "hop_without_source":
            return translate("Messages", "names neither a source nor an article")
        case "too_many_tags":
            # Always more than the limit, so always the plural.
            return _fill(
                translate("Messages", "%1 tags; at most %2 allowed"),
                _n(p["count"]),
                _n(p["limit"]),
            )
        case "still_cited":
            claims = p["claims"]
            return _plural(
                claims,
                translate("Messages", "is still cited by %n claim"),
                translate("Messages", "is still cited by %n claims"),
            )
        case "still_used":
            return _fill(translate("Messages", "is still used by %1"), _uses(p))
        case "address_taken":
            return _fill(
                translate("Messages", "article %1 already has this address"), p["article_id"]
            )
        case "excerpt_not_found":
            return translate("Messages", "not found in the article text")
        case "excerpt_not_at_offsets":
            return translate("Messages", "not found in the article text at the given offsets")
        case "is_evidence":
            reviews = p["reviews"]
            return _plural(
                reviews,
                translate("Messages", "is evidence in %n review and must stay"),
                translate("Messages", "is evidence in %n reviews and must stay"),
            )
        case "related_to_itself":
            return translate("Messages", "a claim cannot be related to itself")
        case "already_related":
            return _fill(
                translate("Messages", "these claims are already related as “%1”"),
                _relation(p["kind"]),
            )
        # Conflicting figures (issue 17)
        case "not_a_resolution":
            return _fill(
                translate(
                    "Messages",
                    "“%1” does not resolve a conflict: choose supersedes, contradicts or "
                    "not comparable",
                ),
                str(p["kind"]),
            )
        case "view_name_taken":
            return _fill(translate("Messages", "a view called “%1” exists already"), p["name"])
        case "demo_needs_empty":
            return _fill(
                translate("Messages", "%1 already holds data; the demo needs it empty"),
                p["location"],
            )
        case "filter_not_object":
            return translate("Messages", "a filter must be a JSON object")
        case "bad_filter_field":
            return _fill(translate("Messages", "%1: cannot read %2"), p["field"], p["value"])
        case "not_an_object":
            return translate("Messages", "the stored definition is not a JSON object")
        case "unknown_sort":
            return _fill(translate("Messages", "unknown order %1"), p["value"])
        case "not_a_list_of_names":
            return translate("Messages", "expected a list of names")
        case "unknown_locale":
            return _fill(translate("Messages", "unknown locale %1"), p["locale"])
        case "not_a_number":
            return _fill(translate("Messages", "'%1' is not a number"), p["text"])
        case "malformed_number":
            return _fill(
                translate("Messages", "'%1' is not a well-formed number in locale %2"),
                p["text"],
                p["locale"],
            )
        case "number_too_large":
            return _fill(translate("Messages", "'%1' is too large"), p["text"])
        case "ambiguous_date":
            return _fill(
                translate(
                    "Messages", "'%1' could be day/month or month/day; write it as YYYY-MM-DD"
                ),
                p["text"],
            )
        case "unreadable_date":
            return _fill(
                translate(
                    "Messages",
                    "'%1' is not a date (e.g. 2025-06-10, 10.06.2025, 10 June 2025 or 2025-06)",
                ),
                p["text"],
            )
        case "unknown_month":
            return _fill(
                translate(
                    "Messages",
                    "'%1' names no month we know (e.g. 2025-06-10, 10.06.2025, 10 June 2025 "
                    "or 2025-06)",
                ),
                p["text"],
            )
        case "not_a_credibility":
            return _fill(
                translate("Messages", "'%1' is not a credibility grade (1 to 6)"), p["value"]
            )
        case "not_a_reliability":
            return _fill(
                translate("Messages", "'%1' is not a reliability grade (A to F)"), p["value"]
            )
        case "too_many_cells":
            return _fill(
                translate("Messages", "has %1 cells, the header %2"),
                _n(p["cells"]),
                _n(p["headers"]),
            )
        case "no_number":
            return _fill(translate("Messages", "'%1' holds no number"), p["text"])
        case "too_many_terms":
            return _fill(
                translate(
                    "Messages",
                    "The search has %1 words or phrases; at most %2 can be searched at once.",
                ),
                _n(p["count"]),
                _n(p["limit"]),
            )
        case "only_excluded":
            return translate(
                "Messages",
                "The search only excludes words; add at least one word that must appear.",
            )
    return _dialog_words(code, p)


def _dialog_words(code: str, p: Mapping[str, Any]) -> str | None:
    """Problems the dialogs find themselves before anything reaches the core."""
    match code:
        case "no_single_source":
            return _fill(translate("Messages", "no single source is called “%1”"), p["name"])
        case "no_source_called":
            return _fill(translate("Messages", "No source is called “%1”"), p["name"])
        case "date_entry":
            return _fill(
                translate(
                    "Messages",
                    "“%1” is not a date that exists: use 2025, 2025-06, 2025-06-10, 06.2025 "
                    "or 10.06.2025",
                ),
                p["text"],
            )
        case "quantity_entry":
            return _fill(
                translate("Messages", "“%1” is not a quantity: write e.g. “about 120 guns”"),
                p["text"],
            )
        case "needs_whole_day":
            return translate(
                "Messages",
                "give the day it was published, e.g. 2025-06-10 (it is a single article)",
            )
        case "needs_publication_day":
            return translate("Messages", "give the day of publication")
        case "fetch_first":
            return translate("Messages", "fetch the article first")
        case "name_the_file":
            return translate("Messages", "Name the file to write")
        case "end_before_start":
            return translate("Messages", "The end comes before the start")
        case "choose_csv":
            return translate("Messages", "choose a CSV file")
        case "choose_claim":
            return translate("Messages", "choose the claim this excerpt belongs to")
        case "web_address_scheme":
            return translate("Messages", "A web address starts with https:// or http://")
        case "name_the_server":
            return translate("Messages", "Name the server (a host name or address).")
        case "port_number":
            return translate("Messages", "A port is a number from 1 to 65535.")
        case "name_the_database":
            return translate("Messages", "Name the database on the server.")
        case "give_source":
            return translate("Messages", "give a web address or a saved page")
        case "choose_article":
            return translate("Messages", "Choose the article that carries the claim.")
        case "select_excerpt":
            return translate("Messages", "Select the excerpt in the article text.")
        case "rationale_required":
            return translate("Messages", "A verdict needs a written rationale: say why.")
        case "cli_argument":
            # Worded by the command line itself, in the terminal's language (cli/filters.py).
            return str(p["text"])
    return None


def _error_words(code: str, p: Mapping[str, Any]) -> str | None:
    """Errors of the project and its database, of capturing and of exporting."""
    match code:
        # Timelines of a number (issue 17)
        case "timeline_suffix":
            return _fill(
                translate("Messages", "A timeline is written as .svg or .png, not “%1”."),
                str(p["suffix"]),
            )
        case "timeline_empty":
            return translate(
                "Messages",
                "No timeline to draw: no quantity has two dated figures among these claims.",
            )
        case "not_found":
            return _fill(
                translate("Messages", "%1 %2 does not exist"),
                entity_label(str(p["entity"])),
                p["id"],
            )
        case "changed":
            return _fill(
                translate(
                    "Messages",
                    "%1 %2 was changed by someone else: it is now at version %3, you edited "
                    "version %4",
                ),
                entity_label(str(p["entity"])),
                p["id"],
                p["current"],
                p["expected"],
            )
        case "deleted":
            return _fill(
                translate("Messages", "%1 %2 was changed by someone else: it has been deleted"),
                entity_label(str(p["entity"])),
                p["id"],
            )
        case "cancelled":
            return translate("Messages", "cancelled")
        case "bad_url":
            return _fill(
                translate("Messages", "'%1' is not a valid database URL (%2)"),
                p["url"],
                p["detail"],
            )
        case "url_no_file":
            return _fill(translate("Messages", "'%1' names no SQLite file"), p["url"])
        case "url_no_database":
            return _fill(translate("Messages", "'%1' names no database"), p["url"])
        case "postgresql_missing":
            return translate(
                "Messages",
                "PostgreSQL support is not installed: pip install 'claimdesk[postgresql]'",
            )
        case "unsupported_backend":
            return _fill(
                translate(
                    "Messages",
                    "unsupported database '%1': Claimdesk works with SQLite files and PostgreSQL",
                ),
                p["backend"],
            )
        case "storage_failed":
            return _fill(translate("Messages", "%1: %2"), p["location"], p["detail"])
        case "server_refused_write":
            return _fill(
                translate(
                    "Messages",
                    "The server refused the change: the role %1 may read this project but "
                    "not change it.",
                ),
                p["user"],
            )
        case "folder_missing":
            return _fill(translate("Messages", "there is no folder %1"), p["folder"])
        case "server_only":
            return translate("Messages", "this works on a PostgreSQL server, not a project file")
        case "unknown_role":
            return _fill(
                translate("Messages", "no team role %1 (use one of %2)"),
                p["role"],
                _listed(p["allowed"]),
            )
        case "roles_missing":
            return _fill(
                translate(
                    "Messages", "the role %1 does not exist yet: run 'claimdesk server init'"
                ),
                p["role"],
            )
        case "unknown_user":
            return _fill(translate("Messages", "the server has no user %1"), p["user"])
        case "roles_not_permitted":
            return _fill(
                translate(
                    "Messages",
                    "the server user %1 may not create or grant roles (it needs CREATEROLE)",
                ),
                p["user"],
            )
        case "server_four_eyes":
            return translate(
                "Messages",
                "The server refused the change: this project asks a second person to "
                "confirm every verdict.",
            )
        case "needs_upgrade":
            return _fill(
                translate("Messages", "%1 needs a schema upgrade: run 'claimdesk migrate'"),
                p["location"],
            )
        case "upgrade_failed":
            return _fill(
                translate("Messages", "could not upgrade %1: %2"), p["location"], p["detail"]
            )
        case "not_claimdesk":
            return _fill(
                translate(
                    "Messages",
                    "%1 holds tables but is not a Claimdesk database; it was left untouched",
                ),
                p["location"],
            )
        case "schema_too_new":
            return _fill(
                translate(
                    "Messages",
                    "%1 has schema revision %2, which this version of Claimdesk does not know; "
                    "it was written by a newer Claimdesk and has been left untouched",
                ),
                p["location"],
                p["revision"],
            )
        case "db_is_folder":
            return _fill(translate("Messages", "%1 is a directory, not a database file"), p["path"])
        case "no_database":
            return _fill(translate("Messages", "there is no database at %1"), p["path"])
        case "no_directory":
            return _fill(
                translate("Messages", "cannot create %1: directory %2 does not exist"),
                p["path"],
                p["directory"],
            )
        case "directory_not_writable":
            return _fill(
                translate("Messages", "cannot create %1: directory is not writable"), p["path"]
            )
        case "cannot_read":
            return _fill(translate("Messages", "cannot read %1: %2"), p["path"], p["detail"])
        case "not_sqlite":
            return _fill(translate("Messages", "%1 is not an SQLite database file"), p["path"])
        case "unreadable_database":
            return _fill(
                translate("Messages", "%1 cannot be read as a database: %2"), p["path"], p["detail"]
            )
        case "cannot_connect":
            return _fill(translate("Messages", "cannot connect to %1: %2"), p["url"], p["detail"])
        case "server_error":
            return _fill(translate("Messages", "%1: %2"), p["url"], p["detail"])
        case "backup_onto_itself":
            return translate("Messages", "a backup cannot overwrite the project it copies")
        case "backup_no_directory":
            return _fill(translate("Messages", "directory %1 does not exist"), p["directory"])
        case "backup_failed":
            return _fill(translate("Messages", "backup to %1 failed: %2"), p["path"], p["detail"])
        # Issue 15, backups: damaged files, verified copies, restoring.
        case "database_damaged":
            return _fill(
                translate(
                    "Messages",
                    "%1 is damaged (%2); it was left as it is. Open a copy of its newest good "
                    "backup (File → Restore backup…, or 'claimdesk backup list')",
                ),
                p["path"],
                p["detail"],
            )
        case "backup_source_damaged":
            return _fill(
                translate(
                    "Messages", "%1 is damaged (%2); no backup was made, so as not to copy it"
                ),
                p["path"],
                p["detail"],
            )
        case "backup_unverified":
            return _fill(
                translate(
                    "Messages",
                    "the copy for %1 did not check out when read back (%2); no backup was written",
                ),
                p["path"],
                p["detail"],
            )
        case "backup_server":
            return translate(
                "Messages",
                "backups are made of project files; back up a server database with pg_dump",
            )
        case "backup_in_progress":
            return _fill(translate("Messages", "another backup is writing %1 right now"), p["path"])
        case "restore_no_backup":
            return _fill(translate("Messages", "there is no backup at %1"), p["path"])
        case "restore_damaged":
            return _fill(
                translate("Messages", "the backup %1 is damaged (%2); it cannot be restored"),
                p["path"],
                p["detail"],
            )
        case "restore_not_a_project":
            return _fill(
                translate("Messages", "%1 is not a backup of a Claimdesk project (%2)"),
                p["path"],
                p["detail"],
            )
        case "restore_too_new":
            return _fill(
                translate(
                    "Messages",
                    "the backup %1 has schema revision %2, written by a newer Claimdesk; it "
                    "cannot be restored with this version",
                ),
                p["path"],
                p["revision"],
            )
        case "restore_failed":
            return _fill(
                translate("Messages", "could not restore into %1: %2"), p["path"], p["detail"]
            )
        case "export_is_folder":
            return _fill(translate("Messages", "%1 is a folder; name the file to write"), p["path"])
        case "export_no_folder":
            return _fill(translate("Messages", "the folder %1 does not exist"), p["folder"])
        case "export_folder_not_writable":
            return _fill(translate("Messages", "cannot write in the folder %1"), p["folder"])
        case "cannot_write":
            return _fill(translate("Messages", "cannot write %1: %2"), p["path"], p["detail"])
        # Issue 15, exports: what an export refuses to write over.
        case "export_is_link":
            return _fill(
                translate(
                    "Messages",
                    "%1 is a symbolic link; exports do not follow links: name the file itself",
                ),
                p["path"],
            )
        case "export_not_a_file":
            return _fill(
                translate(
                    "Messages",
                    "%1 is not a regular file (a device, pipe or socket); name a file to write",
                ),
                p["path"],
            )
        case "clipboard_empty":
            return translate("Messages", "the clipboard holds no text")
        case "clipboard_binary":
            return translate("Messages", "the clipboard holds binary data, not text")
        case "page_empty":
            return translate("Messages", "the page is empty: there are no bytes to read")
        case "page_is_file":
            return _fill(
                translate("Messages", "this is %1, not an HTML page"), _file_kind(p["kind"])
            )
        case "page_nul_bytes":
            return translate(
                "Messages", "this is binary data (it contains NUL bytes), not an HTML page"
            )
        case "page_control_characters":
            return translate(
                "Messages", "this is binary data (control characters), not an HTML page"
            )
        case "page_plain_text":
            return translate("Messages", "this is plain text without HTML markup, not an HTML page")
        case "page_unparsable":
            if p.get("detail"):
                return _fill(
                    translate("Messages", "the HTML could not be parsed into a page (%1)"),
                    p["detail"],
                )
            return translate("Messages", "the HTML could not be parsed into a page")
        case "page_no_text":
            return translate(
                "Messages", "the page has no readable main text (only navigation or markup)"
            )
        case "http_status":
            return _fill(translate("Messages", "the server answered %1"), p["answer"])
        case "not_html":
            content_type = p.get("content_type") or translate("Messages", "no content type")
            return _fill(
                translate("Messages", "%1 is not a web page: the server sends %2"),
                p["address"],
                content_type,
            )
        case "page_too_large":
            return _fill(
                translate(
                    "Messages", "the page is larger than %1 MB; Claimdesk does not capture it"
                ),
                _n(p["limit"]),
            )
        case "too_many_redirects":
            return _fill(
                translate("Messages", "too many redirects (more than %1); the address may loop"),
                _n(p["limit"]),
            )
        case "host_unknown":
            return _fill(
                translate("Messages", "cannot reach %1: the name does not resolve"), p["host"]
            )
        case "host_unreachable":
            return _fill(
                translate("Messages", "cannot reach %1: connection refused or unreachable"),
                p["host"],
            )
        case "host_timeout":
            return _fill(translate("Messages", "%1 did not answer in time"), p["host"])
        case "tls_failed":
            return _fill(
                translate("Messages", "secure connection to %1 failed: %2"), p["host"], p["detail"]
            )
        case "connection_broken":
            return _fill(translate("Messages", "%1 broke off the connection"), p["host"])
        case "fetch_failed":
            return _fill(
                translate("Messages", "fetching from %1 failed: %2"), p["host"], p["detail"]
            )
    return None


# Issue 15, opening a project file safely: foreign schema objects, the open deadline, paths
# the system cannot use, an upgrade that would leave broken references.
_PATH_SHOWN = 120  # characters of a path shown before it is cut in the middle


def _opening_words(code: str, p: Mapping[str, Any]) -> str | None:
    """Files refused on open because of what is in them, or what their path is."""
    match code:
        case "foreign_schema":
            return _foreign_schema_words(p)
        case "open_too_slow":
            return _fill(
                translate(
                    "Messages",
                    "opening %1 took longer than %2 seconds and was stopped; the file may be "
                    "damaged or made to hang, and has been left untouched",
                ),
                _short_path(p["location"]),
                _n(p["seconds"]),
            )
        case "unusable_path":
            return _fill(
                translate("Messages", "cannot use %1 as a project file: %2"),
                _short_path(p["path"]),
                p["detail"],
            )
        case "upgrade_broke_references":
            rows = int(p["rows"])
            return _fill(
                _plural(
                    rows,
                    translate(
                        "Messages",
                        "could not upgrade %1: %n row in %2 refers to a row that does not "
                        "exist; the file was left as it was",
                        "",
                        rows,
                    ),
                    translate(
                        "Messages",
                        "could not upgrade %1: %n rows in %2 refer to rows that do not exist; "
                        "the file was left as it was",
                        "",
                        rows,
                    ),
                ),
                _short_path(p["location"]),
                _listed(p["tables"]),
            )
    return None


def _foreign_schema_words(p: Mapping[str, Any]) -> str:
    found = _schema_object(str(p["kind"]), p["name"], p["table"])
    location = _short_path(p["location"])
    match p["change"]:
        case "missing":
            text = translate(
                "Messages",
                "%1 lacks %2, which Claimdesk creates; it was not opened and has been left "
                "untouched",
            )
        case "changed":
            text = translate(
                "Messages",
                "%1 contains %2 that differs from the one Claimdesk creates; it was not opened "
                "and has been left untouched",
            )
        case "replaced":
            ours = _schema_object(str(p["expected"]), p["name"], p["table"])
            text = translate(
                "Messages",
                "%1 contains %2 where Claimdesk creates %3; it was not opened and has been left "
                "untouched",
            )
            return _fill(text, location, found, ours)
        case _:
            text = translate(
                "Messages",
                "%1 contains %2 that Claimdesk did not create; it was not opened and has been "
                "left untouched",
            )
    return _fill(text, location, found)


def _schema_object(kind: str, name: object, table: object) -> str:
    """A schema object named for the user: "a trigger 'evil' on alembic_version"."""
    match kind:
        case "trigger":
            return _fill(translate("Messages", "a trigger '%1' on %2"), name, table)
        case "index":
            return _fill(translate("Messages", "an index '%1' on %2"), name, table)
        case "view":
            return _fill(translate("Messages", "a view '%1'"), name)
    return _fill(translate("Messages", "a table '%1'"), name)


def _short_path(path: object) -> str:
    """A path as shown: an absurdly long one cut in the middle, keeping both ends."""
    text = str(path)
    if len(text) <= _PATH_SHOWN:
        return text
    keep = _PATH_SHOWN // 2
    return f"{text[:keep]}…{text[-keep:]}"


def _exchange_words(code: str, p: Mapping[str, Any]) -> str | None:
    """Files that cannot be imported: CSV, Claimdesk JSON, JSON-LD and ClaimReview."""
    text = (
        _csv_words(code, p)
        or _jsonld_words(code, p)
        or _json_value_words(code, p)
        or _lossless_exchange_words(code, p)
    )
    if text is not None:
        return text
    text = _json_words(code, p) or _streamed_json_words(code, p)
    if text is not None and "file" in p and code in _JSON_DOCUMENT_CODES:
        # Problems inside the document name the file once, in front.
        return _fill(translate("Messages", "%1: %2"), p["file"], text)
    return text


# Issue 16, exchange without loss: ClaimReview authors, CSV --map, one verdict vocabulary.


def _lossless_exchange_words(code: str, p: Mapping[str, Any]) -> str | None:
    match code:
        case "claimreview_no_organisation":
            return translate(
                "Messages",
                "ClaimReview names who publishes your reviews: set the organisation in "
                "Preferences (Organisation), or give claimdesk export --organisation",
            )
        case "csv_unknown_field":
            return _fill(
                translate("Messages", "'%1' is not a field a column can fill (fields: %2)"),
                p["field"],
                _listed(p["allowed"]),
            )
        case "csv_column_chosen_twice":
            return _fill(
                translate("Messages", "the column '%1' is chosen for both %2 and %3"),
                p["column"],
                p["first"],
                p["second"],
            )
        case "json_not_object_list":
            return translate("Messages", "must be a list of objects")
    return None


def _csv_words(code: str, p: Mapping[str, Any]) -> str | None:
    match code:
        case "csv_no_such_column":
            return _fill(translate("Messages", "%1 has no column '%2'"), p["file"], p["column"])
        case "csv_columns_clash":
            return _fill(
                translate("Messages", "the columns '%1' and '%2' both map to %3"),
                p["first"],
                p["second"],
                p["field"],
            )
        case "csv_no_statement_column":
            return _fill(
                translate("Messages", "%1 has no column for the statement (its columns: %2)"),
                p["file"],
                _listed(p["columns"]),
            )
        case "csv_empty":
            return _fill(translate("Messages", "%1 is empty"), p["file"])
        case "csv_malformed":
            return _fill(
                translate("Messages", "%1, line %2: %3"), p["file"], p["line"], p["detail"]
            )
        case "csv_utf16":
            return _fill(
                translate("Messages", "%1 is UTF-16 text; save it as CSV UTF-8"), p["file"]
            )
        case "csv_zip":
            return _fill(
                translate(
                    "Messages", "%1 is a ZIP archive (an Excel workbook?); save it as CSV UTF-8"
                ),
                p["file"],
            )
        case "csv_not_utf8":
            return _fill(
                translate(
                    "Messages",
                    "%1 is not UTF-8 text (byte %2 at position %3, line %4); save it as UTF-8",
                ),
                p["file"],
                p["byte"],
                str(p["position"]),
                p["line"],
            )
        case "csv_windows_1252":
            return _fill(
                translate(
                    "Messages",
                    "%1 is not UTF-8 text (byte %2 at position %3, line %4); it looks like "
                    "Windows-1252 (ANSI) text; save it as UTF-8",
                ),
                p["file"],
                p["byte"],
                str(p["position"]),
                p["line"],
            )
        case "csv_nul_bytes":
            return _fill(
                translate("Messages", "%1 holds NUL bytes; it is not a text file"), p["file"]
            )
    return None


def _jsonld_words(code: str, p: Mapping[str, Any]) -> str | None:
    match code:
        case "jsonld_too_large":
            return _fill(
                translate("Messages", "the data is larger than %1 MB (%2 MB)"),
                _n(p["limit"]),
                _n(p["megabytes"]),
            )
        case "jsonld_utf16":
            return translate("Messages", "the file is UTF-16 text, not UTF-8; save it as UTF-8")
        case "jsonld_not_utf8":
            return _fill(
                translate(
                    "Messages",
                    "line %1: the file is not UTF-8 text (byte %2 cannot be read); "
                    "save it as UTF-8",
                ),
                p["line"],
                p["byte"],
            )
        case "jsonld_empty":
            return translate("Messages", "the file is empty")
        case "jsonld_not_json":
            return _fill(
                translate(
                    "Messages",
                    "not JSON, JSON Lines or an HTML page with JSON-LD: it begins with '%1'",
                ),
                p["start"],
            )
        case "jsonld_invalid":
            return _fill(
                translate("Messages", "line %1: not valid JSON: %2"), p["line"], p["detail"]
            )
        case "jsonld_constant":
            return _fill(
                translate("Messages", "line %1: not valid JSON: %2 is not a JSON value"),
                p["line"],
                p["value"],
            )
        case "jsonld_too_deep":
            return _fill(translate("Messages", "line %1: nested too deeply"), p["line"])
        case "jsonld_no_blocks":
            return translate(
                "Messages", 'an HTML page without any <script type="application/ld+json"> block'
            )
        case "cr_none_found":
            return translate(
                "Messages", 'no ClaimReview found (no object with "@type": "ClaimReview")'
            )
        case "cr_no_claim":
            return translate("Messages", "no claimReviewed: the text of the claim is missing")
        case "cr_claim_too_long":
            return _fill(
                translate("Messages", "claimReviewed is %1 characters long; at most %2 allowed"),
                _n(p["length"]),
                _n(p["limit"]),
            )
        case "cr_too_deep":
            return translate("Messages", "nested too deeply")
        case "cr_nul":
            return translate("Messages", "contains a NUL character, which cannot be stored")
        case "cr_author_too_long":
            return _fill(
                translate("Messages", "the claim's author has a name over %1 characters long"),
                _n(p["limit"]),
            )
    return None


_JSON_DOCUMENT_CODES = frozenset({
    "json_no_format", "json_wrong_format", "json_no_version", "json_version_too_new",
    "json_version_unknown", "json_section_not_list", "json_row_not_object",
    "json_unknown_field", "json_missing_field", "json_bad_value", "json_tag_twice",
    "json_row_twice", "json_dangling_reference", "json_tag_not_name", "json_tag_unknown",
    "json_part_not_list", "json_section_out_of_order",
})  # fmt: skip


# Issue 16, bulk import: the streaming JSON import reads each section once, in the order it
# writes them (a repeated section would otherwise be half imported).
def _streamed_json_words(code: str, p: Mapping[str, Any]) -> str | None:
    if code == "json_section_out_of_order":
        return _fill(
            translate(
                "Messages",
                '"%1" comes again after "%2": each section must appear once, in the order '
                "Claimdesk writes them",
            ),
            p["section"],
            p["after"],
        )
    return None


def _json_words(code: str, p: Mapping[str, Any]) -> str | None:
    match code:
        case "json_project_not_empty":
            return _fill(
                translate(
                    "Messages",
                    "%1 already holds data (%2); import Claimdesk JSON into an empty project",
                ),
                p["location"],
                _held(p["held"]),
            )
        case "json_breaks_rule":
            return _fill(
                translate("Messages", "the file breaks a rule of the database: %1"), p["detail"]
            )
        case "json_empty":
            return _fill(translate("Messages", "%1 is empty"), p["file"])
        case "json_not_utf8":
            return _fill(
                translate(
                    "Messages",
                    "%1 is not UTF-8 text (byte %2 on line %3); Claimdesk JSON is always UTF-8",
                ),
                p["file"],
                p["byte"],
                p["line"],
            )
        case "json_constant":
            return _fill(
                translate("Messages", "%1 contains %2, which is not a JSON number"),
                p["file"],
                p["value"],
            )
        case "json_invalid":
            return _fill(
                translate("Messages", "%1 is not valid JSON: line %2, column %3: %4"),
                p["file"],
                p["line"],
                p["column"],
                p["detail"],
            )
        case "json_too_deep":
            return _fill(
                translate("Messages", "%1 is nested too deeply to be Claimdesk JSON"), p["file"]
            )
        case "json_not_an_export":
            return _fill(
                translate(
                    "Messages",
                    '%1 is not a Claimdesk export: it holds %2, not an object with "format": '
                    '"claimdesk"',
                ),
                p["file"],
                _kind(p["found"]),
            )
        case "json_no_format":
            return _fill(
                translate("Messages", 'not a Claimdesk export: it names no format, not "%1"'),
                p["expected"],
            )
        case "json_wrong_format":
            return _fill(
                translate("Messages", 'not a Claimdesk export: its format is %1, not "%2"'),
                p["found"],
                p["expected"],
            )
        case "json_no_version":
            return translate("Messages", 'no format version (a whole number under "version")')
        case "json_version_too_new":
            return _fill(
                translate(
                    "Messages",
                    "Claimdesk JSON version %1 comes from a newer Claimdesk; this one reads "
                    "version %2",
                ),
                str(p["version"]),
                str(p["supported"]),
            )
        case "json_version_unknown":
            return _fill(
                translate("Messages", "format version %1 never existed"), str(p["version"])
            )
        case "json_section_not_list":
            return _fill(
                translate("Messages", '"%1" must be a list; found %2'),
                p["section"],
                _kind(p["found"]),
            )
        case "json_row_not_object":
            return _fill(
                translate("Messages", "%1: expected an object, found %2"),
                _where(p["where"]),
                _kind(p["found"]),
            )
        case "json_unknown_field":
            return _fill(
                translate("Messages", "%1: unknown field '%2'"), _where(p["where"]), p["field"]
            )
        case "json_missing_field":
            return _fill(
                translate("Messages", "%1: '%2' is missing"), _where(p["where"]), p["field"]
            )
        case "json_bad_value":
            return _fill(
                translate("Messages", "%1: '%2' %3"),
                _where(p["where"]),
                p["field"],
                _json_value_words(str(p["reason"]), p)
                or _lossless_exchange_words(str(p["reason"]), p)
                or _value_words(str(p["reason"]), p)
                or _input_words(str(p["reason"]), p)
                or _field_words(str(p["reason"]), p)
                or str(p["reason"]),
            )
        case "json_tag_twice":
            return _fill(translate("Messages", "the tag %1 appears twice in the file"), p["tag"])
        case "json_row_twice":
            return _fill(translate("Messages", "%1 appears twice in the file"), _where(p["where"]))
        case "json_dangling_reference":
            return _fill(
                translate("Messages", "%1: %2 names %3 %4, which the file lacks"),
                _where(p["where"]),
                p["field"],
                entity_label(str(p["entity"])),
                str(p["id"]),
            )
        case "json_tag_not_name":
            return _fill(
                translate("Messages", "%1: tags are names, found %2"),
                _where(p["where"]),
                _kind(p["found"]),
            )
        case "json_tag_unknown":
            return _fill(
                translate("Messages", "%1: tag %2 is not in the tag list"),
                _where(p["where"]),
                p["tag"],
            )
        case "json_part_not_list":
            return _fill(
                translate("Messages", "%1: '%2' must be a list, found %3"),
                _where(p["where"]),
                p["field"],
                _kind(p["found"]),
            )
    return None


def _json_value_words(reason: str, p: Mapping[str, Any]) -> str | None:
    """Why a value in a Claimdesk JSON file does not fit its column (after the field name)."""
    match reason:
        case "json_not_whole_number":
            return _fill(
                translate("Messages", "must be a whole number, found %1"), _kind(p["found"])
            )
        case "json_not_number":
            return _fill(translate("Messages", "must be a number, found %1"), _kind(p["found"]))
        case "json_not_text":
            return _fill(translate("Messages", "must be text, found %1"), _kind(p["found"]))
        case "json_not_boolean":
            return _fill(
                translate("Messages", "must be true or false, found %1"), _kind(p["found"])
            )
        case "json_too_long":
            return _fill(translate("Messages", "is longer than %1 characters"), _n(p["limit"]))
        case "json_not_a_choice":
            return _fill(
                translate("Messages", "is %1, not one of %2"), p["value"], _listed(p["allowed"])
            )
        case "json_not_date":
            return _fill(
                translate("Messages", "must be a date as YYYY-MM-DD, found %1"), p["value"]
            )
        case "json_not_timestamp":
            return _fill(
                translate("Messages", "must be an ISO 8601 timestamp, found %1"), p["value"]
            )
        case "json_no_utc_offset":
            return _fill(translate("Messages", "has no UTC offset: %1"), p["value"])
        case "json_not_base64":
            return translate("Messages", "must be base64 text")
        case "json_not_text_list":
            return translate("Messages", "must be a list of texts")
        case "json_not_object":
            return _fill(translate("Messages", "must be an object, found %1"), _kind(p["found"]))
    return None


# Inputs from elsewhere (issue 15): files read within limits, stored pages, fetch addresses.


def _input_words(code: str, p: Mapping[str, Any]) -> str | None:
    """Files, stored pages and web addresses refused before they could do harm."""
    match code:
        case "file_missing":
            return _fill(translate("Messages", "there is no file %1"), p["path"])
        case "file_not_regular":
            return _fill(
                translate("Messages", "%1 is %2, not %3"),
                p["path"],
                _special_file(p["kind"]),
                _wanted_file(p["expected"]),
            )
        case "file_too_large" if p.get("megabytes") is not None:
            return _fill(
                translate("Messages", "%1 is %2 MB, larger than %3 MB"),
                p["file"],
                _n(p["megabytes"]),
                _n(p["limit"]),
            )
        case "file_too_large":
            return _fill(
                translate("Messages", "%1 is larger than %2 MB; reading stopped there"),
                p["file"],
                _n(p["limit"]),
            )
        case "file_too_slow":
            return _fill(
                translate("Messages", "reading %1 took longer than %2 seconds; stopped"),
                p["file"],
                _n(p["seconds"]),
            )
        case "original_too_large":
            return _fill(
                translate(
                    "Messages",
                    "the stored page would inflate to more than %1 MB (a decompression bomb); "
                    "refused",
                ),
                _n(p["limit"]),
            )
        case "original_damaged":
            return _fill(
                translate("Messages", "the stored page is damaged and cannot be inflated (%1)"),
                p["detail"],
            )
        case "original_unknown_compression":
            return _fill(
                translate("Messages", "the stored page uses an unknown compression, '%1'"),
                p["compression"],
            )
        case "control_character":
            return _fill(
                translate("Messages", "contains a control character (U+%1), which no form accepts"),
                f"{int(p['code']):04X}",
            )
        case "json_number_too_long":
            return _fill(
                translate("Messages", "%1 contains a number with more than %2 digits"),
                p["file"],
                _n(p["digits"]),
            )
        case "json_number_out_of_range":
            return _fill(
                translate("Messages", "must be a whole number from %1 to %2"),
                _n(p["lowest"]),
                _n(p["highest"]),
            )
        case "json_not_finite":
            return translate("Messages", "must be a finite number")
        case "address_invalid":
            return _fill(translate("Messages", "'%1' is not a valid web address"), p["value"])
        case "address_private":
            return _fill(
                translate(
                    "Messages",
                    "%1 is a private, loopback or link-local address (%2); Claimdesk fetches "
                    "from such addresses only when Preferences allow it "
                    "(claimdesk import article --allow-private-addresses)",
                ),
                p["host"],
                p["address"],
            )
        case "fetch_too_slow":
            return _fill(
                translate("Messages", "%1 took longer than %2 seconds to send the page; stopped"),
                p["host"],
                _n(p["seconds"]),
            )
        case "page_too_complex":
            return _fill(
                translate(
                    "Messages",
                    "the page is too complex to read in %1 seconds (%2 elements); save the "
                    "article's text and capture that instead",
                ),
                _n(p["seconds"]),
                _n(p["elements"]),
            )
    return None


def _value_words(reason: str, p: Mapping[str, Any]) -> str | None:
    """Why a value of a Claimdesk JSON file is refused, after "claim 5: 'field'"."""
    match reason:
        case "original_too_large":
            return _fill(
                translate(
                    "Messages", "would inflate to more than %1 MB (a decompression bomb); refused"
                ),
                _n(p["limit"]),
            )
        case "original_damaged":
            return _fill(translate("Messages", "cannot be inflated: %1"), p["detail"])
        case "original_unknown_compression":
            return _fill(
                translate("Messages", "uses an unknown compression, '%1'"), p["compression"]
            )
        case "not_a_web_address":
            return _fill(
                translate("Messages", "is not a web address (http:// or https://): '%1'"),
                p["value"],
            )
    return None


def _special_file(kind: object) -> str:
    return {
        "folder": translate("Messages", "a folder"),
        "fifo": translate("Messages", "a named pipe (FIFO)"),
        "device": translate("Messages", "a device"),
        "socket": translate("Messages", "a socket"),
    }.get(str(kind), translate("Messages", "not a regular file"))


def _wanted_file(expected: object) -> str:
    return {
        "csv": translate("Messages", "a CSV file"),
        "json": translate("Messages", "a Claimdesk JSON file"),
        "claimreview": translate("Messages", "a ClaimReview file"),
        "page": translate("Messages", "a saved web page or text file"),
        "figures": translate("Messages", "a data file of the figures demo"),
        "report": translate("Messages", "an HTML report or a Claimdesk JSON export"),
    }.get(str(expected), str(expected))


# Issue 19, the trust trail: a report's provenance read back for `claimdesk report verify`.


def _provenance_words(code: str, p: Mapping[str, Any]) -> str | None:
    match code:
        case "provenance_missing":
            return _fill(
                translate(
                    "Messages",
                    "%1 holds no Claimdesk provenance: verify reads an HTML report or a "
                    "Claimdesk JSON export (claimdesk export -f html or -f json)",
                ),
                p["file"],
            )
        case "provenance_invalid":
            return _fill(
                translate(
                    "Messages",
                    "%1: its provenance is not as Claimdesk writes it (at %2); the file was "
                    "changed or cut off",
                ),
                p["file"],
                p["detail"],
            )
        case "provenance_too_new":
            return _fill(
                translate(
                    "Messages",
                    "%1 was written by a newer Claimdesk (provenance version %2; this version "
                    "reads up to %3)",
                ),
                p["file"],
                p["version"],
                p["supported"],
            )
    return None


# Search (issue 16): a count shown as an estimate until the exact count arrives.


def approximately(counted: str) -> str:
    """ "about 12,000 rows": a count worded by the caller that is an estimate (round it with
    ``roughly`` first: an estimate shown to the last digit would read as exact)."""
    return _fill(translate("Messages", "about %1"), counted)


def roughly(count: int) -> int:
    """The estimate rounded to two significant digits."""
    if count < 100:
        return count
    return round(count, 2 - len(str(count)))


# Similar claims (issue 17: matching) ------------------------------------------------------


def match_reason_text(reason: Any) -> str:
    """Why a similar claim was found (core/matching/similar.py MatchReason), in words."""
    p = reason.params
    match reason.code:
        case "same_figure":
            figure = " ".join(str(part) for part in (_n(p["value"]), p.get("unit")) if part)
            return _fill(translate("Messages", "same figure: %1"), figure)
        case "same_unit":
            return _fill(
                translate("Messages", "same thing counted (%1), another figure"), p["unit"]
            )
        case "same_claimant":
            return _fill(translate("Messages", "same claimant: %1"), p["name"])
        case "shared_names":
            return _fill(translate("Messages", "shared names: %1"), ", ".join(p["names"]))
        case "meaning":
            return _fill(
                translate("Messages", "similar meaning (%1)"), number_text(p["similarity"])
            )
        case "shared_words":
            return _fill(translate("Messages", "shared words: %1"), ", ".join(p["words"]))
    return reason.code


# Issue 17, demo data: the figures demo built from the folder ukraine-war-figures.


def _figures_demo_words(code: str, p: Mapping[str, Any]) -> str | None:
    match code:
        case "figures_folder_missing":
            return _fill(
                translate(
                    "Messages",
                    "there is no folder of Ukraine war figures at %1 (one that holds "
                    "general-staff-petroivaniuk and oryx-scarnecchia)",
                ),
                p["path"],
            )
        case "figures_bad_file" if p.get("row") is not None:
            return _fill(
                translate("Messages", "%1, row %2: “%3” is missing or cannot be read"),
                p["file"],
                p["row"],
                p["field"],
            )
        case "figures_bad_file" if p.get("field") is not None:
            return _fill(translate("Messages", "%1 has no column “%2”"), p["file"], p["field"])
        case "figures_bad_file":
            return _fill(
                translate("Messages", "%1 is not the data the figures demo expects"), p["file"]
            )
    return None


def figures_demo_summary(location: str, result: Any) -> str:
    """One line for a finished figures demo: where, how many claims, from whom."""
    general_staff = sum(n for (who, _), n in result.series.items() if who == "general_staff")
    oryx = sum(n for (who, _), n in result.series.items() if who == "oryx")
    return _fill(
        translate(
            "Messages", "Figures demo created in %1: %2 (%3 from the General Staff, %4 from Oryx)."
        ),
        location,
        _counted("claims", result.claims),
        _n(general_staff),
        _n(oryx),
    )


# Similar claims (issue 17: the GUI): all reasons of a hit, and a score as a share.


def match_reasons_text(reasons: Iterable[Any]) -> str:
    """All reasons of a hit (MatchReason records), joined: "same claimant: X; shared names: Y"."""
    return "; ".join(match_reason_text(reason) for reason in reasons)


def score_text(score: float) -> str:
    """A score from 0 to 1 as a whole percentage ("72%")."""
    return _fill(translate("Messages", "%1%"), round(score * 100))
