#!/usr/bin/env bash
# Runs inside dbus-run-session: start a real, unlocked Secret Service (gnome-keyring) with a
# throwaway login keyring in a temporary folder, then pytest. The keyring holds only test keys
# and is deleted at the end.
set -euo pipefail
keyring_home="$(mktemp -d)"
export XDG_DATA_HOME="$keyring_home/data"
mkdir -p "$XDG_DATA_HOME"
# A non-empty password makes gnome-keyring create and unlock the "login" collection without a
# graphical prompt (there is none under CI).
printf 'hardener-test-keyring' | gnome-keyring-daemon --unlock --replace --components=secrets \
  >"$keyring_home/daemon.log" 2>&1 &
keyring_pid=$!
for _ in $(seq 50); do
  if .venv/bin/python -c "import secretstorage, sys; c=secretstorage.dbus_init(); sys.exit(0 if secretstorage.check_service_availability(c) else 1)" 2>/dev/null; then
    break
  fi
  sleep 0.1
done
export HARDENER_REQUIRE_KEYRING=1
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
kill "$keyring_pid" 2>/dev/null || true
rm -rf "$keyring_home"
exit $rc
