"""Undo: put back every value the journal recorded, verify, then clear the journal.

Works from any laptop, because the journal is on the phone. Restores "this setting did not
exist" by deleting it, and permissions, app-ops and package states by their recorded values.
Restoring a value that was never changed (an apply cut short) is harmless: it writes the value
the phone already has. Round trips: pull + restore batch + verify batch + journal update (or
erase and check it is gone).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hardener.adb.channel import Channel
from hardener.errors import JournalError, UnsafeValue
from hardener.session import journal as jr
from hardener.session.apply import read_states
from hardener.session.changes import kind_of
from hardener.session.journal import Journal, JournalEntry


@dataclass(frozen=True)
class UndoOutcome:
    entry: JournalEntry
    restored: bool
    detail: str = ""


@dataclass(frozen=True)
class UndoResult:
    outcomes: tuple[UndoOutcome, ...]
    not_undoable: tuple[JournalEntry, ...]
    journal_cleared: bool

    @property
    def complete(self) -> bool:
        return all(o.restored for o in self.outcomes)


def undo(
    channel: Channel, journal: Journal, on_progress: Callable[[JournalEntry, bool], None] | None = None
) -> UndoResult:
    entries = list(reversed(journal.undoable))
    not_undoable = tuple(e for e in journal.entries if not e.reversible and e.status == jr.DONE)
    outcomes: list[UndoOutcome] = []
    if entries:
        commands = []
        refused: dict[str, str] = {}
        for e in entries:
            restore = kind_of(e.kind).restore
            assert restore is not None  # undoable entries are reversible kinds
            try:
                commands.append(restore(e.args, e.before))
            except UnsafeValue as exc:  # a journal edited by someone else: never run it
                refused[e.key] = exc.detail
        channel.run_batch(commands)
        after = read_states(channel, [(e.kind, e.args) for e in entries])
        for entry, (ok, now, problem) in zip(entries, after, strict=True):
            restored = ok and now == entry.before and entry.key not in refused
            detail = "" if restored else (refused.get(entry.key) or problem or f"the phone shows {now!r}")
            outcomes.append(UndoOutcome(entry, restored, detail))
            if on_progress is not None:
                on_progress(entry, restored)
    restored_keys = {o.entry.key for o in outcomes if o.restored}
    remaining = [
        e for e in journal.entries
        if e.key not in restored_keys and e.reversible and e.status != jr.RESTORED
    ]
    if remaining:
        kept = [
            e if e.key not in restored_keys else JournalEntry(
                e.key, e.kind, e.args, e.before, e.target, e.reversible, jr.RESTORED, e.rule_id)
            for e in journal.entries
        ]
        try:
            jr.write_journal(channel, journal.with_entries(kept))
        except JournalError:
            # Values were put back, so "changed nothing" would be false; the old journal is
            # still on the phone, and undoing from it again writes the same values.
            pass
        cleared = False
    else:
        cleared = jr.forget_journal(channel)
    return UndoResult(tuple(outcomes), not_undoable, cleared)
