"""Date evaluation: TimeBank (English) and ClaimDesk's Italian set, beside plain dateparser.

Run from the repository root::

    PYTHONPATH=. python bench/dates.py [--timebank DIR] [--italian FILE] [--no-baseline]
                                       [--errors N] [--no-speed]

Protocol (bench/README.md): a predicted date counts when its span overlaps a gold date
(TimeBank: a TIMEX3 of type DATE) and its value equals the gold value, both relative to the
document's creation time; precision is over predicted dates, recall over gold dates. The
baseline is dateparser's ``search_dates`` with the language given and the creation time as
``RELATIVE_BASE``, granularity from ``DateDataParser.get_date_data(...).period``; it is
computed in the same run. The speed figures of ``bench/analyze_speed.py`` follow.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from claimdesk.core.nlp.dates import find_dates, resolved_from_period
from claimdesk.core.nlp.sentences import split_sentences

REPO = Path(__file__).resolve().parents[1]
DEFAULT_TIMEBANK = Path(os.environ.get("CLAIMDESK_TIMEBANK_DIR", "/work/shared/data/timebank"))
DEFAULT_ITALIAN = REPO / "bench" / "data" / "dates_it.jsonl"
TARGETS = {"timebank": 0.80, "italian": 0.95}

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Gold:
    """A gold date: its span in the plain text and its TimeML value."""

    start: int
    end: int
    value: str


@dataclass(frozen=True)
class Document:
    """One evaluation text with its creation date and gold dates."""

    name: str
    language: str
    text: str
    created: dt.date
    gold: tuple[Gold, ...]


@dataclass(frozen=True)
class Predicted:
    """A predicted date: span, value and the text it covers."""

    start: int
    end: int
    value: str
    text: str


@dataclass
class Tally:
    """Counts for precision and recall, plus the errors seen."""

    predicted: int = 0
    correct_predicted: int = 0
    gold: int = 0
    found_gold: int = 0
    seconds: float = 0.0

    def f1(self) -> tuple[float, float, float]:
        """Precision, recall, F1."""
        p = self.correct_predicted / self.predicted if self.predicted else 0.0
        r = self.found_gold / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_timebank(path: Path) -> Document:
    """The plain text of a TimeML file, its creation time and its DATE timexes."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    if dct_match is None:
        raise ValueError(f"{path}: no creation time")
    created = dt.date.fromisoformat(dict(_ATTR.findall(dct_match.group()))["value"][:10])
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    parts: list[str] = []
    offset = 0
    gold: list[Gold] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    position = 0
    for tag in _TAG.finditer(body):
        piece = html.unescape(body[position : tag.start()])
        parts.append(piece)
        offset += len(piece)
        position = tag.end()
        closing, name, attrs = tag.groups()
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (offset, dict(_ATTR.findall(attrs)))
        elif open_timex is not None:
            start, attributes = open_timex
            if attributes.get("type") == "DATE":
                gold.append(Gold(start, offset, attributes.get("value", "")))
            open_timex = None
    parts.append(html.unescape(body[position:]))
    return Document(path.stem, "en", "".join(parts), created, tuple(gold))


def read_italian(path: Path) -> list[Document]:
    """The Italian set: one JSON object a line, ``text``, ``published`` and ``dates``.

    Each expected date gives its ``text`` (found in order, each after the previous one) and
    ``value``; a sentence with no dates has an empty list (the traps: ages, quantities).
    """
    documents = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        text = item["text"]
        gold = []
        cursor = 0
        for date in item["dates"]:
            start = text.index(date["text"], cursor)
            gold.append(Gold(start, start + len(date["text"]), date["value"]))
            cursor = start + len(date["text"])
        published = dt.date.fromisoformat(item["published"])
        documents.append(Document(f"it:{number}", "it", text, published, tuple(gold)))
    return documents


def ours(doc: Document) -> list[Predicted]:
    """ClaimDesk's dates."""
    sentences = split_sentences(doc.text, doc.language)
    return [
        Predicted(d.start, d.end, d.value, d.text)
        for d in find_dates(doc.text, doc.language, doc.created, sentences)
    ]


