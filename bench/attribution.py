"""Who says what, measured: ClaimDesk's suggestions beside a reporting-verb regex.

Run from the repository root::

    PYTHONPATH=. python bench/attribution.py [--split dev] [--errors N] [--all]

On PolNeAR's dev split (``../shared/data/polnear/dev``, 84 English articles; the ten read by two
annotators are scored against each, so a document is one article as one annotator read it) it
prints content precision/recall/F1 and content+source F1, for all attributions and for those
with a speech-verb cue, for ClaimDesk and for the baseline computed in the same run, then the
annotators' agreement on the doubly read articles, ClaimDesk's precision by confidence, and the
kinds of miss. Then the same figures on the Italian set (``bench/data/attribution_it.jsonl``),
with how many attributions are found with the right kind and claimant and how many sentences
without one carry no suggestion. Scoring: see ``bench/attribution_score.py``.

``--all`` scores every suggestion, below the confidence threshold too; ``--errors N`` prints N
missed attributions and N wrong suggestions.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.attribution_data import HELD_OUT, ITALIAN, REPO, TUNING, Document, italian, polnear
from bench.attribution_score import (
    Figures,
    Outcome,
    Predicted,
    figures,
    listed,
    match,
    miss_table,
    resolved_sources,
)
from claimdesk.core.nlp.attribution import THRESHOLD, suggest_claims
from claimdesk.core.nlp.sentences import split_sentences

Predictor = Callable[[Document, dict[str, str]], list[Predicted]]
SEEDS = REPO / "claimdesk" / "seeds"
SEED_ARTICLES = (
    ("gas-prices-en.txt", "en"),
    ("stoltenberg-reuters-it.txt", "it"),
    ("corridoio-grano-it.txt", "it"),
)

# --- the baseline: reporting verbs, nearest preceding proper noun --------------------------------

_VERBS = (
    "said|says|say|saying|told|tells|added|adds|stated|announced|wrote|writes|tweeted|"
    "explained|claimed|argued|insisted|warned|noted|asked|replied|responded|declared|denied|"
    "denies|reported|suggested|called|described|acknowledged|accused|urged|recalled|agreed|"
    "proposed|concluded|promised|revealed|predicted|believes?|thinks?|wants?|hopes?|expects?|"
    "according to|ha detto|ha dichiarato|ha affermato|ha aggiunto|ha spiegato|ha negato|"
    "ha smentito|secondo|dice|afferma|hanno detto"
)
_CUE = re.compile(rf"(?i:\b(?:{_VERBS})\b)")
_PROPER = re.compile(r"\b[A-ZÀ-Ý][\w’'\-]*(?:\s+[A-ZÀ-Ý][\w’'\-]*)*")
_OPENERS = listed("The A An In On At But And He She It They We This That Il La Lo Le")


def baseline(doc: Document, _registry: dict[str, str]) -> list[Predicted]:
    """One suggestion per reporting verb: the rest of the sentence after it (three words or
    more), else the sentence before it; the claimant is the proper noun nearest before it."""
    text = doc.text
    out: list[Predicted] = []
    for sentence in split_sentences(text, doc.language):
        for cue in _CUE.finditer(text, sentence.start, sentence.end):
            after = text[cue.end() : sentence.end]
            if len(after.split()) >= 3:
                start, end = cue.end(), sentence.end
            else:
                start, end = sentence.start, cue.start()
            claimant = None
            for name in _PROPER.finditer(text, max(0, cue.start() - 300), cue.start()):
                words = name.group().split()
                if name.start() == sentence.start and words[0] in _OPENERS:
                    words = words[1:]
                if words:
                    claimant = " ".join(words)
            if end > start:
                out.append(Predicted(start, end, claimant, cue.group()))
    return out


# --- ClaimDesk -----------------------------------------------------------------------------------


def claimdesk(every: bool) -> Predictor:
    def predict(doc: Document, registry: dict[str, str]) -> list[Predicted]:
        sentences = split_sentences(doc.text, doc.language)
        found = suggest_claims(
            doc.text, doc.language, sentences, registry, min_confidence=0.0 if every else None
        )
        return [
            Predicted(s.start, s.end, s.claimant, s.cue, s.kind.value, s.confidence) for s in found
        ]

    return predict


def agreement(docs: Sequence[Document]) -> Figures:
    """One annotator's attributions scored as suggestions against another's, every ordered
    pair of the articles read twice (a source as the claimant, pronouns resolved)."""
    by_name: dict[str, list[Document]] = {}
    for doc in docs:
        by_name.setdefault(doc.name, []).append(doc)
    outcomes = []
    for readings in by_name.values():
        for a in readings:
            for b in readings:
                if a is b:
                    continue
                sources = resolved_sources(b.attributions, b.text)
                preds = [
                    Predicted(g.start, g.end, sources[i], g.cue_text)
                    for i, g in enumerate(b.attributions)
                ]
                outcomes.append(match(a, preds))
    return figures(outcomes)


# --- printing ------------------------------------------------------------------------------------


def _row(name: str, all_: Figures, speech: Figures) -> str:
    p, r, f = all_.content_prf
    return (
        f"  {name:<28} {p:5.3f} {r:5.3f} {f:5.3f}   {all_.source_prf[2]:5.3f}"
        f"      {speech.content_prf[2]:5.3f}   {speech.source_prf[2]:5.3f}"
        f"   {all_.predicted:6d}"
    )


def _header(gold: int, speech: int) -> str:
    return (
        f"  {'':<28} content P/R/F1    +source  | speech cues ({speech} of {gold}):"
        f" content +source | suggestions"
    )


def run(docs: Sequence[Document], predict: Predictor, registry: dict[str, str]) -> list[Outcome]:
    """Each document's suggestions matched to its gold attributions."""
    return [match(doc, predict(doc, registry)) for doc in docs]


