#!/usr/bin/env bash
# Sets up ClaimDesk with its test tools and runs every check: lint, format, types,
# the Qt-free core contract, and the whole test suite (unit, GUI offscreen, end-to-end under Xvfb).
# Usage: tools/test.sh [pytest arguments]
#        tools/test.sh --latest [pytest arguments]   the same against the newest versions that
#                                                    pyproject.toml allows, in .venv-latest
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv
if [ "${1:-}" = "--latest" ]; then
  shift
  venv=.venv-latest
  export LATEST=1
fi
VENV=$venv tools/setup.sh test
export PYTHONDONTWRITEBYTECODE=1
echo "== ruff"; "$venv/bin/ruff" check claimdesk tests bench packaging tools
echo "== ruff format"; "$venv/bin/ruff" format --check claimdesk tests bench packaging tools
echo "== mypy --strict"; "$venv/bin/mypy"
echo "== import contracts (core free of Qt)"; "$venv/bin/lint-imports"
# Two workers (pytest-xdist), each file's tests on one of them: the suite took 14 min on one
# core of a 2-core machine, 7.5 on both. CLAIMDESK_TEST_WORKERS=0 runs it in one process.
workers=${CLAIMDESK_TEST_WORKERS:-2}
echo "== pytest ($workers workers)"
exec "$venv/bin/python" -m pytest -n "$workers" --dist loadfile "$@"
