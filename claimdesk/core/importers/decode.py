"""Bytes to text: UTF-8 (with a few broken sequences read as U+FFFD), UTF-16/32 with a BOM (or
UTF-16 without one), Windows-1252 when it reads as Western text, else the encoding
charset-normalizer finds; binary is refused."""

from __future__ import annotations

import codecs
import re
import unicodedata

from claimdesk.core.errors import InputRefused
from claimdesk.core.importers.normalise import count_stray_controls

# Above this share of stray control characters the bytes are taken for a binary file: real
# text has next to none, while compressed or executable data has several percent. A couple
# are always forgiven, such as the Ctrl-Z that old DOS editors put at the end of a file.
MAX_CONTROL_RATIO = 0.01
FORGIVEN_CONTROLS = 2
# Western languages write at most a few percent of their letters outside ASCII; Greek or
# Cyrillic bytes read as Windows-1252 turn nearly every letter into an accented one.
MAX_WESTERN_ACCENTED = 0.3
# UTF-16 without a BOM: ASCII-heavy text has a zero in every other byte.
_UTF16_ZERO_SHARE = 0.4
# Bytes that fail as UTF-8 are still read as UTF-8 when they hold this many well-formed
# non-ASCII characters for each broken sequence: a Windows-1252 file has none.
MIN_UTF8_SHARE = 4
_SNIFF = 4096

# The UTF-32 marks come first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# Punctuation Windows-1252 adds that real Western text uses between or beside letters.
_WESTERN_MARKS = frozenset("’‘´`'·-–")


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """Decode a file's bytes; return the text and the encoding used.

    ``name`` is the file name used in the one-line reason when the bytes are refused;
    ``declared`` is an encoding the file names itself (an HTML ``<meta charset>``), tried
    after a BOM and before any guess.
    """
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise InputRefused(
                    "{name} starts with a {label} byte-order mark but is not valid {label}: "
                    "save it again as UTF-8 and import it again.",
                    name=name,
                    label=label,
                ) from None
            _refuse_if_binary(text, name)
            return text, encoding
    if b"\x00" in data:
        return _decode_utf16_without_bom(data, name)
    for encoding in _declared(declared):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        _refuse_if_binary(text, name)
        return text, encoding
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _refuse_if_binary(text, name)
        return text, "utf-8"
    mostly = _mostly_utf8(data)
    if mostly is not None:
        _refuse_if_binary(mostly, name)
        return mostly, "utf-8"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        if reads_as_western(text):
            _refuse_if_binary(text, name)
            return text, "cp1252"
    return _decode_guessed(data, name)


def _declared(declared: str | None) -> list[str]:
    if not declared:
        return []
    try:
        encoding = codecs.lookup(declared.strip().strip("\"'")).name
    except LookupError:
        return []
    # Pages that say Latin-1 are written in Windows-1252 (the HTML standard reads them so).
    if encoding in ("latin-1", "iso8859-1", "ascii"):
        encoding = "cp1252"
    return [encoding]


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken sequences (a cut copy, an encoded surrogate), each read as
    U+FFFD; ``None`` when the bytes are not UTF-8 with damage but another encoding."""
    text = data.decode("utf-8", "replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    if broken > 0 and multibyte >= MIN_UTF8_SHARE * broken:
        return text
    return None


def _decode_utf16_without_bom(data: bytes, name: str) -> tuple[str, str]:
    sample = data[:_SNIFF]
    even, odd = sample[0::2], sample[1::2]
    for zeros, quiet, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if (
            len(data) % 2 == 0
            and zeros.count(0) > _UTF16_ZERO_SHARE * len(zeros)
            and quiet.count(0) < 0.05 * max(len(quiet), 1)
        ):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                break
            _refuse_if_binary(text, name)
            return text, encoding
    raise _binary(name)


def _decode_guessed(data: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            _refuse_if_binary(text, name)
            return text, best.encoding
    text = data.decode("latin-1")
    _refuse_if_binary(text, name)
    return text, "latin-1"


_LETTER_GAP = re.compile(r"(?<=[^\W\d_])([^\w\s])(?=[^\W\d_])")


def reads_as_western(text: str) -> bool:
    """Whether text decoded as Windows-1252 looks like a Western European language.

    It does not when a symbol sits inside a word ("mo¿e", "by³": Polish read wrongly) or when
    most letters are accented ones (Greek or Cyrillic read wrongly).
    """
    letters = accented = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if ord(ch) > 0x7F:
                accented += 1
    if letters and accented > MAX_WESTERN_ACCENTED * letters:
        return False
    for match in _LETTER_GAP.finditer(text):
        mark = match.group(1)
        if (
            ord(mark) > 0x7F
            and mark not in _WESTERN_MARKS
            and unicodedata.category(mark).startswith(("S", "P", "N", "C"))
        ):
            return False
    return True


def _refuse_if_binary(text: str, name: str) -> None:
    allowed = FORGIVEN_CONTROLS + MAX_CONTROL_RATIO * len(text)
    if "\x00" in text or count_stray_controls(text) > allowed:
        raise _binary(name)


def _binary(name: str) -> InputRefused:
    return InputRefused(
        "{name} does not hold text (it looks like a binary file): "
        "check that its extension matches its content, or import another file.",
        name=name,
    )
