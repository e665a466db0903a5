"""Every kind of change hardener can make, as pure command builders (the "prepare" step).

A kind knows four things: the command that reads the current state, how to read its output,
the command that writes the wanted state, and the command that puts a recorded state back.
All four are built here from validated arguments, so they can be tested without a phone, and
nothing from the phone reaches a command line without passing :mod:`hardener.adb.quoting`.

States are small JSON values (a setting's text or None, a permission's granted flag, an
app-op mode, ...), because they are stored in the undo journal on the phone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from hardener.adb import quoting as q
from hardener.adb.output import CommandOutput
from hardener.device.parsers import appops as appops_parser
from hardener.device.parsers import backup as backup_parser
from hardener.device.parsers import package_dump
from hardener.device.parsers import settings as settings_parser
from hardener.device.parsers import trust as trust_parser
from hardener.errors import UnsafeValue
from hardener.i18n.markers import N_

State = Any  # a JSON value
USER = "0"

# Package "enabled" states (PackageManager.COMPONENT_ENABLED_STATE_*).
ENABLED_DEFAULT, ENABLED_ON, ENABLED_DISABLED, ENABLED_DISABLED_USER = 0, 1, 2, 3


class ReadFailed(Exception):
    """The phone's answer to a read was not understood: the change must not go ahead."""


@dataclass(frozen=True)
class Kind:
    name: str
    reversible: bool
    validate: Callable[[Mapping[str, Any]], dict[str, Any]]
    read: Callable[[Mapping[str, Any]], str]
    parse: Callable[[Mapping[str, Any], CommandOutput], State]
    target: Callable[[Mapping[str, Any], State], State]
    write: Callable[[Mapping[str, Any], State], str]
    restore: Callable[[Mapping[str, Any], State], str] | None
    describe: Callable[[Mapping[str, Any], State], str]
    # Whether the phone's state ``now`` counts as the wanted ``target`` (default: equal).
    satisfied: Callable[[Mapping[str, Any], State, State], bool] = lambda _a, now, target: bool(now == target)


# --- settings ---------------------------------------------------------------------------------


def _v_setting(a: Mapping[str, Any]) -> dict[str, Any]:
    value = a.get("value")
    return {
        "table": q.table(str(a.get("table"))),
        "key": q.setting_key(str(a.get("key"))),
        "value": None if value is None else q.setting_value(str(value)),
    }


def _read_setting(a: Mapping[str, Any]) -> str:
    return q.command("settings", "get", a["table"], a["key"])


def _parse_setting(a: Mapping[str, Any], out: CommandOutput) -> State:
    parsed = settings_parser.parse_settings_get(out)
    if parsed.problems and parsed.value is None:
        raise ReadFailed("; ".join(parsed.problems))
    return parsed.value


def _write_setting(a: Mapping[str, Any], value: State) -> str:
    if value is None:
        return q.command("settings", "delete", a["table"], a["key"])
    return q.command("settings", "put", a["table"], a["key"], q.setting_value(str(value)))


def _describe_setting(a: Mapping[str, Any], value: State) -> str:
    return N_("(not set)") if value is None else str(value)


SETTING = Kind(
    "setting",
    True,
    _v_setting,
    _read_setting,
    _parse_setting,
    lambda a, _now: a["value"],
    _write_setting,
    _write_setting,
    _describe_setting,
)


# --- packages: permission, enabled, suspended ----------------------------------------------------


def _v_pkg(a: Mapping[str, Any]) -> dict[str, Any]:
    return {"package": q.package(str(a.get("package")))}


def _v_perm(a: Mapping[str, Any]) -> dict[str, Any]:
    return {"package": q.package(str(a.get("package"))), "permission": q.permission(str(a.get("permission")))}


def _read_package(a: Mapping[str, Any]) -> str:
    return q.command("dumpsys", "package", a["package"])


def _user0(a: Mapping[str, Any], out: CommandOutput) -> Any:
    parsed = package_dump.parse_dumpsys_package(out)
    detail = (parsed.value or {}).get(a["package"])
    if detail is None:
        raise ReadFailed(f"the phone did not describe {a['package']}")
    for user in detail.users:
        if user.user_id == 0:
            return user
    raise ReadFailed(f"no user 0 state for {a['package']}")


def _parse_granted(a: Mapping[str, Any], out: CommandOutput) -> State:
    user = _user0(a, out)
    for perm in user.runtime_permissions:
        if perm.name == a["permission"]:
            return bool(perm.granted)
    if not getattr(user, "runtime_permissions_known", True):
        # A shared-uid app whose grants the dump did not show: never guess "not granted".
        raise ReadFailed(f"runtime permissions of {a['package']} not shown")
    return False  # listed nowhere among this user's runtime permissions: not granted


