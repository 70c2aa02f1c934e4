"""Tesseract, run as the command Debian's ``tesseract-ocr`` installs: one image in (PNG on its
standard input), its words out with their boxes, confidence and place in the page's blocks,
paragraphs and lines (Tesseract's TSV output).

The command is looked for on ``PATH`` (``$CLAIMDESK_TESSERACT`` names another); its absence, or
a language whose data is not installed, is one line saying what to install.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from dataclasses import dataclass

from claimdesk.core.errors import InputRefused
from claimdesk.core.messages import Message

# Debian's package of each language's data, for the message when it is missing.
LANGUAGE_PACKAGES = {"eng": "tesseract-ocr-eng", "ita": "tesseract-ocr-ita"}
# ISO 639-1 codes of the languages ClaimDesk reads images in, to Tesseract's names.
TESSERACT_LANGUAGES = {"en": "eng", "it": "ita"}
DEFAULT_LANGUAGES = ("eng", "ita")
# One page may take long on a large scan; past this something is wrong with it.
TIMEOUT_SECONDS = 300
INSTALL = Message(
    "install Tesseract and its English and Italian data "
    "(Debian or Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-ita)"
)


@dataclass(frozen=True, slots=True)
class Word:
    """One word Tesseract read: its text, its box in the image it was given, its confidence
    (0-100) and its place: block, paragraph and line numbers (lines count within their
    paragraph)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float
    block: int
    paragraph: int
    line: int


def command() -> str | None:
    """The Tesseract command to run, or ``None`` when none is installed."""
    named = os.environ.get("CLAIMDESK_TESSERACT")
    if named:
        return shutil.which(named)
    return shutil.which("tesseract")


def require(name: str) -> str:
    """The Tesseract command, or a one-line refusal of ``name`` saying to install it."""
    found = command()
    if found is None:
        raise InputRefused(
            "{name} is an image: reading it needs Tesseract, which is not installed; {install}.",
            name=name,
            install=INSTALL,
        )
    return found


@functools.lru_cache(maxsize=4)
def installed_languages(executable: str) -> frozenset[str]:
    """The languages whose data this Tesseract has (``eng``, ``ita``, ``osd``...)."""
    try:
        done = subprocess.run(
            [executable, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = (done.stdout + "\n" + done.stderr).splitlines()
    return frozenset(line.strip() for line in lines[1:] if line.strip() and " " not in line.strip())


def languages_for(executable: str, wanted: tuple[str, ...], name: str) -> tuple[str, ...]:
    """``wanted`` (Tesseract names) as far as installed; a refusal when none is."""
    have = installed_languages(executable)
    usable = tuple(code for code in wanted if code in have)
    if usable:
        return usable
    packages = " ".join(LANGUAGE_PACKAGES.get(code, f"tesseract-ocr-{code}") for code in wanted)
    raise InputRefused(
        "{name} cannot be read: Tesseract has no data for {languages}; "
        "install it (apt-get install {packages}).",
        name=name,
        languages="+".join(wanted),
        packages=packages,
    )


def read_words(
    executable: str, png: bytes, languages: tuple[str, ...], *, dpi: int = 300, psm: int = 3
) -> list[Word]:
    """The words Tesseract reads in ``png`` with ``languages`` (e.g. ``("eng", "ita")``)."""
    arguments = [
        executable, "stdin", "stdout", "-l", "+".join(languages),
        "--psm", str(psm), "--dpi", str(dpi), "tsv",
    ]  # fmt: skip
    # One thread a page: Tesseract's own threads cost more than they give on a few cores.
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            arguments,
            input=png,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            env=environment,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise InputRefused(
            "Reading the image took longer than {seconds} s: "
            "crop it to the article or import a smaller scan.",
            seconds=TIMEOUT_SECONDS,
        ) from None
    except OSError as exc:
        raise InputRefused(
            "Tesseract could not be started ({reason}): {install}.",
            reason=exc.strerror or type(exc).__name__,
            install=INSTALL,
        ) from None
    if done.returncode != 0:
        reason = " ".join(done.stderr.decode("utf-8", "replace").split())[-200:]
        raise InputRefused(
            "Tesseract could not read the image ({reason}): save it again as PNG and import that.",
            reason=reason or "no reason given",
        )
    return parse_tsv(done.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> list[Word]:
    """Tesseract's TSV output as words (the rows of level 5 that hold text)."""
    words: list[Word] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        text = cells[11].strip()
        if not text:
            continue
        try:
            block, paragraph, line = int(cells[2]), int(cells[3]), int(cells[4])
            left, top, width, height = (int(c) for c in cells[6:10])
            confidence = float(cells[10])
        except ValueError:
            continue
        words.append(Word(text, left, top, width, height, confidence, block, paragraph, line))
    return words