def baseline(doc: Document) -> list[Predicted]:
    """Plain dateparser: ``search_dates`` with the language and the creation time given."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime.combine(doc.created, dt.time())}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(doc.text, languages=[doc.language], settings=settings) or []
        parser = DateDataParser(languages=[doc.language], settings=settings)
        predicted = []
        cursor = 0
        for written, moment in found:
            start = doc.text.find(written, cursor)
            if start < 0:
                start = doc.text.find(written)
            if start < 0:
                continue
            cursor = start + len(written)
            data = parser.get_date_data(written)
            value = resolved_from_period(moment.date(), data.period or "day").value
            predicted.append(Predicted(start, start + len(written), value, written))
    return predicted


def evaluate(
    documents: Iterable[Document],
    system: Callable[[Document], list[Predicted]],
    errors: list[str] | None = None,
) -> Tally:
    """Score ``system`` on ``documents``; wrong predictions and misses go to ``errors``."""
    tally = Tally()
    for doc in documents:
        started = time.perf_counter()
        predicted = system(doc)
        tally.seconds += time.perf_counter() - started
        tally.predicted += len(predicted)
        tally.gold += len(doc.gold)
        matched: set[int] = set()
        for p in predicted:
            hits = [
                i
                for i, g in enumerate(doc.gold)
                if p.start < g.end and g.start < p.end and g.value == p.value
            ]
            if hits:
                tally.correct_predicted += 1
                matched.update(hits)
            elif errors is not None:
                overlapping = [g for g in doc.gold if p.start < g.end and g.start < p.end]
                want = overlapping[0].value if overlapping else "-"
                errors.append(f"FP {doc.name} {doc.created} {p.text!r} -> {p.value} (gold {want})")
        tally.found_gold += len(matched)
        if errors is not None:
            for i, g in enumerate(doc.gold):
                if i not in matched:
                    context = doc.text[max(0, g.start - 30) : g.end + 20].replace("\n", " ")
                    errors.append(
                        f"FN {doc.name} {doc.created} {doc.text[g.start : g.end]!r} = {g.value}"
                        f"   …{context}…"
                    )
    return tally


def _line(label: str, tally: Tally) -> str:
    p, r, f = tally.f1()
    return (
        f"  {label:11} P {p:5.3f}  R {r:5.3f}  F1 {f:5.3f}   "
        f"({tally.correct_predicted}/{tally.predicted} predicted, "
        f"{tally.found_gold}/{tally.gold} gold, {tally.seconds:6.2f} s)"
    )


def main(argv: list[str] | None = None) -> int:
    """Print every figure beside its baseline and target; exit 1 when one misses its target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timebank", type=Path, default=DEFAULT_TIMEBANK)
    parser.add_argument("--italian", type=Path, default=DEFAULT_ITALIAN)
    parser.add_argument("--no-baseline", action="store_true", help="skip plain dateparser")
    parser.add_argument("--no-speed", action="store_true", help="skip bench/analyze_speed.py")
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors per set")
    args = parser.parse_args(argv)

    files = sorted(args.timebank.glob("*.tml"))
    if not files or not args.italian.is_file():
        print(f"bench/dates.py: missing data in {args.timebank} or {args.italian}", file=sys.stderr)
        return 2
    sets = {
        "timebank": [read_timebank(path) for path in files],
        "italian": read_italian(args.italian),
    }
    failed = False
    for name, documents in sets.items():
        gold = sum(len(d.gold) for d in documents)
        print(f"{name}: {len(documents)} documents, {gold} gold dates")
        errors: list[str] = []
        mine = evaluate(documents, ours, errors)
        print(_line("claimdesk", mine))
        if not args.no_baseline:
            print(_line("dateparser", evaluate(documents, baseline)))
        f1 = mine.f1()[2]
        met = f1 >= TARGETS[name]
        failed |= not met
        print(f"  target F1 >= {TARGETS[name]:.2f}: {'met' if met else 'NOT MET'}")
        for error in errors[: args.errors]:
            print("   ", error)
    if not args.no_speed:
        from bench.analyze_speed import report

        failed |= not report()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
