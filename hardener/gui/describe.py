"""Words for changes and their outcomes, shared by the preview, apply, result and undo screens.

Several changes of one rule share the rule's title ("Stop apps from seeing your location"),
so each line also names *what* it touches (the app or the setting): the person must be able
to tell two lines apart before agreeing to them. Outcome words are the GUI's own, because
the library's outcome details are technical text meant for a helper.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hardener.checks.finding import Severity
from hardener.inert import shown
from hardener.session.kinds import Change

CONTEXT = "Outcome"


def subject(change: Change) -> str:
    """What a change touches, short: an app, an app's permission, or a setting's name (made inert).

    The change's kind knows what it touches; this only makes the phone's text safe to show.
    """
    return shown(change.subject())


def status_word(status: str) -> str:
    """The person's word for an apply/undo status; unknown statuses show as "working"."""
    words = {
        "done": QCoreApplication.translate("Outcome", "Fixed"),
        "already": QCoreApplication.translate("Outcome", "Already fine"),
        "not_applied": QCoreApplication.translate("Outcome", "Not fixed"),
        "skipped": QCoreApplication.translate("Outcome", "Skipped"),
        "failed": QCoreApplication.translate("Outcome", "Not fixed"),
        "writing": QCoreApplication.translate("Outcome", "Changing…"),
        "waiting": QCoreApplication.translate("Outcome", "Waiting"),
        "maybe": QCoreApplication.translate("Outcome", "Maybe changed"),
        "restored": QCoreApplication.translate("Outcome", "Put back"),
        "not_restored": QCoreApplication.translate("Outcome", "Not put back"),
        "cannot_undo": QCoreApplication.translate("Outcome", "Cannot be undone"),
    }
    return words.get(status, QCoreApplication.translate("Outcome", "Working…"))


def status_severity(status: str) -> Severity:
    """Which badge a status wears (shape and colour), so success and failure differ by more than colour."""
    if status in ("done", "already", "restored"):
        return Severity.OK
    if status in ("not_applied", "failed", "not_restored", "cannot_undo"):
        return Severity.HIGH
    if status == "skipped":
        return Severity.INFO
    if status == "maybe":
        return Severity.MEDIUM
    return Severity.UNKNOWN


def status_reason(status: str, detail: str) -> str:
    """Why, in plain words; the technical detail is added after for a helper."""
    reasons = {
        "already": QCoreApplication.translate("Outcome", "The phone was already set this way."),
        "not_applied": QCoreApplication.translate(
            "Outcome", "The phone did not accept the change. Some phones block it."
        ),
        "failed": QCoreApplication.translate(
            "Outcome", "hardener could not read the setting back, so it cannot say it worked."
        ),
        "skipped": QCoreApplication.translate("Outcome", "You chose not to make this change."),
        "not_restored": QCoreApplication.translate("Outcome", "The phone did not take the old value back."),
    }
    reason = reasons.get(status, "")
    if detail and status in ("not_applied", "failed", "not_restored"):
        said = QCoreApplication.translate("Outcome", "The phone said: {detail}")
        reason = (reason + " " + said.format(detail=shown(detail, 300))).strip()
    return reason
