"""What was changed on a phone, read back from its undo record, in the shape of an ApplyResult.

``hardener report`` runs after ``hardener apply``, often on another day or another laptop, so
the laptop knows nothing about the changes; the phone's record does (opened with the undo
code). The record names no rule or situation, so titles come from the session when it has them.
Turning it back into outcomes lets one report builder serve both the GUI (which still holds the
apply result) and the CLI. Changes already undone are left out: the report describes the phone as it is now.
"""

from __future__ import annotations

from hardener.i18n.markers import N_
from hardener.session.apply import ApplyResult, ChangeOutcome
from hardener.session.journal import Journal, JournalEntry
from hardener.session.kinds import State
from hardener.session.outcome import Outcome, of_entry
from hardener.session.plan import PlannedChange

UNKNOWN_CHANGE = N_("A setting was changed")
INTERRUPTED = "the change was interrupted before it could be checked"


def _describe(entry: JournalEntry, value: State) -> str:
    try:
        return entry.typed.describe(value)
    except Exception:  # an entry from another version; the words are optional
        return ""


def profile_titles() -> dict[str, str]:
    """Each shipped rule's title by the target of its fixed changes.

    The record says only *what* it changed (a setting, a permission...); the shipped profiles
    say what that change is called, so a report made on another day still reads as the plan did.
    """
    from hardener.errors import ProfileError
    from hardener.session.plan import change_key
    from hardener.session.profiles import builtin_profiles

    titles: dict[str, str] = {}
    try:
        profiles = builtin_profiles()
    except ProfileError:
        return titles
    for profile in profiles:
        for rule in profile.rules:
            for spec in rule.changes:
                titles.setdefault(change_key(spec.kind, spec.args), rule.title)
    return titles


def result_from_journal(journal: Journal, titles: dict[str, str] | None = None) -> ApplyResult:
    """``titles`` maps change keys to the titles this session showed; the record keeps none, so by
    default they come from the shipped profiles."""
    titles = titles if titles is not None else profile_titles()
    outcomes: list[ChangeOutcome] = []
    for entry in journal.entries:
        status = of_entry(entry)
        if status is Outcome.RESTORED:  # no longer a change on the phone
            continue
        if status is Outcome.CANNOT_UNDO:
            status = Outcome.DONE  # done; the change itself says it cannot be undone
        change = PlannedChange(
            key=entry.key,
            rule_id="",
            kind=entry.kind,
            args=dict(entry.args),
            title=titles.get(entry.key, UNKNOWN_CHANGE),
            current=_describe(entry, entry.before),
            target=_describe(entry, entry.target),
            reversible=entry.reversible,
            already_done=False,
        )
        detail = INTERRUPTED if status is Outcome.MAYBE else ""
        outcomes.append(ChangeOutcome(change, status, detail))
    return ApplyResult(tuple(outcomes), round_trips=0)
