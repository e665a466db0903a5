"""What every change kind is: the :class:`Change` protocol, its states and its shared pieces.

Why one typed class per kind: before, a kind was nine positional lambdas over an untyped
argument dict, and what a kind meant was spread over the planner, apply, the checks and three
"what does it touch" helpers. Now each kind is a frozen dataclass whose fields are its validated
arguments and whose methods are everything hardener knows about it, so adding a kind is adding
one class, and the planner, apply and undo never ask which kind they hold.

States are small JSON values (a setting's text or None, a permission's granted flag, an
app-op mode, a package's enabled state...), because the undo record on the phone stores them.
Arguments travel as a JSON dict (profiles, findings, the undo record); a class is built from
that dict at the edges with :meth:`Change.from_args`, which validates every value, and turns
back into exactly the same dict with :meth:`Change.to_args`, so records written before the
classes existed still read and undo.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Protocol, Self

from hardener.adb import quoting as q
from hardener.adb.output import CommandOutput
from hardener.checks.finding import FixArg, FixKind
from hardener.device.facts import PackageDetail, PackageUserState
from hardener.device.snapshot import Snapshot
from hardener.errors import UnsafeValue

# What the phone holds for one change's target, as the undo record stores it.
State = str | bool | int | None
# A change's arguments as JSON: what profiles, findings and the undo record hold.
Args = dict[str, FixArg]

# The user every change acts on (the phone's owner): changes are made for user 0 only.
USER = "0"


class ReadFailed(Exception):
    """The phone's answer to a read was not understood: the change must not go ahead."""


class NotUndoable(UnsafeValue):
    """A restore asked of a kind that cannot be undone (cleared data, lockdown).

    An :class:`UnsafeValue`, so every caller that already refuses a value it cannot write back
    refuses this too, instead of sending a command that would not put anything back.
    """


class Change(Protocol):
    """One change hardener can make, with its validated arguments as fields.

    The class-level flags say what kind of change it is; the methods build every command from
    the validated fields, so they can be tested without a phone, and nothing from the phone
    reaches a command line without passing :mod:`hardener.adb.quoting`.
    """

    kind: ClassVar[FixKind]
    # False: nothing can put it back (cleared app data; lockdown, which lasts until the PIN).
    reversible: ClassVar[bool]
    # Written even when the phone's state already "matches" the target: the read cannot see
    # whether it is done (an app's data is "present" before and after clearing some of it; a
    # lockdown is asked for now, whatever the phone said a moment ago).
    always_write: ClassVar[bool]
    # Acts on one app's state for user 0 (see :attr:`FixKind.per_user`).
    per_user: ClassVar[bool]

    @classmethod
    def from_args(cls, raw: Mapping[str, object]) -> Self:
        """The change from its JSON arguments, every value validated; raises UnsafeValue.

        Fields the kind does not read are ignored here (the profile loader refuses them).
        """
        ...

    def to_args(self) -> Args:
        """The JSON arguments, exactly as the undo record has always stored them."""
        ...

    def read(self) -> str:
        """The command that reads the target's current state."""
        ...

    def parse(self, out: CommandOutput) -> State:
        """The state from that command's output; raises :class:`ReadFailed` when unclear."""
        ...

    def from_snapshot(self, snap: Snapshot) -> tuple[bool, State]:
        """(known, state) of the target as a scan saw it, for the plan shown before apply."""
        ...

    def available(self, snap: Snapshot) -> bool:
        """Whether this phone can take the change at all (a command its Android version has)."""
        ...

    def target(self, now: State) -> State:
        """The state to write, given the state the phone holds now. A bound, not a value: never
        a state that protects less than ``now`` (a phone safer than the profile stays as it is)."""
        ...

    def satisfied(self, now: State, target: State) -> bool:
        """Whether the phone's state ``now`` counts as the wanted ``target``."""
        ...

    def write(self, target: State) -> str:
        """The command that writes ``target``."""
        ...

    def written(self, out: CommandOutput) -> bool | None:
        """Whether the write's own answer says it worked, for a kind a re-read cannot verify;
        None when the re-read decides."""
        ...

    def restore(self, before: State) -> str:
        """The command that puts ``before`` back; raises UnsafeValue when it cannot be written
        back safely, and :class:`NotUndoable` for a kind that cannot be undone."""
        ...

    def describe(self, state: State) -> str:
        """The state in the person's words (an ``N_`` message id, or the value itself)."""
        ...

    def subject(self) -> str:
        """What the change touches, short, to tell two lines of one rule apart: an app, an
        app's permission or app-op, or a setting's name (phone text: make it inert to show)."""
        ...

    def app(self) -> str | None:
        """The app the change acts on, if any: changes to an app flagged as spying are left
        alone (changing it can warn whoever installed it) unless the person decides otherwise."""
        ...

    def label(self) -> str:
        """What the change is about as the person knows it: a setting's plain name (an ``N_``
        message id) or an app's name. :meth:`subject` is for a helper's details."""
        ...

    def aspect(self) -> str:
        """Which part of :meth:`label` it touches, when one app has several (an ``N_`` message id
        such as "location"), else ""."""
        ...

    def warning(self) -> str:
        """What else goes with this change, said before the person agrees (an ``N_`` message id),
        else "". For changes that cannot be undone."""
        ...


class ChangeBase:
    """Defaults most kinds share; each kind's class derives from it and from its dataclass.

    Not part of the protocol: code that uses a change sees only :class:`Change`.
    """

    always_write: ClassVar[bool] = False
    per_user: ClassVar[bool] = False

    def satisfied(self, now: State, target: State) -> bool:
        return now == target

    def available(self, snap: Snapshot) -> bool:
        return True

    def written(self, out: CommandOutput) -> bool | None:
        return None

    def app(self) -> str | None:
        return None

    def subject(self) -> str:
        return ""

    def label(self) -> str:
        from hardener.checks._common import app_label  # a known app's name, else its package

        app = self.app()
        return app_label(app) if app else self.subject()

    def aspect(self) -> str:
        return ""

    def warning(self) -> str:
        return ""


def change_key(kind: str, args: Mapping[str, object]) -> str:
    """Identifies what a change touches (not the value it writes): one record entry per target.

    The undo record keys its entries by this text, so its shape never changes.
    """
    target_args = {k: v for k, v in args.items() if k not in ("value", "mode", "enabled")}
    return kind + ":" + ",".join(f"{k}={target_args[k]}" for k in sorted(target_args))


def key_of(change: Change) -> str:
    """:func:`change_key` of a typed change."""
    return change_key(change.kind, change.to_args())


def text_arg(raw: Mapping[str, object], name: str) -> str:
    """One argument as text for a validator: a missing or non-text value fails the validator's
    pattern (``str(None)`` is ``"None"``), as it always has."""
    return str(raw.get(name))


# --- shared readers ---------------------------------------------------------------------------


def setting_get(table: str, key: str) -> str:
    return q.command("settings", "get", table, key)


def setting_write(table: str, key: str, value: State) -> str:
    """``settings put``, or ``settings delete`` for "not set" (None)."""
    if value is None:
        return q.command("settings", "delete", table, key)
    return q.command("settings", "put", table, key, q.setting_value(str(value)))


def user0(detail: PackageDetail | None) -> PackageUserState | None:
    """An app's state for user 0, or None when the app or that user's state is not known."""
    if detail is None:
        return None
    return next((u for u in detail.users if u.user_id == 0), None)


def scanned_user0(snap: Snapshot, package: str) -> PackageUserState | None:
    """An app's user-0 state as a scan saw it."""
    return user0((snap.package_details.value or {}).get(package))
