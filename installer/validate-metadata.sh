#!/usr/bin/env bash
# Checks the generated desktop entry and AppStream metadata the way distributions do, and that
# what they point to exists in the repository.
#   installer/validate-metadata.sh <build>/installer/generated/com.hexclave.Admin.desktop <…>.metainfo.xml
# Needs desktop-file-validate (desktop-file-utils) and appstreamcli (appstream).
set -euo pipefail
desktop=$1 metainfo=$2
here=$(cd "$(dirname "$0")" && pwd)
status=0
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool missing (.ci/install-deps package)"; exit 1; }
done

echo "--- desktop-file-validate $desktop"
out=$(desktop-file-validate "$desktop" 2>&1) || status=1
[ -z "$out" ] || { echo "$out"; status=1; }

echo "--- appstreamcli validate --no-net $metainfo"
appstreamcli validate --no-net --pedantic "$metainfo" || status=1

# The metainfo names the desktop entry, the icon is the app id, every screenshot is committed.
id=$(basename "$metainfo" .metainfo.xml)
grep -q "<launchable type=\"desktop-id\">$(basename "$desktop")</launchable>" "$metainfo" \
    || { echo "FAIL: metainfo does not launch $(basename "$desktop")"; status=1; }
grep -qx "Icon=$id" "$desktop" || { echo "FAIL: desktop entry's Icon is not $id"; status=1; }
for size in 16 24 32 48 64 128 256 512; do
    png="$here/../resources/app-icon/hexclave-admin-$size.png"
    [ -s "$png" ] || { echo "FAIL: $png missing (installer/generate-icons.sh)"; status=1; }
done
shots=$(grep -o '<image>[^<]*</image>' "$metainfo" | sed 's|<image>.*/\([^/]*\)</image>|\1|')
[ -n "$shots" ] || { echo "FAIL: no screenshots in $metainfo"; status=1; }
for shot in $shots; do
    [ -s "$here/screenshots/$shot" ] || { echo "FAIL: installer/screenshots/$shot missing (build target 'screenshots')"; status=1; }
done
[ $status -eq 0 ] && echo "packaging metadata OK"
exit $status
