"""Claims keep their place when an article's text is edited, or are reported lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.core.anchoring import CONTEXT, anchor_at, reanchor
from claimdesk.core.model import Anchor
from tests.conftest import SEED, SEED_DENIAL

TEXT = SEED.read_text(encoding="utf-8")
CLAIM = "l'invasione fa parte di un modello"


def anchor_of(text: str, quote: str) -> Anchor:
    start = text.index(quote)
    return anchor_at(text, start, start + len(quote))


def place(old: str, new: str, quote: str) -> Anchor | None:
    [found] = reanchor(old, new, [anchor_of(old, quote)])
    return found


def test_anchor_at_keeps_32_characters_of_context() -> None:
    anchor = anchor_of(TEXT, SEED_DENIAL)
    assert anchor.exact == SEED_DENIAL
    assert len(anchor.prefix) == CONTEXT and len(anchor.suffix) == CONTEXT
    assert TEXT[anchor.start - CONTEXT : anchor.end + CONTEXT] == (
        anchor.prefix + anchor.exact + anchor.suffix
    )
    assert anchor_at("abc", 0, 3).prefix == ""


def test_unchanged_text_keeps_every_anchor() -> None:
    anchors = [anchor_of(TEXT, SEED_DENIAL), anchor_of(TEXT, CLAIM)]
    assert reanchor(TEXT, TEXT, anchors) == anchors


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda t: "AGGIORNATO: nuova versione.\n\n" + t, id="inserted-at-start"),
        pytest.param(lambda t: t[120:], id="deleted-at-start"),
        pytest.param(lambda t: t + "\n\nUn paragrafo aggiunto in fondo.", id="appended"),
        pytest.param(lambda t: t[: len(t) - 40], id="deleted-at-end"),
        pytest.param(
            lambda t: t.replace("Stoltenberg", "Jens Stoltenberg", 1), id="inserted-before"
        ),
    ],
)
def test_edits_outside_the_claim_move_it_exactly(edit: object) -> None:
    assert callable(edit)
    new = edit(TEXT)
    found = place(TEXT, new, SEED_DENIAL)
    assert found is not None
    assert found.exact == SEED_DENIAL
    assert new[found.start : found.end] == SEED_DENIAL
    assert found.start == new.index(SEED_DENIAL)


def test_text_inserted_right_before_and_after_the_quote() -> None:
    start = TEXT.index(SEED_DENIAL)
    end = start + len(SEED_DENIAL)
    new = TEXT[:start] + "[nota] " + SEED_DENIAL + " [fine]" + TEXT[end:]
    found = place(TEXT, new, SEED_DENIAL)
    assert found is not None
    assert (found.start, found.exact) == (start + len("[nota] "), SEED_DENIAL)


def test_text_inserted_inside_the_claim_widens_it() -> None:
    new = TEXT.replace(SEED_DENIAL, SEED_DENIAL.replace("aver sostenuto", "aver mai sostenuto"))
    found = place(TEXT, new, SEED_DENIAL)
    assert found is not None
    assert found.exact == "Ha negato di aver mai sostenuto i separatisti"
    assert new[found.start : found.end] == found.exact


def test_text_deleted_inside_the_claim_narrows_it() -> None:
    new = TEXT.replace(SEED_DENIAL, SEED_DENIAL.replace(" di aver sostenuto", " di sostenuto"))
    found = place(TEXT, new, SEED_DENIAL)
    assert found is not None
    assert found.exact == "Ha negato di sostenuto i separatisti"


def test_a_typo_fixed_inside_the_claim() -> None:
    old = TEXT.replace(SEED_DENIAL, "Ha ngeato di aver sostenuto i separatsiti")
    found = place(old, TEXT, "Ha ngeato di aver sostenuto i separatsiti")
    assert found is not None
    assert found.exact == SEED_DENIAL


def test_claim_rewritten_entirely_is_orphaned() -> None:
    new = TEXT.replace(SEED_DENIAL, "Mosca ha sempre respinto ogni accusa di ingerenza armata")
    assert place(TEXT, new, SEED_DENIAL) is None


def test_claim_deleted_with_its_paragraph_is_orphaned() -> None:
    start = TEXT.index(SEED_DENIAL)
    paragraph_start = TEXT.rfind("\n", 0, start) + 1
    paragraph_end = TEXT.find("\n", start)
    new = TEXT[:paragraph_start] + TEXT[paragraph_end + 1 :]
    assert SEED_DENIAL not in new
    assert place(TEXT, new, SEED_DENIAL) is None


def test_moved_paragraph_is_found_by_its_exact_quote() -> None:
    paragraphs = TEXT.split("\n\n")
    holder = next(i for i, p in enumerate(paragraphs) if SEED_DENIAL in p)
    moved = paragraphs.pop(holder)
    new = "\n\n".join([moved, *paragraphs])
    found = place(TEXT, new, SEED_DENIAL)
    assert found is not None
    assert found.start == new.index(SEED_DENIAL)


def test_moved_and_edited_paragraph_is_found_fuzzily() -> None:
    paragraphs = TEXT.split("\n\n")
    holder = next(i for i, p in enumerate(paragraphs) if SEED_DENIAL in p)
    moved = paragraphs.pop(holder).replace("sostenuto", "sostenuto attivamente")
    new = "\n\n".join([*paragraphs, moved])
    found = place(TEXT, new, SEED_DENIAL)
    assert found is not None
    assert found.exact == "Ha negato di aver sostenuto attivamente i separatisti"


def test_repeated_quote_takes_the_occurrence_nearest_the_old_place() -> None:
    old = "Il ministro ha detto di no. " * 3 + "Fine."
    quote_start = old.index("ha detto", 30)
    anchor = anchor_at(old, quote_start, quote_start + len("ha detto"))
    new = old.replace("ministro ha detto", "ministro oggi ha detto")
    [found] = reanchor(old, new, [anchor])
    assert found is not None
    assert found.start == new.index("ha detto", new.index("ha detto") + 1)


def test_short_quote_gone_is_not_pinned_to_a_stranger() -> None:
    filler = " La seduta è poi proseguita fino a tarda sera senza altri interventi."
    old = "Il portavoce del governo ha detto si alla proposta di legge." + filler
    anchor = anchor_of(old, "ha detto si")
    new = filler + " Quando il cronista gli chiese del meteo, ha detto si e poi se ne andò."
    [found] = reanchor(old, new, [anchor])
    # The only "ha detto si" left sits in a different context: a short quote needs more.
    assert found is None


def test_every_anchor_gets_an_answer_in_order(tmp_path: Path) -> None:
    anchors = [anchor_of(TEXT, SEED_DENIAL), anchor_of(TEXT, CLAIM)]
    new = TEXT.replace(SEED_DENIAL, "Una frase del tutto diversa, scritta da capo da qualcuno")
    placed = reanchor(TEXT, new, anchors)
    assert len(placed) == 2
    assert placed[0] is None
    assert placed[1] is not None and placed[1].exact == CLAIM


def test_blank_quote_is_never_placed() -> None:
    assert reanchor("a  b", "a  b", [Anchor(1, 3, "  ", "a", "b")]) == [None]
