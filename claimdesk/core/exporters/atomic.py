"""Writing a report file so that a reader only ever sees the old file or the complete new one."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from claimdesk.core.errors import InputRefused

# O_EXCL: never write into a file someone else created under the same name; O_BINARY (Windows
# only) keeps the bytes exactly as given.
_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``.

    The temporary file must share the folder so the final rename stays on one file system and
    is atomic. Raises ``InputRefused`` (one line, nothing left behind) when the folder is
    missing or the file cannot be written.
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise InputRefused(
            "Cannot write {path}: the folder {folder} does not exist; create it or choose another"
            " folder.",
            path=path,
            folder=folder,
        )
    if path.is_dir():
        raise InputRefused("Cannot write {path}: it is a folder; choose a file name.", path=path)
    temp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        # os.open with mode 0o666 lets the user's umask decide the permissions, as for any
        # file they save; tempfile would make the report private (0600).
        fd = os.open(temp, _CREATE_FLAGS, 0o666)
    except OSError as exc:
        raise InputRefused(
            "Cannot write in {folder}: {reason}; choose a folder you can write to.",
            folder=folder,
            reason=_reason(exc),
        ) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise InputRefused(
            "Cannot write {path}: {reason}; close it if another program has it open or choose "
            "another file.",
            path=path,
            reason=_reason(exc),
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _reason(exc: OSError) -> str:
    """The operating system's short reason, without the errno and path noise."""
    return (exc.strerror or type(exc).__name__).lower()
