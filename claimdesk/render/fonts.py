"""Which characters of a text no installed font can draw, grouped by script.

Qt draws a character it finds in no font as an empty box, and says nothing. Before a PDF is
handed out, its text is checked here: each distinct character is looked up in the report's
font, then in every installed family (as Qt's fallback would), and what none of them holds is
reported by script, with the Debian package whose fonts draw that script.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from claimdesk.render import ensure_gui_app

# The first word of a character's Unicode name -> (script, Debian font package).
_SCRIPTS = {
    "LATIN": ("Latin", "fonts-dejavu-core"),
    "GREEK": ("Greek", "fonts-dejavu-core"),
    "CYRILLIC": ("Cyrillic", "fonts-dejavu-core"),
    "ARABIC": ("Arabic", "fonts-noto-core"),
    "HEBREW": ("Hebrew", "fonts-noto-core"),
    "DEVANAGARI": ("Devanagari", "fonts-noto-core"),
    "BENGALI": ("Bengali", "fonts-noto-core"),
    "TAMIL": ("Tamil", "fonts-noto-core"),
    "THAI": ("Thai", "fonts-noto-core"),
    "ARMENIAN": ("Armenian", "fonts-noto-core"),
    "GEORGIAN": ("Georgian", "fonts-noto-core"),
    "ETHIOPIC": ("Ethiopic", "fonts-noto-core"),
    "CJK": ("Chinese, Japanese and Korean", "fonts-noto-cjk"),
    "HIRAGANA": ("Japanese", "fonts-noto-cjk"),
    "KATAKANA": ("Japanese", "fonts-noto-cjk"),
    "HANGUL": ("Korean", "fonts-noto-cjk"),
    "BOPOMOFO": ("Chinese, Japanese and Korean", "fonts-noto-cjk"),
}
# The family the PDF report is set in (fonts-dejavu-core); Qt falls back per character.
REPORT_FAMILY = "DejaVu Sans"
_OTHER = ("other scripts", "fonts-noto-core")
_EMOJI = ("emoji", "fonts-noto-color-emoji")
# Not drawn as glyphs: white space, controls, format characters (bidi marks, joiners),
# private use, unassigned code points, surrogates; and variation selectors.
_INVISIBLE_CATEGORIES = {"Zs", "Zl", "Zp", "Cc", "Cf", "Co", "Cn", "Cs"}


@dataclass(frozen=True)
class MissingScript:
    """Characters of one script that no installed font draws."""

    script: str
    package: str
    characters: str  # each distinct character once, in the order first met


def missing_scripts(text: str, family: str) -> tuple[MissingScript, ...]:
    """The scripts of ``text`` that neither ``family`` nor any other installed font draws."""
    ensure_gui_app()
    missing: dict[tuple[str, str], list[str]] = {}
    for ch in dict.fromkeys(text):
        if ch.isascii() or not _drawn_as_glyph(ch) or _drawable(ch, family):
            continue
        missing.setdefault(_script_of(ch), []).append(ch)
    return tuple(MissingScript(s, p, "".join(chars)) for (s, p), chars in missing.items())


def describe(missing: Iterable[MissingScript]) -> str | None:
    """One line for the user: what cannot be drawn, and which packages would draw it."""
    found = list(missing)
    if not found:
        return None
    count = sum(len(m.characters) for m in found)
    characters = f"{count} character{'' if count == 1 else 's'}"
    scripts = "; ".join(f"{m.script}: {sample(m.characters)}" for m in found)
    packages = " ".join(dict.fromkeys(m.package for m in found))
    return (
        f"No installed font draws {characters} of the report ({scripts}): the PDF shows "
        f"empty boxes there; install {packages} and write the report again."
    )


def sample(characters: str) -> str:
    """The first few of ``characters``, for a message."""
    return characters if len(characters) <= 6 else characters[:6] + "…"


def _drawn_as_glyph(ch: str) -> bool:
    code = ord(ch)
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return False
    return unicodedata.category(ch) not in _INVISIBLE_CATEGORIES


def _script_of(ch: str) -> tuple[str, str]:
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    if first in _SCRIPTS:
        return _SCRIPTS[first]
    if unicodedata.category(ch) == "So" and ord(ch) >= 0x1F000:
        return _EMOJI
    return _OTHER


@functools.lru_cache(maxsize=8192)
def _drawable(ch: str, family: str) -> bool:
    code = ord(ch)
    if _raw_font(family).supportsCharacter(code):
        return True
    return any(_raw_font(other).supportsCharacter(code) for other in _families())


@functools.cache
def _families() -> tuple[str, ...]:
    return tuple(QFontDatabase.families())


@functools.cache
def _raw_font(family: str) -> QRawFont:
    return QRawFont.fromFont(QFont(family))
