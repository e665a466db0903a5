"""Apply a plan: read, journal, write, re-read, record. In a fixed number of round trips.

The order is the safety argument:

1. read every target's current value (one batch);
2. write the undo journal to the phone with those values (push + rename);
3. write every change (one batch);
4. re-read every target (one batch): a phone that ignored a write is "not applied", not "done";
5. record the outcomes in the journal.

Nothing is written before step 2 has succeeded, so a pulled cable never leaves a change the
journal does not know. Round trips: 1 (read) + 1 (pull the old journal) + 3 (mkdir, push,
rename) + 1 (write) + 1 (verify) + 3 (journal again) = 10 at most,
whatever the number of changes (``ApplyResult.round_trips`` counts them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hardener.adb.channel import Channel
from hardener.device.snapshot import CommandOutput
from hardener.errors import JournalError, UnsafeValue
from hardener.session import journal as jr
from hardener.session.changes import ReadFailed, State, kind_of
from hardener.session.journal import Journal, JournalEntry
from hardener.session.plan import Plan, PlannedChange

# Outcome statuses shown to the person.
DONE, ALREADY, NOT_APPLIED, SKIPPED, FAILED = "done", "already", "not_applied", "skipped", "failed"

Consent = Callable[[PlannedChange], bool]
Progress = Callable[[PlannedChange, str], None]


@dataclass(frozen=True)
class ChangeOutcome:
    change: PlannedChange
    status: str
    detail: str = ""


@dataclass(frozen=True)
class ApplyResult:
    outcomes: tuple[ChangeOutcome, ...]
    round_trips: int

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


def read_states(
    channel: Channel, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[bool, State, str]]:
    """Read (ok, state, problem) of each (kind, args) target in one batch.

    Targets that share a read (three permissions of one app all read ``dumpsys package X``)
    send that command once.
    """
    if not items:
        return []
    commands = [kind_of(k).read(a) for k, a in items]
    unique = list(dict.fromkeys(commands))
    by_command = dict(zip(unique, channel.run_batch(unique), strict=True))
    return [_parse_state(kind, args, by_command[cmd]) for (kind, args), cmd in zip(items, commands, strict=True)]


def _parse_state(kind: str, args: dict[str, object], out: CommandOutput) -> tuple[bool, State, str]:
    if out.failure:
        return False, None, out.failure
    try:
        return True, kind_of(kind).parse(args, out), ""
    except ReadFailed as exc:
        return False, None, str(exc)


def _merge(existing: Journal | None, plan: Plan, fresh: list[JournalEntry]) -> tuple[Journal, list[JournalEntry]]:
    """Keep older entries (their ``before`` is the phone's original state) and add new targets."""
    base = existing if existing is not None else jr.new_journal(plan.profile.id)
    known = {e.key: e for e in base.entries}
    entries = list(base.entries)
    new_entries: list[JournalEntry] = []
    for entry in fresh:
        if entry.key in known:
            old = known[entry.key]
            # Same target again: the original "before" stays; the new target is what we write.
            updated = JournalEntry(old.key, old.kind, old.args, old.before, entry.target, old.reversible,
                                   jr.PENDING, entry.rule_id)
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
    allow_irreversible: bool = False,
    on_progress: Progress | None = None,
) -> ApplyResult:
    trips_before = channel.stats.round_trips
    say = on_progress or (lambda _c, _s: None)
    outcomes: dict[str, ChangeOutcome] = {}

    candidates: list[PlannedChange] = []
    for change in plan.changes:
        if change.already_done:
            outcomes[change.key] = ChangeOutcome(change, ALREADY)
            continue
        if not change.reversible and not allow_irreversible and not consent(change):
            outcomes[change.key] = ChangeOutcome(change, SKIPPED, "not confirmed")
            say(change, SKIPPED)
            continue
        candidates.append(change)

    # 1. Fresh reads: what the journal will restore.
    states = read_states(channel, [(c.kind, dict(c.args)) for c in candidates])
    to_write: list[tuple[PlannedChange, JournalEntry]] = []
    for change, (ok, before, problem) in zip(candidates, states, strict=True):
        if not ok:
            outcomes[change.key] = ChangeOutcome(change, FAILED, f"could not read the current value: {problem}")
            say(change, FAILED)
            continue
        kind = kind_of(change.kind)
        target = kind.target(change.args, before)
        if kind.restore is not None:
            try:
                kind.restore(change.args, before)
            except UnsafeValue:
                # What the phone holds now could not be written back safely (a newline, a NUL,
                # an endless value): changing it would leave a change we cannot undo.
                outcomes[change.key] = ChangeOutcome(change, FAILED, "the current value cannot be safely recorded")
                say(change, FAILED)
                continue
        if kind.satisfied(change.args, before, target) and change.kind not in ("clear_data", "lockdown"):
            outcomes[change.key] = ChangeOutcome(change, ALREADY)
            say(change, ALREADY)
            continue
        entry = JournalEntry(change.key, change.kind, dict(change.args), before, target, kind.reversible,
                             jr.PENDING, change.rule_id)
        to_write.append((change, entry))

    if to_write:
        # 2. Journal first. If this fails, nothing has been changed.
        try:
            existing = jr.read_journal(channel)
        except jr.JournalCorrupt as exc:
            raise JournalError(f"the journal on the phone is unreadable: {exc}") from exc
        journal, entries = _merge(existing, plan, [e for _c, e in to_write])
        to_write = [(c, e) for (c, _old), e in zip(to_write, entries, strict=True)]
        jr.write_journal(channel, journal)

        # 3. Write.
        for change, _e in to_write:
            say(change, "writing")
        write_outputs = channel.run_batch([kind_of(e.kind).write(e.args, e.target) for _c, e in to_write])

        # 4. Verify by reading back.
        after = read_states(channel, [(e.kind, e.args) for _c, e in to_write])
        status_by_key: dict[str, str] = {}
        for (change, entry), out, (ok, now, problem) in zip(to_write, write_outputs, after, strict=True):
            if entry.kind == "clear_data":
                success = out.exit_code in (0, None) and "Success" in out.text
                status, detail = (DONE, "") if success else (NOT_APPLIED, out.text.strip()[:200])
            elif not ok:
                status, detail = FAILED, f"could not check the change: {problem}"
            elif kind_of(entry.kind).satisfied(entry.args, now, entry.target):
                status, detail = DONE, ""
            else:
                status, detail = NOT_APPLIED, (out.text.strip()[:200] or "the phone kept the old value")
            outcomes[change.key] = ChangeOutcome(change, status, detail)
            status_by_key[entry.key] = {DONE: jr.DONE, NOT_APPLIED: jr.NOT_APPLIED}.get(status, jr.FAILED)
            say(change, status)

        # 5. Record outcomes.
        final = [
            JournalEntry(e.key, e.kind, e.args, e.before, e.target, e.reversible,
                         status_by_key.get(e.key, e.status), e.rule_id)
            for e in journal.entries
        ]
        try:
            jr.write_journal(channel, journal.with_entries(final, jr.APPLIED))
        except JournalError:
            # The changes are made, so "changed nothing" would be false. The journal written in
            # step 2 is still on the phone and names every change as pending: undo works from it.
            pass

    ordered = tuple(outcomes[c.key] for c in plan.changes if c.key in outcomes)
    return ApplyResult(ordered, channel.stats.round_trips - trips_before)
