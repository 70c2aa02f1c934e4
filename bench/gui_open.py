"""How long the reader takes to show an article with 300 claims (median of 20 runs).

Prints the time with the reader's char-format highlighting, the time of the same spans
painted with QTextEdit.setExtraSelections (the approach it replaces) and their ratio.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python bench/gui_open.py
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QTextEdit

from claimdesk.core.model import (
    Anchor,
    ArticleView,
    ClaimKind,
    ClaimView,
    Span,
    Status,
)
from claimdesk.gui.reader.claim_highlighter import claim_format
from claimdesk.gui.reader.reader_view import ReaderView

RUNS = 20
CLAIMS = 300
SENTENCE = (
    "Secondo il portavoce, la Russia ha negato di aver sostenuto i separatisti nel 2014, "
    "mentre la NATO ha detto che l'invasione fa parte di un modello più ampio. "
)
NOW = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def build_article(number: int) -> ArticleView:
    """An article of CLAIMS sentences, each one marked, alternating claim and denial."""
    text = ""
    sentences: list[Span] = []
    for i in range(CLAIMS):
        sentence = f"{i}. {SENTENCE}".strip()
        start = len(text)
        text += sentence + ("\n\n" if i % 4 == 3 else " ")
        sentences.append(Span(start, start + len(sentence), sentence))
    claims = tuple(
        ClaimView(
            id=f"c{number}-{i}",
            article_id=f"a{number}",
            kind=ClaimKind.DENIAL if i % 2 else ClaimKind.CLAIM,
            anchor=Anchor(s.start, s.end, s.text, "", ""),
            claimant="Russia",
            cue=None,
            claim_text=s.text,
            verdict=None,
            explanation="",
            status=Status.NEW,
            notes="",
            tags=(),
            dates=(),
            evidence=(),
            links=(),
            orphaned=False,
            created=NOW,
            updated=NOW,
        )
        for i, s in enumerate(sentences)
    )
    return ArticleView(
        id=f"a{number}", title=f"Benchmark article {number}", text=text, outlet="Bench",
        url=None, language="it", published=dt.date(2023, 2, 22), authors=(), source_name=None,
        source_format="text", imported=NOW, notes="", tags=(), sentences=tuple(sentences),
        claims=claims,
    )  # fmt: skip


def median_ms(run: Callable[[int], None]) -> float:
    """Median wall time of RUNS calls, in milliseconds."""
    times = []
    for i in range(RUNS):
        began = time.perf_counter()
        run(i)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    """Measure both ways and print the comparison."""
    app = QApplication.instance() or QApplication([])
    articles = [build_article(i) for i in range(RUNS)]

    reader = ReaderView()
    reader.resize(760, 900)
    reader.show()
    app.processEvents()

    def open_in_reader(i: int) -> None:
        reader.show_article(articles[i], articles[i].claims[150].id)
        reader.text.document().documentLayout().documentSize()  # force the layout
        reader.text.viewport().repaint()

    editor = QTextEdit()
    editor.setReadOnly(True)
    editor.resize(760, 900)
    editor.show()
    app.processEvents()

    def open_with_extra_selections(i: int) -> None:
        article = articles[i]
        editor.setPlainText(article.text)
        selections = []
        for claim in article.claims:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(editor.document())
            cursor.setPosition(claim.start)
            cursor.setPosition(claim.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            fmt: QTextCharFormat = claim_format(claim.kind, editor.palette())
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        editor.setExtraSelections(selections)
        editor.document().documentLayout().documentSize()
        editor.viewport().repaint()

    def reselect_in_reader(i: int) -> None:
        reader.text.select_claim(articles[-1].claims[i * 7].id, scroll=False)
        reader.text.viewport().repaint()

    def reselect_with_extra_selections(i: int) -> None:
        # Selecting another claim means rebuilding the whole list of selections.
        open_with_extra_selections_spans(articles[-1], i * 7)
        editor.viewport().repaint()

    def open_with_extra_selections_spans(article: ArticleView, selected: int) -> None:
        selections = []
        for n, claim in enumerate(article.claims):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(editor.document())
            cursor.setPosition(claim.start)
            cursor.setPosition(claim.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            fmt = claim_format(claim.kind, editor.palette(), selected=n == selected)
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        editor.setExtraSelections(selections)

    ours = median_ms(open_in_reader)
    reference = median_ms(open_with_extra_selections)
    ours_select = median_ms(reselect_in_reader)
    reference_select = median_ms(reselect_with_extra_selections)
    print(f"article: {len(articles[0].text)} characters, {CLAIMS} claims, median of {RUNS} runs")
    print(f"open, reader (char formats):     {ours:7.1f} ms")
    print(f"open, setExtraSelections (ref):  {reference:7.1f} ms")
    print(f"ratio ref/reader:                {reference / ours:7.1f}x")
    print(f"budget 50 ms:              {'OK' if ours < 50 else 'OVER'}")
    print(f"select another claim, reader:              {ours_select:7.1f} ms")
    print(f"select another claim, setExtraSelections:  {reference_select:7.1f} ms")


if __name__ == "__main__":
    main()
