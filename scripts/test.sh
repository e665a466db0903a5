#!/usr/bin/env bash
# The whole test suite, from nothing: installs what it needs, then lint, types, tests.
# Tests run under a virtual X server and a private D-Bus session with a real Secret Service
# (gnome-keyring), so the keyring code is tested against a real backend, never a plaintext file.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --test
.venv/bin/ruff check hardener tests tools setup.py
.venv/bin/mypy
exec xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- bash scripts/_in_session.sh "$@"
