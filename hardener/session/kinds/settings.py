"""A value in one of Android's settings tables (``settings get/put/delete``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar, Self

from hardener.adb import quoting as q
from hardener.adb.output import CommandOutput
from hardener.checks.finding import FixKind
from hardener.device.parsers import settings as settings_parser
from hardener.device.snapshot import Snapshot
from hardener.session.kinds import words
from hardener.session.kinds.base import Args, ChangeBase, ReadFailed, State, setting_get, setting_write, text_arg


def parse_setting(out: CommandOutput) -> str | None:
    """A ``settings get`` answer: the text, or None for "not set"; raises ReadFailed when unclear."""
    parsed = settings_parser.parse_settings_get(out)
    if parsed.problems and parsed.value is None:
        raise ReadFailed("; ".join(parsed.problems))
    return parsed.value


@dataclass(frozen=True)
class Setting(ChangeBase):
    """Put ``value`` in ``table``/``key`` (None: delete the key, Android's "not set")."""

    kind: ClassVar[FixKind] = FixKind.SETTING
    reversible: ClassVar[bool] = True

    table: str
    key: str
    value: str | None

    @classmethod
    def from_args(cls, raw: Mapping[str, object]) -> Self:
        value = raw.get("value")
        return cls(
            table=q.table(text_arg(raw, "table")),
            key=q.setting_key(text_arg(raw, "key")),
            value=None if value is None else q.setting_value(str(value)),
        )

    def to_args(self) -> Args:
        return {"table": self.table, "key": self.key, "value": self.value}

    def read(self) -> str:
        return setting_get(self.table, self.key)

    def parse(self, out: CommandOutput) -> State:
        return parse_setting(out)

    def from_snapshot(self, snap: Snapshot) -> tuple[bool, State]:
        return snap.setting(self.table, self.key)

    def target(self, now: State) -> State:
        # A bound, not a value: a phone already as safe as asked (or safer) keeps its value.
        if isinstance(now, str) and words.at_least_as_safe(self.table, self.key, now, self.value):
            return now
        return self.value

    def write(self, target: State) -> str:
        return setting_write(self.table, self.key, target)

    def restore(self, before: State) -> str:
        return setting_write(self.table, self.key, before)

    def describe(self, state: State) -> str:
        return words.setting_value(self.table, self.key, None if state is None else str(state))

    def subject(self) -> str:
        return self.key

    def label(self) -> str:
        return words.setting_name(self.table, self.key)
