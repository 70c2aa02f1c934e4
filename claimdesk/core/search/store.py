"""The index folder: which generation of the index is current, and its files.

Each rebuild writes a new generation (Whoosh index name ``IX000001``, ``IX000002``...) beside
the current one; the version file names the current generation and is replaced atomically,
so a crash mid-rebuild leaves the previous generation in use. Files of any other generation
are leftovers and are removed when the index is opened or rebuilt.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimdesk.core.errors import LibraryError
from claimdesk.core.search import patches
from claimdesk.core.search.schema import SCHEMA_VERSION, build_schema
from claimdesk.core.search.vocabulary import Vocabulary

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from whoosh import index as windex

patches.apply()

VERSION_FILE = "claimdesk-index.json"
_NAME = re.compile(r"_?(IX\d{6})[_.]")


@dataclass(frozen=True, slots=True)
class Meta:
    """What the version file says: the current generation and the caller's source stamp."""

    name: str
    source_stamp: str | None = None


def read_meta(directory: Path) -> Meta | None:
    """The current generation, or ``None`` if the file is missing, unreadable or of
    another schema version."""
    try:
        data = json.loads((directory / VERSION_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
        return None
    name, stamp = data.get("name"), data.get("source_stamp")
    if not isinstance(name, str) or not re.fullmatch(r"IX\d{6}", name):
        return None
    return Meta(name, stamp if isinstance(stamp, str) else None)


def write_meta(directory: Path, meta: Meta) -> None:
    """Make ``meta`` current (atomic replace)."""
    target = directory / VERSION_FILE
    temporary = target.with_suffix(".tmp")
    payload = {"schema_version": SCHEMA_VERSION, "name": meta.name}
    if meta.source_stamp is not None:
        payload["source_stamp"] = meta.source_stamp
    temporary.write_text(json.dumps(payload), encoding="utf-8")
    os.replace(temporary, target)


def vocabulary_path(directory: Path, name: str) -> Path:
    """Where generation ``name`` keeps its vocabulary."""
    return directory / f"{name}.vocab"


def next_name(directory: Path) -> str:
    """A generation name newer than every one with files in ``directory``."""
    numbers = [int(m.group(1)[2:]) for p in _files(directory) if (m := _NAME.match(p.name))]
    return f"IX{max(numbers, default=0) + 1:06d}"


def open_generation(directory: Path, name: str) -> tuple[Any, Vocabulary] | None:
    """Generation ``name`` and its vocabulary if both can be read, else ``None``."""
    vocabulary = Vocabulary.load(vocabulary_path(directory, name))
    if vocabulary is None:
        return None
    try:
        if not windex.exists_in(str(directory), indexname=name):
            return None
        ix = windex.open_dir(str(directory), indexname=name, schema=build_schema())
        # Reading every segment's header and stored-field table finds most damage now
        # rather than in the middle of a search.
        with ix.searcher() as searcher:
            reader = searcher.reader()
            reader.doc_count_all()
            for _ in reader.all_stored_fields():
                break
        return ix, vocabulary
    except Exception:  # any damage at all means: recreate and rebuild from the database
        return None


def create_generation(directory: Path, name: str) -> Any:
    """A new empty Whoosh index named ``name`` in ``directory``."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        remove_generation(directory, name)
        return windex.create_in(str(directory), build_schema(), indexname=name)
    except OSError as exc:
        raise LibraryError(
            "Cannot create the search index in {directory}: {reason}. Check that the library "
            "folder is writable.",
            directory=directory,
            reason=exc.strerror,
        ) from exc


def remove_generation(directory: Path, name: str) -> None:
    """Delete every file of generation ``name`` (files still open elsewhere are skipped)."""
    for path in _files(directory):
        match = _NAME.match(path.name)
        if match and match.group(1) == name:
            with contextlib.suppress(OSError):  # open on Windows: removed next time
                path.unlink()


def remove_other_generations(directory: Path, keep: str) -> None:
    """Delete leftovers: files of any generation but ``keep``, and of the old layout."""
    for path in _files(directory):
        match = _NAME.match(path.name)
        stale = match.group(1) != keep if match else path.name.startswith(("MAIN_", "_MAIN_"))
        if stale:
            with contextlib.suppress(OSError):
                path.unlink()


def _files(directory: Path) -> list[Path]:
    try:
        return [path for path in directory.iterdir() if path.is_file()]
    except OSError:
        return []
