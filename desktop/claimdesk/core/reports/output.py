"""Writing an export: to a temporary name beside the target, renamed only when complete.

A cancelled or failed export therefore never leaves a half-written file, and an existing file
of the same name stays as it was until the new one is whole. Only a new name or an existing
regular file is a target: links, folders, devices and FIFOs are refused with a message. New
files get the permissions the umask gives; a replaced file keeps its own.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
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


# Temporary names: ".report.html.3f2a9c1b04de.part", the target's name cut so that the whole
# stays under the 255 bytes most file systems allow (50 characters are at most 200 bytes).
_KEPT_NAME = 50
_NAME_ATTEMPTS = 100

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
    """The path to write to, or ExportError naming what is wrong with it.

    Only a new name or an existing regular file is written. A symbolic link is refused rather
    than followed: renaming over it would replace the link, not the file it names, and
    following it would write wherever the link points. A device, a FIFO or a socket is
    refused too: `-o /dev/full` must neither "succeed" nor replace the device node.
    """
    path = Path(path).expanduser()
    found = _lstat(path)
    if found is not None:
        if stat.S_ISLNK(found.st_mode):
            raise ExportError("export_is_link", path=str(path))
        if stat.S_ISDIR(found.st_mode):
            raise ExportError("export_is_folder", path=str(path))
        if not stat.S_ISREG(found.st_mode):
            raise ExportError("export_not_a_file", path=str(path))
    if not path.parent.is_dir():
        raise ExportError("export_no_folder", folder=str(path.parent))
    if not os.access(path.parent, os.W_OK):
        raise ExportError("export_folder_not_writable", folder=str(path.parent))
    return path


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return path.lstat()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise ExportError(
            "cannot_write", path=str(path), detail=error.strerror or str(error)
        ) from None


def _create_beside(path: Path) -> tuple[int, Path]:
    """A new, empty file in the target's folder, opened for writing.

    Created with mode 0666 so that the kernel applies the user's umask, as for any file the
    user saves (tempfile.mkstemp would make it 0600 whatever the umask). O_EXCL makes a
    planted file or link of the same name an error instead of a place to write.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    for _attempt in range(_NAME_ATTEMPTS):
        temporary = path.with_name(f".{path.name[:_KEPT_NAME]}.{secrets.token_hex(6)}.part")
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path.parent))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file that appears at `path` only if the block completes.

    It is written under a temporary name beside the target and renamed over it at the end, so
    a reader never sees half a file. A replaced file keeps its permissions; a new one gets
    those the umask gives. The target is checked again just before the rename, in case
    something else took its name meanwhile.
    """
    path = check_target(path)
    handle, temporary = _create_beside(path)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        check_target(path)
        existing = _lstat(path)
        if existing is not None:
            os.chmod(temporary, stat.S_IMODE(existing.st_mode))
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


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
