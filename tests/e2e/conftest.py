"""End-to-end: the real app as a subprocess in a real X window, driven with xdotool."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimdesk.core.desk import Desk
from claimdesk.core.library import DATABASE_FILE, LibraryLocation, folder_location
from tests.conftest import REPO, SEED

SCREENSHOTS = REPO / "artifacts" / "screenshots"


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed: the end-to-end tests need Xvfb, xdotool, imagemagick"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def display() -> Iterator[str]:
    """An X display: $DISPLAY if set, else a private Xvfb started for the session."""
    _need("xdotool")
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    xvfb = _need("Xvfb")
    # Each test worker (pytest-xdist: gw0, gw1, ...) looks in a range of its own, so two
    # starting at once never pick the same free display.
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    first = 100 + 40 * worker
    number = next(n for n in range(first, first + 40) if not Path(f"/tmp/.X{n}-lock").exists())
    process = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 10
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(scope="session")
def window_manager(display: str) -> Iterator[str]:
    """The display with a window manager (openbox) on it, as a desktop has: frames, sizes
    asked of the window manager, focus. A display given in $DISPLAY is taken to have one
    already (run openbox on it); on the private Xvfb, openbox is started for the session."""
    if os.environ.get("DISPLAY"):
        yield display
        return
    openbox = _need("openbox")
    process = subprocess.Popen(
        [openbox], env={**os.environ, "DISPLAY": display},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    time.sleep(1.0)  # openbox takes the screen before the app's window maps
    try:
        yield display
    finally:
        process.terminate()
        process.wait(10)


@dataclass
class RunningApp:
    """The app under test: its process, window id and display."""

    process: subprocess.Popen[bytes]
    window: str
    display: str

    def xdotool(self, *args: str) -> str:
        """Run xdotool on the app's display."""
        result = subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        return result.stdout.strip()

    def keys(self, *keys: str) -> None:
        """Press keys in the app's window, one after another."""
        for key in keys:
            self.xdotool("key", "--window", self.window, "--clearmodifiers", key)
            time.sleep(0.15)

    def type(self, text: str) -> None:
        """Type ``text`` into whatever has the keyboard in the app's window."""
        self.xdotool("type", "--window", self.window, "--delay", "40", text)
        time.sleep(0.3)

    def window_screenshot(self, name: str) -> Path:
        """Save the app's window alone (its client area) under artifacts/screenshots."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / name
        subprocess.run(
            ["import", "-window", self.window, str(path)],
            env={**os.environ, "DISPLAY": self.display},
            check=True,
            timeout=30,
        )
        return path

    def screenshot(self, name: str) -> Path:
        """Save the whole screen under artifacts/screenshots."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / name
        subprocess.run(
            ["import", "-window", "root", str(path)],
            env={**os.environ, "DISPLAY": self.display},
            check=True,
            timeout=30,
        )
        return path


@pytest.fixture
def seeded_library(tmp_path: Path) -> tuple[LibraryLocation, str]:
    """A library folder with the seed article imported through the desk."""
    location = folder_location(tmp_path / "library")
    with Desk.open(location) as desk:
        outcome = desk.import_file(SEED)
    assert outcome.id is not None
    return location, outcome.id


@pytest.fixture
def start_app(display: str, tmp_path: Path) -> Iterator[Callable[[LibraryLocation], RunningApp]]:
    """Start ``python -m claimdesk --library DIR``; the app is stopped after the test."""
    started: list[subprocess.Popen[bytes]] = []

    def start(location: LibraryLocation) -> RunningApp:
        assert location.folder is not None
        env = {
            **os.environ,
            "DISPLAY": display,
            "PYTHONPATH": str(REPO),
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        }
        log = (tmp_path / "app.log").open("wb")
        process = subprocess.Popen(
            [sys.executable, "-m", "claimdesk", "--library", str(location.folder)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        started.append(process)
        app = RunningApp(process, "", display)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail(f"the app exited: {(tmp_path / 'app.log').read_text()}")
            try:
                found = app.xdotool("search", "--onlyvisible", "--name", "ClaimDesk")
            except subprocess.CalledProcessError:
                time.sleep(0.2)
                continue
            app.window = found.splitlines()[-1]
            break
        else:
            pytest.fail("no ClaimDesk window appeared within 60 s")
        app.xdotool("windowfocus", "--sync", app.window)
        time.sleep(0.5)
        return app

    yield start
    for process in started:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


def read_claims(location: LibraryLocation) -> list[tuple[str, str]]:
    """(kind, quote) of every claim, read through a separate read-only connection."""
    assert location.folder is not None
    uri = f"file:{location.folder / DATABASE_FILE}?mode=ro"
    with sqlite3.connect(uri, uri=True, timeout=5) as connection:
        rows = connection.execute("SELECT kind, exact FROM claims").fetchall()
    connection.close()
    return [(str(kind), str(exact)) for kind, exact in rows]


def wait_for(check: Callable[[], bool], timeout: float = 15.0) -> bool:
    """Poll ``check`` until it holds or ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return False
