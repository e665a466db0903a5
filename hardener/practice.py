"""The practice phone, as the faces (CLI and GUI) start it and reach it.

Why here and not in the connection layer: the ADB layer must not know that a simulated phone
exists (the sim shares no code with the phone-reading side), and a practice phone is a choice
the person makes in a face ("--demo", "Practice phone"). So a face starts it with
:func:`start_practice`, then connects to it over TCP like to any phone with
:func:`practice_connector`; :func:`stop_with` ties its life to the connection's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hardener.adb.connect import AUTH_TIMEOUT_S, Connection, Connector, DeviceSelector
from hardener.adb.keys import AdbSigner, new_signer
from hardener.errors import UnknownPracticePhone
from hardener.sim.auth import PendingPrompt
from hardener.sim.faults import AuthMode
from hardener.sim.personas import UnknownPersona, persona_names
from hardener.sim.runner import PracticePhone, start_practice_phone

DEFAULT_PERSONA = "pixel-14"


@dataclass(frozen=True)
class PracticeOptions:
    """How the practice phone behaves. The app shows its own "Allow?" screen (``prompt``); the CLI
    and tests let it answer itself (``prompt-accept``)."""

    auth_mode: AuthMode = "prompt-accept"
    prompt_delay_s: float = 0.3
    latency_ms: float = 0.0
    on_prompt: Callable[[PendingPrompt], None] | None = None
    fail_prefixes: tuple[str, ...] = ()


def start_practice(persona: str | None, options: PracticeOptions | None = None) -> PracticePhone:
    """Start the practice phone in background threads; an unknown persona lists the real ones."""
    options = options or PracticeOptions()
    name = persona or DEFAULT_PERSONA
    try:
        return start_practice_phone(
            persona=name,
            auth_mode=options.auth_mode,
            prompt_delay_s=options.prompt_delay_s,
            latency_ms=options.latency_ms,
            on_prompt=options.on_prompt,
            fail_prefixes=options.fail_prefixes,
        )
    except UnknownPersona as exc:
        raise UnknownPracticePhone(str(exc), name=name, names=", ".join(persona_names())) from exc


def practice_connector(
    practice: PracticePhone,
    *,
    signer: AdbSigner | None = None,
    auth_timeout_s: float = AUTH_TIMEOUT_S,
    on_waiting_for_allow: Callable[[], None] | None = None,
) -> Connector:
    """A connector to a running practice phone: over TCP, with a throwaway key (the keyring's key
    is for real phones; a practice session must not add it to anything)."""
    return Connector(
        DeviceSelector(tcp=practice.serial),
        signer=signer or new_signer(),
        auth_timeout_s=auth_timeout_s,
        on_waiting_for_allow=on_waiting_for_allow,
    )


def stop_with(connection: Connection, practice: PracticePhone) -> Connection:
    """Mark ``connection`` as a practice phone's, and stop the phone when it closes (CLI)."""
    connection.is_practice = True
    connection.on_close = practice.stop
    return connection


# Practice phones built for tests and benchmarks (hostile output, hundreds of apps): a trainer
# rehearsing has no use for them, so the app does not offer them (``--demo NAME`` still reaches them).
TEST_ONLY = frozenset({"hostile", "many-apps", "apps-50", "apps-300", "apps-1000", "renamed-spy"})


def persona_choices() -> list[tuple[str, str]]:
    """(name, description) of each practice phone the app offers, for its list."""
    from hardener.sim.personas import list_personas

    return [(p.name, p.description) for p in list_personas() if p.name not in TEST_ONLY]
