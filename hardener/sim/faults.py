"""Run-time switches for how the practice phone behaves: auth policy and injected faults.

Tests and the GUI flip these while the server runs, so every field is read at the moment it
matters (when a key is offered, when a command runs) rather than copied at start-up. Each
assignment is validated, so a typo in a test fails at the assignment, not as a mysterious hang.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from hardener.sim.auth import PendingPrompt
from hardener.sim.wire import MAX_PAYLOAD

AuthMode = Literal["none", "prompt", "prompt-accept", "prompt-deny", "reject", "offline"]
DropKind = Literal["rst", "fin"]

AUTH_MODES: tuple[str, ...] = get_args(AuthMode)
DROP_KINDS: tuple[str, ...] = get_args(DropKind)
IMPLEMENTED_FEATURES: tuple[str, ...] = ("shell_v2", "cmd")

# Below this a WRTE cannot carry a shell-v2 header plus a byte; real devices never go under 4096.
_MIN_MAXDATA = 256


@dataclass
class SimConfig:
    """Auth policy and faults. Modes:

    - ``none``: no authentication (an emulator, ``ro.adb.secure=0``).
    - ``prompt``: an untrusted key raises a prompt that waits for ``allow()``/``deny()``.
    - ``prompt-accept`` / ``prompt-deny``: the prompt answers itself after ``prompt_delay_s``
      ("Always allow" / "Deny"), unless someone resolves it first.
    - ``reject``: untrusted keys get no prompt and no answer (the "unauthorized" state).
    - ``offline``: the phone never answers CNXN at all.

    Trusted keys connect in every mode except ``offline``. A mode applies when a key is offered;
    switching it does not disturb connections already online.
    """

    auth_mode: AuthMode = "prompt-accept"
    prompt_delay_s: float = 0.3
    on_prompt: Callable[[PendingPrompt], None] | None = None
    latency_ms: float = 0.0
    drop_after_commands: int | None = None
    drop_kind: DropKind = "rst"
    truncate_output: int | None = None
    maxdata: int = MAX_PAYLOAD
    features: tuple[str, ...] = IMPLEMENTED_FEATURES
    reboot_s: float = 3.0  # ``adb reboot``: adbd is back after 40 % of it, boot completes at 100 %
    _commands_seen: int = field(default=0, init=False, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False, compare=False)

    def __setattr__(self, name: str, value: Any) -> None:
        _validate(name, value)
        if name == "drop_after_commands" and "_lock" in self.__dict__:
            with self._lock:
                object.__setattr__(self, "_commands_seen", 0)
                object.__setattr__(self, name, value)
            return
        object.__setattr__(self, name, value)

    def take_drop(self) -> DropKind | None:
        """Count one shell command; say how to drop the link if this is the one after N.

        ``drop_after_commands = N`` lets N commands (counted from the assignment, over every
        connection) complete, then drops the link while answering the next one. It fires once
        and disarms itself, so the client can reconnect and carry on.
        """
        with self._lock:
            limit = self.drop_after_commands
            if limit is None:
                return None
            seen = self._commands_seen + 1
            object.__setattr__(self, "_commands_seen", seen)
            if seen <= limit:
                return None
            object.__setattr__(self, "drop_after_commands", None)
            object.__setattr__(self, "_commands_seen", 0)
            return self.drop_kind


def _validate(name: str, value: Any) -> None:
    if name == "auth_mode" and value not in AUTH_MODES:
        raise ValueError(f"auth_mode must be one of {AUTH_MODES}, not {value!r}")
    if name == "drop_kind" and value not in DROP_KINDS:
        raise ValueError(f"drop_kind must be one of {DROP_KINDS}, not {value!r}")
    if name in ("prompt_delay_s", "latency_ms", "reboot_s") and (not isinstance(value, int | float) or value < 0):
        raise ValueError(f"{name} must be a number >= 0, not {value!r}")
    optional_count = name in ("drop_after_commands", "truncate_output") and value is not None
    if optional_count and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        raise ValueError(f"{name} must be None or an int >= 0, not {value!r}")
    if name == "maxdata" and (not isinstance(value, int) or not _MIN_MAXDATA <= value <= MAX_PAYLOAD):
        raise ValueError(f"maxdata must be an int in [{_MIN_MAXDATA}, {MAX_PAYLOAD}], not {value!r}")
    bad_features = name == "features" and (
        not isinstance(value, tuple) or any(f not in IMPLEMENTED_FEATURES for f in value)
    )
    if bad_features:
        raise ValueError(f"features must be a tuple drawn from {IMPLEMENTED_FEATURES}, not {value!r}")
