"""Results: facet counts, date order, "did you mean", as-you-type, natural-language dates."""

from __future__ import annotations

import datetime as dt

import pytest

from claimdesk.core.errors import InputRefused
from claimdesk.core.search import SearchIndex
from tests.unit.search.records import article, claim, ids


@pytest.fixture
def library(index: SearchIndex) -> SearchIndex:
    """Three articles of different years and outlets, three claims."""
    index.update(
        [
            article("a-old", text="Il governo ha negato tutto.", published=dt.date(2019, 5, 1),
                    outlet="ANSA"),
            article("a-mid", text="Il governo ha confermato.", published=dt.date(2021, 5, 1)),
            article("a-new", text="The government denied the report.", language="en",
                    published=dt.date(2023, 5, 1), outlet="BBC"),
        ],
        [
            claim("c1", article_id="a-old", quote="Il governo ha negato", kind="denial",
                  claimant="Mario Rossi", verdict="false", published=dt.date(2019, 5, 1)),
            claim("c2", article_id="a-mid", quote="Il governo ha confermato",
                  claimant="Mario Rossi", status="checked", published=dt.date(2021, 5, 1)),
            claim("c3", article_id="a-new", quote="The government denied", language="en",
                  kind="denial", claimant="John Smith", published=dt.date(2023, 5, 1)),
        ],
    )  # fmt: skip
    return index


def test_facets_count_every_match_by_value(library: SearchIndex) -> None:
    results = library.search("governo", facets=True)
    assert results.total == 4
    assert results.facets["type"] == {"article": 2, "claim": 2}
    assert results.facets["kind"] == {"denial": 1, "claim": 1}
    assert results.facets["claimant"] == {"Mario Rossi": 2}
    assert results.facets["year"] == {"2019": 2, "2021": 2}
    assert results.facets["outlet"] == {"ANSA": 1, "Reuters": 3}
    assert results.facets["lang"] == {"it": 4}
    assert results.facets["verdict"] == {"false": 1}


def test_facets_follow_updates_and_deletes(library: SearchIndex) -> None:
    library.update(delete_claims=["c1"])
    library.update([], [claim("c4", article_id="a-mid", quote="governo", verdict="true")])
    facets = library.search("governo", facets=True).facets
    assert facets["verdict"] == {"true": 1}
    assert facets["type"] == {"article": 2, "claim": 2}


def test_facets_are_left_out_unless_asked(library: SearchIndex) -> None:
    assert library.search("governo").facets == {}


def test_date_order_puts_the_newest_first(library: SearchIndex) -> None:
    results = library.search("type:article", order="date")
    assert [hit.id for hit in results.hits] == ["a-new", "a-mid", "a-old"]
    assert results.hits[0].published == dt.date(2023, 5, 1)
    assert results.order == "date"


def test_an_unknown_order_is_refused_in_one_line(library: SearchIndex) -> None:
    with pytest.raises(InputRefused) as caught:
        library.search("governo", order="alphabetical")
    assert "\n" not in caught.value.message


def test_did_you_mean_corrects_a_misspelt_word(library: SearchIndex) -> None:
    results = library.search("claimant:rossi govrno")
    assert results.total == 0
    assert results.did_you_mean == "claimant:rossi governo"
    assert library.search("governo").did_you_mean is None
    # Nothing close enough: no suggestion rather than a wild guess.
    assert library.search("xylofono").did_you_mean is None


def test_did_you_mean_is_not_offered_among_plenty_of_hits(library: SearchIndex) -> None:
    results = library.search("governo OR govrno")
    assert results.total > 3
    assert results.did_you_mean is None


def test_as_you_type_reads_the_last_word_as_unfinished(library: SearchIndex) -> None:
    assert library.search("gov", partial=True).total == 6
    assert {h.id for h in library.search("il gover", partial=True).hits} == {
        "a-old", "a-mid", "c1", "c2"
    }  # fmt: skip
    # A finished word (space typed) is taken as written.
    assert library.search("gov ", partial=True).total == 0


def test_wildcards_take_the_most_frequent_words_in_each_language(library: SearchIndex) -> None:
    assert ids(library, "gov*") == {"a-old", "a-mid", "a-new", "c1", "c2", "c3"}
    assert ids(library, "confe?mato") == {"a-mid", "c2"}


def test_natural_language_dates_in_italian_and_english(index: SearchIndex) -> None:
    today = dt.date.today()
    last_year = dt.date(today.year - 1, 6, 1)
    index.update(
        [
            article("a-last", text="notizia", published=last_year),
            article("a-now", text="notizia", published=today),
        ],
        [
            claim(
                "c-last",
                article_id="a-last",
                quote="notizia",
                published=last_year,
                dates=(str(today.year - 1),),
            )
        ],
    )
    assert ids(index, 'published:"l\'anno scorso"') == {"a-last", "c-last"}
    assert ids(index, 'published:"last year" type:article') == {"a-last"}
    assert ids(index, 'date:"l\'anno scorso"') == {"c-last"}
    assert ids(index, 'published:"oggi" type:article') == {"a-now"}
    last_week = index.search('published:"last week"')
    assert last_week.notice is None


def test_hits_from_a_segment_without_any_date_are_listed(index: SearchIndex) -> None:
    index.update([article("a-undated", text="senza data", published=None)])
    index.update([article("a-dated", text="con data")])
    for order in ("relevance", "date"):
        hits = index.search("data", order=order).hits
        assert {hit.id: hit.published for hit in hits} == {
            "a-undated": None,
            "a-dated": dt.date(2023, 2, 22),
        }
