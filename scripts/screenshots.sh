#!/usr/bin/env bash
# Makes screenshots/*.png from the real app on the demo data: runs `tack --demo --reset` in a private tmux
# server, drives it with keys, waits for what each screen should show, captures it with its colours
# (`capture-pane -e`) and renders the capture with scripts/render_terminal_png.py.
#
#   scripts/screenshots.sh                 # build tack, then make every shot
#   scripts/screenshots.sh panes help      # only these shots (names of the shot_* functions below)
#   scripts/screenshots.sh --no-build      # use the tack already built
#   scripts/screenshots.sh --keep          # keep the raw captures (*.ans) and the app's logs in a temp dir
#   TACK_BIN=/path/to/tack scripts/screenshots.sh   # use that binary (implies --no-build)
#
# Nothing of the user's is touched: XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_STATE_HOME and XDG_CACHE_HOME point
# into a temporary directory, and tmux runs as its own server (-L tack-shots) with its own config.
set -euo pipefail

# ================================================================================================
# The shots. Edit these to change what is captured. Each is a function named shot_NAME, made of:
#   start COLS ROWS [tack arguments...]  a fresh `tack --demo --reset` in a COLS x ROWS terminal
#   wait_for TEXT [SECONDS]              wait until TEXT is on screen (fails with the screen after SECONDS)
#   wait_gone TEXT [SECONDS]             wait until TEXT is no longer on screen
#   keys KEY...                          tmux key names: Enter Tab BTab Up Down Left Right Escape Space C-c,
#                                        or single characters: j k ? / q
#   type_text TEXT                       types TEXT literally
#   settle                               wait until the screen stops changing (loading finished)
#   capture NAME [renderer options]      write screenshots/NAME.png (e.g. --profile light)
# ================================================================================================

# Text that is on screen once the app has loaded its first list (a demo board).
READY_TEXT="Summer Recipes"

# Opens the first board ("Summer Recipes"), then its "Salads" section, and selects the second pin:
# boards, sections and pins panes filled, the pin's detail below.
open_board_and_pin() {
    wait_for "$READY_TEXT"
    settle
    keys Enter             # open the board: focus moves to its sections
    wait_for "(all pins)"
    settle
    keys Down Enter        # open the "Salads" section: focus moves to its pins
    wait_for "(16)"            # the pins pane counts the section's 16 pins (its title may be cut at 80 columns)
    settle
    keys Down              # the second pin; the detail pane follows the selection
    wait_for "┌ Pin "
    settle
}

shot_panes() {
    start 120 40
    open_board_and_pin
    capture 01-panes
}

shot_help() {
    start 120 40
    open_board_and_pin
    keys '?'
    wait_for "Help: keys"
    settle
    capture 02-help
}

shot_light() {
    start 120 40 --theme light
    open_board_and_pin
    capture 03-light-theme --profile light   # a light theme is for a terminal with a light background
}

shot_narrow() {
    start 80 24
    open_board_and_pin
    capture 04-narrow
}

shot_filter() {
    start 120 40
    wait_for "$READY_TEXT"
    settle
    keys Enter Tab         # open the board, go to its pins (all sections)
    wait_for "Pins ·"
    settle
    keys /
    type_text "honey"
    wait_for "/ honey"
    settle
    capture 05-filter
}

shot_vim() {
    start 120 40 --keymap vim
    open_board_and_pin
    keys '?'
    wait_for "Help: keys"
    settle
    capture 06-vim-keymap-help
}

shot_form() {
    start 120 40
    open_board_and_pin
    keys n                 # a new pin in the open section
    wait_for "New pin"
    type_text "Peach & burrata salad 🍑"
    keys Tab
    type_text "Grilled peaches, torn burrata, basil and a little honey."
    keys Tab
    type_text "https://www.seriouseats.com/grilled-peach-salad"
    settle
    capture 07-new-pin-form
}

shot_move() {
    start 120 40
    wait_for "$READY_TEXT"
    settle
    keys Enter             # open the board: "(all pins)" is selected
    wait_for "(all pins)"
    keys Enter             # all its pins
    wait_for "Pins ·"
    settle
    keys Space Space Space   # mark three pins (space marks and moves on)
    wait_for "3 marked"
    keys m Enter           # move them: the board field opens a picker
    wait_for "Filter:"
    type_text "gar"
    settle
    capture 08-move-marked-pins
}

shot_account() {
    start 120 40
    wait_for "$READY_TEXT"
    settle
    keys A                 # the account screen: its menu, with the profile beside it
    wait_for "[Account]"
    settle
    keys Down              # Followers: the first page and the one read ahead load beside the menu
    wait_for "Followers (500+)"
    keys Enter Down Down Down   # into the list; the fourth follower's detail below
    wait_for "4/500"
    settle
    capture 09-account
}

