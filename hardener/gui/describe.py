"""Words for changes and their outcomes, shared by the preview, apply, result and undo screens.

Several changes of one rule share the rule's title ("Stop apps from seeing your location"),
so each line also names *what* it touches (the app or the setting): the person must be able
to tell two lines apart before agreeing to them. Outcome words are the GUI's own, one per
:class:`~hardener.session.outcome.Outcome` (the vocabulary apply, the undo record and undo
share), because the library's outcome details are technical text meant for a helper.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hardener.checks.finding import Severity
from hardener.gui.lang import lib
from hardener.inert import shown
from hardener.session.kinds import Change
from hardener.session.outcome import Outcome
from hardener.session.refusal import first_line

CONTEXT = "Outcome"


def subject(change: Change) -> str:
    """What a change is about, as the person knows it: a setting's plain name or an app's name,
    with the part of the app it touches ("Grindr — location"). Made inert: an app's name can be
    the phone's text. Setting keys and package names are for :func:`helper_detail`."""
    what = shown(lib(change.label()))
    aspect = change.aspect()
    return f"{what} — {lib(aspect)}" if aspect else what


def helper_detail(change: Change) -> str:
    """The technical name of what a change touches (a setting key, a package), for a helper."""
    return shown(change.subject())


def status_word(status: str) -> str:
    """The person's word for an outcome (:class:`Outcome`); unknown values show as "working"."""
    words = {
        Outcome.DONE: QCoreApplication.translate("Outcome", "Fixed"),
        Outcome.ALREADY: QCoreApplication.translate("Outcome", "Already fine"),
        Outcome.NOT_APPLIED: QCoreApplication.translate("Outcome", "Not fixed"),
        Outcome.SKIPPED: QCoreApplication.translate("Outcome", "Skipped"),
        Outcome.FAILED: QCoreApplication.translate("Outcome", "Not fixed"),
        Outcome.WRITING: QCoreApplication.translate("Outcome", "Changing…"),
        Outcome.WAITING: QCoreApplication.translate("Outcome", "Waiting"),
        Outcome.MAYBE: QCoreApplication.translate("Outcome", "Maybe changed"),
        Outcome.RESTORED: QCoreApplication.translate("Outcome", "Put back"),
        Outcome.NOT_RESTORED: QCoreApplication.translate("Outcome", "Not put back"),
        Outcome.CANNOT_UNDO: QCoreApplication.translate("Outcome", "Cannot be undone"),
    }
    outcome = _outcome(status)
    return words[outcome] if outcome is not None and outcome in words else QCoreApplication.translate(
        "Outcome", "Working…")


def _outcome(status: str) -> Outcome | None:
    try:
        return Outcome(status)
    except ValueError:
        return None


def status_severity(status: str) -> Severity:
    """Which badge an outcome wears (shape and colour), so success and failure differ by more than colour."""
    outcome = _outcome(status)
    if outcome in (Outcome.DONE, Outcome.ALREADY, Outcome.RESTORED):
        return Severity.OK
    if outcome in (Outcome.NOT_APPLIED, Outcome.FAILED, Outcome.NOT_RESTORED, Outcome.CANNOT_UNDO):
        return Severity.HIGH
    if outcome is Outcome.SKIPPED:
        return Severity.INFO
    if outcome is Outcome.MAYBE:
        return Severity.MEDIUM
    return Severity.UNKNOWN


def status_reason(status: str, detail: str) -> str:
    """Why, in plain words; the technical detail is added after for a helper."""
    outcome = _outcome(status)
    reasons = {
        Outcome.ALREADY: QCoreApplication.translate("Outcome", "The phone was already set this way."),
        Outcome.NOT_APPLIED: QCoreApplication.translate(
            "Outcome", "The phone did not accept the change. Some phones block it."
        ),
        Outcome.FAILED: QCoreApplication.translate(
            "Outcome", "hardener could not read the setting back, so it cannot say it worked."
        ),
        Outcome.SKIPPED: QCoreApplication.translate("Outcome", "You chose not to make this change."),
        Outcome.NOT_RESTORED: QCoreApplication.translate("Outcome", "The phone did not take the old value back."),
    }
    reason = reasons.get(outcome, "") if outcome is not None else ""
    if detail and outcome in (Outcome.NOT_APPLIED, Outcome.FAILED, Outcome.NOT_RESTORED):
        said = QCoreApplication.translate("Outcome", "The phone said: {detail}")
        # Only the line that says why ("java.lang.SecurityException: ..."), never a Java stack.
        reason = (reason + " " + said.format(detail=shown(first_line(detail), 300))).strip()
    return reason
