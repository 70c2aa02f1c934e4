"""Our verdicts as a fact-checker writes them in a report's language (ClaimReview
``alternateName``); each name reads back to the same verdict."""

from __future__ import annotations

from claimdesk.core.model import Verdict

DEFAULT_LANGUAGE = "en"

_ORDER = (
    Verdict.TRUE,
    Verdict.MOSTLY_TRUE,
    Verdict.HALF_TRUE,
    Verdict.MISLEADING,
    Verdict.MOSTLY_FALSE,
    Verdict.FALSE,
    Verdict.UNVERIFIABLE,
)
_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "True", "Mostly true", "Half true", "Misleading", "Mostly false", "False",
        "Unverifiable",
    ),
    "it": (
        "Vero", "Quasi vero", "Mezza verità", "Fuorviante", "Quasi falso", "Falso",
        "Non verificabile",
    ),
    "es": (
        "Verdadero", "Mayormente verdadero", "Verdad a medias", "Engañoso",
        "Mayormente falso", "Falso", "No verificable",
    ),
    "fr": (
        "Vrai", "Plutôt vrai", "À moitié vrai", "Trompeur", "Plutôt faux", "Faux",
        "Invérifiable",
    ),
    "de": (
        "Richtig", "Größtenteils richtig", "Teilweise richtig", "Irreführend",
        "Größtenteils falsch", "Falsch", "Nicht überprüfbar",
    ),
    "pt": (
        "Verdadeiro", "Maioritariamente verdadeiro", "Meia verdade", "Enganoso",
        "Maioritariamente falso", "Falso", "Não verificável",
    ),
}  # fmt: skip
LANGUAGES = tuple(_NAMES)


def verdict_name(verdict: Verdict, language: str | None) -> str:
    """``verdict`` as written in ``language`` (ISO 639-1; English when we have no names)."""
    names = _NAMES.get((language or "")[:2].lower(), _NAMES[DEFAULT_LANGUAGE])
    return names[_ORDER.index(verdict)]
