"""Checking a trainer's persona file before a phone is built from it (``docs/persona-format.md``).

A mistake gets one sentence naming the file, the place in it and what was expected
(``myphone.json: device.sdk must be a whole number, not "34"``), instead of a Python traceback or,
worse, a phone silently missing what the trainer wrote. Unknown keys are refused for the same
reason: a typo (``"lokc"``) would otherwise be ignored.
"""

from __future__ import annotations

from typing import Any

_TOP: dict[str, type | tuple[type, ...]] = {
    "extends": str, "description": str, "seed": (int, str), "clock": str, "serial": str, "sim": dict,
    "device": dict, "hardware": dict, "system_sets": list, "system_extra": list, "remove_system": list,
    "apps": list, "fill_to": int, "fill_system_share": (int, float), "users": list, "current_user": int,
    "settings": dict, "user_settings": dict, "lock": dict, "trust_agents": list, "accounts": list,
    "master_sync": dict, "backup": dict, "admins": list, "device_owner": (dict, type(None)),
    "profile_owners": dict, "roles": dict, "disk": dict, "faults": dict, "files": dict, "sp_enabled": bool,
    "adb_computers": list, "name": str, "$comment": str,
}
DEVICE_REQUIRED = ("manufacturer", "model", "name", "device", "release", "sdk", "build_id", "incremental",
                   "security_patch")
_DEVICE_OPTIONAL = ("brand", "board", "hardware", "build_type", "build_utc", "fingerprint", "display_id",
                    "crypto_state", "crypto_type", "density", "bootloader", "baseband", "kernel", "kernel_full",
                    "locale", "timezone", "operator", "sim_state", "sku", "flash_locked", "oem_unlock_allowed",
                    "verifiedbootstate", "props")
_CREDENTIALS = ("none", "swipe", "pattern", "pin", "password")
_LOCK_KEYS = ("credential", "secret", "fingerprints", "faces", "strong_auth", "device_locked", "trusted",
              "changed_days_ago")
_APP_KEYS = ("name", "label", "installer", "grant", "deny_fixed", "perm_flags", "ops", "mb", "use", "users",
             "enabled", "suspended", "hidden", "uninstalled", "components", "disabled_components", "test_only",
             "debuggable", "allow_backup", "profile", "perms", "vc", "vn", "min", "target", "installed_days_ago",
             "updated_days_ago", "updated", "app_id", "user_state", "disabled_by")
_TYPE_WORDS = {str: "text", int: "a whole number", float: "a number", bool: "true or false", dict: "an object {...}",
               list: "a list [...]", type(None): "null"}


class PersonaFileError(ValueError):
    """The persona file cannot make a phone; the message says where and why."""


def _want(types: type | tuple[type, ...]) -> str:
    options = types if isinstance(types, tuple) else (types,)
    return " or ".join(_TYPE_WORDS.get(t, t.__name__) for t in options)


def _is(value: Any, types: type | tuple[type, ...]) -> bool:
    options = types if isinstance(types, tuple) else (types,)
    if isinstance(value, bool) and bool not in options:
        return False  # JSON true is not a number here
    return isinstance(value, options)


def _check(source: str, where: str, value: Any, types: type | tuple[type, ...]) -> None:
    if not _is(value, types):
        shown = repr(value) if not isinstance(value, str) else f'"{value}"'
        raise PersonaFileError(f"{source}: {where} must be {_want(types)}, not {shown[:60]}")


def validate(data: Any, source: str, *, needs_device: bool = True) -> None:
    """Raise :class:`PersonaFileError` for the first problem found in a persona's data."""
    _check(source, "the file", data, dict)
    for key, value in data.items():
        if key not in _TOP:
            known = ", ".join(sorted(k for k in _TOP if not k.startswith("$")))
            raise PersonaFileError(f"{source}: unknown key \"{key}\" (the keys a persona may have: {known})")
        _check(source, key, value, _TOP[key])
    if needs_device:
        if "description" not in data:
            raise PersonaFileError(f"{source}: \"description\" is missing (one line saying what this phone shows)")
        device = data.get("device")
        if device is None:
            raise PersonaFileError(f"{source}: \"device\" is missing (maker, model, Android version ...)")
        for key in DEVICE_REQUIRED:
            if key not in device:
                raise PersonaFileError(f"{source}: device.{key} is missing")
    device = data.get("device", {})
    for key, value in device.items():
        if key not in DEVICE_REQUIRED and key not in _DEVICE_OPTIONAL:
            raise PersonaFileError(f"{source}: unknown key device.{key}")
        if key == "sdk":
            _check(source, "device.sdk", value, int)
            if not 26 <= value <= 36:
                raise PersonaFileError(f"{source}: device.sdk must be an API level from 26 (Android 8) to 36")
        elif key == "props":
            _check(source, "device.props", value, dict)
        elif key in ("density", "build_utc", "flash_locked", "oem_unlock_allowed"):
            _check(source, f"device.{key}", value, int)
        else:
            _check(source, f"device.{key}", value, str)
    _validate_apps(source, data.get("apps", []))
    lock = data.get("lock", {})
    per_user = lock if lock and all(k.isdigit() for k in lock) else {"0": lock}
    for user, spec in per_user.items():
        _check(source, f"lock.{user}" if user != "0" or lock is not spec else "lock", spec, dict)
        for key, value in spec.items():
            if key not in _LOCK_KEYS:
                raise PersonaFileError(f"{source}: unknown key lock.{key}")
            if key == "credential" and value not in _CREDENTIALS:
                raise PersonaFileError(f"{source}: lock.credential must be one of {', '.join(_CREDENTIALS)}")
    for k, account in enumerate(data.get("accounts", [])):
        _check(source, f"accounts[{k}]", account, dict)
        for key in ("name", "type"):
            if key not in account:
                raise PersonaFileError(f"{source}: accounts[{k}].{key} is missing")
    for k, user in enumerate(data.get("users", [])):
        _check(source, f"users[{k}]", user, dict)
        if "id" not in user:
            raise PersonaFileError(f"{source}: users[{k}].id is missing")
    for table in ("global", "secure", "system"):
        values = data.get("settings", {}).get(table, {})
        _check(source, f"settings.{table}", values, dict)
        for key, value in values.items():
            _check(source, f"settings.{table}.{key}", value, (str, type(None)))
    for path, content in data.get("files", {}).items():
        if not path.startswith(("/sdcard/", "/storage/emulated/0/", "/data/local/tmp/")):
            raise PersonaFileError(f"{source}: files: {path} is not on /sdcard or in /data/local/tmp")
        _check(source, f"files.{path}", content, str)


def _validate_apps(source: str, apps: list[Any]) -> None:
    for k, app in enumerate(apps):
        if isinstance(app, str):
            continue
        _check(source, f"apps[{k}]", app, (str, dict))
        if "name" not in app:
            raise PersonaFileError(f"{source}: apps[{k}] needs a \"name\" (the package name)")
        for key in app:
            if key not in _APP_KEYS:
                raise PersonaFileError(f"{source}: unknown key apps[{k}].{key} (in {app['name']})")
        if "label" in app:
            _check(source, f"apps[{k}].label", app["label"], str)
        if "grant" in app and app["grant"] != "*":
            _check(source, f"apps[{k}].grant", app["grant"], list)
