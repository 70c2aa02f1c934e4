"""Who says what: claim and denial suggestions, with their claimant and a confidence.

Italian (:mod:`claimdesk.core.nlp.attribution_it`) is rule-based; English
(:mod:`claimdesk.core.nlp.attribution_en`) has rules around cues learnt from PolNeAR, with a
small model for the confidence; other languages get no suggestions. Claimants go through the
registry (:mod:`claimdesk.core.nlp.claimant_registry`). Suggestions below the confidence
threshold (:mod:`claimdesk.core.nlp.threshold`, the user's setting) are left out: the reader
shows the few worth a look.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from claimdesk.core.model import ClaimKind, Span, Suggestion
from claimdesk.core.nlp.attribution_en import suggest_en
from claimdesk.core.nlp.attribution_it import suggest_it
from claimdesk.core.nlp.claimant_registry import alias_table, canonical, known_entity
from claimdesk.core.nlp.languages import PLAIN, tools_language
from claimdesk.core.nlp.threshold import THRESHOLD

__all__ = ["THRESHOLD", "suggest_claims"]


def suggest_claims(
    text: str,
    language: str,
    sentences: Sequence[Span],
    known_claimants: Mapping[str, str] | None = None,
    *,
    min_confidence: float | None = None,
) -> list[Suggestion]:
    """Claim and denial suggestions, in text order, one per attribution or denial cue.

    Only suggestions of at least ``min_confidence`` are returned (by default
    :data:`THRESHOLD`).

    ``known_claimants`` maps aliases to canonical names ("la Russia" -> "Russia"); a speaker
    matching an alias (ignoring case and a leading article) is given its canonical name,
    other speakers are written as a fact-checker writes them.
    """
    lang = tools_language(language)
    if lang == PLAIN:
        # The cues are Italian and English words: other languages get no suggestions.
        return []
    aliases = alias_table(known_claimants or {})
    floor = THRESHOLD if min_confidence is None else min_confidence
    if lang == "en":
        found = _english(text, sentences, aliases)
    else:
        found = suggest_it(text, sentences, aliases)
    return [s for s in _deduplicated(found) if s.confidence >= floor]


def _english(text: str, sentences: Sequence[Span], aliases: dict[str, str]) -> list[Suggestion]:
    met: list[str] = []

    def named(name: str) -> str:
        return canonical(known_entity(name, met), aliases)

    return suggest_en(text, sentences, named)


def _deduplicated(suggestions: list[Suggestion]) -> list[Suggestion]:
    best: dict[tuple[int, int, ClaimKind], Suggestion] = {}
    for s in suggestions:
        key = (s.start, s.end, s.kind)
        if key not in best or s.confidence > best[key].confidence:
            best[key] = s
    return sorted(best.values(), key=lambda s: (s.start, s.end))
