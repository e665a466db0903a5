"""adbd's own services besides shell, exec and sync, answered as a production phone answers them.

The texts are adbd's (``daemon/restart_service.cpp``, ``/system/bin/remount``): a ``user`` build
refuses ``root`` and ``remount``; ``tcpip`` and ``usb`` restart adbd (the host loses the phone
for a moment; the practice phone keeps listening on its one TCP port in both modes); ``reboot``
restarts the whole phone, keeping what a phone keeps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hardener.sim.backend import ServiceAnswer

if TYPE_CHECKING:
    from hardener.sim.phone import VirtualPhone


def answer(phone: VirtualPhone, name: str, arg: str) -> ServiceAnswer | None:
    debuggable = phone.props.get("ro.debuggable") == "1"
    if name == "root":
        if not debuggable:
            return ServiceAnswer(b"adbd cannot run as root in production builds\n")
        return ServiceAnswer(b"restarting adbd as root\n", then="restart-adbd")
    if name == "unroot":
        return ServiceAnswer(b"adbd not running as root\n")
    if name == "remount":
        return ServiceAnswer(b'Not running as root. Try "adb root" first.\n')
    if name == "tcpip":
        port = int(arg) if arg.isdigit() else 0
        if port <= 0:
            return ServiceAnswer(f"invalid port {arg}\n".encode("utf-8", "replace"))
        phone.props["service.adb.tcp.port"] = str(port)
        return ServiceAnswer(f"restarting in TCP mode port: {port}\n".encode(), then="restart-adbd")
    if name == "usb":
        phone.props["service.adb.tcp.port"] = "0"
        return ServiceAnswer(b"restarting in USB mode\n", then="restart-adbd")
    if name == "reboot":
        return ServiceAnswer(b"", then="reboot")
    return None
