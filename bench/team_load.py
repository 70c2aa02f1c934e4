"""Team load: many desks writing to one PostgreSQL database at once; every write checked.

    PYTHONPATH=. python bench/team_load.py [--writers 20] [--seconds 60] [--db URL]

Without ``--db`` a throwaway PostgreSQL server is started on loopback (Debian's binaries,
durable settings: fsync and synchronous commit on), as in the tests. Each writer is its own
process with its own desk, signing as ``writer-NN``. It saves its own claim over and over
through ``Desk.update_claim`` (one transaction each, with the version it last saw) and, one
save in ten, a claim every writer shares, read afresh just before: the shared claim is where
conflicts happen; a refused save is counted, not retried.

Afterwards every save a writer was told succeeded is looked for: in the history (once, with
its author), in the final claims (the last save of each), and in the search index, which a
separate desk catches up from the history as a window would. The last line is one JSON
object; exit status 1 when a write is missing.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from claimdesk.core.desk import Desk
from claimdesk.core.errors import EditConflict
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimChanges, ClaimKind
from claimdesk.core.storage.orm import HistoryEntry

SEED = Path(__file__).resolve().parents[1] / "claimdesk" / "seeds" / "stoltenberg-reuters-it.txt"
SHARED_EVERY = 10


@dataclass
class WriterLog:
    """What one writer was told: its successful saves (claim id, token) and its conflicts."""

    user: str
    saved: list[tuple[str, str]] = field(default_factory=list)
    conflicts: int = 0


@dataclass
class LoadReport:
    """The figures of one run."""

    writers: int
    seconds: float
    writes: int
    writes_per_s: float
    shared_writes: int
    conflicts: int
    missing: int
    index_catch_up_s: float
    verified: bool


def _writer(
    url: str, index_dir: str, number: int, own: str, shared: str, start: Any, seconds: float
) -> WriterLog:
    # Runs in its own process: a desk of its own, as on its own computer.
    os.environ["CLAIMDESK_USER"] = user = f"writer-{number:02d}"
    log = WriterLog(user)
    location = LibraryLocation(url, None, Path(index_dir))
    with Desk.open(location) as desk:
        version = next(c.version for c in desk.list_claims() if c.id == own)
        start.wait()  # every desk is open: all start writing together
        end = time.monotonic() + seconds
        count = 0
        while time.monotonic() < end:
            count += 1
            token = f"w{number}n{count}"
            if count % SHARED_EVERY == 0:
                seen = next(c.version for c in desk.list_claims() if c.id == shared)
                try:
                    desk.update_claim(shared, ClaimChanges(notes=token, expected_version=seen))
                except EditConflict:
                    log.conflicts += 1
                    continue
                log.saved.append((shared, token))
                continue
            view = desk.update_claim(own, ClaimChanges(notes=token, expected_version=version))
            version = view.version
            log.saved.append((own, token))
    return log


def _claim_spans(text: str, count: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"\w{4,}", text):
        spans.append(match.span())
        if len(spans) == count:
            return spans
    raise SystemExit(f"the seed article has fewer than {count} words to mark")


def run_load(url: str, work_dir: Path, *, writers: int = 20, seconds: float = 60) -> LoadReport:
    """Run the load against the empty database at ``url``; returns the checked figures."""
    # The keeper is a desk on another computer, open all along: its window would catch up
    # every 2 s; here it catches up once at the end, timed, with everything to take in.
    keeper = Desk.open(LibraryLocation(url, None, work_dir / "index-keeper"))
    try:
        article_id = keeper.import_file(SEED).id
        assert article_id
        text = keeper.get_article(article_id).text
        claims = [
            keeper.mark_claim(article_id, start, end, ClaimKind.CLAIM).id
            for start, end in _claim_spans(text, writers + 1)
        ]
        shared, own = claims[0], claims[1:]
        # The writers share one index folder that none of them keeps: their catch-ups are
        # free, so the figure is the database's.
        writer_index = work_dir / "index-writers"
        context = multiprocessing.get_context("spawn")
        with (
            Desk.open(LibraryLocation(url, None, writer_index)),
            context.Manager() as manager,
            ProcessPoolExecutor(writers, mp_context=context) as pool,
        ):
            start = manager.Barrier(writers)
            futures = [
                pool.submit(_writer, url, str(writer_index), n, own[n], shared, start, seconds)
                for n in range(writers)
            ]
            logs = [f.result() for f in futures]
        return _verify(keeper, logs, shared, seconds)
    finally:
        keeper.close()


def _verify(desk: Desk, logs: list[WriterLog], shared: str, seconds: float) -> LoadReport:
    saved = [(log.user, claim, token) for log in logs for claim, token in log.saved]
    started = time.monotonic()
    desk.catch_up()
    catch_up_s = time.monotonic() - started
    final = {c.id: c for c in desk.list_claims()}
    with desk._store.sessions() as session:
        rows = session.execute(
            select(HistoryEntry.actor, HistoryEntry.entity_id, HistoryEntry.after).where(
                HistoryEntry.action == "update"
            )
        ).all()
    recorded = Counter((actor, claim, (after or {}).get("notes")) for actor, claim, after in rows)
    missing = sum(1 for entry in saved if recorded[entry] != 1)
    missing += max(0, sum(recorded.values()) - len(saved))  # a write nobody was told of
    per_claim = Counter(claim for _, claim, _ in saved)
    last = {claim: token for _, claim, token in saved if claim != shared}
    for claim, token in last.items():
        if final[claim].notes != token or final[claim].version != 1 + per_claim[claim]:
            missing += 1
    if final[shared].version != 1 + per_claim[shared]:
        missing += 1
    for log in logs:  # the index holds each writer's last save
        mine = [token for user, claim, token in saved if user == log.user and claim != shared]
        if mine and desk.search(mine[-1]).total != 1:
            missing += 1
    return LoadReport(
        writers=len(logs),
        seconds=seconds,
        writes=len(saved),
        writes_per_s=round(len(saved) / seconds, 1),
        shared_writes=per_claim[shared],
        conflicts=sum(log.conflicts for log in logs),
        missing=missing,
        index_catch_up_s=round(catch_up_s, 2),
        verified=missing == 0 and bool(saved),
    )


def main(argv: list[str] | None = None) -> int:
    """Run the bench from the command line; prints the figures and one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--db", metavar="URL", help="an empty database (default: a throwaway)")
    args = parser.parse_args(argv)
    server: Any = None
    url = args.db
    if url is None:
        from tests.postgres_server import ThrowawayPostgres

        server = ThrowawayPostgres(durable=True).start()
        url = server.url(server.create_database())
    try:
        with tempfile.TemporaryDirectory(prefix="claimdesk-load-") as work:
            report = run_load(url, Path(work), writers=args.writers, seconds=args.seconds)
    finally:
        if server is not None:
            server.remove()
    print(
        f"{report.writers} writers, {report.seconds:g} s: {report.writes} writes "
        f"({report.writes_per_s} per second), {report.shared_writes} on the shared claim, "
        f"{report.conflicts} conflicts reported; index caught up in {report.index_catch_up_s} s; "
        + ("every write present" if report.verified else f"{report.missing} writes MISSING")
    )
    print(json.dumps(asdict(report)))
    return 0 if report.verified else 1


if __name__ == "__main__":
    sys.exit(main())
