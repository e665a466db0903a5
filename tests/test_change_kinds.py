"""The change kinds: one typed class per kind, the same on the wire as before they were classes.

The undo record on a phone may have been written by an earlier version of hardener, on another
laptop, days ago. Its entries name a kind and its arguments as JSON; these tests pin that JSON
(as the version before the kind classes wrote it) and check that it still reads back unchanged,
byte for byte, and still undoes on the practice phone.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from hardener.checks.finding import FixKind
from hardener.errors import UnsafeValue
from hardener.session import journal as jr
from hardener.session.apply import read_states
from hardener.session.kinds import KINDS, NotUndoable, change_key, change_of, key_of, kind_of
from hardener.session.undo import undo
from hardener.sim.phone import diff_states

CODE = jr.UndoCode.parse("7kq2 m9xd 4tpr")

LISTENER = "com.samsung.android.app.routines/com.samsung.android.app.routines.domainmodel.core.listener." \
           "RoutineNotificationListener"

# [key, kind, args] of each kind, exactly as the record has always stored them.
WIRE: list[tuple[str, str, dict[str, Any]]] = [
    ("setting:key=lock_screen_allow_private_notifications,table=secure", "setting",
     {"table": "secure", "key": "lock_screen_allow_private_notifications", "value": "0"}),
    ("revoke_permission:package=com.badoo.mobile,permission=android.permission.ACCESS_FINE_LOCATION",
     "revoke_permission", {"package": "com.badoo.mobile", "permission": "android.permission.ACCESS_FINE_LOCATION"}),
    ("disable_package:package=com.jollygames.budget", "disable_package", {"package": "com.jollygames.budget"}),
    ("suspend_package:package=com.easysoft.editor", "suspend_package", {"package": "com.easysoft.editor"}),
    ("appop:op=RECORD_AUDIO,package=com.google.android.apps.translate", "appop",
     {"package": "com.google.android.apps.translate", "op": "RECORD_AUDIO", "mode": "ignore"}),
    ("bmgr_enable:", "bmgr_enable", {"enabled": False}),
    ("remove_accessibility_service:component=com.example.helper/.Helper", "remove_accessibility_service",
     {"component": "com.example.helper/.Helper"}),
    (f"disallow_listener:component={LISTENER}", "disallow_listener", {"component": LISTENER}),
    ("clear_data:package=com.google.android.apps.translate", "clear_data",
     {"package": "com.google.android.apps.translate"}),
    ("lockdown:", "lockdown", {}),
]


def test_every_kind_has_one_class_and_its_flags() -> None:
    assert set(KINDS) == set(FixKind)
    for kind, cls in KINDS.items():
        assert cls.kind is kind
        assert cls.per_user == kind.per_user, kind  # the checks' copy of the flag agrees
    assert {k for k, c in KINDS.items() if not c.reversible} == {FixKind.CLEAR_DATA, FixKind.LOCKDOWN}
    assert {k for k, c in KINDS.items() if c.always_write} == {FixKind.CLEAR_DATA, FixKind.LOCKDOWN}
    with pytest.raises(UnsafeValue):
        kind_of("no_such_kind")


@pytest.mark.parametrize(("key", "kind", "args"), WIRE, ids=[w[1] for w in WIRE])
def test_the_json_arguments_round_trip_and_keep_their_key(key: str, kind: str, args: dict[str, Any]) -> None:
    change = change_of(kind, args)
    assert change.to_args() == args
    assert key_of(change) == change_key(kind, args) == key


def test_a_setting_without_a_value_keeps_value_none_on_the_wire() -> None:
    change = change_of("setting", {"table": "global", "key": "some_key"})
    assert change.to_args() == {"table": "global", "key": "some_key", "value": None}
    assert change.write(None) == "settings delete global some_key"


def test_what_each_change_touches() -> None:
    subjects = {kind: (change_of(kind, args).subject(), change_of(kind, args).app()) for _k, kind, args in WIRE}
    assert subjects == {
        "setting": ("lock_screen_allow_private_notifications", None),
        "revoke_permission": ("com.badoo.mobile: ACCESS_FINE_LOCATION", "com.badoo.mobile"),
        "disable_package": ("com.jollygames.budget", "com.jollygames.budget"),
        "suspend_package": ("com.easysoft.editor", "com.easysoft.editor"),
        "appop": ("com.google.android.apps.translate: RECORD_AUDIO", "com.google.android.apps.translate"),
        "bmgr_enable": ("", None),
        "remove_accessibility_service": ("com.example.helper", "com.example.helper"),
        "disallow_listener": ("com.samsung.android.app.routines", "com.samsung.android.app.routines"),
        "clear_data": ("com.google.android.apps.translate", "com.google.android.apps.translate"),
        "lockdown": ("", None),
    }


def test_kinds_that_cannot_be_undone_refuse_to_build_a_restore() -> None:
    for kind in (FixKind.CLEAR_DATA, FixKind.LOCKDOWN):
        change = change_of(kind, {"package": "com.example.app"} if kind is FixKind.CLEAR_DATA else {})
        with pytest.raises(NotUndoable):
            change.restore("present")


def _old_record(befores: list[object]) -> bytes:
    """The plain JSON the version before the kind classes wrote, for WIRE with these befores."""
    targets = ["0", False, 3, True, "ignore", False, "", "", "cleared", True]
    entries = [[key, kind, args, before, target, kind not in ("clear_data", "lockdown"), "done"]
               for (key, kind, args), before, target in zip(WIRE, befores, targets, strict=True)]
    return json.dumps({"v": jr.FORMAT, "state": "applied", "entries": entries},
                      separators=(",", ":"), sort_keys=True).encode("utf-8")


def test_a_record_written_before_the_kind_classes_reads_back_byte_for_byte() -> None:
    plain = _old_record(["1", True, 0, False, "allow", True, None, LISTENER, "present", False])
    journal = jr.parse_plain(plain)
    assert not journal.damaged and len(journal.entries) == len(WIRE)
    assert journal.to_plain() == plain
    assert [e.kind for e in journal.entries] == [w[1] for w in WIRE]


def test_a_record_with_a_value_no_kind_stores_is_damaged_not_acted_on() -> None:
    doc = json.loads(_old_record(["1", True, 0, False, "allow", True, None, LISTENER, "present", False]))
    doc["entries"][0][3] = ["not", "a", "state"]
    journal = jr.parse_plain(json.dumps(doc).encode())
    assert [d.index for d in journal.damaged] == [0]
    assert len(journal.entries) == len(WIRE) - 1


def test_a_record_written_before_the_kind_classes_still_undoes(practice_phone, connect_to) -> None:
    sim = practice_phone("samsung-11")
    conn = connect_to(sim)
    changes = [change_of(kind, args) for _key, kind, args in WIRE]
    reversible = [c for c in changes if c.reversible]
    befores = [state for ok, state, _ in read_states(conn.channel, reversible) if ok]
    assert len(befores) == len(reversible)
    before_phone = sim.phone.export_state()
    # Make the reversible changes, then leave the record the earlier version would have left.
    conn.channel.run_batch([c.write(c.target(b)) for c, b in zip(reversible, befores, strict=True)])
    assert diff_states(before_phone, sim.phone.export_state()) != []
    plain = _old_record([*befores, "present", False])
    assert sim.phone.write_file(jr.RECORD_PATH, jr.seal_plain(plain, CODE), 0o100600, 2000) is None

    done = undo(conn.channel, CODE)
    assert not done.damaged
    assert [o.entry.kind for o in done.outcomes if o.restored] == list(reversed([c.kind for c in reversible]))
    assert {e.kind for e in done.not_undoable} == {"clear_data", "lockdown"}
    assert diff_states(before_phone, sim.phone.export_state()) == []
    assert not sim.phone.shell_violations
