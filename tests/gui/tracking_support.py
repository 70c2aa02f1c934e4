"""Shared set-up of the tracking tests: the demo library plus an article repeating a demo claim."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from claimdesk.core.demo import fill_demo
from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ArticleMeta, ClaimFilter, ClaimKind

REPEATED = "stava contrastando le minacce alla propria sicurezza"
ECHO_TEXT = (
    "Mosca torna a giustificare l'offensiva.\n\n"
    f"Il Cremlino ha ripetuto che {REPEATED}, secondo un portavoce.\n\n"
    "Altri dettagli seguiranno nelle prossime ore.\n"
)
ECHO_TITLE = "Il Cremlino ripete la sua versione"


@dataclass(frozen=True, slots=True)
class TrackingLibrary:
    """The ids a tracking test needs."""

    location: LibraryLocation
    echo_article: str  # the extra article
    echo_claim: str  # its claim, repeating...
    original_claim: str  # ...this demo claim (Russia, Stoltenberg article)
    russia_denial: str  # the demo's Russian denial in the same article


def fill_tracking_library(location: LibraryLocation) -> TrackingLibrary:
    """The demo articles, and one more whose claim (by "Cremlino") repeats a Russian claim."""
    with Desk.open(location) as desk:
        fill_demo(desk)
        outcome = desk.import_text(
            ECHO_TEXT,
            ArticleMeta(title=ECHO_TITLE, outlet="Test Wire", language="it",
                        published=dt.date(2023, 4, 3)),
        )  # fmt: skip
        assert outcome.id is not None
        start, end = desk.find_quote(outcome.id, REPEATED)
        echo = desk.mark_claim(outcome.id, start, end, ClaimKind.CLAIM, claimant="Cremlino")
        russia = desk.list_claims(ClaimFilter(claimant="Russia"))
    original = next(c for c in russia if c.quote == REPEATED)
    denial = next(c for c in russia if c.kind is ClaimKind.DENIAL)
    return TrackingLibrary(location, outcome.id, echo.id, original.id, denial.id)
