"""The work the GUI hands to its worker thread, as plain functions with typed results.

No Qt here: each function takes the channel (or connector) and a ``report`` callable and
returns a small record. That keeps the thread boundary obvious (everything in this module
runs on the worker; nothing in it touches a widget) and lets these be tested without a GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hardener.adb.channel import Channel
from hardener.adb.connect import Connection, Connector
from hardener.checks.finding import Finding
from hardener.device.snapshot import Snapshot
from hardener.session.apply import ApplyResult
from hardener.session.finish import FinishResult
from hardener.session.journal import Journal, JournalEntry, UndoCode
from hardener.session.plan import Plan, PlannedChange
from hardener.session.undo import UndoResult

Report = Callable[[object], None]


@dataclass(frozen=True)
class WaitingForAllow:
    """Progress: the phone is showing "Allow USB debugging?"."""


@dataclass(frozen=True)
class SectionRead:
    label: str
    done: int
    total: int


@dataclass(frozen=True)
class ChangeProgress:
    change: PlannedChange
    status: str


@dataclass(frozen=True)
class EntryUndone:
    entry: JournalEntry
    restored: bool


@dataclass
class Connected:
    connection: Connection
    # The phone keeps a sealed undo record from an earlier visit: it opens only with the code.
    record_on_phone: bool = False


@dataclass
class Scanned:
    snapshot: Snapshot
    findings: list[Finding]


def connect(connector: Connector, report: Report) -> Connected:
    """Connect, then look for an undo record left by an earlier run (on any laptop)."""
    from hardener.session.journal import fetch

    connector.on_waiting_for_allow = lambda: report(WaitingForAllow())
    connection = connector.connect()  # closes its own half-open link when the handshake fails
    try:
        found = fetch(connection.channel)
    except BaseException:
        connection.close()
        raise
    return Connected(connection, found.exists)


def open_record(channel: Channel, code: UndoCode) -> Journal | None:
    """The phone's record opened with the code the person typed (None: there is none now)."""
    from hardener.session.journal import read_journal

    return read_journal(channel, code)


def erase_record(channel: Channel) -> tuple[str, ...]:
    """Erase the phone's record; what is still there afterwards (empty when it is gone)."""
    from hardener.session.journal import forget_journal

    return forget_journal(channel).remaining


def scan(channel: Channel, report: Report) -> Scanned:
    from hardener.checks import run_checks
    from hardener.device.gather import gather

    snapshot = gather(channel, on_progress=lambda section, done, total: report(SectionRead(section.label, done, total)))
    findings = run_checks(snapshot, show_names=False)
    return Scanned(snapshot, list(findings))


def apply(
    channel: Channel, plan: Plan, code: UndoCode, consent: Callable[[PlannedChange], bool], report: Report
) -> ApplyResult:
    from hardener.session.apply import apply_plan

    return apply_plan(
        channel,
        plan,
        consent=consent,
        code=code,
        allow_irreversible=False,
        on_progress=lambda change, status: report(ChangeProgress(change, status)),
    )


def undo(channel: Channel, code: UndoCode, report: Report) -> UndoResult:
    """Undo, after a fresh look at which apps are spying (one round trip): undo never gives
    such an app its access back, whether or not this window has scanned the phone yet."""
    from hardener.checks import run_checks
    from hardener.device.gather import gather
    from hardener.session.plan import watched_apps
    from hardener.session.undo import undo as run_undo

    watched = watched_apps(run_checks(gather(channel)))
    return run_undo(
        channel, code, watched=watched, on_progress=lambda entry, restored: report(EntryUndone(entry, restored))
    )


def reread_journal(channel: Channel, code: UndoCode) -> Journal | None:
    from hardener.session.journal import read_journal

    return read_journal(channel, code)


def finish(channel: Channel, erase_record: bool) -> FinishResult:
    from hardener.session.finish import finish as run_finish

    return run_finish(channel, keep_record=not erase_record)


