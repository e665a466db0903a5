"""The lock around a virtual phone: re-entrant, and one a waiting command can let go of.

Commands run one at a time on the phone (its records are plain objects), but a command waiting
for the host (stdin still coming, ``sleep``, ``logcat`` following, an interactive prompt, or a
host slow to read the output) must not stop every other connection, as it would not on a phone.
:meth:`PhoneLock.released` lets go of every level this thread holds and takes them back after.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType


class PhoneLock:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owner: int | None = None
        self._depth = 0

    def acquire(self) -> None:
        me = threading.get_ident()
        if self._owner == me:
            self._depth += 1
            return
        self._lock.acquire()
        self._owner, self._depth = me, 1

    def release(self) -> None:
        if self._owner != threading.get_ident():
            raise RuntimeError("release of a phone lock this thread does not hold")
        self._depth -= 1
        if self._depth == 0:
            self._owner = None
            self._lock.release()

    def __enter__(self) -> PhoneLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()

    @contextmanager
    def released(self) -> Iterator[None]:
        """Without the lock for the duration (a no-op for a thread that does not hold it)."""
        if self._owner != threading.get_ident():
            yield
            return
        depth = self._depth
        self._owner, self._depth = None, 0
        self._lock.release()
        try:
            yield
        finally:
            self._lock.acquire()
            self._owner, self._depth = threading.get_ident(), depth
