#!/usr/bin/env bash
# The export benchmark (issue 13): a benchmark, not a test. It prints figures in Markdown beside the
# targets and never fails on timing.
#
# It seeds a sandbox data file (the demo account plus BOARDS boards with two sections each and PINS pins
# spread over them, by SQL), serves it with 50 ms of latency on every answer, and measures:
#   - `tack export DIR` (the release binary): wall time, its requests beside the minimum (one per page of
#     250 of each list, at least one per list, plus one per object), and its peak resident memory;
#   - a plain sequential script with Pinterest's generated Python client (pinterest-generated-client)
#     reading the same lists one request after another at page_size 250 (scripts/bench-export-sequential.py);
#   - the ratio of the two times, and the export's peak memory again at LARGE_PINS pins (memory flat:
#     the same with more pins).
#
# Environment:
#   TACK_BIN     the binary to measure (default: build release here)
#   BENCH_VENV   a virtual environment holding pinterest-generated-client (default: made under the work
#                dir with pip, or /tmp/bench-venv when it has it)
#   BOARDS       boards to add (default 60); PINS pins to add (default 5000); LARGE_PINS (default 25000)
#   LATENCY_MS   latency on every answer (default 50)
set -euo pipefail
cd "$(dirname "$0")/.."

BOARDS=${BOARDS:-60}
PINS=${PINS:-5000}
LARGE_PINS=${LARGE_PINS:-25000}
LATENCY_MS=${LATENCY_MS:-50}

if [[ -z "${TACK_BIN:-}" ]]; then
    swift build -c release --product tack >&2
    TACK_BIN=$PWD/.build/release/tack
fi
for tool in sqlite3 python3 bc; do
    command -v "$tool" >/dev/null || { echo "bench-export.sh needs $tool (apt-get install $tool)" >&2; exit 1; }
done
[[ -x /usr/bin/time ]] || { echo "bench-export.sh needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tack-bench-export.XXXXXX")
SANDBOX_PID=""
cleanup() {
    [[ -n "$SANDBOX_PID" ]] && kill "$SANDBOX_PID" 2>/dev/null && wait "$SANDBOX_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$WORK/config XDG_STATE_HOME=$WORK/state XDG_DATA_HOME=$WORK/data
export PINTEREST_ACCESS_TOKEN=bench

venv=${BENCH_VENV:-}
if [[ -z "$venv" ]]; then
    if [[ -x /tmp/bench-venv/bin/python ]] && /tmp/bench-venv/bin/python -c 'import openapi_generated.pinterest_client' 2>/dev/null; then
        venv=/tmp/bench-venv
    else
        venv=$WORK/venv
        python3 -m venv "$venv" >&2 && "$venv/bin/pip" install -q pinterest-generated-client >&2
    fi
fi

start_sandbox() { # data file, sandbox options...
    local data=$1; shift
    rm -f "$WORK/port"
    "$TACK_BIN" sandbox --port 0 --port-file "$WORK/port" --data "$data" "$@" >"$WORK/sandbox.out" 2>&1 &
    SANDBOX_PID=$!
    for _ in $(seq 300); do [[ -s "$WORK/port" ]] && break; sleep 0.1; done
    [[ -s "$WORK/port" ]] || { echo "the sandbox did not start" >&2; cat "$WORK/sandbox.out" >&2; exit 1; }
    API="http://127.0.0.1:$(cat "$WORK/port")/v5"
}

stop_sandbox() {
    kill "$SANDBOX_PID"; wait "$SANDBOX_PID" 2>/dev/null || true; SANDBOX_PID=""
}

# The demo account plus $2 boards named "Bench board N", each with sections A and B, and $3 pins spread
# round-robin over them (a third outside any section), each a copy of a demo pin with its stored JSON edited.
seed() { # data file, boards, pins
    local data=$1 boards=$2 pins=$3
    start_sandbox "$data"; stop_sandbox
    sqlite3 "$data" >/dev/null <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $boards - 1)
INSERT INTO board (name, description, privacy, isAdsOnly, createdAt, pinsModifiedAt, followerCount,
                   collaboratorCount, owner, isFollowedByAccount)
SELECT 'Bench board ' || i, 'benchmark board ' || i, privacy, isAdsOnly, createdAt, pinsModifiedAt, 0, 0, owner, 0
FROM n, (SELECT * FROM board WHERE owner = (SELECT username FROM account LIMIT 1) LIMIT 1) ORDER BY i;
INSERT INTO section (boardId, name)
SELECT board.id, 'Section ' || s.name FROM board, (SELECT 'A' AS name UNION ALL SELECT 'B') AS s
WHERE board.name LIKE 'Bench board %' ORDER BY board.id, s.name;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $pins - 1),
     base(firstBoard, lastPin) AS (SELECT (SELECT min(id) FROM board WHERE name LIKE 'Bench board %'), (SELECT max(id) FROM pin)),
     placed(i, pinId, boardId, slot) AS (SELECT i, lastPin + 1 + i, firstBoard + i % $boards, (i / $boards) % 3 FROM n, base)
