"""Build the ``.qm`` catalogues from the ``.ts`` sources; ``--update`` first refreshes the sources.

``python -m claimdesk.gui.app.i18n_build`` runs Qt's lrelease (shipped with PySide6) on every
``claimdesk_*.ts`` whose ``.qm`` is missing or older; ``--update`` runs lupdate over the GUI
code so that new strings appear in the sources, unfinished, for a translator to fill in.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6

from claimdesk.gui.common.i18n import TRANSLATIONS_DIR, UI_LANGUAGES

GUI_DIR = Path(__file__).resolve().parent.parent
# lupdate reads our two helpers as Qt's translate() and QT_TRANSLATE_NOOP().
LUPDATE_ALIASES = "QT_TRANSLATE_NOOP+=tr_noop"


def qt_tool(name: str) -> str:
    """The path of a Qt tool PySide6 ships (``lupdate``, ``lrelease``)."""
    bundled = Path(PySide6.__file__).resolve().parent / name
    if bundled.exists():
        return str(bundled)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise RuntimeError(f"Qt's {name} was not found: install PySide6-Essentials")
    return found


def ts_sources() -> list[Path]:
    """The translation sources, one per language other than English."""
    return [TRANSLATIONS_DIR / f"claimdesk_{code}.ts" for code in UI_LANGUAGES if code != "en"]


def update_sources() -> None:
    """Collect every translatable string of the GUI into the ``.ts`` sources."""
    files = sorted(str(path) for path in GUI_DIR.rglob("*.py"))
    for ts in ts_sources():
        subprocess.run(
            [qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
             "-tr-function-alias", LUPDATE_ALIASES, *files, "-ts", str(ts)],
            check=True,
        )  # fmt: skip


def build(force: bool = False) -> list[Path]:
    """Compile each ``.ts`` whose ``.qm`` is missing or stale; returns the files written."""
    written = []
    for ts in ts_sources():
        qm = ts.with_suffix(".qm")
        if ts.exists() and (force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            subprocess.run(
                [qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
                check=True,
            )
            written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claimdesk.gui.app.i18n_build")
    parser.add_argument("--update", action="store_true", help="refresh the .ts sources first")
    parser.add_argument("--force", action="store_true", help="rebuild every .qm")
    args = parser.parse_args(argv)
    if args.update:
        update_sources()
    for qm in build(force=args.force or args.update):
        print(f"built {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
