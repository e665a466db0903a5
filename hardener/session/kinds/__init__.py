"""Every kind of change hardener can make: one typed class per kind behind :class:`Change`.

Layout (one small module per family):

- :mod:`.base`: the :class:`Change` protocol, :data:`State`, :class:`ReadFailed`, the shared
  readers and :func:`change_key`;
- :mod:`.settings`: :class:`Setting`;
- :mod:`.packages`: :class:`RevokePermission`, :class:`DisablePackage`,
  :class:`SuspendPackage`, :class:`ClearData` (one app, user 0);
- :mod:`.appops`: :class:`AppOp`;
- :mod:`.access`: :class:`RemoveAccessibilityService`, :class:`DisallowListener`;
- :mod:`.device`: :class:`BackupEnabled`, :class:`Lockdown`.

The rest of the session layer goes through :func:`kind_of` and :func:`change_of`: the one place
a kind's name (a :class:`~hardener.checks.finding.FixKind`, the text profiles and the undo
record use) becomes its class.
"""

from __future__ import annotations

from collections.abc import Mapping

from hardener.checks.finding import FixKind
from hardener.errors import UnsafeValue
from hardener.session.kinds.access import DisallowListener, RemoveAccessibilityService
from hardener.session.kinds.appops import AppOp
from hardener.session.kinds.base import Args, Change, NotUndoable, ReadFailed, State, change_key, key_of
from hardener.session.kinds.device import BackupEnabled, Lockdown
from hardener.session.kinds.packages import ClearData, DisablePackage, RevokePermission, SuspendPackage
from hardener.session.kinds.settings import Setting

_CLASSES: tuple[type[Change], ...] = (
    Setting,
    RevokePermission,
    DisablePackage,
    SuspendPackage,
    ClearData,
    AppOp,
    BackupEnabled,
    RemoveAccessibilityService,
    DisallowListener,
    Lockdown,
)

KINDS: Mapping[FixKind, type[Change]] = {cls.kind: cls for cls in _CLASSES}


def kind_of(name: str) -> type[Change]:
    """The class of the kind called ``name``; UnsafeValue for a name no kind has."""
    try:
        return KINDS[FixKind(name)]
    except ValueError:
        raise UnsafeValue(f"unknown change kind {name!r:.40}", kind="change kind") from None


def change_of(kind: str, args: Mapping[str, object]) -> Change:
    """The typed change from a kind's name and its JSON arguments, validated (UnsafeValue)."""
    return kind_of(kind).from_args(args)


__all__ = [
    "KINDS",
    "AppOp",
    "Args",
    "BackupEnabled",
    "Change",
    "ClearData",
    "DisablePackage",
    "DisallowListener",
    "Lockdown",
    "NotUndoable",
    "ReadFailed",
    "RemoveAccessibilityService",
    "RevokePermission",
    "Setting",
    "State",
    "SuspendPackage",
    "change_key",
    "change_of",
    "key_of",
    "kind_of",
]
