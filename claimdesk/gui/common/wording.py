"""Small helpers for user-facing wording, and the status bar's lines built with them."""

from __future__ import annotations

from claimdesk.core.model import ArticleView, LibraryStats
from claimdesk.gui.common.i18n import translate


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 article``, ``2 articles``; pass ``many`` (translated) for any other language."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def library_status(place: str | None, stats: LibraryStats | None, busy: bool) -> str:
    """``library: ~/ClaimDesk · 3 articles · 5 claims · 1 denial · 2 to check · all changes
    saved``; ``place`` None while the library is opening, ``stats`` None until counted."""
    if place is None:
        parts = [translate("Wording", "library: opening…")]
    else:
        parts = [translate("Wording", "library: {place}").format(place=place)]
    if stats is not None:
        articles = translate("Wording", "article"), translate("Wording", "articles")
        claims = translate("Wording", "claim"), translate("Wording", "claims")
        denials = translate("Wording", "denial"), translate("Wording", "denials")
        parts += [
            plural(stats.articles, *articles),
            plural(stats.claims, *claims),
            plural(stats.denials, *denials),
            translate("Wording", "{count} to check").format(count=stats.to_check),
        ]
    saved = translate("Wording", "saving…") if busy else translate("Wording", "all changes saved")
    return " · ".join([*parts, saved])


def article_status(article: ArticleView) -> str:
    """``it · 24 sentences · 3 marked · 2 suggestions`` for the open article."""
    sentences = translate("Wording", "sentence"), translate("Wording", "sentences")
    parts = [
        article.language,
        plural(len(article.sentences), *sentences),
        translate("Wording", "{count} marked").format(count=len(article.claims)),
    ]
    if article.suggestions:
        count = len(article.suggestions)
        one, many = translate("Wording", "suggestion"), translate("Wording", "suggestions")
        parts.append(plural(count, one, many))
    return " · ".join(parts)
