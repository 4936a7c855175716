"""Reading what others hand us, within limits: files and compressed bytes.

A file size from ``stat`` is a claim, not a fact: ``/dev/zero``, a FIFO and the files under
``/proc`` all say 0. So files are read here only when they are regular files, bytes are counted
while they are read, and reading stops at a cap, a deadline or a cancel. Compressed bytes are
inflated a chunk at a time and refused as soon as the output passes its cap, so a small file
that inflates to gigabytes costs milliseconds and no memory. Every importer and every capture
reads through this module; each failure is one ClaimdeskError naming the file.
"""

from __future__ import annotations

import os
import stat
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from io import FileIO
from pathlib import Path

from .errors import ClaimdeskError
from .jobs import CancelToken

# How long reading one file may take in all; a local file takes well under a second.
READ_DEADLINE_S = 120.0
# A stored original (a captured page) is at most 20 MB as captured; this leaves room.
MAX_ORIGINAL_BYTES = 50 * 1024 * 1024
_CHUNK = 1024 * 1024


class InputError(ClaimdeskError):
    """A file or stored bytes that cannot be read within Claimdesk's limits; the code says why.

    Codes: "file_missing" (path), "file_not_regular" (path, kind: folder, fifo, device,
    socket or other; expected: what the caller wanted), "file_too_large" (file, limit in MB,
    and megabytes when the file's size is known), "file_too_slow" (file, seconds),
    "cannot_read" (path, detail), "original_too_large" (limit in MB), "original_damaged"
    (detail), "original_unknown_compression" (compression)."""


