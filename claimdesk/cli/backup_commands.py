"""Commands about a library's backups: backups (list them) and restore-backup (put one back).

Both run without opening the library first: a restore needs it closed everywhere.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from claimdesk.cli.common import print_json
from claimdesk.core.backup_restore import (
    BackupInfo,
    backups_folder,
    list_backups,
    resolve_backup,
    restore_backup,
)
from claimdesk.core.library import LibraryLocation, resolve_location


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add backups and restore-backup."""
    p = commands.add_parser("backups", help="list the copies in the library's backups folder")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=show_backups)

    p = commands.add_parser(
        "restore-backup",
        help="put a backup in place of the library (the library is kept as a copy first)",
    )
    p.add_argument(
        "file", type=Path, metavar="FILE", help="a backup file, or a name listed by `backups`"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=restore)


def _location(args: argparse.Namespace) -> LibraryLocation:
    return resolve_location(library=args.library, db=args.db)


def size_text(size: int) -> str:
    """``812 B``, ``14.2 KB``, ``3.1 MB``."""
    amount = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if amount < 1024 or unit == "GB":
            return f"{amount:.0f} {unit}" if unit == "B" else f"{amount:.1f} {unit}"
        amount /= 1024
    raise AssertionError("unreachable")


def _count(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def backup_json(info: BackupInfo) -> dict[str, Any]:
    """One backup in the ``backups --json`` shape."""
    return {
        "file": info.path.name,
        "path": str(info.path),
        "taken": info.taken.isoformat(timespec="seconds"),
        "kind": info.kind.value,
        "size": info.size,
        "articles": info.articles,
        "claims": info.claims,
        "problem": info.problem,
    }


def show_backups(args: argparse.Namespace) -> int:
    """``backups``: newest first, one a line."""
    location = _location(args)
    found = list_backups(location)
    if args.json:
        print_json([backup_json(b) for b in found])
        return 0
    if not found:
        print(f"no backups yet in {backups_folder(location)}: opening the library makes one a day")
        return 0
    print(f"{'taken':<16}  {'kind':<16} {'size':>9}  {'articles':>8} {'claims':>7}  file")
    for b in found:
        holds = f"{b.articles:>8} {b.claims:>7}" if b.readable else f"{'unreadable':>16}"
        when = b.taken.strftime("%Y-%m-%d %H:%M")
        print(f"{when}  {b.kind.value:<16} {size_text(b.size):>9}  {holds}  {b.path.name}")
    return 0


def restore(args: argparse.Namespace) -> int:
    """``restore-backup FILE``: check, keep the library, swap, rebuild the search index."""
    from claimdesk.core.desk import Desk

    location = _location(args)
    done = restore_backup(location, resolve_backup(location, args.file))
    with Desk.open(location) as desk:  # rebuilds the index from the restored database
        stats = desk.stats()
    if args.json:
        print_json(
            {
                "restored": str(done.restored),
                "kept": str(done.kept) if done.kept else None,
                "articles": stats.articles,
                "claims": stats.claims + stats.denials,
            }
        )
        return 0
    held = f"{_count(done.articles, 'article')}, {_count(done.claims, 'claim')}"
    print(f"restored {done.restored.name}: {held}; the search index is rebuilt")
    if done.kept is not None:
        print(f"the library as it was is kept as {done.kept}")
    return 0
