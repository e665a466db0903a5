"""An app-op of one app for user 0 (``appops get/set``): the finer switches behind a permission."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar, Self

from hardener.adb import quoting as q
from hardener.adb.output import CommandOutput
from hardener.checks.finding import FixKind
from hardener.device.parsers import appops as appops_parser
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_
from hardener.session.kinds.base import USER, Args, ChangeBase, ReadFailed, State, text_arg

_MODE_WORDS = {"allow": N_("allowed"), "ignore": N_("blocked"), "deny": N_("blocked"), "default": N_("default")}


# What an op lets an app do, in the person's words, so a plan line names it.
_OP_WORDS = {
    "SYSTEM_ALERT_WINDOW": N_("drawing over other apps"),
    "GET_USAGE_STATS": N_("usage access"),
    "PROJECT_MEDIA": N_("screen recording"),
}

# Modes under which the app cannot use the op.
_BLOCKING = frozenset({"ignore", "deny", "errored"})


@dataclass(frozen=True)
class AppOp(ChangeBase):
    """Set ``op`` of ``package`` to ``mode`` (the state is the mode's name)."""

    kind: ClassVar[FixKind] = FixKind.APPOP
    reversible: ClassVar[bool] = True
    per_user: ClassVar[bool] = True

    package: str
    op: str
    mode: str

    @classmethod
    def from_args(cls, raw: Mapping[str, object]) -> Self:
        return cls(
            package=q.package(text_arg(raw, "package")),
            op=q.appop(text_arg(raw, "op")),
            mode=q.appop_mode(text_arg(raw, "mode")),
        )

    def to_args(self) -> Args:
        return {"package": self.package, "op": self.op, "mode": self.mode}

    def read(self) -> str:
        return q.command("appops", "get", "--user", USER, self.package, self.op)

    def parse(self, out: CommandOutput) -> State:
        parsed = appops_parser.parse_appops_get(out, self.package)
        if parsed.value is None:
            raise ReadFailed("; ".join(parsed.problems) or "app-op not readable")
        if self.op in parsed.value:
            return str(parsed.value[self.op])
        # Setting an op to its default mode removes the app's entry: Android then answers
        # "No operations." and "Default mode: ignore" for this op, which is the mode in force.
        for line in out.text.splitlines():
            if line.strip().startswith("Default mode:"):
                mode = line.split(":", 1)[1].strip()
                if mode in ("allow", "ignore", "deny", "default", "foreground", "errored"):
                    return mode
        return "default"

    def from_snapshot(self, snap: Snapshot) -> tuple[bool, State]:
        ops = snap.appops.value
        if ops is None:
            return False, None
        return True, ops.mode(self.package, self.op) or "default"

    def target(self, now: State) -> State:
        # A bound: an op already blocked ("ignore" or "deny") is never set to another mode.
        if now in _BLOCKING and self.mode in _BLOCKING:
            return now
        return self.mode

    def write(self, target: State) -> str:
        return q.command("appops", "set", "--user", USER, self.package, self.op, q.appop_mode(str(target)))

    def restore(self, before: State) -> str:
        return self.write(before)

    def describe(self, state: State) -> str:
        return _MODE_WORDS.get(str(state), str(state))

    def subject(self) -> str:
        return f"{self.package}: {self.op}"

    def aspect(self) -> str:
        return _OP_WORDS.get(self.op, "")

    def app(self) -> str | None:
        return self.package
