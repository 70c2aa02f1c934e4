"""Moving a library to a team database and back with ``copy-to``: every row, every id."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from claimdesk.cli import main
from claimdesk.core.desk import Desk
from claimdesk.core.library import folder_location, url_location
from claimdesk.core.model import ArticleChanges, ClaimChanges, ClaimKind, LinkType, Status, Verdict
from claimdesk.core.storage.copy import library_tables, table_digest
from claimdesk.core.storage.engine import make_engine
from claimdesk.core.storage.orm import ArticleFile, EvidenceItem
from tests.conftest import REPO, SEED_DENIAL

FACT_CHECKS = REPO / "tests" / "fixtures" / "import" / "claimreview" / "datafeed.json"


def _fill(folder: Path, seed_path: Path) -> None:
    with Desk.open(folder_location(folder)) as desk:
        article_id = desk.import_file(seed_path).id
        assert article_id
        start, end = desk.find_quote(article_id, SEED_DENIAL)
        denial = desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")
        start, end = desk.find_quote(article_id, "l'invasione fa parte di un modello")
        claim = desk.mark_claim(article_id, start, end, ClaimKind.CLAIM, claimant="Stoltenberg")
        desk.update_claim(
            claim.id,
            ClaimChanges(verdict=Verdict.MOSTLY_TRUE, status=Status.REVIEWED, tags=("nato",)),
        )
        desk.tracking.link_claims(denial.id, claim.id, LinkType.DENIES)
        desk.tracking.add_alias("Russia", "Mosca")
        desk.update_article(article_id, ArticleChanges(outlet="Reuters", tags=("ucraina",)))
        suggestion = desk.get_article(article_id).suggestions[0]
        desk.dismiss_suggestion(article_id, suggestion)
        with desk._store.sessions() as session, session.begin():
            session.add(
                EvidenceItem(
                    claim_id=claim.id, source="https://osce.org", consulted=dt.date.today()
                )
            )
        report = folder.parent / "osce-report.pdf"
        report.write_bytes(b"%PDF-1.4 a report kept as evidence")
        desk.evidence.add_evidence_file(claim.id, report)  # evidence_files
        with desk._store.sessions() as session, session.begin():  # article_files
            data = report.read_bytes()
            session.add(
                ArticleFile(
                    article_id=article_id,
                    role="scan",
                    sha256=hashlib.sha256(data).hexdigest(),
                    size=len(data),
                    media_type="application/pdf",
                    layout={"words": []},
                )
            )
        desk.import_file(FACT_CHECKS)  # published_reviews


def _digests(url: str) -> dict[str, tuple[int, str]]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {t.name: table_digest(connection, t) for t in library_tables()}
    finally:
        engine.dispose()


def test_a_library_goes_to_a_team_database_and_back_unchanged(
    tmp_path: Path, seed_path: Path, team_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # the team index
    here, back = tmp_path / "here", tmp_path / "back"
    _fill(here, seed_path)
    original = _digests(folder_location(here).url)
    assert all(count for count, _ in original.values())  # every table holds something

    assert main(["--library", str(here), "copy-to", "--db", team_url]) == 0
    assert _digests(team_url) == original
    assert main(["--db", team_url, "copy-to", "--library", str(back)]) == 0
    assert _digests(folder_location(back).url) == original

    # The copies are working libraries: searchable, and new rows get fresh ids.
    with Desk.open(url_location(team_url)) as desk:
        assert any(h.type == "claim" for h in desk.search("claimant:russia").hits)
        [claim, *_] = desk.list_claims()
        desk.update_claim(claim.id, ClaimChanges(tags=("nuovo",)))
        desk.tracking.add_alias("Russia", "il Cremlino")
    with Desk.open(folder_location(here)) as desk:
        quotes = [c.quote for c in desk.list_claims()]
    with Desk.open(folder_location(back)) as desk:
        assert [c.quote for c in desk.list_claims()] == quotes
        assert desk.search("claimant:mosca").total == 1


def test_a_non_empty_target_is_refused_and_left_alone(
    tmp_path: Path, seed_path: Path, team_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    here, there = tmp_path / "here", tmp_path / "there"
    _fill(here, seed_path)
    with Desk.open(folder_location(there)) as desk:
        desk.import_text("Un altro articolo, già qui.")
    before = _digests(folder_location(there).url)
    assert main(["--library", str(here), "copy-to", "--library", str(there)]) == 1
    assert "is not empty (1 articles" in capsys.readouterr().err
    assert _digests(folder_location(there).url) == before
    assert main(["--library", str(here), "copy-to", "--library", str(here)]) == 1
    assert "same library" in capsys.readouterr().err
