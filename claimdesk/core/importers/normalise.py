"""The one text form ClaimDesk stores: NFC, ``\\n`` line ends, no control characters.

Every offset in the program counts code points in this form, so the steps here are chosen so
that text which is already clean (NFC, ``\\n`` line ends, no BOM, no control characters) keeps
every character where it was: only trailing whitespace at the very end may go.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_BOM = "\ufeff"
_LINE_ENDS = re.compile(r"\r\n?")
# C0 and C1 controls and DEL, except the tab and the line feed that text legitimately holds.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def normalise_text(text: str) -> str:
    """Return ``text`` in ClaimDesk's stored form.

    Steps: drop a leading BOM, turn ``\\r\\n`` and ``\\r`` into ``\\n``, drop control
    characters other than ``\\n`` and ``\\t``, compose to NFC, strip trailing whitespace.
    Applying it twice gives the same result as applying it once.
    """
    if text.startswith(_BOM):
        text = text[1:]
    text = _LINE_ENDS.sub("\n", text)
    # Controls go before NFC: a control between a letter and its accent would otherwise keep
    # the pair from composing, and removing it later would leave the text not NFC.
    text = _CONTROLS.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return text.rstrip()


def content_hash(text: str) -> str:
    """The SHA-256 hex digest of the normalised ``text``: equal texts give equal hashes."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def count_stray_controls(text: str) -> int:
    """How many characters of ``text`` are controls other than tab, line ends and form feed.

    Form feeds count as text: page breaks are common in text exported from documents.
    """
    return sum(1 for ch in text if _is_stray_control(ch))


def _is_stray_control(ch: str) -> bool:
    code = ord(ch)
    if code in (0x09, 0x0A, 0x0C, 0x0D):
        return False
    return code < 0x20 or 0x7F <= code <= 0x9F
