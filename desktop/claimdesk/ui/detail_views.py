"""The detail pane: everything about the selected claim, article or source, read off the UI
thread and re-read whenever the change bus says it changed."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..core import snippets
from ..core.errors import NotFoundError
from ..core.records import (
    CLAIM_TEXT_FIELDS,
    Changes,
    CitationRecord,
    ClaimRecord,
    SourceRecord,
)
from . import formatting as fmt
from .conflict_texts import conflicts_html
from .messages import field_label
from .translation import translate
from .workspace import Workspace

EVIDENCE_EXCERPT = 160  # characters of a cited excerpt shown as a review's evidence

STYLE = """
<style>
 h2 { margin: 0 0 6px 0; font-size: 15pt; }
 h3 { margin: 14px 0 4px 0; font-size: 11pt; color: #444; }
 .muted { color: #666; }
 .excerpt { background: #fff4c2; }
 .status { font-weight: bold; }
 td { padding: 1px 8px 1px 0; vertical-align: top; }
 blockquote { margin: 2px 0 6px 12px; }
 .conflict { color: #b00020; font-weight: bold; }
</style>
"""


def e(value: object) -> str:
    return escape("" if value is None else str(value))


def _words() -> dict[str, str]:
    """Headings and labels used inside the HTML: looked up here, outside any f-string, so that
    lupdate finds them (it does not read f-strings)."""
    return {
        "credibility": translate("RecordView", "credibility"),
        "attribution_chain": translate("RecordView", "Attribution chain"),
        "created_by": translate("RecordView", "created by"),
        "version": translate("RecordView", "version"),
        "citations": translate("RecordView", "Citations"),
        "related_claims": translate("RecordView", "Related claims"),
        "review_history": translate("RecordView", "Review history"),
        "not_reviewed_yet": translate("RecordView", "Not reviewed yet."),
        "evidence": translate("RecordView", "Evidence"),
        "notes": translate("RecordView", "Notes"),
        "remove_relation": translate("RecordView", "remove"),
    }


class RecordView(QTextBrowser):
    """Shows one record; loads it on the reader thread and follows changes to it."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._link)
        self.current_id: int | None = None
        self._ticket: int | None = None
        self.record: Any = None
        workspace.bus.changed.connect(self._changed)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.current_id = None
        self.record = None
        nothing = translate("RecordView", "Nothing selected.")  # lupdate reads no f-string
        self.setHtml(STYLE + f"<p class='muted'>{e(nothing)}</p>")

    def show_id(self, item_id: int | None) -> None:
        if item_id is None:
            self.show_nothing()
            return
        self.current_id = item_id
        if self._ticket is not None:
            self.workspace.reader.cancel(self._ticket)
        load = self.loader()
        self._ticket = self.workspace.reader.submit(
            lambda: load(item_id), lambda record: self._arrived(item_id, record), self._failed
        )

    def _arrived(self, item_id: int, record: Any) -> None:
        if item_id != self.current_id:
            return
        self._ticket = None
        self.record = record
        scroll = self.verticalScrollBar().value()
        self.setHtml(STYLE + self.render(record))
        self.verticalScrollBar().setValue(scroll)

    def _failed(self, error: BaseException) -> None:
        self._ticket = None
        if isinstance(error, NotFoundError):
            self.record = None
            deleted = translate("RecordView", "This item was deleted.")
            self.setHtml(STYLE + f"<p class='muted'>{e(deleted)}</p>")
        else:
            self.setHtml(STYLE + f"<p class='muted'>{e(error)}</p>")

    def _changed(self, changes: Changes) -> None:
        if self.current_id is not None and (changes.everything or self.affected(changes)):
            self.show_id(self.current_id)

    def _link(self, url: QUrl) -> None:
        self.link_activated(url)

    def link_activated(self, url: QUrl) -> None:
        pass

    def loader(self) -> Callable[[int], Any]:
        raise NotImplementedError

    def affected(self, changes: Changes) -> bool:
        raise NotImplementedError

    def render(self, record: Any) -> str:
        raise NotImplementedError


class ClaimDetailView(RecordView):
    article_requested = Signal(int)
    claim_requested = Signal(int)  # a link to another claim (a conflicting figure) was clicked
    # The "remove" link of a related claim was clicked (RelationRecord); the claim panel
    # turns it into an undoable command.
    unrelate_requested = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        self.conflicts: list[Any] = []  # the shown claim's conflicting figures
        super().__init__(workspace, parent)

    def loader(self) -> Callable[[int], tuple[ClaimRecord, list[Any]]]:
        claims, conflicts = self.workspace.project.claims, self.workspace.project.conflicts
        return lambda claim_id: (claims.get(claim_id), conflicts.for_claim(claim_id))

    def _arrived(self, item_id: int, record: Any) -> None:
        if item_id == self.current_id:
            record, self.conflicts = record
        super()._arrived(item_id, record)

    def affected(self, changes: Changes) -> bool:
        others = {side.claim_id for conflict in self.conflicts for side in conflict.sides}
        return (
            self.current_id in changes.claims
            or bool(changes.sources or changes.articles)
            or not others.isdisjoint(changes.claims)
        )

    def link_activated(self, url: QUrl) -> None:
        if url.scheme() == "article":
            self.article_requested.emit(int(url.path() or url.host()))
        elif url.scheme() == "claim":
            self.claim_requested.emit(int(url.path() or url.host()))
        elif url.scheme() == "relation" and self.record is not None:
            relation_id = int(url.path() or url.host())
            for relation in self.record.relations:
                if relation.id == relation_id:
                    self.unrelate_requested.emit(relation)

    def render(self, claim: ClaimRecord) -> str:
        words = _words()
        parts = [f"<h2>{e(claim.statement)}</h2>"]
        status = fmt.status_label(claim.status)
        parts.append(
            f"<p><span class='status'>{e(status)}</span> · {e(words['credibility'])} "
            f"{e(claim.credibility.value)} ({e(fmt.credibility_meaning(claim.credibility))})</p>"
        )
        waiting = [review for review in claim.reviews if review.awaiting_confirmation]
        if waiting:
            text = self.tr("%1 by %2, awaiting a second person's confirmation")
            text = text.replace("%1", fmt.status_label(waiting[-1].to_status))
            parts.append(f"<p class='status'>{e(text.replace('%2', waiting[-1].reviewer))}</p>")
        rows = []
        if claim.claimant:
            grade = claim.claimant.reliability
            rows.append(
                (
                    self.tr("Claimant"),
                    f"{e(claim.claimant.name)} — {e(grade.value)} "
                    f"<span class='muted'>({e(fmt.reliability_meaning(grade))})</span>",
                )
            )
        if claim.quantity:
            rows.append((self.tr("Quantity"), e(fmt.quantity_text(claim.quantity))))
        if claim.claimed_on:
            rows.append((self.tr("Claimed"), self._dated(claim.claimed_on)))
        if claim.as_of:
            rows.append((self.tr("As of"), self._dated(claim.as_of)))
        if claim.tags:
            rows.append((self.tr("Tags"), e(", ".join(claim.tags))))
        if claim.quote:
            language = f" [{e(claim.quote_language)}]" if claim.quote_language else ""
            rows.append((self.tr("Original quote"), f"„{e(claim.quote)}“{language}"))
        for name in CLAIM_TEXT_FIELDS:
            value = getattr(claim, name)
            if value:
                rows.append((field_label(name), e(value).replace("\n", "<br>")))
        parts.append(_table(rows))
        if claim.hops:
            parts.append(f"<h3>{e(words['attribution_chain'])}</h3><ol>")
            for hop in claim.hops:
                who = hop.source.name if hop.source else (hop.article.title if hop.article else "")
                details = [fmt.mode_label(hop.mode)]
                if hop.said_on:
                    details.append(fmt.partial_date_text(hop.said_on))
                if hop.description:
                    details.append(hop.description)
                parts.append(
                    f"<li>{e(who)} <span class='muted'>({e('; '.join(details))})</span></li>"
                )
            parts.append("</ol>")
        parts.append(self._citations(claim))
        parts.append(self._relations(claim))
        parts.append(conflicts_html(claim.id, self.conflicts))
        parts.append(self._reviews(claim))
        parts.append(
            f"<p class='muted'>#{claim.id} · {e(words['created_by'])} {e(claim.created_by)} "
            f"{e(fmt.datetime_text(claim.created_at))} · {e(words['version'])} {claim.version}</p>"
        )
        return "".join(parts)

    def _citations(self, claim: ClaimRecord) -> str:
        words = _words()
        if not claim.citations:
            return ""
        parts = [f"<h3>{e(words['citations'])}</h3>"]
        for citation in claim.citations:
            state = ""
            if citation.anchor_state.value != "anchored":
                state = (
                    f" <span class='muted'>[{e(fmt.anchor_label(citation.anchor_state))}]</span>"
                )
            role = e(fmt.role_label(citation.role))
            parts.append(
                f"<p><a href='article:{citation.article.id}'>{e(citation.article.title)}</a> "
                f"<span class='muted'>— {role}{state}</span>"
                f"<blockquote>{e(snippets.context_before(citation.context_before, 48))}"
                f"<span class='excerpt'>{e(citation.excerpt)}</span>"
                f"{e(snippets.context_after(citation.context_after, 48))}</blockquote></p>"
            )
        return "".join(parts)

    def _relations(self, claim: ClaimRecord) -> str:
        words = _words()
        if not claim.relations:
            return ""
        parts = [f"<h3>{e(words['related_claims'])}</h3><ul>"]
        for relation in claim.relations:
            kind = fmt.relation_label(relation.kind)
            if relation.from_claim_id == claim.id:
                text = f"{kind} #{relation.to_claim_id}: {relation.to_statement}"
            else:
                text = self.tr("#%1 %2 this claim: %3")
                for marker, value in (
                    ("%1", str(relation.from_claim_id)),
                    ("%2", kind),
                    ("%3", relation.from_statement),
                ):
                    text = text.replace(marker, value)
            remove = f"<a href='relation:{relation.id}'>{e(words['remove_relation'])}</a>"
            parts.append(f"<li>{e(text)} <span class='muted'>[{remove}]</span></li>")
        parts.append("</ul>")
        return "".join(parts)

    def _evidence_text(self, citation: CitationRecord | None) -> str:
        """A cited excerpt given as evidence: the article's title and the excerpt."""
        if citation is None:  # the citation was removed from the claim after the review
            return self.tr("an excerpt no longer cited by this claim")
        text = self.tr("%1: “%2”")
        excerpt = snippets.clip_end(citation.excerpt, EVIDENCE_EXCERPT)
        return text.replace("%1", citation.article.title).replace("%2", excerpt)

    def _reviews(self, claim: ClaimRecord) -> str:
        words = _words()
        parts = [f"<h3>{e(words['review_history'])}</h3>"]
        if not claim.reviews:
            parts.append(f"<p class='muted'>{e(words['not_reviewed_yet'])}</p>")
        for review in reversed(claim.reviews):
            step = f"{fmt.status_label(review.from_status)} → {fmt.status_label(review.to_status)}"
            when = fmt.datetime_text(review.created_at)
            parts.append(
                f"<p><b>{e(step)}</b> <span class='muted'>{e(review.reviewer)}, {e(when)}</span>"
            )
            if review.awaiting_confirmation:
                waiting_text = self.tr("awaiting confirmation")
                parts.append(f" <i>{e(waiting_text)}</i>")
            elif review.confirmed_by:
                confirmed = self.tr("confirmed by %1, %2")
                confirmed = confirmed.replace("%1", review.confirmed_by).replace(
                    "%2", fmt.datetime_text(review.confirmed_at) if review.confirmed_at else ""
                )
                parts.append(f" <i>{e(confirmed)}</i>")
            if review.rationale:
                parts.append(f"<br>{e(review.rationale)}")
            cited = {citation.id: citation for citation in claim.citations}
            for item in review.evidence:
                evidence = item.url or self._evidence_text(cited.get(item.citation_id))
                parts.append(
                    f"<br><span class='muted'>{e(words['evidence'])}:</span> {e(evidence)}"
                )
            parts.append("</p>")
        return "".join(parts)

    def _dated(self, value: Any) -> str:
        precision = fmt.precision_label(value.precision)
        return f"{e(fmt.partial_date_text(value))} <span class='muted'>({e(precision)})</span>"


class SourceDetailView(RecordView):
    def loader(self) -> Callable[[int], SourceRecord]:
        return self.workspace.project.sources.get

    def affected(self, changes: Changes) -> bool:
        return self.current_id in changes.sources

    def render(self, source: SourceRecord) -> str:
        words = _words()
        rows = [
            (self.tr("Kind"), e(fmt.kind_label(source.kind))),
            (self.tr("Role or affiliation"), e(source.role or "")),
            (self.tr("Country"), e(source.country or "")),
            (
                self.tr("Reliability"),
                f"{e(source.reliability.value)} — {e(fmt.reliability_meaning(source.reliability))}",
            ),
        ]
        notes = f"<h3>{e(words['notes'])}</h3><p>{e(source.notes)}</p>" if source.notes else ""
        return f"<h2>{e(source.name)}</h2>{_table(rows)}{notes}"


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td class='muted'>{e(label)}</td><td>{value}</td></tr>"
        for label, value in rows
        if value
    )
    return f"<table>{cells}</table>"
