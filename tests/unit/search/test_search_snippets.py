"""Snippets: short, HTML-escaped, with the matched words in bold."""

from __future__ import annotations

import re

from claimdesk.core.search import SearchIndex
from claimdesk.core.search.snippets import SNIPPET_CHARS
from tests.unit.search.records import article, claim

LONG_TEXT = (
    "Nel primo paragrafo si parla d'altro, di economia e di mercati, a lungo e con molti "
    "dettagli che non interessano a nessuno. "
    * 6
    + "Poi il portavoce ha negato ogni coinvolgimento nell'attacco di martedì. "
    + "Segue un lungo paragrafo finale su tutt'altro argomento, senza parole cercate. " * 6
)


def snippet_of(index: SearchIndex, query: str, hit_id: str) -> str:
    """The snippet of hit ``hit_id`` for ``query``."""
    hits = {hit.id: hit for hit in index.search(query).hits}
    return hits[hit_id].snippet


def test_markup_in_a_quote_is_escaped_and_the_match_is_bold(index: SearchIndex) -> None:
    index.update(
        [article("a1")],
        [claim("c1", quote='Ha negato <script>alert("x")</script> & altro')],
    )
    snippet = snippet_of(index, "negare", "c1")
    assert "<b>negato</b>" in snippet
    assert "&lt;script&gt;" in snippet
    assert "<script>" not in snippet
    assert "&amp; altro" in snippet


def test_a_matched_word_inside_markup_is_bold_and_escaped(index: SearchIndex) -> None:
    index.update([article("a1")], [claim("c1", quote="<script>negato</script>")])
    snippet = snippet_of(index, "negato", "c1")
    assert snippet == "&lt;script&gt;<b>negato</b>&lt;/script&gt;"


def test_a_long_text_gives_a_short_snippet_around_the_match(index: SearchIndex) -> None:
    index.update([article("a1", text=LONG_TEXT)])
    snippet = snippet_of(index, "negare", "a1")
    visible = re.sub(r"</?b>", "", snippet)
    assert "<b>negato</b>" in snippet
    assert len(visible) <= SNIPPET_CHARS + 10
    assert visible.startswith("…")
    assert visible.endswith("…")


def test_stemmed_phrase_and_wildcard_matches_are_bold(index: SearchIndex) -> None:
    text = "The Kremlin denied the report; Kremlin officials denying."
    index.update([article("a1", text=text, language="en")])
    assert snippet_of(index, "denies", "a1").count("<b>") == 2
    assert "<b>Kremlin</b> <b>denied</b>" in snippet_of(index, '"kremlin denied"', "a1")
    wildcard = snippet_of(index, "offic*", "a1")
    assert "<b>officials</b>" in wildcard


def test_a_match_outside_the_text_shows_its_start(index: SearchIndex) -> None:
    index.update([article("a1", text="<i>Testo</i> " + "parola " * 60, outlet="Reuters")])
    snippet = snippet_of(index, "outlet:reuters", "a1")
    assert snippet.startswith("&lt;i&gt;Testo&lt;/i&gt; parola")
    assert "<b>" not in snippet
    assert len(snippet) <= SNIPPET_CHARS + 40
    assert snippet.endswith("…")


def test_words_that_did_not_match_this_document_are_not_bold(index: SearchIndex) -> None:
    index.update(
        [article("a1", text="Mosca nega tutto."), article("a2", text="Kyiv conferma, Mosca no.")]
    )
    snippet = snippet_of(index, "mosca OR conferma", "a1")
    assert snippet == "<b>Mosca</b> nega tutto."


def test_a_claim_text_equal_to_its_quote_is_shown_once(index: SearchIndex) -> None:
    quote = "La società ha negato di aver dirottato i carichi"
    index.update(claims=[claim("c1", quote=quote, claim_text=quote)])
    assert snippet_of(index, "negato", "c1").count("<b>negato</b>") == 1
