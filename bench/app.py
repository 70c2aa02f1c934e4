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
- mark: C on a selected sentence until the reader shows the new claim painted, 20 times in
  the 300-claim article and 20 in a 60,000-word one once each is ready (shown and its dates
  found: median and p95), and once right after opening it, before the dates are found
  (reported without a target: the mark waits for them); save: one inspector field (notes)
  until saved and shown again (p95 of 20); reference: one claim row inserted and committed
  with bare SQLite. The marks are deleted afterwards, so every run marks the same sentences.

Targets (issues 8 and 15): start <= 1.5 s, open <= 150 ms, memory <= 350 MB; mark median
<= 50 ms and p95 <= 100 ms; save p95 <= 50 ms. ``--articles 100000 --claims 1000000 --only
mark`` measures marking and saving on the larger library (its build time is printed). The
last line is JSON.
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
TARGETS = {"start_s": 1.5, "open_ms": 150.0, "memory_mb": 350.0, "edit_ms": 500.0,
           "mark_median_ms": 50.0, "mark_p95_ms": 100.0, "save_p95_ms": 50.0}  # fmt: skip
WORDS = (
    *("governo", "ministro", "accordo", "grano", "porto", "prezzi", "inverno", "confine"),
    *("esercito", "rapporto", "fonti", "dichiarato", "negato", "sostenuto", "separatisti"),
    *("government", "minister", "agreement", "prices", "winter", "border", "army", "report"),
    *("sources", "announced", "denied", "supported", "inflation", "market", "election"),
)
DONE = "generated-3.json"  # the layout below: a new name when it changes
BIG_SENTENCES = 400  # the 300-claim article has sentences left to mark
LONG_WORDS = 60_000  # the 60,000-word article, with LONG_CLAIMS claims
LONG_CLAIMS = 100
MARKS = 20  # claims marked in each of the two articles
PARAGRAPH = 5  # sentences


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


