#!/usr/bin/env bash
# Builds Tack and opens it on the embedded demo sandbox. Extra arguments go to `tack`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build --product tack
exec .build/debug/tack --demo "$@"
