"""Changes to one app for user 0: a runtime permission, its enabled and paused states, its data.

All four read ``dumpsys package <app>`` (apply sends that command once for several changes
to one app) and act with ``pm ... --user 0``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar, Self

from hardener.adb import quoting as q
from hardener.adb.output import CommandOutput
from hardener.checks.finding import FixKind
from hardener.device.facts import PackageUserState
from hardener.device.parsers import package_dump
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_
from hardener.session.kinds.base import (
    USER,
    Args,
    ChangeBase,
    NotUndoable,
    ReadFailed,
    State,
    scanned_user0,
    text_arg,
    user0,
)

# Package "enabled" states (PackageManager.COMPONENT_ENABLED_STATE_*).
ENABLED_DEFAULT, ENABLED_ON, ENABLED_DISABLED, ENABLED_DISABLED_USER = 0, 1, 2, 3


def _read_package(package: str) -> str:
    return q.command("dumpsys", "package", package)


def _user0_of(package: str, out: CommandOutput) -> PackageUserState:
    """The app's user-0 block in a ``dumpsys package`` answer; raises ReadFailed without one."""
    parsed = package_dump.parse_dumpsys_package(out)
    detail = (parsed.value or {}).get(package)
    if detail is None:
        raise ReadFailed(f"the phone did not describe {package}")
    user = user0(detail)
    if user is None:
        raise ReadFailed(f"no user 0 state for {package}")
    return user


@dataclass(frozen=True)
class _OneApp(ChangeBase):
    """The shared half of the kinds that act on a whole app."""

    per_user: ClassVar[bool] = True

    package: str

    @classmethod
    def from_args(cls, raw: Mapping[str, object]) -> Self:
        return cls(package=q.package(text_arg(raw, "package")))

    def to_args(self) -> Args:
        return {"package": self.package}

    def read(self) -> str:
        return _read_package(self.package)

    def subject(self) -> str:
        return self.package

    def app(self) -> str | None:
        return self.package


@dataclass(frozen=True)
class RevokePermission(ChangeBase):
    """Take a runtime permission away from an app (the state is "granted")."""

    kind: ClassVar[FixKind] = FixKind.REVOKE_PERMISSION
    reversible: ClassVar[bool] = True
    per_user: ClassVar[bool] = True

    package: str
    permission: str

    @classmethod
    def from_args(cls, raw: Mapping[str, object]) -> Self:
        return cls(package=q.package(text_arg(raw, "package")),
                   permission=q.permission(text_arg(raw, "permission")))

    def to_args(self) -> Args:
        return {"package": self.package, "permission": self.permission}

    def read(self) -> str:
        return _read_package(self.package)

    def parse(self, out: CommandOutput) -> State:
        user = _user0_of(self.package, out)
        for perm in user.runtime_permissions:
            if perm.name == self.permission:
                return bool(perm.granted)
        if not user.runtime_permissions_known:
            # A shared-uid app whose grants the dump did not show: never guess "not granted".
            raise ReadFailed(f"runtime permissions of {self.package} not shown")
        return False  # listed nowhere among this user's runtime permissions: not granted

    def from_snapshot(self, snap: Snapshot) -> tuple[bool, State]:
        user = scanned_user0(snap, self.package)
        if user is None:
            return False, None
        return True, any(p.name == self.permission and p.granted for p in user.runtime_permissions)

    def target(self, now: State) -> State:
        return False

    def write(self, target: State) -> str:
        verb = "grant" if target else "revoke"
        return q.command("pm", verb, "--user", USER, self.package, self.permission)

    def restore(self, before: State) -> str:
        return self.write(before)

    def describe(self, state: State) -> str:
        return N_("allowed") if state else N_("not allowed")

    def subject(self) -> str:
        return f"{self.package}: {self.permission.rsplit('.', 1)[-1]}"

    def aspect(self) -> str:
        from hardener.checks.permissions import GROUPS  # the person's words for a permission

        return next((g.label for g in GROUPS if self.permission in g.permissions), N_("a permission"))

    def app(self) -> str | None:
        return self.package


