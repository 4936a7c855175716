"""Preferences: what stays the same across projects, such as the language, who publishes the
reviews, the name reports give as their maker and whether capture may fetch from the local
network."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from ...core.errors import FieldProblem, ValidationError
from ..forms import FormDialog
from ..settings import Settings


class PreferencesDialog(FormDialog):
    def __init__(self, parent: QWidget | None, settings: Settings):
        super().__init__(parent, self.tr("Preferences"))
        self._settings = settings
        self.language_changed = False
        self.language = QComboBox()
        system = (  # "Deutsch", as the language names itself ("C" has no such name)
            QLocale.system().nativeLanguageName()
            or QLocale.languageToString(QLocale.system().language())
        )
        self.language.addItem(self.tr("System default (%1)").replace("%1", system), "")
        # Each language in its own name: whoever cannot read the current one finds theirs.
        self.language.addItem("English", "en")
        self.language.addItem("Deutsch", "de")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self.add_row(
            self.tr("&Language:"),
            self.language,
            None,
            self.tr("Menus, dialogs and messages; takes effect when Claimdesk starts again."),
        )
        name, url = settings.organisation()
        self.organisation = QLineEdit(name)
        self.organisation.setPlaceholderText(self.tr("e.g. Verification desk, Example Daily"))
        self.add_row(
            self.tr("&Organisation:"),
            self.organisation,
            "organisation",
            self.tr("Named as the author of your reviews in ClaimReview exports."),
        )
        self.organisation_url = QLineEdit(url)
        self.organisation_url.setPlaceholderText("https://")
        self.add_row(self.tr("Organisation &web address:"), self.organisation_url, "url")
        self.name_in_reports = QLineEdit(settings.name_in_report())
        self.name_in_reports.setPlaceholderText(self.tr("Nobody"))
        self.add_row(
            self.tr("&Name in reports:"),
            self.name_in_reports,
            None,
            self.tr(
                "Who a report's header says made it. Empty: the header names nobody and never "
                "where the project is stored. Each verdict in a report still names who gave "
                "it, as the project records it."
            ),
        )
        self.allow_private = QCheckBox(self.tr("Capture from &private network addresses"))
        self.allow_private.setChecked(settings.allow_private_addresses())
        self.add_row(
            self.tr("Capture:"),
            self.allow_private,
            None,
            self.tr(
                "Off: addresses on this computer, the local network and link-local services "
                "(such as 169.254.169.254) are refused, so that a link cannot reach them. Turn "
                "on to capture from an intranet."
            ),
        )

    def collect(self) -> tuple[str, str]:
        url = self.organisation_url.text().strip()
        if url and (urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc):
            raise ValidationError([FieldProblem("url", "web_address_scheme")])
        name = self.organisation.text().strip()
        self._settings.set_organisation(name, url)
        self._settings.set_name_in_report(self.name_in_reports.text())
        self._settings.set_allow_private_addresses(self.allow_private.isChecked())
        language = str(self.language.currentData())
        self.language_changed = language != self._settings.language()
        self._settings.set_language(language)
        return name, url
