"""What the reading libraries log is kept in our log: stderr holds our one line or nothing.

The fixtures draw a form that draws itself; pdfminer refuses the loop and logs a warning,
which Python printed on stderr when nothing had set logging up (the command line does not).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from claimdesk.core.errors import InputRefused
from claimdesk.core.importers import read_file
from claimdesk.core.importers.quiet import library_output_captured
from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "import"


def _cli_import(library: Path, path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.pop("CLAIMDESK_LIBRARY", None)
    return subprocess.run(
        [sys.executable, "-m", "claimdesk.cli", "--library", str(library), "import", str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )


def test_a_good_import_prints_nothing_on_stderr(tmp_path: Path) -> None:
    result = _cli_import(tmp_path / "lib", FIXTURES / "circular_form.pdf")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "imported" in result.stdout


def test_a_refusal_prints_its_one_line_only(tmp_path: Path) -> None:
    result = _cli_import(tmp_path / "lib", FIXTURES / "circular_form_blank.pdf")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].endswith(
        "circular_form_blank.pdf has no text layer, and no text could be read on its pages: "
        "nothing was imported; scan the pages again at 300 dpi or more."
    )


def test_the_warning_is_in_our_log_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="claimdesk.core.importers.libraries"):
        draft = read_file(FIXTURES / "circular_form.pdf")
    assert draft.text == "Il sindaco ha detto che il bilancio chiude in attivo."
    messages = [r.getMessage() for r in caplog.records if r.name.endswith(".libraries")]
    assert any("circular reference" in m for m in messages), messages
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name.endswith(".libraries"))
    with pytest.raises(InputRefused):
        read_file(FIXTURES / "circular_form_blank.pdf")


def test_python_warnings_raised_while_reading_are_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with (
        caplog.at_level(logging.DEBUG, logger="claimdesk.core.importers.libraries"),
        library_output_captured(),
    ):
        warnings.warn("a library's complaint", UserWarning, stacklevel=1)
    assert any("a library's complaint" in r.getMessage() for r in caplog.records)
