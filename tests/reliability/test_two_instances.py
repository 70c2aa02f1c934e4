"""Two instances on one library at once: a window (a desk in this process) and the command
line or a second window (real processes). Both write; nothing is lost; only the process
holding the index lock writes the index, and the other knows it does not keep it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from claimdesk.core.desk import Desk
from claimdesk.core.index_sync import IndexLock, read_mark
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimChanges, ClaimFilter, ClaimKind, Verdict
from tests.conftest import REPO

ENV = dict(os.environ, PYTHONPATH=str(REPO))
SENTENCES = [f"Il portavoce numero {n} ha dichiarato che la tregua regge." for n in range(12)]


def _cli(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimdesk.cli", "--library", str(library), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=ENV,
        check=False,
        timeout=120,
    )


def _index_files(location: LibraryLocation) -> dict[str, tuple[int, int]]:
    return {
        p.name: (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(location.index_dir.iterdir())
    }


def _article(desk: Desk, tmp_path: Path) -> str:
    path = tmp_path / "tregua.txt"
    path.write_text("Tregua\n\n" + "\n\n".join(SENTENCES) + "\n", encoding="utf-8")
    article_id = desk.import_file(path).id
    assert article_id
    return article_id


def test_cli_beside_a_window_writes_the_database_never_the_index(
    location: LibraryLocation, tmp_path: Path
) -> None:
    assert location.folder is not None
    with Desk.open(location) as window:
        assert window.writes_index
        assert not IndexLock(location.index_dir).try_acquire()  # the OS lock is held
        article_id = _article(window, tmp_path)
        mark, files = read_mark(location.index_dir), _index_files(location)
        added = []
        for sentence in SENTENCES[:3]:
            result = _cli(
                location.folder, "claim", "add", article_id, "--quote", sentence, "--json"
            )
            assert result.returncode == 0, result.stderr
            added.append(json.loads(result.stdout)["id"])
        edited = _cli(location.folder, "claim", "edit", added[0], "--verdict", "false")
        assert edited.returncode == 0, edited.stderr
        # The CLI committed four changes and left the index, its files and its mark alone.
        assert read_mark(location.index_dir) == mark
        assert _index_files(location) == files
        # The keeper takes them in on its next look.
        assert window.catch_up() > 0
        assert read_mark(location.index_dir) == (mark or 0) + 4
        assert {h.id for h in window.search("tregua kind:claim").hits} == set(added)
        assert [h.id for h in window.search("verdict:false").hits] == [added[0]]
        assert window.check().ok


def test_a_second_window_is_told_it_does_not_keep_the_index(
    location: LibraryLocation, tmp_path: Path
) -> None:
    assert location.folder is not None
    with Desk.open(location) as window:
        article_id = _article(window, tmp_path)
        second = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.desk_driver", str(location.folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=ENV,
        )
        assert second.stdin is not None and second.stdout is not None
        ready = json.loads(second.stdout.readline())
        assert ready == {"ready": True, "writes_index": False}
        mark, files = read_mark(location.index_dir), _index_files(location)
        for sentence in SENTENCES[:2]:
            command = {
                "op": "add",
                "article": article_id,
                "quote": sentence,
                "kind": "denial",
                "verdict": "misleading",
                "notes": "dalla seconda finestra",
            }
            second.stdin.write(json.dumps(command) + "\n")
            second.stdin.flush()
            assert json.loads(second.stdout.readline())["done"]
        second.stdin.close()
        assert second.wait(60) == 0
        assert (read_mark(location.index_dir), _index_files(location)) == (mark, files)
        assert window.search("verdict:misleading").total == 2
        assert read_mark(location.index_dir) == (mark or 0) + 2


def test_window_and_cli_writing_at_the_same_time_lose_nothing(
    location: LibraryLocation, tmp_path: Path
) -> None:
    assert location.folder is not None
    folder = location.folder
    with Desk.open(location) as window:
        article_id = _article(window, tmp_path)
        failures: list[str] = []
        cli_ids: list[str] = []

        def cli_writes() -> None:
            for sentence in SENTENCES[9:]:
                result = _cli(folder, "claim", "add", article_id, "--quote", sentence, "--json")
                if result.returncode != 0:
                    failures.append(result.stderr)
                    continue
                claim_id = json.loads(result.stdout)["id"]
                cli_ids.append(claim_id)
                note = _cli(folder, "claim", "edit", claim_id, "--note", f"cli {claim_id[:6]}")
                if note.returncode != 0:
                    failures.append(note.stderr)

        other = threading.Thread(target=cli_writes)
        other.start()
        window_ids = []
        text = window.get_article(article_id).text
        for sentence in SENTENCES[:6]:
            start = text.index(sentence)
            view = window.mark_claim(article_id, start, start + len(sentence), ClaimKind.CLAIM)
            window.update_claim(view.id, ClaimChanges(verdict=Verdict.TRUE))
            window_ids.append(view.id)
        other.join(300)
        assert failures == []
        claims = {c.id: c for c in window.list_claims(ClaimFilter(article_id=article_id))}
        assert set(claims) == set(window_ids) | set(cli_ids) and len(claims) == 9
        assert all(claims[i].verdict is Verdict.TRUE for i in window_ids)
        assert all(claims[i].notes == f"cli {i[:6]}" for i in cli_ids)
        assert window.search("tregua").total >= 9
        report = window.check()
        assert report.ok and report.repaired == [], report
