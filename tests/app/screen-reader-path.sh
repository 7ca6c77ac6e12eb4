#!/usr/bin/env bash
# Runs screen_reader_path.py against `tokendesk --demo` as a screen reader sees it: a private D-Bus
# session, its AT-SPI bus and registry, a virtual X server, and Qt's accessibility bridge on.
#   screen-reader-path.sh TOKENDESK_EXECUTABLE SCRIPT
set -euo pipefail
if [ -z "${TOKENDESK_IN_SESSION:-}" ]; then
    export TOKENDESK_IN_SESSION=1
    exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
scratch=$(mktemp -d)
cleanup() {
    # The window is ended by the test, so its signal status is expected, not a failure.
    [ -n "${app:-}" ] && { kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; }
    [ -n "${bus:-}" ] && { kill "$bus" 2>/dev/null || true; }
    rm -rf "$scratch"
}
trap cleanup EXIT
# The window's state and audit log go to a throwaway home, never the user's.
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
export LANG=C.UTF-8 LANGUAGE=en QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb
/usr/libexec/at-spi-bus-launcher --launch-immediately &
bus=$!
"$1" --demo &
app=$!
/usr/bin/python3 "$2"
