"""Reading a file's bytes, with a one-line reason for every way that can fail."""

from __future__ import annotations

import errno
from pathlib import Path

from claimdesk.core.errors import InputRefused
from claimdesk.core.messages import Message

MAX_FILE_BYTES = 20 * 1024 * 1024


def read_bytes(path: Path, suffixes: tuple[str, ...]) -> bytes:
    """Read ``path`` whole, after checking it is a readable, non-empty file of a known kind.

    ``suffixes`` are the supported extensions, named in the reason when the file's is not one.
    """
    name = path.name or str(path)
    try:
        is_dir = path.is_dir()
        exists = is_dir or path.exists()
    except OSError as exc:
        raise _os_refusal(path, exc) from None
    if not exists:
        raise _missing(path)
    if is_dir:
        raise InputRefused(
            "{path} is a folder, not a file: choose a file in it, or import the whole folder.",
            path=path,
        )
    if path.suffix.lower() not in suffixes:
        kind = (
            Message("a {suffix} file", suffix=path.suffix)
            if path.suffix
            else Message("a file without an extension")
        )
        raise InputRefused(
            "{name} is {kind}, which ClaimDesk cannot import: "
            "use one of {suffixes} (or paste the text).",
            name=name,
            kind=kind,
            suffixes=", ".join(suffixes),
        )
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputRefused(
                "{name} is too large ({size:.1f} MB; the limit is "
                "{limit} MB): split it or import only the article.",
                name=name,
                size=size / 1024 / 1024,
                limit=MAX_FILE_BYTES // 1024 // 1024,
            )
        with path.open("rb") as handle:
            # Read one byte past the limit so a file that grew since stat() is still caught.
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _os_refusal(path, exc) from None
    if len(data) > MAX_FILE_BYTES:
        raise InputRefused(
            "{name} is too large (over {limit} MB): split it or import only the article.",
            name=name,
            limit=MAX_FILE_BYTES // 1024 // 1024,
        )
    if not data:
        raise InputRefused("{name} is empty: there is no text to import.", name=name)
    return data


def _os_refusal(path: Path, exc: OSError) -> InputRefused:
    name = path.name or str(path)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return InputRefused(
            "{name} cannot be read: permission denied; "
            "give yourself read access to it or copy it somewhere you can read.",
            name=name,
        )
    if isinstance(exc, FileNotFoundError):
        return _missing(path)
    reason = exc.strerror or type(exc).__name__
    return InputRefused(
        "{name} cannot be read ({reason}): check the file and try again.", name=name, reason=reason
    )


def _missing(path: Path) -> InputRefused:
    return InputRefused(
        "{path} does not exist: check the name and the folder, then try again.", path=path
    )
