"""An install that left a reader's package out refuses the file in one line, naming the package.

lxml 5.2 moved its HTML cleaner out to ``lxml_html_clean``; an install that misses it cannot
import trafilatura. Each case runs in a fresh interpreter with the package blocked, as it would
be on such a machine, and imports real files through the command line.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.importers.samples import ARTICLE, html_page, write_eml

BLOCK_AND_RUN = """
import sys
sys.modules[sys.argv[1]] = None  # import of this module now raises ImportError
from claimdesk.cli import main
sys.exit(main(["--library", sys.argv[2], "import", sys.argv[3]]))
"""


def _import_without(module: str, library: Path, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK_AND_RUN, module, str(library), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("module", ["lxml_html_clean", "trafilatura"])
def test_saved_page_and_html_mail_name_the_missing_package(tmp_path: Path, module: str) -> None:
    page = tmp_path / "page.html"
    page.write_text(html_page(ARTICLE), encoding="utf-8")
    mail = write_eml(ARTICLE, tmp_path / "message.eml", html_body=True)
    for path in (page, mail):
        result = _import_without(module, tmp_path / "lib", path)
        assert result.returncode == 1, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert f"the Python package {module} is not installed" in lines[0]
        assert path.name in lines[0] and "damaged" not in lines[0]


def test_the_same_files_import_when_nothing_is_missing(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(html_page(ARTICLE), encoding="utf-8")
    result = _import_without("no_such_module_at_all", tmp_path / "lib", page)
    assert result.returncode == 0, result.stderr
