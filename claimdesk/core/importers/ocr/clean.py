"""An image made ready for Tesseract, and the way back from its pixels to the original's.

Screenshots of posts have small type on a tinted background and are passed on as JPEG; scans
come skewed, speckled and at low resolution. Tesseract reads best dark text on a white page,
capitals some 30 pixels high, lines level. The steps, each measured by ``bench/ocr.py``:

1. grayscale (transparency on white; light text on a dark background turned dark on light);
2. the background flattened: each pixel divided by the page's local brightness, so a tint,
   a gradient or a grey paper becomes white and the text keeps its contrast;
3. deskewed: the angle (within ±10°) at which the rows of dark pixels are sharpest;
4. upscaled when the type is small (the median height of its lines of text), with a smooth
   filter so the letters' edges stay round;
5. speckles removed (a median filter) when the page is noisy.

:class:`Prepared` keeps the scale and rotation so the words' boxes can be put back on the
kept image.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from PIL import Image

MAX_ANGLE = 10.0
# The height Tesseract reads best, for a line of text (ascender to descender), in pixels.
TARGET_LINE_HEIGHT = 48
MAX_SCALE = 4.0
# The most dark shapes larger than type looked at on one page (a page of photos has many).
MAX_BLOBS = 20
# A dark shape is erased when it is this many times thicker than the type's strokes.
BLOB_STROKES = 4.0
# Past this many pixels an image is not upscaled at all (a page scanned at 300 dpi).
MAX_PIXELS = 40_000_000


@dataclass(frozen=True, slots=True)
class Prepared:
    """The image to read (PNG bytes) and how it was made from the original: ``scale`` times
    larger, turned by ``angle`` degrees (counter-clockwise) about the original's centre and
    then placed with ``offset`` (the rotated image grows to hold every corner)."""

    png: bytes
    width: int
    height: int
    original_width: int
    original_height: int
    scale: float
    angle: float
    offset: tuple[float, float]

    def to_original(
        self, left: int, top: int, width: int, height: int
    ) -> tuple[int, int, int, int]:
        """A box in the prepared image as a box in the original one (its bounding box after
        the rotation is undone), clipped to the original."""
        corners = (
            (left, top),
            (left + width, top),
            (left, top + height),
            (left + width, top + height),
        )
        points = [self._point_back(x, y) for x, y in corners]
        x0 = max(0.0, min(p[0] for p in points))
        y0 = max(0.0, min(p[1] for p in points))
        x1 = min(float(self.original_width), max(p[0] for p in points))
        y1 = min(float(self.original_height), max(p[1] for p in points))
        return round(x0), round(y0), max(1, round(x1 - x0)), max(1, round(y1 - y0))

    def _point_back(self, x: float, y: float) -> tuple[float, float]:
        # Undo the placement, the rotation about the scaled image's centre, then the scale.
        cx, cy = self.original_width * self.scale / 2, self.original_height * self.scale / 2
        x, y = x - self.offset[0], y - self.offset[1]
        radians = math.radians(self.angle)
        # PIL turns counter-clockwise on screen (y down): undoing it turns the other way.
        dx, dy = x - cx, y - cy
        ox = cx + dx * math.cos(radians) - dy * math.sin(radians)
        oy = cy + dx * math.sin(radians) + dy * math.cos(radians)
        return ox / self.scale, oy / self.scale


def as_rgb(image: Image.Image) -> Image.Image:
    """The image in RGB, transparency laid on white, turned as its EXIF orientation says."""
    from PIL import Image, ImageOps

    image = ImageOps.exif_transpose(image) or image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        image = image.convert("RGBA")
        page = Image.new("RGBA", image.size, (255, 255, 255, 255))
        page.alpha_composite(image)
        return page.convert("RGB")
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        array = np.asarray(image, dtype="float64")
        top = float(array.max()) or 1.0
        return Image.fromarray((array / top * 255).astype("uint8")).convert("RGB")
    return image.convert("RGB")


def prepare(image: Image.Image) -> Prepared:
    """The steps above on ``image`` (any mode); the result as PNG with its way back."""
    from PIL import Image, ImageFilter

    rgb = as_rgb(image)
    gray = np.asarray(rgb.convert("L"), dtype="float32")
    if _dark_background(gray):
        gray = 255.0 - gray
    gray = _erase_blobs(gray)
    flat = _flatten_background(gray)
    angle = _skew_angle(flat)
    level = flat
    if abs(angle) >= 0.2:
        turned = Image.fromarray(flat.astype("uint8"), "L").rotate(
            angle, Image.Resampling.BILINEAR, expand=True, fillcolor=255
        )
        level = np.asarray(turned, dtype="float32")
    line_height = _line_height(level)
    pixels = flat.shape[0] * flat.shape[1]
    scale = 1.0
    if line_height and line_height < TARGET_LINE_HEIGHT * 0.8:
        scale = min(MAX_SCALE, TARGET_LINE_HEIGHT / line_height)
        scale = (
            min(scale, math.sqrt(MAX_PIXELS / pixels))
            if pixels * scale * scale > MAX_PIXELS
            else scale
        )
        scale = max(scale, 1.0)
    picture = Image.fromarray(np.clip(flat, 0, 255).astype("uint8"), "L")
    if _noisy(flat):
        picture = picture.filter(ImageFilter.MedianFilter(3))
    if scale > 1.0:
        size = (round(picture.width * scale), round(picture.height * scale))
        picture = picture.resize(size, Image.Resampling.LANCZOS)
    picture = _whiten(picture)
    before = picture.size
    offset = (0.0, 0.0)
    if abs(angle) >= 0.2:
        picture = picture.rotate(angle, Image.Resampling.BICUBIC, expand=True, fillcolor=255)
        offset = ((picture.width - before[0]) / 2, (picture.height - before[1]) / 2)
    else:
        angle = 0.0
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", compress_level=1)
    return Prepared(
        png=buffer.getvalue(),
        width=picture.width,
        height=picture.height,
        original_width=rgb.width,
        original_height=rgb.height,
        scale=picture.width / rgb.width if angle == 0.0 else scale,
        angle=angle,
        offset=offset,
    )


def plain_png(image: Image.Image) -> bytes:
    """``image`` as PNG, unchanged but for its mode (what plain Tesseract is given)."""
    buffer = io.BytesIO()
    as_rgb(image).save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def _dark_background(gray: np.ndarray) -> bool:
    return float(np.median(gray)) < 110.0


def _flatten_background(gray: np.ndarray) -> np.ndarray:
    """Divide by the local background (a blurred maximum over windows wider than strokes)."""
    from PIL import Image, ImageFilter

    height, width = gray.shape
    small_scale = max(1, round(max(height, width) / 500))
    picture = Image.fromarray(gray.astype("uint8"), "L")
    small = picture.resize(
        (max(1, width // small_scale), max(1, height // small_scale)), Image.Resampling.BOX
    )
    window = 2 * max(3, round(15 / small_scale)) + 1
    background = small.filter(ImageFilter.MaxFilter(min(window, 31))).filter(
        ImageFilter.GaussianBlur(window / 2)
    )
    bg = np.asarray(background.resize((width, height), Image.Resampling.BILINEAR), dtype="float32")
    bg = np.maximum(bg, 1.0)
    flat = gray / bg * 255.0
    # Stretch so the darkest ink is black: a tint left on the letters goes too.
    ink = float(np.percentile(flat, 1))
    if ink < 200:
        flat = (flat - ink) / max(255.0 - ink, 1.0) * 255.0
    return np.clip(flat, 0.0, 255.0)  # type: ignore[no-any-return]


def _erase_blobs(gray: np.ndarray) -> np.ndarray:
    """The page without solid dark shapes much larger than its type (an avatar, a dark photo),
    painted over with the paper's shade: Tesseract reads them as a few letters of nonsense and
    takes the lines beside them for one block. Done before the background is flattened, which
    would leave a ring of a shape wider than its window."""
    from PIL import Image, ImageDraw

    ink = gray < _otsu(gray)
    if ink.all() or not ink.any():
        return gray
    stroke = _stroke_width(ink)
    # Looked for on a smaller copy when the type is large: the shapes sought are larger still.
    step = max(1, int(stroke // 2))
    small = ink[::step, ::step]
    # What is left after erasing every shape less than a few strokes thick: no letter of the
    # page's type (nor of a heading in it, a little bolder) is left.
    size = 2 * max(2, round(BLOB_STROKES * stroke / step / 2)) + 1
    line = 2 * size
    solid = _box_count(_box_count(small, size) == size * size, size) > 0
    marks = Image.fromarray((solid * 255).astype("uint8"), "L").copy()
    out = gray
    paper = float(np.median(gray[~ink]))
    for _ in range(MAX_BLOBS):
        box = marks.getbbox()
        if box is None:
            break
        # One shape at a time: the first row's first pixel, filled and measured.
        row = np.asarray(marks.crop((box[0], box[1], box[2], box[1] + 1)))
        seed = (box[0] + int(np.argmax(row[0] > 0)), box[1])
        ImageDraw.floodfill(marks, seed, 128)
        shape = marks.point(lambda v: 255 if v == 128 else 0)
        left, top, right, bottom = shape.getbbox() or box
        marks = marks.point(lambda v: 255 if v == 255 else 0)
        wide, tall = right - left, bottom - top
        if wide < line or tall < line or not 0.4 <= wide / tall <= 2.5:
            continue
        if float(small[top:bottom, left:right].mean()) < 0.5:
            continue
        margin = max(2, round(stroke))
        if out is gray:
            out = gray.copy()
        out[
            max(0, top * step - margin) : bottom * step + margin,
            max(0, left * step - margin) : right * step + margin,
        ] = paper
    return out


def _box_count(mask: np.ndarray, size: int) -> np.ndarray:
    """How many pixels of ``mask`` each ``size`` x ``size`` square centred on a pixel holds
    (an erosion is where it holds ``size * size``, a dilation where it holds one)."""
    half = size // 2
    padded = np.pad(mask.astype("int32"), half)
    total = np.pad(padded.cumsum(axis=0).cumsum(axis=1), ((1, 0), (1, 0)))
    height, width = mask.shape
    return (  # type: ignore[no-any-return]
        total[size : size + height, size : size + width]
        - total[:height, size : size + width]
        - total[size : size + height, :width]
        + total[:height, :width]
    )


def _stroke_width(ink: np.ndarray) -> float:
    """The median length of the runs of ink along the rows: the width of the type's strokes."""
    rows = np.pad(ink, ((0, 0), (1, 1))).astype("int8")
    edges = np.diff(rows, axis=1)
    starts = np.nonzero(edges.ravel() == 1)[0]
    ends = np.nonzero(edges.ravel() == -1)[0]
    if not len(starts):
        return 1.0
    return max(1.0, float(np.median(ends - starts)))


