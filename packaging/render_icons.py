"""Render the application icon's SVG to the PNG sizes desktops and installers ask for.

Run it after changing ``resources/icons/claimdesk.svg``; the PNGs are committed
because they are small and because the tests and the .desktop install read them directly.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def render_icons(svg: Path, folder: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Write ``claimdesk-<size>.png`` for every size into ``folder``; returns the paths."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = folder / f"claimdesk-{size}.png"
        if not image.save(str(target)):
            raise SystemExit(f"render_icons: cannot write {target}")
        written.append(target)
    return written


def main() -> int:
    """Render the committed icon set from the SVG."""
    # QImage and QSvgRenderer need a GUI application, but no screen.
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    for path in render_icons(ICONS / "claimdesk.svg", ICONS):
        print(path.relative_to(ICONS.parent.parent.parent))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
