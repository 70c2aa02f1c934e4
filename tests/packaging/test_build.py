"""The packaged program: packaging/build.sh builds the one-folder application with this
environment's Python, and packaging/smoke.sh starts the window and the command line from it
(a fresh library, the demo, an import, a search, reports, the Italian catalogue)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO


def _run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", f"packaging/{script}"],
        cwd=REPO,
        env=dict(os.environ, CLAIMDESK_VENV=sys.prefix),
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )


def test_the_built_program_starts_and_does_its_work() -> None:
    build = _run("build.sh")
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    assert "== built dist/ClaimDesk" in build.stdout
    smoke = _run("smoke.sh")
    assert smoke.returncode == 0, smoke.stdout[-3000:] + smoke.stderr[-3000:]
    for step in ("ClaimDesk started: 0 articles", "the Italian translation is in the folder",
                 "claimdesk-cli export --format md"):  # fmt: skip
        assert step in smoke.stdout
