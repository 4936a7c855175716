"""How the audit trail reads: the result of checking the chain (the window's banner and
`claimdesk audit verify`), and an event's kind, row and fields in the history viewer."""

from __future__ import annotations

from ..core.audit_verify import ChainBreak, ChainReport, RowDifference
from ..core.enums import AuditAction
from ..core.i18n import fill
from ..core.records import AuditRecord
from .formatting import number_text
from .translation import translate


def intact_text(report: ChainReport) -> str:
    return fill(
        translate("Trail", "%1 events, chain intact"),
        number_text(report.events),
    )


def broken_text(broken: ChainBreak) -> str:
    """The first event at which the chain fails, and how."""
    where = fill(translate("Trail", "event %1"), broken.seq if broken.seq is not None else "?")
    if broken.event_id is not None:
        where = fill(translate("Trail", "%1 (id %2)"), where, broken.event_id)
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
            return fill(
                translate("Trail", "%1: %2 differs from the trail (recorded %3, found %4)"),
                row,
                item.field or "",
                _short(item.recorded),
                _short(item.current),
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
    if report.difference_count:
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
    return lines


def banner_text(report: ChainReport) -> str:
    """One sentence for the window's banner."""
    if report.broken is not None:
        return broken_text(report.broken)
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


def _short(value: object, width: int = 60) -> str:
    text = "—" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"
