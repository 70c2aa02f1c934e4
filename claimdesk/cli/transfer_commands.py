"""Moving a library between a folder and a team database: ``copy-to``.

    claimdesk-cli --library DIR copy-to --db URL     (a local library onto a team database)
    claimdesk-cli --db URL copy-to --library DIR     (a team database back into a folder)

The library named before the command is the source; the one after ``copy-to`` must be empty.
"""

from __future__ import annotations

import argparse

from claimdesk.core.library import resolve_location


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``copy-to``."""
    p = commands.add_parser(
        "copy-to",
        help="copy the whole library (ids and history kept) into an empty folder or database",
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--db", dest="to_db", metavar="URL", help="an empty team database")
    target.add_argument("--library", dest="to_library", metavar="DIR", help="an empty folder")
    p.set_defaults(run=copy_to)


def copy_to(args: argparse.Namespace) -> int:
    """``copy-to``: copy, verify, then build the target's search index on this computer."""
    from claimdesk.core.desk import Desk
    from claimdesk.core.transfer import copy_library

    source = resolve_location(library=args.library, db=args.db)
    target = resolve_location(library=args.to_library, db=args.to_db, environ={})
    report = copy_library(source, target)
    print(report.line())
    # The index is derived: built now, so that the first window on the copy opens at once.
    with Desk.open(target) as desk:
        if desk.writes_index:
            print(f"indexed {desk.reindex()} documents")
    return 0
