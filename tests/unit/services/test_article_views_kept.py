"""Reopening an unchanged article reuses the last reading; any change, by this desk or by
another process on the same library, is seen at the next opening."""

from __future__ import annotations

from pathlib import Path

from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ArticleChanges, ClaimChanges, ClaimKind, Verdict
from tests.conftest import SEED_DENIAL


def test_an_unchanged_article_is_not_read_again(desk: Desk, seed_path: Path) -> None:
    article_id = desk.import_file(seed_path).id
    assert article_id
    first = desk.get_article(article_id)
    assert desk.get_article(article_id) is first


def test_every_kind_of_change_shows_at_the_next_opening(
    desk: Desk, location: LibraryLocation, seed_path: Path
) -> None:
    article_id = desk.import_file(seed_path).id
    assert article_id
    before = desk.get_article(article_id)
    start, end = desk.find_quote(article_id, SEED_DENIAL)
    claim = desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")
    marked = desk.get_article(article_id)
    assert [c.id for c in marked.claims] == [claim.id] and not before.claims

    suggestion = marked.suggestions[0]
    desk.dismiss_suggestion(article_id, suggestion)
    assert suggestion not in desk.get_article(article_id).suggestions

    with Desk.open(location) as other:  # another window or command on the same library
        other.update_claim(claim.id, ClaimChanges(verdict=Verdict.FALSE))
        other.update_article(article_id, ArticleChanges(title="Retitled elsewhere"))
    seen = desk.get_article(article_id)
    assert seen.title == "Retitled elsewhere"
    assert seen.claims[0].verdict is Verdict.FALSE


def test_an_article_shown_before_its_dates_gets_them_without_a_second_reading(
    desk: Desk, seed_path: Path
) -> None:
    article_id = desk.import_file(seed_path).id
    assert article_id
    undated = desk.get_article(article_id, dates=False)
    dated = desk.get_article(article_id)
    assert dated.dates and dated.dates == desk.article_dates(article_id)
    assert dated.claims is undated.claims and dated.sentences is undated.sentences
    assert desk.get_article(article_id) is dated
