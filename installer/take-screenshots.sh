#!/usr/bin/env bash
# Takes the AppStream screenshots with the app itself: the demo server, one page each, under Xvfb.
#   installer/take-screenshots.sh <hexclave-admin binary> <output dir> <page>…
# (the `screenshots` build target runs it with the pages listed in installer/CMakeLists.txt).
# Needs xvfb-run (xvfb, xauth) and a font (fonts-dejavu-core). Commit the PNGs it writes.
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 <hexclave-admin> <output dir> <page>…" >&2; exit 2; }
app=$1 out=$2
shift 2
mkdir -p "$out"
XDG_RUNTIME_DIR=$(mktemp -d)
temp_dirs=("$XDG_RUNTIME_DIR")
trap 'rm -rf "${temp_dirs[@]}"' EXIT
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR
for page in "$@"; do
    # A fresh HOME per shot: no saved window geometry or settings of the person running it, nor
    # of the previous shot.
    home=$(mktemp -d)
    temp_dirs+=("$home")
    HOME=$home LANG=C.UTF-8 QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" \
        "$app" --demo --page "$page" --screenshot "$out/$page.png"
    test -s "$out/$page.png"
    echo "$out/$page.png"
done
