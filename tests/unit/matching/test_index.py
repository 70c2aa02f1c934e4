"""The in-memory matching index: proposals, reasons, updates."""

from __future__ import annotations

import datetime as dt
import random
import time

import pytest

from claimdesk.core.matching.index import ClaimRecord, MatchingIndex
from tests.conftest import shared_path

NOISE = [
    "Il governo ha approvato la riforma delle pensioni dopo un lungo dibattito in aula",
    "The central bank raised interest rates by half a point to fight inflation",
    "Le esportazioni di vino sono cresciute del 4 per cento nel primo trimestre",
    "Officials said the bridge would reopen to traffic next spring",
    "La Russia ha schierato 50.000 soldati al confine con l'Ucraina nel 2019",
]


def build(*texts: str) -> MatchingIndex:
    index = MatchingIndex()
    for i, text in enumerate(texts):
        index.add(ClaimRecord(id=f"c{i}", article_id=f"a{i}", text=text))
    return index


def test_a_restatement_ranks_first_with_its_reason() -> None:
    index = build(
        *NOISE,
        "La Russia ha schierato 100.000 soldati al confine con l'Ucraina nel 2021",
        "Nel 2021 Mosca ha ammassato centomila soldati lungo il confine ucraino",
    )
    [best, *_] = index.similar("c6")
    assert best.id == "c5"
    assert "same numbers (100,000)" in best.reason
    assert "same year 2021" in best.reason
    assert "words shared" in best.reason


def test_different_figures_and_years_rank_below_the_same_ones() -> None:
    index = build(
        *NOISE,
        "La Russia ha schierato 100.000 soldati al confine con l'Ucraina nel 2021",
        "Nel 2021 la Russia ha mandato al confine ucraino 100 mila soldati",
    )
    ranked = index.similar("c5", limit=5)
    assert [m.id for m in ranked][:2] == ["c6", "c4"]
    assert "different numbers (100,000 vs 50,000)" in ranked[1].reason
    assert "different years (2021 vs 2019)" in ranked[1].reason


def test_across_languages_figures_years_and_names_still_propose() -> None:
    index = build(
        *NOISE,
        "La Russia ha schierato 100.000 soldati al confine con l'Ucraina nel 2021",
        "Russia deployed 100,000 soldiers on the border with Ukraine in 2021",
    )
    english = next(m for m in index.similar("c5", limit=5) if m.id == "c6")
    assert "same numbers (100,000)" in english.reason
    assert "same names (Russia, Ukraine)" in english.reason


def test_replace_and_remove_keep_the_index_exact() -> None:
    index = build("Prices rose 10% in 2020", "Prices rose 10 per cent in 2020")
    assert [m.id for m in index.similar("c0")] == ["c1"]
    index.add(ClaimRecord(id="c1", article_id="a1", text="The river flooded the valley"))
    assert index.similar("c0") == []
    assert index.remove("c1")
    assert not index.remove("c1")
    assert len(index) == 1 and "c1" not in index
    assert index.similar("missing") == []


def test_many_removals_compact_the_postings() -> None:
    index = MatchingIndex()
    for i in range(3000):
        index.add(ClaimRecord(id=f"c{i}", article_id="a", text=f"claim number {i} about wheat"))
    for i in range(2500):
        index.remove(f"c{i}")
    assert len(index) == 500
    assert all(m.id not in {"c1", "c2"} for m in index.similar("c2999", limit=50))
    assert index.features_of("c2999") is not None


def test_smoke_benchmark_on_200_claims() -> None:
    shared_path("data", "ud")
    from bench.matching import generate

    data = generate(200, 20)
    index = MatchingIndex()
    for i, (text, dates) in enumerate(zip(data.texts, data.dates, strict=True)):
        index.add(ClaimRecord(id=str(i), article_id=str(i), text=text, dates=tuple(dates)))
    hits = 0
    wanted = 0
    started = time.perf_counter()
    for members in data.groups:
        top = {m.id for m in index.similar(str(members[-1]), limit=5)}
        mates = {str(m) for m in members[:-1]}
        hits += len(top & mates)
        wanted += min(5, len(mates))
    elapsed = (time.perf_counter() - started) / len(data.groups)
    assert hits / wanted >= 0.9
    assert elapsed < 0.1


@pytest.mark.parametrize("seed", [1, 2])
def test_random_order_of_additions_gives_the_same_answer(seed: int) -> None:
    texts = [*NOISE, "Prices rose 10% in 2020", "In 2020 prices rose by 10 per cent"]
    records = [ClaimRecord(id=f"c{i}", article_id="a", text=t) for i, t in enumerate(texts)]
    random.Random(seed).shuffle(records)
    index = MatchingIndex()
    index.add_all(records)
    assert index.similar("c6")[0].id == "c5"


def test_only_claims_published_no_later_are_proposed() -> None:
    index = MatchingIndex()
    text = "Prices rose 10% in 2020"
    days = {
        "first": dt.date(2020, 3, 1),
        "query": dt.date(2020, 6, 1),
        "after": dt.date(2021, 1, 1),
    }
    for ident, day in days.items():
        index.add(ClaimRecord(id=ident, article_id=ident, text=text, published=day))
    index.add(ClaimRecord(id="undated", article_id="u", text=text))
    assert [m.id for m in index.similar("query")] == ["first", "undated"]
    assert {m.id for m in index.similar("after")} == {"first", "query", "undated"}


def test_equal_scores_put_the_earlier_claim_first() -> None:
    index = MatchingIndex()
    for ident, day in (("z-old", dt.date(2019, 1, 1)), ("a-new", dt.date(2020, 1, 1))):
        index.add(
            ClaimRecord(id=ident, article_id=ident, text="Wheat costs 12% more", published=day)
        )
    index.add(ClaimRecord(id="q", article_id="q", text="Wheat costs 12% more"))
    assert [m.id for m in index.similar("q")] == ["z-old", "a-new"]


def test_a_shared_year_or_figure_alone_proposes_nothing() -> None:
    index = build("Wheat prices rose in 2021 by 12%", "Troops massed at the border in 2021 by 12%")
    assert index.similar("c0") == []
