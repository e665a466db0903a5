"""Writing a copy of the hand-over report on the phone: the session's step, not the report's.

The report layer (:mod:`hardener.report.to_phone`) decides what may go on the phone: a neutral
name from a narrow alphabet, an HTML page of bounded size, and only when no spying app could
read it. Writing it is phone I/O, which belongs to the session, so ``report/`` needs nothing
of ``adb/`` (an import-linter contract in pyproject.toml holds it to that).
"""

from __future__ import annotations

from typing import Protocol

from hardener.adb import quoting as q

DOWNLOAD_DIR = "/sdcard/Download"
REPORT_FILE_MODE = 0o100644  # a plain file the person's own apps (browser, files) can open


class PushesBytes(Protocol):
    """All this step needs of a channel (:class:`hardener.adb.channel.Channel` is one)."""

    def push_bytes(self, data: bytes, device_path: str, mode: int = ...) -> None: ...


def save_report_on_phone(channel: PushesBytes, data: bytes, name: str) -> str:
    """Push ``data`` to ``/sdcard/Download/<name>.html``; returns that path.

    ``name`` must already be checked by :func:`hardener.report.to_phone.check_name` (neutral
    words); the path is checked here again for the shell, because it goes into a command on the
    phone. An existing file of that name is replaced: the person asked for this name, and an old
    report left beside a new one would only be one more thing to find.
    """
    path = q.device_path(f"{DOWNLOAD_DIR}/{name}.html")
    channel.push_bytes(data, path, mode=REPORT_FILE_MODE)
    return path
