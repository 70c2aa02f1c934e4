"""A library made by each released schema opens in today's ClaimDesk, data intact.

The files in tests/fixtures/libraries were written by the migrations of their revision only
(regenerate with make_fixtures.py); each is copied into a fresh folder and opened by a desk.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from claimdesk.core.desk import Desk
from claimdesk.core.library import DATABASE_FILE, folder_location
from claimdesk.core.model import ClaimChanges, ClaimKind, Status, Verdict
from claimdesk.core.storage.migrate import alembic_config, head_revision
from tests.conftest import REPO, SEED_DENIAL

FIXTURES = REPO / "tests" / "fixtures" / "libraries"
DENIAL_ID = "d4" * 16
CLAIM_ID = "e5" * 16
EN_CLAIM_ID = "f6" * 16
IT_ID = "a1" * 16
EN_ID = "b2" * 16
RELEASED = sorted(p.stem.removeprefix("schema-") for p in FIXTURES.glob("schema-*.sqlite"))


def test_every_released_schema_has_a_library_file() -> None:
    revisions = [r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()]
    head = head_revision()
    # Every revision older than the newest is a released schema someone may still have.
    assert sorted(r for r in revisions if r != head) == [r for r in RELEASED if r != head]
    assert all(p.stat().st_size < 200_000 for p in FIXTURES.glob("schema-*.sqlite"))


@pytest.mark.parametrize("revision", RELEASED)
def test_an_old_library_opens_with_its_data_intact(revision: str, tmp_path: Path) -> None:
    location = folder_location(tmp_path / "library")
    assert location.folder is not None
    shutil.copyfile(FIXTURES / f"schema-{revision}.sqlite", location.folder / DATABASE_FILE)

    with Desk.open(location) as desk:
        articles = {a.id: a for a in desk.list_articles()}
        assert set(articles) == {IT_ID, EN_ID}
        assert articles[IT_ID].denials == 1 and articles[IT_ID].claims == 1
        claims = {c.id: c for c in desk.list_claims()}
        assert set(claims) == {DENIAL_ID, CLAIM_ID, EN_CLAIM_ID}
        denial = claims[DENIAL_ID]
        assert denial.kind is ClaimKind.DENIAL and denial.quote == SEED_DENIAL
        assert (denial.claimant, denial.verdict, denial.status) == (
            "Russia",
            Verdict.FALSE,
            Status.REVIEWED,
        )
        assert denial.tags == ("nato",) and [e.title for e in denial.evidence] == ["OSCE report"]
        assert [(k.type.value, k.target) for k in denial.links] == [("contradicts", CLAIM_ID)]
        for claim in claims.values():
            text = desk.get_article(claim.article_id).text
            assert text[claim.start : claim.end] == claim.quote
        assert [c.aliases for c in desk.list_claimants()] == [("Mosca",)]
        report = desk.check()
        assert report.ok, report.problems
        assert [h.id for h in desk.search("kind:denial").hits] == [DENIAL_ID]
        # The old library takes new edits, with history.
        edited = desk.update_claim(CLAIM_ID, ClaimChanges(verdict=Verdict.MISLEADING))
        assert edited.verdict is Verdict.MISLEADING

    with sqlite3.connect(location.folder / DATABASE_FILE) as db:
        [(version,)] = db.execute("SELECT version_num FROM alembic_version").fetchall()
        actors = db.execute("SELECT actor, action FROM history ORDER BY id").fetchall()
    assert [a for a, _ in actors[:5]] == ["fixture"] * 5 and actors[5][1] == "update"
    assert version == head_revision()
    if revision != head_revision():
        [backup] = (location.folder / "backups").glob(f"before-migration-{revision}-*.sqlite")
        with sqlite3.connect(backup) as db:
            [(kept,)] = db.execute("SELECT version_num FROM alembic_version").fetchall()
            assert kept == revision
            assert db.execute("SELECT count(*) FROM claims").fetchone() == (3,)
