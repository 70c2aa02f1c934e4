"""Who the app is to the desktop: its icon, its desktop-file id and sharp icons on high-DPI."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

DESKTOP_FILE_NAME = "io.github.claimdesk.ClaimDesk"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def icons_folder() -> Path:
    """``resources/icons``."""
    return Path(str(resources.files("claimdesk") / "resources" / "icons"))


def app_icon() -> QIcon:
    """The application icon: the SVG for any size, plus the rendered PNGs so that small sizes
    stay crisp where the SVG plugin is missing or hints poorly."""
    folder = icons_folder()
    icon = QIcon()
    svg = folder / "claimdesk.svg"
    if svg.exists():
        icon.addFile(str(svg))
    for size in ICON_SIZES:
        png = folder / f"claimdesk-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon


def prepare_high_dpi() -> None:
    """Before the QApplication exists: follow fractional scale factors (150 %) exactly, so
    text and icons are rendered at the screen's real density instead of rounded."""
    if QGuiApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )


def apply_identity(app: QApplication) -> None:
    """Icon and desktop-file id (Wayland and the task bar match windows to the menu entry)."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_FILE_NAME)
