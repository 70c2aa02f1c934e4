"""The command line as a user runs it: real processes on a real library."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from claimdesk.core.nlp.threshold import THRESHOLD
from claimdesk.core.settings import Settings, save_settings
from tests.conftest import REPO, SEED_DENIAL


class Cli:
    """Runs ``claimdesk-cli`` in a subprocess against one library folder."""

    def __init__(self, library: Path) -> None:
        self.library = library

    def run(
        self, *args: str, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        # Settings of the test's own (a folder beside the library unless the test chose one)
        # and an English locale, so that a report's default language is not the tester's.
        extra = env or {}
        config = os.environ.get("CLAIMDESK_CONFIG_DIR") or str(self.library.parent / "config")
        env = dict(os.environ, PYTHONPATH=str(REPO), CLAIMDESK_CONFIG_DIR=config, LANG="C.UTF-8")
        env.pop("CLAIMDESK_LIBRARY", None)
        env.pop("LC_ALL", None)
        env.pop("LC_MESSAGES", None)
        env.update(extra)
        return subprocess.run(
            [sys.executable, "-m", "claimdesk.cli", "--library", str(self.library), *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            check=False,
            timeout=120,
        )

    def json(self, *args: str) -> Any:
        result = self.run(*args, "--json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def state(self) -> tuple[Any, Any, Any]:
        """Everything a user can see of the library, to check that refusals change nothing."""
        return self.json("articles"), self.json("claims"), self.json("claimants")


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "library")


def test_the_foundation_flow(cli: Cli, seed_path: Path, tmp_path: Path) -> None:
    [imported] = cli.json("import", str(seed_path))
    assert imported["status"] == "imported"
    assert imported["language"] == "it"
    article_id = imported["id"]

    added = cli.json(
        "claim",
        "add",
        article_id[:8],
        "--quote",
        SEED_DENIAL,
        "--kind",
        "denial",
        "--claimant",
        "Russia",
    )
    assert added["kind"] == "denial"

    [claim] = cli.json("claims")
    text = seed_path.read_text(encoding="utf-8")
    assert claim["quote"] == SEED_DENIAL == text[claim["start"] : claim["end"]]
    assert claim["claimant"] == "Russia"
    assert claim["id"] == added["id"]
    assert set(claim) >= {
        "id",
        "article_id",
        "kind",
        "start",
        "end",
        "quote",
        "claimant",
        "claim_text",
        "verdict",
        "status",
        "notes",
        "dates",
        "tags",
        "links",
        "created",
        "updated",
    }

    for word in ("negato", "negare"):
        found = cli.json("search", word)
        assert claim["id"] in [h["id"] for h in found["hits"] if h["type"] == "claim"], word
        assert found["query"] == word

    report = tmp_path / "report.md"
    result = cli.run("export", "--format", "md", "-o", str(report))
    assert result.returncode == 0, result.stderr
    assert SEED_DENIAL in report.read_text(encoding="utf-8")

    [article] = cli.json("articles")
    assert article["id"] == article_id and article["claims"] == 1


def test_import_twice_is_a_duplicate(cli: Cli, seed_path: Path) -> None:
    [first] = cli.json("import", str(seed_path))
    [second] = cli.json("import", str(seed_path))
    assert second["status"] == "duplicate"
    assert second["id"] == first["id"]


def _refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_bad_input_is_refused_in_one_line_and_changes_nothing(
    cli: Cli, seed_path: Path, tmp_path: Path
) -> None:
    [imported] = cli.json("import", str(seed_path))
    before = cli.state()

    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    missing = tmp_path / "nowhere.txt"

    _refused(cli.run("import", str(empty)), "empty.txt", "empty")
    _refused(cli.run("import", str(binary)), "photo.txt")
    _refused(cli.run("import", str(missing)), "nowhere.txt")
    _refused(
        cli.run("claim", "add", imported["id"], "--quote", "Mosca ha ammesso tutto"),
        "not in the article",
    )
    _refused(cli.run("claim", "add", "0000dead", "--quote", SEED_DENIAL), "No article")
    _refused(cli.run("claim", "edit", "beef", "--verdict", "false"), "No claim")
    assert cli.state() == before


def test_wrong_usage_exits_2(cli: Cli) -> None:
    result = cli.run("import", "x.txt", "--published", "yesterday")
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr


def test_analyze_needs_no_library(tmp_path: Path, seed_path: Path) -> None:
    library = tmp_path / "never"
    result = Cli(library).run("analyze", str(seed_path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "it"
    text = seed_path.read_text(encoding="utf-8")
    assert len(data["sentences"]) >= 20
    assert all(text[s["start"] : s["end"]] == s["text"] for s in data["sentences"])
    assert {"text": "2008", "value": "2008", "granularity": "year"}.items() <= data["dates"][
        0
    ].items()
    denial = next(
        s for s in data["suggestions"] if text[s["start"] : s["end"]].startswith(SEED_DENIAL)
    )
    assert (denial["kind"], denial["claimant"]) == ("denial", "Russia")
    assert not library.exists()


def test_analyze_shows_the_suggestions_of_the_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``analyze`` keeps the suggestions the window would show (the settings' threshold),
    or those of ``--min-confidence``; a threshold out of range is refused in one line."""
    monkeypatch.setenv("CLAIMDESK_CONFIG_DIR", str(tmp_path / "config"))
    cli = Cli(tmp_path / "never")
    seed = REPO / "claimdesk" / "seeds" / "gas-prices-en.txt"

    def confidences(*extra: str) -> list[float]:
        return [s["confidence"] for s in cli.json("analyze", str(seed), *extra)["suggestions"]]

    default = confidences()
    every = confidences("--min-confidence", "0")
    surest = confidences("--min-confidence", "0.8")
    assert min(default) >= THRESHOLD and min(surest) >= 0.8
    assert len(every) > len(default) > len(surest) > 0
    save_settings(Settings(suggestion_threshold=0.8), tmp_path / "config" / "settings.json")
    assert confidences() == surest
    shown = cli.run("analyze", str(seed))
    assert f"{len(surest)} suggestions of confidence 0.80 or more" in shown.stdout
    refused = cli.run("analyze", str(seed), "--min-confidence", "high")
    assert refused.returncode == 2
    assert "'high' is not a confidence: write a number from 0 to 0.95" in refused.stderr


def test_export_csv_and_claim_edit_delete(cli: Cli, seed_path: Path, tmp_path: Path) -> None:
    import csv

    [imported] = cli.json("import", str(seed_path))
    added = cli.json("claim", "add", imported["id"], "--quote", SEED_DENIAL, "--kind", "denial")
    edited = cli.json(
        "claim", "edit", added["id"][:10], "--verdict", "false", "--claimant", "Mosca"
    )
    assert (edited["verdict"], edited["claimant"]) == ("false", "Mosca")
    out = tmp_path / "claims.csv"
    assert cli.run("export", "--format", "csv", "-o", str(out)).returncode == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["Quote"] == SEED_DENIAL and row["Verdict"] == "false"
    deleted = cli.json("claim", "delete", added["id"])
    assert deleted["id"] == added["id"]
    assert cli.json("claims") == []
