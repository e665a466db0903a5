"""What a check says about a phone: a finding, with its evidence, its reason and its fixes.

Findings are plain data. ``title``/``explanation`` are English message ids (translated on
display, see :mod:`hardener.i18n.markers`) with ``{named}`` fields filled from ``params``.
A finding's ``id`` is stable across runs and versions: profiles refer to it. Per-app
findings carry the package in ``subject`` so a profile rule can answer one app at a time.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    INFO = "info"
    OK = "ok"
    UNKNOWN = "unknown"

    @property
    def rank(self) -> int:
        """Worst first: lower rank sorts first."""
        return _RANK[self]


_RANK = {
    Severity.CRITICAL: 0,
    Severity.HIGH: 1,
    Severity.MEDIUM: 2,
    Severity.UNKNOWN: 3,
    Severity.INFO: 4,
    Severity.OK: 5,
}


class Verdict(enum.StrEnum):
    """What a result means for the person, in four words that never overstate.

    ``ok`` is earned: a check says it only when every section it declares was read completely
    (run_checks turns any other would-be ``ok`` into a ``gap``). ``gap`` says "could not be
    checked, and why"; ``lead`` is something to look at; ``problem`` is something to fix.
    """

    PROBLEM = "problem"
    LEAD = "lead"
    GAP = "gap"
    OK = "ok"


# Derived, not stored: one source of truth, so a finding's verdict and its severity cannot
# disagree. Every INFO finding asks the person to look at something (an account to recognise, a
# switch to use at a risky moment); a finding that needs nothing from the person is OK.
_VERDICT = {
    Severity.CRITICAL: Verdict.PROBLEM,
    Severity.HIGH: Verdict.PROBLEM,
    Severity.MEDIUM: Verdict.PROBLEM,
    Severity.UNKNOWN: Verdict.GAP,
    Severity.INFO: Verdict.LEAD,
    Severity.OK: Verdict.OK,
}


class Family(enum.StrEnum):
    LOCK = "lock"
    PERMISSIONS = "permissions"
    STALKERWARE = "stalkerware"
    CLOUD = "cloud"
    TRANSLATOR = "translator"
    ADB = "adb"  # computers trusted for USB debugging (issue 13)
    LOCATION = "location"  # what tells others where the person is (issue 14)
    NETWORK = "network"  # VPN and private DNS (issue 14)
    MESSAGES = "messages"  # where each messenger makes messages disappear (issue 14)
    SEPARATION = "separation"  # work and private life on one phone (issue 14)


@dataclass(frozen=True)
class GuideRef:
    """A passage of the NSWP guide: ``quote`` appears word for word in it (tests check)."""

    section: str
    quote: str


@dataclass(frozen=True)
class Evidence:
    """What on the phone shows the finding: where it was read, and what it said."""

    source: str  # the command or setting, e.g. "settings secure lock_screen_show_notifications"
    value: str  # what it said (masked when it would name the person)


class FixKind(enum.StrEnum):
    """Every kind of change hardener can make: the one list the checks and the session share.

    A check names the kind of a fix it proposes; the session layer has one typed class per kind
    (:mod:`hardener.session.kinds`) that knows its commands. The values are the names profiles
    use (``use_finding_fixes``, ``[[rules.changes]] kind``) and the undo record stores, so they
    never change.
    """

    SETTING = "setting"
    REVOKE_PERMISSION = "revoke_permission"
    DISABLE_PACKAGE = "disable_package"
    SUSPEND_PACKAGE = "suspend_package"
    CLEAR_DATA = "clear_data"
    APPOP = "appop"
    BMGR_ENABLE = "bmgr_enable"
    REMOVE_ACCESSIBILITY_SERVICE = "remove_accessibility_service"
    DISALLOW_LISTENER = "disallow_listener"
    LOCKDOWN = "lockdown"

    @property
    def per_user(self) -> bool:
        """Whether the change acts on one app's state for user 0 (a permission, an app-op, the
        app's enabled, paused or data state).

        The checks need it below the session layer: when another user is in front, the
        findings describe that user's apps, so such a fix would change the wrong user's app.
        """
        return self in _PER_USER


_PER_USER = frozenset({
    FixKind.REVOKE_PERMISSION, FixKind.APPOP, FixKind.DISABLE_PACKAGE, FixKind.SUSPEND_PACKAGE,
    FixKind.CLEAR_DATA,
})

# The JSON values a fix's (and a change's) arguments hold: text, a flag, or "not set".
FixArg = str | bool | None


@dataclass(frozen=True)
class AutoFix:
    """A change hardener can make itself; the session layer turns it into commands.

    ``kind`` names its :class:`FixKind`; ``args`` holds validated arguments under the names that
    kind's class reads (never shell text), as plain JSON values so a finding stays plain data.
    """

    kind: FixKind
    args: Mapping[str, FixArg]
    reversible: bool = True


@dataclass(frozen=True)
class ManualStep:
    """A step only the person can do on the phone; ``recheck`` names the finding to re-test."""

    title: str
    how: str
    settings_action: str | None = None  # an Android intent action that opens the right screen


@dataclass(frozen=True)
class Finding:
    id: str  # stable, e.g. "lock.no_secure_lock" or "permissions.dangerous_granted"
    family: Family
    severity: Severity
    title: str
    explanation: str
    guide: GuideRef
    evidence: tuple[Evidence, ...] = ()
    subject: str | None = None  # a package name, account type, ... for per-item findings
    params: Mapping[str, Any] = field(default_factory=dict)
    auto_fixes: tuple[AutoFix, ...] = ()
    manual_steps: tuple[ManualStep, ...] = ()

    @property
    def key(self) -> str:
        """Unique within one scan: the id, plus the subject for per-item findings."""
        return f"{self.id}:{self.subject}" if self.subject else self.id

    @property
    def is_problem(self) -> bool:
        return self.severity in (Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM)

    @property
    def verdict(self) -> Verdict:
        return _VERDICT[self.severity]

    @property
    def is_gap(self) -> bool:
        return self.severity == Severity.UNKNOWN


def worst_first(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda x: (x.severity.rank, x.family.value, x.id, x.subject or ""))
