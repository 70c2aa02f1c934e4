"""Plain-word search: stemming per language, phrases, operators, wildcards, fuzzy terms."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.core.search import SearchIndex
from tests.unit.search.records import article, claim, ids


@pytest.fixture
def library(index: SearchIndex) -> SearchIndex:
    """Two articles (Italian, English) and a claim in each."""
    index.update(
        [
            article(
                "a-it",
                title="Mosca e la Crimea",
                text="Mosca ha negato di aver sostenuto i separatisti nel Donbas. "
                "Il Cremlino parla di un referendum in Crimea.",
                language="it",
            ),
            article(
                "a-en",
                title="Kremlin statement",
                text="The Kremlin denied any role in the attack and called the report false.",
                language="en",
            ),
            article(
                "a-de",
                title="Erklärung",
                text="Der Kreml bestritt jede Beteiligung an den Angriffen.",
                language="de",
            ),
        ],
        [
            claim(
                "c-it",
                article_id="a-it",
                quote="ha negato di aver sostenuto i separatisti",
                claim_text="La Russia nega il sostegno ai separatisti",
                notes="Verificare con fonti ucraine",
                language="it",
            ),
            claim(
                "c-en",
                article_id="a-en",
                quote="The Kremlin denied any role in the attack",
                language="en",
            ),
        ],
    )
    return index


def test_italian_stemming_finds_other_forms_of_a_verb(library: SearchIndex) -> None:
    assert ids(library, "negare") == {"a-it", "c-it"}
    assert ids(library, "sostenere") == {"a-it", "c-it"}


def test_english_stemming_finds_other_forms_of_a_verb(library: SearchIndex) -> None:
    assert ids(library, "denies") == {"a-en", "c-en"}
    assert ids(library, "denying") == {"a-en", "c-en"}


def test_stemming_applies_only_within_the_language_of_the_text(library: SearchIndex) -> None:
    # The German article is folded, never stemmed: only the exact word finds it.
    assert ids(library, "bestritt") == {"a-de"}
    assert ids(library, "bestreiten") == set()


def test_accents_are_folded_both_ways(library: SearchIndex) -> None:
    assert ids(library, "erklarung") == {"a-de"}
    library.update([article("a-acc", text="Perché la città è caduta?", language="it")])
    assert ids(library, "citta") == {"a-acc"}
    assert ids(library, "città") == {"a-acc"}


def test_a_word_that_is_a_stop_word_in_one_language_does_not_hide_that_language(
    library: SearchIndex,
) -> None:
    # "il" is an Italian stop word: it must not be required of Italian texts.
    assert ids(library, "il cremlino") == {"a-it"}
    assert ids(library, "the kremlin") == {"a-en", "c-en"}


def test_claim_notes_and_claim_text_are_searched(library: SearchIndex) -> None:
    assert ids(library, "fonti ucraine") == {"c-it"}
    assert ids(library, "sostegno") == {"c-it"}


def test_article_titles_are_searched(library: SearchIndex) -> None:
    assert ids(library, "statement") == {"a-en"}


def test_default_operator_is_and(library: SearchIndex) -> None:
    assert ids(library, "cremlino referendum") == {"a-it"}
    assert ids(library, "cremlino attack") == set()


def test_phrases_match_words_in_order(library: SearchIndex) -> None:
    assert ids(library, '"ha negato di aver sostenuto"') == {"a-it", "c-it"}
    assert ids(library, '"denied any role"') == {"a-en", "c-en"}
    assert ids(library, '"role denied"') == set()


def test_or_matches_either_word(library: SearchIndex) -> None:
    assert ids(library, "referendum OR report") == {"a-it", "a-en"}


def test_not_and_minus_exclude_a_word(library: SearchIndex) -> None:
    assert ids(library, "kremlin NOT report") == {"c-en"}
    assert ids(library, "kremlin -report") == {"c-en"}
    assert ids(library, "denied AND NOT attack") == set()


def test_a_negation_alone_keeps_each_language_apart(library: SearchIndex) -> None:
    # Only the English texts hold "kremlin"; the Italian ones say "cremlino".
    assert ids(library, "-kremlin") == {"a-it", "c-it", "a-de"}
    assert ids(library, "NOT cremlino") == {"a-en", "c-en", "a-de", "c-it"}


def test_explicit_and_and_grouping(library: SearchIndex) -> None:
    assert ids(library, "kremlin AND (report OR referendum)") == {"a-en"}
    assert ids(library, "(cremlino OR kremlin) AND report") == {"a-en"}


def test_wildcards_match_words_as_written(library: SearchIndex) -> None:
    # "separat*" is longer than the stem "separ": wildcards look at the words themselves.
    assert ids(library, "separat*") == {"a-it", "c-it"}
    assert ids(library, "kreml?n") == {"a-en", "c-en"}
    assert ids(library, "zzz*") == set()


def test_fuzzy_terms_tolerate_a_typo(library: SearchIndex) -> None:
    assert ids(library, "referndum~") == {"a-it"}
    assert ids(library, "referndum") == set()
    assert ids(library, "kremlni~2") >= {"a-en", "c-en"}


def test_the_seed_article_is_found_by_its_denial(index: SearchIndex, seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    index.update([article("seed", title="Stoltenberg", text=text, language="it")])
    assert ids(index, "negare sostenere separatisti") == {"seed"}
    assert ids(index, '"ha negato di aver sostenuto"') == {"seed"}
