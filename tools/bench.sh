#!/usr/bin/env bash
# Runs the benchmarks (all of bench/*.py, or the names given: tools/bench.sh sentences dates).
# Each prints its figures beside a reference measured in the same run, and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh test
export PYTHONPATH=. QT_QPA_PLATFORM=offscreen
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in bench/*.py; do names+=("$(basename "$f" .py)"); done
fi
for name in "${names[@]}"; do
  echo "== bench/$name.py"
  .venv/bin/python "bench/$name.py"
done
