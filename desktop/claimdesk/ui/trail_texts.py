"""How the audit trail reads: the result of checking the chain (the window's banner and
`claimdesk audit verify`), and an event's kind, row and fields in the history viewer."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ..core.audit_verify import ChainBreak, ChainReport, RowDifference
from ..core.enums import (
    AnchorState,
    AuditAction,
    CitationRole,
    Credibility,
    DatePrecision,
    HopMode,
    Qualifier,
    RelationKind,
    Reliability,
    SourceKind,
    Status,
)
from ..core.i18n import fill
from ..core.records import AuditRecord, FieldChange
from . import formatting as fmt
from .formatting import number_text
from .messages import field_label as form_field_label
from .translation import translate

SHORT = 60  # characters of a value shown in a list; the tooltip holds the whole text


def intact_text(report: ChainReport) -> str:
    return fill(
        translate("Trail", "%1 events, chain intact"),
        number_text(report.events),
    )


def broken_text(broken: ChainBreak) -> str:
    """The first event at which the chain fails, and how."""
    where = fill(translate("Trail", "event %1"), broken.seq if broken.seq is not None else "?")
    if broken.entity is not None and broken.entity_id is not None:
        row = f"{entity_label(broken.entity)} {broken.entity_id}"
        where = fill(translate("Trail", "%1 (about %2)"), where, row)
    match broken.code:
        case "content_changed":
            return fill(
                translate("Trail", "Audit chain broken at %1: its content was changed."), where
            )
        case "link_broken":
            return fill(
                translate(
                    "Trail",
                    "Audit chain broken at %1: the event before it was removed, inserted or "
                    "changed.",
                ),
                where,
            )
        case "missing_event":
            return fill(translate("Trail", "Audit chain broken: %1 is missing."), where)
        case "head_mismatch":
            return translate("Trail", "Audit chain broken: events were removed from its end.")
        case _:  # "no_head"
            return translate("Trail", "Audit chain broken: its head record is missing.")


def difference_text(item: RowDifference) -> str:
    row = f"{entity_label(item.entity)} {item.entity_id}"
    match item.code:
        case "changed":
            recorded, current = differing_parts(item.recorded, item.current)
            return fill(
                translate("Trail", "%1: %2 differs from the trail (recorded %3, found %4)"),
                row,
                field_label(item.entity, item.field or ""),
                recorded,
                current,
            )
        case "missing":
            return fill(translate("Trail", "%1: deleted without a trace in the trail"), row)
        case _:  # "unrecorded"
            return fill(translate("Trail", "%1: not created through the trail"), row)


def report_lines(report: ChainReport) -> list[str]:
    """The whole verdict: one line when intact, else the break and the differing rows."""
    if report.intact:
        return [intact_text(report)]
    lines = []
    if report.broken is not None:
        lines.append(broken_text(report.broken))
    if report.difference_count == 1:
        lines.append(translate("Trail", "One row differs from what the audit trail records:"))
    elif report.difference_count:
        lines.append(
            fill(
                translate(
                    "Trail",
                    "%1 rows differ from what the audit trail records:",
                ),
                number_text(report.difference_count),
            )
        )
    lines.extend(f"  {difference_text(item)}" for item in report.differences)
    hidden = report.difference_count - len(report.differences)
    if hidden > 0:
        lines.append("  " + fill(translate("Trail", "… and %1 more"), number_text(hidden)))
    lines.append(next_step_text())
    return lines


def next_step_text() -> str:
    """What to do about a trail that does not hold."""
    return translate(
        "Trail",
        "What to do: find out who changed the project outside Claimdesk, compare it with a "
        "backup from before (File → Restore backup…, 'claimdesk backup list'), and read the "
        "rows' history ('claimdesk audit log --claim N').",
    )


def differing_parts(recorded: object, current: object, width: int = SHORT) -> tuple[str, str]:
    """Two values shortened around where they first differ, so that a change at the end of
    a long text shows instead of the same beginning twice."""
    old = "—" if recorded is None else one_line(str(recorded))
    new = "—" if current is None else one_line(str(current))
    if len(old) <= width and len(new) <= width:
        return old, new
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    begin = max(0, start - width // 3)

    def around(text: str) -> str:
        part = text[begin : begin + width]
        return ("…" if begin else "") + part + ("…" if begin + width < len(text) else "")

    return around(old), around(new)


def banner_text(report: ChainReport) -> str:
    """One sentence for the window's banner."""
    if report.broken is not None:
        return broken_text(report.broken)
    if report.difference_count == 1:
        return translate(
            "Trail",
            "One row was changed outside Claimdesk: it differs from what the audit trail records.",
        )
    return fill(
        translate(
            "Trail",
            "%1 rows were changed outside Claimdesk: they differ from what the audit trail "
            "records.",
        ),
        number_text(report.difference_count),
    )


