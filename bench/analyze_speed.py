"""Speed of the whole language pass (``analyze``): the seed article and 600-word articles.

Run from the repository root::

    PYTHONPATH=. python bench/analyze_speed.py

Figures: the best time of ``analyze`` on the seed article (published 2023-02-22, Italian)
after warm-up, against a 50 ms budget; and articles of 600 words analysed per second on one
core (the seed, the shipped Italian and English seeds and TimeBank texts cut to 600 words),
against 100 a second.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path

from claimdesk.core.nlp.analyze import analyze

REPO = Path(__file__).resolve().parents[1]
SEED = Path(os.environ.get("CLAIMDESK_SEED", "/work/shared/seeds/000_f3b2469b19a6516c.txt"))
SEEDS = REPO / "claimdesk" / "seeds"
TIMEBANK = Path(os.environ.get("CLAIMDESK_TIMEBANK_DIR", "/work/shared/data/timebank"))
SEED_BUDGET_MS = 50.0
ARTICLES_PER_SECOND = 100.0
WORDS = 600


def _articles() -> list[tuple[str, str]]:
    """Texts of about 600 words with their language."""
    import re

    texts: list[tuple[str, str]] = []
    for path, language in (
        (SEEDS / "stoltenberg-reuters-it.txt", "it"),
        (SEEDS / "corridoio-grano-it.txt", "it"),
        (SEEDS / "gas-prices-en.txt", "en"),
    ):
        texts.append((path.read_text(encoding="utf-8"), language))
    for path in sorted(TIMEBANK.glob("*.tml"))[:40]:
        raw = path.read_text(encoding="utf-8")
        body = raw[raw.find("<TEXT>") + 6 : raw.find("</TEXT>")]
        texts.append((re.sub(r"<[^>]+>", "", body), "en"))
    articles = []
    for text, language in texts:
        words = text.split(" ")
        while len(words) < WORDS:
            words = words + words
        articles.append((" ".join(words[:WORDS]), language))
    return articles


def report() -> bool:
    """Print the speed figures beside their budgets; whether both are met."""
    published = dt.date(2023, 2, 22)
    seed = (
        SEED.read_text(encoding="utf-8")
        if SEED.is_file()
        else (SEEDS / "stoltenberg-reuters-it.txt").read_text(encoding="utf-8")
    )
    for _ in range(5):
        analyze(seed, "it", published)
    best = min(_timed(lambda: analyze(seed, "it", published)) for _ in range(30))
    print("speed:")
    seed_ok = best * 1000 <= SEED_BUDGET_MS
    print(
        f"  analyze(seed article, {len(seed.split())} words): {best * 1000:6.2f} ms "
        f"(budget {SEED_BUDGET_MS:.0f} ms): {'met' if seed_ok else 'NOT MET'}"
    )
    articles = _articles()
    started = time.process_time()
    rounds = 3
    for _ in range(rounds):
        for text, language in articles:
            analyze(text, language, published)
    spent = time.process_time() - started
    rate = rounds * len(articles) / spent
    rate_ok = rate >= ARTICLES_PER_SECOND
    print(
        f"  whole pipeline: {rate:6.0f} articles of {WORDS} words per second per core "
        f"(target {ARTICLES_PER_SECOND:.0f}): {'met' if rate_ok else 'NOT MET'}"
    )
    return seed_ok and rate_ok


def _timed(run: object) -> float:
    started = time.perf_counter()
    run()  # type: ignore[operator]
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(0 if report() else 1)
