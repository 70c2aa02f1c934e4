"""ClaimReview as fact-checkers publish it, read into plain records.

Found anywhere in a JSON document: a bare ClaimReview, a list, ``@graph``, a schema.org
``DataFeed`` of ``DataFeedItem``s, ``{"data": [...]}`` answers, a ``MediaReview``'s
``associatedClaimReview``, a page's ``mainEntity``/``review``; and the Google Fact Check Tools
shape (a claim with ``text``, ``claimant``, ``claimDate`` and ``claimReview`` entries holding
``publisher``, ``textualRating``, ``reviewDate``). A review nested in another object takes the
fields it lacks (url, author, date, language) from it. Each review is one record: several
reviews on one page stay several. Claimants are read as text, a list or objects; an agent
with only a URL is named by its address.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from claimdesk.core.interchange.verdict_labels import verdict_from_label, verdict_from_scale
from claimdesk.core.model import Verdict

_MAX_DEPTH = 16
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
# Keys whose values a review nested inside takes when it lacks them.
_INHERITED = ("url", "author", "publisher", "datePublished", "inLanguage")
# Dates pages write other than ISO 8601 (English month names only).
_DATE_FORMATS = (
    "%d/%m/%Y",
    "%Y/%m/%d",
    "%d.%m.%Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%a, %d %b %Y %H:%M:%S %z",
    "%a, %d %b %Y %H:%M:%S %Z",
)


@dataclass(frozen=True, slots=True)
class Agent:
    """A person or organisation as a review names it."""

    name: str
    type: str = "Organization"
    url: str | None = None


@dataclass(frozen=True, slots=True)
class PublishedRating:
    """A rating as written: its label, its numbers and scale when given, and our verdict
    when the label (or an explicit scale) says one."""

    label: str = ""
    value: float | None = None
    best: float | None = None
    worst: float | None = None
    explanation: str = ""
    image: str | None = None

    @property
    def verdict(self) -> Verdict | None:
        """Our verdict, or None when it cannot be told without guessing."""
        if self.label:
            found = verdict_from_label(self.label)
            if found is not None:
                return found
        return verdict_from_scale(self.value, self.best, self.worst)


@dataclass(frozen=True, slots=True)
class ReadReview:
    """One published fact-check of one claim."""

    claim: str
    rating: PublishedRating
    reviewer: Agent | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    title: str = ""
    body: str = ""
    claimants: tuple[Agent, ...] = ()
    claim_date: dt.date | None = None
    appearances: tuple[str, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict, compare=False)


def types_of(node: dict[str, Any]) -> set[str]:
    """The bare type names of a JSON-LD node (``schema:ClaimReview`` -> ``ClaimReview``)."""
    raw = node.get("@type", node.get("type"))
    names = raw if isinstance(raw, list) else [raw]
    return {n.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for n in names if isinstance(n, str)}


def is_api_claim(node: dict[str, Any]) -> bool:
    """A Google Fact Check Tools claim: ``text`` and a ``claimReview`` list."""
    reviews = node.get("claimReview")
    return isinstance(node.get("text"), str) and isinstance(reviews, list | dict)


def review_nodes(data: Any) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every ClaimReview (or API claim) node in ``data``, each with what it inherits."""
    return list(_walk(data, {}, 0))


def _walk(
    node: Any, context: dict[str, Any], depth: int
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, context, depth + 1)
        return
    if not isinstance(node, dict):
        return
    if "ClaimReview" in types_of(node) or is_api_claim(node):
        yield node, context
        return
    inner = dict(context)
    if types_of(node) & {"MediaReview", "DataFeedItem", "WebPage", "Article", "NewsArticle"}:
        inner.update({k: node[k] for k in _INHERITED if k in node})
    for key, value in node.items():
        if isinstance(value, dict | list) and key not in ("@context", "itemReviewed"):
            yield from _walk(value, inner, depth + 1)


def read_reviews(data: Any) -> tuple[list[ReadReview], int]:
    """Every review in a parsed document, and how many ClaimReview nodes said no claim."""
    reviews: list[ReadReview] = []
    empty = 0
    for node, context in review_nodes(data):
        found = _api_reviews(node) if is_api_claim(node) else _json_ld_review(node, context)
        empty += sum(1 for r in found if r is None)
        reviews.extend(r for r in found if r is not None)
    return reviews, empty


# Values --------------------------------------------------------------------------------------


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def text_of(value: Any) -> str:
    """A JSON-LD text value (string, ``@value`` object, ``name``d node, first of a list)."""
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name") or value.get("text") or ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    return " ".join(value.split()) if isinstance(value, str) else ""


def url_of(value: Any) -> str | None:
    """An absolute URI from a string or a node's ``url`` / ``@id``."""
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id") or value.get("sameAs")
        value = _first(value)
    if isinstance(value, str) and _URI.match(value.strip()):
        return value.strip()
    return None


def date_of(value: Any) -> dt.date | None:
    """The day of an ISO date or date-time (``2023-03-05T09:00:00+01:00`` -> 2023-03-05)."""
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("@value")
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _number(value: Any) -> float | None:
    value = _first(value)
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            return None
    return None


def _host_name(url: str) -> str:
    host = urlsplit(url).netloc or url
    return host.removeprefix("www.")


