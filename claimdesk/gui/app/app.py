"""``claimdesk [--library DIR | --db URL] [--demo]``: start the desktop app."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.library import APP_NAME, ENV_LIBRARY, resolve_location
from claimdesk.core.settings import Settings, load_settings
from claimdesk.gui.app.app_identity import apply_identity, prepare_high_dpi
from claimdesk.gui.app.welcome_dialog import is_first_run, offer_welcome
from claimdesk.gui.common.appearance import apply_appearance
from claimdesk.gui.common.i18n import install_language, translate, ui_language

if TYPE_CHECKING:
    from claimdesk.gui.shell.main_window import MainWindow


def build_parser() -> argparse.ArgumentParser:
    """The command line of the desktop app (CLI.md, entry points)."""
    parser = argparse.ArgumentParser(
        prog="claimdesk", description="ClaimDesk: mark, check and report claims in news articles."
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--library", metavar="DIR", help="open the library in this folder")
    where.add_argument("--db", metavar="URL", help="open a shared database (SQLAlchemy URL)")
    parser.add_argument(
        "--demo", action="store_true", help="open a fresh temporary library with the demo articles"
    )
    # Hidden: packaging/smoke.sh checks that a built copy starts, shows the window and quits.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    return parser


def _opener(
    args: argparse.Namespace, demo_folder: Path | None, settings: Settings
) -> Callable[[], Desk]:
    if demo_folder is not None:
        from claimdesk.core.demo import create_demo_library

        return lambda: Desk.open(create_demo_library(demo_folder))
    # The settings' folder stands in for the default one; --library, --db and
    # $CLAIMDESK_LIBRARY still come first.
    saved = settings.library
    library = args.library or (None if os.environ.get(ENV_LIBRARY) else saved or None)
    location = resolve_location(library=library, db=args.db)
    every = dt.timedelta(days=settings.backup_days)
    # A missing or broken index is rebuilt by the window, not before it shows.
    return lambda: Desk.open(location, rebuild_later=True, backup_every=every)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; returns the exit status."""
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    settings = load_settings()
    explicit = bool(args.library or args.db or args.demo or args.smoke_test)
    first_run = is_first_run(explicit_library=explicit)
    prepare_high_dpi()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    apply_identity(app)
    apply_appearance(settings.appearance, app)
    install_language(ui_language(settings.language), app)
    demo_folder = Path(tempfile.mkdtemp(prefix="claimdesk-demo-")) if args.demo else None
    try:
        opener = _opener(args, demo_folder, settings)
    except ClaimDeskError as exc:
        return _refuse(exc.message, demo_folder)
    # The library opens on a thread of its own while the window's code loads and the window
    # is built (about 0.2 s of a 1.5 s start on a 10,000-article library).
    opener = open_in_background(opener)
    from claimdesk.gui.shell.main_window import DEMO_TITLE, MainWindow

    window = MainWindow(opener)
    if demo_folder is not None:
        window.adopt_temp_folder(demo_folder)
    error = window.wait_until_open()
    if error is not None:
        window.close()
        return _refuse(error, None)
    window.show()
    if args.demo:
        window.open_article_titled(DEMO_TITLE)
    if args.smoke_test:
        return _smoke_test(window)
    if first_run:
        offer_welcome(window)
    return int(app.exec())


def open_in_background(opener: Callable[[], Desk]) -> Callable[[], Desk]:
    """Start ``opener`` on a thread now; the returned opener waits for it (and raises what it
    raised). The desk's connections may be used from another thread (check_same_thread off)."""
    outcome: list[Desk | BaseException] = []

    def run() -> None:
        try:
            outcome.append(opener())
        except BaseException as exc:  # handed to whoever waits, on its own thread
            outcome.append(exc)

    thread = threading.Thread(target=run, name="claimdesk-open", daemon=True)
    thread.start()

    def opened() -> Desk:
        thread.join()
        result = outcome[0]
        if isinstance(result, BaseException):
            raise result
        return result

    return opened


def _smoke_test(window: MainWindow) -> int:
    """Paint the open window once, print the article count and close (no event loop)."""
    window.ops.wait_idle(120_000)
    counts = [window.library.model.rowCount()]
    painted = not window.grab().isNull()
    window.close()
    if not counts or not painted:
        print("claimdesk: the smoke test did not get a painted window", file=sys.stderr)
        return 1
    print(f"ClaimDesk started: {counts[0]} articles", flush=True)
    return 0


def _refuse(message: str, demo_folder: Path | None) -> int:
    if demo_folder is not None:
        shutil.rmtree(demo_folder, ignore_errors=True)
    print(f"claimdesk: {message}", file=sys.stderr)
    QMessageBox.critical(None, translate("App", "ClaimDesk cannot open the library"), message)
    return 1
