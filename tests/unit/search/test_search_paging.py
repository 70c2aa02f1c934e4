"""Pages of results: ``offset`` walks through every hit once, in the same order; hits say
their kind (so a results list can colour denials without a second query)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimdesk.core.errors import InputRefused
from claimdesk.core.model import ClaimKind
from claimdesk.core.search import SearchIndex
from tests.unit.search.records import article, claim

CLAIMS = 450  # more than the heap-only first page, so later pages use the kept full order


@pytest.fixture
def many(index: SearchIndex) -> SearchIndex:
    """One article with 450 claims, every third one a denial, with varied scores and dates."""
    index.update(
        [article("a", text="Il governo.", published=dt.date(2020, 1, 1))],
        [
            claim(
                f"c{n:03d}",
                article_id="a",
                quote="governo " * (1 + n % 7) + f"numero {n}",
                kind="denial" if n % 3 == 0 else "claim",
                published=dt.date(2020, 1, 1) + dt.timedelta(days=n),
            )
            for n in range(CLAIMS)
        ],
    )
    return index


@pytest.mark.parametrize("order", ["relevance", "date"])
def test_pages_cover_every_hit_once_in_the_order_of_one_big_page(
    many: SearchIndex, order: str
) -> None:
    whole = [hit.id for hit in many.search("governo", CLAIMS + 10, order=order).hits]
    paged: list[str] = []
    for offset in range(0, CLAIMS + 1, 50):
        page = many.search("governo", 50, offset=offset, order=order)
        assert page.offset == offset
        assert page.total == CLAIMS + 1
        paged.extend(hit.id for hit in page.hits)
    assert paged == whole
    assert len(set(paged)) == CLAIMS + 1


def test_a_page_after_an_edit_reflects_the_edit(many: SearchIndex) -> None:
    many.search("governo", 50, offset=100)
    many.update(delete_claims=[f"c{n:03d}" for n in range(100)])
    page = many.search("governo", 50, offset=320)
    assert page.total == CLAIMS - 100 + 1
    assert len(page.hits) == CLAIMS - 100 + 1 - 320


def test_hits_carry_their_kind(many: SearchIndex) -> None:
    hits = many.search("numero", CLAIMS).hits
    kinds = {hit.id: hit.kind for hit in hits}
    assert kinds["c000"] is ClaimKind.DENIAL
    assert kinds["c001"] is ClaimKind.CLAIM
    assert sum(kind is ClaimKind.DENIAL for kind in kinds.values()) == CLAIMS // 3
    article_hit = next(
        hit for hit in many.search("governo", CLAIMS + 1).hits if hit.type == "article"
    )
    assert article_hit.kind is None


def test_a_page_past_the_end_is_empty(many: SearchIndex) -> None:
    page = many.search("governo", 50, offset=10_000)
    assert page.hits == [] and page.total == CLAIMS + 1


def test_negative_offsets_are_refused(many: SearchIndex) -> None:
    with pytest.raises(InputRefused, match="offset"):
        many.search("governo", 50, offset=-1)
