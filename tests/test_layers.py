"""The layers of docs/DESIGN.md hold in the code: import-linter's contracts (pyproject.toml).

Each contract runs as its own test, so a broken one is named in the test report with
import-linter's explanation (the chain of imports and their line numbers). Function-local
imports count like any other: hiding an import inside a function does not get it past a layer.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# The contracts issue 11 asks for; a contract deleted or renamed in pyproject.toml fails here
# instead of silently no longer being checked.
REQUIRED = {
    "layers",  # faces > report > session > checks > device > adb > shared low-level modules
    "checks-pure",  # checks: nothing of adb, even through device
    "report-no-adb",  # report: nothing of adb (nor, by "layers", of the faces)
    "session-no-qt",  # session (and all below it): no Qt, even indirectly
    "qt-in-gui-and-renderer",  # Qt only in gui/ and report/render.py
    "sim-apart",  # the practice phone imports nothing of the phone-reading side
    "only-faces-start-sim",  # ... and the phone-reading side nothing of the practice phone
    "no-tools",  # the app never imports the maintainer tools
}

# Contracts that cannot pass until another change lands: id -> the reason (shown as xfail).
# Empty today; with xfail_strict, a contract listed here that passes fails the suite.
EXPECTED_TO_FAIL: dict[str, str] = {}


def _contract_ids() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [str(c["id"]) for c in config["tool"]["importlinter"]["contracts"]]


def _lint_imports(*args: str) -> subprocess.CompletedProcess[str]:
    """The `lint-imports` command of this venv, run from the checkout (where pyproject.toml is).

    ``--no-cache``: nothing is written into the checkout, and a stale cache cannot hide a change.
    """
    return subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())",
         "--no-cache", "--no-logo", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )


def test_every_required_contract_is_configured():
    ids = _contract_ids()
    assert len(ids) == len(set(ids)), ids
    assert not REQUIRED - set(ids), sorted(REQUIRED - set(ids))


def _params() -> list[object]:
    return [
        pytest.param(c, marks=pytest.mark.xfail(reason=EXPECTED_TO_FAIL[c], strict=True), id=c)
        if c in EXPECTED_TO_FAIL
        else pytest.param(c, id=c)
        for c in _contract_ids()
    ]


@pytest.mark.parametrize("contract", _params())
def test_import_contract_is_kept(contract):
    result = _lint_imports("--contract", contract)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout, result.stdout
