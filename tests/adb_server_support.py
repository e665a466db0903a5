"""Google's adb server for tests and benches: a private one, and the fault matrix through it.

:class:`AdbServer` runs Debian's ``adb`` on a free port with a scratch HOME (its key,
``~/.android/adbkey``, is made there, never in the real HOME); ``adb`` itself only starts,
attaches (``adb connect``) and stops: hardener talks to the server over its host protocol.

:class:`ServerMatrix` is ``tests/fault_matrix.py``'s matrix with every connection going
through that server: the practice phone (or the fault relay in front of it) is attached with
``adb connect``, and hardener connects with ``--adb-server``. The faults then sit between the
server and the phone, where a pulled cable is. Left out: the ``auth`` faults and the
``connect`` family, which are about hardener's own handshake; through the server, the
server does the handshake (tests/test_adb_server.py covers its unauthorized and offline states).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from fault_matrix import CALM_TIMEOUT_S, COMBOS_TEST, Fault, Matrix, Result, Scenario, faults_for

from hardener.adb.connect import Connection, Connector, DeviceSelector
from hardener.adb.host_client import AdbServerClient
from hardener.adb.keys import AdbSigner

ADB = shutil.which("adb") or ("/usr/bin/adb" if Path("/usr/bin/adb").exists() else None)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _port_answers(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class AdbServer:
    exe: str
    env: dict[str, str]
    port: int
    attached: set[str] = field(default_factory=set)

    def run(self, *args: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [self.exe, *args],
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def state(self, serial: str) -> str | None:
        return AdbServerClient(self.port).state(serial)

    def attach(self, serial: str, timeout: float = 15) -> None:
        """``adb connect`` HOST:PORT (unless the server has it already) and wait for "device"."""
        if self.state(serial) != "device":
            connected = self.run("connect", serial)
            # adb 29 exits 0 whatever happens; before the simulated tap it says "failed to authenticate".
            if serial not in connected.stdout:
                raise AssertionError(f"adb connect {serial}: {connected}")
        self.attached.add(serial)
        self.wait_state(serial, "device", timeout)

    def wait_state(self, serial: str, state: str, timeout: float = 15) -> None:
        client = AdbServerClient(self.port)
        deadline = time.monotonic() + timeout
        seen: list[str] = []
        while time.monotonic() < deadline:
            seen = [f"{d.serial} {d.state}" for d in client.devices()]
            if f"{serial} {state}" in seen:
                return
            time.sleep(0.02)
        raise AssertionError(f"{serial} never became {state!r} on the adb server: {seen}")

    def start_again(self, timeout: float = 30) -> None:
        """Start the server again after ``kill-server``, once the old one has let go of its port.

        ``kill-server`` returns while the old server is still closing: a ``start-server`` that
        reaches it then reads half a reply ("protocol fault (status 30 30 30 63?!)"). So wait
        until nothing answers on the port, and try again while a start races a closing server.
        """
        deadline = time.monotonic() + timeout
        last: subprocess.CompletedProcess[str] | None = None
        while time.monotonic() < deadline:
            if _port_answers(self.port):
                time.sleep(0.05)
                continue
            last = self.run("start-server")
            if last.returncode == 0:
                return
            time.sleep(0.2)
        raise AssertionError(f"adb start-server never succeeded: {last}")

    def detach(self, serial: str) -> None:
        self.run("disconnect", serial)
        self.attached.discard(serial)

    def detach_all(self) -> None:
        for serial in sorted(self.attached):
            self.detach(serial)


@contextlib.contextmanager
def private_adb_server() -> Iterator[AdbServer]:
    """Debian's adb server on a free port with a scratch HOME; killed and removed at the end."""
    if ADB is None:
        raise RuntimeError("Google's adb is not installed (Debian package 'adb')")
    home = tempfile.mkdtemp(prefix="hb-adb-home-")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANDROID_", "ADB_"))}
    env.update(HOME=home, ANDROID_ADB_SERVER_PORT=str(port))
    server = AdbServer(ADB, env, port)
    try:
        started = server.run("start-server")
        if started.returncode != 0:
            raise RuntimeError(f"adb start-server: {started.stderr}")
        yield server
    finally:
        server.run("kill-server", timeout=10)
        shutil.rmtree(home, ignore_errors=True)


# --- the fault matrix through the server -------------------------------------------------------------

SERVER_FAMILIES = ("scan", "apply", "undo", "finish")


class ServerMatrix(Matrix):
    """The fault matrix, every connection through the adb server (set ``ANDROID_ADB_SERVER_PORT``)."""

    def __init__(self, signer: AdbSigner, server: AdbServer) -> None:
        super().__init__(signer)
        self.server = server

    def connect(self, port: int, read_timeout_s: float = CALM_TIMEOUT_S) -> Connection:
        serial = f"127.0.0.1:{port}"
        self.server.attach(serial)
        conn = Connector(DeviceSelector(serial=serial, adb_server=True), auth_timeout_s=0).connect()
        conn.channel.read_timeout_s = read_timeout_s
        return conn

    def run(self, sc: Scenario, _learn: bool = False) -> Result:
        try:
            return super().run(sc, _learn)
        finally:
            self.server.detach_all()


def server_faults(family: str, matrix: Matrix, persona: str, profile: str, full: bool) -> list[Fault]:
    return [f for f in faults_for(family, matrix.clean(family, persona, profile), full) if f.kind != "auth"]


def server_scenarios(matrix: ServerMatrix, full: bool, families: tuple[str, ...] = SERVER_FAMILIES) -> list[Scenario]:
    out = []
    for family, persona, profile in COMBOS_TEST:
        if family in families and family in SERVER_FAMILIES:
            faults = server_faults(family, matrix, persona, profile, full)
            out += [Scenario(family, persona, profile, f) for f in faults]
    return out
