"""Colours and fonts of the desk: kind colours that survive colour blindness and dark mode."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette

from claimdesk.core.model import ClaimKind
from claimdesk.gui.common.i18n import tr_noop, translate

# Okabe-Ito: distinguishable under the common colour-vision deficiencies.
KIND_COLOURS: dict[ClaimKind, str] = {
    ClaimKind.CLAIM: "#E69F00",
    ClaimKind.DENIAL: "#CC79A7",
}

# Shown through kind_label(), which translates them.
KIND_LABELS: dict[ClaimKind, str] = {
    ClaimKind.CLAIM: tr_noop("Palette", "Claim"),
    ClaimKind.DENIAL: tr_noop("Palette", "Denial"),
}

_SERIF_FAMILIES = ("Source Serif 4", "Noto Serif", "Georgia", "DejaVu Serif", "Nimbus Roman")
READING_POINT_SIZE = 12
READING_COLUMNS = 70


def is_dark(palette: QPalette) -> bool:
    """True when the system palette is a dark theme."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def kind_label(kind: ClaimKind) -> str:
    """``Claim`` or ``Denial`` (capitalised) in the UI language."""
    return translate("Palette", KIND_LABELS[kind])


def kind_colour(kind: ClaimKind) -> QColor:
    """The solid colour of a kind (underlines, outlines, legend swatches)."""
    return QColor(KIND_COLOURS[kind])


def kind_fill(kind: ClaimKind, palette: QPalette, *, strong: bool = False) -> QColor:
    """The translucent background of a highlighted claim, readable on light and dark bases."""
    colour = kind_colour(kind)
    # Dark bases need more alpha for the same perceived tint, but not so much that light
    # text on the selected claim drops below a 4.5:1 contrast (orange at 150 gave 4.0).
    if is_dark(palette):
        colour.setAlpha(120 if strong else 85)
    else:
        colour.setAlpha(135 if strong else 60)
    return colour


def hover_fill(palette: QPalette) -> QColor:
    """The faint wash under the sentence the mouse is over."""
    colour = QColor(palette.color(QPalette.ColorRole.Highlight))
    colour.setAlpha(40 if is_dark(palette) else 26)
    return colour


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, 1 (the same) to 21 (black on white)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def over(fill: QColor, background: QColor) -> QColor:
    """``fill`` (with its alpha) painted on an opaque ``background``: the colour seen."""
    alpha = fill.alphaF()
    return QColor.fromRgbF(
        alpha * fill.redF() + (1 - alpha) * background.redF(),
        alpha * fill.greenF() + (1 - alpha) * background.greenF(),
        alpha * fill.blueF() + (1 - alpha) * background.blueF(),
    )


def readable_on(colour: QColor, background: QColor, minimum: float = 4.5) -> QColor:
    """``colour`` mixed towards white on a dark background (towards black on a light one),
    as little as it takes to reach ``minimum`` contrast with it; the hue stays."""
    solid = QColor(colour)
    solid.setAlpha(255)
    end = QColor("#ffffff" if luminance(background) < 0.18 else "#000000")
    for step in range(11):
        mixed = QColor(end)
        mixed.setAlphaF(step / 10)
        shown = over(mixed, solid)
        if contrast_ratio(shown, background) >= minimum:
            return shown
    return end


@dataclass(frozen=True, slots=True)
class BadgeColours:
    """How a small coloured label (a verdict, a hit's type) is painted: an opaque fill, so
    that a selected row's highlight never shows through it, an outline and its text."""

    fill: QColor
    outline: QColor
    text: QColor


def badge_colours(
    colour: QColor, palette: QPalette, *, text: QColor | None = None, tint: int = 40
) -> BadgeColours:
    """The badge of ``colour``: the base tinted with it (the same on a plain and on a
    selected row), outlined in it, and its text in ``colour`` (or ``text``) made readable on
    the fill (4.5:1). On the selection it stays the same pill: a blue verdict on a blue
    highlight no longer disappears."""
    base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    tinted = QColor(colour)
    tinted.setAlpha(tint)
    fill = over(tinted, base)
    return BadgeColours(fill, QColor(colour), readable_on(text or colour, fill))


def reading_font() -> QFont:
    """A comfortable serif at reading size, falling back to the system font."""
    available = set(QFontDatabase.families())
    for family in _SERIF_FAMILIES:
        if family in available:
            font = QFont(family)
            break
    else:
        font = QFont()
        font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSize(READING_POINT_SIZE)
    return font


def muted_text(palette: QPalette) -> QColor:
    """Secondary text (metadata lines, counts) that still meets contrast on both themes."""
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)


def style_sheet(palette: QPalette) -> str:
    """A light touch over the system style: headings, message bar, quiet separators."""
    dark = is_dark(palette)
    error_bg = "#4a2323" if dark else "#fbeaea"
    error_fg = "#f3c1c1" if dark else "#7a1f1f"
    info_bg = "#1f3347" if dark else "#e8f1fa"
    info_fg = "#c6dcf2" if dark else "#1d3d5c"
    warning_bg = "#4a3a1a" if dark else "#fdf3dc"
    warning_fg = "#f3dca8" if dark else "#5c4210"
    return f"""
    QLabel#paneHeading {{
        font-size: 8pt; font-weight: 600; letter-spacing: 1px; color: palette(placeholder-text);
    }}
    QLabel#mutedText, QLabel#readerByline, QLabel#inspectorPlaceholder {{
        color: palette(placeholder-text);
    }}
    QLabel#emptyTitle {{ font-size: 16pt; font-weight: 600; }}
    QLabel#errorText {{ color: {error_fg}; }}
    QLabel#warningText {{
        background: {warning_bg}; color: {warning_fg}; padding: 4px 6px; border-radius: 3px;
    }}
    QFrame#messageBar[level="error"] {{
        background: {error_bg}; color: {error_fg}; border-bottom: 1px solid palette(mid);
    }}
    QFrame#messageBar[level="info"] {{
        background: {info_bg}; color: {info_fg}; border-bottom: 1px solid palette(mid);
    }}
    QFrame#messageBar[level="warning"] {{
        background: {warning_bg}; color: {warning_fg}; border-bottom: 1px solid palette(mid);
    }}
    QFrame#messageBar QLabel {{ color: inherit; }}
    QToolButton#messageAction {{ text-decoration: underline; }}
    QFrame#dropHint {{
        background: rgba(86, 180, 233, 40); border: 2px dashed #0072B2; border-radius: 8px;
    }}
    QFrame#dropHint QLabel {{ font-size: 13pt; font-weight: 600; color: palette(text); }}
    QListWidget#categories {{ border: none; background: transparent; }}
    QListWidget#categories::item {{ padding: 3px 4px; }}
    QTableView#articleTable {{ border: 1px solid palette(midlight); }}
    QWidget#readerHeader {{ border-bottom: 1px solid palette(midlight); }}
    QFrame#searchResults {{ border: 1px solid palette(mid); border-radius: 4px; }}
    QSplitter::handle {{ background: palette(midlight); }}
    QStatusBar QLabel {{ color: palette(placeholder-text); padding: 0 6px; }}
    """
