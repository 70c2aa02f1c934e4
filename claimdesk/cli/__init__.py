"""``claimdesk-cli``: the scriptable twin of the desktop app (CLI.md). No Qt here.

Each ``*_commands`` module registers its commands; a command runs either on the resolved
library (``handler(desk, args)``) or without one (``run(args)``, as ``analyze``).
Exit status: 0 done; 1 the input was refused (one line on stderr, nothing half-written);
2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from claimdesk import __version__
from claimdesk.cli import (
    backup_commands,
    capture_commands,
    claim_commands,
    history_commands,
    library_commands,
    output_commands,
    transfer_commands,
)
from claimdesk.cli.common import EXIT_REFUSED
from claimdesk.core.errors import ClaimDeskError

COMMAND_MODULES = (
    library_commands,
    claim_commands,
    output_commands,
    history_commands,
    transfer_commands,
    backup_commands,
    capture_commands,
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    parser = argparse.ArgumentParser(
        prog="claimdesk-cli", description="ClaimDesk from the command line: the same library."
    )
    parser.add_argument("--version", action="version", version=f"ClaimDesk {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--library", metavar="DIR", help="the library folder to open")
    where.add_argument("--db", metavar="URL", help="a database URL (a shared team database)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except ClaimDeskError as exc:
        print(f"claimdesk-cli: {exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("claimdesk-cli: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace) -> int:
    if hasattr(args, "run"):
        status: int = args.run(args)
        return status
    # Imported here so that commands without a library start fast.
    from claimdesk.core.desk import Desk
    from claimdesk.core.library import resolve_location

    location = resolve_location(library=args.library, db=args.db)
    with Desk.open(location) as desk:
        status = args.handler(desk, args)
        return status
