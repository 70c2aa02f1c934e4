"""Who says what: the seed article's expected suggestions and small cases in both languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimdesk.core.model import ClaimKind, Suggestion
from claimdesk.core.nlp.analyze import analyze
from claimdesk.core.nlp.attribution import THRESHOLD, suggest_claims
from claimdesk.core.nlp.sentences import split_sentences
from tests.conftest import SEED_DENIAL

REGISTRY = {"la Russia": "Russia", "Mosca": "Russia", "Stoltenberg": "Jens Stoltenberg"}


def suggestions(
    text: str, language: str = "it", known: dict[str, str] | None = None
) -> list[Suggestion]:
    return suggest_claims(text, language, split_sentences(text, language), known)


def covering(text: str, found: list[Suggestion], quote: str) -> Suggestion:
    """The suggestion whose span overlaps ``quote`` the most."""
    at = text.index(quote)
    best = max(found, key=lambda s: min(s.end, at + len(quote)) - max(s.start, at))
    assert min(best.end, at + len(quote)) > max(best.start, at), quote
    return best


@pytest.fixture
def seed(seed_path: Path) -> tuple[str, list[Suggestion]]:
    text = seed_path.read_text(encoding="utf-8")
    return text, suggestions(text, "it", REGISTRY)


# What a reader marks in the seed: (quote inside the span, kind, claimant, cue).
EXPECTED = [
    ("l'invasione fa parte di un modello", ClaimKind.CLAIM, "Jens Stoltenberg", "ha detto"),
    ("Non sappiamo quando finirà la guerra", ClaimKind.CLAIM, "Jens Stoltenberg", "ha detto"),
    ("Dobbiamo impedire alla Russia", ClaimKind.CLAIM, "Jens Stoltenberg", "ha detto"),
    ("questo significa garantire", ClaimKind.CLAIM, "Jens Stoltenberg", "Ha detto"),
    ("stava contrastando le minacce", ClaimKind.CLAIM, "Russia", "affermando"),
    ("le affermazioni dell'Occidente", ClaimKind.DENIAL, "Russia", "Ha regolarmente contestato"),
    ("di essere intervenuta in Georgia", ClaimKind.CLAIM, "Russia", "dicendo"),
    (SEED_DENIAL, ClaimKind.DENIAL, "Russia", "Ha negato"),
    ("la sua annessione della Crimea", ClaimKind.CLAIM, "Russia", "ha affermato"),
    ("ha violato la Costituzione ucraina", ClaimKind.CLAIM, "Kyiv", "secondo"),
    ("Questa è la più grande crisi", ClaimKind.CLAIM, "Jens Stoltenberg", "ha detto"),
    ("Non ho altro da dire", ClaimKind.CLAIM, "Jens Stoltenberg", "ha risposto"),
]


@pytest.mark.parametrize(("quote", "kind", "claimant", "cue"), EXPECTED)
def test_seed_article_suggestions(
    seed: tuple[str, list[Suggestion]], quote: str, kind: ClaimKind, claimant: str, cue: str
) -> None:
    text, found = seed
    s = covering(text, found, quote)
    assert (s.kind, s.claimant, s.cue) == (kind, claimant, cue)
    assert 0.0 < s.confidence <= 1.0


def test_seed_denial_span_and_dropped_subject(seed: tuple[str, list[Suggestion]]) -> None:
    text, found = seed
    denial = covering(text, found, SEED_DENIAL)
    assert text[denial.start : denial.end] == (
        "Ha negato di aver sostenuto i separatisti nella regione ucraina del Donbas nel 2014"
    )
    claim = covering(text, found, "l'invasione fa parte")
    assert text[claim.start : claim.end].startswith("l'invasione fa parte di un modello")
    assert text[claim.end - 4 : claim.end] == "2014"
    quoted = covering(text, found, "Questa è la più grande crisi")
    assert text[quoted.start : quoted.end].endswith("dalla Seconda Guerra Mondiale")


def test_seed_without_registry_keeps_names_as_written(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    found = suggestions(text)
    assert covering(text, found, SEED_DENIAL).claimant == "Russia"  # "La Russia", article off
    assert covering(text, found, "l'invasione fa parte").claimant == "Stoltenberg"
    assert not [s for s in found if "separatisti" in text[s.start : s.end] and s.cue == "ha detto"]


def test_seed_counts_and_no_false_cue(seed: tuple[str, list[Suggestion]]) -> None:
    _, found = seed
    assert len(found) == 21
    assert sum(s.kind is ClaimKind.DENIAL for s in found) == 2
    # "aver sostenuto i separatisti" is support, "ha definito" names, "respingere" is military.
    assert {s.cue.lower() for s in found} <= {
        "ha detto",
        "affermando",
        "ha regolarmente contestato",
        "dicendo",
        "ha negato",
        "ha affermato",
        "secondo",
        "ha aggiunto",
        "ha dichiarato",
        "ha risposto",
    }


@pytest.mark.parametrize(
    ("text", "kind", "claimant", "content"),
    [
        (
            "Il ministro Rossi ha smentito le voci.",
            ClaimKind.DENIAL,
            "Rossi",
            "ha smentito le voci",
        ),
        (
            "Secondo l'Istat, la disoccupazione è scesa.",
            ClaimKind.CLAIM,
            "Istat",
            "la disoccupazione è scesa",
        ),
        ("«Non è vero», ha detto il sindaco.", ClaimKind.CLAIM, "il sindaco", "Non è vero"),
        (
            "Il ritardo, sostiene l'associazione, pesa sui prezzi.",
            ClaimKind.CLAIM,
            "l'associazione",
            "Il ritardo, sostiene l'associazione, pesa sui prezzi",
        ),
    ],
)
def test_italian_cases(text: str, kind: ClaimKind, claimant: str, content: str) -> None:
    (s,) = suggestions(text)
    assert (s.kind, s.claimant, text[s.start : s.end]) == (kind, claimant, content)


@pytest.mark.parametrize(
    ("text", "kind", "claimant", "content"),
    [
        ('"We will not waver," Biden said.', ClaimKind.CLAIM, "Biden", "We will not waver"),
        (
            "The Kremlin denied that its troops crossed the border.",
            ClaimKind.DENIAL,
            "Kremlin",
            "denied that its troops crossed the border",
        ),
        (
            "According to the council, prices doubled.",
            ClaimKind.CLAIM,
            "the council",
            "prices doubled",
        ),
        (
            "The ministry rejected as baseless a report of a deal.",
            ClaimKind.DENIAL,
            "the ministry",
            "rejected as baseless a report of a deal",
        ),
        (
            "Ann Lee, the group's economist, told reporters that costs rose.",
            ClaimKind.CLAIM,
            "Ann Lee",
            "costs rose",
        ),
    ],
)
def test_english_cases(text: str, kind: ClaimKind, claimant: str, content: str) -> None:
    (s,) = suggestions(text, "en")
    assert (s.kind, s.claimant, text[s.start : s.end]) == (kind, claimant, content)


def test_registry_alias_is_used() -> None:
    (s,) = suggestions("Mosca ha negato ogni coinvolgimento.", "it", REGISTRY)
    assert s.claimant == "Russia"


def test_analyze_fills_everything(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    result = analyze(text, "it", dt.date(2023, 2, 22), REGISTRY)
    assert len(result.sentences) >= 20
    assert [d.value for d in result.dates][:2] == ["2008", "2014"]
    assert any(s.kind is ClaimKind.DENIAL and s.claimant == "Russia" for s in result.suggestions)
    plain = analyze(text, "it", None)
    assert [d.value for d in plain.dates] == ["2008", "2014", "2014", "2014"]


ITALIAN_REGISTRY = {"il Cremlino": "Russia", "Mosca": "Russia", "Cremlino": "Russia"}


@pytest.mark.parametrize(
    ("text", "kind", "claimant", "content"),
    [
        (
            "«Non ci sono le condizioni», ha detto il portavoce del Cremlino Dmitry Peskov ai "
            "giornalisti.",
            ClaimKind.CLAIM,
            "Dmitry Peskov",
            "Non ci sono le condizioni",
        ),
        (
            "Il ministro dell'Ambiente Gilberto Pichetto Fratin ha assicurato che le bollette "
            "non aumenteranno.",
            ClaimKind.CLAIM,
            "Gilberto Pichetto Fratin",
            "le bollette non aumenteranno",
        ),
        (
            "La presidente della Commissione europea Ursula von der Leyen ha annunciato che "
            "le sanzioni arriveranno.",
            ClaimKind.CLAIM,
            "Ursula von der Leyen",
            "le sanzioni arriveranno",
        ),
        (
            "Secondo fonti del Cremlino, il presidente non parteciperà al vertice.",
            ClaimKind.CLAIM,
            "fonti del Cremlino",
            "il presidente non parteciperà al vertice",
        ),
        (
            "Il Cremlino ha negato qualsiasi coinvolgimento nel sabotaggio.",
            ClaimKind.DENIAL,
            "Russia",
            "ha negato qualsiasi coinvolgimento nel sabotaggio",
        ),
        (
            "La portavoce Maria Zakharova ha smentito le notizie di un ritiro.",
            ClaimKind.DENIAL,
            "Maria Zakharova",
            "ha smentito le notizie di un ritiro",
        ),
    ],
)
def test_italian_claimants_as_written_by_a_fact_checker(
    text: str, kind: ClaimKind, claimant: str, content: str
) -> None:
    (s,) = suggestions(text, "it", ITALIAN_REGISTRY)
    assert (s.kind, s.claimant, text[s.start : s.end]) == (kind, claimant, content)


def test_refusal_is_not_a_denial() -> None:
    # "negare l'accesso" refuses a thing; it denies nothing anybody said.
    assert suggestions("La polizia ha negato l'accesso alla zona rossa ai manifestanti.") == []
    low = suggest_claims(
        "La polizia ha negato l'accesso ai manifestanti.",
        "it",
        split_sentences("La polizia ha negato l'accesso ai manifestanti.", "it"),
        min_confidence=0.0,
    )
    assert [s.confidence < THRESHOLD for s in low] == [True]


@pytest.mark.parametrize(
    ("text", "claimant", "content"),
    [
        ('"Who do they think they are?" Trump said.', "Trump", "Who do they think they are"),
        (
            "House Speaker Paul D. Ryan (R-Wis.) said the shootings demand more listening.",
            "Paul D. Ryan",
            "the shootings demand more listening",
        ),
        (
            '"The deal is dead," said Alan Cole, an economist at the Tax Foundation.',
            "Alan Cole",
            "The deal is dead",
        ),
        ("Prices rose sharply, officials said on Tuesday.", "officials", "Prices rose sharply"),
        (
            "In a Thursday interview, Clinton said the plan would pass.",
            "Clinton",
            "the plan would pass",
        ),
    ],
)
def test_english_sources_and_contents(text: str, claimant: str, content: str) -> None:
    (s,) = suggestions(text, "en")
    assert (s.claimant, text[s.start : s.end]) == (claimant, content)


def test_english_pronoun_is_the_person_named_before() -> None:
    text = (
        "Hillary Clinton met voters in Ohio with Bill de Blasio. "
        '"We will win this state," she said.'
    )
    (s,) = suggestions(text, "en")
    assert s.claimant == "Hillary Clinton"
    assert text[s.start : s.end] == "We will win this state"


def test_confidence_ranks_speech_above_beliefs() -> None:
    text = "Clinton said the deal was dead. Clinton wants to win Ohio."
    found = suggest_claims(text, "en", split_sentences(text, "en"), min_confidence=0.0)
    said = next(s for s in found if s.cue == "said")
    wants = next(s for s in found if s.cue == "wants")
    assert said.confidence > wants.confidence
