"""Language detection at import: the detector ClaimDesk uses beside the stopword lists it
replaced, py3langid and lingua, on short and long texts of the dev splits.

Short texts are single UD sentences (Italian ISDT dev, English EWT dev) and CheckThat 2020 dev
tweets (English); long texts are runs of 10 UD sentences, the EWT documents (``# newdoc``) and
the seed articles. Each line gives, per set, the share of texts whose gold ISO 639-1 code the
detector names ("right"), names another language for ("wrong"), or is unsure of ("unsure": the
stopword lists' and ClaimDesk's ``None``; the importer then keeps the declared language), and
the time per text; then the time to load each detector (lingua's models are shared between
its two modes, so the second loads at no cost; a fresh process takes about 20 s).

    PYTHONPATH=. python bench/language_detect.py
"""

from __future__ import annotations

import csv
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMDESK_SHARED_DATA", REPO.parent / "shared" / "data"))
UD = {"it": "ud/it_isdt-ud-dev.conllu", "en": "ud/en_ewt-ud-dev.conllu"}
TWEETS = "checkthat2020/dev/tweets.queries.tsv"
SEEDS = {
    "stoltenberg-reuters-it.txt": "it",
    "corridoio-grano-it.txt": "it",
    "gas-prices-en.txt": "en",
}
RUN = 10


def _ud(language: str) -> tuple[list[str], list[str]]:
    """The sentences of one UD file, and its documents (or runs of sentences)."""
    sentences: list[str] = []
    documents: list[list[str]] = []
    for line in (SHARED / UD[language]).read_text("utf-8").splitlines():
        if line.startswith("# newdoc"):
            documents.append([])
        elif line.startswith("# text = "):
            sentences.append(line[len("# text = ") :])
            if documents:
                documents[-1].append(sentences[-1])
    runs = [" ".join(sentences[i : i + RUN]) for i in range(0, len(sentences), RUN)]
    return sentences, runs + [" ".join(d) for d in documents if len(d) > 1]


def datasets() -> dict[str, list[tuple[str, str]]]:
    """Set name -> (text, gold code)."""
    sets: dict[str, list[tuple[str, str]]] = {"short": [], "long": []}
    for language in UD:
        sentences, longer = _ud(language)
        sets["short"] += [(s, language) for s in sentences]
        sets["long"] += [(t, language) for t in longer]
    with (SHARED / TWEETS).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))[1:]
    sets["tweets"] = [(row[1], "en") for row in rows if len(row) > 1]
    seeds = REPO / "claimdesk" / "seeds"
    sets["long"] += [((seeds / name).read_text("utf-8"), code) for name, code in SEEDS.items()]
    return sets


def detectors() -> dict[str, tuple[Callable[[], Callable[[str], str | None]], str]]:
    def wordlists() -> Callable[[str], str | None]:
        from bench.language_wordlists import guess_language

        return guess_language

    def shipped() -> Callable[[str], str | None]:
        from claimdesk.core.importers.language import guess_language

        return guess_language

    def py3langid() -> Callable[[str], str | None]:
        import py3langid as langid

        identifier = langid.langid.LanguageIdentifier.from_model_file(
            langid.langid.MODEL_FILE, norm_probs=True
        )
        return lambda text: str(identifier.classify(text)[0])

    def lingua(low: bool) -> Callable[[], Callable[[str], str | None]]:
        def make() -> Callable[[str], str | None]:
            from lingua import LanguageDetectorBuilder

            builder = LanguageDetectorBuilder.from_all_languages()
            if low:
                builder = builder.with_low_accuracy_mode()
            detector = builder.build()

            def detect(text: str) -> str | None:
                found = detector.detect_language_of(text)
                return found.iso_code_639_1.name.lower() if found is not None else None

            return detect

        return make

    return {
        "stopword lists (before)": (wordlists, "baseline"),
        "ClaimDesk (py3langid)": (shipped, "shipped"),
        "py3langid, every label": (py3langid, ""),
        "lingua, all, high accuracy": (lingua(False), ""),
        "lingua, all, low accuracy": (lingua(True), ""),
    }


def main() -> int:
    """Print one line a detector and set: accuracy, ms per text; then load times."""
    for path in (*UD.values(), TWEETS):
        if not (SHARED / path).exists():
            print(f"{SHARED / path} is missing: check out ../shared beside the project")
            return 1
    sets = datasets()
    sizes = ", ".join(f"{name} {len(items)}" for name, items in sets.items())
    print(f"texts: {sizes}")
    print(f"{'detector':<28}{'set':<8}{'right':>8}{'wrong':>8}{'unsure':>8}{'ms/text':>9}")
    loads: list[str] = []
    for label, (make, _role) in detectors().items():
        started = time.perf_counter()
        try:
            detect = make()
            detect("warm up: the detector loads its model here.")
        except ImportError as error:
            print(f"{label:<28}not installed ({error.name})")
            continue
        loads.append(f"{label}: {time.perf_counter() - started:.2f} s")
        for name, items in sets.items():
            started = time.perf_counter()
            answers = [(detect(text), gold) for text, gold in items]
            elapsed = (time.perf_counter() - started) / len(items) * 1000
            right = sum(1 for found, gold in answers if found == gold) / len(items)
            unsure = sum(1 for found, _ in answers if found is None) / len(items)
            wrong = sum(1 for found, gold in answers if found not in (None, gold)) / len(items)
            print(f"{label:<28}{name:<8}{right:>8.3f}{wrong:>8.3f}{unsure:>8.3f}{elapsed:>9.2f}")
    print("load (first call included): " + "; ".join(loads))
    return 0


if __name__ == "__main__":
    sys.exit(main())
