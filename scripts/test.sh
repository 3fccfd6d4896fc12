#!/usr/bin/env bash
# Builds Tack and runs every test: unit, snapshot, client-against-sandbox and end-to-end (tmux).
#
# Each test target runs in its own process, one after another: Swift's cooperative thread pool has one
# thread per core (two here), and tests that hold a thread for long (fuzzing, socket servers, the
# real binary in tmux) starve the deadline-based tests of other targets when they share a process.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build --build-tests
targets=(TerminalCanvasTests TackImagesTests TackCoreTests TackScreensTests PinterestAPITests PinterestSandboxTests IntegrationTests TackExportTests EndToEndTests)
# Suites that wait on the store's own tasks run apart from the CPU-bound tests of their target.
apart=(TackCoreTests.StoreTests TackCoreTests.StoreProgressTests TackCoreTests.StorePictureTests)
if [ $# -gt 0 ]; then
    swift test --skip-build "$@"
    exit
fi
failed=()
for target in "${targets[@]}"; do
    echo "== $target"
    skips=()
    for suite in "${apart[@]}"; do
        [[ $suite == "$target".* ]] && skips+=(--skip "^$suite/")
    done
    swift test --skip-build --filter "^$target\\." "${skips[@]}" || failed+=("$target")
done
for suite in "${apart[@]}"; do
    echo "== $suite"
    swift test --skip-build --filter "^$suite/" || failed+=("$suite")
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "Failed: ${failed[*]}"
    exit 1
fi
echo "All ${#targets[@]} test targets passed."
