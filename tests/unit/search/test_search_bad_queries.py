"""Queries that do not parse: never an exception, always plain-text results and a notice."""

from __future__ import annotations

import random

import pytest

from claimdesk.core.search import SearchIndex
from claimdesk.core.search.query_text import repair_query
from tests.unit.search.records import article, claim, ids


@pytest.fixture
def library(index: SearchIndex) -> SearchIndex:
    """One Italian article and its claim."""
    index.update(
        [article("a-it", text="Mosca ha negato di aver sostenuto i separatisti nel Donbas.")],
        [claim("c-it", quote="ha negato di aver sostenuto i separatisti", claimant="Russia")],
    )
    return index


def test_empty_and_blank_queries_find_nothing(library: SearchIndex) -> None:
    for query in ("", "   ", "\n\t"):
        results = library.search(query)
        assert (results.total, results.hits, results.notice) == (0, [], None)


def test_unknown_field_searches_the_words(library: SearchIndex) -> None:
    results = library.search("foo:separatisti")
    assert results.notice == 'Unknown field "foo": searched for the words instead.'
    assert {hit.id for hit in results.hits} == set()  # "foo" is not in the text
    results = library.search("negato foo:separatisti", limit=10)
    assert results.total == 0
    results = library.search("Donbas:separatisti")
    assert results.notice == 'Unknown field "Donbas": searched for the words instead.'
    assert {hit.id for hit in results.hits} == {"a-it"}


def test_internal_fields_are_not_searchable_by_name(library: SearchIndex) -> None:
    results = library.search("text_it:neg")
    assert results.notice is not None
    assert "text_it" in results.notice


def test_unbalanced_quote_searches_the_words(library: SearchIndex) -> None:
    results = library.search('"negato separatisti')
    assert results.notice is not None
    assert "quote" in results.notice
    assert {hit.id for hit in results.hits} == {"a-it", "c-it"}


@pytest.mark.parametrize(
    "query",
    [
        "(negato separatisti",
        "negato separatisti)",
        "negato [separatisti",
        "negato separatisti]",
        "negato separatisti AND",
        "OR negato separatisti",
        "negato AND OR separatisti",
        "negato separatisti NOT",
        "negato claimant:",
        "negato separatisti published:mai",
        "[negato to separatisti]",
    ],
)
def test_broken_syntax_gives_a_notice_and_plain_text_results(
    library: SearchIndex, query: str
) -> None:
    results = library.search(query)
    assert results.notice is not None
    assert "\n" not in results.notice
    assert {hit.id for hit in results.hits} == {"a-it", "c-it"}
    assert results.total == 2


def test_a_correct_query_has_no_notice(library: SearchIndex) -> None:
    results = library.search('claimant:russia AND "ha negato" -crimea published:[2023 to 2024]')
    assert results.notice is None
    assert {hit.id for hit in results.hits} == {"c-it"}


def test_stray_syntax_characters_are_harmless(library: SearchIndex) -> None:
    for query in ("~", "^", ":", "::", "\\", "/", "*", "?", "-", "+", "!", "<>", "~2/9"):
        results = library.search(query)
        assert results.total == 0, query
    # A prefix length past the word's end would make Whoosh fail; it is clamped.
    assert ids(library, "separatisi~/2022") == {"a-it", "c-it"}


def test_random_syntax_soup_never_raises(library: SearchIndex) -> None:
    pieces = ['"', "(", ")", "[", "]", "{", "}", "AND", "OR", "NOT", "-", "+", "*", "~", "^2",
              ":", "claimant:", "published:", "date:", "foo:", "2022", "to", "negato", "x~",
              "'", "\\", ">", "<", "=", "*:*", "verdict:", "article:"]  # fmt: skip
    rng = random.Random(20240501)
    for _ in range(1500):
        query = "".join(
            rng.choice(pieces) + rng.choice(("", " ")) for _ in range(rng.randint(1, 8))
        )
        results = library.search(query)
        assert results.total >= 0
        assert results.notice is None or "\n" not in results.notice


def test_limit_caps_hits_but_not_total(library: SearchIndex) -> None:
    results = library.search("negato", limit=1)
    assert results.total == 2
    assert len(results.hits) == 1
    results = library.search("negato", limit=0)
    assert (results.total, results.hits) == (2, [])


def test_results_keep_the_query_as_typed(library: SearchIndex) -> None:
    assert library.search("Claimant:RUSSIA").query == "Claimant:RUSSIA"
    assert ids(library, "Claimant:RUSSIA") == {"c-it"}


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Claimant:Russia", "claimant:Russia"),
        ("a -b", "a NOT b"),
        ("+a b", "a b"),
        ("a AND", "a"),
        ("NOT NOT a", "a"),
        ('"a b', "a b"),
        ("(a b", "a b"),
        ("a ()", "a"),
        ("published:[2022-01 to 2022-06]", "published:[2022-01 TO 2022-06]"),
        ('published:"2023"', "published:2023"),
        ("foo:bar", "foo bar"),
        ("10:30", "10 30"),
        ("[a to b]", "a b"),
    ],
)
def test_repairs_render_what_whoosh_should_read(typed: str, read: str) -> None:
    assert repair_query(typed).text == read


def test_a_query_read_as_written_has_no_repairs() -> None:
    assert repair_query('kind:denial AND ("ha negato" OR nega*) -crimea').notice is None