def generate(
    folder: Path, total_articles: int = ARTICLES, total_claims: int = CLAIMS
) -> dict[str, Any]:
    """Create the library in ``folder`` (or reuse it); its figures, with the ids of the
    300-claim article and of the 60,000-word one (article 1)."""
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
    per_article = (total_claims - BIG_CLAIMS - LONG_CLAIMS) // (total_articles - 2) + 1
    long_sentences = LONG_WORDS // 18  # _sentence writes 18 words on average
    for a in range(total_articles):
        if a == 0:
            count, length = BIG_CLAIMS, BIG_SENTENCES
        elif a == 1:
            count, length = LONG_CLAIMS, long_sentences
        else:
            count = min(per_article, total_claims - len(claims))
            length = max(count, 12)
        sentences = [_sentence(rng, s) for s in range(length)]
        # Paragraphs of five sentences, as news is written.
        separators = ["\n\n" if (s + 1) % PARAGRAPH == 0 else " " for s in range(length)]
        text = (
            f"Articolo {a}\n\n"
            + "".join(
                sentence + gap for sentence, gap in zip(sentences, separators, strict=True)
            ).rstrip()
        )
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
            # The long article's claims are spread over it; the others' come first.
            marked = s % (length // count) == 0 if a == 1 and count else s < count
            if marked:
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
            position += len(sentence) + len(separators[s])
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
        "long_article": articles[1]["id"],
        "words": {a["id"]: len(a["text"].split()) for a in articles[:2]},
        "browse": [a["id"] for a in articles[2 : BROWSE + 2]],
        "insert_s": round(inserted, 1),
        "index_s": round(time.perf_counter() - started - inserted, 1),
        "build_s": round(time.perf_counter() - started, 1),
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


def child_mark(library: Path, figures: dict[str, Any], runs: int) -> None:
    """In one fresh window: mark sentences of the 300-claim and of the 60,000-word article
    (C, as the reader's selection), each timed until the reader shows the new claim painted;
    then save one inspector field (notes) of a claim, timed until it is saved and shown.
    Reference: the same INSERT of a claim row as bare SQLite, committed."""
    import sqlite3

    from PySide6.QtWidgets import QApplication

    from claimdesk.core.desk import Desk
    from claimdesk.core.library import folder_location
    from claimdesk.core.model import ClaimKind
    from claimdesk.gui.ops.ops import INDEX_AFTER_MS
    from claimdesk.gui.shell.main_window import DATES_AFTER_MS, MainWindow

    location = folder_location(library)
    _remove_marks(location, figures)  # left by a run that stopped half-way
    app = QApplication([sys.argv[0]])
    window = MainWindow(lambda: Desk.open(location))
    assert window.wait_until_open() is None
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.ops.wait_idle(60_000)

    def wait(condition: Any, timeout: float = 60.0) -> None:
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise SystemExit("the window never showed the change")
            app.processEvents()
            time.sleep(0.0005)

    def shown_claims() -> int:
        article = window.current_article()
        return len(article.claims) if article is not None else -1

    def settle(ms: int) -> None:
        """Let the window's timers due within ``ms`` fire, then wait for their calls."""
        deadline = time.perf_counter() + ms / 1000
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)
        window.ops.wait_idle(60_000)

    def marks(article_id: str) -> tuple[float, list[float]]:
        """The first mark right after opening (the article's dates not found yet), then
        the timed marks in the article once it is ready (its dates found and shown)."""
        window.open_article(article_id)
        window.ops.wait_idle(60_000)
        app.processEvents()
        article = window.current_article()
        assert article is not None and article.id == article_id
        taken = {(c.start, c.end) for c in article.claims}
        free = [x for x in article.sentences if (x.start, x.end) not in taken]
        timings = []
        for n, sentence in enumerate(free[: 1 + max(MARKS, runs)]):
            if n == 1:  # ready: the reader found the dates after showing the article
                settle(DATES_AFTER_MS + 200)
            before = shown_claims()
            window.reader.text.select_span(sentence.start, sentence.end)
            app.processEvents()
            started = time.perf_counter()
            window.claim_actions.mark(ClaimKind.CLAIM)
            wait(lambda before=before: shown_claims() == before + 1)
            window.reader.text.viewport().repaint()  # painted, not just laid out
            timings.append((time.perf_counter() - started) * 1000)
            # What follows a mark is not timed: its panels, its dates, the index taking it
            # in (INDEX_AFTER_MS later); a fact-checker marks seconds apart.
            settle(INDEX_AFTER_MS + 100)
        return timings[0], timings[1:]

    big_first, big = marks(figures["big_article"])
    long_first, long = marks(figures["long_article"])

    saves = []
    article = window.current_article()
    assert article is not None
    for n, claim in enumerate(article.claims[: max(MARKS, runs)]):
        window.select_claim(claim.id)
        settle(30)  # the claim shown, its panels read
        word = f"verificato {n} {random.randrange(10**9)}"
        window.inspector.notes.setPlainText(word)
        started = time.perf_counter()
        window.inspector.flush()
        wait(lambda word=word, cid=claim.id: _saved_notes(window, cid) == word)
        saves.append((time.perf_counter() - started) * 1000)
        settle(30)
    window.close()
    _remove_marks(location, figures)  # the next run marks the same sentences

    bare = []
    with sqlite3.connect(library / "library.sqlite") as connection:
        row = connection.execute("SELECT * FROM claims LIMIT 1").fetchone()
        names = [d[0] for d in connection.execute("SELECT * FROM claims LIMIT 1").description]
        for n in range(max(MARKS, runs)):
            values = list(row)
            values[names.index("id")] = f"bench{n:027x}{random.randrange(16**4):04x}"
            started = time.perf_counter()
            marks_sql = ", ".join("?" * len(values))
            connection.execute(f"INSERT INTO claims VALUES ({marks_sql})", values)
            connection.commit()
            bare.append((time.perf_counter() - started) * 1000)
        connection.execute("DELETE FROM claims WHERE id LIKE 'bench%'")
        connection.commit()

    def p95(values: list[float]) -> float:
        return statistics.quantiles(values, n=20)[-1]

    print(json.dumps({
        "mark_big_median_ms": statistics.median(big), "mark_big_p95_ms": p95(big),
        "mark_long_median_ms": statistics.median(long), "mark_long_p95_ms": p95(long),
        "save_p95_ms": p95(saves), "bare_insert_ms": statistics.median(bare),
        "mark_big_first_ms": big_first, "mark_long_first_ms": long_first,
    }))  # fmt: skip


def _remove_marks(location: Any, figures: dict[str, Any]) -> None:
    """Delete, through the desk (index and history kept in step), the claims this benchmark
    marked in its two articles: generated claims have ids ``c`` and zeros then a number."""
    from claimdesk.core.desk import Desk

    with Desk.open(location) as desk:
        for article_id in (figures["big_article"], figures["long_article"]):
            for claim in desk.get_article(article_id, dates=False).claims:
                if not claim.id.startswith("c" + "0" * 20):
                    desk.delete_claim(claim.id)