def action_label(record: AuditRecord) -> str:
    if record.context == "undo":
        return translate("Trail", "undone")
    if record.context == "redo":
        return translate("Trail", "redone")
    match record.action:
        case AuditAction.CREATE:
            return translate("Trail", "created")
        case AuditAction.UPDATE:
            return translate("Trail", "changed")
        case AuditAction.DELETE:
            return translate("Trail", "deleted")
        case _:
            return translate("Trail", "chain begins")


def action_choices() -> list[tuple[AuditAction, str]]:
    return [
        (AuditAction.CREATE, translate("Trail", "created")),
        (AuditAction.UPDATE, translate("Trail", "changed")),
        (AuditAction.DELETE, translate("Trail", "deleted")),
        (AuditAction.ORIGIN, translate("Trail", "chain begins")),
    ]


def entity_label(entity: str) -> str:
    labels = {
        "claims": translate("Trail", "Claim"),
        "sources": translate("Trail", "Source"),
        "articles": translate("Trail", "Article"),
        "article_captures": translate("Trail", "Capture"),
        "tags": translate("Trail", "Tag"),
        "attribution_hops": translate("Trail", "Attribution step"),
        "citations": translate("Trail", "Citation"),
        "reviews": translate("Trail", "Review"),
        "review_evidence": translate("Trail", "Evidence"),
        "claim_relations": translate("Trail", "Relation"),
        "published_reviews": translate("Trail", "Published review"),
        "saved_views": translate("Trail", "Saved view"),
        "project_settings": translate("Trail", "Project"),
    }
    return labels.get(entity, entity)


def origin_text(record: AuditRecord) -> str:
    """What a chain segment begins with: a new project, an upgrade, an import."""
    after = record.after or {}
    match after.get("origin"):
        case "new":
            return translate("Trail", "New project")
        case "upgrade":
            return fill(
                translate(
                    "Trail", "Upgraded from schema %1; %2 earlier events kept outside the chain"
                ),
                after.get("from_revision", "?"),
                after.get("earlier_events", 0),
            )
        case "import":
            return fill(
                translate("Trail", "Imported from %1 (SHA-256 %2), written by schema %3"),
                after.get("file", "?"),
                str(after.get("file_sha256", ""))[:16],
                after.get("database_revision", "?"),
            )
        case _:
            return str(after.get("origin", ""))


def event_title(record: AuditRecord) -> str:
    """What happened, as the history lists it: "Review created", "Claim changed"."""
    if record.action is AuditAction.ORIGIN:
        return origin_text(record)
    return fill(translate("Trail", "%1 %2"), entity_label(record.entity), action_label(record))


def row_text(record: AuditRecord) -> str:
    """The row an event is about: "Claim 12"."""
    if record.action is AuditAction.ORIGIN:
        return entity_label("project_settings")
    return f"{entity_label(record.entity)} {record.entity_id}"


# Recorded in every created row, and always the event's own time and user.
_SAME_AS_EVENT = frozenset({"id", "created_at", "created_by"})


def shown_changes(record: AuditRecord) -> tuple[FieldChange, ...]:
    """The fields worth a line: a new row's id, time and author are the event's own, and a new
    review's rationale is shown as its rationale."""
    if record.action is not AuditAction.CREATE:
        return record.changes
    hidden = _SAME_AS_EVENT | ({"rationale"} if record.entity == "reviews" else set())
    return tuple(change for change in record.changes if change.field not in hidden)


def change_text(record: AuditRecord, change: FieldChange, width: int | None = None) -> str:
    """One field: "Status: In progress → False" (see ``change_value``)."""
    label = field_label(record.entity, change.field)
    return fill(translate("Trail", "%1: %2"), label, change_value(record, change, width))


def change_value(record: AuditRecord, change: FieldChange, width: int | None = None) -> str:
    """A field's old → new; a new row's field has no old value, a removed row's no new one.
    ``width`` elides each value to that many characters."""

    def worded(value: object) -> str:
        text = value_text(record.entity, change.field, value)
        return text if width is None else shorten(text, width)

    if record.before is None:
        return worded(change.new)
    if record.after is None:
        return worded(change.old)
    return f"{worded(change.old)} → {worded(change.new)}"


def changes_summary(record: AuditRecord, width: int = SHORT) -> str:
    """Every shown field on one line (a table cell)."""
    return "; ".join(change_text(record, change, width) for change in shown_changes(record))


