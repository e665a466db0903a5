"""One OPENed ADB stream on the practice phone: flow control out, a buffer in."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from hardener.sim.backend import HostGone
from hardener.sim.wire import A_CLSE, A_OKAY, A_WRTE, Message

if TYPE_CHECKING:
    from hardener.sim.adbd.connection import Connection


# Bytes from the host kept before we stop acknowledging (adbd's back-pressure on a child's stdin).
INBOUND_LIMIT = 1024 * 1024


class Gone(HostGone):
    """The stream or the whole connection has closed under a worker; it just stops."""


class Stream:
    """One OPENed service: flow control for what we send, a buffer for what the host sends."""

    def __init__(self, conn: Connection, local_id: int, remote_id: int, keep_inbound: bool) -> None:
        self.conn = conn
        self.local_id = local_id
        self.remote_id = remote_id
        self._keep_inbound = keep_inbound  # False: what the host sends is acknowledged and dropped
        self._cond = threading.Condition()
        self._can_write = True  # an OPEN implies READY: the first WRTE needs no OKAY
        self._closed = False
        self._inbound = bytearray()
        self._owe_okay = False  # an OKAY held back until the worker reads (back-pressure)

    @property
    def closed(self) -> bool:
        return self._closed

    # --- called by the reader thread --------------------------------------------------------

    def on_okay(self) -> None:
        with self._cond:
            self._can_write = True
            self._cond.notify_all()

    def on_data(self, data: bytes) -> bool:
        """Keep what the host sent; True if the OKAY goes now, False if it waits for a read."""
        if not self._keep_inbound:
            return True
        with self._cond:
            self._inbound += data
            self._cond.notify_all()
            if len(self._inbound) > INBOUND_LIMIT:
                self._owe_okay = True
                return False
            return True

    def _paid_up(self) -> None:
        """Called with ``_cond`` held after a read: send a held-back OKAY once there is room."""
        if self._owe_okay and len(self._inbound) <= INBOUND_LIMIT and not self._closed:
            self._owe_okay = False
            self.conn.try_send(Message(A_OKAY, self.local_id, self.remote_id))

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
            self._paid_up()
            return out

    def take_available(self) -> bytes:
        """Whatever the host has sent so far (maybe nothing), without waiting."""
        with self._cond:
            out = bytes(self._inbound)
            self._inbound.clear()
            self._paid_up()
            return out

    def finish(self) -> None:
        """Our side is done: CLSE right after the last WRTE, as adbd does, without waiting."""
        if self.mark_closed():
            self.conn.forget(self)
            self.conn.try_send(Message(A_CLSE, self.local_id, self.remote_id))
