"""Scoring for ``bench/attribution.py``: lenient matching of suggestions to gold attributions.

A suggestion is a content match when its span overlaps the gold content (one suggestion per
gold attribution, one gold per suggestion, the largest overlaps paired first); it is a
content+source match when, besides, its claimant names the gold source: the head word of one
is among the words of the other ("Trump" for "President Donald Trump", "sources" for "two
sources"). A gold source that is a pronoun stands for the nearest named source the same
annotator gave before it ("she" for the nearest woman among the last six, by title or first
name), a relative pronoun for the words before it ("Ivanka Trump, who"); an attribution
without a source accepts any claimant.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bench.attribution_data import Document, Gold
from claimdesk.core.nlp.claimants import FEMALE_NAMES
from claimdesk.core.nlp.cues import words as _words


def listed(text: str) -> frozenset[str]:
    """The space-separated words of ``text``, as a set."""
    return frozenset(_words(text))


PRONOUNS = listed("he she they it we i you him her them his hers their us me")
RELATIVES = listed("who whom which that")
_IGNORED = listed(
    "the a an his her their its our my this that these those of for in on at to and "
    "mr mrs ms dr sen rep gov president il la lo l i gli le un una uno di del della dei "
    "degli delle e"
)
_DETERMINERS = listed("the a an his her their its our my this that il la lo l i gli le un una uno")
_WORD = re.compile(r"[^\W_][\w\-]*")
SPEECH = listed(
    "say said says saying tell told tells telling add added adds adding write wrote writes "
    "written writing tweet tweeted tweets state stated states announce announced announces "
    "explain explained explains claim claimed claims argue argued argues insist insisted "
    "insists warn warned warns note noted notes noting ask asked asks reply replied replies "
    "respond responded responds declare declared declares assert asserted testify testified "
    "acknowledge acknowledged admit admitted deny denied denies denying comment commented "
    "remark remarked recall recalled stress stressed emphasize emphasized contend contended "
    "maintain maintained allege alleged confirm confirmed report reported reports "
    "detto dichiarato affermato aggiunto spiegato annunciato riferito sottolineato ribadito "
    "precisato risposto negato smentito dice dicono afferma dichiara spiega aggiunge "
    "nega smentisce replicato assicurato"
)


@dataclass(frozen=True, slots=True)
class Predicted:
    """One suggestion as the bench sees it."""

    start: int
    end: int
    claimant: str | None
    cue: str
    kind: str = "claim"
    confidence: float = 1.0


def words(name: str) -> list[str]:
    """The words that name: without determiners and titles, unless nothing else is left
    ("the president")."""
    found = [w.casefold() for w in _WORD.findall(name.replace("’s", "").replace("'s", ""))]
    kept = [w for w in found if w not in _IGNORED]
    return kept or [w for w in found if w not in _DETERMINERS]


def head(name: str) -> str | None:
    """The head word: the last one, or the one before "of"/"for" ("spokesman for X")."""
    tokens = [w.casefold() for w in _WORD.findall(name.replace("’s", "").replace("'s", ""))]
    for index, token in enumerate(tokens):
        if token in ("of", "for", "at", "di", "del", "della", "dei", "degli") and index:
            tokens = tokens[:index]
            break
    content = [t for t in tokens if t not in _IGNORED] or [
        t for t in tokens if t not in _DETERMINERS
    ]
    return content[-1] if content else None


def names_source(claimant: str | None, source: str) -> bool:
    """Whether ``claimant`` names ``source``, head word enough (either way round)."""
    if not claimant:
        return False
    claimant_words, source_words = words(claimant), words(source)
    if not claimant_words or not source_words:
        return False
    a, b = head(claimant), head(source)
    return (a is not None and a in source_words) or (b is not None and b in claimant_words)


def resolved_sources(golds: Sequence[Gold], text: str = "") -> list[str]:
    """Each gold's source, a pronoun replaced by the nearest named source before it, a
    relative pronoun ("Ivanka Trump, who spoke") by the words just before it."""
    out: list[str] = []
    named: str | None = None
    names: list[str] = []
    for gold in golds:
        source = gold.source_text
        if source.strip().casefold() in RELATIVES and gold.source and text:
            start = gold.source[0][0]
            before = text[max(0, start - 60) : start].rstrip(" ,")
            out.append(before.rsplit(",", 1)[-1] if "," in before else before)
            continue
        pronoun = source.strip().casefold()
        if pronoun in PRONOUNS:
            if pronoun in ("he", "she"):
                fits = [n for n in names[-6:] if _female(n) == (pronoun == "she")]
                out.append(fits[-1] if fits else (named or source))
            else:
                out.append(named or source)
            continue
        if any(w[:1].isupper() for w in source.split()):
            named = source
            names.append(source)
        out.append(source)
    return out


def _female(name: str) -> bool:
    """A source that is a woman by its title or first name (for "she" in the gold)."""
    tokens = [w.casefold().rstrip(".") for w in name.split()]
    if any(t in ("ms", "mrs", "miss") for t in tokens):
        return True
    return any(t in FEMALE_NAMES for t in tokens[:3])


def is_speech(cue: str) -> bool:
    return any(w.casefold() in SPEECH for w in _WORD.findall(cue))


def _overlap(pred: Predicted, gold: Gold) -> int:
    return sum(max(0, min(pred.end, e) - max(pred.start, s)) for s, e in gold.content)


@dataclass(slots=True)
class Outcome:
    """The matching of one document: gold index -> (prediction, source named)."""

    doc: Document
    preds: list[Predicted]
    sources: list[str]
    matched: dict[int, tuple[int, bool]] = field(default_factory=dict)

    @property
    def matched_preds(self) -> set[int]:
        return {p for p, _ in self.matched.values()}


def match(doc: Document, preds: Sequence[Predicted]) -> Outcome:
    sources = resolved_sources(doc.attributions, doc.text)
    pairs = []
    for gi, gold in enumerate(doc.attributions):
        for pi, pred in enumerate(preds):
            if pred.end <= gold.start or pred.start >= gold.end:
                continue
            size = _overlap(pred, gold)
            if size:
                ok = not gold.source_text or names_source(pred.claimant, sources[gi])
                pairs.append((ok, size, gi, pi))
    pairs.sort(key=lambda t: (not t[0], -t[1]))
    outcome = Outcome(doc, list(preds), sources)
    used: set[int] = set()
    for ok, _, gi, pi in pairs:
        if gi in outcome.matched or pi in used:
            continue
        outcome.matched[gi] = (pi, ok)
        used.add(pi)
    return outcome


@dataclass(slots=True)
class Figures:
    predicted: int = 0
    gold: int = 0
    content: int = 0
    source: int = 0

    def add(self, other: Figures) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.content += other.content
        self.source += other.source

    @staticmethod
    def _f1(hit: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = hit / predicted if predicted else 0.0
        r = hit / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def content_prf(self) -> tuple[float, float, float]:
        return self._f1(self.content, self.predicted, self.gold)

    @property
    def source_prf(self) -> tuple[float, float, float]:
        return self._f1(self.source, self.predicted, self.gold)


def figures(outcomes: Iterable[Outcome], speech_only: bool = False) -> Figures:
    """Counts over documents; ``speech_only`` keeps gold with a speech cue, and suggestions
    matched to one of them or, unmatched, with a speech cue of their own."""
    total = Figures()
    for out in outcomes:
        golds = [
            gi
            for gi, g in enumerate(out.doc.attributions)
            if not speech_only or is_speech(g.cue_text)
        ]
        matched_to = {p: gi for gi, (p, _) in out.matched.items()}
        preds = 0
        for pi, pred in enumerate(out.preds):
            gi = matched_to.get(pi)
            if not speech_only:
                preds += 1
            elif gi is not None:
                preds += is_speech(out.doc.attributions[gi].cue_text)
            else:
                preds += is_speech(pred.cue)
        total.add(
            Figures(
                predicted=preds,
                gold=len(golds),
                content=sum(gi in out.matched for gi in golds),
                source=sum(gi in out.matched and out.matched[gi][1] for gi in golds),
            )
        )
    return total


# --- kinds of miss -------------------------------------------------------------------------------

_QUOTES = "\"“”'‘’«»"


def kinds(doc: Document, gold: Gold, source: str) -> list[str]:
    """The kinds an attribution belongs to, for the table of misses."""
    text = doc.text
    cue = gold.cue_text.strip().casefold()
    cue_start = min((s for s, _ in gold.cue), default=gold.start)
    out = []
    if cue.startswith("according"):
        out.append("'according to'")
    elif not is_speech(cue) and cue not in (":", "—"):
        out.append("belief, intention or other non-speech cue")
    if len(gold.content) > 1:
        out.append("content in several pieces")
    if len(_WORD.findall(text[gold.start : gold.end])) <= 4:
        out.append("content of four words or fewer")
    before = gold.end <= cue_start
    quoted = text[max(0, gold.start - 1) : gold.start + 1].strip()[:1] in _QUOTES
    if before and quoted:
        out.append("quote before the cue")
    elif before:
        out.append("unquoted content before the cue")
    elif quoted:
        out.append("quote after the cue")
    elif not cue.startswith("according"):
        out.append("indirect speech after the cue ('said that ...')")
    if not gold.source_text:
        out.append("no source (passive, 'reportedly')")
    elif gold.source_text.strip().casefold() in PRONOUNS:
        out.append("pronoun source")
    elif not any(w[:1].isupper() for w in source.split()):
        out.append("common-noun or plural source ('officials')")
    return out


def miss_table(outcomes: Iterable[Outcome]) -> list[tuple[str, int, int, int, int]]:
    """(kind, gold count, not found, found without claimant, found with a wrong claimant),
    most missed first."""
    total: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for out in outcomes:
        for gi, gold in enumerate(out.doc.attributions):
            found = out.matched.get(gi)
            for kind in kinds(out.doc, gold, out.sources[gi]):
                total[kind] += 1
                if found is None:
                    lost[kind] += 1
                elif not found[1]:
                    claimant = out.preds[found[0]].claimant
                    (wrong if claimant else empty)[kind] += 1
    rows = [(k, total[k], lost[k], empty[k], wrong[k]) for k in total]
    return sorted(rows, key=lambda r: -(r[2] + r[3] + r[4]))
