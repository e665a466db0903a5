"""Undo: put back every value the record holds, verify, then erase the record.

Works from any laptop, because the record is on the phone; it opens only with the person's undo
code. Restores "this setting did not exist" by deleting it, and permissions, app-ops and package
states by their recorded values. Restoring a value that was never changed (an apply cut short)
is harmless: it writes the value the phone already has.

Two things are never put back on their own: an entry that failed validation (reported, the
others still undone), and anything that would give an app flagged as spying its access back
(unless the person decided so: ``include_watched``).

Round trips: lock + pull + restore batch + verify batch + record update (or erase and check it is
gone) + unlock, whatever the number of entries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hardener.adb.channel import Channel
from hardener.errors import JournalError, UnsafeValue
from hardener.session import journal as jr
from hardener.session.apply import read_states
from hardener.session.journal import DamagedEntry, Journal, JournalEntry, UndoCode

WATCHED_APP = "it would give a spying app its access back"


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
    damaged: tuple[DamagedEntry, ...] = ()
    left_on_phone: tuple[str, ...] = ()  # files still there after an erase that was asked for

    @property
    def complete(self) -> bool:
        return all(o.restored for o in self.outcomes) and not self.damaged


def undo(
    channel: Channel,
    code: UndoCode,
    *,
    watched: frozenset[str] = frozenset(),
    include_watched: bool = False,
    on_progress: Callable[[JournalEntry, bool], None] | None = None,
) -> UndoResult:
    """Put back what the record on the phone holds. Raises when there is no record to open."""
    with jr.PhoneLock(channel, code):
        found = jr.fetch(channel)
        journal = jr.open_record(found, code)
        if journal is None:
            raise JournalError("there is no undo record on this phone")
        return _undo_locked(channel, journal, code, found, watched, include_watched, on_progress)


def _undo_locked(
    channel: Channel,
    journal: Journal,
    code: UndoCode,
    found: jr.OnPhone,
    watched: frozenset[str],
    include_watched: bool,
    on_progress: Callable[[JournalEntry, bool], None] | None,
) -> UndoResult:
    entries = list(reversed(journal.undoable))
    not_undoable = tuple(e for e in journal.entries if not e.reversible and e.status == jr.DONE)
    outcomes: list[UndoOutcome] = []
    refused: dict[str, str] = {}
    commands: list[str] = []
    for e in entries:
        if e.typed.app() in watched and not include_watched:
            refused[e.key] = WATCHED_APP
            continue
        try:
            commands.append(e.typed.restore(e.before))
        except UnsafeValue as exc:  # validated when read; checked again right before it runs
            # (a kind that cannot be undone raises NotUndoable, an UnsafeValue, here too)
            refused[e.key] = exc.detail
    if commands:
        channel.run_batch(commands)
    tried = [e for e in entries if e.key not in refused]
    after = dict(zip((e.key for e in tried), read_states(channel, [e.typed for e in tried]), strict=True))
    for entry in entries:
        if entry.key in refused:
            outcomes.append(UndoOutcome(entry, False, refused[entry.key]))
        else:
            ok, now, problem = after[entry.key]
            restored = ok and now == entry.before
            outcomes.append(UndoOutcome(entry, restored, "" if restored else (problem or f"the phone shows {now!r}")))
        if on_progress is not None:
            on_progress(entry, outcomes[-1].restored)

    restored_keys = {o.entry.key for o in outcomes if o.restored}
    kept = [e if e.key not in restored_keys else JournalEntry(
        e.key, e.kind, e.args, e.before, e.target, e.reversible, jr.RESTORED) for e in journal.entries]
    remaining = [e for e in kept if e in Journal(journal.state, tuple(kept)).undoable]
    left: tuple[str, ...] = ()
    if remaining:
        try:
            jr.write_journal(channel, journal.with_entries(kept), code, found)
        except JournalError:
            # Values were put back, so "changed nothing" would be false; the old record is
            # still on the phone, and undoing from it again writes the same values.
            pass
        cleared = False
    else:
        erase = jr.forget_journal(channel)
        cleared, left = erase.erased, erase.remaining
    return UndoResult(tuple(outcomes), not_undoable, cleared, journal.damaged, left)
