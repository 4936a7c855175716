"""UI state kept between sessions (QSettings): window layout, table columns, recent projects,
the last export choice, the organisation named as author of published reviews, the name
reports give as their maker and whether capture may fetch from private addresses.

Project data never goes here, and neither does a password: recent server projects are kept
as URLs without one.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from sqlalchemy.engine import make_url

MAX_RECENT = 10


def without_password(target: str) -> str:
    """A database target as it may be stored: file paths as they are, URLs without password."""
    if "://" not in target:
        return target
    try:
        return make_url(target).render_as_string(hide_password=True).replace(":***@", "@")
    except Exception:  # a target we cannot parse is not worth remembering
        return ""


class Settings:
    def __init__(self, settings: QSettings | None = None):
        self._settings = settings or QSettings("Claimdesk", "Claimdesk")

    def recent_projects(self) -> list[str]:
        value = self._settings.value("projects/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(item) for item in (value or []) if item]

    def add_recent(self, target: str) -> None:
        stored = without_password(target)
        if not stored:
            return
        recent = [item for item in self.recent_projects() if item != stored]
        self._settings.setValue("projects/recent", [stored, *recent][:MAX_RECENT])

    def remove_recent(self, target: str) -> None:
        recent = [item for item in self.recent_projects() if item != target]
        self._settings.setValue("projects/recent", recent)

    def header_state(self, table: str) -> QByteArray | None:
        value = self._settings.value(f"tables/{table}/header")
        return value if isinstance(value, QByteArray) else None

    def set_header_state(self, table: str, state: QByteArray) -> None:
        self._settings.setValue(f"tables/{table}/header", state)

    def search_article_text(self) -> bool:
        """Whether the claim search also looks in the text of the articles cited."""
        return self._settings.value("search/article_text", False, type=bool)

    def set_search_article_text(self, on: bool) -> None:
        self._settings.setValue("search/article_text", on)

    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def splitter_state(self) -> QByteArray | None:
        value = self._settings.value("window/splitter")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)
        self._settings.setValue("window/splitter", splitter)

    def language(self) -> str:
        """The language chosen in Preferences ("en", "de"), or "" for the system's."""
        return str(self._settings.value("ui/language", "") or "")

    def set_language(self, code: str) -> None:
        self._settings.setValue("ui/language", code)

    def organisation(self) -> tuple[str, str]:
        """Who publishes the analyst's reviews (ClaimReview author): name and web address."""
        name = str(self._settings.value("reports/organisation", "") or "")
        url = str(self._settings.value("reports/organisation_url", "") or "")
        return name, url

    def set_organisation(self, name: str, url: str) -> None:
        self._settings.setValue("reports/organisation", name.strip())
        self._settings.setValue("reports/organisation_url", url.strip())

    def name_in_report(self) -> str:
        """Who reports say made them (Preferences → Name in reports); empty: nobody. Reports
        never name the login or the project's path on their own."""
        return str(self._settings.value("reports/name_in_report", "") or "")

    def set_name_in_report(self, name: str) -> None:
        self._settings.setValue("reports/name_in_report", name.strip())

    def export_choice(self) -> tuple[str, str]:
        """The format and folder of the last export, offered again."""
        chosen = str(self._settings.value("reports/format", "pdf") or "pdf")
        folder = str(self._settings.value("reports/folder", "") or "")
        return chosen, folder

    def set_export_choice(self, chosen: str, folder: str) -> None:
        self._settings.setValue("reports/format", chosen)
        self._settings.setValue("reports/folder", folder)

    def allow_private_addresses(self) -> bool:
        """Whether capture may fetch from private, loopback and link-local addresses
        (an intranet); off unless the analyst turns it on in Preferences."""
        return self._settings.value("capture/allow_private_addresses", False, type=bool)

    def set_allow_private_addresses(self, on: bool) -> None:
        self._settings.setValue("capture/allow_private_addresses", on)

    def claim_tab(self) -> str:
        """The tab of the claim pane last shown ("details", "similar" …; '' at first)."""
        return str(self._settings.value("ui/claim_tab", "") or "")

    def set_claim_tab(self, name: str) -> None:
        self._settings.setValue("ui/claim_tab", name)

    def sync(self) -> None:
        self._settings.sync()
