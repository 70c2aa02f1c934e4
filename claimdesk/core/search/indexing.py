"""What each record puts into the index's fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

from claimdesk.core.search.dates import period_start
from claimdesk.core.search.documents import ArticleDoc, ClaimDoc
from claimdesk.core.search.schema import FACET_FIELDS, STAMP_FIELD, text_language

ARTICLE = "article"
CLAIM = "claim"


def article_fields(doc: ArticleDoc) -> dict[str, Any]:
    """The index fields of one article; its title and text go to its language's field."""
    lang = text_language(doc.language)
    searchable = _lines(doc.title, doc.text)
    fields: dict[str, Any] = {
        "id": doc.id,
        "type": ARTICLE,
        "article_id": doc.id,
        "article": doc.id,
        "textlang": lang,
        "heading": doc.title,
        "body": doc.text,
    }
    _put(fields, f"text_{lang}", searchable)
    _put(fields, "title", doc.title)
    _put(fields, "lang", (doc.language or "").strip().lower())
    _put(fields, "outlet", doc.outlet)
    _put(fields, "tag", _tags(doc.tags))
    if doc.published is not None:
        fields["published"] = _midnight(doc.published)
    _facets(fields, ARTICLE, doc.language, doc.outlet, doc.published, doc.stamp)
    return fields


def claim_fields(doc: ClaimDoc) -> dict[str, Any]:
    """The index fields of one claim: quote, claim text and notes in the article's
    language field, the claimant with every alias, and the dates it mentions."""
    lang = text_language(doc.language)
    # The claim text defaults to the quote: index (and show in snippets) that text once.
    same = " ".join(doc.claim_text.split()) == " ".join(doc.quote.split())
    searchable = _lines(doc.quote, "" if same else doc.claim_text, doc.notes)
    fields: dict[str, Any] = {
        "id": doc.id,
        "type": CLAIM,
        "article_id": doc.article_id,
        "article": doc.article_id,
        "textlang": lang,
        "heading": doc.article_title,
        "body": searchable,
        "start": doc.start,
        "end": doc.end,
    }
    _put(fields, f"text_{lang}", searchable)
    _put(fields, "lang", (doc.language or "").strip().lower())
    _put(fields, "kind", doc.kind)
    _put(fields, "verdict", doc.verdict)
    _put(fields, "status", doc.status)
    _put(fields, "outlet", doc.outlet)
    if doc.claimant:
        _put(fields, "claimant", _lines(doc.claimant, *doc.claimant_aliases))
    _put(fields, "tag", _tags(doc.tags))
    if doc.published is not None:
        fields["published"] = _midnight(doc.published)
    starts = sorted({start for value in doc.dates if (start := period_start(value))})
    if starts:
        fields["date"] = starts
    _facets(fields, CLAIM, doc.language, doc.outlet, doc.published, doc.stamp)
    for name, value in (("kind", doc.kind), ("verdict", doc.verdict), ("status", doc.status),
                        ("claimant", doc.claimant)):  # fmt: skip
        if value and value.strip():
            fields[FACET_FIELDS[name]] = value.strip().encode("utf-8")
    return fields


def searchable_text(doc: ArticleDoc | ClaimDoc) -> str:
    """The text a record puts into its language field (what the vocabulary counts)."""
    if isinstance(doc, ArticleDoc):
        return _lines(doc.title, doc.text)
    same = " ".join(doc.claim_text.split()) == " ".join(doc.quote.split())
    return _lines(doc.quote, "" if same else doc.claim_text, doc.notes)


def _facets(
    fields: dict[str, Any],
    kind: str,
    language: str,
    outlet: str | None,
    published: dt.date | None,
    stamp: str,
) -> None:
    # Column values are bytes; an absent value is left out (the column's default, b"").
    fields[FACET_FIELDS["type"]] = kind.encode("utf-8")
    code = (language or "").strip().lower()
    if code:
        fields[FACET_FIELDS["lang"]] = code.encode("utf-8")
    if outlet and outlet.strip():
        fields[FACET_FIELDS["outlet"]] = outlet.strip().encode("utf-8")
    if published is not None:
        fields[FACET_FIELDS["year"]] = str(published.year).encode("utf-8")
    if stamp:
        fields[STAMP_FIELD] = stamp.encode("utf-8")


def _put(fields: dict[str, Any], name: str, value: str | None) -> None:
    # Whoosh would index an empty string as an empty term: leave the field out instead.
    if value and value.strip():
        fields[name] = value.strip()


def _lines(*parts: str) -> str:
    return "\n".join(part for part in parts if part and part.strip())


def _tags(tags: tuple[str, ...]) -> str:
    # Commas separate tags in the field, so a comma inside a tag would split it.
    return ",".join(tag.replace(",", " ").strip() for tag in tags if tag.strip())


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())
