"""Interchange from the command line: JSON, ClaimReview, Web Annotation, bundles, PDF."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from tests.conftest import SEED_DENIAL
from tests.unit.test_cli import Cli


def _seeded(cli: Cli, seed_path: Path) -> str:
    [imported] = cli.json("import", str(seed_path))
    claim = cli.json(
        "claim",
        "add",
        imported["id"],
        "--quote",
        SEED_DENIAL,
        "--kind",
        "denial",
        "--claimant",
        "Russia",
        "--verdict",
        "false",
    )
    return str(claim["id"])


def test_interchange_exports_parse_back(tmp_path: Path, seed_path: Path) -> None:
    cli = Cli(tmp_path / "library")
    claim_id = _seeded(cli, seed_path)
    for fmt in ("json", "claimreview", "webannotation"):
        out = tmp_path / f"out.{fmt}.json"
        result = cli.run("export", "--format", fmt, "-o", str(out), "--reviewer", "Desk Test")
        assert result.returncode == 0, result.stderr
        data = json.loads(out.read_text(encoding="utf-8"))
        assert SEED_DENIAL in json.dumps(data, ensure_ascii=False), fmt
    library = json.loads((tmp_path / "out.json.json").read_text(encoding="utf-8"))
    assert [c["id"] for c in library["claims"]] == [claim_id]


def test_json_export_imports_into_an_empty_library(tmp_path: Path, seed_path: Path) -> None:
    first = Cli(tmp_path / "first")
    _seeded(first, seed_path)
    out = tmp_path / "library.json"
    assert first.run("export", "--format", "json", "-o", str(out)).returncode == 0
    second = Cli(tmp_path / "second")
    [merged] = second.json("import", str(out))
    assert merged["status"] == "merged"
    assert second.json("claims") == first.json("claims")
    assert [h["type"] for h in second.json("search", "kind:denial")["hits"]] == ["claim"]


def test_bundles_merge_between_desks_and_bad_ones_change_nothing(
    tmp_path: Path, seed_path: Path
) -> None:
    first, second = Cli(tmp_path / "first"), Cli(tmp_path / "second")
    claim_id = _seeded(first, seed_path)
    bundle = tmp_path / "desk.claimdesk"
    result = first.run("bundle", "export", str(bundle))
    assert result.returncode == 0, result.stderr
    assert "1 claims" in result.stdout
    assert second.run("bundle", "import", str(bundle)).returncode == 0
    assert [c["id"] for c in second.json("claims")] == [claim_id]

    before = second.state()
    evil = tmp_path / "evil.claimdesk"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("../outside.json", "{}")
    result = second.run("bundle", "import", str(evil))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert second.state() == before


def test_pdf_export_has_searchable_text(tmp_path: Path, seed_path: Path) -> None:
    import subprocess

    cli = Cli(tmp_path / "library")
    _seeded(cli, seed_path)
    out = tmp_path / "report.pdf"
    result = cli.run("export", "--format", "pdf", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Ha negato di aver sostenuto" in " ".join(text.split())
