"""`claimdesk-cli import https://…`, `snapshot` and `claim evidence add --snapshot`, against a
real HTTP server on 127.0.0.1, in a subprocess on a real library."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimdesk.core.importers.warc import read_capture
from tests.unit.test_cli import Cli
from tests.web_server import ARTICLE_PAGE, PageServer, page_server

QUOTE = "il bilancio del comune chiude in attivo per il terzo anno di fila"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PageServer]:
    with page_server(tmp_path_factory.mktemp("pages")) as running:
        yield running


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "library")


def test_import_an_address_then_its_snapshot_and_evidence(
    cli: Cli, server: PageServer, tmp_path: Path
) -> None:
    [imported] = cli.json("import", server.url("/r1"))
    assert imported["status"] == "imported"
    assert imported["path"] == server.url("/r1")
    article_id = imported["id"]
    [article] = cli.json("articles")
    assert article["url"] == server.url("/article")
    assert article["outlet"] == "Cronaca Locale"

    [snapshot] = cli.json("snapshot", article_id[:8])
    assert snapshot["article_id"] == article_id
    assert snapshot["url"] == server.url("/article")
    assert snapshot["media_type"] == "application/warc"
    assert snapshot["name"].endswith(".warc.gz") and snapshot["captured"].endswith("+00:00")
    listed = cli.run("snapshot", article_id[:8])
    assert listed.returncode == 0 and server.url("/article") in listed.stdout

    warc = tmp_path / "page.warc.gz"
    written = cli.run("snapshot", article_id[:8], "-o", str(warc))
    assert written.returncode == 0, written.stderr
    assert written.stdout == f"wrote {snapshot['name']} to {warc}\n"
    assert len(warc.read_bytes()) == snapshot["size"]
    assert read_capture(warc.read_bytes()).redirects == 3
    assert b"WARC/1.1" in gzip.decompress(warc.read_bytes())
    page = tmp_path / "page.html"
    assert cli.run("snapshot", article_id[:8], "--page", "-o", str(page)).returncode == 0
    assert page.read_bytes() == ARTICLE_PAGE.read_bytes()

    claim = cli.json("claim", "add", article_id[:8], "--quote", QUOTE)
    view = cli.json("claim", "evidence", "add", claim["id"][:8], "--snapshot")
    [evidence] = view["evidence"]
    assert evidence["kind"] == "file"
    assert evidence["file_sha256"] == snapshot["sha256"]
    assert evidence["source"] == snapshot["name"]
    assert evidence["consulted"] == snapshot["captured"][:10]
    saved = tmp_path / "evidence.warc.gz"
    assert (
        cli.run("claim", "evidence", "save", evidence["id"][:8], "-o", str(saved)).returncode == 0
    )
    assert saved.read_bytes() == warc.read_bytes()


def test_a_refused_address_is_one_line_and_writes_nothing(cli: Cli, server: PageServer) -> None:
    before = cli.state()
    result = cli.run("import", server.url("/missing"))
    assert result.returncode == 1
    assert result.stderr == (
        f"claimdesk-cli: {server.url('/missing')} answered 404 Not Found: there is no page "
        "there; check the address.\n"
    )
    assert result.stdout.startswith("refused ")
    offline = cli.run("import", "https://claimdesk-test.invalid/news")
    assert offline.returncode == 1
    assert offline.stderr == (
        "claimdesk-cli: https://claimdesk-test.invalid/news: Cannot find claimdesk-test.invalid: "
        "check the address, and that this computer is online.\n"
    )
    picture = cli.run("import", server.url("/image"))
    assert picture.returncode == 1 and "is image/png, not a page" in picture.stderr
    assert picture.stderr.count("\n") == 1
    assert cli.state() == before


def test_addresses_and_files_in_one_import(cli: Cli, server: PageServer, seed_path: Path) -> None:
    result = cli.run("import", server.url("/sample"), str(seed_path), server.url("/gone"))
    assert result.returncode == 1  # one of the three was refused
    lines = result.stderr.splitlines()
    assert lines[0] == f"[1/3] {server.url('/sample')} imported"
    assert lines[1].endswith(f"{seed_path.name} imported")
    assert lines[2] == f"[3/3] {server.url('/gone')} refused"
    assert lines[-1] == "3 files: 2 imported, 0 duplicates, 1 refused"
    assert len(cli.json("articles")) == 2


def test_snapshot_of_an_article_not_taken_from_an_address(cli: Cli, seed_path: Path) -> None:
    [imported] = cli.json("import", str(seed_path))
    assert cli.json("snapshot", imported["id"]) == []
    result = cli.run("snapshot", imported["id"], "-o", "out.warc.gz")
    assert result.returncode == 1
    assert result.stderr == (
        f"claimdesk-cli: Article {imported['id']} has no snapshot: it was not taken from an "
        "address (`claimdesk-cli import https://…` keeps one).\n"
    )
    claim = cli.json("claim", "add", imported["id"], "--quote", "Ha negato")
    refused = cli.run("claim", "evidence", "add", claim["id"], "--snapshot")
    assert refused.returncode == 1 and "was not taken from an address" in refused.stderr
