"""Checked before: the published fact-checks matching a claim, through the matcher's index,
which follows new imports without being told."""

from __future__ import annotations

from pathlib import Path

from claimdesk.core.demo import create_demo_library
from claimdesk.core.desk import Desk
from claimdesk.core.model import ArticleMeta, ClaimKind
from tests.unit.interchange.test_claimreview_shapes import FIXTURES

TEXT = "In aula il ministro ha ripetuto che le bollette sono scese della metà da gennaio."


def test_checked_before_finds_the_review_and_follows_new_imports(desk: Desk) -> None:
    article = desk.import_text(TEXT, ArticleMeta(title="Bollette", language="it")).id
    assert article is not None
    claim = desk.mark_claim(article, TEXT.index("le bollette"), len(TEXT) - 1, ClaimKind.CLAIM)
    assert desk.published.checked_before(claim.id) == []  # no archive yet
    desk.interchange.import_interchange(FIXTURES / "bare.jsonld")
    assert desk.published.checked_before(claim.id) == []  # the bridge is another claim
    desk.interchange.import_interchange(FIXTURES / "list.json")  # taken in at the next call
    english = "Energy bills have fallen by half since January, the minister said."
    other = desk.import_text(english, ArticleMeta(title="Bills", language="en")).id
    assert other is not None
    mine = desk.mark_claim(other, 0, english.index(","), ClaimKind.CLAIM)
    (best, *_rest) = desk.published.checked_before(mine.id[:10])
    assert best.review.reviewer.name == "Example Checks"
    assert best.review.rating_label == "Partially true" and best.score > 0.5
    assert {c.id for c in desk.list_claims()} == {claim.id, mine.id}


def test_the_demo_has_fact_checks_found_for_its_fictional_claims(tmp_path: Path) -> None:
    location = create_demo_library(tmp_path / "demo")
    with Desk.open(location) as desk:
        reviews = desk.published.list_published_reviews()
        assert len(reviews) == 4 and {r.reviewer.name for r in reviews} == {
            "Verifica Adriatica",
            "Northgate Checks",
        }
        found = {
            f.review.url
            for claim in desk.list_claims()
            for f in desk.published.checked_before(claim.id)
        }
        assert found == {r.url for r in reviews}  # each checks one claim of the demo