@dataclass(frozen=True)
class DisablePackage(_OneApp):
    """Switch an app off for user 0 (the state is its enabled state, an integer)."""

    kind: ClassVar[FixKind] = FixKind.DISABLE_PACKAGE
    reversible: ClassVar[bool] = True

    def parse(self, out: CommandOutput) -> State:
        user = _user0_of(self.package, out)
        if user.enabled is None:
            raise ReadFailed("enabled state not shown")
        return int(user.enabled)

    def from_snapshot(self, snap: Snapshot) -> tuple[bool, State]:
        user = scanned_user0(snap, self.package)
        return (user is not None and user.enabled is not None), (user.enabled if user else None)

    def target(self, now: State) -> State:
        return ENABLED_DISABLED_USER

    def write(self, target: State) -> str:
        if target == ENABLED_DISABLED_USER:
            return q.command("pm", "disable-user", "--user", USER, self.package)
        if target == ENABLED_ON:
            return q.command("pm", "enable", "--user", USER, self.package)
        # DEFAULT, and states the shell user may not set (DISABLED, DISABLED_UNTIL_USED), go back
        # to the app's default, the closest the shell can reach.
        return q.command("pm", "default-state", "--user", USER, self.package)

    def restore(self, before: State) -> str:
        return self.write(before)

    def describe(self, state: State) -> str:
        return N_("switched off") if state in (ENABLED_DISABLED, ENABLED_DISABLED_USER) else N_("on")


@dataclass(frozen=True)
class SuspendPackage(_OneApp):
    """Pause an app for user 0 (the state is "suspended")."""

    kind: ClassVar[FixKind] = FixKind.SUSPEND_PACKAGE
    reversible: ClassVar[bool] = True

    def parse(self, out: CommandOutput) -> State:
        user = _user0_of(self.package, out)
        if user.suspended is None:
            raise ReadFailed("suspended state not shown")
        return bool(user.suspended)

    def from_snapshot(self, snap: Snapshot) -> tuple[bool, State]:
        user = scanned_user0(snap, self.package)
        return (user is not None and user.suspended is not None), (user.suspended if user else None)

    def target(self, now: State) -> State:
        return True

    def write(self, target: State) -> str:
        return q.command("pm", "suspend" if target else "unsuspend", "--user", USER, self.package)

    def restore(self, before: State) -> str:
        return self.write(before)

    def describe(self, state: State) -> str:
        return N_("paused") if state else N_("usable")


@dataclass(frozen=True)
class ClearData(_OneApp):
    """Clear an app's data for user 0 (its history). Cannot be undone.

    The state only says the app is there ("present"): nothing the shell reads tells data kept
    from data cleared, so it is always written, and the ``pm clear`` answer decides.
    """

    kind: ClassVar[FixKind] = FixKind.CLEAR_DATA
    reversible: ClassVar[bool] = False
    always_write: ClassVar[bool] = True

    def parse(self, out: CommandOutput) -> State:
        _user0_of(self.package, out)
        return "present"

    def from_snapshot(self, snap: Snapshot) -> tuple[bool, State]:
        return self.package in (snap.package_details.value or {}), "present"

    def target(self, now: State) -> State:
        return "cleared"

    def write(self, target: State) -> str:
        return q.command("pm", "clear", "--user", USER, self.package)

    def written(self, out: CommandOutput) -> bool | None:
        return out.exit_code in (0, None) and "Success" in out.text

    def restore(self, before: State) -> str:
        raise NotUndoable("cleared app data cannot be put back", kind="change kind")

    def describe(self, state: State) -> str:
        return N_("history and data kept on the phone") if state == "present" else N_("cleared")

    def warning(self) -> str:
        # Migrants depend on offline translation: say what goes, not only "history".
        return N_(
            "Everything kept inside the app goes too: the offline languages you downloaded, saved "
            "phrases, settings and the sign-in. You can download languages again later."
        )
