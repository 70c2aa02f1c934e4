"""ClaimReview files as fact-checkers publish them: files refused, claims lost, ratings mapped.

Imports every ``.json``/``.jsonld``/``.html`` file under the given folders (default: the test
fixtures, tests/fixtures/import/claimreview, which were written here and only pin behaviour)
into a fresh library, and counts, beside the same figures for the reading rule ClaimDesk used
before (a ClaimReview at the top, in a list, or under ``@graph``/``mainEntity``/``review``; one
review per URL; pages read as articles), computed in the same run:

- files holding ClaimReview that are refused;
- claims published (ClaimReview nodes and Fact Check Tools entries) and claims kept;
- ratings mapped to a verdict, kept as written without one, and absent;
- a round trip: the reviews exported as ClaimReview and imported into another library keep
  ``claimReviewed``, reviewer, date, URL, rating and claimants (reviews kept whole, of all).

    PYTHONPATH=. python bench/claimreview.py [FOLDER_OR_FILE ...]

Targets (issue 18): no file holding ClaimReview refused, no claim lost, at least 95% of the
ratings mapped or kept as written. Exits 1 when one is missed.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.exporters.claimreview import export_published_reviews
from claimdesk.core.interchange.claimreview_html import HTML_SUFFIXES, page_documents
from claimdesk.core.interchange.claimreview_read import is_api_claim, review_nodes, types_of
from claimdesk.core.library import folder_location
from claimdesk.core.model.published import PublishedReviewView

SUFFIXES = (".json", ".jsonld", *HTML_SUFFIXES)
DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "import" / "claimreview"


def _documents(path: Path) -> list[Any]:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in HTML_SUFFIXES:
        return page_documents(text)
    try:
        return [json.loads(text)]
    except ValueError:
        return []


def _published(documents: list[Any]) -> int:
    """Claims the file publishes: ClaimReview nodes and Fact Check Tools review entries."""
    count = 0
    for document in documents:
        for node, _context in review_nodes(document):
            if is_api_claim(node):
                entries = node["claimReview"]
                count += len(entries) if isinstance(entries, list) else 1
            else:
                count += 1
    return count


def _old_rule(path: Path) -> int:
    """Claims the previous reader kept: JSON only, the old walk, one per URL."""
    if path.suffix.lower() in HTML_SUFFIXES:
        return 0
    found: list[dict[str, Any]] = []

    def walk(node: Any, depth: int) -> None:
        if depth > 4:
            return
        if isinstance(node, list):
            for item in node:
                walk(item, depth + 1)
        elif isinstance(node, dict):
            if "ClaimReview" in types_of(node):
                found.append(node)
                return
            for key in ("@graph", "mainEntity", "review"):
                if key in node:
                    walk(node[key], depth + 1)

    for document in _documents(path):
        walk(document, 0)
    urls = {str(n.get("url") or id(n)) for n in found if n.get("claimReviewed")}
    return len(urls)


def _kept_fields(review: PublishedReviewView) -> tuple[object, ...]:
    """What a round trip must keep of a review."""
    return (
        review.claim_reviewed,
        review.reviewer.name,
        review.published,
        review.url,
        review.rating_as_written,
        tuple(c.name for c in review.claimants),
    )


def _round_trip(reviews: list[PublishedReviewView], folder: Path) -> int:
    """How many reviews come back whole from an export as ClaimReview into a new library."""
    path = folder / "round-trip.json"
    export_published_reviews(reviews, path)
    with Desk.open(folder_location(folder / "again")) as again:
        again.interchange.import_interchange(path)
        back = {_kept_fields(r) for r in again.published.list_published_reviews()}
    return sum(1 for r in reviews if _kept_fields(r) in back)


def main() -> int:
    """Print the figures beside the old rule's; exit 1 when a target is missed."""
    roots = [Path(a) for a in sys.argv[1:]] or [DEFAULT]
    files = sorted(
        p
        for root in roots
        for p in ([root] if root.is_file() else root.rglob("*"))
        if p.is_file() and p.suffix.lower() in SUFFIXES
    )
    holding = refused = old_refused = published = kept = old_kept = 0
    ratings: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder, Desk.open(folder_location(Path(folder))) as desk:
        for path in files:
            claims = _published(_documents(path))
            if not claims:
                continue
            holding += 1
            published += claims
            before = len(desk.published.list_published_reviews())
            try:
                if path.suffix.lower() in HTML_SUFFIXES:
                    outcome = desk.import_file(path)
                    if outcome.status == "refused":
                        raise ClaimDeskError(outcome.error or "refused")
                else:
                    desk.interchange.import_interchange(path)
            except ClaimDeskError as exc:
                refused += 1
                print(f"refused  {path.name}: {exc}", file=sys.stderr)
                continue
            kept += len(desk.published.list_published_reviews()) - before
            old = _old_rule(path)
            old_kept += min(old, claims)
            old_refused += old == 0
        reviews = desk.published.list_published_reviews()
        whole = _round_trip(reviews, Path(folder)) if reviews else 0
        for review in reviews:
            if review.verdict is not None:
                ratings["mapped"] += 1
            elif review.rating_as_written:
                ratings["kept as written"] += 1
            else:
                ratings["no rating"] += 1
    rated = sum(ratings.values()) or 1
    covered = (ratings["mapped"] + ratings["kept as written"]) / rated
    print(f"{'figure':<38}{'now':>8}{'before':>8}")
    print(f"{'files holding ClaimReview':<38}{holding:>8}{holding:>8}")
    print(f"{'  refused':<38}{refused:>8}{old_refused:>8}")
    print(f"{'claims published':<38}{published:>8}{published:>8}")
    print(f"{'  kept':<38}{kept:>8}{old_kept:>8}")
    print(f"{'ratings mapped to a verdict':<38}{ratings['mapped']:>8}")
    print(f"{'ratings kept as written (no verdict)':<38}{ratings['kept as written']:>8}")
    print(f"{'reviews without a rating':<38}{ratings['no rating']:>8}")
    print(f"{'mapped or kept as written':<38}{covered:>8.1%}")
    print(f"{'kept whole by a round trip':<38}{f'{whole}/{len(reviews)}':>8}")
    missed = refused > 0 or kept < published or covered < 0.95 or whole < len(reviews)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
