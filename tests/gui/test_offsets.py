"""Code-point offsets and Qt's UTF-16 positions: characters outside the BMP count twice in Qt."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from claimdesk.gui.common.offsets import OffsetMap

TEXT = "Caffè ☕ e 😀 poi 𝄞, fine 🇮🇹."


def test_offsets_round_trip_through_qt_positions() -> None:
    document = QTextDocument(TEXT)
    offsets = OffsetMap(TEXT)
    for offset, char in enumerate(TEXT):
        position = offsets.to_qt(offset)
        assert offsets.to_offset(position) == offset
        assert document.characterAt(position) == char[0] or ord(char) > 0xFFFF
    assert offsets.to_qt(len(TEXT)) == document.characterCount() - 1


def test_a_text_without_astral_characters_maps_to_itself() -> None:
    offsets = OffsetMap("perché così, già")
    assert [offsets.to_qt(i) for i in range(16)] == list(range(16))