def _errors(outcomes: Sequence[Outcome], count: int) -> None:
    rng = random.Random(7)
    missed, wrong = [], []
    for out in outcomes:
        for gi, gold in enumerate(out.doc.attributions):
            found = out.matched.get(gi)
            if found is None or not found[1]:
                got = out.preds[found[0]].claimant if found else "-"
                text = out.doc.text[gold.start : gold.end][:160]
                missed.append(f"[{gold.cue_text}] {out.sources[gi]!r} got {got!r}: {text}")
        used = out.matched_preds
        for pi, pred in enumerate(out.preds):
            if pi not in used:
                wrong.append(
                    f"[{pred.cue}] {pred.claimant!r}: {out.doc.text[pred.start : pred.end][:160]}"
                )
    print(f"\nmissed or wrong claimant ({len(missed)}), {count} of them:")
    for line in rng.sample(missed, min(count, len(missed))):
        print("  -", line.replace("\n", " "))
    print(f"\nsuggestions matching nothing ({len(wrong)}), {count} of them:")
    for line in rng.sample(wrong, min(count, len(wrong))):
        print("  -", line.replace("\n", " "))


THRESHOLDS = (0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8)


def _above(outcomes: Sequence[Outcome], floor: float) -> list[Outcome]:
    """The outcomes again with only the suggestions of at least ``floor``."""
    return [match(o.doc, [p for p in o.preds if p.confidence >= floor]) for o in outcomes]


def sweep(docs: Sequence[Document], registry: dict[str, str]) -> None:
    """Precision and recall of every suggestion of at least each threshold, and how many
    sentences without an attribution stay unmarked (the default threshold starred)."""
    every = run(docs, claimdesk(True), registry)
    print(
        "\nClaimDesk by threshold: suggestions | content P/R/F1 | +source P/R/F1 | speech +source"
        " F1 | sentences without an attribution unmarked | sentences marked"
    )
    for floor in sorted({*THRESHOLDS, THRESHOLD}):
        outs = _above(every, floor)
        all_, speech = figures(outs), figures(outs, speech_only=True)
        (cp, cr, cf), (sp, sr, sf) = all_.content_prf, all_.source_prf
        _, quiet, empty = exact_and_quiet(outs)
        marked, sentences = marked_sentences(outs)
        star = "*" if floor == THRESHOLD else " "
        print(
            f"  >= {floor:.2f}{star} {all_.predicted:5d} | {cp:5.3f} {cr:5.3f} {cf:5.3f} |"
            f" {sp:5.3f} {sr:5.3f} {sf:5.3f} | {speech.source_prf[2]:5.3f} |"
            f" {quiet / max(1, empty):6.1%} | {marked / max(1, sentences):6.1%}"
        )


def english(split: str, errors: int, every: bool) -> None:
    docs = polnear(split)
    golds = sum(len(d.attributions) for d in docs)
    print(
        f"PolNeAR {split}: {len({d.name for d in docs})} articles, {len(docs)} readings, "
        f"{golds} attributions"
    )
    results: dict[str, list[Outcome]] = {}
    spent: dict[str, float] = {}
    for name, predict in (("ClaimDesk", claimdesk(every)), ("regex baseline", baseline)):
        started = time.process_time()
        results[name] = run(docs, predict, {})
        spent[name] = time.process_time() - started
    speech_gold = figures(results["ClaimDesk"], speech_only=True).gold
    print(_header(golds, speech_gold))
    for name in ("ClaimDesk", "regex baseline"):
        outs = results[name]
        print(_row(name, figures(outs), figures(outs, speech_only=True)))
    print("  time: " + ", ".join(f"{k} {v:.2f} s" for k, v in spent.items()))
    agree = agreement(docs)
    p, r, f = agree.content_prf
    print(
        f"  {'annotator vs annotator':<28} {p:5.3f} {r:5.3f} {f:5.3f}   {agree.source_prf[2]:5.3f}"
    )
    sweep(docs, {})
    print("\nClaimDesk's kinds of miss (gold count: not found / found, no claimant / wrong one):")
    for kind, total, lost, empty, wrong in miss_table(results["ClaimDesk"])[:10]:
        print(f"  {kind:<48} {total:5d}: {lost:4d} / {empty:4d} / {wrong:4d}")
    if errors:
        _errors(results["ClaimDesk"], errors)


