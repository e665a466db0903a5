"""What a :class:`~hardener.adb.channel.Channel` needs from the link under it.

Two links satisfy it: :class:`~hardener.adb.transport.HardenerAdbDevice` (hardener's own ADB
client over USB or TCP, built on adb-shell) and :class:`~hardener.adb.host_client.ServerLink`
(Google's adb server, over its host protocol). The channel does the rest the same way for both:
the lock, batching with markers, shell v2 decoding, error translation, round-trip counts.

Failures a link reports, and what the channel makes of them:

* ``OSError`` (``ConnectionError``, ``LinkClosed``) -> the link is gone (:class:`ConnectionLost`);
* ``TimeoutError`` -> :class:`CommandTimeout`;
* ``adb_shell.exceptions.PushFailedError`` -> the phone refused to store the file;
* ``adb_shell.exceptions.AdbCommandFailureException`` from ``pull`` -> no such file.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO, Protocol


class DeviceLink(Protocol):
    """One phone, reachable for shell commands and file transfers, one call at a time."""

    @property
    def features(self) -> frozenset[str]:
        """ADB features both ends support (``shell_v2`` decides the shell framing)."""
        ...

    @property
    def services_accepted(self) -> int:
        """How many services the phone has accepted so far (it answered OKAY to the open)."""
        ...

    def banner_props(self) -> dict[str, str]:
        """What the phone says about itself when it connects (``ro.product.model``, ...)."""
        ...

    def _streaming_service(
        self,
        service: bytes,
        command: bytes,
        transport_timeout_s: float | None = None,
        read_timeout_s: float = 10.0,
        decode: bool = True,
    ) -> Iterable[bytes]:
        """Open ``service:command`` on the phone and yield its raw output as it arrives.

        The name is adb-shell's, whose ``AdbDevice`` provides it; ``decode`` is always False here.
        """
        ...

    def push(
        self,
        local_path: BinaryIO,
        device_path: str,
        st_mode: int = 0o100644,
        mtime: int = 0,
        progress_callback: None = None,
        transport_timeout_s: float | None = None,
        read_timeout_s: float = 10.0,
    ) -> None: ...

    def pull(
        self,
        device_path: str,
        local_path: BinaryIO,
        progress_callback: None = None,
        transport_timeout_s: float | None = None,
        read_timeout_s: float = 10.0,
    ) -> None: ...

    def interrupt(self) -> None:
        """Wake a blocked read from another thread (cancel); the link is unusable after."""
        ...

    def close(self) -> None: ...
