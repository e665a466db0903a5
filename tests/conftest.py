"""Shared fixtures: practice phones on loopback, and connections to them."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hardener.adb.connect import Connection, Connector, DeviceSelector
from hardener.adb.keys import AdbSigner, new_signer

# The command line speaks the system's language when no --lang is given: the suite reads English
# unless a test asks for another language, whatever the machine's locale.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

# Hypothesis times every example (200 ms by default) and calls a slow data generation a failed
# health check: wall-clock verdicts that a busy machine turns red. Every property test inherits
# this profile; hangs are pytest-timeout's to catch.
settings.register_profile("any-machine", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("any-machine")


@pytest.fixture(scope="session")
def test_signer() -> AdbSigner:
    """One throwaway in-memory key for the whole run (RSA key generation is slow)."""
    return new_signer()


@pytest.fixture
def practice_phone() -> Iterator[Callable[..., object]]:
    """Start practice phones (``practice_phone("samsung-11", latency_ms=0)``); all stop at the end."""
    from hardener.sim.runner import start_practice_phone

    started = []

    def start(persona: str = "pixel-14", **kwargs: object) -> object:
        kwargs.setdefault("prompt_delay_s", 0.0)
        sim = start_practice_phone(persona=persona, **kwargs)  # type: ignore[arg-type]
        started.append(sim)
        return sim

    yield start
    for sim in started:
        sim.stop()


@pytest.fixture
def connect_to(test_signer: AdbSigner) -> Iterator[Callable[..., Connection]]:
    """Connect over TCP to a running practice phone with the test key; closed at the end."""
    opened: list[Connection] = []

    def open_(sim: object, **kwargs: object) -> Connection:
        selector = DeviceSelector(tcp=f"{sim.host}:{sim.port}")  # type: ignore[attr-defined]
        kwargs.setdefault("auth_timeout_s", 10.0)
        conn = Connector(selector, signer=test_signer, **kwargs).connect()  # type: ignore[arg-type]
        opened.append(conn)
        return conn

    yield open_
    for conn in opened:
        conn.close()
