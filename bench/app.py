"""The whole app on a big library: cold start, opening a 300-claim article, memory.

    PYTHONPATH=. python bench/app.py [--library DIR] [--runs 5]

A library of 10,000 articles and 100,000 claims is generated once with bulk inserts (cached
in the temporary folder; its index is built by opening it) and reused. Each figure is taken
in fresh processes on the offscreen platform, beside a reference measured in the same run:

- cold start: process start to the first painted window (``--smoke-test`` prints a line once
  the window has opened the library and painted); reference: a bare QMainWindow painted.
- open: ``MainWindow.open_article`` of an article with 300 claims until the reader shows it
  (worker read plus painting), the median of reopening it after another article, and its very
  first opening in the process, one second after the window shows (its sentences, dates and
  suggestions not yet remembered; the window loads its language tools while idle);
  reference: ``QTextEdit.setPlainText`` of the same text.
- memory: resident set (VmRSS) after opening 100 articles in the window; reference: a bare
  QApplication with a QTextEdit holding the 300-claim text.
- edit searchable: a claim's notes saved through the desk with a new word, until a search
  finds it (p95 of 20); reference: the same row updated with bare SQLite (issue 5: 0.5 s).

Targets (issue 8): start <= 1.5 s, open <= 150 ms, memory <= 350 MB. The last line is JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
ARTICLES = 10_000
CLAIMS = 100_000
BIG_CLAIMS = 300
BROWSE = 100
# edit_ms: issue 5's "an edit searchable within 0.5 s of being saved", on the same library.
TARGETS = {"start_s": 1.5, "open_ms": 150.0, "memory_mb": 350.0, "edit_ms": 500.0}
WORDS = (
    *("governo", "ministro", "accordo", "grano", "porto", "prezzi", "inverno", "confine"),
    *("esercito", "rapporto", "fonti", "dichiarato", "negato", "sostenuto", "separatisti"),
    *("government", "minister", "agreement", "prices", "winter", "border", "army", "report"),
    *("sources", "announced", "denied", "supported", "inflation", "market", "election"),
)
DONE = "generated.json"


def _env() -> dict[str, str]:
    # As installed: Python keeps the compiled bytecode of ClaimDesk's modules (pip and the
    # packaged app do; PYTHONDONTWRITEBYTECODE, set in some shells and in CI, would recompile
    # every module at every start). The untimed first start writes it.
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


# Generating the library
def _sentence(rng: random.Random, number: int) -> str:
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 22)))
    return f"{number}. Secondo le fonti {words}."


def generate(folder: Path) -> dict[str, Any]:
    """Create the library in ``folder`` (or reuse it); its figures, with the big article's id."""
    marker = folder / DONE
    if marker.exists():
        return dict(json.loads(marker.read_text()))
    from sqlalchemy import insert

    from claimdesk.core.desk import Desk
    from claimdesk.core.importers import content_hash
    from claimdesk.core.library import folder_location
    from claimdesk.core.storage.engine import make_engine
    from claimdesk.core.storage.orm import Article, Claim, Claimant

    started = time.perf_counter()
    location = folder_location(folder)
    Desk.open(location).close()  # the schema, at the newest migration
    rng = random.Random(8)
    now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    claimants = [
        {"id": f"{n:032x}", "name": f"Portavoce {n}", "key": f"portavoce {n}", "created": now}
        for n in range(1, 201)
    ]
    articles: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    per_article = (CLAIMS - BIG_CLAIMS) // (ARTICLES - 1) + 1
    for a in range(ARTICLES):
        count = BIG_CLAIMS if a == 0 else min(per_article, CLAIMS - len(claims))
        sentences = [_sentence(rng, s) for s in range(max(count, 12))]
        text = f"Articolo {a}\n\n" + " ".join(sentences)
        article_id = f"a{a:031x}"
        articles.append(
            {
                "id": article_id,
                "title": f"Articolo {a}: {sentences[0][3:60]}",
                "text": text,
                "language": "it",
                "published": dt.date(2020, 1, 1) + dt.timedelta(days=a % 1500),
                "authors": [],
                "source_format": "text",
                "content_hash": content_hash(text),
                "notes": "",
                "imported": now + dt.timedelta(seconds=a),
                "updated": now,
            }
        )
        position = len(f"Articolo {a}\n\n")
        for s, sentence in enumerate(sentences):
            if s < count:
                start, end = position, position + len(sentence)
                claims.append(
                    {
                        "id": f"c{len(claims):031x}",
                        "article_id": article_id,
                        "kind": "denial" if s % 3 == 0 else "claim",
                        "start": start,
                        "end": end,
                        "exact": sentence,
                        "prefix": text[max(0, start - 32) : start],
                        "suffix": text[end : end + 32],
                        "orphaned": False,
                        "claimant_id": claimants[(a + s) % len(claimants)]["id"],
                        "claim_text": sentence,
                        "explanation": "",
                        "status": "new",
                        "notes": "",
                        "dates": [],
                        "created": now,
                        "updated": now,
                    }
                )
            position += len(sentence) + 1
    engine = make_engine(location.url)
    with engine.begin() as connection:
        connection.execute(insert(Claimant.__table__), claimants)
        for chunk in range(0, len(articles), 2000):
            connection.execute(insert(Article.__table__), articles[chunk : chunk + 2000])
        for chunk in range(0, len(claims), 10_000):
            connection.execute(insert(Claim.__table__), claims[chunk : chunk + 10_000])
    engine.dispose()
    inserted = time.perf_counter() - started
    with Desk.open(location) as desk:  # the rows came in without history: index them all
        desk.reindex()
        stats = desk.stats()
    figures = {
        "articles": stats.articles,
        "claims": stats.claims + stats.denials,
        "big_article": articles[0]["id"],
        "browse": [a["id"] for a in articles[1 : BROWSE + 1]],
        "insert_s": round(inserted, 1),
        "index_s": round(time.perf_counter() - started - inserted, 1),
    }
    marker.write_text(json.dumps(figures))
    return figures


