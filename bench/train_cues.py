"""Learn the English attribution cues and their model from PolNeAR's train split.

Run from the repository root::

    PYTHONPATH=. python bench/train_cues.py

1. Cue rates: for every lowercase word form, how often it lies inside an annotated cue among
   its occurrences (once per annotator reading). Words seen as a cue at least ``MIN_CUES``
   times with a rate of at least ``MIN_RATE`` are kept.
2. The model: ClaimDesk's English rules run on every train article with those cues; each
   suggestion is labelled right when the bench's scoring (``bench/attribution_score.py``)
   pairs it with a gold attribution whose source its claimant names; a logistic regression
   over the suggestion's features (cue word, its neighbours, how the content and source were
   found) is fitted to the labels (AdaGrad, L2), and weights of features seen at least
   ``MIN_SEEN`` times are kept.

Both go to ``claimdesk/core/nlp/cue_rates_en.py`` (plain dictionaries: they ship in the package
and load with it). Only the train split is read.
"""

from __future__ import annotations

import importlib
import json
import math
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from bench.attribution_data import REPO, Document, polnear
from bench.attribution_score import Predicted, match
from claimdesk.core.nlp.cues import words

MIN_CUES = 6
MIN_RATE = 0.2
MIN_SEEN = 5
EPOCHS = 8
CONTENT_ONLY = False
L2 = 3e-4
STEP = 0.3
OUT = REPO / "claimdesk" / "core" / "nlp" / "cue_rates_en.py"
_WORD = re.compile(r"[A-Za-z][a-z]*")
# Words that only ever help a cue ("in a statement", "according to") are left to the rules.
_FUNCTION = frozenset(
    words(
        "a an the to in of on at for that this it he she they i we you and or but as by with "
        "from his her their its is was be been has have had also"
    )
)


def rates(docs: list[Document]) -> dict[str, float]:
    seen: Counter[str] = Counter()
    cued: Counter[str] = Counter()
    for doc in docs:
        inside = [False] * (len(doc.text) + 1)
        for gold in doc.attributions:
            for start, end in gold.cue:
                for i in range(start, end):
                    inside[i] = True
        for found in _WORD.finditer(doc.text):
            word = found.group()
            if not word.islower():
                word = word.lower()
                if found.start() and doc.text[found.start() - 1 : found.start()] not in "\n":
                    continue  # a capitalised word inside a sentence is a name
            seen[word] += 1
            cued[word] += inside[found.start()]
    table = {}
    for word, count in cued.items():
        rate = count / seen[word]
        if count >= MIN_CUES and rate >= MIN_RATE and word not in _FUNCTION:
            table[word] = round(rate, 3)
    return dict(sorted(table.items()))


def examples(docs: list[Document]) -> list[tuple[list[str], int]]:
    """Every suggestion the rules make on ``docs``, with its features and its label."""
    from claimdesk.core.nlp import attribution_en
    from claimdesk.core.nlp.sentences import split_sentences

    out: list[tuple[list[str], int]] = []
    for doc in docs:
        sentences = split_sentences(doc.text, "en")
        found = attribution_en.candidates(doc.text, sentences, lambda name: name)
        preds = [Predicted(s.start, s.end, s.claimant, s.cue) for s, _, _ in found]
        outcome = match(doc, preds)
        right = {p for p, ok in outcome.matched.values() if ok or CONTENT_ONLY}
        for index, (_, features, _) in enumerate(found):
            out.append((features, int(index in right)))
    return out


def fit(data: list[tuple[list[str], int]]) -> dict[str, float]:
    """Logistic regression by AdaGrad; features seen fewer than ``MIN_SEEN`` times dropped."""
    seen = Counter(f for features, _ in data for f in features)
    weights: dict[str, float] = {"bias": 0.0}
    squares: dict[str, float] = {}
    rng = random.Random(13)
    order = list(range(len(data)))
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            features, label = data[i]
            active = ["bias", *(f for f in features if seen[f] >= MIN_SEEN)]
            score = sum(weights.get(f, 0.0) for f in active)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
            gradient = p - label
            for f in active:
                w = weights.get(f, 0.0)
                g = gradient + L2 * w
                squares[f] = squares.get(f, 0.0) + g * g
                weights[f] = w - STEP * g / math.sqrt(squares[f])
    return {f: round(w, 3) for f, w in sorted(weights.items()) if abs(w) >= 0.01}


def _quoted(feature: str) -> str:
    return json.dumps(feature, ensure_ascii=False)


def write(table: dict[str, float], weights: dict[str, float]) -> None:
    lines = [
        '"""English attribution cues and their model, learnt from PolNeAR\'s train split by',
        "``bench/train_cues.py`` (do not edit by hand).",
        "",
        "``RATES``: the share of a word form's occurrences that annotators marked as a cue.",
        "``WEIGHTS``: a logistic regression over a suggestion's features (see",
        '``attribution_en.candidates``): its probability of being right is the confidence."""',
        "",
        "RATES: dict[str, float] = {",
        *(f'    "{word}": {rate},' for word, rate in table.items()),
        "}",
        "WEIGHTS: dict[str, float] = {",
        *(f"    {_quoted(feature)}: {weight}," for feature, weight in weights.items()),
        "}",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    # The project's formatter has the last word on quotes, so that a retraining diffs cleanly.
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(OUT)], check=False)


def main() -> int:
    docs = polnear("train")
    table = rates(docs)
    write(table, {})
    from claimdesk.core.nlp import attribution, attribution_en, cue_rates_en

    for module in (cue_rates_en, attribution_en, attribution):
        importlib.reload(module)
    data = examples(docs)
    weights = fit(data)
    write(table, weights)
    right = sum(label for _, label in data)
    print(
        f"{len(table)} cue words, {len(weights)} weights from {len(data)} suggestions "
        f"({right} right) written to {OUT.relative_to(Path.cwd())}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
