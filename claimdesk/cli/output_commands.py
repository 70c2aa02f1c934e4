"""Commands that read the library out: search, export, reindex."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from claimdesk.cli.common import on_library, positive_arg, print_json
from claimdesk.core.serialise import search_json

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add search, export and reindex."""
    p = commands.add_parser("search", help="full-text and field search")
    p.add_argument("query")
    p.add_argument("--limit", type=positive_arg, default=20)
    p.add_argument("--json", action="store_true")
    on_library(p, search)

    p = commands.add_parser("export", help="write a claim report")
    p.add_argument("--format", required=True, choices=["md", "csv"])
    p.add_argument("--article")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    on_library(p, export)

    p = commands.add_parser("reindex", help="rebuild the search index from the database")
    on_library(p, reindex)


def search(desk: Desk, args: argparse.Namespace) -> int:
    """``search``."""
    results = desk.search(args.query, limit=args.limit)
    if results.notice:
        print(f"claimdesk-cli: {results.notice}", file=sys.stderr)
    if args.json:
        print_json(search_json(results))
    else:
        print(f"{results.total} result(s) for {results.query!r}")
        for h in results.hits:
            print(f"{h.type:<7} {h.id[:8]}  {h.score:6.2f}  {h.snippet}")
    return 0


def export(desk: Desk, args: argparse.Namespace) -> int:
    """``export``."""
    written = desk.export(args.format, args.output, article_id=args.article)
    print(f"wrote {written} claim(s) to {args.output}")
    return 0


def reindex(desk: Desk, _args: argparse.Namespace) -> int:
    """``reindex``."""
    count = desk.reindex()
    print(f"indexed {count} documents")
    return 0