def _saved_notes(window: Any, claim_id: str) -> str | None:
    article = window.current_article()
    if article is None:
        return None
    return next((c.notes for c in article.claims if c.id == claim_id), None)


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
    parser.add_argument("--articles", type=int, default=ARTICLES)
    parser.add_argument("--claims", type=int, default=CLAIMS)
    parser.add_argument(
        "--only", choices=["mark"], help="only marking and saving (for the larger library)"
    )
    parser.add_argument("--child", nargs="?")
    args = parser.parse_args()
    default = f"claimdesk-bench-app-{args.articles}-{args.claims}"
    library = args.library or Path(tempfile.gettempdir()) / default
    if args.child == "bare-window":
        return child_bare_window()
    figures = generate(library, args.articles, args.claims)
    children = {
        "window": child_window, "text-edit": child_text_edit,
        "edit-search": child_edit_search, "mark": child_mark,
    }  # fmt: skip
    if args.child in children:
        return children[args.child](library, figures, args.runs)
    print(
        f"library {library}: {figures['articles']:,} articles, {figures['claims']:,} claims "
        f"(built in {figures['insert_s']} s + index {figures['index_s']} s)"
    )
    mark = _child(["mark", "--runs", str(args.runs), *_size(args)], library)
    words = figures["words"]
    big_words, long_words = words[figures["big_article"]], words[figures["long_article"]]
    rows = [
        (f"mark in 300-claim article ({big_words:,} words), median", mark["mark_big_median_ms"],
         mark["bare_insert_ms"], TARGETS["mark_median_ms"], "ms"),
        ("  the same, p95", mark["mark_big_p95_ms"], mark["bare_insert_ms"],
         TARGETS["mark_p95_ms"], "ms"),
        (f"mark in {long_words:,}-word article, median", mark["mark_long_median_ms"],
         mark["bare_insert_ms"], TARGETS["mark_median_ms"], "ms"),
        ("  the long one, p95", mark["mark_long_p95_ms"], mark["bare_insert_ms"],
         TARGETS["mark_p95_ms"], "ms"),
        ("save one inspector field (p95)", mark["save_p95_ms"], mark["bare_insert_ms"],
         TARGETS["save_p95_ms"], "ms"),
    ]  # fmt: skip
    # Before the reader has found the article's dates (the first 0.3 s and the time finding
    # them takes), a mark waits for them: no target, on record.
    untargeted = [
        ("first mark right after opening, 300 claims", mark["mark_big_first_ms"],
         mark["bare_insert_ms"], "ms"),
        ("  the long one", mark["mark_long_first_ms"], mark["bare_insert_ms"], "ms"),
    ]  # fmt: skip
    if args.only is None:
        start, bare_start = cold_start(library, args.runs)
        window = _child(["window", "--runs", str(args.runs), *_size(args)], library)
        bare = _child(["text-edit", "--runs", str(args.runs), *_size(args)], library)
        edit = _child(["edit-search", "--runs", str(args.runs), *_size(args)], library)
        rows = [
            ("cold start to painted window", start, bare_start, TARGETS["start_s"], "s"),
            ("open 300-claim article", window["open_ms"], bare["open_ms"],
             TARGETS["open_ms"], "ms"),
            ("  the first time", window["first_open_ms"], bare["open_ms"],
             TARGETS["open_ms"], "ms"),
            ("memory after 100 articles", window["rss_mb"], bare["rss_mb"],
             TARGETS["memory_mb"], "MB"),
            ("edit searchable (p95)", edit["edit_ms"], edit["bare_ms"], TARGETS["edit_ms"], "ms"),
            *rows,
        ]  # fmt: skip
    result: dict[str, Any] = {"library": {k: figures[k] for k in ("articles", "claims", "build_s")}}
    for name, value, reference, target, unit in rows:
        verdict = "ok" if value <= target else "OVER"
        print(
            f"{name:<44} {value:8.2f} {unit:<2}  target <= {target:g} {unit} [{verdict}]  "
            f"reference {reference:8.2f} {unit}  ratio {value / reference:6.2f}"
        )
        result[name.strip()] = {"value": round(value, 3), "reference": round(reference, 3)}
    for name, value, reference, unit in untargeted:
        print(
            f"{name:<44} {value:8.2f} {unit:<2}  (no target)        "
            f"reference {reference:8.2f} {unit}  ratio {value / reference:6.2f}"
        )
        result[name.strip()] = {"value": round(value, 3), "reference": round(reference, 3)}
    print(json.dumps(result))


def _size(args: argparse.Namespace) -> list[str]:
    return ["--articles", str(args.articles), "--claims", str(args.claims)]


if __name__ == "__main__":
    main()