shot_analytics() {
    start 120 40
    wait_for "$READY_TEXT"
    settle
    keys I                 # the analytics screen: impressions over the last 30 days
    wait_for "Impressions · last 30 days"
    wait_for "Metrics"
    keys Down Down Down Down   # saves drawn large
    wait_for "Saves · last 30 days"
    settle
    capture 10-analytics
}

# The detail pane with the selected pin's picture (symbols: the capture keeps cells, not graphics).
shot_picture() {
    start 120 40 --images symbols
    open_board_and_pin
    keys Down              # a greener picture than the second pin's
    wait_for "Honey corn fritters"
    wait_gone "loading…" 30
    settle
    capture 11-pin-picture
}

# The gallery of the "Salads" section, the second pin selected and the first marked.
shot_gallery() {
    start 120 40 --images symbols
    open_board_and_pin
    keys Up Space G        # mark the first pin (the selection moves on), then the gallery
    wait_for "Gallery ·"
    wait_gone "loading…" 60   # every picture in view converted
    settle
    capture 12-gallery
}

# The shots made when none are named, in order.
ALL_SHOTS=(panes help light narrow filter vim form move account analytics picture gallery)

# How long wait_for waits by default, and how long the screen must stay unchanged for `settle`.
WAIT_SECONDS=20
SETTLE_SECONDS=0.6
# The terminal the app is told it runs in. tmux-256color (what tmux itself is) rather than xterm-256color:
# xterm's entry has back_color_erase, so curses would clear coloured areas with "erase line", and tmux's
# capture-pane does not report the colour of erased cells, so a themed background would be lost.
SHOT_TERM=tmux-256color

# ================================================================================================
# Machinery.
# ================================================================================================

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT_DIR="$ROOT/screenshots"
SOCKET=tack-shots
SESSION=shot
BUILD=1
KEEP=0
SELECTED=()
for arg in "$@"; do
    case $arg in
        --no-build) BUILD=0 ;;
        --keep) KEEP=1 ;;
        -h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "screenshots.sh: unknown option $arg" >&2; exit 2 ;;
        *) SELECTED+=("$arg") ;;
    esac
