"""Writing an export: to a temporary name beside the target, renamed only when complete.

A cancelled or failed export therefore never leaves a half-written file, and an existing file
of the same name stays as it was until the new one is whole.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..errors import ClaimdeskError
from ..jobs import CancelToken, Job
from ..records import ReportOptions

if TYPE_CHECKING:
    from ..project import Project


class ExportError(ClaimdeskError):
    """The export cannot be written where asked; the code says why."""


# A writer streams one format into an open binary file, yields progress, checks the cancel
# token between chunks, and returns how many claims it wrote.
Writer = Callable[["Project", ReportOptions, BinaryIO, CancelToken], Job[int]]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    name: str  # as on the command line: pdf, docx, html, md, csv, json, claimreview
    suffix: str  # ".pdf"
    description: str  # "PDF report"
    writer: Writer


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    format: str
    claims: int
    size: int


def check_target(path: Path) -> Path:
    """The path to write to, or ExportError naming what is wrong with it."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise ExportError("export_is_folder", path=str(path))
    if not path.parent.is_dir():
        raise ExportError("export_no_folder", folder=str(path.parent))
    if not os.access(path.parent, os.W_OK):
        raise ExportError("export_folder_not_writable", folder=str(path.parent))
    return path


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file that appears at `path` only if the block completes."""
    path = check_target(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_job(
    project: Project,
    options: ReportOptions,
    chosen: ExportFormat,
    path: Path,
    cancel: CancelToken,
) -> Job[ExportResult]:
    """Write one export; the file exists only once it is complete."""
    path = check_target(path)
    try:
        with atomic_file(path) as out:
            claims = yield from chosen.writer(project, options, out, cancel)
    except OSError as error:
        raise ExportError(
            "cannot_write", path=str(path), detail=error.strerror or str(error)
        ) from None
    return ExportResult(path, chosen.name, claims, path.stat().st_size)
