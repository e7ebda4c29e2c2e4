#!/usr/bin/env bash
# Runs a test inside a private D-Bus session with an unlocked GNOME Keyring, so QtKeychain
# talks to a real Secret Service (architecture.md, "Known facts about this toolchain").
set -euo pipefail
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "keychain-session: dbus-run-session and gnome-keyring-daemon are needed (packages dbus, gnome-keyring)" >&2
    exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 0700 "$scratch/run"
export HOME="$scratch" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
exec dbus-run-session -- bash -c '
    eval "$(printf "hexclave-test" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    exec "$@"' keychain-session "$@"
