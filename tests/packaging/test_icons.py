"""The application icon: an SVG and the PNG sizes desktops ask for, rendered from it."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO

ICONS = REPO / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
RGBA = 6


def png_header(path: Path) -> tuple[int, int, int]:
    """Width, height and colour type from a PNG's IHDR chunk."""
    data = path.read_bytes()[:33]
    assert data[:8] == PNG_SIGNATURE, f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    width, height, _depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, colour


def test_svg_is_a_square_drawing() -> None:
    root = ET.parse(ICONS / "claimdesk.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = (float(n) for n in root.get("viewBox", "").split())
    assert width == height > 0


@pytest.mark.parametrize("size", SIZES)
def test_png_has_its_size_and_transparency(size: int) -> None:
    assert png_header(ICONS / f"claimdesk-{size}.png") == (size, size, RGBA)


def test_png_shows_the_drawing_on_a_transparent_square() -> None:
    """Rounded corners are transparent and the middle is painted (the render was not blank)."""
    pytest.importorskip("PySide6")
    from PySide6.QtGui import QImage

    image = QImage(str(ICONS / "claimdesk-256.png"))
    assert not image.isNull()
    assert image.pixelColor(0, 0).alpha() == 0
    middle = image.pixelColor(128, 128)
    assert middle.alpha() == 255
    # Of the kind colours, the claim's orange fills the front balloon.
    orange = image.pixelColor(50, 120)
    assert (orange.red(), orange.green(), orange.blue()) == (0xE6, 0x9F, 0x00)