def read_file(
    path: str | os.PathLike[str],
    limit: int,
    *,
    expected: str,
    cancel: CancelToken | None = None,
    deadline_s: float = READ_DEADLINE_S,
) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    ``expected`` names what the caller wants ("csv", "json", "claimreview", "page") so that a
    refusal can say "a folder, not a CSV file". Raises InputError (or Cancelled).
    """
    path = Path(path)
    with _opened(path, limit, expected) as handle:
        return _read_counted(handle, path, limit, cancel, deadline_s)


@contextmanager
def open_file(
    path: str | os.PathLike[str],
    limit: int,
    *,
    expected: str,
    cancel: CancelToken | None = None,
) -> Iterator[BoundedReader]:
    """A regular file of at most ``limit`` bytes opened for reading in pieces (a streaming
    parser), with the checks of read_file made while it is read, but no deadline: the reader
    is paced by what is done with each piece (an import writing rows), which the cancel
    token stops."""
    path = Path(path)
    with _opened(path, limit, expected) as handle:
        yield BoundedReader(handle, path, limit, cancel)


@contextmanager
def _opened(path: Path, limit: int, expected: str) -> Iterator[FileIO]:
    """The file opened for reading once it is known to be a regular file within ``limit``."""
    _refuse_unless_regular(path, expected)
    try:
        # O_NONBLOCK: should the path be swapped for a FIFO after the check, open() still
        # returns at once instead of waiting for a writer; fstat below catches the swap.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise _os_error(path, error) from None
    with FileIO(descriptor, "rb") as handle:
        found = os.fstat(handle.fileno())
        if not stat.S_ISREG(found.st_mode):
            raise _not_regular(path, found.st_mode, expected)
        if found.st_size > limit:
            raise _too_large(path, limit, found.st_size)
        yield handle


class BoundedReader:
    """``read(size)`` on a file, counting the bytes, checking the cancel token on every call,
    and refusing more than the limit."""

    def __init__(self, handle: FileIO, path: Path, limit: int, cancel: CancelToken | None):
        self._handle, self._path, self._limit, self._cancel = handle, path, limit, cancel
        self.received = 0

    def read(self, size: int = _CHUNK) -> bytes:
        if self._cancel is not None:
            self._cancel.raise_if_cancelled()
        if size < 0:
            size = _CHUNK
        try:
            chunk = self._handle.read(min(size, self._limit + 1 - self.received))
        except OSError as error:
            raise _os_error(self._path, error) from None
        self.received += len(chunk or b"")
        if self.received > self._limit:
            raise _too_large(self._path, self._limit, None)
        return chunk or b""


def _refuse_unless_regular(path: Path, expected: str) -> None:
    try:
        mode = path.stat().st_mode  # stat never blocks, not even on a FIFO
    except FileNotFoundError:
        raise InputError("file_missing", path=str(path)) from None
    except OSError as error:
        raise _os_error(path, error) from None
    if not stat.S_ISREG(mode):
        raise _not_regular(path, mode, expected)


def _read_counted(
    handle: FileIO, path: Path, limit: int, cancel: CancelToken | None, deadline_s: float
) -> bytes:
    deadline = time.monotonic() + deadline_s
    parts: list[bytes] = []
    received = 0
    while True:
        if cancel is not None:
            cancel.raise_if_cancelled()
        if time.monotonic() > deadline:
            raise InputError("file_too_slow", file=path.name, seconds=round(deadline_s))
        try:
            chunk = handle.read(min(_CHUNK, limit + 1 - received))
        except OSError as error:
            raise _os_error(path, error) from None
        if not chunk:  # b"" at the end; None only for non-blocking pipes, refused above
            return b"".join(parts)
        received += len(chunk)
        if received > limit:
            raise _too_large(path, limit, None)
        parts.append(chunk)


def _not_regular(path: Path, mode: int, expected: str) -> InputError:
    if stat.S_ISDIR(mode):
        kind = "folder"
    elif stat.S_ISFIFO(mode):
        kind = "fifo"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "device"
    elif stat.S_ISSOCK(mode):
        kind = "socket"
    else:
        kind = "other"
    return InputError("file_not_regular", path=str(path), kind=kind, expected=expected)


def _too_large(path: Path, limit: int, size: int | None) -> InputError:
    params: dict[str, object] = {"file": path.name, "limit": limit // 2**20}
    if size is not None:
        params["megabytes"] = round(size / 2**20)
    return InputError("file_too_large", **params)


def _os_error(path: Path, error: OSError) -> InputError:
    if isinstance(error, FileNotFoundError):
        return InputError("file_missing", path=str(path))
    return InputError("cannot_read", path=str(path), detail=error.strerror or str(error))


def inflate(stored: bytes, compression: str | None, limit: int = MAX_ORIGINAL_BYTES) -> bytes:
    """Stored bytes as they were before compression, refused once they pass ``limit``.

    ``compression`` is None (stored as they are) or "gzip". Raises InputError for an unknown
    compression, damaged data and output over the limit.
    """
    if compression is None:
        if len(stored) > limit:
            raise InputError("original_too_large", limit=limit // 2**20)
        return stored
    if compression != "gzip":
        raise InputError("original_unknown_compression", compression=compression)
    return b"".join(_inflated_chunks(stored, limit))


def check_inflates(stored: bytes, compression: str | None, limit: int = MAX_ORIGINAL_BYTES) -> None:
    """Raise InputError unless ``stored`` inflates within ``limit``; keeps nothing in memory."""
    if compression is None:
        inflate(stored, None, limit)
        return
    if compression != "gzip":
        raise InputError("original_unknown_compression", compression=compression)
    for _chunk in _inflated_chunks(stored, limit):
        pass


def inflated_chunks(
    stored: bytes, compression: str | None, limit: int = MAX_ORIGINAL_BYTES
) -> Iterator[bytes]:
    """Stored bytes as they were before compression, a chunk at a time (to hash a page
    without holding it inflated); the same refusals as inflate."""
    if compression is None:
        yield inflate(stored, None, limit)
        return
    if compression != "gzip":
        raise InputError("original_unknown_compression", compression=compression)
    yield from _inflated_chunks(stored, limit)


def _inflated_chunks(stored: bytes, limit: int) -> Iterator[bytes]:
    """gzip members one after another (as gzip.decompress reads them), a chunk at a time."""
    produced = 0
    rest = stored
    while rest:
        inflater = zlib.decompressobj(wbits=31)
        pending = rest
        while True:
            try:
                chunk = inflater.decompress(pending, _CHUNK)
            except zlib.error as error:
                raise InputError("original_damaged", detail=str(error)) from None
            produced += len(chunk)
            if produced > limit:
                raise InputError("original_too_large", limit=limit // 2**20)
            if chunk:
                yield chunk
            pending = inflater.unconsumed_tail
            if inflater.eof or (not pending and not chunk):
                break
        if not inflater.eof:
            raise InputError("original_damaged", detail="the compressed data ends early")
        rest = inflater.unused_data.lstrip(b"\x00")  # gzip allows padding between members
