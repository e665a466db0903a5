"""Special access held in a colon-separated secure setting: accessibility services and
notification listeners. Each change takes one app's component off the list.

The state is the whole list (the setting's text), so undo puts back the exact list as it was,
order included; the change counts as done once the component is off it, whatever else changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar, Self

from hardener.adb import quoting as q
from hardener.adb.output import CommandOutput
from hardener.checks.finding import FixKind
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_
from hardener.session.kinds.base import Args, ChangeBase, State, setting_get, setting_write, text_arg
from hardener.session.kinds.settings import parse_setting


def same_component(a: str, b: str) -> bool:
    """``pkg/.Cls`` and ``pkg/pkg.Cls`` name the same component."""

    def full(c: str) -> str:
        pkg, _, cls = c.partition("/")
        return f"{pkg}/{pkg}{cls}" if cls.startswith(".") else c

    return full(a) == full(b)


def has_component(value: State, component: str) -> bool:
    return any(same_component(x, component) for x in str(value or "").split(":") if x)


def list_without(value: State, component: str) -> str:
    items = [x for x in str(value or "").split(":") if x]
    return ":".join(x for x in items if not same_component(x, component))


@dataclass(frozen=True)
class _ComponentList(ChangeBase):
    """The shared half: one component off the list held in ``secure``/``setting_key``."""

    setting_key: ClassVar[str]
    reversible: ClassVar[bool] = True

    component: str

    @classmethod
    def from_args(cls, raw: Mapping[str, object]) -> Self:
        return cls(component=q.component(text_arg(raw, "component")))

    def to_args(self) -> Args:
        return {"component": self.component}

    def read(self) -> str:
        return setting_get("secure", self.setting_key)

    def parse(self, out: CommandOutput) -> State:
        return parse_setting(out)

    def from_snapshot(self, snap: Snapshot) -> tuple[bool, State]:
        return snap.setting("secure", self.setting_key)

    def target(self, now: State) -> State:
        return list_without(now, self.component)

    def satisfied(self, now: State, target: State) -> bool:
        return not has_component(now, self.component)

    def restore(self, before: State) -> str:
        # The exact list as it was (order included); the system watches this setting.
        return setting_write("secure", self.setting_key, before)

    def subject(self) -> str:
        return self.component.split("/", 1)[0]

    def app(self) -> str | None:
        return self.component.partition("/")[0]


@dataclass(frozen=True)
class RemoveAccessibilityService(_ComponentList):
    """Switch off one app's accessibility service (it can see and control the screen)."""

    kind: ClassVar[FixKind] = FixKind.REMOVE_ACCESSIBILITY_SERVICE
    setting_key: ClassVar[str] = "enabled_accessibility_services"

    def write(self, target: State) -> str:
        return setting_write("secure", self.setting_key, target)

    def describe(self, state: State) -> str:
        return N_("on") if has_component(state, self.component) else N_("off")


@dataclass(frozen=True)
class DisallowListener(_ComponentList):
    """Take away one app's access to every notification."""

    kind: ClassVar[FixKind] = FixKind.DISALLOW_LISTENER
    setting_key: ClassVar[str] = "enabled_notification_listeners"

    def write(self, target: State) -> str:
        # Forward: the notification service's own verb, so it unbinds the listener at once.
        return q.command("cmd", "notification", "disallow_listener", self.component)

    def describe(self, state: State) -> str:
        return (
            N_("can read your notifications") if has_component(state, self.component)
            else N_("cannot read your notifications")
        )
