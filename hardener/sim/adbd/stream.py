"""One OPENed ADB stream on the practice phone: flow control out, a buffer in."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from hardener.sim.wire import A_CLSE, A_WRTE, Message

if TYPE_CHECKING:
    from hardener.sim.adbd.connection import Connection


class Gone(Exception):
    """The stream or the whole connection has closed under a worker; it just stops."""


class Stream:
    """One OPENed service: flow control for what we send, a buffer for what the host sends."""

    def __init__(self, conn: Connection, local_id: int, remote_id: int, keep_inbound: bool) -> None:
        self.conn = conn
        self.local_id = local_id
        self.remote_id = remote_id
        self._keep_inbound = keep_inbound  # shell stdin is acknowledged and dropped, not hoarded
        self._cond = threading.Condition()
        self._can_write = True  # an OPEN implies READY: the first WRTE needs no OKAY
        self._closed = False
        self._inbound = bytearray()

    # --- called by the reader thread --------------------------------------------------------

    def on_okay(self) -> None:
        with self._cond:
            self._can_write = True
            self._cond.notify_all()

    def on_data(self, data: bytes) -> None:
        if not self._keep_inbound:
            return
        with self._cond:
            self._inbound += data
            self._cond.notify_all()

    def mark_closed(self) -> bool:
        """True if this call closed it (so exactly one side sends or echoes the CLSE)."""
        with self._cond:
            if self._closed:
                return False
            self._closed = True
            self._cond.notify_all()
            return True

    # --- called by the worker ---------------------------------------------------------------

    def write(self, data: bytes) -> None:
        """Split to the peer's maxdata; one WRTE in flight until the peer's OKAY."""
        view = memoryview(data)
        step = self.conn.peer_maxdata
        for start in range(0, len(view), step):
            with self._cond:
                while not self._can_write and not self._closed:
                    self._cond.wait()
                if self._closed:
                    raise Gone
                self._can_write = False
            self.conn.send(Message(A_WRTE, self.local_id, self.remote_id, bytes(view[start : start + step])))

    def read_exact(self, size: int) -> bytes:
        with self._cond:
            while len(self._inbound) < size:
                if self._closed:
                    raise Gone
                self._cond.wait()
            out = bytes(self._inbound[:size])
            del self._inbound[:size]
            return out

    def finish(self) -> None:
        """Our side is done: CLSE right after the last WRTE, as adbd does, without waiting."""
        if self.mark_closed():
            self.conn.forget(self)
            self.conn.try_send(Message(A_CLSE, self.local_id, self.remote_id))
