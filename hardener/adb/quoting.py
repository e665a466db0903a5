"""Validate and quote every value before it goes into a phone shell command.

Package names, permission names, setting keys and values reach us from the phone itself, and
a broken or hostile phone can print anything. A value is first checked against the strict
pattern of its kind (Android's own rules, narrowed), then single-quoted for the phone's
``sh``. Both steps, always: validation keeps garbage out of the plan, quoting keeps the
shell from ever reading a value as code.
"""

from __future__ import annotations

import re

from hardener.errors import UnsafeValue

# Android: at least two segments, each starting with a letter; letters, digits and "_" only.
_PACKAGE = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)+")
_CLASS = re.compile(r"\.?[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)*")
_PERMISSION = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+")
_SETTING_KEY = re.compile(r"[A-Za-z0-9_.\-]{1,100}")
_APPOP = re.compile(r"[A-Z][A-Z0-9_]{1,63}")
_APPOP_MODES = frozenset({"allow", "ignore", "deny", "default", "foreground"})
_TABLES = frozenset({"system", "secure", "global"})
_DEVICE_PATH = re.compile(r"/(?:[A-Za-z0-9_.\-]+/)*[A-Za-z0-9_.\-]+")
_ACTION = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+")
MAX_SETTING_VALUE = 4096


def _check(kind: str, value: str, pattern: re.Pattern[str], max_len: int = 255) -> str:
    if not isinstance(value, str) or len(value) > max_len or not pattern.fullmatch(value):
        raise UnsafeValue(f"unsafe {kind}: {value!r:.80}", kind=kind)
    return value


def package(name: str) -> str:
    return _check("package name", name, _PACKAGE)


def component(name: str) -> str:
    """``pkg/cls`` or ``pkg/.Cls``, as Android writes components in settings."""
    pkg, sep, cls = name.partition("/")
    if not sep:
        raise UnsafeValue(f"unsafe component: {name!r:.80}", kind="component")
    package(pkg)
    _check("component", cls, _CLASS)
    return name


def permission(name: str) -> str:
    return _check("permission", name, _PERMISSION)


def setting_key(key: str) -> str:
    return _check("setting key", key, _SETTING_KEY)


def table(name: str) -> str:
    if name not in _TABLES:
        raise UnsafeValue(f"unsafe settings table: {name!r:.40}", kind="settings table")
    return name


def appop(op: str) -> str:
    return _check("app-op", op, _APPOP)


def appop_mode(mode: str) -> str:
    if mode not in _APPOP_MODES:
        raise UnsafeValue(f"unsafe app-op mode: {mode!r:.40}", kind="app-op mode")
    return mode


def device_path(path: str) -> str:
    if ".." in path.split("/"):
        raise UnsafeValue(f"unsafe path: {path!r:.80}", kind="path")
    return _check("path", path, _DEVICE_PATH, max_len=512)


def intent_action(action: str) -> str:
    return _check("intent action", action, _ACTION)


def user_id(value: int) -> str:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 100000:
        raise UnsafeValue(f"unsafe user id: {value!r:.20}", kind="user id")
    return str(value)


def setting_value(value: str) -> str:
    """Setting values are free text on Android; we refuse only what no real setting holds."""
    if (
        not isinstance(value, str)
        or len(value) > MAX_SETTING_VALUE
        or any(c in value for c in "\x00\n\r")
    ):
        raise UnsafeValue(f"unsafe setting value: {value!r:.80}", kind="setting value")
    return value


def sh_quote(value: str) -> str:
    """Single-quote for the phone's sh (mksh/toybox): nothing inside is special but ``'``."""
    if "\x00" in value:
        raise UnsafeValue("NUL byte in a shell argument", kind="shell argument")
    return "'" + value.replace("'", "'\\''") + "'"


def command(*words: str) -> str:
    """Join already-validated words into one command line, quoting each that needs it."""
    out = []
    for word in words:
        if word and re.fullmatch(r"[A-Za-z0-9_./:=@%+,\-]+", word):
            out.append(word)
        else:
            out.append(sh_quote(word))
    return " ".join(out)
