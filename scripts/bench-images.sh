#!/usr/bin/env bash
# The picture benchmark (issue 14): a benchmark, not a test. Builds ImageBenchmark in release and prints,
# for a 600x750 JPEG into a 40x20-cell preview, the decode + convert time per renderer (target: under
# 20 ms) and the bytes the terminal would be sent for it. Results are kept in benchmarks/RESULTS.md.
#
# Environment: ITERATIONS  runs per renderer after 3 warm-ups (default 40)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product ImageBenchmark
.build/release/ImageBenchmark
