#!/usr/bin/env bash
# Runs a command against a real Secret Service: a private D-Bus session bus with its own
# gnome-keyring-daemon, whose login keyring is created and unlocked from stdin, in a fresh
# temporary home that is deleted afterwards. Needs no display (nothing has to prompt: the keyring
# is unlocked up front) and no logind session, so it works as root in a container and on CI.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 command [args...]" >&2
    exit 2
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/tokendesk-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
    XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# With a display, a locked keyring would pop up a prompter instead of failing the test.
unset DISPLAY WAYLAND_DISPLAY
# The Secret Service must be found by the test, not picked up from the desktop session.
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

# dbus-run-session ends the bus when the command exits, and gnome-keyring-daemon with it. Should the
# test call before the daemon owns org.freedesktop.secrets, D-Bus activation starts
# "gnome-keyring-daemon --start", which joins this daemon through $XDG_RUNTIME_DIR/keyring.
# Not exec: the EXIT trap has to remove the scratch directory afterwards.
dbus-run-session -- bash -c '
    printf %s tokendesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' run-with-keyring "$@"
