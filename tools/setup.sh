#!/usr/bin/env bash
# Creates .venv (Python 3.11+) and installs ClaimDesk into it at the locked versions, with the
# test tools when asked. The locks (requirements/*.lock, exact versions and hashes) are made by
# tools/lock.sh from pyproject.toml; LATEST=1 ignores them and takes the newest versions
# pyproject.toml's ranges allow (tools/test.sh --latest, in .venv-latest).
# Usage: tools/setup.sh [test]        VENV=DIR tools/setup.sh [test]    LATEST=1 tools/setup.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
venv=${VENV:-.venv}
if [ ! -x "$venv/bin/python" ]; then
  "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "ClaimDesk needs Python 3.11 or newer: set PYTHON=python3.11" >&2; exit 2; }
  "$python" -m venv "$venv"
fi
pip=("$venv/bin/python" -m pip --quiet)
if [ "${LATEST:-0}" = 1 ]; then
  extra=""
  [ "${1:-}" = "test" ] && extra="[test]"
  "${pip[@]}" install --upgrade pip
  "${pip[@]}" install --upgrade --upgrade-strategy eager -e ".$extra"
else
  lock=requirements/app.lock
  [ "${1:-}" = "test" ] && lock=requirements/test.lock
  stamp="$venv/.installed-$(basename "$lock")"
  if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    # The venv's own pip (23.2 or newer) installs exactly what the lock names, hashes checked;
    # then ClaimDesk itself, with the locked setuptools and nothing fetched besides.
    "${pip[@]}" install --require-hashes -r "$lock"
    "${pip[@]}" install --no-deps --no-build-isolation -e .
    touch "$stamp"
  fi
fi
# The Italian interface: Qt's .qm catalogues are built from the .ts sources, never committed.
"$venv/bin/python" -m claimdesk.gui.app.i18n_build >/dev/null
