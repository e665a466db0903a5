"""Writing a report the person chose to save: to that path only, readable by them only."""

from __future__ import annotations

import os
from pathlib import Path


def write_private(path: Path, data: bytes) -> None:
    """Create or replace ``path`` with mode 0600.

    A report lists what is weak on someone's phone; on a shared laptop other accounts should
    not be able to read it. Nothing is written beside it (no temporary file, no backup), so
    the only trace is the file the person asked for.
    """
    if path.is_dir():
        raise IsADirectoryError(f"{path} is a folder; give a file name")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            fd = -1
            handle.write(data)
    finally:
        if fd >= 0:
            os.close(fd)
    path.chmod(0o600)  # an existing file keeps its old mode on O_CREAT; make it private too
