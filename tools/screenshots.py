"""Screenshots for the README, taken from the real application on the demo project.

Run through `make screenshots`, which starts it under Xvfb. Writes docs/screenshots/*.png.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# SCREENSHOTS_LOCALE=de_DE SCREENSHOTS_OUT=/tmp/de takes the same pictures in German.
OUT = Path(os.environ.get("SCREENSHOTS_OUT") or REPO / "docs" / "screenshots")
LOCALE = os.environ.get("SCREENSHOTS_LOCALE", "en_GB")


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="claimdesk-shots-"))
    # A clean profile: no recent projects, no remembered column widths from the developer.
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ.setdefault("CLAIMDESK_USER", "analyst")
    from PySide6.QtCore import QLocale, QPoint, QRect, QTimer
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication, QMessageBox

    from claimdesk.core.demo import create_demo
    from claimdesk.core.enums import Grouping, Status
    from claimdesk.core.filters import ClaimFilter
    from claimdesk.core.inputs import ClaimInput
    from claimdesk.core.project import Project
    from claimdesk.core.resources import resource
    from claimdesk.core.services.claim_list import UNJUDGED, ClaimQuery, ClaimSort
    from claimdesk.ui.app import application
    from claimdesk.ui.commands import CLAIM, EditCommand, SetStatusCommand
    from claimdesk.ui.dialogs.article_import_dialog import ArticleImportDialog
    from claimdesk.ui.dialogs.claim_dialog import ClaimDialog
    from claimdesk.ui.dialogs.export_dialog import ExportDialog
    from claimdesk.ui.dialogs.status_dialog import StatusDialog
    from claimdesk.ui.main_window import MainWindow
    from claimdesk.ui.project_view import Section
    from claimdesk.ui.timeline_panel import TimelineWindow

    QLocale.setDefault(QLocale(LOCALE))
    app = application()
    OUT.mkdir(parents=True, exist_ok=True)

    def pump(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.01)

    def wait(condition, seconds: float = 30) -> None:  # type: ignore[no-untyped-def]
        end = time.perf_counter() + seconds
        while not condition():
            if time.perf_counter() > end:
                raise TimeoutError("the application did not get there in time")
            pump(0.05)

    def on_modal(kind, act) -> None:  # type: ignore[no-untyped-def]
        """Run ``act`` on the next modal dialog of this kind (exec() blocks the caller)."""

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, kind):
                act(widget)
            else:
                QTimer.singleShot(50, poll)

        QTimer.singleShot(50, poll)

    window = MainWindow()
    window.resize(1440, 860)
    window.show()
    pump(0.5)
    window.grab().save(str(OUT / "welcome.png"))

    window.open_demo()
    wait(lambda: window.workspace is not None)
    view = window.view
    assert view is not None and window.workspace is not None
    page = view.pages[Section.CLAIMS]
    wait(lambda: page.model.rowCount() == 17 and page.model.row_of(5) is not None)
    page.select_id(5)
    wait(lambda: view.claim_detail.record is not None)
    pump(0.5)
    window.grab().save(str(OUT / "main_window.png"))

    # The claim pane's Similar tab for the Kursk claim.
    panel = view.claim_panel
    panel.setCurrentWidget(panel.similar)
    wait(lambda: panel.similar.current_id == 5 and not panel.similar.loading)
    pump(0.5)
    window.grab().save(str(OUT / "similar.png"))
    panel.setCurrentWidget(panel.details)

    # Search with a saved view beside it.
    query = ClaimQuery(ClaimFilter(search="Budanov Koksan"), ClaimSort.RELEVANCE)
    window.workspace.project.saved_views.create("Budanov on Koksan guns", query)
    window.workspace.project.saved_views.create(
        "Open North Korea claims",
        ClaimQuery(ClaimFilter(search='"North Korea*"', statuses=UNJUDGED), ClaimSort.RELEVANCE),
    )
    view.saved_views.reload()
    wait(lambda: view.saved_views.count() == 2)
    page.article_text.setChecked(True)  # "Pjöngjang" is in the article's text, not a claim's
    page.search.setText("Pjöngjang Soldaten OR soldiers")
    wait(lambda: page.model.query.filter.search.startswith("Pjöngjang") and not page.model.loading)
    wait(lambda: page.model.cached_row(0) is not None)
    page.select_id(page.model.id_at(0) or 5)
    pump(0.5)
    window.grab().save(str(OUT / "search.png"))
    page.search.clear()
    page.article_text.setChecked(False)
    wait(lambda: page.model.query.filter.search == "" and not page.model.loading)

    view.show_section(Section.ARTICLES)
    articles = view.pages[Section.ARTICLES]
    wait(lambda: articles.model.row_of(1) is not None)
    articles.select_id(1)
    reader = view.article_detail
    wait(lambda: reader.record is not None and reader.suggestion_list.count() > 0)
    excerpt = "Außerdem hätten beide Länder vereinbart"
    start = reader.record.text.index(excerpt)
    reader.select(start, start + len(excerpt))
    pump(0.5)
    window.grab().save(str(OUT / "reading_view.png"))
    view.show_section(Section.CLAIMS)

    # A new claim typed in German that the project already holds in English.
    typed = ClaimDialog(window, window.workspace)
    typed.show()
    typed.statement.setPlainText("Etwa 11.000 nordkoreanische Soldaten sind in Kursk")
    typed.claimant.edit.setText("Kyrylo Budanov")
    wait(lambda: typed.similar.answers(typed.similar_query()) and bool(typed.similar.hits))
    pump(0.5)

    def duplicate_shot(box: QMessageBox) -> None:
        pump(0.5)
        form = typed.grab()
        on_top = box.grab()
        painter = QPainter(form)
        corner = typed.mapFromGlobal(box.mapToGlobal(QPoint(0, 0)))
        if not form.rect().contains(corner):  # no window manager: centre it on the form
            corner = QPoint((form.width() - on_top.width()) // 2, form.height() // 3)
        painter.drawPixmap(corner, on_top)
        painter.setPen(QColor("#888"))  # the frame a window manager would draw
        painter.drawRect(QRect(corner, on_top.size()).adjusted(-1, -1, 0, 0))
        painter.end()
        form.save(str(OUT / "claim-form-similar.png"))
        box.reject()

    on_modal(QMessageBox, duplicate_shot)
    typed.accept()
    typed.reject()

    record = window.workspace.project.claims.get(5)
    dialog = ClaimDialog(window, window.workspace, record)
    dialog.show()
    pump(0.5)
    dialog.grab().save(str(OUT / "claim_form.png"))
    dialog.close()

    status = StatusDialog(window, window.workspace, [record])
    status.show()
    pump(0.3)
    status.grab().save(str(OUT / "verification.png"))
    status.close()

    export = ExportDialog(window, window.workspace, chosen_format="pdf", folder=str(Path.home()))
    export.statuses[1][Status.IN_PROGRESS].setChecked(True)
    export.grouping.setCurrentIndex(export.grouping.findData(Grouping.TAG))
    export.claimed_from.edit.setText("2025-06")
    export.show()
    pump(0.3)
    export.grab().save(str(OUT / "export_dialog.png"))
    export.close()

    # The claims table on a laptop screen: the statement is elided, the status stays in view.
    window.resize(1366, 768)
    page.select_id(5)
    pump(0.8)
    window.grab().save(str(OUT / "table_1366x768.png"))
    window.resize(1440, 860)

    # A new project: a plain-text article captured, a claim drafted from a selection.
    article = json.loads(resource("demo", "demo_project.json").read_text("utf-8"))["articles"]
    report = article["report"]
    furniture = ["Such IconE-Mail IconMenü Icon", "Politik", "Ausland", "Lesedauer: 2 Min."]
    lines = [*furniture, report["title"], "Von t-online", "10.06.2025", *report["text"][1:]]
    lines += ["Teilen", "Artikel teilen", "Loading...", "Loading..."]
    text_file = home / "bericht.txt"
    text_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    workspace_before = window.workspace
    window.open_target(str(home / "desk.sqlite3"))
    wait(lambda: window.workspace is not None and window.workspace is not workspace_before)
    view = window.view
    assert view is not None and window.workspace is not None

    def capture_shot(dialog: ArticleImportDialog) -> None:
        wait(lambda: dialog.capture is not None and not dialog.is_busy())
        dialog.dropped_toggle.setChecked(True)
        pump(0.5)
        dialog.grab().save(str(OUT / "capture_text.png"))
        dialog.accept()

    on_modal(ArticleImportDialog, capture_shot)
    window.data_actions.import_article(str(text_file))
    reader = view.article_detail
    wait(lambda: reader.record is not None)
    excerpt = "Region Kursk stehen nach seinen Angaben etwa 11.000 nordkoreanische Soldaten"
    start = reader.record.text.index(excerpt)
    reader.select(start, start + len(excerpt))

    def drafted_shot(dialog: ClaimDialog) -> None:
        pump(0.8)
        dialog.grab().save(str(OUT / "claim_from_selection.png"))
        dialog.reject()

    on_modal(ClaimDialog, drafted_shot)
    reader.new_claim_button.click()
    pump(0.3)

    # Conflicting figures and the timeline of a number: the demo's figures about North
    # Korean soldiers in Kursk (our own words; who said which figure, when).
    figures = home / "figures.sqlite3"
    with Project.open(figures, actor="analyst") as project:
        create_demo(project)
    workspace_before = window.workspace
    window.open_target(str(figures))
    wait(lambda: window.workspace is not None and window.workspace is not workspace_before)
    view = window.view
    assert view is not None
    view.show_section(Section.CONFLICTS)
    conflicts = view.pages[Section.CONFLICTS]
    wait(lambda: conflicts.table.rowCount() >= 1)
    wait(lambda: view.claim_detail.record is not None)
    pump(0.8)
    window.grab().save(str(OUT / "conflicts.png"))
    view.show_section(Section.CLAIMS)
    claims = view.pages[Section.CLAIMS]
    zelensky = 9  # "About 11,000 North Korean soldiers are now with Russian forces in Kursk"
    wait(lambda: claims.model.row_of(zelensky) is not None)
    claims.select_id(zelensky)
    view.claim_panel.setCurrentWidget(view.timeline)
    wait(lambda: view.timeline.series is not None and view.claim_detail.current_id == zelensky)
    pump(0.8)
    window.grab().save(str(OUT / "timeline.png"))
    view.show_filter_timeline()
    [timeline] = [w for w in app.topLevelWidgets() if isinstance(w, TimelineWindow)]
    wait(lambda: timeline.series is not None)
    pump(0.8)
    timeline.grab().save(str(OUT / "timeline_filter.png"))
    timeline.close()

    # The claim's History tab after an edit and a verdict, then View → History… (issue 19),
    # last: the edit stays.
    project = window.workspace.project
    record = project.claims.get(5)
    changed = dataclasses.replace(
        ClaimInput.of(record),
        statement="About 12,000 North Korean soldiers are in Russia's Kursk region.",
    )
    window.workspace.push(
        EditCommand(window.workspace, CLAIM, 5, ClaimInput.of(record), changed, record.version)
    )
    window.workspace.push(
        SetStatusCommand(
            window.workspace,
            [5],
            Status.MISLEADING,
            "South Korean and US estimates agree on about 11,000 in total, not 12,000 in Kursk "
            "alone; the figure mixes the whole deployment with the troops at the front.",
        )
    )
    panel = view.claim_panel
    panel.setCurrentWidget(view.history)
    pump(0.5)  # the table and the pane take in the changes
    claims.select_id(5)
    wait(lambda: panel.current_id == 5)
    wait(lambda: view.history.current_id == 5 and len(view.history.records) >= 9)
    pump(0.8)
    window.grab().save(str(OUT / "claim_history.png"))
    panel.setCurrentWidget(panel.details)
    history = window.show_history()
    assert history is not None
    wait(lambda: history.model.cached_row(0) is not None and history.user.count() > 1)
    history.page.view.selectRow(1)  # the verdict and its rationale
    pump(0.8)
    history.grab().save(str(OUT / "history.png"))
    history.close()

    # Four eyes (issue 19): Mira entered two claims, Jonas judged them; the analyst, who did
    # neither, confirms. The analyst's own verdict waits for someone else (greyed out).
    from claimdesk.core.records import Changes
    from claimdesk.ui.dialogs.confirm_dialog import ConfirmDialog

    mira = Project(project.database, actor="mira.k")
    jonas = Project(project.database, actor="jonas.w")
    mira.project.set_four_eyes(True)
    troops = mira.claims.create(
        ClaimInput("North Korea has about 11,000 soldiers in Russia's Kursk region.")
    ).id
    guns = mira.claims.create(
        ClaimInput("Russia has received about 120 M1989 Koksan guns from North Korea.")
    ).id
    jonas.reviews.set_status(
        [troops],
        Status.VERIFIED,
        "South Korean and US intelligence give the same order of magnitude.",
    )
    jonas.reviews.set_status(
        [guns], Status.UNPROVEN, "One interview; no imagery shows that many guns yet."
    )
    project.reviews.set_status([7], Status.FALSE, "The cited footage is from 2023.")
    window.workspace.bus.publish(Changes(everything=True))
    window.data_actions.awaiting_action.trigger()
    queue = window.findChild(ConfirmDialog, "confirm_dialog")
    assert queue is not None
    wait(lambda: queue.table.rowCount() == 3)
    queue.table.selectRow(1)
    pump(0.8)
    queue.grab().save(str(OUT / "four_eyes_queue.png"))
    queue.close()

    QTimer.singleShot(0, window.close)
    pump(0.5)
    for path in sorted(OUT.glob("*.png")):
        print(path)
    QApplication.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
