"""Import per format: throughput, then what is kept of real-shaped files.

First part: writes the same sample article (tests/unit/importers/samples.py) N times in each
format, each copy slightly different, then times ``importers.read_file`` over them (best of 3
runs). Second part: every file of a folder (by default tests/fixtures/import, the files written
in the shapes real mails, documents and pages come in; ``--files DIR`` for another folder):
imported, refused, or ended badly (any error but a refusal, or anything printed on stderr),
and the share of a plain reader's words the import keeps (bench/plain_readers.py: every text
part of a mail, every run of a Word body and its notes, the text layer of a PDF, plain
trafilatura for web pages). The targets: none ends badly, none that holds text is refused,
every import keeps at least 90% of the plain reader's words.

    PYTHONPATH=. python bench/import_formats.py [N] [--files DIR]
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

from bench.plain_readers import plain_text, words
from claimdesk.core.errors import InputRefused
from claimdesk.core.importers import read_file
from tests.unit.importers.samples import ARTICLE, WRITERS, variant

RUNS = 3


FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "import"
TARGET_KEPT = 0.90


def main() -> None:
    """Print one line a format: files, best time, articles per second; then one line a file."""
    args = sys.argv[1:]
    folder = FIXTURES
    if "--files" in args:
        at = args.index("--files")
        folder = Path(args[at + 1])
        del args[at : at + 2]
    count = int(args[0]) if args else 50
    throughput(count)
    print()
    kept(folder)


def throughput(count: int) -> None:
    """Articles per second for each format."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        print(f"{'format':<8}{'files':>7}{'seconds':>10}{'articles/s':>12}")
        for suffix, writer in WRITERS.items():
            paths = [writer(variant(ARTICLE, n), root / f"a{n}{suffix}") for n in range(count)]
            read_file(paths[0])  # load the format's library before timing
            best = min(_time(paths) for _ in range(RUNS))
            print(f"{suffix:<8}{count:>7}{best:>10.3f}{count / best:>12.1f}")


def kept(folder: Path) -> None:
    """One line a file: what became of it and the share of the plain reader's words kept."""
    paths = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    print(f"{'file':<34}{'outcome':<10}{'plain words':>12}{'kept':>8}")
    counts = {"imported": 0, "refused": 0, "ended badly": 0}
    shares: list[float] = []
    for path in paths:
        stderr = io.StringIO()
        outcome, text = "imported", ""
        with contextlib.redirect_stderr(stderr):
            try:
                draft = read_file(path)
                # What the file's headers or properties said is kept as metadata.
                text = " ".join((draft.text, draft.title, *draft.authors))
            except InputRefused:
                outcome = "refused"
            except Exception:
                outcome = "ended badly"
        if stderr.getvalue():
            outcome = "ended badly"
        counts[outcome] += 1
        plain = words(plain_text(path))
        total = sum(plain.values())
        share = sum((words(text) & plain).values()) / total if total else 1.0
        if outcome == "imported":
            shares.append(share)
        print(f"{path.name[:33]:<34}{outcome:<10}{total:>12}{share:>8.3f}")
    low = sum(1 for s in shares if s < TARGET_KEPT)
    print(
        f"{len(paths)} files: {counts['imported']} imported, {counts['refused']} refused, "
        f"{counts['ended badly']} ended badly; words kept: mean "
        f"{sum(shares) / max(len(shares), 1):.3f}, lowest {min(shares, default=0):.3f}, "
        f"{low} under {TARGET_KEPT:.0%}"
    )


def _time(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        read_file(path)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
