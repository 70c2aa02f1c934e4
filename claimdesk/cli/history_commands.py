"""Commands about the audit trail: history (of an article or claim) and restore (a version)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from claimdesk.cli.common import on_library, positive_arg, print_json
from claimdesk.core.model.history import HistoryItem, VersionSide

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add history and restore."""
    p = commands.add_parser("history", help="every change to an article or a claim")
    p.add_argument("id", metavar="ID", help="an article or claim id (a deleted claim's too)")
    p.add_argument("--json", action="store_true")
    on_library(p, show_history)

    p = commands.add_parser("restore", help="go back to the version a history entry recorded")
    p.add_argument("history_id", type=positive_arg, metavar="HISTORY_ID")
    p.add_argument(
        "--before",
        action="store_true",
        help="restore the version before that change (undo it) instead of the one it made",
    )
    p.add_argument("--json", action="store_true")
    on_library(p, restore)


def history_json(item: HistoryItem) -> dict[str, Any]:
    """One history entry in the ``history --json`` shape."""
    return {
        "id": item.id,
        "at": item.at.isoformat(),
        "actor": item.actor,
        "entity": item.entity,
        "entity_id": item.entity_id,
        "action": item.action,
        "summary": item.summary,
        "before": item.before,
        "after": item.after,
    }


def show_history(desk: Desk, args: argparse.Namespace) -> int:
    """``history ID``: newest change first."""
    items = desk.history.entries(args.id)
    if args.json:
        print_json([history_json(i) for i in items])
        return 0
    for item in items:
        when = item.at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{item.id:>7}  {when}  {item.actor or '?':<12}  {item.summary}")
    return 0


def restore(desk: Desk, args: argparse.Namespace) -> int:
    """``restore HISTORY_ID [--before]``."""
    side = VersionSide.BEFORE if args.before else VersionSide.AFTER
    done = desk.history.restore_version(args.history_id, side)
    if args.json:
        print_json(
            {
                "entity": done.entity,
                "id": done.entity_id,
                "article_id": done.article_id,
                "history_id": done.history_id,
                "changed": done.changed,
                "summary": done.summary,
            }
        )
    elif done.changed:
        print(f"restored {done.entity} {done.entity_id[:8]}: {done.summary}")
    else:
        print(f"{done.entity} {done.entity_id[:8]} is already that version: nothing changed")
    return 0
