"""Which files an import of paths and folders means."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from claimdesk.core.importers import supported_suffixes


def expand_paths(paths: Iterable[Path], also: Iterable[str] = ()) -> Iterator[Path]:
    """Each given file as it is; each folder as its importable files, recursively, sorted.

    Hidden files and folders inside a folder are passed over; a file named directly is always
    tried, so that an unsupported one is refused with its reason rather than ignored. ``also``
    adds file endings taken from folders (``.json`` for an archive of ClaimReview files).
    """
    suffixes = set(supported_suffixes()) | {s.lower() for s in also}
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and child.suffix.lower() in suffixes:
                    yield child
        else:
            yield path