def _ink(flat: np.ndarray) -> np.ndarray:
    """Dark pixels (text) of a flattened page, by Otsu's threshold."""
    return flat < min(_otsu(flat), 200)


def _skew_angle(flat: np.ndarray) -> float:
    """The angle (degrees, counter-clockwise) that levels the lines of text, or 0."""
    from PIL import Image

    ink = _ink(flat)
    if ink.mean() < 0.002:
        return 0.0
    picture = Image.fromarray((ink * 255).astype("uint8"), "L")
    longest = max(picture.size)
    if longest > 1000:
        factor = 1000 / longest
        picture = picture.resize(
            (max(1, round(picture.width * factor)), max(1, round(picture.height * factor))),
            Image.Resampling.BOX,
        )

    def sharpness(angle: float) -> float:
        turned = np.asarray(
            picture.rotate(angle, Image.Resampling.BILINEAR, expand=True), dtype="float64"
        )
        rows = turned.sum(axis=1)
        return float(np.sum(np.diff(rows) ** 2))

    coarse = np.arange(-MAX_ANGLE, MAX_ANGLE + 0.01, 1.0)
    best = max(coarse, key=sharpness)
    fine = np.arange(best - 1.0, best + 1.01, 0.1)
    angle = float(max(fine, key=sharpness))
    level = sharpness(0.0)
    # Keep a page as it is unless turning it clearly levels its lines.
    return angle if sharpness(angle) > level * 1.02 else 0.0


