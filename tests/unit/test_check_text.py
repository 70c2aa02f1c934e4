"""`check` finds text that cannot be written in a library made before the storage repaired it,
repairs it, and the whole library exports again."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

MAIL = REPO / "tests" / "fixtures" / "import" / "rfc6532_utf8_headers.eml"
# What the importer used to store for this mail's sender: its UTF-8 bytes as lone surrogates.
BROKEN_AUTHORS = '["J\\udcc3\\udcb6rg M\\udcc3\\udcbcller"]'
BROKEN_HISTORY = '{"authors": ["J\\udcc3\\udcb6rg M\\udcc3\\udcbcller"], "note": "x\\ud800"}'


def _cli(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.pop("CLAIMDESK_LIBRARY", None)
    return subprocess.run(
        [sys.executable, "-m", "claimdesk.cli", "--library", str(library), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=False,
        timeout=120,
    )


def _break(database: Path) -> None:
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE articles SET authors = ?", (BROKEN_AUTHORS,))
        connection.execute(
            "UPDATE history SET after = ? WHERE entity = 'article'", (BROKEN_HISTORY,)
        )


def test_check_repairs_lone_surrogates_and_exports_work_again(tmp_path: Path) -> None:
    library = tmp_path / "library"
    assert _cli(library, "import", str(MAIL)).returncode == 0
    _break(library / "library.sqlite")
    out = tmp_path / "claims.json"
    bundle = tmp_path / "all.zip"
    broken = _cli(library, "export", "--format", "json", "-o", str(out))
    assert "UnicodeEncodeError" in broken.stderr or broken.returncode != 0

    checked = _cli(library, "check")
    assert checked.returncode == 0, checked.stderr
    assert "articles" in checked.stdout and "repaired" in checked.stdout
    assert "history" in checked.stdout
    assert "search index: rebuilt" in checked.stdout
    found = _cli(library, "search", "sindaco", "--json")
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["total"] == 1

    exported = _cli(library, "export", "--format", "json", "-o", str(out))
    assert exported.returncode == 0 and exported.stderr == "", exported.stderr
    assert "Jörg Müller" in out.read_text(encoding="utf-8")
    bundled = _cli(library, "bundle", "export", str(bundle))
    assert bundled.returncode == 0 and bundled.stderr == "", bundled.stderr
    with sqlite3.connect(library / "library.sqlite") as connection:
        [(authors,)] = connection.execute("SELECT authors FROM articles").fetchall()
    assert json.loads(authors) == ["Jörg Müller"]

    again = _cli(library, "check")
    assert again.returncode == 0 and "repaired" not in again.stdout, again.stdout
