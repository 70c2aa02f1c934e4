"""Crash safety of the command line: real ``claimdesk-cli`` processes killed with SIGKILL.

A loop runs random commands (imports of small generated files, claim add, edit, delete) on one
library; some processes are killed mid-command. After every kill a fresh desk opens the
library, ``check`` must pass (repairs of derived data allowed) and every change whose command
returned must be there (see harness.py). ``CLAIMDESK_KILLS=2000`` runs the long version.

The kill moment is drawn from the command's own running time (calibrated on the first
commands), not a fixed 0-300 ms: the CLI spends its first second importing Python modules,
and a kill there would test nothing.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from claimdesk.core.desk import Desk
from claimdesk.core.library import folder_location
from tests.conftest import REPO
from tests.reliability.harness import Model, kills_wanted

DEFAULT_KILLS = 6
KILL_SHARE = 0.6  # of the commands, how many are killed at a random moment


def _argv(library: Path, command: dict[str, Any]) -> list[str]:
    base = [sys.executable, "-m", "claimdesk.cli", "--library", str(library)]
    op = command["op"]
    if op == "import":
        return [*base, "import", *command["paths"], "--json"]
    if op == "add":
        extra = ["--verdict", command["verdict"]] if command["verdict"] else []
        return [
            *base, "claim", "add", command["article"], "--quote", command["quote"],
            "--kind", command["kind"], "--note", command["notes"], *extra, "--json",
        ]  # fmt: skip
    if op == "edit":
        return [
            *base, "claim", "edit", command["claim"], "--verdict", command["verdict"],
            "--status", command["status"], "--note", command["notes"], "--json",
        ]  # fmt: skip
    return [*base, "claim", "delete", command["claim"], "--json"]


def _result(command: dict[str, Any], code: int, out: str) -> dict[str, Any]:
    if code != 0 and command["op"] != "import":
        return {"refused": True}
    data = json.loads(out)
    if command["op"] == "import":
        tokens = dict(zip(command["paths"], command["tokens"], strict=True))
        return {"imported": {tokens[o["path"]]: o["id"] for o in data if o["status"] == "imported"}}
    return {"id": data["id"]}


def _partial_import(command: dict[str, Any], err: str) -> dict[str, Any]:
    # "[2/4] tok5x123.txt imported" lines are written and flushed as each file commits.
    done = {}
    for path, token in zip(command["paths"], command["tokens"], strict=True):
        if f"] {Path(path).name} imported" in err:
            done[token] = None
    return {"imported": done}


def run_cli_crash_loop(tmp_path: Path, kills: int, seed: int) -> dict[str, int]:
    """Run commands until ``kills`` processes were killed mid-command; the figures."""
    rng = random.Random(seed)
    location = folder_location(tmp_path / "library")
    assert location.folder is not None
    files = tmp_path / "files"
    files.mkdir()
    Desk.open(location).close()
    model, counter = Model(), [0]
    env = dict(os.environ, PYTHONPATH=str(REPO))
    durations: list[float] = []
    killed = commands = 0
    while killed < kills:
        command = model.next_command(rng, files, counter)
        commands += 1
        kill = len(durations) >= 2 and rng.random() < KILL_SHARE
        typical = sorted(durations)[len(durations) // 2] if durations else 0.0
        started = time.monotonic()
        process = subprocess.Popen(
            _argv(location.folder, command),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=env,
        )
        if kill:
            # Late in the command's life: the writes come after the module imports.
            time.sleep(rng.uniform(0.4, 1.15) * typical)
            process.send_signal(signal.SIGKILL)
        out, err = process.communicate(timeout=120)
        if process.returncode == -signal.SIGKILL:
            killed += 1
            partial = _partial_import(command, err) if command["op"] == "import" else None
            model.killed(command, partial)
            model.verify(location, rng)
            continue
        assert process.returncode in (0, 1), err
        durations.append(time.monotonic() - started)
        model.returned(command, _result(command, process.returncode, out))
    model.verify(location, rng)
    return {
        "commands": commands,
        "kills": killed,
        "returned_changes_checked": model.returned_verified,
        "checks": model.checks,
    }


def test_cli_processes_killed_mid_command_lose_nothing_returned(tmp_path: Path) -> None:
    figures = run_cli_crash_loop(tmp_path, kills_wanted(DEFAULT_KILLS), seed=8)
    print(f"\ncli crash loop: {figures}")
    assert figures["kills"] >= kills_wanted(DEFAULT_KILLS)
    assert figures["returned_changes_checked"] > 0
