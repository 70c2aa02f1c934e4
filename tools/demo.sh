#!/usr/bin/env bash
# Sets up ClaimDesk and opens the desktop app on a fresh demo library.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
exec .venv/bin/claimdesk --demo "$@"
