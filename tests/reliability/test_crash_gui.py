"""Crash safety of the desktop app's way of working: a worker process killed with SIGKILL.

The real window needs a display and seconds per start; what it does to the library is the
desk calls its worker thread makes (claimdesk/gui/ops/ops.py). desk_driver.py makes the same calls
in the same way (one worker thread, actions queued in order, a result reported once each has
committed) and is killed at a random moment: while it opens the library, while actions are
queued, mid-write. After each kill the library must open, pass ``check``, and hold every
action that had reported back (see harness.py). ``CLAIMDESK_KILLS=2000`` runs the long version.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

from claimdesk.core.desk import Desk
from claimdesk.core.library import folder_location
from tests.conftest import REPO
from tests.reliability.harness import Model, kills_wanted

DEFAULT_KILLS = 10
MAX_QUEUED = 4  # actions the user may have queued before the worker catches up


def _lines(stream: IO[str], into: queue.Queue[str | None]) -> None:
    for line in stream:
        into.put(line)
    into.put(None)


def _one_life(
    location_folder: Path, model: Model, rng: random.Random, files: Path, counter: list[int]
) -> int:
    """Start the worker, feed it actions until a random moment, kill it; actions returned."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.desk_driver", str(location_folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    assert process.stdin is not None and process.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_lines, args=(process.stdout, lines), daemon=True).start()
    # Mostly after the library is open, sometimes during the opening itself.
    deadline = time.monotonic() + (rng.uniform(0.2, 1.5) if rng.random() < 0.15 else 30.0)
    work_until: float | None = None
    sent: dict[int, dict[str, Any]] = {}
    partial: dict[int, dict[str, str]] = {}
    answered = 0
    seq = 0
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(0.0, min(0.05, deadline - time.monotonic())))
        except queue.Empty:
            line = ""
        if line is None:
            break
        if line:
            data = json.loads(line)
            if data.get("ready"):
                work_until = time.monotonic() + rng.uniform(0.05, 2.5)
                deadline = work_until
            elif "file" in data:
                partial.setdefault(data["seq"], {})[data["file"]] = data["id"]
            elif data.get("done"):
                model.returned(sent.pop(data["seq"]), data["result"])
                answered += 1
        if work_until is not None and len(sent) < rng.randint(1, MAX_QUEUED):
            sent[seq] = model.next_command(rng, files, counter)
            process.stdin.write(json.dumps(sent[seq]) + "\n")
            process.stdin.flush()
            seq += 1
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    # Lines already in the pipe were written after their commit: those actions returned.
    while (line := lines.get(timeout=10)) is not None:
        data = json.loads(line)
        if "file" in data:
            partial.setdefault(data["seq"], {})[data["file"]] = data["id"]
        elif data.get("done"):
            model.returned(sent.pop(data["seq"]), data["result"])
            answered += 1
    for number, command in sorted(sent.items()):
        model.killed(command, {"imported": partial.get(number, {})})
    return answered


def run_worker_crash_loop(tmp_path: Path, kills: int, seed: int) -> dict[str, int]:
    """Kill the worker ``kills`` times at random moments; the figures."""
    rng = random.Random(seed)
    location = folder_location(tmp_path / "library")
    assert location.folder is not None
    files = tmp_path / "files"
    files.mkdir()
    Desk.open(location).close()
    model, counter = Model(), [0]
    answered = 0
    for _ in range(kills):
        answered += _one_life(location.folder, model, rng, files, counter)
        model.verify(location, rng)
    return {
        "kills": kills,
        "actions_returned": answered,
        "returned_changes_checked": model.returned_verified,
        "checks": model.checks,
    }


def test_a_killed_worker_loses_no_action_that_had_returned(tmp_path: Path) -> None:
    figures = run_worker_crash_loop(tmp_path, kills_wanted(DEFAULT_KILLS), seed=8)
    print(f"\nworker crash loop: {figures}")
    assert figures["returned_changes_checked"] > 0
