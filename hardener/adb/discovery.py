"""Finding phones on USB, and finding the other program that may be holding one.

Google's ``adb`` server claims every phone's ADB interface as soon as it appears, and keeps it;
then nobody else can open it (libusb "busy"). We find that server two ways, without touching
the phone: a process named ``adb`` (psutil), and an answer on its port (5037, or
``$ANDROID_ADB_SERVER_PORT``) to ``host:version``. We stop it only when the person agrees,
and only with the server's own ``host:kill`` request.
"""

from __future__ import annotations

import contextlib
import os
import socket
from dataclasses import dataclass
from pathlib import PureWindowsPath

ADB_CLASS, ADB_SUBCLASS, ADB_PROTOCOL = 0xFF, 0x42, 0x01


@dataclass(frozen=True)
class UsbPhone:
    serial: str
    description: str  # manufacturer and product strings, when the phone gives them


@dataclass(frozen=True)
class AdbServer:
    port: int
    pid: int | None
    version: int | None
    exe: str | None = None  # the server's own program (its platform-tools), when the system says


# Google's adb is "adb" on Linux and macOS and "adb.exe" on Windows; its server runs as
# "adb -L tcp:5037 fork-server server --reply-fd N" (Windows: "adb.exe ..." the same way).
ADB_PROGRAM_NAMES = ("adb", "adb.exe")


def is_adb_server_process(name: str, cmdline: list[str]) -> bool:
    """Whether a process (its name and command line, as psutil gives them) is Google's adb server."""
    program = PureWindowsPath(cmdline[0]).name if cmdline else ""  # splits on / and \ alike
    named_adb = name.lower() in ADB_PROGRAM_NAMES or program.lower() in ADB_PROGRAM_NAMES
    return named_adb and any("server" in part for part in cmdline[1:])


def adb_server_port() -> int:
    raw = os.environ.get("ANDROID_ADB_SERVER_PORT", "")
    return int(raw) if raw.isdigit() and 0 < int(raw) < 65536 else 5037


def _smart_socket_request(port: int, request: str, timeout_s: float = 1.0) -> bytes | None:
    """Send one adb smart-socket request (``%04x`` length + text) and read the reply."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout_s) as sock:
            payload = request.encode("ascii")
            sock.sendall(b"%04x" % len(payload) + payload)
            chunks = []
            while True:
                try:
                    data = sock.recv(4096)
                except TimeoutError:
                    break
                if not data:
                    break
                chunks.append(data)
                if len(b"".join(chunks)) >= 12:
                    break
            return b"".join(chunks)
    except OSError:
        return None


def find_adb_server() -> AdbServer | None:
    """The running adb server, if any: by its port's answer, and by process name."""
    import psutil

    port = adb_server_port()
    reply = _smart_socket_request(port, "host:version")
    version: int | None = None
    answered = False
    if reply and reply.startswith(b"OKAY"):
        answered = True
        with contextlib.suppress(ValueError):
            version = int(reply[8:12], 16)
    pid: int | None = None
    exe: str | None = None
    for proc in psutil.process_iter(["pid", "name", "cmdline", "exe"]):
        if is_adb_server_process(proc.info.get("name") or "", list(proc.info.get("cmdline") or [])):
            pid = int(proc.info["pid"])
            exe = proc.info.get("exe") or None
            break
    if not answered and pid is None:
        return None
    return AdbServer(port=port, pid=pid, version=version, exe=exe)


def stop_adb_server(server: AdbServer) -> bool:
    """Ask the adb server to exit (``host:kill``). Only call this when the person agreed."""
    reply = _smart_socket_request(server.port, "host:kill")
    return reply is not None


def list_usb_phones() -> list[UsbPhone]:
    """Phones on USB that expose an ADB interface. Empty when libusb is missing."""
    try:
        import usb1
    except ImportError:
        return []
    phones: list[UsbPhone] = []
    try:
        with usb1.USBContext() as ctx:
            for dev in ctx.getDeviceIterator(skip_on_error=True):
                has_adb = any(
                    (s.getClass(), s.getSubClass(), s.getProtocol()) == (ADB_CLASS, ADB_SUBCLASS, ADB_PROTOCOL)
                    for cfg in dev
                    for iface in cfg
                    for s in iface
                )
                if not has_adb:
                    continue
                serial = ""
                desc = f"{dev.getVendorID():04x}:{dev.getProductID():04x}"
                with contextlib.suppress(Exception):
                    serial = dev.getSerialNumber() or ""
                    desc = " ".join(x for x in (dev.getManufacturer(), dev.getProduct()) if x) or desc
                phones.append(UsbPhone(serial=serial or desc, description=desc))
    except Exception:
        return []
    return phones
