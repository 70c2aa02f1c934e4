"""Claimants as a fact-checker writes them: names without titles or roles, organisations and
plural sources kept, never a date, a weekday, an adverb or a fragment."""

from __future__ import annotations

import pytest

from claimdesk.core.nlp.claimants import claimant_of, is_pronoun


@pytest.mark.parametrize(
    ("phrase", "claimant"),
    [
        # Italian roles before the name (the role is left out)
        ("il ministro dell'Ambiente Gilberto Pichetto Fratin", "Gilberto Pichetto Fratin"),
        ("la portavoce Maria Zakharova", "Maria Zakharova"),
        ("il portavoce del Cremlino Dmitry Peskov", "Dmitry Peskov"),
        ("La presidente della Commissione europea Ursula von der Leyen", "Ursula von der Leyen"),
        ("Il governatore della Banca d'Italia Ignazio Visco", "Ignazio Visco"),
        ("L'ambasciatore russo a Roma Sergej Razov", "Sergej Razov"),
        ("Il presidente della Federazione, Paolo Bressanin", "Paolo Bressanin"),
        ("ieri Carla Menegazzi", "Carla Menegazzi"),
        # English titles and appositions
        ("House Speaker Paul D. Ryan (R-Wis.)", "Paul D. Ryan"),
        ("Secretary of State John Kerry", "John Kerry"),
        ("A lawyer for the news outlets, David Schulz,", "David Schulz"),
        ("Alan Cole, an economist at the Tax Foundation", "Alan Cole"),
        ("Paul Sperry of Counter Jihad", "Paul Sperry"),
        ("Mr. Obama", "Obama"),
        # organisations and plural sources
        ("fonti del Cremlino", "fonti del Cremlino"),
        ("Medici senza frontiere", "Medici senza frontiere"),
        ("l'Organizzazione mondiale della sanità", "Organizzazione mondiale della sanità"),
        ("Banca d'Italia", "Banca d'Italia"),
        ("the Department of Justice", "Department of Justice"),
        ("The Clinton campaign", "Clinton campaign"),
        ("Some experts", "experts"),
        ("a senior official who spoke on condition of anonymity", "senior official"),
        ("i dati del Viminale", "Viminale"),
        ("l'Istat", "Istat"),
        ("il sindaco", "il sindaco"),
    ],
)
def test_claimant_of(phrase: str, claimant: str) -> None:
    assert claimant_of(phrase) == claimant


@pytest.mark.parametrize(
    "phrase", ["Tuesday", "Never", "Rep", "giovedì", "to the Islamic State", "is running a TV spot"]
)
def test_no_claimant_in_dates_adverbs_and_fragments(phrase: str) -> None:
    assert claimant_of(phrase) is None


def test_pronouns_with_contractions() -> None:
    assert is_pronoun("He") and is_pronoun("she’s") and is_pronoun("they're")
    assert not is_pronoun("Helena")
