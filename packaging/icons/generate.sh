#!/usr/bin/env bash
# Renders every platform icon from the one source, resources/icons/tokendesk.svg, so that no
# build needs an SVG renderer: the PNGs (Linux hicolor theme), the Windows .ico and the macOS
# .icns are committed. Run it again after changing the SVG and commit the results.
# Needs (Debian 12): librsvg2-bin icoutils icnsutils
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."

svg=resources/icons/tokendesk.svg
png_dir=packaging/icons/hicolor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { rsvg-convert --width "$1" --height "$1" "$svg" --output "$work/$1.png"; }

# hicolor sizes that desktops look up; 512 is also what AppStream and Flathub prefer.
for size in 16 24 32 48 64 128 256 512; do
    render "$size"
    install -D -m 644 "$work/$size.png" "$png_dir/${size}x${size}.png"
done

# Windows picks the nearest of these for the taskbar, Explorer and the installer.
icotool --create --output packaging/windows/tokendesk.ico "$work"/{16,24,32,48,256}.png

# png2icns accepts only these sizes; 1024 covers the Retina 512@2x slot.
render 1024
png2icns packaging/macos/tokendesk.icns "$work"/{16,32,48,128,256,512,1024}.png >/dev/null

echo "icons written: $png_dir/*.png packaging/windows/tokendesk.ico packaging/macos/tokendesk.icns"
