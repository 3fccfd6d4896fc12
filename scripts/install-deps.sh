#!/usr/bin/env bash
# Installs the system packages Tack needs to build and test, if any are missing (Debian/Ubuntu).
set -euo pipefail

packages=(libncurses-dev libsqlite3-dev tmux pkg-config libchafa-dev libglib2.0-dev libturbojpeg0-dev libpng-dev libwebp-dev)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
fi
if ! command -v swift >/dev/null; then
    echo "Swift 6 is required: install it from swift.org and put it on PATH." >&2
    exit 1
fi
