#!/usr/bin/env bash
# The standalone app, no Python needed on the laptop that runs it (PyInstaller, one folder):
#   Linux    dist/hardener/hardener, dist/hardener/hardener-gui
#   Windows  dist/hardener/hardener.exe, dist/hardener/hardener-gui.exe, and dist/hardener-windows.zip
#   macOS    dist/hardener.app (its program is hardener-gui), and dist/hardener-macos.zip
# Run from Git Bash on Windows. The build has its own venv (build/bundle-venv) installed from the
# hash-pinned requirements/bundle.txt (the app's lock plus PyInstaller), and hardener goes in as a
# wheel would (the .qm catalogues compiled by tools/i18n_build.py, the profiles as package data),
# so the build carries what an installed hardener carries and nothing of the checkout or the tests.
# Safe to run again: the venv is reused, the build starts clean.
set -euo pipefail
cd "$(dirname "$0")/.."

case "$(uname -s)" in
  Linux*) system=linux ;;
  Darwin*) system=macos ;;
  MINGW*|MSYS*|CYGWIN*) system=windows ;;
  *) echo "bundle.sh: unknown system $(uname -s)" >&2; exit 1 ;;
esac

py="${PYTHON:-$(command -v python3.11 || command -v python3 || command -v python)}"
if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "bundle.sh needs Python 3.11 or newer; $py is $("$py" --version 2>&1). Set PYTHON=/path/to/python3.11." >&2
  exit 1
fi

venv=build/bundle-venv
vpy="$venv/bin/python"
[ "$system" = windows ] && vpy="$venv/Scripts/python.exe"
if [ ! -x "$vpy" ]; then
  rm -rf "$venv"
  "$py" -m venv "$venv"
fi
"$vpy" -m pip install -q --require-hashes -r requirements/bundle.txt
# hardener itself as a wheel installs it (not editable): setup.py compiles the .ts catalogues to
# .qm with tools/i18n_build.py and maps profiles/ into hardener._profiles.
"$vpy" -m pip install -q --no-deps --no-build-isolation --force-reinstall .

rm -rf dist/hardener dist/hardener.app build/bundle-work
# -P: the checkout's folder must not shadow the installed hardener during the analysis.
"$vpy" -P -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/bundle-work packaging/hardener.spec

case "$system" in
  windows)
    rm -f dist/hardener-windows.zip
    "$vpy" -c 'import shutil; shutil.make_archive("dist/hardener-windows", "zip", "dist", "hardener")'
    echo "Built dist/hardener/ (hardener.exe, hardener-gui.exe) and dist/hardener-windows.zip"
    ;;
  macos)
    rm -f dist/hardener-macos.zip
    ditto -c -k --sequesterRsrc --keepParent dist/hardener.app dist/hardener-macos.zip
    echo "Built dist/hardener.app and dist/hardener-macos.zip"
    ;;
  linux)
    echo "Built dist/hardener/ (hardener, hardener-gui): $(du -sh dist/hardener | cut -f1)"
    ;;
esac
