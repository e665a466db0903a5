"""Strict patterns for what checks pass on to the session layer, and safe display of phone text.

Package names, component names and permission names come from the phone, and a phone (or an
app on it) can print anything: shell metacharacters, newlines, right-to-left marks that make a
name read backwards. Checks show such text to the person only after :func:`shown` has made every
invisible or control character visible, and put it into an :class:`AutoFix` only when it passes
one of the patterns below. The ADB layer quotes again on its own; this is the first of two walls.
"""

from __future__ import annotations

import re

from hardener.inert import shown as shown  # the one helper; re-exported for the checks

# Android's own rule is looser (it allows any Java identifier letters); real package names on
# phones fit this ASCII pattern, and anything else is not worth the risk of passing on.
_PACKAGE = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+")
# A class is either short (".Service", relative to the package) or fully qualified. "$" (inner
# classes) is left out on purpose: it is a shell metacharacter and services are rarely inner.
_CLASS = re.compile(r"\.?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")
_PERMISSION = _PACKAGE
_APPOP = re.compile(r"[A-Z][A-Z0-9_]*")
_MAX_NAME = 255  # PackageManager's own limit on a package name's length


def is_package_name(text: str) -> bool:
    return len(text) <= _MAX_NAME and _PACKAGE.fullmatch(text) is not None


def is_component(text: str) -> bool:
    """``pkg/cls`` or ``pkg/.Cls``, each part strictly checked."""
    package, sep, cls = text.partition("/")
    return (
        sep == "/"
        and len(text) <= 2 * _MAX_NAME
        and is_package_name(package)
        and _CLASS.fullmatch(cls) is not None
    )


def is_permission(text: str) -> bool:
    return len(text) <= _MAX_NAME and _PERMISSION.fullmatch(text) is not None


def is_appop(text: str) -> bool:
    return len(text) <= 64 and _APPOP.fullmatch(text) is not None


def component_package(component: str) -> str:
    """The package part of ``pkg/cls`` (the whole text when there is no slash)."""
    return component.partition("/")[0]


def mask_account(name: str) -> str:
    """An account name reduced to a hint the owner recognises but a bystander cannot read.

    ``alice@gmail.com`` becomes ``a•••@g•••.com``; a phone number keeps its first two and last
    two characters. Reports must not name the person unless they ask (DESIGN: no trace).
    """
    name = name.strip()
    if not name:
        return "•••"
    local, at, domain = name.rpartition("@")
    if at and local and domain:
        host, dot, tld = domain.rpartition(".")
        masked_domain = f"{host[:1]}•••{dot}{tld}" if dot and host else f"{domain[:1]}•••"
        return shown(f"{local[:1]}•••@{masked_domain}")
    if len(name) > 6:
        return shown(f"{name[:2]}•••{name[-2:]}")
    return shown(f"{name[:1]}•••")
