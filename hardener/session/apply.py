"""Apply a plan: lock, read, record, write, re-read, record. In a fixed number of round trips.

The order is the safety argument:

1. take the phone's lock, so no other session changes it at the same time;
2. read every target's current value (one batch);
3. write the sealed undo record with those values (pull, push under a unique name, re-read,
   rename): if this fails, nothing has been changed;
4. write every change (one batch);
5. re-read every target (one batch): a phone that ignored a write is "not applied", not "done";
6. record the outcomes in the record, or erase the record when nothing was changed at all.

Round trips: lock 1 + read 1 + record 4 + write 1 + verify 1 + record 4 + unlock 1 = 13 at most,
whatever the number of changes (``ApplyResult.round_trips`` counts them).

Changes that touch an app flagged as spying are never made unless the plan says the person
chose to (:attr:`Plan.include_watched`): the plan leaves them out, and this module checks again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hardener.adb.channel import Channel
from hardener.adb.output import CommandOutput
from hardener.errors import JournalError, UnsafeValue
from hardener.session import journal as jr
from hardener.session.journal import Journal, JournalEntry, UndoCode
from hardener.session.kinds import Change, ReadFailed, State
from hardener.session.outcome import Outcome
from hardener.session.plan import Plan, PlannedChange

# What happened to each change: the one vocabulary shared with the record and undo.
ApplyStatus = Outcome


DONE, ALREADY, NOT_APPLIED, SKIPPED, FAILED = (
    ApplyStatus.DONE, ApplyStatus.ALREADY, ApplyStatus.NOT_APPLIED, ApplyStatus.SKIPPED, ApplyStatus.FAILED,
)

Consent = Callable[[PlannedChange], bool]
Progress = Callable[[PlannedChange, str], None]


@dataclass(frozen=True)
class ChangeOutcome:
    change: PlannedChange
    status: ApplyStatus
    detail: str = ""


@dataclass(frozen=True)
class ApplyResult:
    outcomes: tuple[ChangeOutcome, ...]
    round_trips: int
    record_kept: bool = False  # a sealed undo record is on the phone after this apply

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


ReadState = tuple[bool, State, str]
StateRead = Callable[[int, ReadState], None]  # index of the change, its (ok, state, problem)


def read_states(channel: Channel, changes: Sequence[Change], on_read: StateRead | None = None) -> list[ReadState]:
    """Read (ok, state, problem) of each change's target in one batch.

    Targets that share a read (three permissions of one app all read ``dumpsys package X``)
    send that command once. ``on_read`` hears each change's state as soon as the phone's answer
    to its command has arrived, while the rest of the batch still streams in (the same round trip).
    """
    if not changes:
        return []
    commands = [c.read() for c in changes]
    unique = list(dict.fromkeys(commands))
    readers: dict[str, list[int]] = {}
    for index, command in enumerate(commands):
        readers.setdefault(command, []).append(index)

    def section(index: int, out: CommandOutput) -> None:
        if on_read is not None and 0 <= index < len(unique):
            for change_index in readers[unique[index]]:
                on_read(change_index, _parse_state(changes[change_index], out))

    by_command = dict(zip(unique, channel.run_batch(unique, on_section=section if on_read else None), strict=True))
    return [_parse_state(change, by_command[cmd]) for change, cmd in zip(changes, commands, strict=True)]


def _parse_state(change: Change, out: CommandOutput) -> tuple[bool, State, str]:
    if out.failure:
        return False, None, out.failure
    try:
        return True, change.parse(out), ""
    except ReadFailed as exc:
        return False, None, str(exc)


def _merge(existing: Journal | None, fresh: list[JournalEntry]) -> tuple[Journal, list[JournalEntry]]:
    """Keep older entries (their ``before`` is the phone's original state) and add new targets."""
    base = existing if existing is not None else jr.new_journal()
    known = {e.key: e for e in base.entries}
    entries = list(base.entries)
    new_entries: list[JournalEntry] = []
    for entry in fresh:
        if entry.key in known:
            old = known[entry.key]
            if old.status in (jr.RESTORED, jr.NOT_APPLIED):
                # Put back (or never changed): what the phone holds now is its own value again.
                updated = entry
            else:
                # Same target again: the original "before" stays; the new target is what we write.
                updated = JournalEntry(old.key, old.kind, old.args, old.before, entry.target, old.reversible,
                                       jr.PENDING)
            entries[entries.index(old)] = updated
            new_entries.append(updated)
        else:
            entries.append(entry)
            new_entries.append(entry)
    return base.with_entries(entries, jr.APPLYING), new_entries


def apply_plan(
    channel: Channel,
    plan: Plan,
    *,
    consent: Consent,
    code: UndoCode,
    allow_irreversible: bool = False,
    on_progress: Progress | None = None,
) -> ApplyResult:
    """Make the plan's changes, each recorded under ``code`` before it is made.

    Raises :class:`~hardener.session.journal.RecordBusy` when another session holds the phone,
    and :class:`~hardener.session.journal.UndoCodeNeeded` or ``WrongUndoCode`` when the phone
    keeps a record this code does not open (it is never overwritten).
    """
    trips_before = channel.stats.round_trips
    say = on_progress or (lambda _c, _s: None)
    outcomes: dict[str, ChangeOutcome] = {}

    candidates: list[PlannedChange] = []
    for change in plan.changes:
        if change.already_done:
            outcomes[change.key] = ChangeOutcome(change, ALREADY)
            continue
        if change.typed.app() in plan.watched and not plan.include_watched:
            outcomes[change.key] = ChangeOutcome(change, SKIPPED, "a spying app: not touched")
            say(change, SKIPPED)
            continue
        if not change.reversible and not allow_irreversible and not consent(change):
            outcomes[change.key] = ChangeOutcome(change, SKIPPED, "not confirmed")
            say(change, SKIPPED)
            continue
        candidates.append(change)

    record_kept = False
    if candidates:
        with jr.PhoneLock(channel, code):
            record_kept = _apply_locked(channel, candidates, code, outcomes, say)

    ordered = tuple(outcomes[c.key] for c in plan.changes if c.key in outcomes)
    return ApplyResult(ordered, channel.stats.round_trips - trips_before, record_kept)


def _apply_locked(
    channel: Channel,
    candidates: list[PlannedChange],
    code: UndoCode,
    outcomes: dict[str, ChangeOutcome],
    say: Progress,
) -> bool:
    """Steps 2–6 under the lock; returns whether a record is left on the phone."""
    # 2. Fresh reads: what the record will restore.
    states = read_states(channel, [c.typed for c in candidates])
    to_write: list[tuple[PlannedChange, JournalEntry]] = []
    for change, (ok, before, problem) in zip(candidates, states, strict=True):
        if not ok:
            outcomes[change.key] = ChangeOutcome(change, FAILED, f"could not read the current value: {problem}")
            say(change, FAILED)
            continue
        typed = change.typed
        target = typed.target(before)
        if typed.reversible:
            try:
                typed.restore(before)
            except UnsafeValue:
                # What the phone holds now could not be written back safely (a newline, a NUL,
                # an endless value): changing it would leave a change we cannot undo.
                outcomes[change.key] = ChangeOutcome(change, FAILED, "the current value cannot be safely recorded")
                say(change, FAILED)
                continue
        if not typed.always_write and typed.satisfied(before, target):
            outcomes[change.key] = ChangeOutcome(change, ALREADY)
            say(change, ALREADY)
            continue
        entry = JournalEntry(change.key, typed.kind, typed.to_args(), before, target, typed.reversible)
        to_write.append((change, entry))

    if not to_write:
        return jr.fetch(channel).exists

    # 3. The record first. If this fails, nothing has been changed.
    found = jr.fetch(channel)
    existing = jr.open_record(found, code)
    if existing is not None and existing.damaged:
        raise jr.JournalCorrupt(f"{len(existing.damaged)} damaged entries")
    journal, entries = _merge(existing, [e for _c, e in to_write])
    to_write = [(c, e) for (c, _old), e in zip(to_write, entries, strict=True)]
    on_phone = jr.write_journal(channel, journal, code, found)

    # 4. Write.
    for change, _e in to_write:
        say(change, ApplyStatus.WRITING)
    write_outputs = channel.run_batch([e.typed.write(e.target) for _c, e in to_write])

    # 5. Verify by reading back. Each change is told as soon as its own read-back has arrived, so
    # progress moves change by change through the batch instead of jumping at its end.
    verdicts: dict[int, tuple[ApplyStatus, str]] = {}

    def confirmed(index: int, state: ReadState) -> None:
        if index in verdicts:
            return
        change, entry = to_write[index]
        verdicts[index] = _verdict(entry, write_outputs[index], *state)
        say(change, verdicts[index][0])

    after = read_states(channel, [e.typed for _c, e in to_write], on_read=confirmed)
    for index, state in enumerate(after):
        confirmed(index, state)  # a section the stream never handed over (none, normally)
    status_by_key: dict[str, jr.EntryStatus] = {}
    for index, (change, entry) in enumerate(to_write):
        status, detail = verdicts[index]
        outcomes[change.key] = ChangeOutcome(change, status, detail)
        status_by_key[entry.key] = {DONE: jr.DONE, NOT_APPLIED: jr.NOT_APPLIED}.get(status, jr.FAILED)

    # 6. Record outcomes; a record of nothing changed is no record at all.
    final = journal.with_entries(
        (JournalEntry(e.key, e.kind, e.args, e.before, e.target, e.reversible, status_by_key.get(e.key, e.status))
         for e in journal.entries),
        jr.APPLIED,
    )
    if not final.changed_anything:
        return not jr.forget_journal(channel).erased
    try:
        jr.write_journal(channel, final, code, on_phone)
    except JournalError:
        # The changes are made, so "changed nothing" would be false. The record written in
        # step 3 is still on the phone and names every change as pending: undo works from it.
        pass
    return True


def _verdict(
    entry: JournalEntry, out: CommandOutput, ok: bool, now: State, problem: str
) -> tuple[ApplyStatus, str]:
    written = entry.typed.written(out)
    if written is not None:  # a kind a re-read cannot verify: the write's own answer decides
        return (DONE, "") if written else (NOT_APPLIED, out.text.strip()[:200])
    if not ok:
        return FAILED, f"could not check the change: {problem}"
    if entry.typed.satisfied(now, entry.target):
        return DONE, ""
    if now != entry.before:
        # Changed, but not to the value asked for (a phone that stores "ignore" as its default,
        # for one): a change all the same, so it stays in the record and undo puts it back.
        return FAILED, f"the phone changed the value to {now!r}, not to the one asked for"
    return NOT_APPLIED, (out.text.strip()[:200] or "the phone kept the old value")
