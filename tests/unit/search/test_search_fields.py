"""Field search: every field a query may name, with values as users type them."""

from __future__ import annotations

import datetime as dt

import pytest

from claimdesk.core.search import SearchIndex
from tests.unit.search.records import article, claim, ids


@pytest.fixture
def library(index: SearchIndex) -> SearchIndex:
    """Two articles from different outlets and three claims with different metadata."""
    index.update(
        [
            article(
                "3fa2c0de-0000-4000-8000-000000000001",
                title="Stoltenberg sulla Russia",
                language="it",
                outlet="Reuters",
                published=dt.date(2023, 2, 22),
                tags=("Ucraina", "NATO"),
            ),
            article(
                "77b10000-0000-4000-8000-000000000002",
                title="Kremlin answers",
                language="en",
                outlet="The New York Times",
                published=dt.date(2022, 3, 1),
            ),
        ],
        [
            claim(
                "c-denial",
                article_id="3fa2c0de-0000-4000-8000-000000000001",
                kind="denial",
                claimant="Russia",
                claimant_aliases=("Mosca", "Federazione Russa"),
                verdict="mostly true",
                status="reviewed",
                tags=("ukraine war", "crimea"),
                outlet="Reuters",
                published=dt.date(2023, 2, 22),
            ),
            claim(
                "c-claim",
                article_id="3fa2c0de-0000-4000-8000-000000000001",
                kind="claim",
                claimant="Jens Stoltenberg",
                verdict="false",
                status="new",
                outlet="Reuters",
                published=dt.date(2023, 2, 22),
            ),
            claim(
                "c-en",
                article_id="77b10000-0000-4000-8000-000000000002",
                language="en",
                kind="claim",
                claimant="Dmitry Peskov",
                claimant_aliases=("Peskov",),
                verdict="true",
                status="published",
                outlet="The New York Times",
                published=dt.date(2022, 3, 1),
            ),
        ],
    )
    return index


A_IT = "3fa2c0de-0000-4000-8000-000000000001"
A_EN = "77b10000-0000-4000-8000-000000000002"


def test_type_separates_articles_from_claims(library: SearchIndex) -> None:
    assert ids(library, "type:article") == {A_IT, A_EN}
    assert ids(library, "type:claim") == {"c-denial", "c-claim", "c-en"}


def test_kind(library: SearchIndex) -> None:
    assert ids(library, "kind:denial") == {"c-denial"}
    assert ids(library, "kind:claim") == {"c-claim", "c-en"}


def test_claimant_matches_name_and_aliases_in_any_case(library: SearchIndex) -> None:
    assert ids(library, "claimant:russia") == {"c-denial"}
    assert ids(library, "claimant:Russia") == {"c-denial"}
    assert ids(library, "claimant:MOSCA") == {"c-denial"}
    assert ids(library, 'claimant:"federazione russa"') == {"c-denial"}
    assert ids(library, "claimant:stoltenberg") == {"c-claim"}
    assert ids(library, "claimant:peskov") == {"c-en"}


def test_verdict_takes_multi_word_values_whole(library: SearchIndex) -> None:
    assert ids(library, 'verdict:"mostly true"') == {"c-denial"}
    assert ids(library, 'verdict:"Mostly True"') == {"c-denial"}
    # "true" alone is a different verdict from "mostly true".
    assert ids(library, "verdict:true") == {"c-en"}
    assert ids(library, "verdict:false") == {"c-claim"}


def test_status(library: SearchIndex) -> None:
    assert ids(library, "status:reviewed") == {"c-denial"}
    assert ids(library, "status:new") == {"c-claim"}


def test_tag_matches_whole_tags_lowercased(library: SearchIndex) -> None:
    assert ids(library, "tag:ucraina") == {A_IT}
    assert ids(library, "tag:NATO") == {A_IT}
    assert ids(library, 'tag:"ukraine war"') == {"c-denial"}
    assert ids(library, "tag:ukraine") == set()


def test_lang(library: SearchIndex) -> None:
    assert ids(library, "lang:en") == {A_EN, "c-en"}
    assert ids(library, "lang:IT") == {A_IT, "c-denial", "c-claim"}


def test_outlet_single_and_multi_word(library: SearchIndex) -> None:
    assert ids(library, "outlet:reuters") == {A_IT, "c-denial", "c-claim"}
    assert ids(library, 'outlet:"new york times"') == {A_EN, "c-en"}


def test_article_matches_an_id_prefix(library: SearchIndex) -> None:
    assert ids(library, "article:3fa2") == {A_IT, "c-denial", "c-claim"}
    assert ids(library, "article:3FA2C0DE") == {A_IT, "c-denial", "c-claim"}
    assert ids(library, f"article:{A_EN}") == {A_EN, "c-en"}
    assert ids(library, "article:ffff") == set()


def test_title(library: SearchIndex) -> None:
    assert ids(library, "title:kremlin") == {A_EN}


def test_field_names_are_case_insensitive(library: SearchIndex) -> None:
    assert ids(library, "Claimant:russia") == {"c-denial"}
    assert ids(library, 'KIND:denial AND Verdict:"mostly true"') == {"c-denial"}


def test_fields_combine_with_words_and_operators(library: SearchIndex) -> None:
    assert ids(library, "claimant:russia OR claimant:peskov") == {"c-denial", "c-en"}
    assert ids(library, "type:claim -outlet:reuters") == {"c-en"}
    assert ids(library, "type:claim NOT kind:denial lang:it") == {"c-claim"}
    assert ids(library, "claimant:(russia OR stoltenberg)") == {"c-denial", "c-claim"}


def test_hits_carry_what_the_caller_shows(library: SearchIndex) -> None:
    results = library.search("kind:denial")
    assert results.total == 1
    hit = results.hits[0]
    assert (hit.type, hit.id, hit.article_id) == ("claim", "c-denial", A_IT)
    assert hit.title == "Titolo"  # the article's title, as fed in ClaimDoc.article_title
    assert (hit.start, hit.end) == (0, 20)
    article_hit = library.search("type:article lang:en").hits[0]
    assert (article_hit.type, article_hit.article_id) == ("article", A_EN)
    assert article_hit.title == "Kremlin answers"
    assert (article_hit.start, article_hit.end) == (None, None)
