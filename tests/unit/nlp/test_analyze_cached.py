"""The remembered analyses: asking for the dates after a reading without them finds only the
dates, and gives what one full analysis gives."""

from __future__ import annotations

import datetime as dt

import pytest

from claimdesk.core.nlp import analyze as analysis
from claimdesk.core.nlp.threshold import LOWEST

TEXT = (
    "Il ministro ha detto ieri che il 3 marzo 2023 la Russia non ha negato nulla. "
    "Mosca ha smentito lunedì scorso, secondo fonti del governo, quanto riferito nel 2022."
)
PUBLISHED = dt.date(2023, 3, 8)


def test_dates_after_a_reading_without_them_equal_a_full_analysis(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = TEXT + " (prova 1)"  # a text no other test remembered
    undated = analysis.analyze_cached(text, "it", PUBLISHED, dates=False)
    assert undated.dates == []
    splits: list[str] = []
    real_split = analysis.split_sentences
    monkeypatch.setattr(
        analysis, "split_sentences", lambda t, lang: splits.append(t) or real_split(t, lang)
    )
    dated = analysis.analyze_cached(text, "it", PUBLISHED)
    assert splits == []  # the sentences and suggestions of the first reading are kept
    full = analysis.analyze(text, "it", PUBLISHED, dates=True, min_confidence=LOWEST)
    assert dated == full and [d.value for d in dated.dates] == ["2023-03-07", "2023-03-03",
                                                                 "2023-03-06", "2022"]  # fmt: skip
    assert analysis.dates_cached(text, "it", PUBLISHED) == full.dates


def test_dates_a_mark_found_serve_the_reader_after(monkeypatch: pytest.MonkeyPatch) -> None:
    text = TEXT + " (prova 2)"
    analysis.analyze_cached(text, "it", PUBLISHED, dates=False)
    mark_dates = analysis.dates_cached(text, "it", PUBLISHED)  # a mark came first
    monkeypatch.setattr(analysis, "find_dates", lambda *a, **k: pytest.fail("found again"))
    assert analysis.analyze_cached(text, "it", PUBLISHED).dates == mark_dates
