"""The command line as a door for odd text: arguments that are not UTF-8 (Python hands them
over with lone surrogates), bidi controls, astral emoji and combining marks go in through
`import` and `claim`, and every `export --format` choice and `bundle export` still work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

KEPT = "bidi \u202eevil\u202c astral 🧪 👩🏽‍🔬 combining e\u0301\u0308 line\u2028sep"
# Bytes that are not UTF-8, as a file name or a terminal in another encoding gives them.
RAW = b"\xff\xfe bad \xed\xa0\x80 " + KEPT.encode()
QUOTE = "Il ministro ha detto che i prezzi sono scesi del 5 per cento"


def _run(library: Path, *args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    env.pop("CLAIMDESK_LIBRARY", None)
    command: list[str | bytes] = [sys.executable, "-m", "claimdesk.cli", "--library", str(library)]
    return subprocess.run(
        [*command, *args], capture_output=True, env=env, cwd=REPO, check=False, timeout=180
    )


def _ok(result: subprocess.CompletedProcess[bytes]) -> str:
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0, stderr
    return result.stdout.decode("utf-8")


def test_odd_arguments_go_in_and_every_format_comes_out(tmp_path: Path) -> None:
    library = tmp_path / "library"
    article = tmp_path / "articolo.txt"
    article.write_text(f"{QUOTE}, {KEPT}.\n\nSecondo paragrafo con altre parole.\n", "utf-8")
    imported = json.loads(
        _ok(
            _run(
                library,
                "import",
                "--title",
                RAW,
                "--outlet",
                RAW,
                "--url",
                b"https://example.org/" + RAW,
                "--json",
                str(article),
            )
        )
    )
    article_id = imported[0]["id"] if isinstance(imported, list) else imported["id"]
    claim = json.loads(
        _ok(
            _run(
                library,
                "claim",
                "add",
                article_id,
                "--quote",
                QUOTE,
                "--claimant",
                RAW,
                "--note",
                RAW,
                "--json",
            )
        )
    )
    _ok(_run(library, "claim", "edit", claim["id"], "--note", b"edited " + RAW))
    _ok(_run(library, "claim", "evidence", "add", claim["id"], "--source", RAW, "--note", RAW))
    # A file whose name is not UTF-8, kept in the library as evidence.
    odd_file = os.fsencode(tmp_path) + b"/prova \xff\xfe.txt"
    Path(os.fsdecode(odd_file)).write_text("evidence", "utf-8")
    _ok(_run(library, "claim", "evidence", "add", claim["id"], "--file", odd_file, "--title", RAW))
    assert "sound" in _ok(_run(library, "check"))

    choices = ("csv", "docx", "html", "md", "xlsx", "pdf", "json", "claimreview")
    for fmt in (*choices, "webannotation"):
        out = tmp_path / f"export-{fmt}"
        _ok(_run(library, "export", "--format", fmt, "--reviewer", RAW, "-o", str(out)))
        assert out.stat().st_size > 0, fmt
    _ok(_run(library, "bundle", "export", str(tmp_path / "all.claimdesk")))
    exported = (tmp_path / "export-json").read_text("utf-8")
    assert "🧪" in json.dumps(json.loads(exported), ensure_ascii=False)
