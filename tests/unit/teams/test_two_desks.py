"""Two real desks (processes) on one database edit the same claims: every conflict is
reported to the one who saved second, and no change is lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimChanges, ClaimKind
from claimdesk.core.storage.orm import HistoryEntry
from tests.conftest import REPO, SEED_DENIAL

ROUNDS = 8
QUOTES = (SEED_DENIAL, "l'invasione fa parte di un modello", "Stoltenberg")


def _start_desk(
    location: LibraryLocation, user: str, claim_ids: list[str]
) -> subprocess.Popen[str]:
    # On a team database each desk keeps its own index, as on its own computer.
    index_dir = location.index_dir if location.folder else location.index_dir.parent / user
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.unit.teams.desk_worker",
            location.url,
            str(location.folder or ""),
            str(index_dir),
            str(ROUNDS),
            *claim_ids,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO), CLAIMDESK_USER=user),
    )


def _tell(desks: list[subprocess.Popen[str]], word: str, expect: str) -> None:
    for desk in desks:
        assert desk.stdin is not None and desk.stdout is not None
        assert desk.stdout.readline().strip() == expect
    for desk in desks:
        assert desk.stdin is not None
        desk.stdin.write(word + "\n")
        desk.stdin.flush()


def test_two_desks_editing_the_same_claims_lose_nothing(
    location: LibraryLocation, seed_path: Path
) -> None:
    with Desk.open(location) as desk:
        article_id = desk.import_file(seed_path).id
        assert article_id
        claim_ids = []
        for quote in QUOTES:
            start, end = desk.find_quote(article_id, quote)
            claim_ids.append(desk.mark_claim(article_id, start, end, ClaimKind.CLAIM).id)
    started = time.monotonic()
    desks = [_start_desk(location, user, claim_ids) for user in ("alice", "bob")]
    try:
        _tell(desks, "go", "ready")
        _tell(desks, "write", "read")  # both read the same version, then both save
        logs = {}
        for user, process in zip(("alice", "bob"), desks, strict=True):
            out, _ = process.communicate(timeout=120)
            assert process.returncode == 0
            logs[user] = json.loads(out.strip().splitlines()[-1])
    finally:
        for process in desks:
            process.kill()
    elapsed = time.monotonic() - started

    saved = {user: [line.split() for line in log["saved"]] for user, log in logs.items()}
    conflicts = {user: log["conflicts"] for user, log in logs.items()}
    # Each desk saved every edit it meant to: one first save and ROUNDS per claim.
    for user in ("alice", "bob"):
        assert len(saved[user]) == 1 + ROUNDS * len(claim_ids)
    # The first save of one of them met the other's: a conflict, naming the other desk.
    assert sum(len(c) for c in conflicts.values()) >= 1
    assert set(conflicts["alice"]) <= {"bob"} and set(conflicts["bob"]) <= {"alice"}

    with Desk.open(location) as desk:
        final = {c.id: c for c in desk.list_claims()}
        with desk._store.sessions() as session:
            updates = session.execute(
                select(HistoryEntry.actor, HistoryEntry.entity_id).where(
                    HistoryEntry.action == "update"
                )
            ).all()
    every = [pair for user in saved for pair in saved[user]]
    for claim_id in claim_ids:
        words = final[claim_id].notes.split()
        mine = [token for cid, token in every if cid == claim_id]
        assert sorted(words) == sorted(mine)  # every save is there, none twice
        assert final[claim_id].version == 1 + len(mine)
    assert Counter(actor for actor, _ in updates) == {u: len(saved[u]) for u in saved}
    print(
        f"two desks: {len(every)} saves, "
        f"{sum(len(c) for c in conflicts.values())} conflicts reported, {elapsed:.1f} s"
    )


def test_a_change_at_one_desk_reaches_the_others_index_within_two_seconds(
    location: LibraryLocation, seed_path: Path
) -> None:
    with Desk.open(location) as here:
        article_id = here.import_file(seed_path).id
        assert article_id
        start, end = here.find_quote(article_id, SEED_DENIAL)
        claim = here.mark_claim(article_id, start, end, ClaimKind.DENIAL)
        other = _start_desk(location, "carla", [claim.id])
        try:
            _tell([other], "go", "ready")
            _tell([other], "write", "read")
            other.communicate(timeout=120)
            assert other.returncode == 0
        finally:
            other.kill()
        # What the window's 2-second timer does: one catch_up, then the search sees it.
        started = time.monotonic()
        assert here.catch_up() >= 1
        hits = here.search("carlafirst").hits
        took = time.monotonic() - started
        assert [h.id for h in hits] == [claim.id]
        assert took < 2.0
        # With nothing new, a catch_up is one small query: cheap enough to run every 2 s.
        started = time.monotonic()
        assert here.catch_up() == 0
        assert time.monotonic() - started < 0.2
        changed = here.update_claim(claim.id, ClaimChanges(notes="ripreso"))
        assert changed.version > claim.version