def changes_tooltip(record: AuditRecord) -> str:
    """Every shown field in full, one a line, and a review's rationale."""
    lines = [change_text(record, change) for change in shown_changes(record)]
    if record.rationale and record.action is AuditAction.CREATE:
        lines.append(fill(translate("Trail", "%1: %2"), rationale_label(), record.rationale))
    return "\n".join(lines)


def rationale_label() -> str:
    return form_field_label("rationale")


def field_label(entity: str, field: str) -> str:
    """A recorded column as the app labels it, else the column's own name."""
    if entity == "claim_relations" and field == "kind":
        return translate("Trail", "Relation")
    label = form_field_label(field)
    if label != field:
        return label
    if field.endswith("_precision"):
        base = field.removesuffix("_precision")
        return fill(translate("Trail", "%1 (precision)"), field_label(entity, base))
    labels = {
        "claim_id": translate("Trail", "Claim"),
        "review_id": translate("Trail", "Review"),
        "citation_id": translate("Trail", "Citation"),
        "from_claim_id": translate("Trail", "From claim"),
        "to_claim_id": translate("Trail", "To claim"),
        "from_status": translate("Trail", "Previous status"),
        "to_status": translate("Trail", "New status"),
        "reviewer": translate("Trail", "Reviewer"),
        "awaiting_confirmation": translate("Trail", "Awaiting confirmation"),
        "confirmed_by": translate("Trail", "Confirmed by"),
        "confirmed_at": translate("Trail", "Confirmed at"),
        "quantity_value": translate("Trail", "Figure"),
        "quantity_upper": translate("Trail", "Figure, upper end"),
        "quantity_unit": translate("Trail", "Unit"),
        "quantity_qualifier": translate("Trail", "Qualifier"),
        "position": translate("Trail", "Position"),
        "start_offset": translate("Trail", "Excerpt starts at"),
        "end_offset": translate("Trail", "Excerpt ends at"),
        "context_before": translate("Trail", "Text before the excerpt"),
        "context_after": translate("Trail", "Text after the excerpt"),
        "anchor_state": translate("Trail", "Excerpt anchor"),
        "deleted_at": translate("Trail", "Deleted"),
        "country": translate("Trail", "Country"),
        "four_eyes": translate("Trail", "Four eyes"),
    }
    return labels.get(field, field)


def value_text(entity: str, field: str, value: object) -> str:
    """A recorded value in the user's words: a status by its label, a grade with its meaning,
    a time in local time, yes or no; anything else as it was recorded."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate("Trail", "yes") if value else translate("Trail", "no")
    if isinstance(value, list):
        return ", ".join(value_text(entity, field, item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, int | float) and field in ("quantity_value", "quantity_upper"):
        return fmt.number_text(value)
    word = _worded(entity, field)
    if word is not None:
        try:
            return word(value)
        except (ValueError, KeyError, TypeError):
            pass  # a value this version does not know: shown as recorded
    return str(value)


def _worded(entity: str, field: str) -> Callable[[Any], str] | None:
    if field in ("status", "from_status", "to_status"):
        return lambda value: fmt.status_label(Status(value))
    if field == "reliability":
        return lambda value: f"{value} – {fmt.reliability_meaning(Reliability(value))}"
    if field == "credibility":
        return lambda value: f"{value} – {fmt.credibility_meaning(Credibility(value))}"
    if field == "kind":
        if entity == "claim_relations":
            return lambda value: fmt.relation_label(RelationKind(value))
        if entity == "sources":
            return lambda value: fmt.kind_label(SourceKind(value))
    if field == "role" and entity == "citations":
        return lambda value: fmt.role_label(CitationRole(value))
    if field == "mode":
        return lambda value: fmt.mode_label(HopMode(value))
    if field == "anchor_state":
        return lambda value: fmt.anchor_label(AnchorState(value))
    if field == "quantity_qualifier":
        return lambda value: fmt.qualifier_label(Qualifier(value))
    if field.endswith("_precision"):
        return lambda value: fmt.precision_label(DatePrecision(value))
    if field.endswith("_at"):
        return lambda value: fmt.datetime_text(datetime.fromisoformat(value))
    return None


def one_line(text: str) -> str:
    return " ".join(text.split())


def shorten(text: str, width: int = SHORT, *, keep_lines: bool = False) -> str:
    """At most ``width`` characters, on one line unless ``keep_lines``; "…" where cut."""
    if not keep_lines:
        text = one_line(text)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _short(value: object, width: int = SHORT) -> str:
    return shorten("—" if value is None else str(value), width)
