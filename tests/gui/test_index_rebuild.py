"""A library whose index is gone opens at once and rebuilds it with a progress bar, while the
desk keeps answering; the rebuilt index finds what the database holds."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from claimdesk.core.desk import Desk
from claimdesk.gui.shell.main_window import MainWindow
from tests.gui.conftest import wait_idle
from tests.gui.test_search_paging import CLAIMS, big_library


def test_a_missing_index_is_rebuilt_in_the_background(qtbot: QtBot, tmp_path: Path) -> None:
    location = big_library(tmp_path)
    shutil.rmtree(location.index_dir)
    window = MainWindow(lambda: Desk.open(location, rebuild_later=True))
    qtbot.addWidget(window, before_close_func=lambda w: w.ops.shutdown())
    events: list[tuple[str, float]] = []
    rebuild = window.recovery.index_rebuild
    rebuild.progressed.connect(lambda done, total: events.append(("progress", done / total)))
    rebuild.finished.connect(lambda count, _s: events.append(("finished", count)))
    jobs: list[object] = []
    rebuild.ended.connect(jobs.append)
    started = time.monotonic()
    assert window.wait_until_open() is None
    window.show()
    # The desk answers while the index is being rebuilt, and a search says it may be partial.
    window.ops.run(lambda desk: desk.stats().claims, lambda n: events.append(("stats", n)))
    window.ops.run(lambda desk: desk.search("grain").notice, lambda n: events.append(("notice", n)))
    qtbot.waitUntil(lambda: ("finished", CLAIMS + 1) in events, timeout=60_000)
    names = [name for name, _ in events]
    assert names.index("stats") < names.index("finished")
    notice = next(value for name, value in events if name == "notice")
    assert names.index("notice") > names.index("finished") or "being rebuilt" in str(notice)
    assert any(name == "progress" and 0 < value < 1 for name, value in events)
    assert rebuild.bar.isHidden()
    assert window.statusBar().currentMessage().startswith("Search index rebuilt")
    # The rebuild thread held the job, never the desk; the worker then finished the job, so
    # searches are whole again.
    assert len(jobs) == 1 and not any(isinstance(v, Desk) for v in vars(jobs[0]).values())
    wait_idle(qtbot, window)
    whole: list[object] = []
    window.ops.run(lambda desk: desk.search("grain").notice, whole.append)
    wait_idle(qtbot, window)
    assert whole == [None]
    assert time.monotonic() - started < 60
    wait_idle(qtbot, window)
    found: list[int] = []
    window.ops.run(lambda desk: desk.search("grain").total, found.append)
    wait_idle(qtbot, window)
    assert found == [CLAIMS + 1]


def test_closing_the_window_stops_a_rebuild(qtbot: QtBot, tmp_path: Path) -> None:
    location = big_library(tmp_path)
    shutil.rmtree(location.index_dir)
    window = MainWindow(lambda: Desk.open(location, rebuild_later=True))
    assert window.wait_until_open() is None
    qtbot.waitUntil(window.recovery.index_rebuild.is_running, timeout=10_000)
    window.close()
    assert not window.recovery.index_rebuild.is_running()
    with Desk.open(location) as desk:  # the next opening rebuilds what was left undone
        assert desk.search("grain").total == CLAIMS + 1
