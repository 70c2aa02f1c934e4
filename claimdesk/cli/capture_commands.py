"""``snapshot``: the pages kept as they were received, for articles taken by their address."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimdesk.cli.common import on_library, print_json
from claimdesk.core.errors import InputRefused
from claimdesk.core.model.files import SnapshotView

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``snapshot``."""
    p = commands.add_parser(
        "snapshot", help="an article's snapshots (pages as received); write one to a file"
    )
    p.add_argument("article")
    p.add_argument("-o", "--output", type=Path, help="write the snapshot (a .warc.gz file) here")
    p.add_argument(
        "--page", action="store_true", help="with -o: write the page itself, not the WARC file"
    )
    p.add_argument("--id", dest="snapshot", help="which snapshot (default: the latest)")
    p.add_argument("--json", action="store_true")
    on_library(p, snapshot)


def snapshot_json(view: SnapshotView) -> dict[str, Any]:
    """A snapshot as ``snapshot --json`` lists it."""
    return {
        "id": view.id,
        "article_id": view.article_id,
        "name": view.name,
        "url": view.url,
        "captured": view.captured.isoformat() if view.captured else None,
        "media_type": view.media_type,
        "size": view.size,
        "sha256": view.sha256,
    }


def snapshot(desk: Desk, args: argparse.Namespace) -> int:
    """``snapshot``: list an article's snapshots, or write one (or its page) to a file."""

    views = desk.files.snapshots(args.article)
    if args.output is None:
        if args.json:
            print_json([snapshot_json(v) for v in views])
        elif not views:
            print("no snapshot: the article was not taken from an address")
        for v in [] if args.json else views:
            when = v.captured.isoformat(timespec="seconds") if v.captured else "----"
            print(f"{v.id[:8]}  {when}  {v.size:>9} bytes  {v.url}")
        return 0
    if not views:
        raise InputRefused(
            "Article {article} has no snapshot: it was not taken from an address "
            "(`claimdesk-cli import https://…` keeps one).",
            article=args.article,
        )
    chosen = views[0]
    if args.snapshot:
        matches = [v for v in views if v.id.startswith(args.snapshot.strip().lower())]
        if len(matches) != 1:
            raise InputRefused(
                "No single snapshot {ident!r} of this article: `claimdesk-cli snapshot "
                "{article}` lists them.",
                ident=args.snapshot,
                article=args.article,
            )
        chosen = matches[0]
    _name, _media_type, data = desk.files.read(chosen.id)
    what = chosen.name
    if args.page:
        from claimdesk.core.importers.warc import read_capture

        data = read_capture(data, chosen.name).body
        what = f"the page of {chosen.name}"
    from claimdesk.core.exporters.atomic import write_atomically

    write_atomically(args.output, data)
    if args.json:
        print_json({**snapshot_json(chosen), "written": str(args.output), "page": args.page})
    else:
        print(f"wrote {what} to {args.output}")
    return 0
