"""Checking a library: the database's integrity and every claim's anchor."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from claimdesk.core.anchoring import reanchor
from claimdesk.core.model import Anchor
from claimdesk.core.model.results import CheckReport
from claimdesk.core.services.history import record
from claimdesk.core.storage.orm import Article, Claim


def check_database(session: Session, report: CheckReport) -> None:
    """SQLite's own integrity and foreign-key checks (other databases check themselves)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    result = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
    if result != ["ok"]:
        report.problems.extend(f"database integrity: {line}" for line in result[:20])
    for row in session.execute(text("PRAGMA foreign_key_check")):
        report.problems.append(f"database: a row of {row[0]} points to a missing {row[2]} row")


def check_anchors(session: Session, report: CheckReport) -> None:
    """Every placed claim's quote must stand at its offsets; a moved one is placed again,
    one that cannot be found is marked orphaned (kept, listed, never dropped)."""
    rows = session.execute(
        select(Claim, Article.text).join(Article).where(Claim.orphaned.is_(False))
    ).all()
    for claim, article_text in rows:
        if article_text[claim.start : claim.end] == claim.exact:
            continue
        old = Anchor(claim.start, claim.end, claim.exact, claim.prefix, claim.suffix)
        [found] = reanchor(article_text, article_text, [old])
        before = {"start": claim.start, "end": claim.end, "orphaned": False}
        if found is None:
            claim.orphaned = True
            report.repaired.append(f"claim {claim.id[:8]}: quote not found, marked orphaned")
        else:
            claim.start, claim.end = found.start, found.end
            claim.prefix, claim.suffix = found.prefix, found.suffix
            report.repaired.append(f"claim {claim.id[:8]}: anchor moved to {found.start}")
        after = {"start": claim.start, "end": claim.end, "orphaned": claim.orphaned}
        record(session, "claim", claim.id, "repair", before, after)
