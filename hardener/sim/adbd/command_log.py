"""The log of every service string the practice phone's adbd received."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import overload


class CommandLog(Sequence[str]):
    """Every service string the phone received, in order, safe to read while the server writes.

    Tests assert on it that nothing unvalidated from the phone reached a command line. Bytes that
    are not UTF-8 show as ``\\xNN`` so the log can always be printed and compared.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[str] = []

    def append(self, service: str) -> None:
        with self._lock:
            self._items.append(service)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def snapshot(self) -> list[str]:
        with self._lock:
            return list(self._items)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        with self._lock:
            return self._items[index]

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def __iter__(self) -> Iterator[str]:
        return iter(self.snapshot())

    def __contains__(self, value: object) -> bool:
        with self._lock:
            return value in self._items

    def __repr__(self) -> str:
        return f"CommandLog({self.snapshot()!r})"
