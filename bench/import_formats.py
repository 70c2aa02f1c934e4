"""Import throughput per format: articles read and normalised per second (no library).

Writes the same sample article (tests/unit/importers/samples.py) N times in each format,
each copy slightly different, then times ``importers.read_file`` over them (best of 3 runs).

    PYTHONPATH=. python bench/import_formats.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from claimdesk.core.importers import read_file
from tests.unit.importers.samples import ARTICLE, WRITERS, variant

RUNS = 3


def main() -> None:
    """Print one line a format: files, best time, articles per second."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        print(f"{'format':<8}{'files':>7}{'seconds':>10}{'articles/s':>12}")
        for suffix, writer in WRITERS.items():
            paths = [writer(variant(ARTICLE, n), root / f"a{n}{suffix}") for n in range(count)]
            read_file(paths[0])  # load the format's library before timing
            best = min(_time(paths) for _ in range(RUNS))
            print(f"{suffix:<8}{count:>7}{best:>10.3f}{count / best:>12.1f}")


def _time(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        read_file(path)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
