"""Commands about articles: analyze (no library), import, articles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from claimdesk.cli.common import (
    EXIT_REFUSED,
    confidence_arg,
    date_arg,
    language_arg,
    on_library,
    print_json,
)
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.interchange.formats import INTERCHANGE_SUFFIXES
from claimdesk.core.model import ArticleMeta, ImportOutcome
from claimdesk.core.serialise import analysis_json, article_summary_json, import_json

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk

TERMINAL_WIDTH = 79
IMPORT_STATUSES = ("imported", "duplicate", "refused", "merged")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add analyze, import and articles."""
    p = commands.add_parser("analyze", help="print the analysis of a file; no library needed")
    p.add_argument("file", type=Path)
    p.add_argument("--lang", type=language_arg)
    p.add_argument("--published", type=date_arg)
    p.add_argument(
        "--min-confidence",
        type=confidence_arg,
        metavar="X",
        help="the confidence a suggestion needs, 0 to 0.95 (default: the settings', "
        "as the window shows them)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=analyze_file)

    p = commands.add_parser(
        "import", help="import files, whole folders or pages by their address (https://...)"
    )
    p.add_argument("paths", nargs="+", metavar="PATH_OR_URL")
    p.add_argument(
        "--lang",
        type=language_arg,
        help="the articles' language (it, en); images and scans are read by OCR in it "
        "(default: the settings' OCR language, English and Italian together)",
    )
    p.add_argument("--published", type=date_arg)
    p.add_argument("--title")
    p.add_argument("--outlet")
    p.add_argument("--url")
    p.add_argument("--json", action="store_true")
    on_library(p, import_paths)

    p = commands.add_parser("articles", help="list articles")
    p.add_argument("--json", action="store_true")
    on_library(p, list_articles)


def analyze_file(args: argparse.Namespace) -> int:
    """``analyze``: sentences, dates and suggestions of one file, no library touched."""
    from claimdesk.core import importers
    from claimdesk.core.nlp.analyze import analyze
    from claimdesk.core.settings import suggestion_threshold

    meta = ArticleMeta(language=args.lang, published=args.published)
    draft = importers.read_file(args.file, meta)
    floor = suggestion_threshold() if args.min_confidence is None else args.min_confidence
    analysis = analyze(draft.text, draft.language, draft.published, min_confidence=floor)
    data = analysis_json(analysis)
    if args.json:
        print_json(data)
    else:
        print(f"language {data['language']}, published {data['published'] or 'unknown'}")
        for s in analysis.sentences:
            print(f"{s.start:>6}-{s.end:<6} {s.text}")
        print(f"{len(analysis.suggestions)} suggestions of confidence {floor:.2f} or more")
        for g in analysis.suggestions:
            quote = " ".join(draft.text[g.start : g.end].split())
            print(
                f"{g.start:>6}-{g.end:<6} {g.confidence:.2f} {g.kind.value:<6} "
                f"{g.claimant or '-'}: {_clip(quote)}"
            )
    return 0


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def import_paths(desk: Desk, args: argparse.Namespace) -> int:
    """``import``: one result per file or address; progress and a summary for a batch."""
    from claimdesk.core.importers.fetch import looks_like_address
    from claimdesk.core.importers.paths import expand_paths

    meta = ArticleMeta(
        title=args.title,
        outlet=args.outlet,
        url=args.url,
        language=args.lang,
        published=args.published,
    )
    # Addresses stay where they were given; each path is the files it names.
    items: list[str | Path] = []
    for given in args.paths:
        if looks_like_address(given):
            items.append(given.strip())
        else:
            items.extend(expand_paths([Path(given)], also=INTERCHANGE_SUFFIXES))
    # Progress and a summary only for a batch: one file gets one line.
    batch = len(items) > 1 or any(
        not looks_like_address(g) and Path(g).is_dir() for g in args.paths
    )
    live = batch and sys.stderr.isatty()
    outcomes: list[ImportOutcome] = []
    for number, item in enumerate(items, start=1):
        outcome = _import_one(desk, item, meta)
        outcomes.append(outcome)
        if batch:
            name = item.name if isinstance(item, Path) else item
            line = f"[{number}/{len(items)}] {name} {outcome.status}"
            if live:
                sys.stderr.write("\r\x1b[2K" + line[:TERMINAL_WIDTH])
            else:
                sys.stderr.write(line + "\n")
            sys.stderr.flush()
    if live:
        sys.stderr.write("\r\x1b[2K")
    if args.json:
        print_json([import_json(o) for o in outcomes])
    else:
        for o in outcomes:
            print(_import_line(o))
    refused = [o for o in outcomes if o.status == "refused"]
    for o in refused:
        reason = o.error or ""
        # A page's reason names its address already.
        shown = reason if o.path and reason.startswith(o.path) else f"{o.path}: {reason}"
        print(f"claimdesk-cli: {shown}", file=sys.stderr)
    if batch:
        print(_import_summary(outcomes), file=sys.stderr)
    return EXIT_REFUSED if refused else 0


def _import_one(desk: Desk, item: str | Path, meta: ArticleMeta) -> ImportOutcome:
    if isinstance(item, str):  # a page by its address
        return desk.import_address(item, meta)
    path = item
    # JSON files are interchange (our own, ClaimReview, annotations): merged, not read as text.
    if path.suffix.lower() not in INTERCHANGE_SUFFIXES:
        return desk.import_file(path, meta)
    try:
        summary = desk.interchange.import_interchange(path)
    except ClaimDeskError as exc:
        return ImportOutcome(path=str(path), status="refused", error=exc.message)
    return ImportOutcome(path=str(path), status="merged", title=summary.line())


def _import_line(o: ImportOutcome) -> str:
    if o.status == "refused":
        return f"refused    {o.path}: {o.error}"
    ident = (o.id or "")[:8]
    return f"{o.status:<10} {ident}  {o.title}  ({o.path or 'pasted'})"


def _import_summary(outcomes: list[ImportOutcome]) -> str:
    count = {status: sum(o.status == status for o in outcomes) for status in IMPORT_STATUSES}
    files = "file" if len(outcomes) == 1 else "files"
    duplicates = "duplicate" if count["duplicate"] == 1 else "duplicates"
    return (
        f"{len(outcomes)} {files}: {count['imported']} imported, "
        f"{count['duplicate']} {duplicates}, {count['refused']} refused"
        + (f", {count['merged']} merged" if count["merged"] else "")
    )


def list_articles(desk: Desk, args: argparse.Namespace) -> int:
    """``articles``."""
    rows = desk.list_articles()
    if args.json:
        print_json([article_summary_json(a) for a in rows])
    else:
        for a in rows:
            date = a.published.isoformat() if a.published else "----------"
            print(f"{a.id[:8]}  {date}  {a.language}  {a.claims + a.denials:>4}  {a.title}")
    return 0
