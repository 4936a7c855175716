"""Capturing plain text in the import dialog: a .txt file from Browse or a drop, pasted text,
dropped text, and the folded list of lines left out as page furniture."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from claimdesk.ui.dialogs.article_import_dialog import ArticleImportDialog

from ..core.test_plain_text import ENGLISH, GERMAN

GERMAN_TITLE = "Brücke über den Mühlbach kostet fast eine Million Euro"
ENGLISH_TITLE = "Ferry service to the islands resumes after the storm"


def drop_on(widget, data: QMimeData) -> None:
    widget.dropEvent(
        QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )


def opened_dialog(qtbot, workspace) -> ArticleImportDialog:
    dialog = ArticleImportDialog(None, workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_browse_offers_text_files(qtbot, workspace):
    dialog = opened_dialog(qtbot, workspace)
    kinds = dialog.file_filter().split(";;")
    assert "*.txt" in kinds[0] and "*.html" in kinds[0]
    assert any(kind.endswith("(*.txt)") for kind in kinds)


def test_a_dropped_text_file_is_captured_and_its_furniture_listed(qtbot, workspace, tmp_path):
    path = tmp_path / "bruecke.txt"
    path.write_text(GERMAN, encoding="utf-8")
    dialog = opened_dialog(qtbot, workspace)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    drop_on(dialog, data)
    qtbot.waitUntil(lambda: dialog.capture is not None and not dialog.is_busy(), timeout=15_000)
    assert dialog.source.text() == str(path)
    assert dialog.title.text() == GERMAN_TITLE
    assert dialog.publisher.text() == "Musterstädter Bote"
    assert dialog.published.text() == "2025-03-14"
    assert dialog.authors.text() == "Lena Vogel, Jonas Weber"
    assert dialog.language.currentText() == "de"
    dropped = dialog.capture.extracted.dropped
    assert dialog.dropped_box.isVisible() and not dialog.dropped_lines.isVisible()
    assert dialog.dropped_toggle.text().endswith(f"{len(dropped)} lines")
    assert dialog.dropped_lines.toPlainText().splitlines() == list(dropped)
    dialog.dropped_toggle.click()
    assert dialog.dropped_lines.isVisible()
    assert "Wird geladen..." not in dialog.text.toPlainText()
    request = dialog.collect()
    assert request.data.original == path.read_bytes() and request.data.content_type == "text/plain"


def test_pasted_and_dropped_text(qtbot, workspace):
    dialog = opened_dialog(qtbot, workspace)
    QApplication.clipboard().setText(ENGLISH)
    dialog.paste()
    assert dialog.title.text() == ENGLISH_TITLE
    assert dialog.published.text() == "2025-06-10" and dialog.authors.text() == "Jane Doe"
    assert "Share on Facebook" not in dialog.text.toPlainText()
    assert dialog.dropped_box.isVisible()
    data = QMimeData()
    data.setText("Kurze Notiz\n\nEtwa 11.000 Soldaten sollen in der Region Kursk sein.")
    drop_on(dialog, data)
    assert dialog.title.text() == "Kurze Notiz"
    assert not dialog.dropped_box.isVisible()
    assert not dialog.error_text("source")


def test_text_that_is_all_furniture_says_why(qtbot, workspace):
    dialog = opened_dialog(qtbot, workspace)
    data = QMimeData()
    data.setText("Loading...\nLoading...\nLoading...")
    drop_on(dialog, data)
    assert dialog.capture is None
    assert "no readable main text" in dialog.error_text("source")
