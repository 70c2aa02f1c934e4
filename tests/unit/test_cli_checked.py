"""`claim checked CLAIM --json`: a fact-check archive imported from a folder, then the published
fact-checks matching a claim of the user's, from the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.unit.interchange.test_claimreview_shapes import FIXTURES, SHAPES
from tests.unit.test_cli import Cli

ARTICLE = (
    "Secondo alcuni utenti su Telegram, il video mostra il blackout di ieri sera a Milano. "
    "Il sindaco ha parlato di un guasto alla rete."
)
CLAIM = "il video mostra il blackout di ieri sera a Milano"


def test_an_archive_folder_imports_apart_and_checked_lists_the_matches(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    shutil.copytree(FIXTURES, archive)
    (archive / "notes.txt").write_text("Not a fact-check.", encoding="utf-8")
    cli = Cli(tmp_path / "library")
    outcomes = {Path(o["path"]).name: o for o in cli.json("import", str(archive))}
    assert all(outcomes[name]["status"] == "merged" for name in SHAPES)
    assert outcomes["notes.txt"]["status"] == "imported"  # an article, as before
    assert len(cli.json("articles")) == 1 and cli.json("claims") == []
    text = tmp_path / "article.txt"
    text.write_text(ARTICLE, encoding="utf-8")
    [article] = cli.json("import", str(text), "--lang", "it")
    claim = cli.json("claim", "add", article["id"], "--quote", CLAIM)
    found = cli.json("claim", "checked", claim["id"][:8])
    assert found, "the published fact-check of the same claim is found"
    first = found[0]
    assert first["claim_reviewed"] == "Il video mostra il blackout di ieri sera a Milano"
    assert (first["outlet"], first["rating"], first["verdict"]) == (
        "Verifica Esempio",
        "Fuori contesto",
        "misleading",
    )
    assert first["date"] == "2024-07-09"
    assert first["url"] == "https://verifica.example.it/2024/07/blackout-video"
    assert first["claimants"] == ["Un utente su Telegram"]
    assert set(first) >= {"id", "outlet_url", "language", "score", "reason"}
    assert all("bollette" not in f["claim_reviewed"] for f in found)
    plain = cli.run("claim", "checked", claim["id"])
    assert plain.returncode == 0 and "Fuori contesto" in plain.stdout


def test_a_claim_nobody_checked_lists_nothing(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "library")
    cli.json("import", str(FIXTURES / "list.json"))
    text = tmp_path / "article.txt"
    text.write_text("Il sindaco ha inaugurato la nuova biblioteca comunale.", encoding="utf-8")
    [article] = cli.json("import", str(text), "--lang", "it")
    claim = cli.json("claim", "add", article["id"], "--quote", "inaugurato la nuova biblioteca")
    assert cli.json("claim", "checked", claim["id"]) == []
    missing = cli.run("claim", "checked", "ffffffff")
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1
