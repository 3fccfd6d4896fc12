#!/usr/bin/env bash
# Builds Tack and runs every test: unit, snapshot, client-against-sandbox and end-to-end (tmux).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build --build-tests
swift test --skip-build "$@"