# Measurements, each in a fresh process
def _timed_line(argv: list[str], expect: str) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, cwd=REPO, env=_env())
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(expect):
            elapsed = time.perf_counter() - started
            break
    else:
        raise SystemExit(f"{argv} never printed {expect!r}")
    process.wait(120)
    return elapsed


def cold_start(library: Path, runs: int) -> tuple[float, float]:
    """Median seconds to the first painted window: ClaimDesk, and a bare Qt window."""
    app = [sys.executable, "-m", "claimdesk", "--library", str(library), "--smoke-test"]
    _timed_line(app, "ClaimDesk started")  # today's rolling backup, file cache warmed
    ours = statistics.median(_timed_line(app, "ClaimDesk started") for _ in range(runs))
    bare = [sys.executable, __file__, "--child", "bare-window"]
    reference = statistics.median(_timed_line(bare, "painted") for _ in range(runs))
    return ours, reference


def _child(argv: list[str], library: Path | None = None) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", *argv]
    if library is not None:
        command += ["--library", str(library)]
    out = subprocess.run(
        command, capture_output=True, text=True, cwd=REPO, env=_env(), check=True, timeout=900
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child_bare_window() -> None:
    """Reference start: a bare main window, painted once."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    painted = not window.grab().isNull()
    print("painted" if painted else "not painted", flush=True)


def child_window(library: Path, figures: dict[str, Any], runs: int) -> None:
    """In one fresh app: open the 300-claim article ``runs`` times, then browse 100 articles."""
    from PySide6.QtWidgets import QApplication

    from claimdesk.core.desk import Desk
    from claimdesk.core.library import folder_location
    from claimdesk.gui.shell.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    location = folder_location(library)
    window = MainWindow(lambda: Desk.open(location))
    assert window.wait_until_open() is None
    window.resize(1400, 900)
    window.show()
    app.processEvents()

    def show(article_id: str) -> float:
        started = time.perf_counter()
        window.open_article(article_id)
        window.ops.wait_idle(60_000)
        app.processEvents()
        window.grab()  # painted, not just laid out
        return (time.perf_counter() - started) * 1000

    # A fact-checker clicks an article a moment after the window shows, not within the
    # millisecond: the first opening is timed one second after the window is up.
    deadline = time.perf_counter() + 1.0
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    window.ops.wait_idle(60_000)
    first = show(figures["big_article"])  # never opened in this process: nothing remembered
    timings = []
    for n in range(runs):
        show(figures["browse"][n])  # another article between, so each open is a real one
        timings.append(show(figures["big_article"]))
    for article_id in figures["browse"]:
        show(article_id)
    text_chars = len(window._article.text) if window._article is not None else 0
    print(json.dumps({"open_ms": statistics.median(timings), "first_open_ms": first,
                      "rss_mb": _rss_mb(), "n": text_chars}))  # fmt: skip
    window.close()


def child_text_edit(library: Path, figures: dict[str, Any], runs: int) -> None:
    """Reference: the 300-claim article's text put into a bare QTextEdit, painted."""
    from PySide6.QtWidgets import QApplication, QTextEdit

    from claimdesk.core.desk import Desk
    from claimdesk.core.library import folder_location

    with Desk.open(folder_location(library)) as desk:
        text = desk.get_article(figures["big_article"]).text
    app = QApplication([sys.argv[0]])
    edit = QTextEdit()
    edit.resize(900, 800)
    edit.show()
    timings = []
    for _ in range(runs):
        edit.setPlainText("")
        app.processEvents()
        started = time.perf_counter()
        edit.setPlainText(text)
        app.processEvents()
        edit.grab()
        timings.append((time.perf_counter() - started) * 1000)
    print(json.dumps({"open_ms": statistics.median(timings), "rss_mb": _rss_mb()}))


def child_edit_search(library: Path, figures: dict[str, Any], runs: int) -> None:
    """Save a claim's notes with a new word and search for it: time until it is found.

    Reference: the same change as a bare SQLite UPDATE and commit of the row.
    """
    import sqlite3

    from claimdesk.core.desk import Desk
    from claimdesk.core.library import folder_location
    from claimdesk.core.model import ClaimChanges

    timings, bare = [], []
    with Desk.open(folder_location(library)) as desk:
        desk.search("warm up")
        claims = [
            c.id for a in figures["browse"][: max(runs, 20)] for c in desk.get_article(a).claims
        ]
        for n, claim_id in enumerate(claims[: max(runs, 20)]):
            word = f"verificato{n}x{random.randrange(10**9)}"
            started = time.perf_counter()
            desk.update_claim(claim_id, ClaimChanges(notes=word))
            while not any(hit.id == claim_id for hit in desk.search(word, 5).hits):
                time.sleep(0.005)
            timings.append((time.perf_counter() - started) * 1000)
    with sqlite3.connect(library / "library.sqlite") as connection:
        for claim_id in claims[: max(runs, 20)]:
            started = time.perf_counter()
            connection.execute("UPDATE claims SET notes = notes WHERE id = ?", (claim_id,))
            connection.commit()
            bare.append((time.perf_counter() - started) * 1000)
    print(json.dumps({"edit_ms": statistics.quantiles(timings, n=20)[-1],
                      "bare_ms": statistics.quantiles(bare, n=20)[-1]}))  # fmt: skip


def main() -> None:
    """Generate or reuse the library, measure, print each figure beside target and reference."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", nargs="?")
    args = parser.parse_args()
    library = args.library or Path(tempfile.gettempdir()) / "claimdesk-bench-app-10000"
    if args.child == "bare-window":
        return child_bare_window()
    figures = generate(library)
    if args.child == "window":
        return child_window(library, figures, args.runs)
    if args.child == "text-edit":
        return child_text_edit(library, figures, args.runs)
    if args.child == "edit-search":
        return child_edit_search(library, figures, args.runs)
    print(
        f"library {library}: {figures['articles']:,} articles, {figures['claims']:,} claims "
        f"(built in {figures['insert_s']} s + index {figures['index_s']} s)"
    )
    start, bare_start = cold_start(library, args.runs)
    window = _child(["window", "--runs", str(args.runs)], library)
    bare = _child(["text-edit", "--runs", str(args.runs)], library)
    edit = _child(["edit-search", "--runs", str(args.runs)], library)
    rows = [
        ("cold start to painted window", start, bare_start, TARGETS["start_s"], "s"),
        ("open 300-claim article", window["open_ms"], bare["open_ms"], TARGETS["open_ms"], "ms"),
        ("  the first time", window["first_open_ms"], bare["open_ms"], TARGETS["open_ms"], "ms"),
        ("memory after 100 articles", window["rss_mb"], bare["rss_mb"], TARGETS["memory_mb"], "MB"),
        ("edit searchable (p95)", edit["edit_ms"], edit["bare_ms"], TARGETS["edit_ms"], "ms"),
    ]  # fmt: skip
    result: dict[str, Any] = {}
    for name, value, reference, target, unit in rows:
        verdict = "ok" if value <= target else "OVER"
        print(
            f"{name:<30} {value:8.2f} {unit:<2}  target <= {target:g} {unit} [{verdict}]  "
            f"reference {reference:8.2f} {unit}  ratio {value / reference:5.2f}"
        )
        result[name] = {"value": round(value, 3), "reference": round(reference, 3), "unit": unit}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
