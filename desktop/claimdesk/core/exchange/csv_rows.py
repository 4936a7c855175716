"""One CSV row read into a claim: the cells by field, read leniently, checked as the services
will check them, and every problem named by the file's own column header."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TypeVar

from ..dates import PartialDate
from ..enums import Credibility, Qualifier, Reliability, SourceKind, Status
from ..errors import ExchangeError, FieldProblem, ValidationError
from ..inputs import ClaimInput
from ..quantities import Quantity, parse_quantity
from ..records import CLAIM_TEXT_FIELDS
from ..services import validation as check
from ..services.claims import MAX_TAGS
from .csv_columns import (
    IMPORT_FIELDS,
    header_key,
    read_credibility,
    read_date,
    read_kind,
    read_number,
    read_qualifier,
    read_reliability,
    read_tags,
    unguard_cell,
)
from .ratings import status_of_column

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class CsvClaim:
    """One row as it will be imported: the claim as the services take it, with its claimant
    still a name (found or created when the row is written), and the verdict the row gives."""

    data: ClaimInput  # claimant_id is None: see claim_input()
    claimant: str | None = None
    claimant_kind: SourceKind = SourceKind.PERSON  # only for a claimant created by the import
    claimant_reliability: Reliability = Reliability.F
    status: Status | None = None  # None: the claim stays unverified
    rationale: str | None = None

    def claim_input(self, claimant_id: int | None) -> ClaimInput:
        return replace(self.data, claimant_id=claimant_id)


class RowProblem(Exception):
    """Why one row cannot be imported: its problems, each naming the column as the file names
    it (param "column") where the problem belongs to one."""

    def __init__(self, problems: tuple[FieldProblem, ...]):
        self.problems = problems
        super().__init__("; ".join(map(str, problems)))


def parse_row(
    cells: list[str] | tuple[str, ...],
    columns: Mapping[str, int],
    headers: tuple[str, ...],
    locale: str | None,
) -> CsvClaim:
    """One row read into a claim, checked as the services will check it. Raises RowProblem."""
    row = _Row(cells, columns, locale)
    problems = row.problems
    if any(text.strip() for text in cells[len(headers) :]):
        problems.add("row", "too_many_cells", cells=len(cells), headers=len(headers))
    statement = row.text("statement", 5000, required=True)
    verdict = " ".join(row.cell("status").split())
    status = status_of_column(verdict)
    rationale = row.text("latest_rationale", 50_000)
    texts = {name: row.text(name, limit) for name, limit in CLAIM_TEXT_FIELDS.items()}
    if status is None and verdict:
        texts["notes"] = _with_verdict(row, texts["notes"], verdict, rationale)
    elif status is not None and status.is_verdict and not rationale:
        rationale = f'Verdict "{verdict}" taken over from the imported file.'
    tags = read_tags(row.cell("tags"))
    for index, tag in enumerate(tags):
        check.text(problems, f"tags.{index}", tag, max_length=100)
    if len(tags) > MAX_TAGS:
        problems.add("tags", "too_many_tags", count=len(tags), limit=MAX_TAGS)
    claimed_on = row.read("claimed_on", row.date)
    claim = CsvClaim(
        data=ClaimInput(
            statement=statement or "",
            quote=row.text("quote", 20_000),
            quote_language=check.language(problems, "quote_language", row.cell("quote_language")),
            claimed_on=check.partial_date(problems, "claimed_on", claimed_on, past=True),
            as_of=row.read("as_of", row.date),
            quantity=check.quantity(problems, "quantity", row.quantity()),
            credibility=row.read("credibility", read_credibility) or Credibility.CANNOT_BE_JUDGED,
            tags=tags,
            **texts,
        ),
        claimant=row.text("claimant", 300, one_line=True),
        claimant_kind=row.read("claimant_kind", read_kind) or SourceKind.PERSON,
        claimant_reliability=row.read("claimant_reliability", read_reliability) or Reliability.F,
        status=None if status is Status.UNVERIFIED else status,
        rationale=rationale,
    )
    try:
        problems.raise_if_any()
    except ValidationError as error:
        raise RowProblem(with_columns(error.problems.values(), columns, headers)) from None
    return claim


def _with_verdict(row: _Row, notes: str | None, verdict: str, rationale: str | None) -> str | None:
    """The row's notes with a verdict we cannot read kept beneath them, as text: the claim
    stays unverified (no verdict is guessed), and its notes are the free text shown with the
    claim, searched, reported and exported again, where a review would claim a judgement."""
    kept = f'Verdict in the imported file: "{verdict}"'
    if rationale:
        kept += f"\nRationale in the imported file: {rationale}"
    text = f"{notes}\n\n{kept}" if notes else kept
    return check.text(row.problems, "notes", text, max_length=CLAIM_TEXT_FIELDS["notes"])


class _Row:
    """The cells of one row by field, and the problems found reading them."""

    def __init__(
        self, cells: list[str] | tuple[str, ...], columns: Mapping[str, int], locale: str | None
    ):
        self._cells = cells
        self._columns = columns
        self._locale = locale
        self.problems = check.Problems()

    def cell(self, name: str) -> str:
        index = self._columns.get(name)
        if index is None or index >= len(self._cells):
            return ""
        return unguard_cell(self._cells[index].strip())

    def text(
        self, name: str, max_length: int, *, required: bool = False, one_line: bool = False
    ) -> str | None:
        value = " ".join(self.cell(name).split()) if one_line else self.cell(name)
        return check.text(self.problems, name, value, max_length=max_length, required=required)

    def read(self, name: str, reader: Callable[[str], T]) -> T | None:
        text = self.cell(name)
        if not text:
            return None
        try:
            return reader(text)
        except ValueError as error:
            self.problems.add_bad_value(name, error)
            return None

    def date(self, text: str) -> PartialDate:
        return read_date(text, self._locale)

    def number(self, text: str) -> float:
        return read_number(text, self._locale)

    def quantity(self) -> Quantity | None:
        """From its parts (value, upper, unit, qualifier) when the value is given, else from
        the quantity as written ("etwa 11.000 Soldaten")."""
        unit = self.cell("quantity_unit") or None
        if self.cell("quantity_value"):
            value = self.read("quantity_value", self.number)
            upper = self.read("quantity_upper", self.number)
            qualifier = self.read("quantity_qualifier", read_qualifier)
            if value is None or (upper is None and self.cell("quantity_upper")):
                return None
            if qualifier is None:
                qualifier = Qualifier.RANGE if upper is not None else Qualifier.EXACT
            return Quantity(value, upper, unit, qualifier)
        text = self.cell("quantity")
        if not text:
            return None
        try:
            found = parse_quantity(text, self._locale)
        except ValueError:
            found = None
        if found is None:
            self.problems.add("quantity", "no_number", text=text)
            return None
        return replace(found, unit=found.unit or unit)


def with_columns(
    problems: Iterable[FieldProblem], columns: Mapping[str, int], headers: tuple[str, ...]
) -> tuple[FieldProblem, ...]:
    """The problems with the file's own header of the column each concerns as param "column"
    ("Datum" for claimed_on); a problem no column holds (the row itself) gets none."""
    named = []
    for problem in problems:
        key = problem.field
        name = key.replace(".", "_")
        if name not in columns:
            name = key.split(".")[0]
        if name == "quantity" and "quantity" not in columns:
            name = "quantity_value"
        if name in columns:
            problem = FieldProblem(
                key, problem.code, {**problem.params, "column": headers[columns[name]]}
            )
        named.append(problem)
    return tuple(named)


def map_columns(headers: tuple[str, ...], mapping: dict[str, str], name: str) -> dict[str, int]:
    """Field → column index for a header → field mapping (headers mapped to anything but an
    import field are ignored); ExchangeError for a mapping that cannot be used."""
    position = {header: index for index, header in enumerate(headers)}
    columns: dict[str, int] = {}
    for header, target in mapping.items():
        if not target or target not in IMPORT_FIELDS:
            continue
        if header not in position:
            raise ExchangeError("csv_no_such_column", file=name, column=header)
        if target in columns:
            first = headers[columns[target]]
            raise ExchangeError("csv_columns_clash", first=first, second=header, field=target)
        columns[target] = position[header]
    if "statement" not in columns:
        raise ExchangeError("csv_no_statement_column", file=name, columns=list(headers))
    return columns


def chosen_mapping(
    headers: tuple[str, ...], suggested: Mapping[str, str], chosen: Mapping[str, str], name: str
) -> dict[str, str]:
    """Header → field: the suggested mapping with each chosen field → column put in its place
    (a column is found by its header as written, else ignoring case and punctuation).
    ExchangeError naming the field or column that cannot be used."""
    mapping = dict(suggested)
    taken: dict[str, str] = {}
    for field, column in chosen.items():
        if field not in IMPORT_FIELDS:
            raise ExchangeError("csv_unknown_field", field=field, allowed=list(IMPORT_FIELDS))
        header = _header_named(headers, column)
        if header is None:
            raise ExchangeError("csv_no_such_column", file=name, column=column)
        if header in taken:
            raise ExchangeError(
                "csv_column_chosen_twice", column=header, first=taken[header], second=field
            )
        taken[header] = field
        mapping = {h: f for h, f in mapping.items() if f != field and h != header}
        mapping[header] = field
    return mapping


def _header_named(headers: tuple[str, ...], column: str) -> str | None:
    if column in headers:
        return column
    key = header_key(column)
    return next((header for header in headers if key and header_key(header) == key), None)
