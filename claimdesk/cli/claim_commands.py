"""Commands about claims and claimants: claim add|edit|delete, claims, claimants."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from claimdesk.cli.common import claim_line, on_library, positive_arg, print_json
from claimdesk.core.model import ClaimChanges, ClaimFilter, ClaimKind, Status, Verdict
from claimdesk.core.serialise import claim_json, claimant_json

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add claim (add, edit, delete), claims and claimants."""
    claim = commands.add_parser("claim", help="mark and edit claims").add_subparsers(
        dest="claim_command", required=True, metavar="ACTION"
    )
    p = claim.add_parser("add", help="mark the N-th occurrence of a quote in an article")
    p.add_argument("article")
    p.add_argument("--quote", required=True)
    p.add_argument("--occurrence", type=positive_arg, default=1)
    _claim_options(p, defaults=True)
    on_library(p, add_claim)
    p = claim.add_parser("edit", help="change a claim")
    p.add_argument("claim")
    _claim_options(p, defaults=False)
    on_library(p, edit_claim)
    p = claim.add_parser("delete", help="remove a claim")
    p.add_argument("claim")
    p.add_argument("--json", action="store_true")
    on_library(p, delete_claim)

    p = commands.add_parser("claims", help="list claims")
    p.add_argument("--article")
    p.add_argument("--kind", choices=[k.value for k in ClaimKind])
    p.add_argument("--claimant")
    p.add_argument("--verdict", choices=[v.value for v in Verdict])
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument("--json", action="store_true")
    on_library(p, list_claims)

    p = commands.add_parser("claimants", help="list the claimant registry")
    p.add_argument("--json", action="store_true")
    on_library(p, list_claimants)


def _claim_options(p: argparse.ArgumentParser, *, defaults: bool) -> None:
    p.add_argument(
        "--kind",
        choices=[k.value for k in ClaimKind],
        default=ClaimKind.CLAIM.value if defaults else None,
    )
    p.add_argument("--claimant")
    p.add_argument("--verdict", choices=[v.value for v in Verdict])
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument("--note", dest="notes")
    p.add_argument("--json", action="store_true")


def _show(view_json: dict[str, object], line: str, args: argparse.Namespace) -> int:
    if args.json:
        print_json(view_json)
    else:
        print(line)
    return 0


def add_claim(desk: Desk, args: argparse.Namespace) -> int:
    """``claim add``: mark the N-th occurrence of a quote."""
    start, end = desk.find_quote(args.article, args.quote, args.occurrence)
    view = desk.mark_claim(
        args.article,
        start,
        end,
        ClaimKind(args.kind),
        claimant=args.claimant,
        verdict=Verdict(args.verdict) if args.verdict else None,
        status=Status(args.status) if args.status else Status.NEW,
        notes=args.notes or "",
    )
    return _show(claim_json(view), claim_line(view), args)


def edit_claim(desk: Desk, args: argparse.Namespace) -> int:
    """``claim edit``: change the fields given."""
    view = desk.update_claim(
        args.claim,
        ClaimChanges(
            kind=ClaimKind(args.kind) if args.kind else None,
            claimant=args.claimant,
            verdict=Verdict(args.verdict) if args.verdict else None,
            status=Status(args.status) if args.status else None,
            notes=args.notes,
        ),
    )
    return _show(claim_json(view), claim_line(view), args)


def delete_claim(desk: Desk, args: argparse.Namespace) -> int:
    """``claim delete``."""
    view = desk.delete_claim(args.claim)
    return _show(claim_json(view), "deleted " + claim_line(view), args)


def list_claims(desk: Desk, args: argparse.Namespace) -> int:
    """``claims``."""
    claim_filter = ClaimFilter(
        article_id=args.article,
        kind=ClaimKind(args.kind) if args.kind else None,
        claimant=args.claimant,
        verdict=Verdict(args.verdict) if args.verdict else None,
        status=Status(args.status) if args.status else None,
    )
    rows = desk.list_claims(claim_filter)
    if args.json:
        print_json([claim_json(c) for c in rows])
    else:
        for c in rows:
            print(claim_line(c))
    return 0


def list_claimants(desk: Desk, args: argparse.Namespace) -> int:
    """``claimants``."""
    rows = desk.list_claimants()
    if args.json:
        print_json([claimant_json(c) for c in rows])
    else:
        for c in rows:
            print(f"{c.name:<30} {c.claims:>4} claims {c.denials:>4} denials")
    return 0
