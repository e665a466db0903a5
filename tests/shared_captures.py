"""Access to the real phone captures in the shared folder, and to this repo's own fixtures.

The shared captures live outside the repository (``../shared`` next to it). A checkout without
them must still pass, so every test that reads one skips with the path it looked for.
Captures are read as bytes: several are not UTF-8 (binary XML, a UTF-16 PowerShell redirect),
and parsers receive what a channel would give them, UTF-8 decoded with ``backslashreplace``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hardener.adb.output import CommandOutput

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CAPTURES = SHARED / "fixtures" / "android-captures"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "android"


def capture(relpath: str, encoding: str = "utf-8") -> str:
    """Text of ``android-captures/<relpath>``, or skip the test when the folder is absent."""
    path = CAPTURES / relpath
    if not path.is_file():
        pytest.skip(f"shared capture not available: {path}")
    return path.read_bytes().decode(encoding, errors="backslashreplace")


def fixture(relpath: str) -> str:
    """Text of one of this repo's hand-written fixtures (``tests/fixtures/android/<relpath>``)."""
    return (FIXTURES / relpath).read_bytes().decode("utf-8", errors="backslashreplace")


def out(text: str, command: str = "", exit_code: int | None = 0, sdk: int | None = None) -> CommandOutput:
    return CommandOutput(command=command, text=text, exit_code=exit_code, sdk=sdk)
