"""The words a search matched, marked in the reader's text like a marker pen.

They are extra selections of the text view, not character formats: they come and go with the
search without touching the claims painted into the document, and a claim under them keeps
its colour and underline.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from claimdesk.gui.common.offsets import OffsetMap

# Okabe-Ito yellow, as the search results wash their matched words.
MARKER = "#F0E442"


def marker_colour(palette: QPalette) -> QColor:
    """The wash under a matched word: stronger on a dark page, where yellow reads paler."""
    colour = QColor(MARKER)
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    colour.setAlpha(150 if dark else 120)
    return colour


def match_selections(
    document: QTextDocument,
    offsets: OffsetMap,
    spans: Sequence[tuple[int, int]],
    palette: QPalette,
) -> list[QTextEdit.ExtraSelection]:
    """One extra selection per matched span (code-point offsets)."""
    fmt = QTextCharFormat()
    fmt.setBackground(marker_colour(palette))
    selections = []
    for start, end in spans:
        cursor = QTextCursor(document)
        cursor.setPosition(offsets.to_qt(start))
        cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    return selections
