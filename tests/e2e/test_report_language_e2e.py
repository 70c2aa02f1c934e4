"""An Italian desk's report, end to end: a library made with the command line (claim, denial
linked to it, verdicts, a source), the real window in Italian opening the report dialog, and
the Italian PDF and HTML files drawn as pictures for a person to look at.

Saved under artifacts/screenshots: ``report-it-pdf-page1.png`` (the PDF's first page as
``pdftoppm -png -r 70`` draws it), ``report-it-html.png`` (the HTML file laid out by Qt's
rich-text engine, as the dialog's preview shows it) and ``report-it-dialog.png`` (the dialog
over the window, its preview in Italian).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimdesk.core.library import LibraryLocation, folder_location
from tests.conftest import REPO, SEED, SEED_DENIAL
from tests.e2e.conftest import SCREENSHOTS, RunningApp, wait_for

pytestmark = pytest.mark.e2e

STOLTENBERG = (
    "l'invasione fa parte di un modello che include l'azione militare russa in Georgia nel 2008 "
    "e Donbas e Crimea in Ucraina nel 2014"
)
LAST_YEAR = "La Russia ha inviato decine di migliaia di truppe oltre il suo confine in Ucraina"


def _cli(library: Path, config: Path, *args: str) -> Any:
    env = dict(os.environ, PYTHONPATH=str(REPO), CLAIMDESK_CONFIG_DIR=str(config))
    env.pop("CLAIMDESK_LIBRARY", None)
    done = subprocess.run(
        [sys.executable, "-m", "claimdesk.cli", "--library", str(library), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout) if "--json" in args else done.stdout


def _library(folder: Path, config: Path) -> str:
    """The seed article with a rated claim, its source, and the denial answering it."""
    [article] = _cli(folder, config, "import", str(SEED), "--published", "2023-02-22",
                     "--outlet", "Reuters", "--json")  # fmt: skip
    claim = _cli(folder, config, "claim", "add", article["id"], "--quote", STOLTENBERG,
                 "--claimant", "Jens Stoltenberg", "--verdict", "mostly true",
                 "--status", "reviewed", "--json")  # fmt: skip
    invasion = _cli(folder, config, "claim", "add", article["id"], "--quote", LAST_YEAR,
                    "--claimant", "Reuters", "--verdict", "true", "--json")  # fmt: skip
    assert invasion["dates"] == [] or invasion["dates"][0]["value"]
    denial = _cli(folder, config, "claim", "add", article["id"], "--quote",
                  "Ha negato di aver sostenuto i separatisti nella regione ucraina del Donbas "
                  "nel 2014", "--kind", "denial", "--claimant", "Russia", "--verdict", "false",
                  "--json")  # fmt: skip
    assert denial["quote"].startswith(SEED_DENIAL)
    _cli(folder, config, "claim", "link", denial["id"], claim["id"], "--type", "denies", "--json")
    _cli(folder, config, "claim", "evidence", "add", claim["id"], "--url",
         "https://www.osce.org/special-monitoring-mission-to-ukraine", "--title",
         "OSCE, missione speciale di monitoraggio", "--consulted", "2023-02-23",
         "--json")  # fmt: skip
    return str(article["id"])


def _html_picture(html: Path, png: Path) -> None:
    """The HTML file drawn by Qt's rich text at a browser's width (no browser needed)."""
    from PySide6.QtGui import QImage, QPainter, QTextDocument

    # Drawn with the test session's QApplication (pytest-qt's qapp, asked for by the test): a
    # bare QGuiApplication made here would be the one every later window test is handed.
    document = QTextDocument()
    document.setHtml(html.read_text(encoding="utf-8"))
    document.setTextWidth(900)
    height = min(int(document.size().height()) + 20, 2400)
    image = QImage(920, height, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    painter.translate(10, 10)
    document.drawContents(painter)
    painter.end()
    assert image.save(str(png))


def test_italian_reports_drawn_and_the_dialog_in_italian(
    start_app: Callable[[LibraryLocation], RunningApp], tmp_path: Path, qapp: object
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    folder, config = tmp_path / "library", tmp_path / "config" / "ClaimDesk"
    article = _library(folder, config)
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"language": "it"}), encoding="utf-8")

    # The files, written as the command line writes them (the window's language: Italian).
    pdf, html = tmp_path / "rapporto.pdf", tmp_path / "rapporto.html"
    _cli(folder, config, "export", "--format", "pdf", "--article", article, "-o", str(pdf))
    _cli(folder, config, "export", "--format", "html", "--article", article, "-o", str(html))
    assert '<html lang="it">' in html.read_text(encoding="utf-8")
    for old in SCREENSHOTS.glob("report-it-pdf-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(pdf),
         str(SCREENSHOTS / "report-it-pdf")],
        check=True, timeout=60,
    )  # fmt: skip
    (page,) = SCREENSHOTS.glob("report-it-pdf-*.png")
    page.replace(SCREENSHOTS / "report-it-pdf-page1.png")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-l", "1", str(pdf), "-"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout  # fmt: skip
    flat = " ".join(text.split())
    assert "AFFERMAZIONE 1 Jens Stoltenberg" in flat and "Verdetto: in gran parte vero" in flat
    assert "SMENTITA 2 Russia smentisce l'affermazione 1 (Jens Stoltenberg)" in flat
    _html_picture(html, SCREENSHOTS / "report-it-html.png")

    # The window in Italian (start_app's XDG_CONFIG_HOME holds the settings written above):
    # Ctrl+Shift+E opens the report dialog on the whole library.
    app = start_app(folder_location(folder))
    app.xdotool("windowsize", "--sync", app.window, "1400", "900")
    app.keys("ctrl+shift+e")
    found: list[str] = []

    def dialog_open() -> bool:
        try:
            found[:] = app.xdotool("search", "--onlyvisible", "--name", "^Rapporto$").split()
        except subprocess.CalledProcessError:
            return False
        return bool(found)

    assert wait_for(dialog_open, 20), "the Italian report dialog (Rapporto) did not open"
    time.sleep(2.5)  # the preview is built on the worker
    shot = SCREENSHOTS / "report-it-dialog.png"
    subprocess.run(
        ["import", "-window", found[-1], str(shot)],
        env={**os.environ, "DISPLAY": app.display}, check=True, timeout=30,
    )  # fmt: skip
    for picture in ("report-it-pdf-page1.png", "report-it-html.png", "report-it-dialog.png"):
        assert (SCREENSHOTS / picture).stat().st_size > 10_000, picture