_ARTICLE = re.compile(r"(?i:\A(?:il|lo|la|i|gli|le|the)\s+|\Al['’])")


def _bare(name: str) -> str:
    """A claimant compared without case and a leading article ("l'azienda" = "azienda")."""
    return _ARTICLE.sub("", name.strip()).casefold()


def exact_and_quiet(outcomes: Sequence[Outcome]) -> tuple[int, int, int]:
    """Attributions found with the right kind and claimant; sentences without an attribution
    that carry no suggestion, and how many sentences have no attribution."""
    right = quiet = empty = 0
    for out in outcomes:
        for gi, gold in enumerate(out.doc.attributions):
            found = out.matched.get(gi)
            if found is None:
                continue
            pred = out.preds[found[0]]
            same = _bare(pred.claimant or "") == _bare(gold.source_text)
            right += pred.kind == gold.kind and same
        for sentence in split_sentences(out.doc.text, out.doc.language):
            golds = out.doc.attributions
            if any(g.start < sentence.end and sentence.start < g.end for g in golds):
                continue
            empty += 1
            quiet += not any(p.start < sentence.end and sentence.start < p.end for p in out.preds)
    return right, quiet, empty


def marked_sentences(outcomes: Sequence[Outcome]) -> tuple[int, int]:
    """Sentences carrying a suggestion, and sentences (articles read twice counted once)."""
    marked = total = 0
    seen: set[str] = set()
    for out in outcomes:
        if out.doc.name in seen:
            continue
        seen.add(out.doc.name)
        for sentence in split_sentences(out.doc.text, out.doc.language):
            total += 1
            marked += any(p.start < sentence.end and sentence.start < p.end for p in out.preds)
    return marked, total


def italian_set(path: Path, label: str, errors: int, every: bool) -> None:
    docs, registry = italian(path)
    golds = sum(len(d.attributions) for d in docs)
    print(f"\n{label} ({path.name}): {len(docs)} paragraphs, {golds} attributions")
    outcomes = {}
    for name, predict in (("ClaimDesk", claimdesk(every)), ("regex baseline", baseline)):
        outcomes[name] = run(docs, predict, registry)
    print(_header(golds, figures(outcomes["ClaimDesk"], speech_only=True).gold))
    for name, outs in outcomes.items():
        print(_row(name, figures(outs), figures(outs, speech_only=True)))
    for name, outs in outcomes.items():
        right, quiet, empty = exact_and_quiet(outs)
        print(
            f"  {name}: {right} of {golds} ({right / golds:.0%}) found with the right kind and "
            f"the claimant (but for case and a leading article); {quiet} of {empty} sentences "
            f"without an attribution carry no suggestion ({quiet / max(1, empty):.0%})"
        )
    if errors:
        _errors(outcomes["ClaimDesk"], errors)


def seeds() -> None:
    """The shipped seed articles (no gold): suggestions, and the sentences they mark."""
    registry = {"Mosca": "Russia", "il Cremlino": "Russia"}  # as the demo library knows them
    print("\nSeed articles at the default threshold:")
    for name, language in SEED_ARTICLES:
        text = (SEEDS / name).read_text(encoding="utf-8")
        sentences = split_sentences(text, language)
        found = suggest_claims(text, language, sentences, registry)
        marked = sum(any(s.start < x.end and x.start < s.end for s in found) for x in sentences)
        print(
            f"  {name:<28} {len(found):3d} suggestions on {marked:3d} of {len(sentences):3d}"
            " sentences"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--all", action="store_true", help="ignore the confidence threshold")
    parser.add_argument("--english-only", action="store_true")
    args = parser.parse_args(argv)
    english(args.split, args.errors, args.all)
    if not args.english_only:
        italian_set(ITALIAN, "Italian set (written with the rules: it pins)", args.errors, args.all)
        italian_set(TUNING, "Italian tuning set (held out once, then tuned on)", 0, args.all)
        if HELD_OUT.is_file():
            italian_set(HELD_OUT, "Italian held-out set (never tuned on)", 0, args.all)
        seeds()
    return 0


if __name__ == "__main__":
    sys.exit(main())
