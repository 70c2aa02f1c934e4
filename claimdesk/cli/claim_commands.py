"""Commands about claims and claimants: claim add|edit|delete|similar|checked|link|thread, claims,
claimants, claimant merge|alias|suggestions, contested, overview."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from enum import Enum
from typing import TYPE_CHECKING, Any

from claimdesk.cli.common import claim_line, on_library, positive_arg, print_json, show_result
from claimdesk.cli.evidence_commands import register_evidence
from claimdesk.cli.published_commands import register_checked
from claimdesk.core.model import ClaimChanges, ClaimFilter, ClaimKind, LinkType, Status, Verdict
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
    _register_tracking(claim)
    register_checked(claim)
    register_evidence(claim)

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
    _register_registry(commands)


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
    return show_result(claim_json(view), claim_line(view), args)


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
    return show_result(claim_json(view), claim_line(view), args)


def delete_claim(desk: Desk, args: argparse.Namespace) -> int:
    """``claim delete``."""
    view = desk.delete_claim(args.claim)
    return show_result(claim_json(view), "deleted " + claim_line(view), args)


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


def _register_tracking(claim: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = claim.add_parser("similar", help="other claims that may say the same thing, ranked")
    p.add_argument("claim")
    p.add_argument("--limit", type=positive_arg, default=5)
    p.add_argument("--json", action="store_true")
    on_library(p, similar_claims)
    p = claim.add_parser("link", help="link a claim to another (CLAIM denies OTHER, ...)")
    p.add_argument("claim")
    p.add_argument("other")
    p.add_argument("--type", required=True, choices=[t.value for t in LinkType])
    p.add_argument("--remove", action="store_true", help="remove the link instead")
    p.add_argument("--json", action="store_true")
    on_library(p, link_claims)
    p = claim.add_parser("thread", help="the timeline of the claims linked to a claim")
    p.add_argument("claim")
    p.add_argument("--json", action="store_true")
    on_library(p, claim_thread)


def _register_registry(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    claimant = commands.add_parser("claimant", help="edit the claimant registry").add_subparsers(
        dest="claimant_command", required=True, metavar="ACTION"
    )
    p = claimant.add_parser("merge", help="merge OTHER into NAME: its claims follow")
    p.add_argument("name")
    p.add_argument("other")
    p.add_argument("--json", action="store_true")
    on_library(p, merge_claimants)
    p = claimant.add_parser("alias", help="add (or --remove) another name of a claimant")
    p.add_argument("name")
    p.add_argument("alias")
    p.add_argument("--remove", action="store_true")
    p.add_argument("--json", action="store_true")
    on_library(p, claimant_alias)
    p = claimant.add_parser("suggestions", help="claimants that are probably one")
    p.add_argument("--json", action="store_true")
    on_library(p, merge_suggestions)
    p = claimant.add_parser("activity", help="a claimant's claims and denials over time")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    on_library(p, claimant_activity)
    p = commands.add_parser("contested", help="claims next to the denials answering them")
    p.add_argument("--json", action="store_true")
    on_library(p, contested)
    p = commands.add_parser("overview", help="counts by claimant, kind, verdict and month")
    p.add_argument("--json", action="store_true")
    on_library(p, overview)


def plain(value: Any) -> Any:
    """Tracking data (dataclasses, dates, enums, tuples) as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return {k: plain(v) for k, v in value._asdict().items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def similar_claims(desk: Desk, args: argparse.Namespace) -> int:
    """``claim similar``: ranked proposals, each with its score and reason."""
    proposals = desk.tracking.similar_claims(args.claim, args.limit)
    desk.tracking.keep_matching_index()  # the next command reads it back instead of rebuilding it
    if args.json:
        print_json([plain(p) for p in proposals])
    else:
        for p in proposals:
            quote = p.quote if len(p.quote) <= 60 else p.quote[:57] + "..."
            print(f"{p.id[:8]}  {p.score:.2f}  {quote!r}\n          {p.reason}")
    return 0


def link_claims(desk: Desk, args: argparse.Namespace) -> int:
    """``claim link``: CLAIM denies|contradicts|supports|repeats OTHER (or ``--remove``)."""
    if args.remove:
        view = desk.tracking.unlink_claims(args.claim, args.other, LinkType(args.type))
        line = f"unlinked {view.id[:8]} from {args.other}"
    else:
        view = desk.tracking.link_claims(args.claim, args.other, LinkType(args.type))
        line = f"{view.id[:8]} {args.type} {args.other}"
    return show_result(claim_json(view), line, args)


def claim_thread(desk: Desk, args: argparse.Namespace) -> int:
    """``claim thread``: the timeline of a claim's thread."""
    thread = desk.tracking.timeline(args.claim)
    if args.json:
        print_json(plain(thread))
    else:
        for e in thread.entries:
            day = e.claim.published.isoformat() if e.claim.published else "undated"
            print(f"{day}  {e.role:<17}  {e.claim.id[:8]}  {e.claim.claimant or '?'}")
    return 0


def merge_claimants(desk: Desk, args: argparse.Namespace) -> int:
    """``claimant merge NAME OTHER``."""
    view = desk.tracking.merge_claimants(args.name, args.other)
    line = f"{view.name}: {view.claims} claims, {view.denials} denials, aliases: "
    return show_result(claimant_json(view), line + ", ".join(view.aliases), args)


def claimant_alias(desk: Desk, args: argparse.Namespace) -> int:
    """``claimant alias NAME ALIAS [--remove]``."""
    if args.remove:
        view = desk.tracking.remove_alias(args.name, args.alias)
    else:
        view = desk.tracking.add_alias(args.name, args.alias)
    return show_result(
        claimant_json(view), f"{view.name}: aliases: {', '.join(view.aliases)}", args
    )


def merge_suggestions(desk: Desk, args: argparse.Namespace) -> int:
    """``claimant suggestions``."""
    rows = desk.tracking.suggested_merges()
    if args.json:
        print_json([plain(r) for r in rows])
    else:
        for r in rows:
            print(f"{r.keep} <- {r.other}: {r.reason}")
    return 0


def claimant_activity(desk: Desk, args: argparse.Namespace) -> int:
    """``claimant activity NAME``."""
    activity = desk.tracking.claimant_activity(args.name)
    if args.json:
        print_json(plain(activity))
    else:
        for c in activity.by_month:
            print(f"{c.label}  {c.claims:>4} claims {c.denials:>4} denials")
    return 0


def contested(desk: Desk, args: argparse.Namespace) -> int:
    """``contested``."""
    rows = desk.tracking.contested()
    if args.json:
        print_json([plain(r) for r in rows])
    else:
        for r in rows:
            print(f"{r.claim.id[:8]}  {r.claim.claimant or '?'}: {r.claim.quote[:60]!r}")
            for a in r.answers:
                print(f"    {a.type.value} by {a.claim.claimant or '?'} ({a.claim.id[:8]})")
    return 0


def overview(desk: Desk, args: argparse.Namespace) -> int:
    """``overview``."""
    data = desk.tracking.overview()
    if args.json:
        print_json(plain(data))
    else:
        print(f"{data.total} claims and denials")
        for c in data.by_month:
            print(f"{c.label}  {c.claims:>4} claims {c.denials:>4} denials")
    return 0
