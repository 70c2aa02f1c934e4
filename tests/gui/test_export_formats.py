"""The report dialog offers every format; each is written from the window, PDF included."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claimdesk.gui.reports.report_dialog import ReportDialog
from claimdesk.gui.shell.main_window import MainWindow
from tests.conftest import SEED_DENIAL
from tests.gui.conftest import wait_idle


def accept_denial(qtbot: QtBot, window: MainWindow, article_id: str) -> None:
    window.open_article(article_id)
    wait_idle(qtbot, window)
    text = window.reader.text
    text.setFocus()
    article = window.current_article()
    assert article is not None
    where = article.text.index(SEED_DENIAL)
    target = next(s for s in text.suggestions() if s.start == where)
    text.select_span(target.start, target.end)
    qtbot.keyClick(text, Qt.Key.Key_Return)
    wait_idle(qtbot, window)


def test_the_dialog_lists_every_format(qtbot: QtBot, window: MainWindow, article_id: str) -> None:
    window.open_article(article_id)
    wait_idle(qtbot, window)
    dialog = ReportDialog(window.ops, window.current_article(), parent=window)
    qtbot.addWidget(dialog)
    listed = [dialog.format_list.item(i).data(256) for i in range(dialog.format_list.count())]
    assert sorted(listed) == sorted(
        ["csv", "docx", "html", "md", "pdf", "xlsx", "claimreview", "webannotation"]
    )
    dialog.set_fmt("pdf")
    assert (dialog.fmt(), dialog.request().value) == ("pdf", article_id)
    wait_idle(qtbot, window)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_pdf_export_holds_the_quote(
    qtbot: QtBot, window: MainWindow, article_id: str, tmp_path: Path
) -> None:
    accept_denial(qtbot, window, article_id)
    path = tmp_path / "report.pdf"
    window.export_to(path, "pdf", article_id)
    wait_idle(qtbot, window, timeout=60_000)
    assert window.message_bar.text() == "Wrote 1 claim to report.pdf."
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert SEED_DENIAL in " ".join(text.split())


@pytest.mark.parametrize("fmt", ["md", "csv", "html", "docx", "xlsx"])
def test_other_formats_are_written(
    qtbot: QtBot, window: MainWindow, article_id: str, tmp_path: Path, fmt: str
) -> None:
    accept_denial(qtbot, window, article_id)
    path = tmp_path / f"report.{fmt}"
    window.export_to(path, fmt, None)
    wait_idle(qtbot, window)
    assert window.message_bar.text() == f"Wrote 1 claim to report.{fmt}."
    if fmt in ("docx", "xlsx"):
        with zipfile.ZipFile(path) as archive:
            body = " ".join(
                archive.read(name).decode("utf-8", "replace")
                for name in archive.namelist()
                if name.endswith(".xml")
            )
    else:
        body = path.read_text(encoding="utf-8")
    assert "Ha negato di aver sostenuto" in body
