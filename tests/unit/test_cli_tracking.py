"""Tracking from the command line: similar, link, claimants, merge, alias (real processes)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_cli import Cli, cli  # noqa: F401 - the fixture is used by name

FIRST = "La Russia ha schierato 100.000 soldati al confine con l'Ucraina nel 2021."
AGAIN = "Nel 2021 Mosca ha ammassato centomila soldati al confine ucraino."


def test_similar_link_and_registry(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    ids = []
    for name, text, who in (("a.txt", FIRST, "Russia"), ("b.txt", AGAIN, "Mosca")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        [imported] = cli.json("import", str(path), "--lang", "it")
        added = cli.json("claim", "add", imported["id"], "--quote", text, "--claimant", who)
        ids.append(added["id"])
    first, again = ids

    proposals = cli.json("claim", "similar", again[:8], "--limit", "3")
    assert proposals[0]["id"] == first
    assert set(proposals[0]) >= {"id", "score", "reason"}
    assert "same numbers (100,000)" in proposals[0]["reason"]

    assert (cli.library / "index-matching.json").is_file()  # kept for the next command

    linked = cli.json("claim", "link", again, first, "--type", "repeats")
    assert linked["links"] == [{"type": "repeats", "target": first}]
    [again_proposed] = cli.json("claim", "similar", again, "--limit", "1")  # read back
    assert again_proposed["id"] == first and again_proposed["linked"] == ["repeats"]
    claims = {c["id"]: c for c in cli.json("claims")}
    assert claims[again]["links"] == [{"type": "repeats", "target": first}]

    before = cli.state()
    refused = cli.run("claim", "link", again, first, "--type", "repeats")
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "already repeats" in refused.stderr
    assert cli.run("claim", "link", again, first, "--type", "refutes").returncode == 2
    assert cli.state() == before

    suggestions = cli.json("claimant", "suggestions")
    assert {"keep": "Russia", "other": "Mosca"}.items() <= suggestions[0].items()

    merged = cli.json("claimant", "merge", "Russia", "Mosca")
    assert merged["aliases"] == ["Mosca"] and merged["claims"] == 2
    with_alias = cli.json("claimant", "alias", "Russia", "il Cremlino")
    assert with_alias["aliases"] == ["Mosca", "il Cremlino"]
    removed = cli.json("claimant", "alias", "Russia", "Mosca", "--remove")
    assert removed["aliases"] == ["il Cremlino"]
    [only] = cli.json("claimants")
    assert (only["name"], only["aliases"], only["claims"]) == ("Russia", ["il Cremlino"], 2)

    thread = cli.json("claim", "thread", first)
    assert [e["role"] for e in thread["entries"]] == ["first appearance", "repetition"]
    assert cli.json("overview")["total"] == 2
    assert cli.json("contested") == []
    missing = cli.run("claimant", "merge", "Russia", "Atlantide")
    assert missing.returncode == 1 and "No claimant named 'Atlantide'" in missing.stderr
