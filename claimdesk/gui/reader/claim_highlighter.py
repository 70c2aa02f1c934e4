"""Paints claims into the reader's document as character formats.

Merging formats into the document is an order of magnitude faster than extra selections
for hundreds of spans (see bench/gui_open.py), and the formats move with the layout.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor, QTextDocument

from claimdesk.core.model import ClaimKind, ClaimView
from claimdesk.gui.common.offsets import OffsetMap
from claimdesk.gui.common.palette import kind_colour, kind_fill

# Solid for claims, wavy for denials: the kinds differ even without colour.
UNDERLINES: dict[ClaimKind, QTextCharFormat.UnderlineStyle] = {
    ClaimKind.CLAIM: QTextCharFormat.UnderlineStyle.SingleUnderline,
    ClaimKind.DENIAL: QTextCharFormat.UnderlineStyle.WaveUnderline,
}


def claim_format(kind: ClaimKind, palette: QPalette, *, selected: bool = False) -> QTextCharFormat:
    """The character format of a claim of ``kind``."""
    fmt = QTextCharFormat()
    fmt.setBackground(kind_fill(kind, palette, strong=selected))
    fmt.setUnderlineStyle(UNDERLINES[kind])
    fmt.setUnderlineColor(kind_colour(kind))
    return fmt


def apply_claim_formats(
    document: QTextDocument,
    claims: Iterable[ClaimView],
    offsets: OffsetMap,
    palette: QPalette,
    selected_id: str | None = None,
) -> None:
    """Clear earlier claim formats and paint ``claims`` (orphaned ones have no place to paint)."""
    formats = {
        (kind, selected): claim_format(kind, palette, selected=selected)
        for kind in ClaimKind
        for selected in (False, True)
    }
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.setCharFormat(QTextCharFormat())
    chosen: ClaimView | None = None
    for claim in claims:
        if claim.orphaned:
            continue
        if claim.id == selected_id:
            chosen = claim
            continue
        _merge(cursor, offsets, claim, formats[(claim.kind, False)])
    # Painted last so that where claims overlap the selected one shows on top.
    if chosen is not None:
        _merge(cursor, offsets, chosen, formats[(chosen.kind, True)])
    cursor.endEditBlock()


def _merge(cursor: QTextCursor, offsets: OffsetMap, claim: ClaimView, fmt: QTextCharFormat) -> None:
    cursor.setPosition(offsets.to_qt(claim.start))
    cursor.setPosition(offsets.to_qt(claim.end), QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(fmt)
