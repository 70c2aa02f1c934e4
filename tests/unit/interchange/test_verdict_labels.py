"""Published rating labels in many languages mapped onto our scale, word-bounded, and the
labels we cannot map left without a verdict (the caller keeps them as written)."""

from __future__ import annotations

import pytest

from claimdesk.core.interchange.verdict_labels import (
    known_labels,
    verdict_from_label,
    verdict_from_rating,
    verdict_from_scale,
)
from claimdesk.core.model import Verdict

T, MT, HT, MI, MF, F, U = (
    Verdict.TRUE,
    Verdict.MOSTLY_TRUE,
    Verdict.HALF_TRUE,
    Verdict.MISLEADING,
    Verdict.MOSTLY_FALSE,
    Verdict.FALSE,
    Verdict.UNVERIFIABLE,
)

LABELS: dict[str, list[tuple[str, Verdict]]] = {
    "it": [
        ("Vero", T),
        ("C'eri quasi", MT),
        ("Nì", HT),
        ("Pinocchio andante", MF),
        ("Panzana pazzesca", F),
        ("Falso", F),
        ("Fuorviante", MI),
        ("Fuori contesto", MI),
        ("Notizia vecchia", MI),
        ("Immagine modificata", F),
        ("Notizia imprecisa", MF),
        ("Senza prove", U),
        ("Video manipolato", F),
        ("Parzialmente falso", MF),
        ("Contesto mancante", MI),
        ("Non è vero", F),
        ("Bufala", F),
    ],
    "en": [
        ("True", T),
        ("Mostly True", MT),
        ("Half True", HT),
        ("Partially true", HT),
        ("Partly true", HT),
        ("Mixture", HT),
        ("Misleading", MI),
        ("Missing context", MI),
        ("Mostly False", MF),
        ("Partly false", MF),
        ("False", F),
        ("Pants on Fire!", F),
        ("Not true", F),
        ("Incorrect", F),
        ("Unproven", U),
        ("No evidence", U),
        ("Altered photo", F),
        ("Three Pinocchios", MF),
        ("Rated false.", F),
    ],
    "es": [
        ("Verdadero", T),
        ("Verdadero, pero...", MT),
        ("Verdad a medias", HT),
        ("Engañoso", MI),
        ("Sacado de contexto", MI),
        ("Falso", F),
        ("Bulo", F),
        ("Sin pruebas", U),
        ("Inchequeable", U),
        ("Exagerado", MI),
        ("Insostenible", F),
        ("Parcialmente falso", MF),
    ],
    "fr": [
        ("Vrai", T),
        ("Plutôt vrai", MT),
        ("À moitié vrai", HT),
        ("Trompeur", MI),
        ("Hors contexte", MI),
        ("Plutôt faux", MF),
        ("Faux", F),
        ("Infox", F),
        ("Invérifiable", U),
        ("Manque de contexte", MI),
        ("C'est faux", F),
    ],
    "de": [
        ("Richtig", T),
        ("Größtenteils richtig", MT),
        ("Teilweise richtig", HT),
        ("Irreführend", MI),
        ("Fehlender Kontext", MI),
        ("Größtenteils falsch", MF),
        ("Falsch", F),
        ("Frei erfunden", F),
        ("Unbelegt", U),
        ("Stimmt nicht", F),
        ("Manipuliert", F),
    ],
    "pt": [
        ("Verdadeiro", T),
        ("Verdadeiro, mas", MT),
        ("Meia verdade", HT),
        ("Enganoso", MI),
        ("Distorcido", MI),
        ("Fora de contexto", MI),
        ("Falso", F),
        ("Pimenta na língua", F),
        ("Insustentável", U),
        ("Sem provas", U),
        ("Montagem", F),
        ("Impreciso", MF),
    ],
    "zh": [("錯誤", F), ("错误", F), ("部分錯誤", MF), ("正確", T), ("誤導", MI), ("證據不足", U)],
    "other": [
        ("Onwaar", F),
        ("Misleidend", MI),
        ("Fałsz", F),
        ("Manipulacja", MI),
        ("Yanlış", F),
        ("Doğru", T),
        ("Hoaks", F),
        ("Menyesatkan", MI),
        ("Фейк", F),
        ("대체로 거짓", MF),
    ],
}
NO_VERDICT = ["Satira", "Satire", "Truffa", "Scam", "Explainer", "事實釐清", "Ni idea", "", "!!"]


@pytest.mark.parametrize(
    ("label", "verdict"), [pair for pairs in LABELS.values() for pair in pairs]
)
def test_real_labels_map_onto_our_scale(label: str, verdict: Verdict) -> None:
    assert verdict_from_label(label) == verdict


@pytest.mark.parametrize("label", NO_VERDICT)
def test_labels_that_say_no_verdict_are_not_guessed(label: str) -> None:
    assert verdict_from_label(label) is None


def test_matching_is_word_bounded_and_the_first_longest_phrase_wins() -> None:
    assert verdict_from_label("partially true") == HT  # never true
    assert verdict_from_label("untrue") == F  # "true" is not inside a word
    assert verdict_from_label("Incorrect") == F and verdict_from_label("Correct") == T
    assert verdict_from_label("Nicht richtig") == F
    assert verdict_from_label("Falso. Las imágenes son de 2019") == F
    assert verdict_from_label("Ni vrai ni faux") == HT  # "ni" counts only as the whole label
    assert verdict_from_label("Ni") == HT


def test_a_number_counts_only_on_a_scale_whose_ends_are_given() -> None:
    assert verdict_from_scale(1, 5, 1) == F and verdict_from_scale("5", "5", "1") == T
    assert verdict_from_scale(3, 5, 1) == HT
    assert verdict_from_scale(3, None, None) is None  # which scale? not guessed
    assert verdict_from_scale(9, 5, 1) is None and verdict_from_scale(1, 1, 1) is None
    assert verdict_from_rating({"alternateName": "Satira", "ratingValue": 1}) is None
    rating = {"alternateName": "Satira", "ratingValue": 1, "bestRating": 5, "worstRating": 1}
    assert verdict_from_rating(rating) == F
    assert verdict_from_rating({"alternateName": "Vero", "ratingValue": 1}) == T


def test_every_label_of_the_table_maps_back_to_its_own_verdict() -> None:
    table = known_labels()
    assert len(table) > 350
    wrong = {label: v for label, v in table.items() if verdict_from_label(label) != v}
    assert wrong == {}