def agents_of(value: Any, default_type: str = "Organization") -> tuple[Agent, ...]:
    """Agents from text ("A, B" stays one name), a node, or a list of either."""
    items = value if isinstance(value, list) else [value]
    found: list[Agent] = []
    for item in items:
        if isinstance(item, str) and item.strip():
            text = " ".join(item.split())
            if _URI.match(text):
                found.append(Agent(_host_name(text), default_type, text))
            else:
                found.append(Agent(text, default_type))
        elif isinstance(item, dict):
            name = text_of(item.get("name")) or text_of(item.get("alternateName"))
            url = url_of(item)
            if not name and url:
                name = _host_name(url)
            if name:
                kind = next(iter(sorted(types_of(item))), default_type)
                found.append(Agent(name, kind, url))
    return tuple(found)


def _language(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    if isinstance(value, str) and re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*", value.strip()):
        return value.strip()[:2].lower() if len(value.strip()) >= 2 else None
    return None


# JSON-LD ClaimReview -------------------------------------------------------------------------


def _json_ld_review(node: dict[str, Any], context: dict[str, Any]) -> list[ReadReview | None]:
    merged = {**context, **node}
    item = _first(node.get("itemReviewed"))
    item = item if isinstance(item, dict) else {}
    claim = (
        text_of(node.get("claimReviewed"))
        or text_of(item.get("text"))
        or text_of(item.get("name"))
        or text_of(node.get("name"))
        or text_of(node.get("headline"))
    )
    if not claim:
        return [None]
    rating = _json_ld_rating(node.get("reviewRating"))
    reviewer = _reviewer(merged)
    appearances = []
    for key in ("appearance", "firstAppearance"):
        values = item.get(key)
        for value in values if isinstance(values, list) else [values]:
            url = url_of(value)
            if url and url not in appearances:
                appearances.append(url)
    return [
        ReadReview(
            claim=claim,
            rating=rating,
            reviewer=reviewer[0] if reviewer else None,
            url=url_of(merged.get("url")) or url_of(node.get("@id")),
            published=date_of(merged.get("datePublished")) or date_of(node.get("dateCreated")),
            language=_language(merged.get("inLanguage")),
            title=text_of(node.get("headline")) or text_of(node.get("name")),
            body=text_of(node.get("reviewBody")) or text_of(node.get("description")),
            claimants=_claimants(item),
            claim_date=date_of(item.get("datePublished")),
            appearances=tuple(appearances),
            raw=node,
        )
    ]


def _reviewer(review: dict[str, Any]) -> tuple[Agent, ...]:
    """The outlet: an organisation among the authors, else the publisher, else an author."""
    authors = agents_of(review.get("author"))
    outlets = [a for a in authors if a.type != "Person"]
    if outlets:
        return (outlets[0],)
    return agents_of(review.get("publisher")) or authors


def _claimants(item: dict[str, Any]) -> tuple[Agent, ...]:
    found = agents_of(item.get("author"), "Person")
    if found:
        return found
    for key in ("appearance", "firstAppearance"):
        values = item.get(key)
        for value in values if isinstance(values, list) else [values]:
            if isinstance(value, dict):
                found = agents_of(value.get("author"), "Person") or agents_of(
                    value.get("creator"), "Person"
                )
                if found:
                    return found
    return ()


def _json_ld_rating(value: Any) -> PublishedRating:
    rating = _first(value)
    if isinstance(rating, str):
        return PublishedRating(label=" ".join(rating.split()))
    if not isinstance(rating, dict):
        return PublishedRating()
    label = (
        text_of(rating.get("alternateName"))
        or text_of(rating.get("name"))
        or text_of(rating.get("textualRating"))
    )
    number = _number(rating.get("ratingValue"))
    if not label and number is None:
        label = text_of(rating.get("ratingValue"))
    return PublishedRating(
        label=label,
        value=number,
        best=_number(rating.get("bestRating")),
        worst=_number(rating.get("worstRating")),
        explanation=text_of(rating.get("ratingExplanation")),
        image=url_of(rating.get("image")),
    )


# Google Fact Check Tools ---------------------------------------------------------------------


def _api_reviews(node: dict[str, Any]) -> list[ReadReview | None]:
    claim = text_of(node.get("text"))
    claimants = agents_of(node.get("claimant"), "Person")
    entries = node.get("claimReview")
    found: list[ReadReview | None] = []
    for entry in entries if isinstance(entries, list) else [entries]:
        if not isinstance(entry, dict):
            continue
        if not claim:
            found.append(None)
            continue
        publisher = _first(entry.get("publisher"))
        reviewer: Agent | None = None
        if isinstance(publisher, dict):
            name = text_of(publisher.get("name")) or text_of(publisher.get("site"))
            site = text_of(publisher.get("site"))
            address = url_of(publisher) or (f"https://{site}" if site and " " not in site else None)
            reviewer = Agent(name, "Organization", address) if name else None
        elif isinstance(publisher, str) and publisher.strip():
            reviewer = Agent(publisher.strip())
        found.append(
            ReadReview(
                claim=claim,
                rating=PublishedRating(label=text_of(entry.get("textualRating"))),
                reviewer=reviewer,
                url=url_of(entry.get("url")),
                published=date_of(entry.get("reviewDate")),
                language=_language(entry.get("languageCode")),
                title=text_of(entry.get("title")),
                claimants=claimants,
                claim_date=date_of(node.get("claimDate")),
                raw={**{k: v for k, v in node.items() if k != "claimReview"}, "claimReview": entry},
            )
        )
    return found
