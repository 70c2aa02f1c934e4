"""Report sample data built directly from model types (no database): an excerpt of the seed
Reuters article (Italian, with sentence spans), a second article without sentence spans, and
claims that exercise every field, accents, and Markdown and CSV special characters.

Kept apart from conftest.py under a unique name so tests can import its constants."""

from __future__ import annotations

import datetime as dt

from claimdesk.core.model import (
    Anchor,
    ArticleView,
    ClaimKind,
    ClaimView,
    DateMention,
    Evidence,
    Link,
    Span,
    Status,
    Verdict,
)

SENTENCES = (
    "In un'intervista con Reuters alla vigilia del primo anniversario dell'attacco di Mosca, "
    "Stoltenberg ha detto che l'invasione fa parte di un modello che include l'azione militare "
    "russa in Georgia nel 2008 e Donbas e Crimea in Ucraina nel 2014.",
    '"Non sappiamo quando finirà la guerra.',
    "Ma quello che sappiamo è che quando la guerra finirà, dobbiamo assicurarci che la storia "
    'non si ripeta", ha detto Stoltenberg.',
    "Ha negato di aver sostenuto i separatisti nella regione ucraina del Donbas nel 2014 e ha "
    "affermato che la sua annessione della Crimea è stata sostenuta da un referendum, che "
    "secondo Kyiv e l'Occidente ha violato la Costituzione ucraina e il diritto internazionale.",
)
TEXT = f"{SENTENCES[0]}\n\n{SENTENCES[1]} {SENTENCES[2]}\n\n{SENTENCES[3]}"

PLAIN_TEXT = (
    "Stoltenberg ha detto che i membri della NATO stanno lavorando per sostenere l'Ucraina e "
    'per evitare che il conflitto si trasformi in una "vera e propria guerra tra Russia e '
    'NATO". Questo è il motivo per cui abbiamo aumentato in modo significativo la nostra '
    "presenza militare nella parte orientale dell'alleanza."
)

STOLTENBERG_QUOTE = (
    "l'invasione fa parte di un modello che include l'azione militare russa in Georgia nel "
    "2008 e Donbas e Crimea in Ucraina nel 2014"
)
DENIAL_QUOTE = "Ha negato di aver sostenuto i separatisti nella regione ucraina del Donbas nel 2014"
# Spans two paragraphs: a newline pair, double quotes and a comma, all of which CSV must quote.
TRICKY_QUOTE = (
    'Ucraina nel 2014.\n\n"Non sappiamo quando finirà la guerra. Ma quello che sappiamo è '
    "che quando la guerra finirà, dobbiamo"
)
PLAIN_QUOTE = "vera e propria guerra tra Russia e"

CREATED = dt.datetime(2023, 2, 23, 9, 30, tzinfo=dt.UTC)
UPDATED = dt.datetime(2023, 2, 24, 17, 5, 12, tzinfo=dt.UTC)


def sentence_spans(text: str, parts: tuple[str, ...]) -> tuple[Span, ...]:
    """The spans of ``parts``, each found in ``text``."""
    spans = []
    for part in parts:
        start = text.index(part)
        spans.append(Span(start, start + len(part), part))
    return tuple(spans)


def anchor_of(text: str, quote: str) -> Anchor:
    """The anchor of the first occurrence of ``quote`` in ``text``."""
    start = text.index(quote)
    end = start + len(quote)
    return Anchor(start, end, quote, text[max(0, start - 32) : start], text[end : end + 32])


def make_claim(
    claim_id: str,
    article_id: str,
    anchor: Anchor,
    *,
    kind: ClaimKind = ClaimKind.CLAIM,
    claimant: str | None = None,
    cue: str | None = None,
    claim_text: str | None = None,
    verdict: Verdict | None = None,
    explanation: str = "",
    status: Status = Status.NEW,
    notes: str = "",
    tags: tuple[str, ...] = (),
    dates: tuple[DateMention, ...] = (),
    evidence: tuple[Evidence, ...] = (),
    links: tuple[Link, ...] = (),
    orphaned: bool = False,
) -> ClaimView:
    """A claim with defaults for every field a test does not care about."""
    return ClaimView(
        id=claim_id,
        article_id=article_id,
        kind=kind,
        anchor=anchor,
        claimant=claimant,
        cue=cue,
        claim_text=anchor.exact if claim_text is None else claim_text,
        verdict=verdict,
        explanation=explanation,
        status=status,
        notes=notes,
        tags=tags,
        dates=dates,
        evidence=evidence,
        links=links,
        orphaned=orphaned,
        created=CREATED,
        updated=UPDATED,
    )


def make_article(
    article_id: str, title: str, text: str, sentences: tuple[Span, ...], **meta: object
) -> ArticleView:
    """An article with the given text; metadata fields may be overridden."""
    fields: dict[str, object] = {
        "outlet": "Reuters",
        "url": "https://www.reuters.com/world/europe/stoltenberg-intervista",
        "language": "it",
        "published": dt.date(2023, 2, 22),
    }
    fields.update(meta)
    return ArticleView(
        id=article_id,
        title=title,
        text=text,
        authors=(),
        source_name="000_f3b2469b19a6516c.txt",
        source_format="text",
        imported=CREATED,
        notes="",
        tags=(),
        sentences=sentences,
        claims=(),
        **fields,  # type: ignore[arg-type]
    )
