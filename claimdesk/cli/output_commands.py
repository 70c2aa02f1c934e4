"""Commands that read the library out or look after it: search, export, reindex, check,
backup."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from claimdesk.cli.common import EXIT_REFUSED, on_library, positive_arg, print_json
from claimdesk.core.errors import InputRefused
from claimdesk.core.exporters import EXPORT_FORMATS
from claimdesk.core.exporters.labels import default_language
from claimdesk.core.interchange.formats import INTERCHANGE_FORMATS
from claimdesk.core.serialise import search_json
from claimdesk.core.settings import load_settings

# The formats written for people, in a reader's language.
REPORT_FORMATS = (*sorted(EXPORT_FORMATS), "pdf")

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add search, export, bundle, reindex, check and backup."""
    p = commands.add_parser("search", help="full-text and field search")
    p.add_argument("query")
    p.add_argument("--limit", type=positive_arg, default=20)
    p.add_argument("--order", choices=["relevance", "date"], default="relevance")
    p.add_argument("--facets", action="store_true", help="count matches per field value")
    p.add_argument("--json", action="store_true")
    on_library(p, search)

    p = commands.add_parser("export", help="write a claim report")
    p.add_argument(
        "--format", required=True, choices=[*sorted(EXPORT_FORMATS), "pdf", *INTERCHANGE_FORMATS]
    )
    p.add_argument("--reviewer", help="who signs ClaimReview and Web Annotation exports")
    p.add_argument(
        "--published",
        action="store_true",
        help="with claimreview: the fact-checks imported from other outlets, as they came",
    )
    p.add_argument("--article")
    p.add_argument(
        "--lang",
        choices=["en", "it"],
        help="the reader's language of a report (labels, dates, column headers); default: "
        "the window's language in the settings, else the system's",
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    on_library(p, export)

    p = commands.add_parser(
        "templates", help="copy the report templates to a folder where edits are used"
    )
    p.add_argument("--to", type=Path, metavar="DIR", help="another folder than the user's own")
    p.set_defaults(run=copy_report_templates)

    bundle = commands.add_parser("bundle", help="exchange a bundle with another desk")
    actions = bundle.add_subparsers(dest="bundle_command", required=True, metavar="ACTION")
    p = actions.add_parser("export", help="write the articles (all, or those --query finds)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--query")
    on_library(p, bundle_export)
    p = actions.add_parser("import", help="merge a bundle into this library by id")
    p.add_argument("file", type=Path, metavar="FILE")
    on_library(p, bundle_import)

    p = commands.add_parser("reindex", help="rebuild the search index from the database")
    on_library(p, reindex)

    p = commands.add_parser("check", help="verify the database, the anchors and the index")
    on_library(p, check)

    p = commands.add_parser("backup", help="write a consistent copy of the library database")
    p.add_argument("dest", type=Path, metavar="DEST")
    on_library(p, backup)


def search(desk: Desk, args: argparse.Namespace) -> int:
    """``search``."""
    results = desk.search(args.query, limit=args.limit, order=args.order, facets=args.facets)
    if results.notice:
        print(f"claimdesk-cli: {results.notice}", file=sys.stderr)
    if args.json:
        print_json(search_json(results))
    else:
        print(f"{results.total} result(s) for {results.query!r}")
        if results.did_you_mean:
            print(f"did you mean: {results.did_you_mean}")
        for h in results.hits:
            rank = (
                (h.published.isoformat() if h.published else "undated")
                if results.order == "date"
                else f"{h.score:6.2f}"
            )
            print(f"{h.type:<7} {h.id[:8]}  {rank:>10}  {h.snippet}")
        for facet, counts in results.facets.items():
            if counts:
                print(f"{facet}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


def export(desk: Desk, args: argparse.Namespace) -> int:
    """``export``; PDF is drawn by Qt (offscreen), the other formats need no Qt."""
    if args.format in INTERCHANGE_FORMATS:
        if args.lang:
            raise InputRefused(
                "--lang is for reports ({formats}); {format} is written for programs: leave "
                "--lang out.",
                formats=", ".join(REPORT_FORMATS),
                format=args.format,
            )
        written = desk.interchange.export_interchange(
            args.format,
            args.output,
            article_id=args.article,
            reviewer=args.reviewer,
            published=args.published,
        )
        print(f"wrote {written} claim(s) to {args.output}")
        return 0
    language = args.lang or default_language(load_settings().language)
    # Until desk.build_report takes the language: the report titled for its reader here.
    report = desk.build_report(article_id=args.article, language=language)
    if args.format == "pdf":
        from claimdesk.render.fonts import describe
        from claimdesk.render.pdf import write_pdf

        pdf = write_pdf(report, args.output, language=language)
        written = pdf.claims
        if (warning := describe(pdf.missing)) is not None:
            print(f"claimdesk-cli: {warning}", file=sys.stderr)
    else:
        written = EXPORT_FORMATS[args.format](report, args.output, language=language)
    print(f"wrote {written} claim(s) to {args.output}")
    return 0


def reindex(desk: Desk, _args: argparse.Namespace) -> int:
    """``reindex``."""
    count = desk.reindex()
    print(f"indexed {count} documents")
    return 0


def check(desk: Desk, _args: argparse.Namespace) -> int:
    """``check``: problems and repairs, one a line; exit 1 when a problem is left."""
    report = desk.check()
    for line in report.repaired:
        print(f"repaired: {line}")
    for line in report.problems:
        print(f"problem: {line}")
    if report.ok:
        print("library is sound")
        return 0
    print(
        f"claimdesk-cli: {len(report.problems)} problem(s) left: restore a backup "
        "(see `claimdesk-cli backup`) or ask for help with this output.",
        file=sys.stderr,
    )
    return EXIT_REFUSED


def backup(desk: Desk, args: argparse.Namespace) -> int:
    """``backup DEST``."""
    made = desk.backup(args.dest)
    print(f"wrote {made}")
    return 0


def bundle_export(desk: Desk, args: argparse.Namespace) -> int:
    """``bundle export FILE [--query Q]``."""
    written = desk.interchange.export_bundle(args.file, query=args.query)
    print(
        f"wrote {written.path}: {written.articles} articles, {written.claims} claims, "
        f"{written.claimants} claimants, {written.links} links, {written.history} history entries"
    )
    return 0


def bundle_import(desk: Desk, args: argparse.Namespace) -> int:
    """``bundle import FILE``: merged by id, nothing lost on either side."""
    summary = desk.interchange.import_bundle(args.file)
    print(f"merged {args.file}: {summary.line()}")
    for note in summary.notes:
        print(f"  {note}")
    return 0


def copy_report_templates(args: argparse.Namespace) -> int:
    """``templates``: the shipped report templates copied where ClaimDesk looks first."""
    from claimdesk.core.exporters.templates import copy_templates, user_template_folder

    folder = args.to or user_template_folder()
    written = copy_templates(folder)
    for path in written:
        print(f"wrote {path}")
    print(f"report templates in {folder}: edit them, and every later report uses them")
    if args.to:
        print(f"(ClaimDesk reads them from there when CLAIMDESK_TEMPLATES={folder})")
    return 0
