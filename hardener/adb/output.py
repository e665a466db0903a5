"""What one shell command on the phone gave back: the channel's answer to ``run``.

It lives in ``adb/`` because the channel makes it: the layers above (device parsers, the
session's change kinds) read it, and the channel must not import anything above itself.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CommandOutput:
    """What one shell command printed (stdout and stderr merged) and how it ended.

    ``exit_code`` is None when the phone's shell did not report one. ``failure`` is set when
    the command never completed (connection lost, timeout): then ``text`` may be partial.
    ``truncated`` is set when the output was longer than the channel's cap: ``text`` holds
    the first part, which parsers still read, but whatever came after it was never seen.
    ``sdk`` is the Android SDK level to read the text as (set by a scan once it knows it).
    """

    command: str
    text: str
    exit_code: int | None = 0
    sdk: int | None = None
    failure: str | None = None
    truncated: bool = False