def _write_grant(a: Mapping[str, Any], granted: State) -> str:
    verb = "grant" if granted else "revoke"
    return q.command("pm", verb, "--user", USER, a["package"], a["permission"])


REVOKE_PERMISSION = Kind(
    "revoke_permission",
    True,
    _v_perm,
    _read_package,
    _parse_granted,
    lambda a, _now: False,
    _write_grant,
    _write_grant,
    lambda a, g: N_("allowed") if g else N_("not allowed"),
)


def _parse_enabled(a: Mapping[str, Any], out: CommandOutput) -> State:
    user = _user0(a, out)
    if user.enabled is None:
        raise ReadFailed("enabled state not shown")
    return int(user.enabled)


def _write_enabled(a: Mapping[str, Any], state: State) -> str:
    pkg = a["package"]
    if state == ENABLED_DISABLED_USER:
        return q.command("pm", "disable-user", "--user", USER, pkg)
    if state == ENABLED_ON:
        return q.command("pm", "enable", "--user", USER, pkg)
    # DEFAULT, and states the shell user may not set (DISABLED, DISABLED_UNTIL_USED), go back to
    # the app's default, the closest the shell can reach.
    return q.command("pm", "default-state", "--user", USER, pkg)


DISABLE_PACKAGE = Kind(
    "disable_package",
    True,
    _v_pkg,
    _read_package,
    _parse_enabled,
    lambda a, _now: ENABLED_DISABLED_USER,
    _write_enabled,
    _write_enabled,
    lambda a, s: N_("switched off") if s in (ENABLED_DISABLED, ENABLED_DISABLED_USER) else N_("on"),
)


def _parse_suspended(a: Mapping[str, Any], out: CommandOutput) -> State:
    user = _user0(a, out)
    if user.suspended is None:
        raise ReadFailed("suspended state not shown")
    return bool(user.suspended)


def _write_suspended(a: Mapping[str, Any], state: State) -> str:
    return q.command("pm", "suspend" if state else "unsuspend", "--user", USER, a["package"])


SUSPEND_PACKAGE = Kind(
    "suspend_package",
    True,
    _v_pkg,
    _read_package,
    _parse_suspended,
    lambda a, _now: True,
    _write_suspended,
    _write_suspended,
    lambda a, s: N_("paused") if s else N_("usable"),
)


def _write_clear(a: Mapping[str, Any], _state: State) -> str:
    return q.command("pm", "clear", "--user", USER, a["package"])


def _parse_exists(a: Mapping[str, Any], out: CommandOutput) -> State:
    _user0(a, out)
    return "present"


CLEAR_DATA = Kind(
    "clear_data",
    False,
    _v_pkg,
    _read_package,
    _parse_exists,
    lambda a, _now: "cleared",
    _write_clear,
    None,
    lambda a, s: N_("history and data kept on the phone") if s == "present" else N_("cleared"),
)


# --- app-ops ---------------------------------------------------------------------------------------


def _v_appop(a: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "package": q.package(str(a.get("package"))),
        "op": q.appop(str(a.get("op"))),
        "mode": q.appop_mode(str(a.get("mode"))),
    }


def _read_appop(a: Mapping[str, Any]) -> str:
    return q.command("appops", "get", "--user", USER, a["package"], a["op"])


def _parse_appop(a: Mapping[str, Any], out: CommandOutput) -> State:
    parsed = appops_parser.parse_appops_get(out, a["package"])
    if parsed.value is None:
        raise ReadFailed("; ".join(parsed.problems) or "app-op not readable")
    return str(parsed.value.get(a["op"], "default"))


def _write_appop(a: Mapping[str, Any], mode: State) -> str:
    return q.command("appops", "set", "--user", USER, a["package"], a["op"], q.appop_mode(str(mode)))


APPOP = Kind(
    "appop",
    True,
    _v_appop,
    _read_appop,
    _parse_appop,
    lambda a, _now: a["mode"],
    _write_appop,
    _write_appop,
    lambda a, m: {"allow": N_("allowed"), "ignore": N_("blocked"), "deny": N_("blocked"), "default": N_("default")}.get(
        str(m), str(m)
    ),
)


# --- backup -----------------------------------------------------------------------------------------


def _parse_bmgr(a: Mapping[str, Any], out: CommandOutput) -> State:
    parsed = backup_parser.parse_bmgr_enabled(out)
    if parsed.value is None:
        raise ReadFailed("; ".join(parsed.problems) or "backup state not readable")
    return bool(parsed.value)


def _write_bmgr(a: Mapping[str, Any], enabled: State) -> str:
    return q.command("bmgr", "enable", "true" if enabled else "false")


