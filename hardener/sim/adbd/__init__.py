"""The practice phone's adbd: the device side of the ADB wire protocol, one job per module.

- :mod:`.server`: :class:`PracticeAdbd`, the listener, its connections, auth prompts, banner.
- :mod:`.connection`: one host's TCP connection: handshake, auth, streams, the reader thread.
- :mod:`.stream`: one OPENed stream: flow control out, buffered bytes in.
- :mod:`.services`: ``shell:`` (v1, v2, pty) and ``exec:``; services after which adbd restarts.
- :mod:`.sync`: ``sync:`` push, pull, stat, list.
- :mod:`.command_log`: every service string received, for tests.
"""

from hardener.sim.adbd.command_log import CommandLog
from hardener.sim.adbd.server import PracticeAdbd

__all__ = ["CommandLog", "PracticeAdbd"]
