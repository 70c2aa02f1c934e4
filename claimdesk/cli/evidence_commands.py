"""``claim evidence add|list|edit|move|remove|open``: a claim's sources, in the order chosen."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from claimdesk.cli.common import date_arg, on_library, print_json, show_result
from claimdesk.core.errors import InputRefused
from claimdesk.core.model import Evidence
from claimdesk.core.serialise import claim_json, evidence_json
from claimdesk.core.services.evidence import EvidenceInput

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk


def register_evidence(claim: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``claim evidence`` and its actions."""
    evidence = claim.add_parser("evidence", help="a claim's evidence: links, files, notes")
    actions = evidence.add_subparsers(dest="evidence_command", required=True, metavar="ACTION")
    p = actions.add_parser("add", help="add a web address, a file or a note to a claim")
    p.add_argument("claim")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--url", help="the web address consulted")
    source.add_argument("--file", type=Path, help="a file consulted, kept in the library")
    source.add_argument("--source", help="where a note comes from (a phone call, a book, ...)")
    source.add_argument(
        "--snapshot",
        nargs="?",
        const="",
        metavar="SNAPSHOT",
        help="the page as received, kept when the claim's article was taken by its address "
        "(or the snapshot SNAPSHOT that `claimdesk-cli snapshot ARTICLE` lists)",
    )
    _fields(p)
    on_library(p, add_evidence)
    p = actions.add_parser("list", help="a claim's evidence, in its order")
    p.add_argument("claim")
    p.add_argument("--json", action="store_true")
    on_library(p, list_evidence)
    p = actions.add_parser("edit", help="change a piece of evidence")
    p.add_argument("evidence")
    p.add_argument("--source", help="a new web address or file name")
    _fields(p, defaults=False)
    p.add_argument("--no-consulted", action="store_true", help="forget the day consulted")
    on_library(p, edit_evidence)
    p = actions.add_parser("move", help="move a piece of evidence to a place (1 first)")
    p.add_argument("evidence")
    p.add_argument("place", type=int)
    p.add_argument("--json", action="store_true")
    on_library(p, move_evidence)
    p = actions.add_parser("remove", help="remove a piece of evidence")
    p.add_argument("evidence")
    p.add_argument("--json", action="store_true")
    on_library(p, remove_evidence)
    p = actions.add_parser("save", help="write a kept file back to disk")
    p.add_argument("evidence")
    p.add_argument("-o", "--output", type=Path, required=True)
    on_library(p, save_evidence_file)


def _fields(p: argparse.ArgumentParser, *, defaults: bool = True) -> None:
    p.add_argument("--title", default="" if defaults else None)
    p.add_argument("--note", default="" if defaults else None)
    p.add_argument("--consulted", type=date_arg, help="YYYY-MM-DD (default: today)")
    p.add_argument("--json", action="store_true")


def _line(e: Evidence, place: int) -> str:
    when = f"  consulted {e.consulted.isoformat()}" if e.consulted else ""
    title = f"  {e.title}" if e.title else ""
    return f"{place:>2}. {e.id[:8]}  {e.kind.value:<4}  {e.source}{title}{when}"


def add_evidence(desk: Desk, args: argparse.Namespace) -> int:
    """``claim evidence add``: the day consulted is today unless given."""
    if args.snapshot is not None:
        # The snapshot's own title, note and day unless given.
        view = desk.evidence.add_snapshot_evidence(
            args.claim,
            args.snapshot or None,
            title=args.title or None,
            note=args.note or None,
            consulted=args.consulted,
        )
        added = view.evidence[-1]
        return show_result(claim_json(view), "added " + _line(added, len(view.evidence)), args)
    consulted = args.consulted or dt.date.today()
    if args.file is not None:
        view = desk.evidence.add_evidence_file(
            args.claim, args.file, title=args.title, note=args.note, consulted=consulted
        )
    else:
        given = EvidenceInput(
            url=args.url, source=args.source, title=args.title, note=args.note, consulted=consulted
        )
        view = desk.evidence.add_evidence(args.claim, given)
    added = view.evidence[-1]
    return show_result(claim_json(view), "added " + _line(added, len(view.evidence)), args)


def list_evidence(desk: Desk, args: argparse.Namespace) -> int:
    """``claim evidence list``."""
    view = desk.get_claim(args.claim)
    if args.json:
        print_json([evidence_json(e) for e in view.evidence])
    else:
        for place, e in enumerate(view.evidence, start=1):
            print(_line(e, place))
        if not view.evidence:
            print("no evidence yet: add some with `claimdesk-cli claim evidence add`")
    return 0


def edit_evidence(desk: Desk, args: argparse.Namespace) -> int:
    """``claim evidence edit``."""
    view = desk.evidence.update_evidence(
        args.evidence,
        title=args.title,
        note=args.note,
        source=args.source,
        consulted=args.consulted,
        clear_consulted=args.no_consulted,
    )
    changed = next(e for e in view.evidence if e.id.startswith(args.evidence.lower()))
    return show_result(
        claim_json(view), "changed " + _line(changed, view.evidence.index(changed) + 1), args
    )


def move_evidence(desk: Desk, args: argparse.Namespace) -> int:
    """``claim evidence move``."""
    if args.place < 1:
        raise InputRefused("Places start at 1: give 1 for the first.")
    view = desk.evidence.move_evidence(args.evidence, args.place - 1)
    moved = next(e for e in view.evidence if e.id.startswith(args.evidence.lower()))
    return show_result(
        claim_json(view), "moved " + _line(moved, view.evidence.index(moved) + 1), args
    )


def remove_evidence(desk: Desk, args: argparse.Namespace) -> int:
    """``claim evidence remove``."""
    view, removed = desk.evidence.remove_evidence(args.evidence)
    return show_result(claim_json(view), "removed " + _line(removed, removed.position + 1), args)


def save_evidence_file(desk: Desk, args: argparse.Namespace) -> int:
    """``claim evidence save``: the bytes of a kept file, to a path."""
    evidence = desk.evidence.get_evidence(args.evidence)
    if evidence.file_sha256 is None:
        raise InputRefused(
            "Evidence {evidence} is not a file: it is {source}.",
            evidence=evidence.id[:8],
            source=evidence.source,
        )
    from claimdesk.core.exporters.atomic import write_atomically

    write_atomically(args.output, desk.evidence.evidence_file(evidence.file_sha256))
    print(f"wrote {evidence.source} to {args.output}")
    return 0
