"""A team desk that loses its database says so plainly, refuses edits instead of losing
them, keeps its own index searchable, and works again once the server is back."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.core.desk import Desk
from claimdesk.core.errors import DatabaseUnreachable
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimChanges, ClaimKind
from tests.conftest import SEED_DENIAL
from tests.postgres_server import ThrowawayPostgres


def test_offline_edits_are_refused_then_work_when_back(
    own_postgres_server: ThrowawayPostgres, tmp_path: Path, seed_path: Path
) -> None:
    server = own_postgres_server
    location = LibraryLocation(server.url(server.create_database()), None, tmp_path / "index")
    with Desk.open(location) as desk:
        article_id = desk.import_file(seed_path).id
        assert article_id
        start, end = desk.find_quote(article_id, SEED_DENIAL)
        claim = desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")
        assert desk.ping()

        server.stop()
        assert not desk.ping()
        with pytest.raises(DatabaseUnreachable, match=r"^The team database cannot be reached \("):
            desk.update_claim(claim.id, ClaimChanges(notes="scritto offline"))
        with pytest.raises(DatabaseUnreachable, match="your edit was not saved"):
            desk.list_claims()
        with pytest.raises(DatabaseUnreachable):
            desk.catch_up()  # what the window's timer sees: show "offline"
        # This computer's index still answers, and says the results may be behind.
        offline = desk.search("separatisti")
        assert any(h.id == claim.id for h in offline.hits)
        assert offline.notice and "cannot be reached" in offline.notice
        with pytest.raises(DatabaseUnreachable):
            Desk.open(location)

        server.start()
        assert desk.ping()
        [unchanged] = desk.list_claims()
        assert unchanged.notes == "" and unchanged.version == claim.version  # nothing half-saved
        saved = desk.update_claim(
            claim.id, ClaimChanges(notes="zetaprova", expected_version=claim.version)
        )
        assert saved.notes == "zetaprova"
        assert [h.id for h in desk.search("zetaprova").hits] == [claim.id]
        assert desk.search("zetaprova").notice is None
