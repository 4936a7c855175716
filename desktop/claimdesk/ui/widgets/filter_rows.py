"""The filter fields of a ClaimFilter as form rows, shared by the export and filter dialogs."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from ...core.dates import DatePrecision, PartialDate
from ...core.enums import Credibility, Reliability, Status
from ...core.errors import BadValue, FieldProblem
from ...core.filters import ClaimFilter
from .. import formatting as fmt
from ..forms import FormDialog
from ..translation import translate
from ..workspace import Workspace
from .partial_date_edit import PartialDateEdit
from .source_picker import SourcePicker
from .tag_edit import TagEdit


class ClaimFilterRows:
    """Adds the rows to a form dialog; ``read`` turns them into a ClaimFilter."""

    def __init__(self, dialog: FormDialog, workspace: Workspace, *, more: bool = False):
        add = dialog.add_row
        self._more = more
        self.statuses = _checks([(s, fmt.status_label(s)) for s in Status], columns=4)
        add(translate("ClaimFilterRows", "&Status:"), self.statuses[0], "statuses")
        self.credibilities = _checks(
            [(c, f"{c.value} {fmt.credibility_meaning(c)}") for c in Credibility], columns=3
        )
        add(translate("ClaimFilterRows", "C&redibility:"), self.credibilities[0], "credibilities")
        self.reliabilities = _checks([(r, r.value) for r in Reliability], columns=6)
        add(
            translate("ClaimFilterRows", "Source re&liability:"),
            self.reliabilities[0],
            "reliabilities",
        )
        self.claimant = SourcePicker(workspace)
        add(translate("ClaimFilterRows", "Clai&mant:"), self.claimant, "claimant")
        self.tags = TagEdit(workspace)
        add(translate("ClaimFilterRows", "T&ags (any of):"), self.tags, "tags")
        self.claimed_from, self.claimed_to = PartialDateEdit(), PartialDateEdit()
        add(translate("ClaimFilterRows", "Claimed &from:"), self.claimed_from, "claimed_from")
        add(translate("ClaimFilterRows", "Claimed &until:"), self.claimed_to, "claimed_to")
        self.as_of_from, self.as_of_to = PartialDateEdit(), PartialDateEdit()
        add(translate("ClaimFilterRows", "As of f&rom:"), self.as_of_from, "as_of_from")
        add(translate("ClaimFilterRows", "As of u&ntil:"), self.as_of_to, "as_of_to")
        self.publisher = SourcePicker(workspace)
        self.quantity = QComboBox()
        self.unit = QLineEdit()
        self.orphaned = QCheckBox(
            translate("ClaimFilterRows", "Only claims with an excerpt no longer in its article")
        )
        self.conflicted = QCheckBox(translate("ClaimFilterRows", "Conflicting figures only"))
        self.conflicted.setToolTip(
            translate(
                "ClaimFilterRows",
                "Only claims whose figure another claim contradicts, not yet resolved",
            )
        )
        if more:
            add(translate("ClaimFilterRows", "&Publisher:"), self.publisher, "publisher")
            for text, value in (
                (translate("ClaimFilterRows", "With or without"), None),
                (translate("ClaimFilterRows", "With a quantity"), True),
                (translate("ClaimFilterRows", "Without a quantity"), False),
            ):
                self.quantity.addItem(text, value)
            add(translate("ClaimFilterRows", "&Quantity:"), self.quantity)
            self.unit.setPlaceholderText(translate("ClaimFilterRows", "e.g. soldiers"))
            add(translate("ClaimFilterRows", "Uni&t:"), self.unit, "units")
            add(translate("ClaimFilterRows", "Excerpts:"), self.orphaned)
            add(translate("ClaimFilterRows", "Figures:"), self.conflicted)

    def read(self, problems: list[FieldProblem], base: ClaimFilter | None = None) -> ClaimFilter:
        """The filter the rows describe (fields the rows do not show are kept from ``base``);
        bad entries are added to ``problems``."""
        dates: dict[str, PartialDate | None] = {}
        for field, edit in (
            ("claimed_from", self.claimed_from),
            ("claimed_to", self.claimed_to),
            ("as_of_from", self.as_of_from),
            ("as_of_to", self.as_of_to),
        ):
            try:
                dates[field] = edit.value()
            except BadValue as error:
                problems.append(FieldProblem(field, error.code, error.params))
        for start, end in (("claimed_from", "claimed_to"), ("as_of_from", "as_of_to")):
            first, last = dates.get(start), dates.get(end)
            if first is not None and last is not None and first.value > last.last_day():
                problems.append(FieldProblem(end, "end_before_start"))
        ids = {}
        for field, picker in (("claimant", self.claimant), ("publisher", self.publisher)):
            ids[field] = picker.source_id()
            if ids[field] is None and picker.unresolved_name():
                problems.append(
                    FieldProblem(field, "no_source_called", {"name": picker.unresolved_name()})
                )

        def first_day(value: PartialDate | None) -> date | None:
            return value.value if value is not None else None

        def last_day(value: PartialDate | None) -> date | None:
            return value.last_day() if value is not None else None

        unit = self.unit.text().strip()
        return dataclasses.replace(
            base or ClaimFilter(),
            statuses=_checked(self.statuses[1]),
            credibilities=_checked(self.credibilities[1]),
            claimant_ids=frozenset({ids["claimant"]}) if ids["claimant"] else frozenset(),
            reliabilities=_checked(self.reliabilities[1]),
            tags=frozenset(self.tags.tags()),
            claimed_from=first_day(dates.get("claimed_from")),
            claimed_to=last_day(dates.get("claimed_to")),
            as_of_from=first_day(dates.get("as_of_from")),
            as_of_to=last_day(dates.get("as_of_to")),
            publisher_ids=frozenset({ids["publisher"]}) if ids["publisher"] else frozenset(),
            has_quantity=self.quantity.currentData(),
            units=frozenset({unit}) if unit else frozenset(),
            orphaned=self.orphaned.isChecked(),
            conflicted=self._conflicted(base),
        )

    def _conflicted(self, base: ClaimFilter | None) -> bool | None:
        if not self._more:  # not shown: as it was
            return base.conflicted if base is not None else None
        return True if self.conflicted.isChecked() else None

    def show(self, wanted: ClaimFilter) -> None:
        for boxes, chosen in (
            (self.statuses[1], wanted.statuses),
            (self.credibilities[1], wanted.credibilities),
            (self.reliabilities[1], wanted.reliabilities),
        ):
            for value, box in boxes.items():
                box.setChecked(value in chosen)
        self.claimant.set_source_id(min(wanted.claimant_ids) if wanted.claimant_ids else None)
        self.publisher.set_source_id(min(wanted.publisher_ids) if wanted.publisher_ids else None)
        self.tags.set_tags(sorted(wanted.tags, key=str.casefold))
        for edit, value in (
            (self.claimed_from, wanted.claimed_from),
            (self.claimed_to, wanted.claimed_to),
            (self.as_of_from, wanted.as_of_from),
            (self.as_of_to, wanted.as_of_to),
        ):
            edit.set_value(PartialDate(value, DatePrecision.DAY) if value else None)
        self.quantity.setCurrentIndex(max(self.quantity.findData(wanted.has_quantity), 0))
        self.unit.setText(", ".join(sorted(wanted.units)))
        self.orphaned.setChecked(wanted.orphaned)
        self.conflicted.setChecked(wanted.conflicted is True)


def _checks(items: list[tuple[object, str]], columns: int):  # type: ignore[no-untyped-def]
    holder = QWidget()
    grid = QGridLayout(holder)
    grid.setContentsMargins(0, 0, 0, 0)
    boxes: dict[object, QCheckBox] = {}
    for index, (value, label) in enumerate(items):
        box = QCheckBox(label)
        grid.addWidget(box, index // columns, index % columns)
        boxes[value] = box
    return holder, boxes


def _checked(boxes: dict) -> frozenset:  # type: ignore[type-arg]
    return frozenset(value for value, box in boxes.items() if box.isChecked())
