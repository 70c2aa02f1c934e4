"""Fonts in PDF reports: embedded, every script of the reports drawn by the fonts `.ci/run`
installs, and a plain warning (the rest still written) when the machine has no font for some
characters: from `export` on the command line and in the report dialog, before and after."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimdesk.core.model import ClaimChanges, ClaimFilter
from claimdesk.gui.common.i18n import install_language
from claimdesk.gui.reports.report_formats import fonts_message
from claimdesk.gui.shell.main_window import MainWindow
from claimdesk.render.fonts import MissingScript, describe, missing_scripts
from claimdesk.render.pdf import write_pdf
from tests.conftest import REPO
from tests.gui.conftest import call, wait_idle
from tests.gui.demo_fixtures import demo_folder, demo_window
from tests.gui.test_pdf_report import _report
from tests.gui.test_report_dialog import open_dialog, settle

__all__ = ["demo_folder", "demo_window"]
# A character of Unicode 14 that only a colour emoji font draws (fonts-noto-color-emoji).
MELTING_FACE = "\U0001fae0"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (poppler-utils, fontconfig): .ci/run installs it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def _fontconfig_draws(ch: str) -> bool:
    listed = subprocess.run(
        [_tool("fc-list"), f":charset={ord(ch):x}", "family"],
        capture_output=True,
        text=True,
        check=True,
    )
    return bool(listed.stdout.strip())


def test_every_script_of_the_report_is_drawn_by_the_installed_fonts(
    qapp: object, tmp_path: Path
) -> None:
    # Latin, Cyrillic, Greek and Chinese: a machine set up by .ci/run has a font for each.
    written = write_pdf(_report(), tmp_path / "report.pdf")
    assert written.claims == 4
    assert written.missing == (), describe(written.missing)


def test_the_pdf_embeds_every_font_it_uses(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_pdf(_report(), path)
    listing = subprocess.run(
        [_tool("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(listing) >= 2  # DejaVu Sans and a CJK face at least
    for row in listing:
        # name type encoding emb sub uni object ID: "emb" is the fourth field from the end.
        assert row.split()[-5] == "yes", row


def test_characters_no_font_draws_are_named_by_script_and_package(qapp: object) -> None:
    text = "Ciao, mondo: è così " + MELTING_FACE + "\u200f\u0301"
    missing = missing_scripts(text, "DejaVu Sans")
    if _fontconfig_draws(MELTING_FACE):
        assert missing == ()
        return
    assert [(m.script, m.package, m.characters) for m in missing] == [
        ("emoji", "fonts-noto-color-emoji", MELTING_FACE)
    ]
    line = describe(missing)
    assert line is not None and "\n" not in line
    assert "draws 1 character of the report" in line
    assert "install fonts-noto-color-emoji" in line
    assert describe(()) is None


ONLY_DEJAVU = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>{cache}</cachedir></fontconfig>
"""


def test_export_on_a_machine_without_cjk_fonts_says_so_and_writes_the_rest(
    tmp_path: Path,
) -> None:
    # The same program on a machine whose only fonts are DejaVu (no CJK font installed).
    conf = tmp_path / "fonts.conf"
    conf.write_text(ONLY_DEJAVU.format(cache=tmp_path / "fc-cache"), encoding="utf-8")
    article = tmp_path / "nato.txt"
    article.write_text(
        "La NATO rafforza il fianco orientale.\n\n"
        "Il ministero di Pechino ha detto: «北约东翼的部署是挑衅». La Russia ha negato.\n",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    library = tmp_path / "lib"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "claimdesk.cli", "--library", str(library), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    assert cli("import", str(article)).returncode == 0
    article_id = re.search(r"[0-9a-f]{8}", cli("articles").stdout)
    assert article_id is not None
    added = cli("claim", "add", article_id.group(0), "--quote", "北约东翼的部署是挑衅")
    assert added.returncode == 0, added.stderr
    out = tmp_path / "report.pdf"
    result = cli("export", "--format", "pdf", "-o", str(out))
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Chinese, Japanese and Korean: 北约东翼的部…" in lines[0]
    assert "install fonts-noto-cjk" in lines[0]
    assert "wrote 1 claim(s)" in result.stdout
    text = subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "La NATO rafforza il fianco orientale" in " ".join(text.split())


def test_report_dialog_warns_before_and_after_writing_a_pdf(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    window = demo_window
    claim = call(qtbot, window, lambda d: d.list_claims(ClaimFilter()))[0]
    call(qtbot, window, lambda d: d.update_claim(claim.id, ClaimChanges(notes=MELTING_FACE)))
    dialog = open_dialog(qtbot, window, "library")
    expect_warning = not _fontconfig_draws(MELTING_FACE)
    dialog.set_fmt("html")
    settle(qtbot, window, dialog)
    assert not dialog.font_notice.isVisible()
    dialog.set_fmt("pdf")
    assert dialog.font_notice.isVisible() is expect_warning
    shots = REPO / "artifacts" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(shots / "report-dialog-fonts.png"))
    if expect_warning:
        assert "emoji: " + MELTING_FACE in dialog.font_notice.text()
        assert "fonts-noto-color-emoji" in dialog.font_notice.text()
    dialog.set_fmt("md")
    assert not dialog.font_notice.isVisible()

    path = tmp_path / "report.pdf"
    window.exports.write(dialog.request(), "pdf", path)
    wait_idle(qtbot, window)
    assert path.stat().st_size > 0
    assert window.message_bar.level() == ("warning" if expect_warning else "info")
    assert window.message_bar.text().startswith("Wrote ")


def test_the_warning_speaks_the_interface_language(qapp: QApplication) -> None:
    missing = (MissingScript("Chinese, Japanese and Korean", "fonts-noto-cjk", "北约"),)
    assert install_language("it", qapp)
    try:
        line = fonts_message(missing)
    finally:
        install_language("en", qapp)
    assert line == (
        "Nessun font installato disegna 2 caratteri del rapporto (cinese, giapponese e coreano: "
        "北约): nel PDF al loro posto restano riquadri vuoti; installa fonts-noto-cjk e scrivi "
        "di nuovo il rapporto."
    )
    assert fonts_message(missing) is not None and "No installed font draws 2 characters" in str(
        fonts_message(missing)
    )
