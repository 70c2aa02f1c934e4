"""``claimdesk-cli``: the scriptable twin of the desktop app (CLI.md). No Qt here.

Exit status: 0 done; 1 the input was refused (one line on stderr, nothing half-written);
2 wrong usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimdesk import __version__
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.model import (
    ArticleMeta,
    ClaimChanges,
    ClaimFilter,
    ClaimKind,
    ClaimView,
    ImportOutcome,
    Status,
    Verdict,
)
from claimdesk.core.serialise import (
    analysis_json,
    article_summary_json,
    claim_json,
    claimant_json,
    import_json,
    search_json,
)

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk

EXIT_REFUSED = 1
EXIT_USAGE = 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date: write it as YYYY-MM-DD"
        ) from None


def _language(value: str) -> str:
    code = value.strip().lower()
    if len(code) != 2 or not code.isalpha():
        raise argparse.ArgumentTypeError(f"{value!r} is not a two-letter language code (it, en)")
    return code


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return number


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command of CLI.md implemented so far."""
    parser = argparse.ArgumentParser(
        prog="claimdesk-cli", description="ClaimDesk from the command line: the same library."
    )
    parser.add_argument("--version", action="version", version=f"ClaimDesk {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--library", metavar="DIR", help="the library folder to open")
    where.add_argument("--db", metavar="URL", help="a database URL (a shared team database)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = commands.add_parser("analyze", help="print the analysis of a file; no library needed")
    p.add_argument("file", type=Path)
    p.add_argument("--lang", type=_language)
    p.add_argument("--published", type=_date)
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("import", help="import files or whole folders")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--lang", type=_language)
    p.add_argument("--published", type=_date)
    p.add_argument("--title")
    p.add_argument("--outlet")
    p.add_argument("--url")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("articles", help="list articles")
    p.add_argument("--json", action="store_true")

    claim = commands.add_parser("claim", help="mark and edit claims").add_subparsers(
        dest="claim_command", required=True, metavar="ACTION"
    )
    p = claim.add_parser("add", help="mark the N-th occurrence of a quote in an article")
    p.add_argument("article")
    p.add_argument("--quote", required=True)
    p.add_argument("--occurrence", type=_positive, default=1)
    _claim_options(p, defaults=True)
    p = claim.add_parser("edit", help="change a claim")
    p.add_argument("claim")
    _claim_options(p, defaults=False)
    p = claim.add_parser("delete", help="remove a claim")
    p.add_argument("claim")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("claims", help="list claims")
    p.add_argument("--article")
    p.add_argument("--kind", choices=[k.value for k in ClaimKind])
    p.add_argument("--claimant")
    p.add_argument("--verdict", choices=[v.value for v in Verdict])
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("claimants", help="list the claimant registry")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("search", help="full-text and field search")
    p.add_argument("query")
    p.add_argument("--limit", type=_positive, default=20)
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("export", help="write a claim report")
    p.add_argument("--format", required=True, choices=["md", "csv"])
    p.add_argument("--article")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")

    commands.add_parser("reindex", help="rebuild the search index from the database")
    return parser


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


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _claim_line(c: ClaimView) -> str:
    quote = c.quote if len(c.quote) <= 70 else c.quote[:67] + "..."
    who = c.claimant or "?"
    return f"{c.id[:8]}  {c.kind.value:<6}  {who:<20}  {quote!r}"


def _import_line(o: ImportOutcome) -> str:
    if o.status == "refused":
        return f"refused    {o.path}: {o.error}"
    ident = (o.id or "")[:8]
    return f"{o.status:<10} {ident}  {o.title}  ({o.path or 'pasted'})"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except ClaimDeskError as exc:
        print(f"claimdesk-cli: {exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("claimdesk-cli: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace) -> int:
    if args.command == "analyze":
        return _analyze(args)
    from claimdesk.core.desk import Desk
    from claimdesk.core.library import resolve_location

    location = resolve_location(library=args.library, db=args.db)
    with Desk.open(location) as desk:
        handler = _HANDLERS[args.command]
        return handler(desk, args)


def _analyze(args: argparse.Namespace) -> int:
    from claimdesk.core import importers
    from claimdesk.core.nlp.analyze import analyze

    draft = importers.read_file(
        args.file, ArticleMeta(language=args.lang, published=args.published)
    )
    analysis = analyze(draft.text, draft.language, draft.published)
    data = analysis_json(analysis)
    if args.json:
        _print_json(data)
    else:
        print(f"language {data['language']}, published {data['published'] or 'unknown'}")
        for s in analysis.sentences:
            print(f"{s.start:>6}-{s.end:<6} {s.text}")
    return 0


def _import(desk: Desk, args: argparse.Namespace) -> int:
    from claimdesk.core.importers.paths import expand_paths

    meta = ArticleMeta(
        title=args.title,
        outlet=args.outlet,
        url=args.url,
        language=args.lang,
        published=args.published,
    )
    paths = list(expand_paths(args.paths))
    # Progress and a summary only for a batch: one file gets one line, as before.
    batch = len(paths) > 1 or any(p.is_dir() for p in args.paths)
    live = batch and sys.stderr.isatty()
    outcomes: list[ImportOutcome] = []
    for number, path in enumerate(paths, start=1):
        outcome = desk.import_file(path, meta)
        outcomes.append(outcome)
        if batch:
            line = f"[{number}/{len(paths)}] {path.name} {outcome.status}"
            if live:
                sys.stderr.write("\r\x1b[2K" + line[:_TERMINAL_WIDTH])
            else:
                sys.stderr.write(line + "\n")
            sys.stderr.flush()
    if live:
        sys.stderr.write("\r\x1b[2K")
    if args.json:
        _print_json([import_json(o) for o in outcomes])
    else:
        for o in outcomes:
            print(_import_line(o))
    refused = [o for o in outcomes if o.status == "refused"]
    for o in refused:
        print(f"claimdesk-cli: {o.path}: {o.error}", file=sys.stderr)
    if batch:
        print(_import_summary(outcomes), file=sys.stderr)
    return EXIT_REFUSED if refused else 0


_TERMINAL_WIDTH = 79


def _import_summary(outcomes: list[ImportOutcome]) -> str:
    count = {status: sum(o.status == status for o in outcomes) for status in _IMPORT_STATUSES}
    files = "file" if len(outcomes) == 1 else "files"
    duplicates = "duplicate" if count["duplicate"] == 1 else "duplicates"
    return (
        f"{len(outcomes)} {files}: {count['imported']} imported, "
        f"{count['duplicate']} {duplicates}, {count['refused']} refused"
    )


_IMPORT_STATUSES = ("imported", "duplicate", "refused")


def _articles(desk: Desk, args: argparse.Namespace) -> int:
    rows = desk.list_articles()
    if args.json:
        _print_json([article_summary_json(a) for a in rows])
    else:
        for a in rows:
            date = a.published.isoformat() if a.published else "----------"
            print(f"{a.id[:8]}  {date}  {a.language}  {a.claims + a.denials:>4}  {a.title}")
    return 0


def _claim(desk: Desk, args: argparse.Namespace) -> int:
    if args.claim_command == "add":
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
    elif args.claim_command == "edit":
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
    else:
        view = desk.delete_claim(args.claim)
    if args.json:
        _print_json(claim_json(view))
    else:
        print(("deleted " if args.claim_command == "delete" else "") + _claim_line(view))
    return 0


def _claims(desk: Desk, args: argparse.Namespace) -> int:
    claim_filter = ClaimFilter(
        article_id=args.article,
        kind=ClaimKind(args.kind) if args.kind else None,
        claimant=args.claimant,
        verdict=Verdict(args.verdict) if args.verdict else None,
        status=Status(args.status) if args.status else None,
    )
    rows = desk.list_claims(claim_filter)
    if args.json:
        _print_json([claim_json(c) for c in rows])
    else:
        for c in rows:
            print(_claim_line(c))
    return 0


def _claimants(desk: Desk, args: argparse.Namespace) -> int:
    rows = desk.list_claimants()
    if args.json:
        _print_json([claimant_json(c) for c in rows])
    else:
        for c in rows:
            print(f"{c.name:<30} {c.claims:>4} claims {c.denials:>4} denials")
    return 0


def _search(desk: Desk, args: argparse.Namespace) -> int:
    results = desk.search(args.query, limit=args.limit)
    if results.notice:
        print(f"claimdesk-cli: {results.notice}", file=sys.stderr)
    if args.json:
        _print_json(search_json(results))
    else:
        print(f"{results.total} result(s) for {results.query!r}")
        for h in results.hits:
            print(f"{h.type:<7} {h.id[:8]}  {h.score:6.2f}  {h.snippet}")
    return 0


def _export(desk: Desk, args: argparse.Namespace) -> int:
    written = desk.export(args.format, args.output, article_id=args.article)
    print(f"wrote {written} claim(s) to {args.output}")
    return 0


def _reindex(desk: Desk, _args: argparse.Namespace) -> int:
    count = desk.reindex()
    print(f"indexed {count} documents")
    return 0


_HANDLERS: dict[str, Callable[[Desk, argparse.Namespace], int]] = {
    "import": _import,
    "articles": _articles,
    "claim": _claim,
    "claims": _claims,
    "claimants": _claimants,
    "search": _search,
    "export": _export,
    "reindex": _reindex,
}

if __name__ == "__main__":
    raise SystemExit(main())
