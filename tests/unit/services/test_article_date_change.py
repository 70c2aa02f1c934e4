"""A new publication date (or language) resolves the relative dates inside the article's
claims again: "lo scorso anno" is the year before the article's date, whichever it is now."""

from __future__ import annotations

import datetime as dt

from claimdesk.core.desk import Desk
from claimdesk.core.model import ArticleChanges, ArticleMeta, ClaimFilter, ClaimKind

TEXT = (
    "Il governo rinvia la manovra\n\n"
    "ROMA, 9 novembre (Redazione) - Il ministro ha detto che lo scorso anno il deficit è "
    "cresciuto del due per cento. Nessuno lo ha smentito."
)
CLAIM = "lo scorso anno il deficit è cresciuto del due per cento"


def _claim_dates(desk: Desk, article_id: str) -> list[str]:
    (claim,) = desk.list_claims(ClaimFilter(article_id=article_id))
    return [d.value for d in claim.dates]


def test_a_new_date_resolves_the_claims_dates_again(desk: Desk) -> None:
    outcome = desk.import_text(TEXT, ArticleMeta(published=dt.date(2023, 11, 9)))
    assert outcome.id is not None
    article_id = outcome.id
    start = TEXT.index(CLAIM)
    marked = desk.mark_claim(article_id, start, start + len(CLAIM), ClaimKind.CLAIM)
    assert _claim_dates(desk, article_id) == ["2022"]

    desk.update_article(article_id, ArticleChanges(published=dt.date(2019, 3, 1)))
    assert _claim_dates(desk, article_id) == ["2018"]
    # Derived, not an edit: the claim's version stays, so an open edit of it still saves.
    (claim,) = desk.list_claims(ClaimFilter(article_id=article_id))
    assert claim.version == marked.version
    # The article's own dates follow too, and the search finds the claim by its new year.
    assert "2018" in [d.value for d in desk.get_article(article_id).dates]
    assert claim.id in [hit.id for hit in desk.search("date:2018").hits]

    # No date at all: the relative date can no longer be placed in a year.
    desk.update_article(article_id, ArticleChanges(published=""))
    assert "2018" not in _claim_dates(desk, article_id)

    # A change of title alone leaves the claim's dates as they are.
    desk.update_article(article_id, ArticleChanges(published=dt.date(2019, 3, 1)))
    desk.update_article(article_id, ArticleChanges(title="La manovra rinviata"))
    assert _claim_dates(desk, article_id) == ["2018"]
