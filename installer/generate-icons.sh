#!/usr/bin/env bash
# Renders the application icon resources/hexclave-admin.svg into what each platform needs and
# writes them to resources/app-icon/ (committed: a build needs none of these tools).
#   Linux:   hicolor PNGs 16 24 32 48 64 128 256 512 (+ the SVG as "scalable")
#   Windows: hexclave-admin.ico (16 24 32 48 64 256)
#   macOS:   hexclave-admin.icns (16 32 48 128 256 512)
# Needs rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/hexclave-admin.svg
out=resources/app-icon
for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || { echo "generate-icons: $tool missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done
mkdir -p "$out"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" -o "$out/hexclave-admin-$size.png"
done
icotool --create --output "$out/hexclave-admin.ico" \
    "$out"/hexclave-admin-{16,24,32,48,64}.png --raw="$out/hexclave-admin-256.png"
png2icns "$out/hexclave-admin.icns" "$out"/hexclave-admin-{16,32,48,128,256,512}.png >/dev/null
ls -l "$out"
