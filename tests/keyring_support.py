"""An in-memory keyring backend for tests that need a keyring to misbehave (locked, damaged entries).

It is a real ``keyring`` backend, so hardener's key store goes through the same library calls
as with the OS keyring; only where the secrets live differs (a dict, gone with the test).
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A dict of (service, user) -> secret; ``locked`` makes every call fail as a locked keyring does."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, locked: bool = False) -> None:
        super().__init__()
        self.locked = locked
        self.entries: dict[tuple[str, str], str] = {}

    def _check(self) -> None:
        if self.locked:
            raise KeyringLocked("Failed to unlock the collection!")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")


def installed_memory_keyring() -> Iterator[MemoryKeyring]:
    """For a fixture: ``yield from installed_memory_keyring()`` (the previous backend comes back after)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
