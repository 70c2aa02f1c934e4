"""Pages taken by their address into a real library (SQLite file, Whoosh index): the article
and its snapshot stored together, nothing at all on a refusal, the snapshot cited as evidence."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from claimdesk.core.desk import Desk
from claimdesk.core.errors import InputRefused
from claimdesk.core.importers import fetch as fetch_module
from claimdesk.core.importers.fetch import FetchLimits
from claimdesk.core.importers.warc import read_capture
from claimdesk.core.model import ClaimKind, EvidenceKind
from claimdesk.core.services import article_files
from claimdesk.core.storage.orm import Article, ArticleFile, EvidenceFile
from tests.web_server import ARTICLE_PAGE, PageServer, page_server

QUOTE = "il bilancio del comune chiude in attivo per il terzo anno di fila"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PageServer]:
    with page_server(tmp_path_factory.mktemp("pages")) as running:
        yield running


@pytest.fixture(autouse=True)
def short_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    # The slow and huge pages are refused in well under two seconds.
    limits = FetchLimits(
        connect_seconds=2, read_seconds=0.5, total_seconds=1.5, max_bytes=256 * 1024
    )
    monkeypatch.setattr(fetch_module, "DEFAULT_LIMITS", limits)


def counts(desk: Desk) -> tuple[int, int, int]:
    """Articles, kept files and stored file bytes in the library."""

    def read(session: object) -> tuple[int, int, int]:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(table))  # type: ignore[attr-defined]
            for table in (Article, ArticleFile, EvidenceFile)
        )

    return desk._read(read)


def test_an_address_becomes_an_article_with_its_snapshot(desk: Desk, server: PageServer) -> None:
    outcome = desk.import_address(server.url("/r1"))
    assert outcome.status == "imported", outcome.error
    assert outcome.path == server.url("/r1")
    assert outcome.title == "Bilancio, il sindaco e la corte dei conti"
    article = desk.get_article(outcome.id or "")
    assert article.url == server.url("/article")  # the final address, after the redirects
    assert article.outlet == "Cronaca Locale"
    assert QUOTE in article.text
    rows = desk._read(lambda s: article_files.article_file_rows(s, article.id))
    assert [(r.role, r.url, r.media_type) for r in rows] == [
        ("snapshot", server.url("/article"), "application/warc")
    ]
    row = rows[0]
    assert row.name.startswith("127.0.0.1-") and row.name.endswith(".warc.gz")
    assert row.captured is not None and row.captured.utcoffset() is not None
    name, media_type, data = desk.files.read(row.id[:8])
    assert (name, media_type) == (row.name, "application/warc")
    assert hashlib.sha256(data).hexdigest() == row.sha256 and len(data) == row.size
    page = read_capture(data)
    assert page.body == ARTICLE_PAGE.read_bytes() and page.redirects == 3
    # The index knows it at once.
    hits = desk.search('"corte dei conti"').hits
    assert any(hit.article_id == article.id for hit in hits)
    assert counts(desk) == (1, 1, 1)


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "answered 404 Not Found"),
        ("/slow", "did not answer within 0.5 seconds"),
        ("/huge-streamed", "is larger than 256 KB"),
        ("/image", "is image/png, not a page ClaimDesk can read"),
        ("/scripts-only", "has no readable text"),
    ],
)
def test_a_refused_address_stores_nothing(
    desk: Desk, server: PageServer, path: str, reason: str
) -> None:
    outcome = desk.import_address(server.url(path))
    assert outcome.status == "refused" and outcome.id is None
    assert outcome.error is not None and reason in outcome.error and "\n" not in outcome.error
    assert counts(desk) == (0, 0, 0)
    assert desk.list_articles() == []


def test_offline_stores_nothing(desk: Desk) -> None:
    outcome = desk.import_address("https://claimdesk-test.invalid/news")
    assert outcome.status == "refused"
    assert outcome.error == (
        "Cannot find claimdesk-test.invalid: check the address, and that this computer is online."
    )
    assert counts(desk) == (0, 0, 0)


def test_cancelled_stores_nothing(desk: Desk, server: PageServer) -> None:
    outcome = desk.import_address(server.url("/article"), should_stop=lambda: True)
    assert outcome.status == "refused" and "cancelled" in (outcome.error or "")
    assert counts(desk) == (0, 0, 0)


def test_the_same_page_again_is_a_duplicate_whose_capture_is_kept(
    desk: Desk, server: PageServer
) -> None:
    first = desk.import_address(server.url("/article"))
    shown = desk.get_article(first.id or "")  # the window shows it, then the page is taken again
    again = desk.import_address(server.url("/gzip"))  # same text, other bytes
    assert (first.status, again.status) == ("imported", "duplicate")
    assert again.id == first.id
    assert counts(desk) == (1, 2, 2)  # one article, two captures of it
    latest, earlier = desk.files.snapshots(first.id or "")
    assert shown.captured == earlier.captured
    assert desk.get_article(first.id or "").captured == latest.captured  # read again
    assert latest.url == server.url("/gzip") and earlier.url == server.url("/article")
    assert latest.captured is not None and earlier.captured is not None
    assert latest.captured >= earlier.captured


def test_the_snapshot_as_evidence_of_a_claim(desk: Desk, server: PageServer) -> None:
    outcome = desk.import_address(server.url("/article"))
    article = desk.get_article(outcome.id or "")
    start = article.text.index(QUOTE)
    claim = desk.mark_claim(article.id, start, start + len(QUOTE), ClaimKind.CLAIM)
    view = desk.evidence.add_snapshot_evidence(claim.id[:10])
    (evidence,) = view.evidence
    (row,) = desk._read(lambda s: article_files.article_file_rows(s, article.id))
    assert evidence.kind is EvidenceKind.FILE
    assert evidence.source == row.name
    assert evidence.file_sha256 == row.sha256
    assert evidence.consulted == row.captured.date()  # type: ignore[union-attr]
    assert server.url("/article") in evidence.note
    assert counts(desk) == (1, 1, 1)  # the bytes kept once for both
    desk.evidence.remove_evidence(evidence.id)
    assert counts(desk) == (1, 1, 1)  # still the article's snapshot
    with pytest.raises(InputRefused, match="No kept file with id"):
        desk.evidence.add_snapshot_evidence(claim.id, "ffffffff")


def test_a_claim_of_a_file_import_has_no_snapshot(desk: Desk, tmp_path: Path) -> None:
    outcome = desk.import_file(ARTICLE_PAGE)
    article = desk.get_article(outcome.id or "")
    start = article.text.index(QUOTE)
    claim = desk.mark_claim(article.id, start, start + len(QUOTE), ClaimKind.CLAIM)
    with pytest.raises(InputRefused, match="was not taken from an address"):
        desk.evidence.add_snapshot_evidence(claim.id)


def test_a_bundle_carries_the_snapshot_and_its_evidence(
    desk: Desk, server: PageServer, tmp_path: Path
) -> None:
    import json

    from claimdesk.core.library import folder_location

    outcome = desk.import_address(server.url("/r1"))
    article = desk.get_article(outcome.id or "")
    start = article.text.index(QUOTE)
    claim = desk.mark_claim(article.id, start, start + len(QUOTE), ClaimKind.CLAIM)
    desk.evidence.add_snapshot_evidence(claim.id)
    (snapshot,) = desk.files.snapshots(article.id)
    _name, _type, data = desk.files.read(snapshot.id)

    # The JSON export names the file (and validates against the library schema on the way in).
    desk.interchange.export_interchange("json", tmp_path / "library.json")
    exported = json.loads((tmp_path / "library.json").read_text(encoding="utf-8"))
    (files,) = [a["files"] for a in exported["articles"]]
    assert [(f["id"], f["role"], f["sha256"], f["url"]) for f in files] == [
        (snapshot.id, "snapshot", snapshot.sha256, server.url("/article"))
    ]

    desk.interchange.export_bundle(tmp_path / "work.claimdesk")
    with Desk.open(folder_location(tmp_path / "other")) as other:
        summary = other.interchange.import_bundle(tmp_path / "work.claimdesk")
        assert summary.conflicts == 0 and summary.skipped == 0
        (again,) = other.files.snapshots(article.id)
        assert again == snapshot
        assert other.files.read(again.id)[2] == data
        (evidence,) = other.get_claim(claim.id).evidence
        assert evidence.file_sha256 == snapshot.sha256
        assert counts(other) == (1, 1, 1)
        # Imported twice, nothing is added twice.
        other.interchange.import_bundle(tmp_path / "work.claimdesk")
        assert counts(other) == (1, 1, 1)
