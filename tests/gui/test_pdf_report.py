"""The PDF report read back with poppler's pdftotext and rendered with pdftoppm: real text in
any script the articles use, the title block, page numbers, and headless rendering."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from claimdesk.core.errors import InputRefused
from claimdesk.core.exporters import ReportInput
from claimdesk.core.model import ClaimKind, Link, LinkType, Verdict
from claimdesk.render.pdf import export_pdf
from tests.unit.exporters.report_samples import (
    DENIAL_QUOTE,
    PLAIN_QUOTE,
    PLAIN_TEXT,
    SENTENCES,
    STOLTENBERG_QUOTE,
    TEXT,
    TRICKY_QUOTE,
    anchor_of,
    make_article,
    make_claim,
    sentence_spans,
)

# Without poppler the file cannot be read back: a failure where CI should have installed it.
_NO_POPPLER = shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None
if _NO_POPPLER and os.environ.get("CI"):
    raise RuntimeError("poppler-utils (pdftotext, pdftoppm) is not installed: .ci/run installs it")
pytestmark = pytest.mark.skipif(_NO_POPPLER, reason="poppler-utils is not installed")
ROOT = Path(__file__).resolve().parents[2]


def _report() -> ReportInput:
    seed = make_article(
        "art-seed",
        "Stoltenberg: la NATO deve fermare il ciclo",
        TEXT,
        sentence_spans(TEXT, SENTENCES),
    )
    plain = make_article("art-plain", "La NATO rafforza il fianco orientale", PLAIN_TEXT, ())
    claims = [
        make_claim(
            "c-stolt",
            seed.id,
            anchor_of(TEXT, STOLTENBERG_QUOTE),
            claimant="Jens Stoltenberg",
            cue="ha detto",
            verdict=Verdict.MOSTLY_TRUE,
            explanation="Le date sono corrette; il «modello» è un'interpretazione.",
        ),
        make_claim("c-tricky", seed.id, anchor_of(TEXT, TRICKY_QUOTE)),
        make_claim(
            "c-russia",
            seed.id,
            anchor_of(TEXT, DENIAL_QUOTE),
            kind=ClaimKind.DENIAL,
            claimant="Russia",
            cue="Ha negato",
            verdict=Verdict.FALSE,
            links=(Link(LinkType.DENIES, "c-stolt"),),
        ),
        make_claim(
            "c-plain",
            plain.id,
            anchor_of(PLAIN_TEXT, PLAIN_QUOTE),
            claimant="Міністерство оборони України",
            notes="北约东翼 · Κυβέρνηση",
        ),
    ]
    return ReportInput(
        "Rapporto: Stoltenberg e la Russia",
        "Claims of the search: claimant:stoltenberg OR claimant:russia",
        dt.datetime(2023, 3, 1, 12, 0, tzinfo=dt.UTC),
        (seed, plain),
        claims,
    )


@pytest.fixture(autouse=True)
def in_utc(utc_clock: None) -> None:
    """A report says when it was written in the machine's zone: these tests run in UTC."""


def _pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return text.split("\f")[:-1]  # pdftotext ends every page with a form feed


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def pdf(qapp: object, tmp_path: Path) -> Path:
    path = tmp_path / "report.pdf"
    assert export_pdf(_report(), path) == 4
    return path


def test_text_is_real_and_searchable_in_any_script(pdf: Path) -> None:
    pages = _pages(pdf)
    everything = _flat(" ".join(pages))
    assert STOLTENBERG_QUOTE in everything
    assert DENIAL_QUOTE in everything
    assert "finirà la guerra" in everything and "è un'interpretazione" in everything
    assert "Міністерство оборони України" in everything
    assert "北约东翼" in everything and "Κυβέρνηση" in everything
    # Ligatures are off, so "fianco" is found by a search (not "\ufb01anco").
    assert "rafforza il fianco orientale" in everything
    assert not any("\ufb00" <= ch <= "\ufb06" for ch in everything)
    # Nothing is drawn twice into the text layer at a page edge.
    # Its own entry, and the context of claim 2, which starts in the same sentence.
    assert everything.count(STOLTENBERG_QUOTE) == 2
    assert everything.count("Verdict: false") == 1


