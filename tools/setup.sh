#!/usr/bin/env bash
# Creates .venv (Python 3.11+) and installs ClaimDesk into it, with the test tools when asked.
# Usage: tools/setup.sh [test]
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "ClaimDesk needs Python 3.11 or newer: set PYTHON=python3.11" >&2; exit 2; }
  "$python" -m venv .venv
fi
extra=""
[ "${1:-}" = "test" ] && extra="[test]"
stamp=".venv/.installed$extra"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".$extra"
  touch "$stamp"
fi
# The Italian interface: Qt's .qm catalogues are built from the .ts sources, never committed.
.venv/bin/python -m claimdesk.gui.i18n_build >/dev/null
