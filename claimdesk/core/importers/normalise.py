"""The one text form ClaimDesk stores: NFC, ``\\n`` line ends, no control characters, no lone
surrogates (a string holding one cannot be written as UTF-8, so no export could take it).

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
# Python smuggles bytes it could not decode as U+DC80-U+DCFF ("surrogateescape"), as the mail
# parser does with raw header bytes; any other lone surrogate is damage.
_ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Controls that are not text: all C0 but tab, line feed, form feed and carriage return; DEL; C1.
_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def normalise_text(text: str) -> str:
    """Return ``text`` in ClaimDesk's stored form.

    Steps: repair lone surrogates (:func:`repair_surrogates`), drop a leading BOM, turn
    ``\\r\\n`` and ``\\r`` into ``\\n``, drop control characters other than ``\\n`` and
    ``\\t``, compose to NFC, strip trailing whitespace. Applying it twice gives the same result
    as applying it once.
    """
    text = repair_surrogates(text)
    if text.startswith(_BOM):
        text = text[1:]
    text = _LINE_ENDS.sub("\n", text)
    # Controls go before NFC: a control between a letter and its accent would otherwise keep
    # the pair from composing, and removing it later would leave the text not NFC.
    text = _CONTROLS.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return text.rstrip()


def has_surrogates(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (and so cannot be encoded as UTF-8)."""
    return _SURROGATE.search(text) is not None


def repair_surrogates(text: str) -> str:
    """``text`` with every lone surrogate replaced, so that it can be encoded as UTF-8.

    A run of escaped bytes (U+DC80-U+DCFF) is read back as the bytes it stands for, as UTF-8
    when they are UTF-8, else as Windows-1252, else as Latin-1 (``'J\\udcc3\\udcb6hn'`` is
    ``'Jöhn'``); any other lone surrogate becomes U+FFFD. Text without one is returned as is.
    """
    if _SURROGATE.search(text) is None:
        return text
    # A high and a low half side by side (text joined from UTF-16 by hand) are one character.
    text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    text = _ESCAPED_BYTES.sub(_unescape, text)
    return _SURROGATE.sub("\ufffd", text)


def _unescape(match: re.Match[str]) -> str:
    raw = match.group(0).encode("utf-8", "surrogateescape")
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def content_hash(text: str) -> str:
    """The SHA-256 hex digest of the normalised ``text``: equal texts give equal hashes."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def count_stray_controls(text: str) -> int:
    """How many characters of ``text`` are controls other than tab, line ends and form feed.

    Form feeds count as text: page breaks are common in text exported from documents.
    """
    return len(_STRAY_CONTROLS.findall(text))