def test_title_block_and_page_numbers(pdf: Path) -> None:
    pages = _pages(pdf)
    assert len(pages) == 3  # summary and contents, then one page for each article
    first = _flat(pages[0])
    assert first.startswith("Rapporto: Stoltenberg e la Russia")
    assert "Claims of the search: claimant:stoltenberg OR claimant:russia" in first
    assert "Report written on 1 March 2023, 12:00 UTC" in first
    assert "3 claims and 1 denial in 2 articles" in first
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of 3" in _flat(page)
    assert "Stoltenberg: la NATO deve fermare il ciclo" in _flat(pages[1])
    assert "La NATO rafforza il fianco orientale" in _flat(pages[2])
    assert "DENIAL 2 Russia" in _flat(pages[1])
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    assert "Title:           Rapporto: Stoltenberg e la Russia" in info.stdout
    assert "A4" in info.stdout


def test_page_renders_with_the_kind_colours(pdf: Path, tmp_path: Path) -> None:
    # The same command that made the screenshot looked at during development.
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "2", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    (png,) = tmp_path.glob("p-*.png")
    image = QImage(str(png))
    assert (image.width(), image.height()) == (496, 702)  # A4 at 60 dpi

    def near(colour: QColor, target: str) -> bool:
        want = QColor(target)
        pairs = (
            (colour.red(), want.red()),
            (colour.green(), want.green()),
            (colour.blue(), want.blue()),
        )
        return all(abs(a - b) <= 12 for a, b in pairs)

    seen = {"#E69F00": 0, "#CC79A7": 0}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            for target in seen:
                seen[target] += near(pixel, target)
    assert seen["#E69F00"] > 10 and seen["#CC79A7"] > 10, seen


def test_runs_headless_without_a_display(tmp_path: Path) -> None:
    path = tmp_path / "headless.pdf"
    script = (
        "import sys; from pathlib import Path\n"
        "from tests.gui.test_pdf_report import _report\n"
        "from claimdesk.render.pdf import export_pdf\n"
        "print(export_pdf(_report(), Path(sys.argv[1])))\n"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "4"
    assert "Page 3 of 3" in _flat(_pages(path)[2])


def test_unwritable_path_is_refused(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(InputRefused) as caught:
        export_pdf(_report(), tmp_path / "missing" / "report.pdf")
    assert "\n" not in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_an_italian_pdf_reads_in_italian(qapp: object, tmp_path: Path) -> None:
    from pdfminer.high_level import extract_text

    path = tmp_path / "rapporto.pdf"
    assert export_pdf(_report(), path, language="it") == 4
    text = _flat(extract_text(str(path)))
    for words in (
        "Rapporto redatto il 1º marzo 2023, ore 12:00 UTC",
        "3 affermazioni e 1 smentita in 2 articoli",
        "Indice",
        "Reuters · 22 febbraio 2023",
        "AFFERMAZIONE 1 Jens Stoltenberg",
        "Verdetto: in gran parte vero",
        "SMENTITA 2 Russia",
        "smentisce l'affermazione 1 (Jens Stoltenberg)",
        "Verdetto: senza verdetto",
        "Pagina 1 di 3",
        "Pagina 3 di 3",
    ):
        assert words in text, words
    for english in ("Verdict", "Claimant", "Page ", "Report written", "not rated", "DENIAL"):
        assert english not in text, english
    # The denial is drawn right under the claim it answers, before the next claim.
    assert text.index("AFFERMAZIONE 1") < text.index("SMENTITA 2") < text.index("AFFERMAZIONE 3")
