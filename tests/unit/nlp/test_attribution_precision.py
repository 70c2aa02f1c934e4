"""Fewer, better suggestions: nested cues, passives, a participle's speaker, roles and names
after an inverted cue, companies named before, negated cues; and the threshold."""

from __future__ import annotations

import pytest

from claimdesk.core.model import ClaimKind, Suggestion
from claimdesk.core.nlp.analyze import analyze
from claimdesk.core.nlp.attribution import suggest_claims
from claimdesk.core.nlp.sentences import split_sentences
from claimdesk.core.nlp.threshold import THRESHOLD


def found(text: str, language: str, floor: float | None = None) -> list[Suggestion]:
    return suggest_claims(text, language, split_sentences(text, language), min_confidence=floor)


def spans(text: str, suggestions: list[Suggestion]) -> list[tuple[str, str | None, str]]:
    return [(s.cue, s.claimant, text[s.start : s.end]) for s in suggestions]


def test_a_cue_inside_a_surer_suggestion_is_not_suggested() -> None:
    text = (
        "Two diplomats said allies would discuss how to protect the cables. "
        '"Every contract signed this year has been published," the ministry said.'
    )
    every = found(text, "en", 0.0)
    assert [s.cue for s in every] == ["said", "said"]
    assert spans(text, every)[1] == (
        "said",
        "the ministry",
        "Every contract signed this year has been published",
    )


def test_the_subject_of_a_passive_is_not_its_source() -> None:
    text = "Energy security is also expected to feature at the summit in July."
    (s,) = found(text, "en", 0.0)
    assert (s.claimant, text[s.start : s.end]) == (None, "to feature at the summit in July")


def test_a_participle_after_the_cue_has_the_main_clause_speaker() -> None:
    text = (
        '"Every contract was published," the ministry said in a statement, adding that the '
        "lawmakers had confused two companies."
    )
    adding = next(s for s in found(text, "en") if s.cue == "adding")
    assert adding.claimant == "the ministry"
    assert text[adding.start : adding.end] == "the lawmakers had confused two companies"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("«Siamo pronti», ha detto l'assessore al Bilancio Marta Ceruti.", "Marta Ceruti"),
        ("«Chiediamo calma», ha dichiarato l'assessore alla Sicurezza Enrico Valtorta.",
         "Enrico Valtorta"),
        ("«Nessun rischio», ha spiegato il medico della squadra, Stefano Riva.", "Stefano Riva"),
        ("«Mai ricevuto nulla», ha replicato il presidente della Regione, Antonio De Luchi, "
         "alle critiche.", "Antonio De Luchi"),
    ],
)  # fmt: skip
def test_the_name_after_a_role_is_the_claimant(text: str, claimant: str) -> None:
    (s,) = found(text, "it")
    assert s.claimant == claimant


def test_a_company_is_named_as_it_was_introduced() -> None:
    text = (
        "La società Lattiera Sarda ha smentito le voci di una cessione. In un comunicato "
        "l'azienda ha precisato che «non è in corso alcuna trattativa»."
    )
    assert [(s.kind, s.claimant) for s in found(text, "it")] == [
        (ClaimKind.DENIAL, "Lattiera Sarda"),
        (ClaimKind.CLAIM, "Lattiera Sarda"),
    ]
    # Without a company named before, "l'azienda" stays as written.
    alone = "L'azienda ha negato che ci siano stati licenziamenti."
    assert [s.claimant for s in found(alone, "it")] == ["azienda"]


def test_italian_negations_participles_and_joined_verbs() -> None:
    assert found("L'esercito ucraino non ha commentato.", "it", 0.0) == []
    text = "La direzione, interpellata, ha smentito: «Nessun trasferimento è previsto»."
    assert spans(text, found(text, "it")) == [
        ("ha smentito", "la direzione", "Nessun trasferimento è previsto")
    ]
    text = "Mosca nega ogni responsabilità e attribuisce l'esplosione a un sabotaggio."
    assert [(s.kind, s.claimant, text[s.start : s.end]) for s in found(text, "it")] == [
        (ClaimKind.DENIAL, "Mosca", "nega ogni responsabilità"),
        (ClaimKind.CLAIM, "Mosca", "l'esplosione a un sabotaggio"),
    ]


def test_claimants_are_never_adverbs_fragments_or_quantities() -> None:
    from claimdesk.core.nlp.claimants import claimant_of

    assert claimant_of("Anderson largely") == "Anderson"
    assert [claimant_of(p) for p in ("Having", "promptly", "baseless a claim", "few weeks")] == [
        None,
        None,
        None,
        None,
    ]
    assert claimant_of("la società di trading Granaria Levante") == "Granaria Levante"
    assert claimant_of("l'istituto Demopolis") == "Demopolis"


def test_the_threshold_decides_what_is_suggested() -> None:
    text = (
        "Clinton said the deal was dead. Clinton wants to win Ohio. Energy security is "
        "expected to feature at the summit."
    )
    every = found(text, "en", 0.0)
    default = found(text, "en")
    assert all(s.confidence >= THRESHOLD for s in default)
    assert {(s.start, s.end) for s in default} == {
        (s.start, s.end) for s in every if s.confidence >= THRESHOLD
    }
    assert [s.cue for s in found(text, "en", 0.95)] == []
    assert analyze(text, "en", None, min_confidence=0.0).suggestions == every


@pytest.mark.parametrize(
    ("text", "cue", "claimant", "content"),
    [
        ("Stando ai dati dell'Istat, la produzione è cresciuta dello 0,4 per cento.",
         "Stando ai", "Istat", "la produzione è cresciuta dello 0,4 per cento"),
        ("A quanto si apprende da fonti vicine alla trattativa, l'accordo è vicino.",
         "A quanto si apprende da", "fonti vicine alla trattativa", "l'accordo è vicino"),
        ("Il fondatore, Giacomo Ferri, si è detto «tranquillo».", "si è detto", "Giacomo Ferri",
         "tranquillo"),
        ("Gli organizzatori parlano di una partecipazione «mai vista».", "parlano di",
         "gli organizzatori", "una partecipazione «mai vista»"),
        ("«Nessun aumento», ha assicurato l'assessore ai Trasporti del Comune di Napoli, "
         "Vittorio Esposito.", "ha assicurato", "Vittorio Esposito", "Nessun aumento"),
        ("Secondo quanto riportato dal quotidiano Il Tirreno, la società ha un acquirente.",
         "Secondo", "Il Tirreno", "la società ha un acquirente"),
    ],
)  # fmt: skip
def test_more_italian_cues(text: str, cue: str, claimant: str, content: str) -> None:
    (s,) = found(text, "it")
    assert (s.cue, s.claimant, text[s.start : s.end]) == (cue, claimant, content)


def test_a_topic_is_not_a_statement_and_a_quote_is_not_said_twice() -> None:
    assert found("Il film parla di una famiglia di pescatori siciliani.", "it", 0.0) == []
    text = "Il fondatore, Giacomo Ferri, si è detto «tranquillo» e ha assicurato di non temere."
    assert spans(text, found(text, "it")) == [
        ("si è detto", "Giacomo Ferri", "tranquillo"),
        ("ha assicurato", "Giacomo Ferri", "di non temere"),
    ]
    text = (
        "L'ambasciatore del Cile a Roma ha accusato la Rai di aver mentito. La tv pubblica ha "
        "difeso il servizio, sostenendo che le fonti erano state verificate."
    )
    assert [s.claimant for s in found(text, "it")] == [
        "ambasciatore del Cile a Roma",
        "la tv pubblica",
    ]
