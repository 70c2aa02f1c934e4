"""Who says what on the gold sets, scored as bench/attribution.py scores them.

PolNeAR's dev split (../shared/data, fails when missing under CI) must clear the issue's
targets at the default threshold; the Italian set (bench/data/attribution_it.jsonl, written
with the rules, so it pins behaviour more than it measures it) and the tuning set
(bench/data/attribution_it_tuning.jsonl, held out once, then tuned on) must stay where they
are; the held-out set (bench/data/attribution_it_heldout.jsonl, never tuned on) must clear the
issue's Italian targets.
"""

from __future__ import annotations

from bench.attribution import baseline, claimdesk, exact_and_quiet, run
from bench.attribution_data import HELD_OUT, TUNING, italian, polnear
from bench.attribution_score import figures
from tests.conftest import shared_path


def test_polnear_dev_clears_the_targets_and_the_baseline() -> None:
    shared_path("data", "polnear", "dev", "text")
    docs = polnear("dev")
    ours = run(docs, claimdesk(False), {})
    regex = run(docs, baseline, {})
    every, speech = figures(ours), figures(ours, speech_only=True)
    assert every.content_prf[2] >= 0.70
    assert every.source_prf[2] >= 0.60
    assert speech.source_prf[2] >= 0.70
    assert every.source_prf[2] > figures(regex).source_prf[2] + 0.2


def test_italian_set_is_pinned() -> None:
    docs, registry = italian()
    outcomes = run(docs, claimdesk(False), registry)
    every = figures(outcomes)
    right, quiet, empty = exact_and_quiet(outcomes)
    assert len(docs) >= 60
    assert every.content_prf[2] >= 0.95
    assert every.source_prf[2] >= 0.95
    assert right >= 0.9 * every.gold  # right kind and claimant
    assert quiet >= 0.9 * empty  # sentences without an attribution stay unmarked


def test_italian_tuning_set_is_pinned() -> None:
    docs, registry = italian(TUNING)
    outcomes = run(docs, claimdesk(False), registry)
    right, quiet, empty = exact_and_quiet(outcomes)
    assert len(docs) >= 40
    assert figures(outcomes).content_prf[2] >= 0.95
    assert right >= 0.9 * figures(outcomes).gold
    assert quiet >= 0.95 * empty


def test_italian_held_out_set_clears_the_targets() -> None:
    docs, registry = italian(HELD_OUT)
    outcomes = run(docs, claimdesk(False), registry)
    right, quiet, empty = exact_and_quiet(outcomes)
    assert len(docs) >= 20 and empty >= 10
    assert right >= 0.8 * figures(outcomes).gold  # right kind and claimant
    assert quiet >= 0.9 * empty  # sentences without an attribution stay unmarked
