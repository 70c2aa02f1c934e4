#!/usr/bin/env bash
# Refreshes the lock files from pyproject.toml: requirements/test.lock (the application, its
# test tools and its build backend) and requirements/app.lock (the application alone, at the
# same versions). Exact versions and sha256 hashes for every platform and Python 3.11+.
# Usage: tools/lock.sh            keep locked versions that still fit pyproject.toml
#        tools/lock.sh --upgrade  take the newest versions the ranges allow
# Then run tools/test.sh, and commit pyproject.toml and requirements/ together.
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.10
tools=.venv-lock
python=${PYTHON:-python3}
if [ ! -x "$tools/bin/uv" ] || [ "$("$tools/bin/uv" --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  "$python" -m venv "$tools"
  "$tools/bin/python" -m pip install --quiet "uv==$UV_VERSION"
fi
upgrade=()
[ "${1:-}" = "--upgrade" ] && upgrade=(--upgrade)
compile() {
  "$tools/bin/uv" pip compile --quiet --universal --python-version 3.11 --generate-hashes \
    --custom-compile-command "tools/lock.sh" ${upgrade[@]+"${upgrade[@]}"} "$@"
}
compile pyproject.toml requirements/build.in --extra test -o requirements/test.lock
# The application's lock takes its versions from the test lock: what was tested is what ships.
compile pyproject.toml requirements/build.in --constraint requirements/test.lock \
  -o requirements/app.lock
"$tools/bin/python" tools/lock_stamp.py requirements/test.lock requirements/app.lock
echo "locked: $(grep -c '==' requirements/test.lock) packages (test), $(grep -c '==' requirements/app.lock) (app)"
