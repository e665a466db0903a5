#!/usr/bin/env bash
# Runs inside dbus-run-session: start an unlocked gnome-keyring Secret Service, then pytest.
set -euo pipefail
keyring_home="$(mktemp -d)"
export XDG_DATA_HOME="$keyring_home/data"
mkdir -p "$XDG_DATA_HOME"
eval "$(printf '' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
kill "${GNOME_KEYRING_PID:-0}" 2>/dev/null || true
pkill -u "$(id -u)" -f "gnome-keyring-daemon --unlock" 2>/dev/null || true
rm -rf "$keyring_home"
exit $rc
