"""One vocabulary for what happened to a change: the apply result, the undo record and the
undo result all say it with :class:`Outcome`, and every face (CLI, GUI, report) turns an
``Outcome`` into words in one place.

Before, three string vocabularies (apply statuses, record entry statuses, the GUI's words) had
three mapping tables, and the same interrupted change was "maybe changed" on one screen and
missing from the report. Here an interrupted entry is always :attr:`Outcome.MAYBE`.
"""

from __future__ import annotations

import enum

from hardener.session.journal import EntryStatus, JournalEntry


class Outcome(enum.StrEnum):
    DONE = "done"  # changed, and the phone was read back to show it
    ALREADY = "already"  # the phone already had the wanted value
    NOT_APPLIED = "not_applied"  # the phone kept its old value
    SKIPPED = "skipped"  # not made: not confirmed, or an app the person chose to leave alone
    FAILED = "failed"  # written, but it could not be read back; or not read before
    MAYBE = "maybe"  # recorded, then the session ended before its outcome: may have changed
    WRITING = "writing"  # progress only
    WAITING = "waiting"  # progress only
    RESTORED = "restored"  # undo put the old value back
    NOT_RESTORED = "not_restored"  # undo could not
    CANNOT_UNDO = "cannot_undo"  # done, and by its nature cannot be undone (cleared app data)

    @property
    def changed_the_phone(self) -> bool:
        """Whether the phone may now differ from before because of this change."""
        return self in (Outcome.DONE, Outcome.FAILED, Outcome.MAYBE, Outcome.NOT_RESTORED, Outcome.CANNOT_UNDO)


def of_entry(entry: JournalEntry) -> Outcome:
    """How the record describes one of its entries."""
    match entry.status:
        case EntryStatus.RESTORED:
            return Outcome.RESTORED
        case EntryStatus.DONE if not entry.reversible:
            return Outcome.CANNOT_UNDO
        case EntryStatus.DONE:
            return Outcome.DONE
        case EntryStatus.PENDING:
            return Outcome.MAYBE
        case EntryStatus.NOT_APPLIED:
            return Outcome.NOT_APPLIED
        case _:
            return Outcome.FAILED
