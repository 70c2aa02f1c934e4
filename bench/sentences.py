"""Sentence segmentation benchmark on the Universal Dependencies dev sets.

Run from the repository root::

    PYTHONPATH=. python bench/sentences.py [--data DIR] [--repeat N]

Protocol: the gold sentences are the ``# text =`` lines of a CoNLL-U file. Each paragraph's
sentences are joined with a single space (a paragraph per ``# newpar`` marker, or groups of 10
sentences when the file has none), paragraphs are separated by a blank line, and every
segmenter sees the whole document at once. Predicted sentence END offsets (trailing whitespace
excluded) are scored against the gold ends: precision, recall and F1.

Compared: ClaimDesk's ``split_sentences``, pysbd when it is importable, and the naive regex
``(?<=[.!?])\\s+``. Speed is characters per second over the same document.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from claimdesk.core.nlp.sentences import split_sentences

DEFAULT_DATA = Path(os.environ.get("CLAIMDESK_UD_DIR", "/work/shared/data/ud"))
FILES = {"it": "it_isdt-ud-dev.conllu", "en": "en_ewt-ud-dev.conllu"}
GROUP = 10
NAIVE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Document:
    """A benchmark text and the offsets where its gold sentences end."""

    language: str
    text: str
    gold_ends: frozenset[int]
    sentences: int


@dataclass(frozen=True)
class Score:
    """Boundary scores and speed of one segmenter on one document."""

    precision: float
    recall: float
    f1: float
    chars_per_second: float


def read_paragraphs(path: Path) -> list[list[str]]:
    """Gold sentences grouped into paragraphs, following the protocol above."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    has_newpar = False
    sentences: list[tuple[bool, str]] = []  # (starts a new paragraph, text)
    pending_newpar = False
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# newpar"):
                has_newpar = True
                pending_newpar = True
            elif line.startswith("# text ="):
                sentences.append((pending_newpar, line[len("# text =") :].strip()))
                pending_newpar = False
    for index, (new_paragraph, sentence) in enumerate(sentences):
        starts = new_paragraph if has_newpar else index % GROUP == 0
        if starts and current:
            paragraphs.append(current)
            current = []
        current.append(sentence)
    if current:
        paragraphs.append(current)
    return paragraphs


def build_document(language: str, paragraphs: list[list[str]]) -> Document:
    """Join the paragraphs into one text and note where each gold sentence ends."""
    parts: list[str] = []
    ends: set[int] = set()
    offset = 0
    for p_index, paragraph in enumerate(paragraphs):
        if p_index:
            parts.append("\n\n")
            offset += 2
        for s_index, sentence in enumerate(paragraph):
            if s_index:
                parts.append(" ")
                offset += 1
            parts.append(sentence)
            offset += len(sentence)
            ends.add(offset)
    text = "".join(parts)
    return Document(language, text, frozenset(ends), sum(len(p) for p in paragraphs))


def score(predicted: Iterable[int], gold: frozenset[int], seconds: float, chars: int) -> Score:
    """Precision, recall and F1 of predicted end offsets, plus characters per second."""
    found = set(predicted)
    hits = len(found & gold)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, chars / seconds if seconds else float("inf"))


def timed(
    run: Callable[[Document], list[int]], doc: Document, repeat: int
) -> tuple[list[int], float]:
    """The result of ``run`` on ``doc`` and its best wall time over ``repeat`` runs."""
    best = float("inf")
    result: list[int] = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = run(doc)
        best = min(best, time.perf_counter() - started)
    return result, best


def ours_ends(doc: Document) -> list[int]:
    """End offsets from ClaimDesk's segmenter."""
    return [span.end for span in split_sentences(doc.text, doc.language)]


def naive_ends(doc: Document) -> list[int]:
    """End offsets from splitting at whitespace after . ! or ?."""
    text = doc.text
    ends = [match.start() for match in NAIVE.finditer(text)]
    ends.append(len(text.rstrip()))
    return ends


def pysbd_runner(language: str) -> Callable[[Document], list[int]] | None:
    """End offsets from pysbd, or None when pysbd is not installed."""
    try:
        import pysbd
    except ImportError:
        return None
    try:
        segmenter = pysbd.Segmenter(language=language, clean=False, char_span=True)
    except ValueError:
        segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def run(doc: Document) -> list[int]:
        # pysbd's spans keep trailing whitespace; the protocol scores stripped ends.
        return [span.start + len(span.sent.rstrip()) for span in segmenter.segment(doc.text)]

    return run


def main(argv: list[str] | None = None) -> int:
    """Score every segmenter on every language and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of .conllu files")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs (best is kept)")
    args = parser.parse_args(argv)

    missing = [name for name in FILES.values() if not (args.data / name).is_file()]
    if missing:
        print(
            f"bench/sentences.py: missing data: {', '.join(str(args.data / m) for m in missing)}",
            file=sys.stderr,
        )
        return 2

    print(f"{'lang':4} {'segmenter':10} {'P':>6} {'R':>6} {'F1':>6} {'chars/s':>12}")
    for language, name in FILES.items():
        doc = build_document(language, read_paragraphs(args.data / name))
        runners: dict[str, Callable[[Document], list[int]]] = {
            "claimdesk": ours_ends,
            "naive": naive_ends,
        }
        sbd = pysbd_runner(language)
        if sbd is not None:
            runners["pysbd"] = sbd
        results: dict[str, Score] = {}
        for label, runner in runners.items():
            repeat = args.repeat if label != "pysbd" else 1
            ends, seconds = timed(runner, doc, repeat)
            results[label] = score(ends, doc.gold_ends, seconds, len(doc.text))
            s = results[label]
            print(
                f"{language:4} {label:10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                f"{s.chars_per_second:12,.0f}"
            )
        if "pysbd" in results:
            ratio = results["claimdesk"].chars_per_second / results["pysbd"].chars_per_second
            print(f"{language:4} speed ours/pysbd: {ratio:.1f}x")
        else:
            print(f"{language:4} pysbd not importable: skipped")
        print(f"{language:4} ({doc.sentences} sentences, {len(doc.text):,} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
