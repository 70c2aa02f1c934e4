"""Format-neutral report work: sections, counts and the quote's context."""

from __future__ import annotations

import dataclasses

from claimdesk.core.exporters import ReportInput
from claimdesk.core.exporters.report import (
    CONTEXT_CHARS,
    article_sections,
    count_claims,
    quote_in_context,
)
from claimdesk.core.model import ArticleView, ClaimKind, ClaimView, Span
from tests.unit.exporters.report_samples import (
    PLAIN_QUOTE,
    PLAIN_TEXT,
    STOLTENBERG_QUOTE,
    anchor_of,
    make_claim,
)


def test_context_is_the_covering_sentence(
    seed_article: ArticleView, stoltenberg_claim: ClaimView
) -> None:
    context = quote_in_context(stoltenberg_claim, seed_article)
    assert context.quote == STOLTENBERG_QUOTE
    assert context.before.startswith("In un'intervista con Reuters")
    assert context.before.endswith("Stoltenberg ha detto che ")
    assert context.after == "."
    assert not context.clipped_before and not context.clipped_after


def test_context_without_sentences_is_a_word_bounded_window(plain_article: ArticleView) -> None:
    claim = make_claim("c", plain_article.id, anchor_of(PLAIN_TEXT, PLAIN_QUOTE))
    context = quote_in_context(claim, plain_article)
    assert context.clipped_before and context.clipped_after
    assert CONTEXT_CHARS - 20 <= len(context.before) <= CONTEXT_CHARS
    assert PLAIN_TEXT[: claim.start].endswith(context.before)
    assert PLAIN_TEXT[claim.end :].startswith(context.after)
    assert PLAIN_TEXT[claim.end + len(context.after)] == " "  # not cut mid-word


def test_short_text_without_sentences_is_shown_whole(plain_article: ArticleView) -> None:
    article = dataclasses.replace(plain_article, text="Mosca nega tutto.")
    claim = make_claim("c", article.id, anchor_of(article.text, "nega"))
    context = quote_in_context(claim, article)
    assert (context.before, context.quote, context.after) == ("Mosca ", "nega", " tutto.")
    assert not context.clipped_before and not context.clipped_after


def test_stale_offsets_show_the_quote_alone(seed_article: ArticleView) -> None:
    anchor = anchor_of(seed_article.text, STOLTENBERG_QUOTE)
    moved = dataclasses.replace(anchor, start=anchor.start + 3, end=anchor.end + 3)
    context = quote_in_context(make_claim("c", seed_article.id, moved), seed_article)
    assert (context.before, context.quote, context.after) == ("", STOLTENBERG_QUOTE, "")


def test_quote_spanning_sentences_takes_all_of_them(seed_article: ArticleView) -> None:
    text = seed_article.text
    start = text.index("guerra.")
    claim = make_claim("c", seed_article.id, anchor_of(text, text[start : start + 20]))
    context = quote_in_context(claim, seed_article)
    assert context.before == '"Non sappiamo quando finirà la '
    assert context.after.endswith('non si ripeta", ha detto Stoltenberg.')


def test_sentence_spans_are_trusted_over_paragraphs(seed_article: ArticleView) -> None:
    whole = Span(0, len(seed_article.text), seed_article.text)
    article = dataclasses.replace(seed_article, sentences=(whole,))
    claim = make_claim("c", article.id, anchor_of(article.text, STOLTENBERG_QUOTE))
    assert quote_in_context(claim, article).after.endswith("diritto internazionale.")


def test_counts_and_sections(report: ReportInput) -> None:
    counts = count_claims(report.claims)
    assert counts.total == 5
    assert counts.by_kind == ((ClaimKind.CLAIM, 4), (ClaimKind.DENIAL, 1))
    assert counts.by_verdict == (("mostly true", 1), ("false", 1), ("not rated", 3))
    assert counts.by_claimant[0] == ("Jens Stoltenberg", 2)
    sections = article_sections(report)
    assert [s.article_id for s in sections] == ["art-seed", "art-plain"]
    assert [c.id for c in sections[0].claims] == ["c-stolt", "c-tricky", "c-russia", "c-orphan"]
