#!/usr/bin/env bash
# Install hardener into ./.venv on a Debian/Ubuntu machine with Python >= 3.11.
#   scripts/install.sh          the app (Qt runtime libraries, the package, its translations)
#   scripts/install.sh --test   the app plus everything the test suite needs
# Safe to run again: every step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

sudo_cmd=""
if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi

debs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
      libxcb-render-util0 libxcb-image0 libnss3 fonts-dejavu-core fonts-noto-cjk)
if [ "$want_test" = 1 ]; then
  debs+=(adb xvfb xauth dbus dbus-x11 gnome-keyring poppler-utils)
fi
missing=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Python >= 3.11: $PYTHON if given, else python3.11, else python3.
py="${PYTHON:-$(command -v python3.11 || command -v python3)}"
if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "hardener needs Python 3.11 or newer; $py is $("$py" --version 2>&1). Set PYTHON=/path/to/python3.11." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  if ! "$py" -m venv .venv 2>/dev/null; then
    # Debian/Ubuntu split venv (ensurepip) into pythonX.Y-venv.
    rm -rf .venv
    ver="$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "python${ver}-venv" >/dev/null || true
    "$py" -m venv .venv
  fi
fi
# Every dependency from the hash-pinned lock (requirements/README.md says how it is made), so
# what runs here is byte for byte what was reviewed; then hardener itself, with nothing more.
# The build needs no download either (--no-build-isolation: setuptools and PySide6's lrelease
# come from the lock); it compiles the translations (.ts -> .qm) beside their sources.
lock=requirements/app.txt
[ "$want_test" = 1 ] && lock=requirements/test.txt
.venv/bin/python -m pip install -q --require-hashes -r "$lock"
.venv/bin/python -m pip install -q --no-deps --no-build-isolation -e .
