"""Undoable user actions. Each redo()/undo() is one service call; the Changes it returns go
to the change bus. Commands keep ids and before/after inputs, never live database objects."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..core.enums import Status
from ..core.errors import ClaimdeskError
from ..core.inputs import (
    ArticleInput,
    CitationInput,
    ClaimInput,
    EvidenceInput,
    NewCitation,
    RelationInput,
    SourceInput,
)
from ..core.records import Changes, CitationRecord
from ..core.services.captures import CaptureOutcome, CaptureResult
from .workspace import Workspace

# lupdate finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate


class ServiceCommand(QUndoCommand):
    """Base: ``apply()`` does the action, ``revert()`` takes it back; both return Changes."""

    def __init__(self, workspace: Workspace, text: str):
        super().__init__(text)
        self.workspace = workspace
        self._skip_redo = False

    @property
    def project(self):  # type: ignore[no-untyped-def]
        return self.workspace.project

    def run_first(self) -> None:
        """The first application, whose errors propagate to the caller (see Workspace.push)."""
        self.workspace.bus.publish(self.apply())
        # Qt calls redo() inside push(); the action has already been applied here.
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step) -> None:  # type: ignore[no-untyped-def]
        try:
            self.workspace.bus.publish(step())
        except ClaimdeskError as error:
            self.workspace.report_failure(self.text(), error)

    def apply(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError


class CreateClaimCommand(ServiceCommand):
    def __init__(
        self, workspace: Workspace, data: ClaimInput, citations: Sequence[NewCitation] = ()
    ):
        super().__init__(workspace, translate("Commands", "New claim"))
        self.data = data
        self.citations = tuple(citations)
        self.claim_id: int | None = None

    def apply(self) -> Changes:
        if self.claim_id is not None:  # redo after undo: bring the same claim back
            return self.project.claims.restore([self.claim_id])
        saved = self.project.claims.create(self.data, self.citations)
        self.claim_id = saved.id
        return saved.changes

    def revert(self) -> Changes:
        assert self.claim_id is not None
        return self.project.claims.delete([self.claim_id])


class EditClaimCommand(ServiceCommand):
    def __init__(
        self,
        workspace: Workspace,
        claim_id: int,
        before: ClaimInput,
        after: ClaimInput,
        version: int,
    ):
        super().__init__(workspace, translate("Commands", "Edit claim"))
        self.claim_id = claim_id
        self.before = before
        self.after = after
        self.version = version

    def apply(self) -> Changes:
        saved = self.project.claims.update(self.claim_id, self.after, self.version)
        self.version = saved.version
        return saved.changes

    def revert(self) -> Changes:
        saved = self.project.claims.update(self.claim_id, self.before, self.version)
        self.version = saved.version
        return saved.changes


class DeleteClaimsCommand(ServiceCommand):
    def __init__(self, workspace: Workspace, claim_ids: Sequence[int]):
        count = len(claim_ids)
        text = (
            translate("Commands", "Delete claim")
            if count == 1
            else translate("Commands", "Delete %n claims").replace("%n", str(count))
        )
        super().__init__(workspace, text)
        self.claim_ids = list(claim_ids)

    def apply(self) -> Changes:
        return self.project.claims.delete(self.claim_ids)

    def revert(self) -> Changes:
        return self.project.claims.restore(self.claim_ids)


class SetStatusCommand(ServiceCommand):
    def __init__(
        self,
        workspace: Workspace,
        claim_ids: Sequence[int],
        status: Status,
        rationale: str | None,
        evidence: Sequence[EvidenceInput] = (),
    ):
        count = len(claim_ids)
        text = (
            translate("Commands", "Set status")
            if count == 1
            else translate("Commands", "Set status of %n claims").replace("%n", str(count))
        )
        super().__init__(workspace, text)
        self.claim_ids = list(claim_ids)
        self.status = status
        self.rationale = rationale
        self.evidence = tuple(evidence)
        self.review_ids: tuple[int, ...] = ()

    def apply(self) -> Changes:
        change = self.project.reviews.set_status(
            self.claim_ids, self.status, self.rationale, self.evidence
        )
        self.review_ids = change.review_ids
        return change.changes

    def revert(self) -> Changes:
        return self.project.reviews.withdraw(self.review_ids)


class LinkCitationCommand(ServiceCommand):
    def __init__(self, workspace: Workspace, data: CitationInput):
        super().__init__(workspace, translate("Commands", "Link excerpt"))
        self.data = data
        self.citation_id: int | None = None

    def apply(self) -> Changes:
        saved = self.project.citations.link(self.data)
        self.citation_id = saved.id
        return saved.changes

    def revert(self) -> Changes:
        assert self.citation_id is not None
        return self.project.citations.unlink(self.citation_id)


class UnlinkCitationCommand(ServiceCommand):
    def __init__(self, workspace: Workspace, citation: CitationRecord):
        super().__init__(workspace, translate("Commands", "Remove citation"))
        self.citation_id = citation.id
        self.data = CitationInput(
            citation.claim_id,
            citation.article.id,
            citation.excerpt,
            citation.start,
            citation.end,
            citation.role,
        )

    def apply(self) -> Changes:
        return self.project.citations.unlink(self.citation_id)

    def revert(self) -> Changes:
        saved = self.project.citations.link(self.data)
        self.citation_id = saved.id
        return saved.changes


class RelateClaimsCommand(ServiceCommand):
    def __init__(self, workspace: Workspace, data: RelationInput):
        super().__init__(workspace, translate("Commands", "Relate claims"))
        self.data = data
        self.relation_id: int | None = None

    def apply(self) -> Changes:
        saved = self.project.relations.relate(self.data)
        self.relation_id = saved.id
        return saved.changes

    def revert(self) -> Changes:
        assert self.relation_id is not None
        return self.project.relations.unrelate(self.relation_id)


class CreateSourceCommand(ServiceCommand):
    def __init__(self, workspace: Workspace, data: SourceInput):
        super().__init__(workspace, translate("Commands", "New source"))
        self.data = data
        self.source_id: int | None = None

    def apply(self) -> Changes:
        if self.source_id is not None:
            return self.project.sources.restore([self.source_id])
        saved = self.project.sources.create(self.data)
        self.source_id = saved.id
        return saved.changes

    def revert(self) -> Changes:
        assert self.source_id is not None
        return self.project.sources.delete([self.source_id])


class EditSourceCommand(ServiceCommand):
    def __init__(
        self,
        workspace: Workspace,
        source_id: int,
        before: SourceInput,
        after: SourceInput,
        version: int,
    ):
        super().__init__(workspace, translate("Commands", "Edit source"))
        self.source_id, self.before, self.after, self.version = source_id, before, after, version

    def apply(self) -> Changes:
        saved = self.project.sources.update(self.source_id, self.after, self.version)
        self.version = saved.version
        return saved.changes

    def revert(self) -> Changes:
        saved = self.project.sources.update(self.source_id, self.before, self.version)
        self.version = saved.version
        return saved.changes


class DeleteSourcesCommand(ServiceCommand):
    def __init__(self, workspace: Workspace, source_ids: Sequence[int]):
        super().__init__(workspace, translate("Commands", "Delete source"))
        self.source_ids = list(source_ids)

    def apply(self) -> Changes:
        return self.project.sources.delete(self.source_ids)

    def revert(self) -> Changes:
        return self.project.sources.restore(self.source_ids)


class CreateArticleCommand(ServiceCommand):
    def __init__(self, workspace: Workspace, data: ArticleInput):
        super().__init__(workspace, translate("Commands", "New article"))
        self.data = data
        self.article_id: int | None = None

    def apply(self) -> Changes:
        if self.article_id is not None:
            return self.project.articles.restore([self.article_id])
        saved = self.project.articles.create(self.data)
        self.article_id = saved.id
        return saved.changes

    def revert(self) -> Changes:
        assert self.article_id is not None
        return self.project.articles.delete([self.article_id])


class EditArticleCommand(ServiceCommand):
    def __init__(
        self,
        workspace: Workspace,
        article_id: int,
        before: ArticleInput,
        after: ArticleInput,
        version: int,
    ):
        super().__init__(workspace, translate("Commands", "Edit article"))
        self.article_id, self.before, self.after, self.version = article_id, before, after, version

    def apply(self) -> Changes:
        saved = self.project.articles.update(self.article_id, self.after, self.version)
        self.version = saved.version
        return saved.changes

    def revert(self) -> Changes:
        saved = self.project.articles.update(self.article_id, self.before, self.version)
        self.version = saved.version
        return saved.changes


class DeleteArticlesCommand(ServiceCommand):
    def __init__(self, workspace: Workspace, article_ids: Sequence[int]):
        super().__init__(workspace, translate("Commands", "Delete article"))
        self.article_ids = list(article_ids)

    def apply(self) -> Changes:
        return self.project.articles.delete(self.article_ids)

    def revert(self) -> Changes:
        return self.project.articles.restore(self.article_ids)


class CaptureArticleCommand(ServiceCommand):
    """Save a captured article: a new one, or a new version of one captured before."""

    def __init__(self, workspace: Workspace, data: ArticleInput, publisher_name: str | None):
        super().__init__(workspace, translate("Commands", "Capture article"))
        self.data = data
        self.publisher_name = publisher_name
        self.result: CaptureResult | None = None
        self._swap_back: int | None = None  # the version to restore on the next undo/redo

    def apply(self) -> Changes:
        if self.result is None:
            self.result = self.project.captures.capture(self.data, self.publisher_name)
            self._swap_back = self.result.previous_capture_id
            return self.result.changes
        if self.result.outcome is CaptureOutcome.CREATED:
            return self.project.articles.restore([self.result.article_id])
        return self._swap()

    def revert(self) -> Changes:
        assert self.result is not None
        if self.result.outcome is CaptureOutcome.CREATED:
            return self.project.articles.delete([self.result.article_id])
        return self._swap()

    @property
    def changed_nothing(self) -> bool:
        return self.result is not None and self.result.outcome is CaptureOutcome.UNCHANGED

    def _swap(self) -> Changes:
        """Make the kept version current; the one replaced is kept in turn."""
        if self._swap_back is None:
            return Changes()
        swapped = self.project.captures.restore(self._swap_back)
        self._swap_back = swapped.previous_capture_id
        return swapped.changes
