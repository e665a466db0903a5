"""Finding the adb server that may hold a USB phone, and stopping it only on request."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time

import pytest

from hardener.adb import discovery


class FakeAdbServer:
    """Answers the smart-socket protocol like adb's server: host:version and host:kill."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.requests: list[str] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                length = int(conn.recv(4), 16)
                request = conn.recv(length).decode()
                self.requests.append(request)
                if request == "host:version":
                    conn.sendall(b"OKAY0004" + b"0029")
                elif request == "host:kill":
                    conn.sendall(b"OKAY")

    def close(self) -> None:
        self.sock.close()
        self.thread.join(2)


@pytest.fixture
def fake_server(monkeypatch):
    server = FakeAdbServer()
    monkeypatch.setenv("ANDROID_ADB_SERVER_PORT", str(server.port))
    yield server
    server.close()


def test_a_listening_adb_server_is_found_by_its_answer(fake_server):
    found = discovery.find_adb_server()
    assert found is not None
    assert found.port == fake_server.port
    assert found.version == 0x29


def test_stopping_sends_the_servers_own_kill_request(fake_server):
    found = discovery.find_adb_server()
    assert found is not None
    assert discovery.stop_adb_server(found)
    assert fake_server.requests[-1] == "host:kill"


def test_no_server_no_answer(monkeypatch):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    monkeypatch.setenv("ANDROID_ADB_SERVER_PORT", str(free))
    found = discovery.find_adb_server()
    # A real adb server may run elsewhere on the machine under its own name; only the port is ours.
    assert found is None or found.version is None


@pytest.mark.adb_client
@pytest.mark.skipif(shutil.which("adb") is None, reason="Google's adb client is not installed (Debian package adb)")
def test_googles_adb_server_is_found_and_stopped(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "HOME": str(tmp_path), "ANDROID_ADB_SERVER_PORT": str(port)}
    subprocess.run(["adb", "start-server"], env=env, check=True, capture_output=True, timeout=30,
                   stdin=subprocess.DEVNULL)
    old = os.environ.get("ANDROID_ADB_SERVER_PORT")
    os.environ["ANDROID_ADB_SERVER_PORT"] = str(port)
    try:
        found = discovery.find_adb_server()
        assert found is not None and found.version is not None and found.pid is not None
        assert discovery.stop_adb_server(found)
        deadline = time.monotonic() + 60  # a wait, not a speed limit
        while discovery.find_adb_server() is not None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert discovery.find_adb_server() is None or discovery.find_adb_server().version is None
    finally:
        subprocess.run(["adb", "kill-server"], env=env, capture_output=True, timeout=30, stdin=subprocess.DEVNULL)
        if old is None:
            os.environ.pop("ANDROID_ADB_SERVER_PORT", None)
        else:
            os.environ["ANDROID_ADB_SERVER_PORT"] = old


def test_no_usb_access_means_no_phones_not_a_crash():
    assert isinstance(discovery.list_usb_phones(), list)
