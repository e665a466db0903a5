"""Starting and stopping the practice phone, for tests, the GUI's demo mode and ``hardener sim``."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import cast

from hardener.sim.adbd import CommandLog, PracticeAdbd
from hardener.sim.auth import PendingPrompt, TrustedKeys
from hardener.sim.backend import PhoneBackend
from hardener.sim.faults import AuthMode, DropKind, SimConfig


class PracticePhone:
    """A running practice phone: where to connect, the phone behind it, and its switches."""

    def __init__(self, server: PracticeAdbd) -> None:
        self._server = server
        self.host, self.port = server.address

    @property
    def serial(self) -> str:
        """What ``adb devices`` shows for a phone reached over TCP."""
        return f"{self.host}:{self.port}"

    @property
    def phone(self) -> PhoneBackend:
        return self._server.backend

    @property
    def config(self) -> SimConfig:
        return self._server.config

    @property
    def command_log(self) -> CommandLog:
        return self._server.command_log

    @property
    def trusted_keys(self) -> TrustedKeys:
        return self._server.trusted_keys

    @property
    def pending_prompt(self) -> PendingPrompt | None:
        """The oldest unanswered "Allow USB debugging?", for a GUI or test that polls."""
        prompts = self._server.pending_prompts
        return prompts[0] if prompts else None

    @property
    def connection_count(self) -> int:
        return self._server.connection_count

    def disconnect_all(self, kind: DropKind = "fin") -> None:
        """Every host loses the phone now (cable pulled); they may reconnect."""
        self._server.drop_connections(kind)

    def stop(self) -> None:
        self._server.stop()

    def __enter__(self) -> PracticePhone:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"PracticePhone({self.serial}, auth_mode={self.config.auth_mode!r})"


def start_practice_phone(
    phone: PhoneBackend | None = None,
    *,
    persona: str | None = None,
    port: int = 0,
    latency_ms: float = 0,
    auth_mode: AuthMode = "prompt-accept",
    prompt_delay_s: float = 0.3,
    trusted_keys: Iterable[str] = (),
    on_prompt: Callable[[PendingPrompt], None] | None = None,
    host: str = "127.0.0.1",
    fail_prefixes: Iterable[str] = (),
    clock_running: bool = False,
) -> PracticePhone:
    """Start the server in background threads and return once it accepts connections.

    Give either ``phone`` or ``persona``. ``port=0`` picks a free port, which is what tests
    want; ``trusted_keys`` are ``adbkey.pub`` lines the phone has already allowed. Every shell
    command beginning with one of ``fail_prefixes`` is refused as a real phone refuses it
    (``hardener sim --fail``); the refusal is the phone's, so it lives in the phone's faults.
    ``clock_running`` lets the phone's clock run from the persona's time (``hardener sim``);
    tests keep it still so every output repeats exactly.
    """
    backend = _pick_backend(phone, persona)
    if clock_running:
        start_clock = getattr(backend, "start_clock", None)
        if callable(start_clock):
            start_clock()
    prefixes = tuple(p for p in fail_prefixes if p.strip())
    if prefixes:
        faults = getattr(backend, "faults", None)
        if faults is None or not hasattr(faults, "refuse_prefixes"):
            raise ValueError("this phone cannot refuse commands (fail_prefixes needs a virtual phone)")
        faults.refuse_prefixes = prefixes
    config = SimConfig(
        auth_mode=auth_mode,
        prompt_delay_s=prompt_delay_s,
        latency_ms=latency_ms,
        on_prompt=on_prompt,
    )
    server = PracticeAdbd(backend, config=config, trusted_keys=TrustedKeys(trusted_keys), host=host, port=port)
    server.start()
    return PracticePhone(server)


def serve_forever(
    phone: PhoneBackend | None = None,
    *,
    persona: str | None = None,
    port: int = 0,
    latency_ms: float = 0,
    auth_mode: AuthMode = "prompt-accept",
    prompt_delay_s: float = 0.3,
    trusted_keys: Iterable[str] = (),
    on_ready: Callable[[PracticePhone], None] | None = None,
    stop_event: threading.Event | None = None,
) -> None:
    """Run the practice phone in the foreground until Ctrl+C (or ``stop_event``), then stop it.

    It prints nothing: ``on_ready`` gets the running phone so the CLI can say where it listens.
    KeyboardInterrupt is the normal way out, so it is absorbed rather than re-raised.
    """
    stop = stop_event if stop_event is not None else threading.Event()
    practice = start_practice_phone(
        phone,
        persona=persona,
        port=port,
        latency_ms=latency_ms,
        auth_mode=auth_mode,
        prompt_delay_s=prompt_delay_s,
        trusted_keys=trusted_keys,
    )
    try:
        if on_ready is not None:
            on_ready(practice)
        # A bounded wait, so Ctrl+C is noticed on every platform (Windows cannot interrupt it).
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        practice.stop()


def _pick_backend(phone: PhoneBackend | None, persona: str | None) -> PhoneBackend:
    if (phone is None) == (persona is None):
        raise ValueError("give exactly one of phone= or persona=")
    if phone is not None:
        return phone
    # Imported late: the personas module builds whole virtual phones and is not needed (nor
    # necessarily importable) when a test brings its own backend.
    module = importlib.import_module("hardener.sim.personas")
    load_persona = cast(Callable[[str], PhoneBackend], module.load_persona)
    return load_persona(cast(str, persona))
