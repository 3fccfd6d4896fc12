#!/usr/bin/env bash
# The list benchmark (issue 9): a benchmark, not a test. It prints figures in Markdown beside the
# targets and never fails on timing.
#
# It builds the release binary (or takes TACK_BIN), seeds a sandbox data file directly with boards of
# 1k, 10k and 100k pins (SQL, not 100,000 POSTs), runs the sandbox alone, and drives the real binary
# in tmux (160x45) against it:
#   - time, the app's CPU time and requests to load each board fully with the End key (pressed again whenever the app
#     stops loading, for builds whose End loads only one page), beside the sandbox's own time to serve
#     the same pages at 250 per page to a plain sequential client, and the minimum request count;
#   - resident memory per loaded pin (above the app with the board list shown), and its anonymous
#     part (the heap, without the program's code pages read in on first use);
#   - CPU per selection move and per page down with every pin loaded, from the process's own CPU time
#     (/proc schedstat, all threads) over a few hundred keys sent through tmux, and the bytes written
#     to the terminal per move (tmux pipe-pane);
#   - with 50 ms of latency on every answer, the 10k board loaded by the app beside Pinterest's own
#     Python client (pinterest-api-sdk from PyPI, in a virtual environment) paging sequentially;
#   - the sandbox's requests per second: 8 clients (wrk) fetching the 250-pin pages of the 10k board
#     for 10 s, with BASELINE_BIN's sandbox too when given.
#   - start-up: when the first request leaves and when the first frame is written, from the
#     system calls (strace), and the time until the board list shows; idle CPU and bytes over 10 s;
#   - instructions per selection move at 10k pins, counted by callgrind (repeatable where CPU time is not).
#
# Environment:
#   TACK_BIN      the binary to measure (default: build release here)
#   BASELINE_BIN  another build to measure the same way, e.g. one built from main, for a before/after
#                 (its sandbox too, on the same data file, for the requests per second)
#   SIZES         board sizes (default "1000 10000 100000")
#   BASELINE_SIZES  sizes measured with BASELINE_BIN (default: $SIZES)
#   BENCH_VENV    a virtual environment holding pinterest-api-sdk (default: made under the work dir)
#   LOAD_TIMEOUT  seconds to wait for one board to load fully (default 1200); a run that times out
#                 reports how far it got
#   PARTS         which parts to run (default "lists latency requests startup callgrind")
#   CALLGRIND_KEEP  a directory to copy the callgrind profiles into (callgrind_annotate reads them)
#   IMAGES        the app's --images, for builds that have it (default "off": the list figures leave the
#                 pin pictures out; "symbols" measures moves with the detail's picture loading too)
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000 10000 100000"}
PARTS=${PARTS:-"lists latency requests startup callgrind"}
BASELINE_SIZES=${BASELINE_SIZES:-$SIZES}
LOAD_TIMEOUT=${LOAD_TIMEOUT:-1200}
WIDTH=160 HEIGHT=45
MOVES=300 PAGES=20

if [[ -z "${TACK_BIN:-}" ]]; then
    swift build -c release --product tack >&2
    TACK_BIN=$PWD/.build/release/tack
