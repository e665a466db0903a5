"""Checks: pure functions from a :class:`~hardener.device.snapshot.Snapshot` to findings.

No I/O and no Qt here: a scan is judged from what was gathered, so every check can be tested
from built or captured snapshots alone. :func:`run_checks` runs every check once over one
shared :class:`~hardener.checks._context.Context` and returns the findings worst first.
"""

from __future__ import annotations

import dataclasses

from hardener.checks import cloud, lock, permissions, stalkerware, translator
from hardener.checks import guide_refs as g
from hardener.checks._context import Check, Context
from hardener.checks.finding import Family, Finding, Severity, worst_first
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_

# The registry: a plain tuple, fixed at import time. A new check is added to its module's
# CHECKS; a new family, here.
REGISTRY: tuple[tuple[Family, tuple[Check, ...]], ...] = (
    (Family.LOCK, lock.CHECKS),
    (Family.PERMISSIONS, permissions.CHECKS),
    (Family.STALKERWARE, stalkerware.CHECKS),
    (Family.CLOUD, cloud.CHECKS),
    (Family.TRANSLATOR, translator.CHECKS),
)

# Every id a finding can carry: profiles may only answer these (the profile loader checks).
KNOWN_FINDING_IDS: frozenset[str] = frozenset(
    (*lock.FINDING_IDS, *permissions.FINDING_IDS, *stalkerware.FINDING_IDS, *cloud.FINDING_IDS,
     *translator.FINDING_IDS)
) | frozenset(f"{family.value}.check_failed" for family, _ in REGISTRY)


def run_checks(snap: Snapshot, show_names: bool = False) -> list[Finding]:
    """Every finding for ``snap``, worst first.

    ``show_names`` un-masks account names; by default a report names no one. A check that
    fails with an exception (a bug, or data no one foresaw) becomes one "unknown" finding, so
    one broken check cannot hide what all the others found.
    """
    ctx = Context.of(snap, show_names=show_names)
    findings: list[Finding] = []
    for family, checks in REGISTRY:
        for check in checks:
            try:
                findings.extend(check(snap, ctx))
            except Exception as exc:
                findings.append(Finding(
                    id=f"{family.value}.check_failed",
                    family=family,
                    severity=Severity.UNKNOWN,
                    title=N_("A check could not finish"),
                    explanation=N_(
                        "hardener hit a problem in one of its own checks ({check}), so this part of "
                        "the phone was not judged. Please report it; the other results still stand."
                    ),
                    guide=g.PHONE_CONFISCATED,
                    subject=check.__name__,
                    params={"check": check.__name__, "error": type(exc).__name__},
                ))
    if ctx.user_id != 0:
        findings = [_without_package_fixes(f) for f in findings]
    return worst_first(findings)


# Fix kinds that act on one app. The session layer applies them to user 0; when another user is
# in front, the findings describe that user's apps, so these fixes would change the wrong user.
_PACKAGE_FIX_KINDS = frozenset({"revoke_permission", "appop", "disable_package", "suspend_package", "clear_data"})


def _without_package_fixes(finding: Finding) -> Finding:
    kept = tuple(fx for fx in finding.auto_fixes if fx.kind not in _PACKAGE_FIX_KINDS)
    return finding if kept == finding.auto_fixes else dataclasses.replace(finding, auto_fixes=kept)


__all__ = ["KNOWN_FINDING_IDS", "REGISTRY", "Context", "run_checks"]
