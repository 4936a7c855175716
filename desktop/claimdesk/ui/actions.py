"""What the analyst can do to the data, as actions: open a dialog, push an undo command.

A dialog collects input; on Save its submit function (defined here) pushes a command that
calls one service. A conflict with someone else's change opens the conflict dialog; nothing is
overwritten without the analyst confirming it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.errors import ClaimdeskError, ConflictError, NotFoundError, ValidationError
from ..core.inputs import (
    ArticleInput,
    ClaimInput,
    HopInput,
    NewCitation,
    SourceInput,
)
from ..core.records import ProjectSettingsRecord, SourceRef
from . import messages
from .commands import (
    ARTICLE,
    CLAIM,
    SOURCE,
    CaptureArticleCommand,
    CreateCommand,
    DeleteCommand,
    EditCommand,
    LinkCitationCommand,
    SetStatusCommand,
)
from .dialogs.article_dialog import ArticleDialog
from .dialogs.claim_dialog import ClaimDialog
from .dialogs.claim_picker_dialog import ClaimPickerDialog
from .dialogs.conflict_dialog import ConflictDialog
from .dialogs.link_article_dialog import LinkArticleDialog
from .dialogs.source_dialog import SourceDialog
from .dialogs.status_dialog import StatusDialog
from .forms import StayOpen
from .project_view import ProjectView, Section
from .settings import Settings
from .workspace import Workspace

if TYPE_CHECKING:
    from ..core.attribution import Named
    from ..core.claim_drafts import Voice
    from .article_reader import Selection
    from .dialogs.article_import_dialog import CaptureRequest


class DataActions(QObject):
    """The Edit and Claim menu actions for one open project."""

    def __init__(
        self, window: QWidget, workspace: Workspace, view: ProjectView, settings: Settings
    ):
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.workspace = workspace
        self.view = view
        self.project = workspace.project
        self._voices: dict[int, Voice] = {}  # article id -> who spoke in its last claim

        def action(
            text: str,
            handler: Callable[[], None],
            shortcut: QKeySequence | str | None = None,
            name: str = "",
        ) -> QAction:
            made = QAction(text, self)
            made.setObjectName(name)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(lambda _checked=False: handler())
            return made

        self.new_claim = action(
            self.tr("New &claim…"), self.create_claim, QKeySequence.StandardKey.New, "new_claim"
        )
        self.new_source = action(
            self.tr("New &source…"), self.create_source, "Ctrl+Shift+S", "new_source"
        )
        self.new_article = action(
            self.tr("New &article…"), self.create_article, "Ctrl+Shift+A", "new_article"
        )
        self.edit = action(self.tr("&Edit…"), self.edit_selected, "F2", "edit")
        self.delete = action(
            self.tr("&Delete"), self.delete_selected, QKeySequence.StandardKey.Delete, "delete"
        )
        self.set_status = action(
            self.tr("Set s&tatus…"), self.set_status_of_selected, "Ctrl+T", "set_status"
        )
        self.import_article_action = action(
            self.tr("&Capture article…"), self.import_article, "Ctrl+I", "import_article"
        )
        self.link_article = action(
            self.tr("&Link to article…"), self.link_selected, "Ctrl+L", "link_article"
        )
        self.awaiting_action = action(
            self.tr("Awaiting my &confirmation…"), self.show_awaiting, "Ctrl+Shift+K", "awaiting"
        )
        self.project_settings_action = action(
            self.tr("Project se&ttings…"), self.edit_project_settings, None, "project_settings"
        )
        view.selection_changed.connect(self.update_enabled)
        view.section_changed.connect(lambda _section: self.update_enabled())
        view.activated.connect(lambda _id: self.edit_selected())
        view.claim_requested.connect(self.show_claim)
        view.new_claim_from.connect(self.new_claim_from)
        view.link_from.connect(self.link_from)
        self.update_enabled()

    def update_enabled(self) -> None:
        ids = self.view.page.selected_ids()
        claims = self.view.section.holds_claims
        # A server role that may only read (claimdesk_reader) is offered no change at all.
        writable = self.project.database.can_write
        self.edit.setEnabled(writable and len(ids) == 1)
        self.delete.setEnabled(writable and bool(ids))
        self.set_status.setEnabled(writable and claims and bool(ids))
        self.link_article.setEnabled(writable and claims and len(ids) == 1)
        for creating in (
            self.new_claim,
            self.new_source,
            self.new_article,
            self.import_article_action,
            self.awaiting_action,
        ):
            creating.setEnabled(writable)

    # Claims -------------------------------------------------------------------------------

    def create_claim(
        self,
        prefill: ClaimInput | None = None,
        citations: Sequence[NewCitation] = (),
        proposals: Mapping[int, SourceInput] | None = None,
    ) -> int | None:
        """The claim form; with citations (from the reading view) the new claim cites them and
        the analyst stays in the article. Returns the new claim's id, None when cancelled."""
        dialog = ClaimDialog(
            self.window,
            self.workspace,
            prefill=prefill,
            proposals=proposals,
            create_source=self.create_source_inline,
        )
        created: list[int] = []

        def submit(data: ClaimInput) -> None:
            options: dict[str, object] = {"citations": citations}
            if new_sources := dialog.new_sources():
                options["new_sources"] = new_sources
            command = CreateCommand(self.workspace, CLAIM, data, **options)
            self.workspace.push(command)
            if command.created_id is not None:
                created.append(command.created_id)
            if command.created_id is not None and not citations:
                self.view.show_section(Section.CLAIMS)
                self.view.pages[Section.CLAIMS].select_id(command.created_id)

        dialog.set_submit(submit)
        dialog.exec()
        return created[0] if created else None

    def edit_claim(self, claim_id: int) -> None:
        try:
            record = self.project.claims.get(claim_id)
        except NotFoundError as error:
            self._warn(messages.error_text(error))
            return
        dialog = ClaimDialog(
            self.window, self.workspace, record, create_source=self.create_source_inline
        )

        def submit(data: ClaimInput) -> None:
            try:
                self.workspace.push(
                    EditCommand(
                        self.workspace, CLAIM, claim_id, ClaimInput.of(record), data, record.version
                    )
                )
            except ConflictError as conflict:
                self._resolve_claim_conflict(dialog, claim_id, data, conflict)

        dialog.set_submit(submit)
        dialog.exec()

    def _resolve_claim_conflict(
        self, dialog: ClaimDialog, claim_id: int, mine: ClaimInput, conflict: ConflictError
    ) -> None:
        """Show both versions. Reload: start again from theirs. Keep mine (confirmed): save mine
        over theirs, with theirs as the undo state. Cancel: keep editing."""
        if conflict.current_version is None:
            self._warn(
                self.tr(
                    "Someone else deleted this claim while you edited it. Your text is "
                    "still in the form; copy what you need."
                )
            )
            raise StayOpen
        theirs = self.project.claims.get(claim_id)
        names = {ref.id: ref.name for ref in self.project.sources.refs()}
        resolver = ConflictDialog(dialog, mine, theirs, names)
        resolver.exec()
        choice = resolver.choice()
        if choice == "keep_mine":
            self.workspace.push(
                EditCommand(
                    self.workspace, CLAIM, claim_id, ClaimInput.of(theirs), mine, theirs.version
                )
            )
            return
        if choice == "reload":
            dialog.reject()
            QTimer.singleShot(0, lambda: self.edit_claim(claim_id))
        raise StayOpen

    def set_status_of_selected(self) -> None:
        ids = self._selected_claims()
        if not ids:
            return
        try:
            records = [self.project.claims.get(claim_id) for claim_id in ids]
        except NotFoundError as error:
            self._warn(messages.error_text(error))
            return
        dialog = StatusDialog(self.window, self.workspace, records)
        dialog.four_eyes_note.setVisible(self.project.project.settings().four_eyes)
        dialog.set_submit(
            lambda request: self.workspace.push(
                SetStatusCommand(
                    self.workspace,
                    request.claim_ids,
                    request.status,
                    request.rationale,
                    request.evidence,
                )
            )
        )
        dialog.exec()

    def show_awaiting(self) -> None:
        """Four eyes: the queue of verdicts awaiting my confirmation (one window at a time)."""
        from .dialogs.confirm_dialog import ConfirmDialog

        existing = self.window.findChild(ConfirmDialog, "confirm_dialog")
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return
        dialog = ConfirmDialog(self.workspace, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.claim_requested.connect(self.show_claim)
        dialog.show()

    def edit_project_settings(self) -> None:
        """Read the settings off the UI thread, then ask."""
        self.workspace.reader.submit(
            self.project.project.settings, self._ask_project_settings, self._read_failed
        )

    def _ask_project_settings(self, settings: ProjectSettingsRecord) -> None:
        from .commands import FourEyesCommand
        from .dialogs.project_settings_dialog import ProjectSettingsDialog

        dialog = ProjectSettingsDialog(settings, self.window)
        if not self.project.database.can_change_settings:
            dialog.four_eyes.setEnabled(False)
            dialog.four_eyes.setToolTip(
                self.tr("Only the project's owner on the server changes the shared rules.")
            )
        if dialog.exec() != ProjectSettingsDialog.DialogCode.Accepted:
            return
        wanted = dialog.four_eyes.isChecked()
        if wanted != settings.four_eyes:
            try:
                self.workspace.push(FourEyesCommand(self.workspace, wanted))
            except ClaimdeskError as error:
                self._warn(messages.error_text(error))

    def _read_failed(self, error: BaseException) -> None:
        self._warn(messages.error_text(error))

    def link_selected(self) -> None:
        ids = self._selected_claims()
        if len(ids) != 1:
            return
        dialog = LinkArticleDialog(self.window, self.workspace, ids[0])
        dialog.set_submit(
            lambda data: self.workspace.push(LinkCitationCommand(self.workspace, data))
        )
        dialog.exec()

    def new_claim_from(self, selection: Selection) -> None:
        """New claim from an excerpt, drafted (core/claim_drafts.py): the sentence as the
        statement, the claimant and chain the article names (new sources proposed, created on
        Save), the article's date, the quantity with its unit, and the excerpt as a citation.
        The voice saved last from the same article is offered again for the next claim."""
        article = selection.article
        try:
            draft = self.project.drafts.at(
                article.id, selection.start, selection.end, self._voices.get(article.id)
            )
        except ClaimdeskError as error:
            self._warn(messages.error_text(error))
            return
        proposals: dict[int, SourceInput] = {}
        placeholders: dict[str, int] = {}

        def source_id(named: Named | None) -> int | None:
            if named is None or named.source_id is not None:
                return named.source_id if named is not None else None
            if named.name not in placeholders:
                placeholders[named.name] = -(len(placeholders) + 1)
                proposals[placeholders[named.name]] = SourceInput(
                    named.name, named.kind, named.role
                )
            return placeholders[named.name]

        hops = tuple(
            HopInput(
                source_id=source_id(hop.source),
                article_id=hop.article_id if hop.source is None else None,
                said_on=hop.said_on,
            )
            for hop in draft.chain
        )
        prefill = ClaimInput(
            statement=draft.statement,
            quote=selection.text,
            quote_language=article.language or draft.language,
            claimant_id=source_id(draft.claimant),
            claimed_on=draft.claimed_on,
            quantity=draft.quantity.quantity if draft.quantity is not None else None,
            hops=hops,
        )
        citation = NewCitation(article.id, selection.text, selection.start, selection.end)
        created = self.create_claim(prefill, [citation], proposals)
        if created is not None:
            self._remember_voice(article.id, created)

    def _remember_voice(self, article_id: int, claim_id: int) -> None:
        # The drafting machinery (rapidfuzz, lxml, large patterns) loads when first used.
        from ..core.attribution import Named
        from ..core.claim_drafts import Voice

        try:
            record = self.project.claims.get(claim_id)
        except NotFoundError:
            return
        named = [
            Named(hop.source.name, hop.source.id, hop.source.kind)
            for hop in record.hops
            if hop.source is not None
        ]
        claimant = record.claimant
        self._voices[article_id] = Voice(
            Named(claimant.name, claimant.id, claimant.kind) if claimant else None,
            named[1] if len(named) > 1 else None,
        )

    def link_from(self, selection: Selection) -> None:
        dialog = ClaimPickerDialog(
            self.window, self.workspace, selection.article.id, selection.start, selection.end,
            selection.text,
        )  # fmt: skip
        dialog.set_submit(
            lambda data: self.workspace.push(LinkCitationCommand(self.workspace, data))
        )
        dialog.exec()

    def show_claim(self, claim_id: int) -> None:
        self.view.show_section(Section.CLAIMS)
        self.view.pages[Section.CLAIMS].select_id(claim_id)

    def import_article(self, source: str = "") -> None:
        """Capture an article (address, saved page or clipboard) and show it."""
        # Capturing brings trafilatura and lxml, a third of a second to import: not at start.
        from .dialogs.article_import_dialog import ArticleImportDialog

        dialog = ArticleImportDialog(
            self.window,
            self.workspace,
            source,
            allow_private=self.settings.allow_private_addresses(),
        )
        outcome: list[CaptureArticleCommand] = []

        def submit(request: CaptureRequest) -> None:
            command = CaptureArticleCommand(self.workspace, request.data, request.publisher_name)
            self.workspace.push(command)
            outcome.append(command)

        dialog.set_submit(submit)
        if not dialog.exec() or not outcome or outcome[0].result is None:
            return
        result = outcome[0].result
        self.view.show_article(result.article_id)
        if outcome[0].changed_nothing:
            self._inform(self.tr("This content is already in the project; nothing was added."))

    # Sources and articles -----------------------------------------------------------------

    def create_source(self) -> None:
        self.create_source_inline()

    def create_source_inline(self, name: str = "") -> SourceRef | None:
        """New source from anywhere (the claim form's "New source…" too); returns it."""
        dialog = SourceDialog(self.window, name=name)
        created: list[int] = []

        def submit(data: SourceInput) -> None:
            command = CreateCommand(self.workspace, SOURCE, data)
            self.workspace.push(command)
            if command.created_id is not None:
                created.append(command.created_id)

        dialog.set_submit(submit)
        if not dialog.exec() or not created:
            return None
        return self.project.sources.get(created[0]).ref

    def edit_source(self, source_id: int) -> None:
        record = self.project.sources.get(source_id)
        dialog = SourceDialog(self.window, record)
        dialog.set_submit(
            lambda data: self.workspace.push(
                EditCommand(
                    self.workspace, SOURCE, source_id, SourceInput.of(record), data, record.version
                )
            )
        )
        dialog.exec()

    def create_article(self) -> None:
        dialog = ArticleDialog(self.window, self.workspace, create_source=self.create_source_inline)
        dialog.set_submit(
            lambda data: self.workspace.push(CreateCommand(self.workspace, ARTICLE, data))
        )
        dialog.exec()

    def edit_article(self, article_id: int) -> None:
        record = self.project.articles.get(article_id)
        dialog = ArticleDialog(
            self.window, self.workspace, record, create_source=self.create_source_inline
        )
        dialog.set_submit(
            lambda data: self.workspace.push(
                EditCommand(
                    self.workspace,
                    ARTICLE,
                    article_id,
                    ArticleInput.of(record),
                    data,
                    record.version,
                )
            )
        )
        dialog.exec()

    # Selection-wide -----------------------------------------------------------------------

    def edit_selected(self) -> None:
        ids = self.view.page.selected_ids()
        if len(ids) != 1 or not self.project.database.can_write:
            return
        section = self.view.section
        try:
            if section.holds_claims:
                self.edit_claim(ids[0])
            elif section is Section.SOURCES:
                self.edit_source(ids[0])
            else:
                self.edit_article(ids[0])
        except ClaimdeskError as error:
            self._warn(messages.error_text(error))

    def delete_selected(self) -> None:
        ids = self.view.page.selected_ids()
        if not ids:
            return
        section = self.view.section
        kind = CLAIM if section.holds_claims else SOURCE if section is Section.SOURCES else ARTICLE
        command = DeleteCommand(self.workspace, kind, ids)
        try:
            self.workspace.push(command)
        except ClaimdeskError as error:
            self._warn(_plain(error))

    def _selected_claims(self) -> list[int]:
        return self.view.page.selected_ids() if self.view.section.holds_claims else []

    def _inform(self, text: str) -> None:
        QMessageBox.information(self.window, self.tr("Claimdesk"), text)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.window, self.tr("Claimdesk"), text)


def _plain(error: ClaimdeskError) -> str:
    """The error in words; a refused deletion lists why for each row, one per line."""
    if isinstance(error, ValidationError):
        return "\n".join(messages.problem_text(problem) for problem in error.problems.values())
    return messages.error_text(error)
