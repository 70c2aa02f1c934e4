"""Web pages: the article text ClaimDesk's import keeps, beside plain trafilatura on the same
pages, scored against hand-made article bodies.

Data: the public article-extraction benchmark (181 news pages with their article bodies) read
from ``../shared/data/article-extraction-benchmark`` (``ground-truth.json`` and
``html/<id>.html.gz``, as the benchmark publishes them; ``CLAIMDESK_ARTICLE_BENCH_DIR`` or
``--data DIR`` for another place). When it is not there the bench says so and scores only the
pages the tests serve (``tests/fixtures/import`` and the sample writers' page), whose bodies
are written in ``bench/data/web_pages.json``.

Measure, the benchmark's own: each text is cut into runs of four word tokens (``\\w+``);
a page's true positives, false positives and false negatives are the runs both, only the
extraction or only the body hold (with their counts), divided by their sum so that long pages
weigh no more than short ones; precision and recall are means over the pages, F1 is computed
from the two means. "Plain trafilatura" is ``trafilatura.extract(html, include_comments=False)``
on the page read as UTF-8, as the benchmark runs it; "ClaimDesk" is the article text an import
of the page stores (bytes decoded as a saved page is, main text and loose text, normalised).

    PYTHONPATH=. python bench/web_pages.py [--data DIR] [--worst N]
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(
    os.environ.get(
        "CLAIMDESK_ARTICLE_BENCH_DIR",
        ROOT.parent / "shared" / "data" / "article-extraction-benchmark",
    )
)
LOCAL = ROOT / "bench" / "data" / "web_pages.json"
_TOKEN = re.compile(r"\w+")
SHINGLE = 4


@dataclass(frozen=True)
class Page:
    """One page: its name, its bytes and the article body written by hand."""

    name: str
    html: bytes
    body: str


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 over a set of pages."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The text's runs of four tokens, with their counts (a shorter text is one run)."""
    tokens = _TOKEN.findall(text or "")
    runs = [tuple(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))]
    return Counter(run for run in runs if run)


def matching(body: str, extracted: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page, divided by their sum."""
    true, found = shingles(body), shingles(extracted)
    tp = sum((true & found).values())
    fp = sum((found - true).values())
    fn = sum((true - found).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(counts: list[tuple[float, float, float]]) -> Score:
    """The means of precision (pages that extracted something) and recall (pages with a body)."""
    precisions = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    return Score(
        sum(precisions) / len(precisions) if precisions else 0.0,
        sum(recalls) / len(recalls) if recalls else 0.0,
    )


def benchmark_pages(folder: Path) -> Iterator[Page]:
    """The benchmark's pages, in the order of its ground truth."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        with gzip.open(folder / "html" / f"{key}.html.gz", "rb") as handle:
            yield Page(key, handle.read(), truth[key].get("articleBody") or "")


def local_pages() -> Iterator[Page]:
    """The pages the tests serve, with the bodies written for them."""
    from tests.unit.importers.samples import ARTICLE, html_page

    for entry in json.loads(LOCAL.read_text(encoding="utf-8")):
        if entry["page"] == "samples:ARTICLE":
            yield Page(
                "samples:ARTICLE", html_page(ARTICLE).encode(), "\n\n".join(ARTICLE.paragraphs)
            )
        else:
            yield Page(entry["page"], (ROOT / entry["page"]).read_bytes(), entry["body"])


def ours(page: Page) -> str:
    """The article text an import of the page stores."""
    from claimdesk.core.errors import InputRefused
    from claimdesk.core.importers import normalise_text
    from claimdesk.core.importers.html import decode_html, extract_html
    from claimdesk.core.importers.quiet import library_output_captured

    try:
        with library_output_captured():
            return normalise_text(extract_html(decode_html(page.html, page.name), page.name).text)
    except InputRefused:
        return ""


def plain(page: Page) -> str:
    """Plain trafilatura, as the benchmark runs it."""
    import trafilatura

    from claimdesk.core.importers.quiet import library_output_captured

    with library_output_captured():
        return (
            trafilatura.extract(page.html.decode("utf-8", "replace"), include_comments=False) or ""
        )


def run(name: str, pages: list[Page], worst: int) -> tuple[Score, Score]:
    """Print the figures of one set of pages; ClaimDesk's and plain trafilatura's scores."""
    mine: list[tuple[float, float, float]] = []
    theirs: list[tuple[float, float, float]] = []
    started = time.perf_counter()
    for page in pages:
        mine.append(matching(page.body, ours(page)))
        theirs.append(matching(page.body, plain(page)))
    seconds = time.perf_counter() - started
    a, b = score(mine), score(theirs)
    print(f"{name}: {len(pages)} pages ({seconds:.1f} s for both extractors)")
    print(f"  {'':<20}{'precision':>10}{'recall':>8}{'F1':>8}")
    print(f"  {'ClaimDesk import':<20}{a.precision:>10.3f}{a.recall:>8.3f}{a.f1:>8.3f}")
    print(f"  {'plain trafilatura':<20}{b.precision:>10.3f}{b.recall:>8.3f}{b.f1:>8.3f}")
    gaps = sorted(
        (
            (score([t]).f1 - score([m]).f1, p.name)
            for m, t, p in zip(mine, theirs, pages, strict=True)
        ),
        reverse=True,
    )
    behind = [(gap, page) for gap, page in gaps if gap > 0.005]
    print(f"  pages where the import scores below plain trafilatura: {len(behind)}")
    for gap, page in behind[:worst]:
        print(f"    {page[:60]:<60} F1 {gap:+.3f} for trafilatura")
    return a, b


def main() -> int:
    args = sys.argv[1:]
    folder = DATA
    worst = 10
    if "--data" in args:
        folder = Path(args[args.index("--data") + 1])
    if "--worst" in args:
        worst = int(args[args.index("--worst") + 1])
    status = 0
    if (folder / "ground-truth.json").is_file():
        a, b = run("article-extraction benchmark", list(benchmark_pages(folder)), worst)
        verdict = "at least as good as" if a.f1 >= b.f1 else "BELOW"
        print(f"  target: the import {verdict} plain trafilatura (F1 {a.f1:.3f} vs {b.f1:.3f})")
        status = 0 if a.f1 >= b.f1 else 1
    else:
        print(
            f"article-extraction benchmark: not found at {folder} (ground-truth.json and "
            "html/*.html.gz); scoring the test pages only"
        )
    run("test pages", list(local_pages()), worst)
    return status


if __name__ == "__main__":
    sys.exit(main())
