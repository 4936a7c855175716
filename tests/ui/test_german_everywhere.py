"""In German, no English: every window, section and dialog is read for the English source
strings of the catalogue, and none may be visible.

A widget's words are its texts, titles, placeholders, tooltips, tab and item texts, menu
entries and table headers. The English words looked for are the catalogue's sources whose
German differs (so "Status", the same in both, is no finding), without placeholders and
mnemonics. A control test reads the same English window and must find many of them: the
reader cannot pass by reading nothing.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from claimdesk.core.audit_verify import ChainReport, RowDifference
from claimdesk.core.filters import ClaimFilter
from claimdesk.ui import trail_texts
from claimdesk.ui.app import install_translations
from claimdesk.ui.detail_views import RecordView
from claimdesk.ui.dialogs.about_dialog import AboutDialog
from claimdesk.ui.dialogs.article_dialog import ArticleDialog
from claimdesk.ui.dialogs.article_import_dialog import ArticleImportDialog
from claimdesk.ui.dialogs.claim_dialog import ClaimDialog
from claimdesk.ui.dialogs.claim_filter_dialog import ClaimFilterDialog
from claimdesk.ui.dialogs.claim_picker_dialog import ClaimPickerDialog
from claimdesk.ui.dialogs.csv_import_dialog import CsvImportDialog
from claimdesk.ui.dialogs.export_dialog import ExportDialog
from claimdesk.ui.dialogs.link_article_dialog import LinkArticleDialog
from claimdesk.ui.dialogs.preferences_dialog import PreferencesDialog
from claimdesk.ui.dialogs.server_dialog import ServerDialog
from claimdesk.ui.dialogs.source_dialog import SourceDialog
from claimdesk.ui.dialogs.status_dialog import StatusDialog
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.project_view import Section
from claimdesk.ui.trail_banner import TrailReportDialog

from .test_main_window import open_demo, settings, window  # noqa: F401  (fixtures)

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "claimdesk_de.ts"
_TAGS = re.compile(r"<[^>]+>")
_PARTS = re.compile(r"[·;()—→]")
SHOWN_ROWS = 30  # of a table read for its cells
_SUFFIX = re.compile(r"\s*\([^()]*\)$")


def _plain(text: str) -> str:
    """A text as the eye reads it: no markup, no mnemonic ampersand, no trailing ellipsis."""
    text = _TAGS.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.replace("…", "").split()).strip(" :")


def english_words() -> set[str]:
    """The catalogue's English that German never says: "Filter" is the German of "Filter…"
    as well as an English word, so it is no finding."""
    found = set()
    german_words = set()
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        german = "".join(translation.itertext()) if translation is not None else ""
        plain = _plain(source)
        german_words.add(_plain(german))
        # Placeholders are filled in on screen; a single short word may be a name or a unit.
        if "%" in source or len(plain) < 4 or _plain(german) == plain:
            continue
        found.add(plain)
    return found - german_words


def texts_of(root: QWidget) -> Iterator[str]:
    for widget in [root, *root.findChildren(QWidget)]:
        yield widget.windowTitle()
        yield widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
            yield from _PARTS.split(widget.text())  # "Claim changed · analyst · …"
        if isinstance(widget, QGroupBox):
            yield widget.title()
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield widget.placeholderText()
        if isinstance(widget, QTextEdit) and widget.isReadOnly():
            # Detail panes: labels and values line by line, and the parts of a line.
            for line in widget.toPlainText().splitlines():
                yield line
                yield from _PARTS.split(line)
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield widget.itemText(i)
                yield _SUFFIX.sub("", widget.itemText(i))  # "PDF report (.pdf)"
        if isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QMenu):
            yield widget.title()
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for row in range(min(model.rowCount(QModelIndex()), SHOWN_ROWS)):
                    cell = str(model.data(model.index(row, column)) or "")
                    yield cell
                    yield from _PARTS.split(cell)
                    yield from (part.split(":")[0] for part in cell.split(";"))  # field labels
    for action in root.findChildren(QAction):
        yield action.text()
        yield action.toolTip()


def english_in(root: QWidget, english: set[str]) -> list[str]:
    return sorted({plain for text in texts_of(root) if (plain := _plain(text)) in english})


@pytest.fixture
def german():
    app = QApplication.instance()
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    installed = install_translations(app, "de_DE")
    assert len(installed) == 2, "Qt's or Claimdesk's German catalogue (.qm) is missing"
    yield
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(before)


def _sections(qtbot, window: MainWindow) -> Iterator[str]:  # noqa: F811
    for section in Section:
        window.view.show_section(section)
        page = window.view.pages[section]
        qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0, timeout=10_000)
        first = page.model.conflict_at if section is Section.CONFLICTS else page.model.id_at
        qtbot.waitUntil(lambda first=first: first(0) is not None, timeout=10_000)
        if section is Section.CONFLICTS:
            page.select_id(first(0).claims[0])
        else:
            page.select_id(first(0))  # its details show beside the table
        if section.holds_claims or section is Section.CONFLICTS:
            qtbot.waitUntil(lambda: bool(_details(window)), timeout=10_000)
        else:
            qtbot.wait(300)
        yield section.name


def _details(window: MainWindow) -> list[RecordView]:  # noqa: F811
    """The detail panes showing a record (not "Nothing selected.")."""
    return [
        shown
        for shown in window.findChildren(RecordView)
        if shown.isVisible() and shown.record is not None
    ]


def _dialogs(window: MainWindow) -> list[tuple[str, Callable[[], QWidget]]]:  # noqa: F811
    workspace = window.workspace
    claim = workspace.project.claims.get(1)
    article_id = claim.citations[0].article.id if claim.citations else 1
    article = workspace.project.articles.get(article_id)
    source = workspace.project.sources.get(claim.claimant.id)
    return [
        ("new claim", lambda: ClaimDialog(window, workspace)),
        ("edit claim", lambda: ClaimDialog(window, workspace, claim)),
        ("status", lambda: StatusDialog(window, workspace, [claim])),
        ("new source", lambda: SourceDialog(window)),
        ("edit source", lambda: SourceDialog(window, source)),
        ("edit article", lambda: ArticleDialog(window, workspace, article)),
        ("capture", lambda: ArticleImportDialog(window, workspace)),
        ("export", lambda: ExportDialog(window, workspace)),
        ("filter", lambda: ClaimFilterDialog(window, workspace, ClaimFilter())),
        ("cite article", lambda: LinkArticleDialog(window, workspace, claim.id)),
        ("pick claim", lambda: ClaimPickerDialog(window, workspace, article_id, 0, 10, "excerpt")),
        ("csv import", lambda: CsvImportDialog(window)),
        ("server", lambda: ServerDialog(window)),
        ("preferences", lambda: PreferencesDialog(window, window.settings)),
        ("about", lambda: AboutDialog(window, workspace)),
    ]


def _history_tab(qtbot, window: MainWindow) -> None:  # noqa: F811
    """The claim pane's History tab, showing the selected claim's events."""
    panel = window.view.history
    window.view.claim_panel.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: bool(panel.cards_shown()) and not panel.loading, timeout=10_000)


def _history_window(qtbot, window: MainWindow) -> QWidget:  # noqa: F811
    shown = window.show_history()
    assert shown is not None
    qtbot.waitUntil(lambda: shown.model.cached_row(0) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: shown.user.count() > 1, timeout=10_000)
    return shown


def findings(qtbot, window: MainWindow) -> dict[str, list[str]]:  # noqa: F811
    english = english_words()
    found: dict[str, list[str]] = {}
    open_demo(qtbot, window)
    window.welcome.hide()
    for name in _sections(qtbot, window):
        if hits := english_in(window, english):
            found[f"window, {name}"] = hits
    window.view.show_section(Section.CLAIMS)
    window.view.pages[Section.CLAIMS].select_id(5)  # reviewed: a rationale and a status
    _history_tab(qtbot, window)
    if hits := english_in(window, english):
        found["history tab"] = hits
    history = _history_window(qtbot, window)
    if hits := english_in(history, english):
        found["history window"] = hits
    history.close()
    qtbot.waitUntil(lambda: window.trail_banner.report is not None, timeout=15_000)
    window.trail_banner.label.setText(trail_texts.banner_text(_broken_report()))
    window.trail_banner.report = _broken_report()
    window.trail_banner.show()
    if hits := english_in(window.trail_banner, english):
        found["trail banner"] = hits
    details = TrailReportDialog(window, _broken_report())
    details.show()
    qtbot.wait(30)
    if hits := english_in(details, english) + _english_lines(details, english):
        found["trail check details"] = hits
    details.reject()
    details.deleteLater()
    for name, make in _dialogs(window):
        dialog = make()
        dialog.show()
        qtbot.wait(30)
        if hits := english_in(dialog, english):
            found[name] = hits
        dialog.reject()
        dialog.deleteLater()
    return found


def _broken_report() -> ChainReport:
    """What a check finds in a project changed behind Claimdesk's back (for the banner and
    its details, which show only then)."""
    return ChainReport(
        events=80,
        chained=80,
        head_seq=80,
        head_hash="0" * 64,
        broken=None,
        differences=(RowDifference("claims", 2, "changed", "statement", "A", "B"),),
        difference_count=1,
    )


def _english_lines(dialog: TrailReportDialog, english: set[str]) -> list[str]:
    """The details' findings are a read-only plain text: each line, and its parts."""
    lines = dialog.lines.toPlainText().splitlines()
    parts = [part for line in lines for part in [line, *_PARTS.split(line), *line.split(":")]]
    return sorted({plain for text in parts if (plain := _plain(text)) in english})


def test_in_german_no_english_string_is_visible_anywhere(qtbot, german, window):  # noqa: F811
    assert findings(qtbot, window) == {}


def test_the_reader_finds_english_in_the_english_window(qtbot, window):  # noqa: F811
    found = findings(qtbot, window)
    assert {"window, CLAIMS", "new claim", "status", "export", "capture"} <= set(found)
    assert {"history tab", "history window", "trail banner", "trail check details"} <= set(found)
    assert {"Previous status", "In progress"} <= set(found["history tab"])
    assert {"Project history", "Any kind", "When", "Changes"} <= set(found["history window"])
    assert "Set status" in found["status"]
    assert {"Claimant", "Review history"} <= set(found["window, CLAIMS"])  # the detail pane
