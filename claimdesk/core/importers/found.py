"""What a format importer hands back: the reading text and the metadata the file declared."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimdesk.core.importers.normalise import normalise_text

if TYPE_CHECKING:
    from claimdesk.core.importers.kept import KeptFile

# Authors come as "A; B", "A, B and C" or "A e B" depending on the tool that wrote the file.
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||\band\b|\bund\b|\bet\b|\be\b|\by\b)\s*")
_LANGUAGE_TAG = re.compile(r"^([A-Za-z]{2})(?:[-_][A-Za-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class Found:
    """Metadata a file declares about itself; ``None`` (or empty) where it says nothing.

    ``published`` is a publication date the file states as such (a page's
    ``article:published_time``, a mail's Date); ``created`` is only when the file was made
    (a Word or PDF creation date), used when neither the user nor the text gives a date.
    """

    title: str | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    published: dt.date | None = None
    created: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Extracted:
    """A document turned into reading text (blocks separated by blank lines) and metadata,
    with the files to keep beside it (the page images its text was read from)."""

    text: str
    found: Found
    files: tuple[KeptFile, ...] = ()


def clean(value: object) -> str | None:
    """A metadata value as one trimmed line in the stored form (no control characters, no
    lone surrogates), or ``None`` when it is missing or blank."""
    if value is None:
        return None
    text = " ".join(normalise_text(str(value)).split())
    return text or None


def split_authors(value: object) -> tuple[str, ...]:
    """One author field (``"Maria Rossi; John Smith"``) as a tuple of names."""
    text = clean(value)
    if text is None:
        return ()
    names = [n.strip(" ,") for n in _AUTHOR_SPLIT.split(text)]
    if len(names) == 1 and text.count(",") >= 1 and " " in text:
        # "Rossi, Maria" is one person; "Maria Rossi, John Smith" is two.
        parts = [p.strip() for p in text.split(",")]
        if all(" " in p for p in parts):
            names = parts
    return tuple(n for n in names if n)


def language_code(value: object) -> str | None:
    """The ISO 639-1 code of a language tag (``"it-IT"``, ``"en_GB"``, ``"FR"``), else ``None``."""
    text = clean(value)
    if text is None:
        return None
    match = _LANGUAGE_TAG.match(text)
    return match.group(1).lower() if match else None


def join_blocks(blocks: list[str]) -> str:
    """Blocks of text as one text, a blank line between them, blank blocks dropped."""
    return "\n\n".join(b.strip() for b in blocks if b.strip())
