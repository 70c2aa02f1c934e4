"""The index follows the database through the history, with one writer process at a time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from claimdesk.core.desk import Desk
from claimdesk.core.index_sync import read_mark
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimChanges, ClaimKind
from tests.conftest import REPO, SEED_DENIAL
from tests.library_holder import hold_library


def _cli(location: LibraryLocation, *args: str) -> subprocess.CompletedProcess[str]:
    # A team desk's CLI keeps its own index in its cache folder: another computer's, in effect.
    where = ["--library", str(location.folder)] if location.folder else ["--db", location.url]
    cache = location.index_dir.parent / "cli-cache"
    return subprocess.run(
        [sys.executable, "-m", "claimdesk.cli", *where, *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO), XDG_CACHE_HOME=str(cache)),
        check=False,
        timeout=120,
    )


def test_changes_by_another_process_reach_the_index(
    location: LibraryLocation, seed_path: Path
) -> None:
    with Desk.open(location) as desk:
        assert desk.writes_index
        article_id = desk.import_file(seed_path).id
        assert article_id
        # The CLI runs while this desk keeps the index: it writes the database only.
        result = _cli(
            location,
            "claim",
            "add",
            article_id,
            "--quote",
            SEED_DENIAL,
            "--kind",
            "denial",
            "--claimant",
            "Russia",
        )
        assert result.returncode == 0, result.stderr
        hits = desk.search("claimant:russia").hits
        assert [h.type for h in hits] == ["claim"]
        mark = read_mark(location.index_dir)
        [claim] = desk.list_claims()
        desk.update_claim(claim.id, ClaimChanges(notes="confermato da fonti OSCE"))
        assert read_mark(location.index_dir) == (mark or 0) + 1
        assert [h.id for h in desk.search("osce").hits] == [claim.id]


def test_a_second_desk_does_not_write_the_index(location: LibraryLocation, seed_path: Path) -> None:
    with Desk.open(location) as first, Desk.open(location) as second:
        assert first.writes_index and not second.writes_index
        article_id = second.import_file(seed_path).id
        assert article_id
        start, end = second.find_quote(article_id, SEED_DENIAL)
        second.mark_claim(article_id, start, end, ClaimKind.DENIAL)
        assert read_mark(location.index_dir) == 0  # untouched since the first desk opened
        assert any(h.type == "claim" for h in first.search("separatisti").hits)
    with Desk.open(location) as third:
        assert third.writes_index  # the lock was given back


def test_the_lock_of_a_killed_process_is_released(location: LibraryLocation) -> None:
    holder, said = hold_library(location)
    try:
        assert said == "writes_index True"
        with Desk.open(location) as desk:
            assert not desk.writes_index
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=10)
        deadline = time.monotonic() + 5
        while True:
            with Desk.open(location) as desk:
                if desk.writes_index or time.monotonic() > deadline:
                    assert desk.writes_index
                    break
            time.sleep(0.1)
    finally:
        holder.kill()
