"""``claim checked``: the fact-checks other outlets published that match a claim."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from claimdesk.cli.common import on_library, positive_arg, print_json

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk
    from claimdesk.core.model.published import CheckedBefore


def register_checked(claim: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``claim checked CLAIM [--limit N] [--json]``."""
    p = claim.add_parser(
        "checked", help="fact-checks already published (imported ClaimReview) matching a claim"
    )
    p.add_argument("claim")
    p.add_argument("--limit", type=positive_arg, default=10)
    p.add_argument("--json", action="store_true")
    on_library(p, checked_claim)


def checked_json(found: CheckedBefore) -> dict[str, Any]:
    """One published fact-check as ``claim checked --json`` prints it."""
    review = found.review
    return {
        "id": review.id,
        "outlet": review.reviewer.name,
        "outlet_url": review.reviewer.url,
        "rating": review.rating_as_written,
        "verdict": review.verdict.value if review.verdict else None,
        "date": review.published.isoformat() if review.published else None,
        "url": review.url,
        "claim_reviewed": review.claim_reviewed,
        "claimants": [c.name for c in review.claimants],
        "language": review.language,
        "score": round(found.score, 3),
        "reason": found.reason,
    }


def checked_claim(desk: Desk, args: argparse.Namespace) -> int:
    """``claim checked``: outlet, verdict as written, date and link of each match."""
    found = desk.published.checked_before(args.claim, args.limit)
    if args.json:
        print_json([checked_json(f) for f in found])
        return 0
    if not found:
        print("No published fact-check matches this claim.")
    for f in found:
        day = f.review.published.isoformat() if f.review.published else "undated"
        rating = f.review.rating_as_written or "no rating"
        print(f"{day}  {f.review.reviewer.name}: {rating!r}  {f.review.url or ''}")
        print(f"            {f.review.claim_reviewed[:90]}  ({f.score:.2f}, {f.reason})")
    return 0
