"""One person's visit, as one Qt-free flow that both faces drive: connect, look for an undo
record, scan, decide about a spying app, plan, apply, undo, finish, forget.

Why one object: the rules of a visit (a sealed record from an earlier visit must be opened or
erased before anything is changed; a spying app is left alone unless the person decided
otherwise; the plan after an apply comes from a fresh scan, never the stale one) used to be
rebuilt by each face with its own defaults. Here they are written once, tested without Qt, and
the CLI and the GUI are thin layers that show what this object says.

Every method that talks to the phone blocks; the GUI calls them on its worker thread and reads
the results only when a job has ended. Progress is reported as typed :data:`Event` values,
which a face handles with ``match``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hardener.adb.channel import Channel
from hardener.adb.connect import Connection, Connector
from hardener.checks.finding import Finding
from hardener.data.indicators import IndicatorIndex
from hardener.device.snapshot import Snapshot
from hardener.errors import HardenerError
from hardener.session import journal as jr
from hardener.session.apply import ApplyResult, Consent, apply_plan
from hardener.session.finish import FinishResult, finish
from hardener.session.journal import EntryStatus, Journal, JournalEntry, UndoCode
from hardener.session.outcome import Outcome
from hardener.session.plan import ManualItem, Plan, PlannedChange, make_plan, watched_apps
from hardener.session.profiles import Profile
from hardener.session.refusal import Refusal, why_refused
from hardener.session.scan import scan_phone
from hardener.session.undo import UndoResult, undo

# --- progress events ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WaitingForAllow:
    """The phone is showing "Allow USB debugging?"."""


@dataclass(frozen=True)
class SectionRead:
    label: str  # an N_ message id, e.g. "screen lock"
    done: int
    total: int


@dataclass(frozen=True)
class ChangeProgress:
    change: PlannedChange
    status: str  # an ApplyStatus value


@dataclass(frozen=True)
class EntryUndone:
    entry: JournalEntry
    restored: bool


Event = WaitingForAllow | SectionRead | ChangeProgress | EntryUndone
Report = Callable[[Event], None]


def _quiet(_event: Event) -> None:
    return None


# --- what the session knows -------------------------------------------------------------------------


class RecordStatus(enum.Enum):
    """The undo record on the phone, as this session knows it."""

    NONE = "none"  # no record on the phone
    LOCKED = "locked"  # a sealed record this session has no code for: nothing may be changed
    OPEN = "open"  # opened (or written) with this session's code


class SpyingAppChoice(enum.Enum):
    """What the person decided on the safety screen."""

    UNDECIDED = "undecided"
    LEAVE_IT = "leave_it"  # change nothing about it (the default, and the safe one)
    TOUCH_IT = "touch_it"  # the person accepts that changing it may warn whoever installed it


class RecordLocked(HardenerError):
    """Raised by :meth:`PhoneSession.apply` while a record from an earlier visit is unopened."""

    message = jr.UndoCodeNeeded.message


@dataclass(frozen=True)
class ReportFacts:
    """What a hand-over report is made from, as this session knows it."""

    findings: tuple[Finding, ...]
    result: ApplyResult | None
    undo_available: bool
    changes_locked: bool  # a sealed record is there that this session could not open
    manual: tuple[ManualItem, ...]  # the plan's own by-hand steps


class PhoneSession:
    """Everything about one phone and one person, from connecting to "next person".

    Holds the connection, the record's status and the person's undo code (in memory only), the
    last snapshot and findings, the spying-app decision, the plan and the results. ``forget``
    drops all of it at once.
    """

    def __init__(self) -> None:
        self.connection: Connection | None = None
        self.code: UndoCode | None = None
        self.record_status = RecordStatus.NONE
        self.journal: Journal | None = None
        self.snapshot: Snapshot | None = None
        self.findings: list[Finding] = []
        self.spying_choice = SpyingAppChoice.UNDECIDED
        self.plan: Plan | None = None
        self.profile: Profile | None = None  # the situation last planned for (to try again)
        self.result: ApplyResult | None = None
        self.undo_result: UndoResult | None = None
        self.finish_result: FinishResult | None = None
        self.indicators: IndicatorIndex | None = None  # the person's indicator files (scan --iocs)

    # --- connection -------------------------------------------------------------------------

    @property
    def channel(self) -> Channel:
        if self.connection is None:
            raise RuntimeError("not connected")
        return self.connection.channel

    @property
    def connected(self) -> bool:
        return self.connection is not None

    def connect(self, connector: Connector, report: Report = _quiet) -> RecordStatus:
        """Connect, then look for an undo record (one round trip). Closes a half-open link itself."""
        connector.on_waiting_for_allow = lambda: report(WaitingForAllow())
        return self.attach(connector.connect())

    def attach(self, connection: Connection) -> RecordStatus:
        """Use an open connection (a reconnect keeps the code: it opens the person's own record)."""
        self.connection = connection
        try:
            found = jr.fetch(connection.channel)
        except BaseException:
            self.drop()
            raise
        if not found.exists:
            self.record_status, self.journal = RecordStatus.NONE, None
        elif self.code is None:
            self.record_status, self.journal = RecordStatus.LOCKED, None
        else:
            self.journal = jr.open_record(found, self.code)
            self.record_status = RecordStatus.OPEN
        return self.record_status

    def drop(self) -> None:
        """Close the link (it cannot be trusted after a failure); the person's state stays."""
        connection, self.connection = self.connection, None
        if connection is not None:
            connection.close()

    # --- the record ---------------------------------------------------------------------------

    def open_record(self, code: UndoCode) -> Journal | None:
        """Open the phone's record with the code the person typed; raises WrongUndoCode."""
        journal = jr.read_journal(self.channel, code)
        self.code = code
        self.journal = journal
        self.record_status = RecordStatus.OPEN if journal is not None else RecordStatus.NONE
        return journal

    def erase_record(self) -> jr.EraseResult:
        erase = jr.forget_journal(self.channel)
        if erase.erased:
            self.record_status, self.journal = RecordStatus.NONE, None
        return erase

    @property
    def undo_offered(self) -> bool:
        """Whether an opened record holds changes that can still be put back."""
        return self.journal is not None and bool(self.journal.undoable)

    @property
    def record_interrupted(self) -> bool:
        return self.journal is not None and self.journal.state == jr.APPLYING

    def reread_record(self) -> Journal | None:
        if self.code is None:
            return None
        self.journal = jr.read_journal(self.channel, self.code)
        if self.journal is None:
            self.record_status = RecordStatus.NONE
        return self.journal

    # --- scan and the spying-app decision ------------------------------------------------------

    def scan(self, report: Report = _quiet, *, show_names: bool = False, keep_plan: bool = False,
             indicators: IndicatorIndex | None = None) -> list[Finding]:
        """One batched scan, then the APK files of apps from outside a store (a fixed number of
        round trips); the plan made from an older scan is dropped (never applied stale), except
        for a re-check of a step done by hand (``keep_plan``), which changes nothing.
        ``indicators`` (the person's own indicator files) are kept for later scans of the visit."""
        if indicators is not None:
            self.indicators = indicators
        snapshot, findings = scan_phone(
            self.channel, lambda section, done, total: report(SectionRead(section.label, done, total)),
            show_names=show_names, indicators=self.indicators,
        )
        self.snapshot = snapshot
        self.findings = findings
        if not keep_plan:
            self.plan = None
        return self.findings

    @property
    def watched(self) -> frozenset[str]:
        """Apps the last scan flagged as spying or monitoring."""
        return watched_apps(self.findings)

    @property
    def needs_safety_decision(self) -> bool:
        return bool(self.watched) and self.spying_choice is SpyingAppChoice.UNDECIDED

    def decide(self, choice: SpyingAppChoice) -> None:
        self.spying_choice = choice
        self.plan = None

    # --- plan, apply, undo ---------------------------------------------------------------------------

    @property
    def maker(self) -> str | None:
        """The phone's maker as it says it (``ro.product.manufacturer``), if the scan read it."""
        props = self.snapshot.props.value if self.snapshot is not None else None
        return props.get("ro.product.manufacturer") if props is not None else None

    def refusal(self) -> Refusal:
        """Why the last apply's refused changes were refused (the worst known cause)."""
        if self.result is None:
            return Refusal.NONE
        causes = {why_refused(o.detail, self.maker) for o in self.result.outcomes
                  if o.status in (Outcome.NOT_APPLIED, Outcome.FAILED)}
        for cause in (Refusal.XIAOMI_SECURITY_SETTINGS, Refusal.BLOCKED):
            if cause in causes:
                return cause
        return Refusal.NONE

    def make_plan(self, profile: Profile) -> Plan:
        if self.snapshot is None:
            raise RuntimeError("scan first")
        self.profile = profile
        self.plan = make_plan(profile, self.snapshot, self.findings,
                              include_watched=self.spying_choice is SpyingAppChoice.TOUCH_IT)
        return self.plan

    def apply(self, consent: Consent, report: Report = _quiet, *, allow_irreversible: bool = False,
              plan: Plan | None = None) -> ApplyResult:
        """Apply the plan under the person's code (a new one on a first apply).

        Refuses while a record from an earlier visit is locked: writing over it would lose the way
        back. The plan is consumed: the next one must come from a fresh scan.
        """
        plan = plan or self.plan
        if plan is None:
            raise RuntimeError("no plan")
        if self.record_status is RecordStatus.LOCKED:
            raise RecordLocked("a sealed record from an earlier visit is on the phone")
        if self.code is None:
            self.code = UndoCode.new()
        result = apply_plan(
            self.channel, plan, consent=consent, code=self.code, allow_irreversible=allow_irreversible,
            on_progress=lambda change, status: report(ChangeProgress(change, status)),
        )
        self.result = result
        self.plan = None
        self.record_status = RecordStatus.OPEN if result.record_kept else self.record_status
        if result.record_kept:
            self.journal = None  # reread when undo is offered
        return result

    def undo(self, report: Report = _quiet, *, include_watched: bool = False) -> UndoResult:
        """Put back what the record holds, after a fresh look at which apps are spying: undo never
        gives such an app its access back unless ``include_watched``."""
        if self.code is None:
            raise RecordLocked("no code for the record on the phone")
        watched = watched_apps(scan_phone(self.channel, indicators=self.indicators)[1])
        result = undo(self.channel, self.code, watched=watched, include_watched=include_watched,
                      on_progress=lambda entry, restored: report(EntryUndone(entry, restored)))
        self.undo_result = result
        self.result = None
        self.journal = None
        if result.journal_cleared:
            self.record_status = RecordStatus.NONE
        return result

    # --- the end ----------------------------------------------------------------------------------------

    @property
    def still_to_do(self) -> list[ManualItem]:
        """The open items after the last scan, worst first (see :func:`open_items`)."""
        return open_items(self.findings)

    @property
    def record_may_exist(self) -> bool:
        return self.record_status is not RecordStatus.NONE

    def finish(self, *, keep_record: bool = False) -> FinishResult:
        """Erase the record (unless kept), switch USB debugging off; the link then ends."""
        try:
            result = finish(self.channel, keep_record=keep_record)
        finally:
            self.connection = None  # finish closed it
        self.finish_result = result
        if not result.record_left and not keep_record:
            self.record_status = RecordStatus.NONE
        return result

    def report_facts(self, manual: Sequence[ManualItem] = ()) -> ReportFacts:
        result = self.result
        if result is None and self.journal is not None:
            from hardener.session.history import result_from_journal

            result = result_from_journal(self.journal)
        return ReportFacts(
            findings=tuple(self.findings),
            result=result,
            undo_available=self.record_may_exist,
            changes_locked=self.record_status is RecordStatus.LOCKED,
            manual=tuple(manual or (self.plan.manual if self.plan is not None else ())),
        )

    def forget(self) -> None:
        """Next person: close the link and drop everything known about this phone and person."""
        self.drop()
        self.__init__()  # type: ignore[misc]


def interrupted_entries(journal: Journal) -> tuple[JournalEntry, ...]:
    """Entries written before their change whose outcome was never recorded: "may have changed"."""
    return tuple(e for e in journal.entries if e.status is EntryStatus.PENDING)


class StepStatus(enum.StrEnum):
    """Where a step the person does by hand stands, after the phone was checked again."""

    DONE = "done"
    NOT_YET = "not_yet"
    UNKNOWN = "unknown"


def step_status(finding_id: str | None, findings: Sequence[Finding]) -> StepStatus:
    """A manual step is done when the finding it answers is no longer a problem on the phone;
    a check that could not run says "could not check", never "done"."""
    if finding_id is None:
        return StepStatus.DONE
    matching = [f for f in findings if f.id == finding_id]
    if any(f.is_problem for f in matching):
        return StepStatus.NOT_YET
    if any(f.severity.value == "unknown" for f in matching):
        return StepStatus.UNKNOWN
    return StepStatus.DONE


def open_items(findings: Sequence[Finding]) -> list[ManualItem]:
    """What is still to do on the phone, worst first: each problem a scan still finds and that
    only the person can fix, with its guided step (re-checked by the finding it answers)."""
    from hardener.checks.finding import worst_first

    items: list[ManualItem] = []
    seen: set[str] = set()
    for finding in worst_first([f for f in findings if f.is_problem]):
        for step in finding.manual_steps[:1]:  # the first step is the one to take
            if step.title in seen:
                continue
            seen.add(step.title)
            items.append(ManualItem("", step.title, step.how, finding.id, step.settings_action))
    return items
