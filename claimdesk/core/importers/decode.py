"""Bytes to text: UTF-8, UTF-16/32 with a BOM, else Windows-1252 or Latin-1; binary is refused."""

from __future__ import annotations

import codecs

from claimdesk.core.errors import InputRefused
from claimdesk.core.importers.normalise import count_stray_controls

# Above this share of stray control characters the bytes are taken for a binary file: real
# text has next to none, while compressed or executable data has several percent. A couple
# are always forgiven, such as the Ctrl-Z that old DOS editors put at the end of a file.
MAX_CONTROL_RATIO = 0.01
FORGIVEN_CONTROLS = 2

# The UTF-32 marks come first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Decode a file's bytes; return the text and the encoding used.

    ``name`` is the file name used in the one-line reason when the bytes are refused.
    """
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise InputRefused(
                    f"{name} starts with a {label} byte-order mark but is not valid {label}: "
                    "save it again as UTF-8 and import it again."
                ) from None
            _refuse_if_binary(text, name)
            return text, encoding
    if b"\x00" in data:
        raise _binary(name)
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        _refuse_if_binary(text, name)
        return text, encoding
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def _refuse_if_binary(text: str, name: str) -> None:
    allowed = FORGIVEN_CONTROLS + MAX_CONTROL_RATIO * len(text)
    if "\x00" in text or count_stray_controls(text) > allowed:
        raise _binary(name)


def _binary(name: str) -> InputRefused:
    return InputRefused(
        f"{name} does not hold text (it looks like a binary file): "
        "import a plain-text or Markdown file instead."
    )
