"""Importing claims from a CSV file: a preview with a suggested column mapping, then the import
as one transaction.

The file (a regular file; its bytes counted while read, at most 50 MB) is read whole and must
be UTF-8, with or without a byte order mark; anything else is refused with an ExchangeError
(InputError for the file itself) whose code says what it is. The delimiter is
sniffed (comma, semicolon, tab or bar; Excel's "sep=;" first line is honoured). Every row is
checked before anything is written; rows that fail are listed with their physical line number
in the file (the header is line 1) and their problems, naming the column as the file names it.
All rows that pass are written in one transaction through the bulk path (services/bulk.py, a
batch at a time, checked again there with the forms' rules), so a cancelled or failed import
leaves the project as it was.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..bounded import read_file
from ..errors import ExchangeError, FieldProblem
from ..inputs import SourceInput
from ..jobs import CancelToken, Job
from ..records import Changes, Progress
from ..services.bulk import BATCH_SIZE, NewClaim
from .csv_columns import suggest_mapping, unguard_cell
from .csv_rows import CsvClaim, RowProblem, map_columns, parse_row, with_columns

if TYPE_CHECKING:
    from ..project import Project

MAX_BYTES = 50 * 1024 * 1024
PREVIEW_ROWS = 20
_DELIMITERS = ",;\t|"
_EXCEL_SEPARATOR = re.compile(r"sep=(.)(?:\r\n|\n|\r)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PreviewRow:
    line: int  # physical line of the file where the row starts; the header is line 1
    cells: tuple[str, ...]
    claim: CsvClaim | None  # None when the row would be rejected
    problems: tuple[FieldProblem, ...] = ()  # why it would be rejected


@dataclass(frozen=True, slots=True)
class CsvPreview:
    """What the import dialog shows: the file's columns, a mapping, the first rows read."""

    path: Path
    encoding: str  # "utf-8" or "utf-8-sig" (with byte order mark)
    delimiter: str
    headers: tuple[str, ...]  # blank headers named "column 3", repeated ones "Notes (2)"
    suggested: dict[str, str]  # header → field, from the header words
    mapping: dict[str, str]  # the mapping the rows below were read with
    locale: str | None  # how numbers and dates are read: the hint, else the headers' language
    rows: tuple[PreviewRow, ...]
    # e.g. no column for the statement: nothing can import
    mapping_problem: ExchangeError | None = None
    header_locale: str | None = field(default=None, repr=False)

    def with_mapping(
        self, mapping: Mapping[str, str], locale_hint: str | None = None
    ) -> CsvPreview:
        """The same rows read with another mapping (no file access)."""
        locale = locale_hint or self.header_locale
        problem, rows = _preview_rows(self, dict(mapping), locale)
        return replace(
            self, mapping=dict(mapping), locale=locale, rows=rows, mapping_problem=problem
        )


class RejectedRow(NamedTuple):
    line: int
    problems: tuple[FieldProblem, ...]  # each naming the file's column header as "column"


@dataclass(frozen=True, slots=True)
class CsvImportResult:
    imported: int
    rejected: tuple[RejectedRow, ...]
    sources_created: int
    header_only: bool  # the file has a header but no rows: nothing was imported
    changes: Changes
    file_name: str = ""


def read_csv_preview(
    path: str | Path,
    mapping: Mapping[str, str] | None = None,
    limit: int = PREVIEW_ROWS,
    locale_hint: str | None = None,
) -> CsvPreview:
    """The file's columns, the suggested mapping, and its first rows read with `mapping`
    (the suggested one when None). Raises ExchangeError for a file that cannot be read."""
    table = _Table.read(Path(path))
    suggested, header_locale = suggest_mapping(table.headers)
    raw = []
    for line, cells in table.records():
        if len(raw) >= limit:
            break
        raw.append(PreviewRow(line, tuple(cells), None))
    preview = CsvPreview(
        path=table.path,
        encoding=table.encoding,
        delimiter=table.delimiter,
        headers=table.headers,
        suggested=suggested,
        mapping={},
        locale=None,
        rows=tuple(raw),
        header_locale=header_locale,
    )
    return preview.with_mapping(suggested if mapping is None else mapping, locale_hint)


def import_claims_job(
    project: Project,
    path: str | Path,
    mapping: Mapping[str, str],
    cancel: CancelToken,
    locale_hint: str | None = None,
) -> Job[CsvImportResult]:
    """Import every row that passes; nothing at all when cancelled or when the database fails.

    `mapping` is header → field (one of IMPORT_FIELDS; other values and unmapped headers are
    ignored). `locale_hint` ("de", "en_US" …) decides how ambiguous numbers and dates read;
    without it the language of the headers does.
    """
    table = _Table.read(Path(path), cancel)
    columns = map_columns(table.headers, dict(mapping), table.path.name)
    locale = locale_hint or suggest_mapping(table.headers)[1]
    total_lines = table.text.count("\n") + 1
    passed: list[tuple[int, CsvClaim]] = []
    rejected: list[RejectedRow] = []
    yield Progress(0, total_lines, "Reading rows")
    for count, (line, cells) in enumerate(table.records(), 1):
        try:
            passed.append((line, parse_row(cells, columns, table.headers, locale)))
        except RowProblem as problem:
            rejected.append(RejectedRow(line, problem.problems))
        if count % 1000 == 0:
            cancel.raise_if_cancelled()
            yield Progress(line, total_lines, "Reading rows")
    cancel.raise_if_cancelled()
    if not passed and not rejected:
        return CsvImportResult(0, (), 0, True, Changes(), table.path.name)
    yield Progress(0, len(passed), "Importing claims")
    with project.bulk.writer() as writer:
        for start in range(0, len(passed), BATCH_SIZE):
            cancel.raise_if_cancelled()
            part = passed[start : start + BATCH_SIZE]
            outcome = writer.write([_new_claim(claim) for _line, claim in part])
            for (line, _claim), result in zip(part, outcome, strict=True):
                if isinstance(result, tuple):
                    refused = with_columns(result, columns, table.headers)
                    rejected.append(RejectedRow(line, refused))
            yield Progress(start + len(part), len(passed), "Importing claims")
        cancel.raise_if_cancelled()  # the last chance to leave everything unwritten
    rejected.sort(key=lambda row: row.line)
    return CsvImportResult(
        len(writer.claim_ids),
        tuple(rejected),
        len(writer.created_sources),
        False,
        writer.changes(),
        table.path.name,
    )


