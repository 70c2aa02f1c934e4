"""``claim evidence`` from the command line (real processes): add a URL, a file and a note,
list, move, edit, save a kept file back, remove; refusals in one line, nothing written."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from tests.conftest import SEED, SEED_DENIAL
from tests.unit.test_cli import Cli, cli  # noqa: F401 - the fixture is used by name


def test_evidence_commands(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    [article] = cli.json("import", str(SEED))
    claim = cli.json("claim", "add", article["id"], "--quote", SEED_DENIAL, "--kind", "denial")
    assert claim["evidence"] == []
    url = cli.json(
        "claim", "evidence", "add", claim["id"][:8], "--url", "https://www.osce.org/report",
        "--title", "OSCE report", "--consulted", "2023-02-23",
    )  # fmt: skip
    assert url["id"] == claim["id"]
    assert url["evidence"][0] == {
        "id": url["evidence"][0]["id"], "kind": "url", "source": "https://www.osce.org/report",
        "title": "OSCE report", "note": "", "consulted": "2023-02-23", "file_sha256": None,
        "file_size": None,
    }  # fmt: skip
    report = tmp_path / "referendum.pdf"
    report.write_bytes(b"%PDF-1.4 the referendum's text")
    kept = cli.json("claim", "evidence", "add", claim["id"], "--file", str(report))["evidence"][1]
    assert kept["kind"] == "file" and kept["source"] == "referendum.pdf"
    assert kept["file_sha256"] == hashlib.sha256(report.read_bytes()).hexdigest()
    assert kept["consulted"] == dt.date.today().isoformat()  # today unless told
    note = cli.json(
        "claim", "evidence", "add", claim["id"], "--source", "Call with the ministry",
        "--note", "They confirmed the date",
    )["evidence"][2]  # fmt: skip

    listed = cli.json("claim", "evidence", "list", claim["id"])
    assert [e["kind"] for e in listed] == ["url", "file", "note"]
    moved = cli.json("claim", "evidence", "move", note["id"][:8], "1")
    assert [e["id"] for e in moved["evidence"]] == [note["id"], listed[0]["id"], kept["id"]]
    edited = cli.json("claim", "evidence", "edit", kept["id"], "--title", "Referendum")
    assert edited["evidence"][2]["title"] == "Referendum"
    # The claim's own JSON carries its evidence, in order.
    [shown] = [c for c in cli.json("claims") if c["id"] == claim["id"]]
    assert [e["id"] for e in shown["evidence"]] == [note["id"], listed[0]["id"], kept["id"]]

    back = tmp_path / "back.pdf"
    saved = cli.run("claim", "evidence", "save", kept["id"], "-o", str(back))
    assert saved.returncode == 0, saved.stderr
    assert back.read_bytes() == report.read_bytes()

    text = cli.run("claim", "evidence", "list", claim["id"]).stdout
    assert " 1. " in text and "note  Call with the ministry" in text

    before = cli.state()
    for args in (
        ("add", claim["id"], "--url", "www.osce.org"),
        ("add", claim["id"], "--file", str(tmp_path / "gone.pdf")),
        ("add", claim["id"], "--url", "https://a.org", "--consulted", "2099-01-01"),
        ("add", "ffffffff", "--url", "https://a.org"),
        ("move", note["id"], "0"),
        ("save", note["id"], "-o", str(tmp_path / "x")),
    ):
        refused = cli.run("claim", "evidence", *args)
        assert refused.returncode == 1, args
        assert refused.stderr.count("\n") == 1 and refused.stderr.startswith("claimdesk-cli: ")
    assert cli.run("claim", "evidence", "add", claim["id"]).returncode == 2  # no source
    assert cli.state() == before

    removed = cli.json("claim", "evidence", "remove", kept["id"])
    assert [e["kind"] for e in removed["evidence"]] == ["note", "url"]