BMGR_ENABLE = Kind(
    "bmgr_enable",
    True,
    lambda a: {"enabled": bool(a.get("enabled"))},
    lambda a: "bmgr enabled",
    _parse_bmgr,
    lambda a, _now: a["enabled"],
    _write_bmgr,
    _write_bmgr,
    lambda a, e: N_("on") if e else N_("off"),
)


# --- special access held in colon-separated secure settings ------------------------------------------


def _v_component(a: Mapping[str, Any]) -> dict[str, Any]:
    return {"component": q.component(str(a.get("component")))}


def _colon_list_without(value: State, component: str) -> State:
    items = [x for x in str(value or "").split(":") if x]
    kept = [x for x in items if not _same_component(x, component)]
    return ":".join(kept) if kept else ""


def _same_component(a: str, b: str) -> bool:
    def full(c: str) -> str:
        pkg, _, cls = c.partition("/")
        return f"{pkg}/{pkg}{cls}" if cls.startswith(".") else c

    return full(a) == full(b)


def _setting_reader(key: str) -> Callable[[Mapping[str, Any]], str]:
    return lambda a: q.command("settings", "get", "secure", key)


def _write_accessibility(a: Mapping[str, Any], value: State) -> str:
    return _write_setting({"table": "secure", "key": "enabled_accessibility_services"}, value)


REMOVE_ACCESSIBILITY = Kind(
    "remove_accessibility_service",
    True,
    _v_component,
    _setting_reader("enabled_accessibility_services"),
    _parse_setting,
    lambda a, now: _colon_list_without(now, a["component"]),
    _write_accessibility,
    _write_accessibility,
    lambda a, v: N_("on") if _has_component(v, a["component"]) else N_("off"),
    lambda a, now, _target: not _has_component(now, a["component"]),
)


def _has_component(value: State, component: str) -> bool:
    return any(_same_component(x, component) for x in str(value or "").split(":") if x)


def _write_listener(a: Mapping[str, Any], _target: State) -> str:
    # Forward: the notification service's own verb, so it unbinds the listener at once.
    return q.command("cmd", "notification", "disallow_listener", a["component"])


def _restore_listeners(a: Mapping[str, Any], value: State) -> str:
    # Back: the exact list as it was (order included); the service watches this setting.
    return _write_setting({"table": "secure", "key": "enabled_notification_listeners"}, value)


DISALLOW_LISTENER = Kind(
    "disallow_listener",
    True,
    _v_component,
    _setting_reader("enabled_notification_listeners"),
    _parse_setting,
    lambda a, now: _colon_list_without(now, a["component"]),
    _write_listener,
    _restore_listeners,
    lambda a, v: (
        N_("can read your notifications") if _has_component(v, a["component"]) else N_("cannot read your notifications")
    ),
    lambda a, now, _target: not _has_component(now, a["component"]),
)


# --- lockdown -------------------------------------------------------------------------------------------

LOCKDOWN_BIT = 0x20


def _parse_lockdown(a: Mapping[str, Any], out: CommandOutput) -> State:
    parsed = trust_parser.parse_trust(out)
    if parsed.value is None:
        raise ReadFailed("; ".join(parsed.problems) or "trust state not readable")
    for user in parsed.value.users:
        if user.user_id == 0 and user.strong_auth_required is not None:
            return bool(user.strong_auth_required & LOCKDOWN_BIT)
    raise ReadFailed("strong-auth state not shown")


LOCKDOWN = Kind(
    "lockdown",
    False,
    lambda a: {},
    lambda a: "dumpsys trust",
    _parse_lockdown,
    lambda a, _now: True,
    lambda a, _s: "cmd lock_settings require-strong-auth STRONG_AUTH_REQUIRED_AFTER_USER_LOCKDOWN",
    None,
    lambda a, on: N_("locked down until the PIN is entered") if on else N_("normal"),
)


KINDS: Mapping[str, Kind] = {
    k.name: k
    for k in (
        SETTING,
        REVOKE_PERMISSION,
        DISABLE_PACKAGE,
        SUSPEND_PACKAGE,
        CLEAR_DATA,
        APPOP,
        BMGR_ENABLE,
        REMOVE_ACCESSIBILITY,
        DISALLOW_LISTENER,
        LOCKDOWN,
    )
}


def kind_of(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise UnsafeValue(f"unknown change kind {name!r:.40}", kind="change kind") from None


def app_touched(kind: str, args: Mapping[str, Any]) -> str | None:
    """The app a change acts on, if it acts on one: a permission, an app-op, a package state,
    or one app's accessibility service or notification access.

    Used to keep every change away from an app flagged as spying (changing it can warn the
    person who installed it) unless the person decides otherwise.
    """
    if "package" in args:
        return str(args["package"])
    if "component" in args:
        return str(args["component"]).partition("/")[0]
    return None
