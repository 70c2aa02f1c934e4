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
echo "== pytest"; exec "$venv/bin/python" -m pytest "$@"
