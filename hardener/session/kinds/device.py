"""Changes to the whole phone that are no setting: Android's backup switch and lockdown."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar, Self

from hardener.adb import quoting as q
from hardener.adb.output import CommandOutput
from hardener.checks.finding import FixKind
from hardener.device.parsers import backup as backup_parser
from hardener.device.parsers import trust as trust_parser
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_
from hardener.session.kinds.base import Args, ChangeBase, NotUndoable, ReadFailed, State

# StrongAuthTracker.STRONG_AUTH_REQUIRED_AFTER_USER_LOCKDOWN in the strong-auth flags.
LOCKDOWN_BIT = 0x20


@dataclass(frozen=True)
class BackupEnabled(ChangeBase):
    """Switch Android's backup service on or off (``bmgr enable``)."""

    kind: ClassVar[FixKind] = FixKind.BMGR_ENABLE
    reversible: ClassVar[bool] = True

    enabled: bool

    @classmethod
    def from_args(cls, raw: Mapping[str, object]) -> Self:
        # The profile loader refuses anything but true or false; bool() is for the record, which
        # has only ever held what this wrote.
        return cls(enabled=bool(raw.get("enabled")))

    def to_args(self) -> Args:
        return {"enabled": self.enabled}

    def read(self) -> str:
        return "bmgr enabled"

    def parse(self, out: CommandOutput) -> State:
        parsed = backup_parser.parse_bmgr_enabled(out)
        if parsed.value is None:
            raise ReadFailed("; ".join(parsed.problems) or "backup state not readable")
        return bool(parsed.value)

    def from_snapshot(self, snap: Snapshot) -> tuple[bool, State]:
        enabled = snap.backup_enabled.value
        return enabled is not None, enabled

    def target(self, now: State) -> State:
        # A bound: backup already off (nothing copied off the phone) is never switched on.
        return False if now is False else self.enabled

    def write(self, target: State) -> str:
        return q.command("bmgr", "enable", "true" if target else "false")

    def restore(self, before: State) -> str:
        return self.write(before)

    def describe(self, state: State) -> str:
        return N_("On") if state else N_("Off")

    def subject(self) -> str:
        return ""

    def label(self) -> str:
        return N_("Android backup to the cloud")


@dataclass(frozen=True)
class Lockdown(ChangeBase):
    """Lock the phone down now: only the PIN opens it (no fingerprint, face or Smart Lock).

    Cannot be undone, and need not be: it lasts until the PIN is next entered. Always written,
    because the point is a lockdown from now on, whatever the phone said a moment ago. A scan
    does not read it, so the plan shows its current state as unknown.
    """

    kind: ClassVar[FixKind] = FixKind.LOCKDOWN
    reversible: ClassVar[bool] = False
    always_write: ClassVar[bool] = True

    @classmethod
    def from_args(cls, raw: Mapping[str, object]) -> Self:
        return cls()

    def to_args(self) -> Args:
        return {}

    def read(self) -> str:
        return "dumpsys trust"

    def parse(self, out: CommandOutput) -> State:
        parsed = trust_parser.parse_trust(out)
        if parsed.value is None:
            raise ReadFailed("; ".join(parsed.problems) or "trust state not readable")
        for user in parsed.value.users:
            if user.user_id == 0 and user.strong_auth_required is not None:
                return bool(user.strong_auth_required & LOCKDOWN_BIT)
        raise ReadFailed("strong-auth state not shown")

    def from_snapshot(self, snap: Snapshot) -> tuple[bool, State]:
        return False, None

    def available(self, snap: Snapshot) -> bool:
        # ``cmd lock_settings require-strong-auth`` exists from Android 12; before, the plan
        # shows the Lockdown steps by hand only.
        return snap.sdk is not None and snap.sdk >= 31

    def target(self, now: State) -> State:
        return True

    def write(self, target: State) -> str:
        return "cmd lock_settings require-strong-auth STRONG_AUTH_REQUIRED_AFTER_USER_LOCKDOWN"

    def restore(self, before: State) -> str:
        raise NotUndoable("a lockdown lasts until the PIN is entered", kind="change kind")

    def describe(self, state: State) -> str:
        return N_("locked down until the PIN is entered") if state else N_("normal")

    def subject(self) -> str:
        return ""

    def label(self) -> str:
        return N_("Lockdown: only the PIN opens the phone")
