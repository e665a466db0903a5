"""Ending a session: the undo record erased (unless kept), USB debugging off, the link drops.

This is its own step, never part of apply: switching USB debugging off ends hardener's own
connection, which is expected here and not an error. What the shell cannot do (revoke the
laptops this phone has trusted) is handed to the person as a manual step.

The record is erased first and checked gone, by default: after a finish, nothing on the phone
says it was ever prepared. A person who wants to keep undo possible says so (``keep_record``);
the record then stays, sealed with their undo code. If the erase cannot be confirmed, USB
debugging is left on so that it can be tried again: "erased" is never said of a file still there.
"""

from __future__ import annotations

from dataclasses import dataclass

from hardener.adb.channel import Channel
from hardener.device.parsers.settings import parse_settings_get
from hardener.errors import CommandTimeout, ConnectionLost
from hardener.i18n.markers import N_
from hardener.session import journal as jr

REVOKE_STEPS = N_(
    "On the phone, open Settings, then Developer options, and tap \"Revoke USB debugging "
    "authorisations\". Then switch Developer options off at the top of that screen. "
    "(If you cannot find Developer options, it is already off.)"
)
FINISH_COMMAND = "settings put global development_settings_enabled 0; settings put global adb_enabled 0"
CHECK_COMMAND = "settings get global adb_enabled"


@dataclass(frozen=True)
class FinishResult:
    debugging_off: bool  # the phone confirmed, or dropped the link as it does when it obeys
    detail: str
    manual_step: str = REVOKE_STEPS
    record_left: tuple[str, ...] = ()  # files an erase could not remove: debugging stays on
    record_kept: bool = False  # the person chose to keep undo possible, and a record is there


def finish(channel: Channel, *, keep_record: bool = False) -> FinishResult:
    try:
        if keep_record:
            kept = jr.fetch(channel).exists
        else:
            kept = False
            erase = jr.forget_journal(channel)
            if not erase.erased:
                return FinishResult(False, "the undo record could not be erased", record_left=erase.remaining)
        result = _switch_off(channel)
        return FinishResult(result.debugging_off, result.detail, record_kept=kept)
    finally:
        channel.close()


def _switch_off(channel: Channel) -> FinishResult:
    try:
        out = channel.run(FINISH_COMMAND, timeout_s=15)
    except (ConnectionLost, CommandTimeout) as exc:
        if not channel.command_reached_phone:
            # The link went before the phone took the command (a pulled cable): nothing was
            # switched off, and saying otherwise would leave debugging on behind a "done".
            raise
        # The phone closed the link because USB debugging is now off: the expected end.
        return FinishResult(True, f"the phone ended the connection ({exc.detail})")
    if out.exit_code not in (0, None) or out.text.strip():
        return FinishResult(False, out.text.strip()[:300])
    # A phone can print nothing and still keep the old value (some makers' builds do), so
    # ask once more. Usually the link is already gone, which is the answer we expect.
    try:
        check = channel.run(CHECK_COMMAND, timeout_s=15)
    except (ConnectionLost, CommandTimeout) as exc:
        return FinishResult(True, f"the phone ended the connection ({exc.detail})")
    now = parse_settings_get(check)
    if now.value == "0" and not now.problems:
        return FinishResult(True, "USB debugging switched off")
    said = check.text.strip()[:100] or "nothing"
    return FinishResult(False, f"the phone still answers, and says adb_enabled is {said}")