INSERT INTO pin (id, boardId, sectionId, title, description, link, altText, dominantColor, createdAt,
                 creativeType, media, parentPinId, hasBeenPromoted, popularity, wire)
SELECT pinId, placed.boardId,
       CASE slot WHEN 0 THEN NULL ELSE (SELECT id FROM section WHERE section.boardId = placed.boardId
                                         AND section.name = CASE slot WHEN 1 THEN 'Section A' ELSE 'Section B' END) END,
       'Bench pin ' || i, t.description, t.link, t.altText, t.dominantColor, t.createdAt, t.creativeType, t.media,
       NULL, 0, i,
       json_set(t.wire, '\$.id', CAST(pinId AS TEXT), '\$.title', 'Bench pin ' || i,
                '\$.board_id', CAST(placed.boardId AS TEXT), '\$.parent_pin_id', NULL,
                '\$.has_been_promoted', json('false'),
                '\$.board_section_id', CASE slot WHEN 0 THEN NULL ELSE CAST((SELECT id FROM section
                    WHERE section.boardId = placed.boardId AND section.name = CASE slot WHEN 1 THEN 'Section A' ELSE 'Section B' END) AS TEXT) END)
FROM placed, (SELECT * FROM pin WHERE sectionId IS NULL AND creativeType = 'REGULAR' LIMIT 1) AS t;
COMMIT;
SQL
}

# Runs tack export into a fresh directory; sets EXPORT_SECONDS, EXPORT_REQUESTS, EXPORT_MINIMUM, EXPORT_PEAK_KB.
tack_export() { # directory
    rm -rf "$1"
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$WORK/time.out" "$TACK_BIN" export "$1" --api "$API" >"$WORK/export.out" 2>"$WORK/export.err" \
        || { cat "$WORK/export.err" >&2; exit 1; }
    end=$(date +%s.%N)
    EXPORT_SECONDS=$(printf "%.2f" "$(echo "$end - $start" | bc)")
    EXPORT_REQUESTS=$(grep -o ': [0-9]* requests' "$WORK/export.out" | grep -o '[0-9]*')
    EXPORT_MINIMUM=$(grep -o '(minimum [0-9]*)' "$WORK/export.out" | grep -o '[0-9]*')
    EXPORT_PEAK_KB=$(tail -1 "$WORK/time.out")
    EXPORT_SAID=$(head -1 "$WORK/export.out")
}

count() { # manifest key
    python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['counts'].get(sys.argv[2], 0))" "$WORK/export/manifest.json" "$1"
}

seed "$WORK/bench.sqlite" "$BOARDS" "$PINS"
start_sandbox "$WORK/bench.sqlite" --latency-ms "$LATENCY_MS"
tack_export "$WORK/export"
tack=($EXPORT_SECONDS $EXPORT_REQUESTS $EXPORT_MINIMUM $EXPORT_PEAK_KB)
tack_said=$EXPORT_SAID
read -r python_seconds python_requests < <("$venv/bin/python" scripts/bench-export-sequential.py "$API" bench "$WORK/python")
boards=$(count boards) sections=$(count sections) pins=$(count pins)
stop_sandbox

seed "$WORK/large.sqlite" "$BOARDS" "$LARGE_PINS"
start_sandbox "$WORK/large.sqlite" --latency-ms "$LATENCY_MS"
tack_export "$WORK/large-export"
large=($EXPORT_SECONDS $EXPORT_REQUESTS $EXPORT_MINIMUM $EXPORT_PEAK_KB)
stop_sandbox

echo "## Export ($(date -u '+%Y-%m-%d %H:%M UTC'))"
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr); sandbox on loopback with $LATENCY_MS ms on every answer."
echo "Account: $boards boards, $sections sections, $pins pins (the demo account plus $BOARDS boards and $PINS pins), followers, following, websites."
echo
echo "| run | time | requests | minimum | peak memory |"
echo "| --- | --- | --- | --- | --- |"
echo "| tack export, $pins pins | ${tack[0]} s | ${tack[1]} | ${tack[2]} | $(( tack[3] / 1024 )) MB |"
echo "| Python generated client, sequential, $pins pins | $python_seconds s | $python_requests | ${tack[2]} | |"
echo "| tack export, $(( LARGE_PINS + pins - PINS )) pins | ${large[0]} s | ${large[1]} | ${large[2]} | $(( large[3] / 1024 )) MB |"
echo
echo "Ratio: tack export is $(echo "scale=1; $python_seconds / ${tack[0]}" | bc) times faster than the sequential script (target: at least 5)."
echo "Requests: ${tack[1]} against a minimum of ${tack[2]}: $(echo "scale=1; 100 * (${tack[1]} - ${tack[2]}) / ${tack[2]}" | bc)% over (target: within 10%)."
echo "tack export said: $tack_said"
echo "Memory: peak $(( tack[3] / 1024 )) MB at $pins pins, $(( large[3] / 1024 )) MB at $(( LARGE_PINS + pins - PINS )) pins (target: flat)."
