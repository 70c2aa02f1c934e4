"""Images of text for the OCR tests, drawn with Pillow in a system font: a post's screenshot
on a tinted background, saved as JPEG, and a skewed grainy scan."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/noto"))
ENGLISH = (
    "The minister said on Tuesday that unemployment fell to 7.1 percent last year.\n"
    "Critics answered that the figure leaves out people who stopped looking for work."
)
ITALIAN = (
    "Il ministro ha dichiarato martedì che la disoccupazione è scesa al sette per cento.\n"
    "Secondo i sindacati il dato non conta chi ha smesso di cercare lavoro."
)


def font(size: int, serif: bool = False, bold: bool = False) -> ImageFont.FreeTypeFont:
    """DejaVu (or Noto) at ``size`` pixels; the tests need fonts-dejavu-core."""
    if bold:
        names: tuple[str, str] = ("DejaVuSans-Bold.ttf", "NotoSans-Bold.ttf")
    elif serif:
        names = ("DejaVuSerif.ttf", "NotoSerif-Regular.ttf")
    else:
        names = ("DejaVuSans.ttf", "NotoSans-Regular.ttf")
    for folder in FONT_DIRS:
        for name in names:
            if (folder / name).exists():
                return ImageFont.truetype(str(folder / name), size)
    raise AssertionError("no DejaVu or Noto font installed: apt-get install fonts-dejavu-core")


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[list[str]]:
    """Paragraphs (split at line ends) as lines no wider than ``width``."""
    paragraphs = []
    for paragraph in text.split("\n"):
        lines: list[str] = []
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}".strip()
            if face.getlength(trial) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
        paragraphs.append(lines)
    return paragraphs


def screenshot(
    text: str = ENGLISH,
    *,
    width: int = 560,
    size: int = 15,
    background: tuple[int, int, int] = (232, 240, 254),
) -> Image.Image:
    """A post as a phone shows it: small type on a tint, a gap between paragraphs."""
    face = font(size)
    paragraphs = wrap(text, face, width - 40)
    step = round(size * 1.4)
    height = 20 + sum(len(p) * step + step for p in paragraphs) + 10
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    y = 20
    for lines in paragraphs:
        for line in lines:
            draw.text((20, y), line, font=face, fill=(20, 23, 26))
            y += step
        y += step
    return image


def scan(text: str = ENGLISH, *, angle: float = 3.0, seed: int = 4) -> Image.Image:
    """A printed column scanned skewed, at low resolution, with grain."""
    import numpy as np

    face = font(17, serif=True)
    paragraphs = wrap(text, face, 620)
    step = 24
    height = 60 + sum(len(p) * step + step for p in paragraphs) + 40
    page = Image.new("L", (700, height), 255)
    draw = ImageDraw.Draw(page)
    y = 50
    for lines in paragraphs:
        for line in lines:
            draw.text((40, y), line, font=face, fill=30)
            y += step
        y += step
    page = page.rotate(angle, Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    array = np.asarray(page, dtype="float64") * 0.9
    array += np.random.default_rng(seed).normal(0, 12, array.shape)
    return Image.fromarray(np.clip(array, 0, 255).astype("uint8"), "L")


def photo(seed: int = 2) -> Image.Image:
    """A picture with no text: soft shapes in colour over a gradient."""
    rng = random.Random(seed)
    image = Image.new("RGB", (640, 480))
    draw = ImageDraw.Draw(image)
    for y in range(480):
        draw.line([(0, y), (640, y)], fill=(90 + y // 6, 140, 200 - y // 4))
    for _ in range(12):
        x, y, r = rng.randint(0, 640), rng.randint(0, 480), rng.randint(20, 120)
        colour = (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    return image.filter(ImageFilter.GaussianBlur(3))


def jpeg(image: Image.Image, quality: int = 70) -> bytes:
    """``image`` as a messenger passes it on: JPEG, saved twice."""
    for q in (quality, quality - 10):
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, "JPEG", quality=q)
        image = Image.open(io.BytesIO(buffer.getvalue()))
    return buffer.getvalue()


def distance(a: str, b: str) -> int:
    """Levenshtein distance between ``a`` and ``b``."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def accuracy(read: str, truth: str) -> float:
    """1 - CER, every run of white space counted as one space."""
    read, truth = " ".join(read.split()), " ".join(truth.split())
    return 1 - distance(read, truth) / len(truth)


def post(
    name: str,
    handle: str,
    text: str,
    *,
    size: int = 14,
    heading: str | None = None,
    background: tuple[int, int, int] = (232, 240, 254),
) -> Image.Image:
    """A social post as a phone shows it: a round avatar, the author's name in bold and
    ``@handle · 2h`` in grey beside it, the post below (and, given, a heading in large bold
    type over it, as a shared article's card shows its title)."""
    body, bold = font(size), font(size, bold=True)
    width = 600
    lines = [line for lines in wrap(text, body, width - 96) for line in lines]
    step = round(size * 1.4)
    big = font(size * 3, bold=True) if heading else None
    top = 16 + step + 8
    height = top + (size * 4 if heading else 0) + step * len(lines) + 30
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    draw.ellipse((16, 16, 56, 56), fill=(83, 100, 113))
    draw.text((72, 16), name, font=bold, fill=(20, 23, 26))
    draw.text((72 + bold.getlength(name) + 8, 16), f"{handle} · 2h", font=body, fill=(83, 100, 113))
    y = top
    if heading and big:
        draw.text((72, y), heading, font=big, fill=(20, 23, 26))
        y += size * 4
    for line in lines:
        draw.text((72, y), line, font=body, fill=(20, 23, 26))
        y += step
    return image