def _new_claim(claim: CsvClaim) -> NewClaim:
    """A parsed row as the bulk path writes it: its claimant found or created by name."""
    claimant = None
    if claim.claimant:
        claimant = SourceInput(
            claim.claimant, claim.claimant_kind, reliability=claim.claimant_reliability
        )
    return NewClaim(claim.data, claimant, claim.status, claim.rationale)


def _preview_rows(
    preview: CsvPreview, mapping: dict[str, str], locale: str | None
) -> tuple[ExchangeError | None, tuple[PreviewRow, ...]]:
    try:
        columns = map_columns(preview.headers, mapping, preview.path.name)
    except ExchangeError as error:
        blank = tuple(replace(row, claim=None, problems=()) for row in preview.rows)
        return error, blank
    rows = []
    for row in preview.rows:
        try:
            claim = parse_row(row.cells, columns, preview.headers, locale)
        except RowProblem as problem:
            rows.append(replace(row, claim=None, problems=problem.problems))
        else:
            rows.append(replace(row, claim=claim, problems=()))
    return None, tuple(rows)


@dataclass(frozen=True, slots=True)
class _Table:
    path: Path
    text: str
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    start: int  # character offset where the header starts (after an Excel "sep=" line)
    first_line: int  # the physical line number of that offset

    @classmethod
    def read(cls, path: Path, cancel: CancelToken | None = None) -> _Table:
        text, encoding = _decode(path, _read_bytes(path, cancel))
        start, first_line, delimiter = 0, 1, None
        if separator := _EXCEL_SEPARATOR.match(text):
            start, first_line, delimiter = separator.end(), 2, separator[1]
        delimiter = delimiter or _sniff(text[start : start + 65536])
        table = cls(path, text, encoding, delimiter, (), start, first_line)
        header = next(table._rows(), None)
        if header is None:
            raise ExchangeError("csv_empty", file=path.name)
        return replace(table, headers=_headers(header[1]))

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """(physical line where the row starts, cells) for every row after the header that is
        not blank."""
        rows = self._rows()
        next(rows, None)
        return rows

    def _rows(self) -> Iterator[tuple[int, list[str]]]:
        stream = io.StringIO(self.text[self.start :], newline="")
        reader = csv.reader(stream, delimiter=self.delimiter, quotechar='"', strict=False)
        previous = 0
        try:
            for cells in reader:
                # line_num counts physical lines read so far: a row with a line break inside
                # quotes spans several, and the next row starts after them.
                begins, previous = self.first_line + previous, reader.line_num
                if any(cell.strip() for cell in cells):
                    yield begins, cells
        except csv.Error as error:
            line = self.first_line + previous
            raise ExchangeError(
                "csv_malformed", file=self.path.name, line=line, detail=str(error)
            ) from None


def _read_bytes(path: Path, cancel: CancelToken | None) -> bytes:
    """At most MAX_BYTES of a regular file, counted while read (see core/bounded)."""
    return read_file(path, MAX_BYTES, expected="csv", cancel=cancel)


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    name = path.name
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ExchangeError("csv_utf16", file=name)
    if data.startswith(b"PK\x03\x04"):
        raise ExchangeError("csv_zip", file=name)
    encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        try:
            data.decode("cp1252")
            code = "csv_windows_1252"
        except UnicodeDecodeError:
            code = "csv_not_utf8"
        raise ExchangeError(
            code, file=name, byte=f"0x{data[error.start]:02x}", position=error.start, line=line
        ) from None
    if "\x00" in text:
        raise ExchangeError("csv_nul_bytes", file=name)
    return text, encoding


def _sniff(sample: str) -> str:
    """The delimiter: the sniffer's guess if the header splits on it into the most columns,
    else whichever candidate splits the header most (comma when none does)."""
    header = sample.splitlines()[0] if sample else ""
    widths = {d: len(next(csv.reader([header], delimiter=d), [])) for d in _DELIMITERS}
    widest = max(widths.values())
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    if sniffed in widths and widths[sniffed] == widest:
        return sniffed
    if widest <= 1:
        return ","
    return next(d for d in _DELIMITERS if widths[d] == widest)


def _headers(cells: list[str]) -> tuple[str, ...]:
    """Headers as shown and mapped: stripped, blank ones numbered, repeated ones counted."""
    named: list[str] = []
    seen: dict[str, int] = {}
    for index, cell in enumerate(cells, 1):
        header = " ".join(unguard_cell(cell.strip()).split()) or f"column {index}"
        seen[header] = seen.get(header, 0) + 1
        named.append(header if seen[header] == 1 else f"{header} ({seen[header]})")
    return tuple(named)