def _line_height(flat: np.ndarray) -> float | None:
    """The median height of the runs of rows holding text (after deskewing is a detail: a
    few degrees make lines taller by a little), or ``None`` when no text shows."""
    ink = _ink(flat)
    rows = ink.mean(axis=1) > 0.003
    heights: list[int] = []
    run = 0
    for has_ink in rows:
        if has_ink:
            run += 1
        elif run:
            heights.append(run)
            run = 0
    if run:
        heights.append(run)
    heights = [h for h in heights if h >= 4]
    if not heights:
        return None
    return float(np.median(heights))


def _whiten(picture: Image.Image) -> Image.Image:
    """Paper made white: grey above the ink's threshold (grain, shading) goes to white, the
    ink and its soft edges stay."""
    from PIL import Image

    array = np.asarray(picture, dtype="float32")
    threshold = float(_otsu(array))
    # Measured against a hard threshold: as good on screenshots, 0.006 better on scans.
    high = threshold + (255.0 - threshold) * 0.5
    out = np.where(array >= high, 255.0, array * 255.0 / max(high, 1.0))
    return Image.fromarray(np.clip(out, 0, 255).astype("uint8"), "L")


def _otsu(array: np.ndarray) -> int:
    histogram = np.bincount(array.astype("uint8").ravel(), minlength=256).astype("float64")
    total = histogram.sum()
    levels = np.arange(256)
    weight = np.cumsum(histogram)
    mean = np.cumsum(histogram * levels)
    between = (mean[-1] * weight / total - mean) ** 2 / np.maximum(weight * (total - weight), 1.0)
    return int(np.argmax(between))


def _noisy(flat: np.ndarray) -> bool:
    """Whether the page is speckled: many dark pixels with no dark neighbour."""
    ink = _ink(flat)
    if ink.sum() == 0:
        return False
    padded = np.pad(ink, 1)
    neighbours = sum(
        padded[1 + dy : padded.shape[0] - 1 + dy, 1 + dx : padded.shape[1] - 1 + dx]
        for dy in (-1, 0, 1)
        for dx in (-1, 0, 1)
        if dy or dx
    )
    lonely = ink & (neighbours == 0)
    return float(lonely.sum()) / float(ink.sum()) > 0.02
