"""Another real process holding a library open (a second window or command), for tests of
what one process sees while another keeps the library and its index."""

from __future__ import annotations

import os
import subprocess
import sys

from claimdesk.core.library import LibraryLocation
from tests.conftest import REPO

_HOLD = """
import sys, time
from pathlib import Path
from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
url, folder, index_dir = sys.argv[1:4]
location = LibraryLocation(url, Path(folder) if folder else None, Path(index_dir))
desk = Desk.open(location)
print("writes_index", desk.writes_index, flush=True)
time.sleep(120)
"""


def hold_library(location: LibraryLocation) -> tuple[subprocess.Popen[str], str]:
    """Start a process that opens ``location`` and keeps it open for two minutes; returns it
    (the caller kills it) and its first line, ``writes_index True`` or ``... False``."""
    folder = str(location.folder) if location.folder else ""
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLD, location.url, folder, str(location.index_dir)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    assert process.stdout is not None
    return process, process.stdout.readline().strip()
