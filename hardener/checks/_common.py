"""Building blocks shared by the checks: typed fixes, the "unknown" finding, small formatters.

Fix builders return ``None`` when a name from the phone fails the strict patterns of
:mod:`hardener.checks._validate`; callers drop those, so hostile text can reach the person's
eyes (escaped) but never the session layer's commands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from hardener.checks import _validate as v
from hardener.checks.finding import AutoFix, Evidence, Family, Finding, FixKind, GuideRef, ManualStep, Severity
from hardener.data import indicators
from hardener.i18n.markers import N_

_TABLES = frozenset({"system", "secure", "global"})

# Intent actions that open the right Settings screen (android.provider.Settings constants).
ACTION_SET_PASSWORD = "android.app.action.SET_NEW_PASSWORD"
ACTION_SECURITY = "android.settings.SECURITY_SETTINGS"
ACTION_DISPLAY = "android.settings.DISPLAY_SETTINGS"
ACTION_DEVELOPER = "android.settings.APPLICATION_DEVELOPMENT_SETTINGS"
ACTION_ACCESSIBILITY = "android.settings.ACCESSIBILITY_SETTINGS"
ACTION_NOTIFICATION_LISTENERS = "android.settings.ACTION_NOTIFICATION_LISTENER_SETTINGS"
ACTION_OVERLAY = "android.settings.action.MANAGE_OVERLAY_PERMISSION"
ACTION_USAGE_ACCESS = "android.settings.USAGE_ACCESS_SETTINGS"
ACTION_UNKNOWN_SOURCES = "android.settings.MANAGE_UNKNOWN_APP_SOURCES"
ACTION_APPS = "android.settings.MANAGE_APPLICATIONS_SETTINGS"
ACTION_SYNC = "android.settings.SYNC_SETTINGS"
ACTION_PRIVACY = "android.settings.PRIVACY_SETTINGS"


# --- fixes -------------------------------------------------------------------------------------

def setting(table: str, key: str, value: str) -> AutoFix:
    """A settings write. Table, key and value are always ours (constants), never the phone's."""
    assert table in _TABLES, table
    return AutoFix(FixKind.SETTING, {"table": table, "key": key, "value": value})


def revoke(package: str, permission: str) -> AutoFix | None:
    if not (v.is_package_name(package) and v.is_permission(permission)):
        return None
    return AutoFix(FixKind.REVOKE_PERMISSION, {"package": package, "permission": permission})


def appop(package: str, op: str, mode: str) -> AutoFix | None:
    if not (v.is_package_name(package) and v.is_appop(op)):
        return None
    return AutoFix(FixKind.APPOP, {"package": package, "op": op, "mode": mode})


# The kinds that act on a whole app, and those that take one of its components off a list.
PACKAGE_KINDS = frozenset({FixKind.DISABLE_PACKAGE, FixKind.SUSPEND_PACKAGE, FixKind.CLEAR_DATA})
COMPONENT_KINDS = frozenset({FixKind.REMOVE_ACCESSIBILITY_SERVICE, FixKind.DISALLOW_LISTENER})


def package_fix(kind: FixKind, package: str) -> AutoFix | None:
    """One of :data:`PACKAGE_KINDS` (``clear_data`` cannot be undone)."""
    assert kind in PACKAGE_KINDS, kind
    if not v.is_package_name(package):
        return None
    return AutoFix(kind, {"package": package}, reversible=kind != FixKind.CLEAR_DATA)


def component_fix(kind: FixKind, component: str) -> AutoFix | None:
    """One of :data:`COMPONENT_KINDS`, for a ``pkg/cls`` component."""
    assert kind in COMPONENT_KINDS, kind
    if not v.is_component(component):
        return None
    return AutoFix(kind, {"component": component})


def bmgr_enable(enabled: bool) -> AutoFix:
    return AutoFix(FixKind.BMGR_ENABLE, {"enabled": enabled})


def lockdown(sdk: int | None) -> tuple[AutoFix, ...]:
    """Lockdown from the shell exists from Android 12 (``cmd lock_settings require-strong-auth``)."""
    # Not undoable: it lasts until the PIN is next entered, which is the point.
    return (AutoFix(FixKind.LOCKDOWN, {}, reversible=False),) if sdk is not None and sdk >= 31 else ()


def fixes(*items: AutoFix | Iterable[AutoFix | None] | None) -> tuple[AutoFix, ...]:
    """Flatten, drop the ``None`` of names that failed validation, keep order, drop repeats."""
    out: list[AutoFix] = []
    for item in items:
        for fix in (item,) if item is None or isinstance(item, AutoFix) else item:
            if fix is not None and fix not in out:
                out.append(fix)
    return tuple(out)


# --- findings ----------------------------------------------------------------------------------

def unknown(
    finding_id: str,
    family: Family,
    title: str,
    guide: GuideRef,
    problems: Iterable[str],
    source: str,
    subject: str | None = None,
    extra: Mapping[str, Any] | None = None,
) -> Finding:
    """The one finding a check gives when the phone did not tell it what it needs."""
    reason = "; ".join(problems) or "not read"
    return Finding(
        id=finding_id,
        family=family,
        severity=Severity.UNKNOWN,
        title=title,
        explanation=N_(
            "hardener could not read this from the phone, so it cannot say what is there. "
            "Please check it on the phone yourself. What went wrong: {reason}"
        ),
        guide=guide,
        evidence=(Evidence(source, v.shown(reason, 300)),),
        subject=subject,
        params={**(extra or {}), "reason": v.shown(reason, 300)},
    )


def ev(source: str, value: object) -> Evidence:
    """Evidence with the phone's text made safe to show."""
    return Evidence(v.shown(source, 200), v.shown("null" if value is None else str(value), 300))


# --- words and numbers for display -------------------------------------------------------------

def app_label(package: str) -> str:
    """A known app's name from our lists, else its package name (made safe to show)."""
    for table in (indicators.translators, indicators.social_apps, indicators.cloud_apps, indicators.app_stores,
                  indicators.app_names):
        known = table().get(package)
        if known is not None:
            return known.name
    return v.shown(package)


def human_bytes(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    size = n / 1024
    for unit in ("KB", "MB"):
        if size < 1024:
            return f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


def days_between(earlier: dt.datetime, later: dt.datetime) -> int:
    """Whole days, tolerating one side without a time zone (parsers read local phone time)."""
    if (earlier.tzinfo is None) != (later.tzinfo is None):
        earlier, later = earlier.replace(tzinfo=None), later.replace(tzinfo=None)
    return max(0, (later - earlier).days)


def manual(title: str, how: str, action: str | None = None) -> ManualStep:
    return ManualStep(title=title, how=how, settings_action=action)


# Steps several families offer.
STEP_SAFETY_PLAN = manual(
    N_("Make a safety plan before you remove anything"),
    N_(
        "Removing this app can warn the person who put it there, and that can make them dangerous. "
        "Talk first to someone you trust or a support service. Plan where you will be safe and who "
        "can help."
    ),
)
STEP_RECORD_FIRST = manual(
    N_("Keep a record first"),
    N_(
        "Before you change anything, keep proof: take photos of this screen with another phone, or "
        "save this report on a device only you use. It can help later with a support organisation or a "
        "lawyer, whatever you decide."
    ),
)
