"""Light, dark or the system's appearance, applied to the running app at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from claimdesk.gui.common.palette import is_dark, style_sheet

# Colours of the dark palette; chosen so body text and the muted (placeholder) text keep a
# contrast ratio above 4.5 on the base, and the Okabe-Ito kind fills stay distinct on it.
_DARK = {
    QPalette.ColorRole.Window: "#2a2b2e",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#26272b",
    QPalette.ColorRole.ToolTipBase: "#3a3b3f",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#8e9199",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#33343a",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#4a4b52",
    QPalette.ColorRole.Midlight: "#3b3c42",
    QPalette.ColorRole.Mid: "#55575e",
    QPalette.ColorRole.Dark: "#17181a",
    QPalette.ColorRole.Shadow: "#0c0c0d",
    QPalette.ColorRole.Highlight: "#2f6fc0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7ab8f5",
    QPalette.ColorRole.LinkVisited: "#c29be8",
}
# A disabled control must look it, as the light style's do: its text dims (about a third of
# the enabled contrast) and a button's face and a field's base sink into the window, so that
# a row of disabled buttons no longer looks like a row of enabled ones with grey words.
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#6f7178",
    QPalette.ColorRole.Text: "#6f7178",
    QPalette.ColorRole.ButtonText: "#6f7178",
    QPalette.ColorRole.PlaceholderText: "#5c5e64",
    QPalette.ColorRole.Button: "#2a2b2e",
    QPalette.ColorRole.Base: "#26272a",
    QPalette.ColorRole.Light: "#35363b",
    QPalette.ColorRole.Midlight: "#303136",
    QPalette.ColorRole.Highlight: "#3b3c42",
    QPalette.ColorRole.HighlightedText: "#a3a6ad",
}


def dark_palette() -> QPalette:
    """The desk's own dark palette, for platforms that do not switch to dark themselves."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def light_palette(app: QApplication) -> QPalette:
    """The style's light palette."""
    return app.style().standardPalette()


def _system_is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_appearance(appearance: str, app: QApplication | None = None) -> bool:
    """Switch the whole app to ``appearance`` ("system", "light" or "dark"); True if now dark.

    Qt 6.8 can ask the platform for a colour scheme; where the platform does not follow (a
    plain X11 session, Xvfb, older Qt) an explicit palette does the job.
    """
    app = app or _application()
    hints = app.styleHints()
    wanted_dark = appearance == "dark" or (appearance == "system" and _system_is_dark(app))
    if hasattr(hints, "setColorScheme"):
        if appearance == "system":
            hints.unsetColorScheme()
        else:
            scheme = Qt.ColorScheme.Dark if appearance == "dark" else Qt.ColorScheme.Light
            hints.setColorScheme(scheme)
    if appearance == "system":
        # A default palette hands the colours back to the platform and the style.
        app.setPalette(QPalette())
        if is_dark(app.palette()) != wanted_dark:
            app.setPalette(dark_palette() if wanted_dark else light_palette(app))
    else:
        app.setPalette(dark_palette() if wanted_dark else light_palette(app))
    app.setStyleSheet(style_sheet(app.palette()))
    return is_dark(app.palette())


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("apply_appearance needs a QApplication")
    return app