fi
for tool in tmux sqlite3 python3 wrk strace valgrind objcopy cc bc; do
    command -v "$tool" >/dev/null || { echo "bench.sh needs $tool (apt-get install $tool)" >&2; exit 1; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tack-bench.XXXXXX")
SANDBOX_PID=""
SESSION="tack-bench-$$"
cleanup() {
    tmux kill-session -t "$SESSION" 2>/dev/null || true
    [[ -n "$SANDBOX_PID" ]] && kill "$SANDBOX_PID" 2>/dev/null && wait "$SANDBOX_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$WORK/config XDG_STATE_HOME=$WORK/state XDG_DATA_HOME=$WORK/data

now() { date +%s.%N; }
label() { # 1000 -> 1k
    if (( $1 >= 1000 && $1 % 1000 == 0 )); then echo "$(( $1 / 1000 ))k"; else echo "$1"; fi
}

start_sandbox() { # [sandbox options]; runs SANDBOX_BIN's sandbox (default TACK_BIN)
    rm -f "$WORK/port"
    "${SANDBOX_BIN:-$TACK_BIN}" sandbox --port 0 --port-file "$WORK/port" --data "$WORK/bench.sqlite" "$@" >"$WORK/sandbox.out" 2>&1 &
    SANDBOX_PID=$!
    for _ in $(seq 300); do [[ -s "$WORK/port" ]] && break; sleep 0.1; done
    [[ -s "$WORK/port" ]] || { echo "the sandbox did not start" >&2; cat "$WORK/sandbox.out" >&2; exit 1; }
    API="http://127.0.0.1:$(cat "$WORK/port")/v5"
}

stop_sandbox() {
    kill "$SANDBOX_PID"; wait "$SANDBOX_PID" 2>/dev/null || true; SANDBOX_PID=""
}

# Seeds the demo data, then one board "Bench <size>" per size, copying a demo board and pin (with the
# JSON the sandbox stores to send the pin, edited to match).
seed() {
    start_sandbox; stop_sandbox
    for size in $SIZES; do
        local name="Bench $(label "$size")"
        sqlite3 "$WORK/bench.sqlite" >/dev/null <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
INSERT INTO board (name, description, privacy, isAdsOnly, createdAt, pinsModifiedAt, followerCount,
                   collaboratorCount, owner, isFollowedByAccount)
SELECT '$name', 'benchmark board', privacy, isAdsOnly, createdAt, pinsModifiedAt, 0, 0, owner, 0
FROM board WHERE owner = (SELECT username FROM account LIMIT 1) LIMIT 1;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $size),
     base(board, lastPin) AS (SELECT (SELECT max(id) FROM board WHERE name = '$name'), (SELECT max(id) FROM pin))
INSERT INTO pin (id, boardId, sectionId, title, description, link, altText, dominantColor, createdAt,
                 creativeType, media, parentPinId, hasBeenPromoted, popularity, wire)
SELECT lastPin + i, board, NULL, 'Bench pin ' || i, t.description, t.link, t.altText, t.dominantColor,
       t.createdAt, t.creativeType, t.media, NULL, 0, i,
       json_set(t.wire, '\$.id', CAST(lastPin + i AS TEXT), '\$.title', 'Bench pin ' || i,
                '\$.board_id', CAST(board AS TEXT), '\$.parent_pin_id', NULL, '\$.has_been_promoted', json('false'))
FROM n, base, (SELECT * FROM pin WHERE sectionId IS NULL LIMIT 1) AS t;
COMMIT;
SQL
    done
}

# The sandbox alone: every page of a board at 250 per page, one request after another.
# Prints "seconds requests".
sandbox_alone() {
    python3 - "$API" "$1" <<'PY'
import json, sys, time, urllib.parse, urllib.request
api, name = sys.argv[1], sys.argv[2]
def get(path, **query):
    url = f"{api}{path}?{urllib.parse.urlencode(query)}"
    request = urllib.request.Request(url, headers={"Authorization": "Bearer bench"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)
boards, bookmark = [], None
while True:
    page = get("/boards", page_size=250, **({"bookmark": bookmark} if bookmark else {}))
    boards += page["items"]; bookmark = page.get("bookmark")
    if not bookmark: break
board = next(b for b in boards if b["name"] == name)
start, requests, pins, bookmark = time.monotonic(), 0, 0, None
while True:
    page = get(f"/boards/{board['id']}/pins", page_size=250, **({"bookmark": bookmark} if bookmark else {}))
    requests += 1; pins += len(page["items"]); bookmark = page.get("bookmark")
    if not bookmark: break
print(f"{time.monotonic() - start:.2f} {requests}")
PY
}

screen() { tmux capture-pane -p -t "$SESSION"; }
cpu_ns() { # on-CPU time of every thread of the app, in ns
    cat /proc/"$APP_PID"/task/*/schedstat 2>/dev/null | awk '{ sum += $1 } END { printf "%.0f", sum }'
}
cpu_ticks() { # user and system time of the whole app, threads that have ended included, in clock ticks
    awk '{ print $14 + $15 }' /proc/"$APP_PID"/stat
}
rss_kb() { awk '/^VmRSS/ { print $2 }' /proc/"$APP_PID"/status; }
# The anonymous part of the resident memory: the heap and stacks, without the program's own code and
# data files, whose pages are read in the first time a screen's code runs.
anon_kb() { awk '/^RssAnon/ { print $2 }' /proc/"$APP_PID"/status; }
wait_for() { # text [seconds]
    local deadline=$(( SECONDS + ${2:-30} ))
    until screen | grep -qF -- "$1"; do
        (( SECONDS < deadline )) || { echo "timed out waiting for “$1”" >&2; screen >&2; return 1; }
        sleep 0.05
    done
}
wait_idle() { # until the app has used no CPU for 0.3 s
    local last now_cpu calm=0
    last=$(cpu_ns)
    while (( calm < 3 )); do
        sleep 0.1
        now_cpu=$(cpu_ns)
        if (( now_cpu - last < 200000 )); then calm=$(( calm + 1 )); else calm=0; fi
        last=$now_cpu
    done
}

# Pinterest's Python client (the generated SDK), paging a board sequentially at 250 per page.
# Prints "seconds requests".
sdk_alone() { # board name
    local venv=${BENCH_VENV:-$WORK/venv}
    if [[ ! -x "$venv/bin/python" ]]; then
        python3 -m venv "$venv" >&2 && "$venv/bin/pip" install -q pinterest-api-sdk >&2
    fi
    local id; id=$(board_id "$1")
    PINTEREST_API_URI=$API PINTEREST_ACCESS_TOKEN=bench "$venv/bin/python" - "$id" <<'PY'
import sys, time
from pinterest.organic.boards import Board
start = time.monotonic()
board = Board(board_id=sys.argv[1])
pins, bookmark = board.list_pins(page_size=250)
count, requests = len(pins), 2
while bookmark is not None:
    pins, bookmark = bookmark.get_next()
    count += len(pins); requests += 1
print(f"{time.monotonic() - start:.2f} {requests}")
PY
}

board_id() { # board name
    python3 - "$API" "$1" <<'PY'
import json, sys, urllib.parse, urllib.request
api, name, bookmark = sys.argv[1], sys.argv[2], None
while True:
    query = urllib.parse.urlencode({"page_size": 250, **({"bookmark": bookmark} if bookmark else {})})
    request = urllib.request.Request(f"{api}/boards?{query}", headers={"Authorization": "Bearer bench"})
    page = json.load(urllib.request.urlopen(request))
    match = [board["id"] for board in page["items"] if board["name"] == name]
    if match: print(match[0]); break
    bookmark = page.get("bookmark")
    if not bookmark: sys.exit(f"no board named {name}")
PY
}

# The path of every 250-pin page of a board, one a line, in order (following the bookmarks).
page_paths() { # board id
    python3 - "$API" "$1" <<'PY'
import json, sys, urllib.parse, urllib.request
api, board, bookmark = sys.argv[1], sys.argv[2], None
while True:
    path = f"/boards/{board}/pins?" + urllib.parse.urlencode({"page_size": 250, **({"bookmark": bookmark} if bookmark else {})})
    print("/v5" + path)
    request = urllib.request.Request(api + path, headers={"Authorization": "Bearer bench"})
    bookmark = json.load(urllib.request.urlopen(request)).get("bookmark")
    if not bookmark: break
PY
}

# The sandbox's throughput: 8 clients (wrk, 2 threads of 4 connections) fetching the 250-pin pages of the
# 10k board for 10 s, each thread walking the board's pages in order and starting over at the end.
# Measures BASELINE_BIN's sandbox too when given, on the same data file; leaves TACK_BIN's running.
requests_per_second() {
    local clients=8 seconds=10 board paths=$WORK/pages.txt script=$WORK/pages.lua
    board=$(board_id "Bench 10k")
    cat >"$script" <<'LUA'
wrk.headers["Authorization"] = "Bearer bench"
local paths, index = {}, 0
function init(args)
    for line in io.lines(args[1]) do paths[#paths + 1] = line end
end
function request()
    index = index % #paths + 1
    return wrk.format("GET", paths[index])
end
LUA
    echo
    echo "Sandbox requests per second: $clients clients (wrk) fetching the 250-pin pages of the 10k board for $seconds s, no added latency:"
    echo
    echo "| build | requests/s | mean latency | requests | failed |"
    echo "| --- | --- | --- | --- | --- |"
    local build binary
    for build in before after; do
        binary=$TACK_BIN
        if [[ $build == before ]]; then [[ -n "${BASELINE_BIN:-}" ]] || continue; binary=$BASELINE_BIN; fi
        stop_sandbox
        SANDBOX_BIN=$binary start_sandbox
        page_paths "$board" >"$paths"
        wrk -t 2 -c $clients -d "${seconds}s" --timeout 10s -s "$script" "${API%/v5}" -- "$paths" >"$WORK/wrk.out"
        awk -v build="$build" '
            /^ *Latency/ { latency = $2 }
            / requests in / { requests = $1 }
            /^ *Non-2xx/ { failed += $NF }
            /^ *Socket errors/ { for (i = 4; i <= NF; i += 2) failed += $i }
            /^Requests\/sec/ { rate = $2 }
            END { printf "| %s | %.1f | %s | %d | %d |\n", build, rate, latency, requests, failed }
        ' "$WORK/wrk.out"
    done
    stop_sandbox
    start_sandbox
    echo
    echo "Target: at least 123 requests/s (3 times the 41 measured when issue 9 was filed)."
}

# Starts the app in a fresh tmux session against the sandbox, logging at debug level to $WORK/tack.log;
# APP_PID is the pane's process: the app, or `wrapper` (e.g. valgrind) running it.
launch() { # binary [wrapper...]
    local binary=$1; shift
    local images=""
    if "$binary" run --help 2>/dev/null | grep -q -- '--images'; then images="--images '${IMAGES:-off}'"; fi
    tmux kill-session -t "$SESSION" 2>/dev/null || true
    rm -f "$WORK/tack.log"
    tmux new-session -d -s "$SESSION" -x $WIDTH -y $HEIGHT \
        "exec env PINTEREST_ACCESS_TOKEN=bench TACK_LOG_LEVEL=debug XDG_CACHE_HOME='$WORK/cache' $* '$binary' --api '$API' --log '$WORK/tack.log' $images"
    APP_PID=$(tmux display-message -p -t "$SESSION" '#{pane_pid}')
}

# Opens a board's pins from the board list: filter the boards, open it, open "(all pins)".
open_board() { # name [seconds to wait at each step]
    tmux send-keys -t "$SESSION" / && tmux send-keys -t "$SESSION" -l "$1" && tmux send-keys -t "$SESSION" Enter
    wait_for "/ $1" "${2:-30}"
    tmux send-keys -t "$SESSION" Enter
    wait_for "Pins · $1 (" "${2:-30}"
    tmux send-keys -t "$SESSION" Enter
    wait_idle
}

quit_app() {
    tmux send-keys -t "$SESSION" q
    local deadline=$(( SECONDS + 30 ))
    while kill -0 "$APP_PID" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.1; done
    tmux kill-session -t "$SESSION" 2>/dev/null || true
}

# Runs one binary on one board; prints a Markdown table row.
measure() { # binary size
    local binary=$1 size=$2 name="Bench $(label "$2")"
    launch "$binary"
    wait_for "Bench" 60
    wait_idle
    local empty_rss empty_anon; empty_rss=$(rss_kb); empty_anon=$(anon_kb)
    open_board "$name"

    # Load every pin with End, pressing it again whenever the app has stopped loading short of the end.
    local start end loaded="" deadline=$(( SECONDS + LOAD_TIMEOUT )) load_cpu0 load_cpu1
    load_cpu0=$(cpu_ns)
    start=$(now)
    tmux send-keys -t "$SESSION" End
    while true; do
        local text; text=$(screen)
        if grep -qF "$name ($size)" <<<"$text"; then break; fi
        if (( SECONDS >= deadline )); then
            loaded=$(grep -o "$name ([0-9]*" <<<"$text" | head -1 | grep -o '[0-9]*$' || true)
            break
        fi
        if ! grep -q "⟳" <<<"$text"; then tmux send-keys -t "$SESSION" End; fi
        sleep 0.02
    done
    end=$(now)
    load_cpu1=$(cpu_ns)
    local seconds; seconds=$(printf "%.2f" "$(echo "$end - $start" | bc)")
    local requests; requests=$(grep -c ": request .*list_pins" "$WORK/tack.log" || true)
    wait_idle
    local rss anon; rss=$(rss_kb); anon=$(anon_kb)
    local count=${loaded:-$size}
    local per_pin anon_per_pin
    per_pin=$(echo "scale=2; ($rss - $empty_rss) / $count" | bc)
    anon_per_pin=$(echo "scale=2; ($anon - $empty_anon) / $count" | bc)

    # CPU per move and per page down, with everything loaded: from the top, down then up again.
    tmux send-keys -t "$SESSION" Home; wait_idle
    tmux pipe-pane -t "$SESSION" -o "cat >> '$WORK/bytes'"; : > "$WORK/bytes"
    local c0 c1 c2
    c0=$(cpu_ns)
    tmux send-keys -t "$SESSION" -N $MOVES Down; wait_for " $(( MOVES + 1 ))/" 60; wait_idle
    tmux send-keys -t "$SESSION" -N $MOVES Up; wait_for " 1/" 60; wait_idle
    c1=$(cpu_ns)
    tmux pipe-pane -t "$SESSION"
    local bytes; bytes=$(stat -c %s "$WORK/bytes")
    tmux send-keys -t "$SESSION" -N $PAGES PgDn; wait_idle
    tmux send-keys -t "$SESSION" -N $PAGES PgUp; wait_for " 1/" 60; wait_idle
    c2=$(cpu_ns)
    local move_ms page_ms
    move_ms=$(echo "scale=3; ($c1 - $c0) / (2 * $MOVES) / 1000000" | bc)
    page_ms=$(echo "scale=3; ($c2 - $c1) / (2 * $PAGES) / 1000000" | bc)
    quit_app

    local load="$seconds s"
    [[ -n "$loaded" ]] && load="stopped after $seconds s at $loaded pins"
    echo "| $3 | $(label "$size") | $move_ms ms | $page_ms ms | $(( bytes / (2 * MOVES) )) | $load | $(( (load_cpu1 - load_cpu0) / 1000000 )) ms | $requests | $(( (size + 249) / 250 )) | $4 s | $(( rss / 1024 )) MB | $per_pin KB | $anon_per_pin KB |"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Start-up, five runs each way. Under strace: when the first request leaves (the first connect to the
# sandbox) and when the first frame is written (the first write of over 100 bytes to the terminal, whose
# descriptor is the one curses switches to the alternate screen on), counted from the app's execve. Without strace: from launch until the board list shows (the screen polled every 10 ms),
# then the app's CPU time and the bytes it writes over 10 s of idleness.
startup_part() {
    echo "## Start-up and idleness ($(date -u '+%Y-%m-%d %H:%M UTC'))"
    echo
    echo "Medians of five runs, in milliseconds after the app's execve (strace) or after tmux was asked to start it (board list)."
    echo
    echo "| build | first request leaves | first frame written | board list shown | idle CPU over 10 s | idle bytes over 10 s |"
    echo "| --- | --- | --- | --- | --- | --- |"
    local build
    for build in before after; do
        if [[ $build == before ]]; then
            [[ -n "${BASELINE_BIN:-}" ]] && startup_row "$BASELINE_BIN" before
        else
            startup_row "$TACK_BIN" after
        fi
    done
}

startup_row() { # binary build
    local binary=$1 port=${API##*:}; port=${port%%/*}
    local request frame shown idle_cpu idle_bytes
    rm -f "$WORK/startup" "$WORK/shown"
    for run in 1 2 3 4 5; do
        launch "$binary" strace -f -ttt --seccomp-bpf -e trace=execve,connect,write -o "$WORK/strace.$run"
        wait_for "Bench" 60
        quit_app
        awk -v port="htons($port)" '
            /execve\(/ && !start { start = $2 }
            /connect\(/ && index($0, port) && !request { request = $2 }
            /write\(.*\?1049h/ && !tty { tty = $3; sub(/^write\(/, "", tty) }
            tty && index($3, "write(" tty) == 1 && $NF + 0 > 100 && !frame { frame = $2 }
            END { printf "%.1f %.1f\n", (request - start) * 1000, (frame - start) * 1000 }' \
            "$WORK/strace.$run" >>"$WORK/startup"
    done
    request=$(awk '{ print $1 }' "$WORK/startup" | median)
    frame=$(awk '{ print $2 }' "$WORK/startup" | median)
    for run in 1 2 3 4 5; do
        local t0 t1
        t0=$(now)
        launch "$binary"
        until screen | grep -qF "Bench"; do sleep 0.01; done
        t1=$(now)
        echo "($t1 - $t0) * 1000" | bc >>"$WORK/shown"
        if (( run == 5 )); then
            wait_idle
            : > "$WORK/idle-bytes"
            tmux pipe-pane -t "$SESSION" -o "cat >> '$WORK/idle-bytes'"
            local c0 c1; c0=$(cpu_ticks); sleep 10; c1=$(cpu_ticks)
            tmux pipe-pane -t "$SESSION"
            idle_cpu=$(( (c1 - c0) * 1000 / $(getconf CLK_TCK) ))
            idle_bytes=$(stat -c %s "$WORK/idle-bytes")
        fi
        quit_app
    done
    shown=$(median <"$WORK/shown")
    printf "| %s | %.1f ms | %.1f ms | %.0f ms | %s ms | %s |\n" "$2" "$request" "$frame" "$shown" "$idle_cpu" "$idle_bytes"
}

# Instructions per selection move at 10k pins, counted by callgrind over the app's every thread:
# the board is loaded with instrumentation off, then 100 moves down and 100 up are counted. For each of
# BASELINE_BIN (when given) and TACK_BIN.
#
# Valgrind 3.19 (Debian 12) needs two work-arounds for a Swift binary: it cannot read the DWARF of the
# Swift toolchain's binaries ("debuginfo reader: ensure_valid failed"), so it runs a copy without debug
# sections (the symbol table stays, so the profile names functions); and libdispatch's signal thread
# calls sigsuspend with a mask in read-only memory, which valgrind writes to and dies, so a preloaded
# sigsuspend passes it a copy on the stack. SWIFT_BACKTRACE is set so that tack does not execute itself
# again to set it (valgrind cannot follow an execve of /proc/self/exe).
callgrind_part() {
    local name="Bench 10k" moves=100 build binary
    echo "## Instructions per move ($(date -u '+%Y-%m-%d %H:%M UTC'))"
    echo
    cat >"$WORK/sigsuspend.c" <<'C'
#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>
int sigsuspend(const sigset_t *mask) {
    sigset_t copy = *mask;
    return (int)syscall(SYS_rt_sigsuspend, &copy, _NSIG / 8);
}
C
    cc -shared -fPIC -O2 -o "$WORK/sigsuspend.so" "$WORK/sigsuspend.c"
    echo "| build | instructions per move | moves counted |"
    echo "| --- | --- | --- |"
    for build in before after; do
        binary=$TACK_BIN
        if [[ $build == before ]]; then [[ -n "${BASELINE_BIN:-}" ]] || continue; binary=$BASELINE_BIN; fi
        objcopy --strip-debug "$binary" "$WORK/tack-$build"
        local wrapper="SWIFT_BACKTRACE=enable=no LD_PRELOAD=$WORK/sigsuspend.so valgrind"
        if ! env LD_PRELOAD="$WORK/sigsuspend.so" valgrind --tool=none "$WORK/tack-$build" --help >"$WORK/valgrind.check" 2>&1; then
            echo "| $build | not measured: $(valgrind --version) cannot run this binary here (\"$(grep -m1 -o "VALGRIND INTERNAL ERROR.*\|debuginfo reader.*" "$WORK/valgrind.check" || tail -1 "$WORK/valgrind.check")\") | |"
            continue
        fi
        rm -f "$WORK"/callgrind.out*
        launch "$WORK/tack-$build" $wrapper --tool=callgrind --instr-atstart=no --callgrind-out-file="$WORK/callgrind.out"
        wait_for "Bench" 300
        wait_idle
        open_board "$name" 300
        tmux send-keys -t "$SESSION" End
        wait_for "$name (10000)" 1200
        wait_idle
        tmux send-keys -t "$SESSION" Home; wait_for " 1/" 300; wait_idle
        callgrind_control -z "$APP_PID" >/dev/null
        callgrind_control -i on "$APP_PID" >/dev/null
        tmux send-keys -t "$SESSION" -N $moves Down; wait_for " $(( moves + 1 ))/" 600; wait_idle
        tmux send-keys -t "$SESSION" -N $moves Up; wait_for " 1/" 600; wait_idle
        callgrind_control -i off "$APP_PID" >/dev/null
        callgrind_control -d "$APP_PID" >/dev/null
        quit_app
        [[ -n "${CALLGRIND_KEEP:-}" ]] && cp "$WORK"/callgrind.out.* "$CALLGRIND_KEEP/" 2>/dev/null
        local instructions
        instructions=$(grep -h '^summary:\|^totals:' "$WORK"/callgrind.out.* 2>/dev/null | awk '{ if ($2 > max) max = $2 } END { printf "%.0f", max }')
        echo "| $build | $(( instructions / (2 * moves) )) | $(( 2 * moves )) |"
    done
    echo
    echo "callgrind, every thread of the app, moves through the 10k board with every pin loaded (keys sent in bursts of $moves through tmux)."
}

measure_header() {
    echo "| build | pins | CPU per move | CPU per page down | bytes per move | load every pin (End) | app CPU while loading | requests | minimum | sandbox alone, 250 per page | resident | per pin | heap per pin |"
    echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
}

lists_part() {
    echo "## Lists ($(date -u '+%Y-%m-%d %H:%M UTC'))"
    echo
    echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr); terminal ${WIDTH}x${HEIGHT} in tmux; sandbox on loopback, no added latency."
    echo
    measure_header
    for size in $SIZES; do
        alone=$(sandbox_alone "Bench $(label "$size")")
        if [[ -n "${BASELINE_BIN:-}" ]] && [[ " $BASELINE_SIZES " == *" $size "* ]]; then
            measure "$BASELINE_BIN" "$size" "before" "${alone% *}"
        fi
        measure "$TACK_BIN" "$size" "after" "${alone% *}"
    done
    echo
    echo "Targets: CPU per move and page down constant in the list's length (at 100k at most 1.5 times 1k, under 1 ms); loading within 1.5 times the sandbox alone and within 10% of the minimum requests (at 50 ms latency, the 10k board within 1.2 times the Python client); at most 1.2 KB resident per pin (heap per pin: the anonymous part of it, RssAnon)."
}

# With 50 ms of latency on every answer: the 10k board, the app beside Pinterest's Python client.
latency_part() {
    stop_sandbox
    start_sandbox --latency-ms 50
    echo "With 50 ms of latency on every answer, the 10k board (Pinterest's Python client: $(sdk_alone "Bench 10k" | awk '{ print $1 " s, " $2 " requests" }'), sequential at 250 per page):"
    echo
    measure_header
    alone=$(sandbox_alone "Bench 10k")
    if [[ -n "${BASELINE_BIN:-}" ]] && [[ " $BASELINE_SIZES " == *" 10000 "* ]]; then
        measure "$BASELINE_BIN" 10000 "before" "${alone% *}"
    fi
    measure "$TACK_BIN" 10000 "after" "${alone% *}"
    stop_sandbox
    start_sandbox
}

seed
start_sandbox
for part in $PARTS; do
    case $part in
        lists) lists_part ;;
        latency) [[ " $SIZES " == *" 10000 "* ]] && latency_part ;;
        startup) startup_part ;;
        requests) [[ " $SIZES " == *" 10000 "* ]] && requests_per_second ;;
        callgrind) [[ " $SIZES " == *" 10000 "* ]] && callgrind_part ;;
        *) echo "unknown part $part" >&2; exit 2 ;;
    esac
    echo
done