done
((${#SELECTED[@]})) || SELECTED=("${ALL_SHOTS[@]}")
for name in "${SELECTED[@]}"; do
    declare -F "shot_$name" >/dev/null || { echo "screenshots.sh: no shot named '$name' (have: ${ALL_SHOTS[*]})" >&2; exit 2; }
done

log() { printf '\033[1mscreenshots:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mscreenshots:\033[0m %s\n' "$*" >&2; exit 1; }

# ---- Dependencies: tmux, Python with Pillow, fonts that cover box drawing, CJK and emoji. -------------
apt_install() {
    command -v apt-get >/dev/null || return 1
    local sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    log "installing: $*"
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "$@" >/dev/null
}

install_dependencies() {
    local packages=(tmux python3-pil fonts-dejavu-core fonts-noto-cjk fonts-noto-color-emoji fonts-symbola)
    local missing=()
    if command -v dpkg-query >/dev/null; then
        for package in "${packages[@]}"; do
            dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
        done
        if ((${#missing[@]})); then
            apt_install "${missing[@]}" || log "could not install ${missing[*]}; continuing with what is there"
        fi
    fi
    command -v tmux >/dev/null || die "tmux is required"
    PYTHON=
    for candidate in python3 /usr/bin/python3; do
        if command -v "$candidate" >/dev/null && "$candidate" -c 'import PIL' 2>/dev/null; then
            PYTHON=$(command -v "$candidate")
            break
        fi
    done
    if [[ -z $PYTHON ]]; then
        log "Pillow not found: pip install --user Pillow"
        python3 -m pip install --quiet --user Pillow || die "Pillow is required (apt-get install python3-pil, or pip install Pillow)"
        PYTHON=$(command -v python3)
    fi
}

# ---- The app. --------------------------------------------------------------------------------------
find_tack() {
    if [[ -n ${TACK_BIN:-} ]]; then
        TACK=$TACK_BIN
        return
    fi
    if ((BUILD)); then
        [[ -x scripts/install-deps.sh ]] && scripts/install-deps.sh
        log "building tack"
        swift build --product tack
    fi
    TACK="$(swift build --show-bin-path 2>/dev/null || echo "$ROOT/.build/debug")/tack"
    [[ -x $TACK ]] || die "no tack binary at $TACK (build it, or set TACK_BIN)"
}

# ---- tmux driving. -------------------------------------------------------------------------------
tmx() { tmux -L "$SOCKET" -f "$WORK/tmux.conf" "$@"; }

screen_text() { tmx capture-pane -p -t "$SESSION" 2>/dev/null || true; }

pane_dead() { [[ $(tmx display-message -p -t "$SESSION" '#{pane_dead}' 2>/dev/null) == 1 ]]; }

fail_with_screen() {
    log "$1"
    log "screen of shot '$CURRENT':"
    screen_text | awk '{ line[NR] = $0 } NF { if (!first) first = NR; last = NR } END { for (i = first; i <= last; i++) print "    | " line[i] }' >&2
    KEEP=1  # keep the app's logs (under $WORK/$CURRENT/state) for a look
    exit 1
}

start() {
    local cols=$1 rows=$2
    shift 2
    tmx kill-session -t "$SESSION" 2>/dev/null || true
    SHOT_DIR="$WORK/$CURRENT"
    mkdir -p "$SHOT_DIR"/{config,data,state,cache}
    local command
    command=$(printf '%q ' env -u TMUX -u COLORTERM \
        "TERM=$SHOT_TERM" LANG=C.UTF-8 LC_ALL=C.UTF-8 "HOME=$SHOT_DIR" \
        "XDG_CONFIG_HOME=$SHOT_DIR/config" "XDG_DATA_HOME=$SHOT_DIR/data" \
        "XDG_STATE_HOME=$SHOT_DIR/state" "XDG_CACHE_HOME=$SHOT_DIR/cache" \
        "$TACK" --demo --reset "$@")
    tmx new-session -d -s "$SESSION" -x "$cols" -y "$rows" "$command"
    SHOT_COLS=$cols
    SHOT_ROWS=$rows
}

# Polls the screen until `$1` (a command taking the screen text on stdin) succeeds, or the deadline.
poll_until() {
    local description=$1 seconds=$2
    shift 2
    local deadline=$((SECONDS + ${seconds%.*} + 1))
    while ((SECONDS < deadline)); do
        if screen_text | "$@"; then
            return 0
        fi
        pane_dead && fail_with_screen "tack exited while waiting for $description"
        sleep 0.1
    done
    fail_with_screen "timed out after ${seconds}s waiting for $description"
}

wait_for() { poll_until "'$1'" "${2:-$WAIT_SECONDS}" grep -qF -- "$1"; }

wait_gone() { poll_until "'$1' to go" "${2:-$WAIT_SECONDS}" not_grep "$1"; }
not_grep() { ! grep -qF -- "$1"; }

keys() {
    local key
    for key in "$@"; do
        tmx send-keys -t "$SESSION" -- "$key"
        sleep 0.05  # one key at a time, as a person types: apps read bursts differently
    done
}

type_text() { tmx send-keys -t "$SESSION" -l -- "$1"; }

# Waits until the screen has not changed for SETTLE_SECONDS (so spinners and loads have finished).
settle() {
    local deadline=$((SECONDS + WAIT_SECONDS)) last now stable_since
    last=$(tmx capture-pane -e -p -t "$SESSION")
    stable_since=$(date +%s.%N)
    while ((SECONDS < deadline)); do
        sleep 0.1
        pane_dead && fail_with_screen "tack exited"
        now=$(tmx capture-pane -e -p -t "$SESSION")
        if [[ $now != "$last" ]]; then
            last=$now
            stable_since=$(date +%s.%N)
        elif awk -v a="$(date +%s.%N)" -v b="$stable_since" -v s="$SETTLE_SECONDS" 'BEGIN { exit !(a - b >= s) }'; then
            return 0
        fi
    done
    log "warning: the screen of '$CURRENT' was still changing after ${WAIT_SECONDS}s; capturing anyway"
}

capture() {
    local name=$1
    shift
    local raw="$WORK/$name.ans"
    tmx capture-pane -e -p -N -t "$SESSION" >"$raw"
    mkdir -p "$OUT_DIR"
    "$PYTHON" "$ROOT/scripts/render_terminal_png.py" "$raw" "$OUT_DIR/$name.png" \
        --cols "$SHOT_COLS" --rows "$SHOT_ROWS" "$@"
    log "wrote screenshots/$name.png (${SHOT_COLS}x${SHOT_ROWS})"
}

cleanup() {
    tmux -L "$SOCKET" kill-server 2>/dev/null || true
    if ((KEEP)); then
        log "captures and logs kept in $WORK"
    else
        rm -rf "$WORK"
    fi
}

# ---- Main. -----------------------------------------------------------------------------------------
install_dependencies
find_tack
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tack-shots.XXXXXX")
trap cleanup EXIT
cat >"$WORK/tmux.conf" <<EOF
set -g status off
set -g default-terminal $SHOT_TERM
set -g remain-on-exit on
set -g history-limit 0
set -g escape-time 0
EOF
tmux -L "$SOCKET" kill-server 2>/dev/null || true  # a server left over from an interrupted run

for CURRENT in "${SELECTED[@]}"; do
    log "shot: $CURRENT"
    "shot_$CURRENT"
    tmx kill-session -t "$SESSION" 2>/dev/null || true
done
