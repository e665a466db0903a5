"""``dumpsys package packages`` and ``dumpsys package <pkg>``: per-app detail and permission grants.

Only ``Package [name]`` blocks under the top-level ``Packages:`` header describe installed apps.
The same block shape appears under ``Hidden system packages:`` (the factory copy of an updated
system app, whose stale grants must not overwrite the live ones) and ``SharedUser [..]`` blocks
under ``Shared users:``. For apps sharing a uid, Android up to at least 11 prints the runtime
(and install) grants only in the shared-user block, so an app without its own list takes them
from there; when that block is not in the output, the grants are marked unknown, not "none".

Indentation is read relative to each block's header rather than as fixed columns, so an OEM
that indents differently still parses, and a deeper nested list never leaks into its parent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from hardener.adb.output import CommandOutput
from hardener.device.facts import PackageDetail, PackageUserState, Parsed, PermissionState
from hardener.device.parsers._common import (
    dedupe,
    indent_of,
    is_digits,
    key_values,
    output_notes,
    parse_bool,
    parse_int,
    parse_iso_datetime,
    precheck,
    unknown,
)

_WHAT = "dumpsys package"
_SYSTEM_PREFIXES = ("/system/", "/product/", "/vendor/", "/system_ext/", "/odm/", "/oem/", "/apex/")
_SECTION_PACKAGES = "Packages"
_SECTION_HIDDEN = "Hidden system packages"
_SECTION_SHARED = "Shared users"
_FLAG_SPLIT = re.compile(r"[|\s,]+")
_HEX = re.compile(r"^[0-9a-fA-F]{1,64}$")


def _bracket_name(text: str, prefix: str) -> str | None:
    """``Package [com.x] (abc):`` -> ``com.x``."""
    if not text.startswith(prefix):
        return None
    end = text.find("]", len(prefix))
    if end <= len(prefix):
        return None
    return text[len(prefix) : end]


def _flag_list(value: str) -> tuple[str, ...]:
    start = value.find("[")
    end = value.rfind("]")
    inner = value[start + 1 : end] if 0 <= start < end else value
    return tuple(f for f in _FLAG_SPLIT.split(inner) if f)


def _permission(text: str) -> PermissionState | None:
    """``android.permission.CAMERA: granted=true, flags=[ USER_SET|... ]``."""
    idx = text.find(": granted=")
    if idx <= 0:
        return None
    name = text[:idx].strip()
    rest = text[idx + len(": granted=") :]
    tokens = rest.split(",", 1)[0].split()
    granted = parse_bool(tokens[0]) if tokens else None
    if granted is None:
        return None
    flags: tuple[str, ...] = ()
    fidx = rest.find("flags=[")
    if fidx >= 0:
        flags = _flag_list(rest[fidx + len("flags=") :])
    return PermissionState(name=name, granted=granted, flags=flags)


def _signature_hashes(value: str) -> tuple[str, ...]:
    """``PackageSignatures{7c086ab [e627f73a]}`` or ``{... signatures:[b378e95c], past ...}``."""
    idx = value.find("signatures:[")
    start = idx + len("signatures:") if idx >= 0 else value.find("[")
    if start < 0:
        return ()
    end = value.find("]", start)
    if end < 0:
        return ()
    items = value[start + 1 : end].split(",")
    return tuple(tok for item in items if (tok := item.strip().split(" ")[0]) and _HEX.match(tok))


def _shared_user_name(value: str) -> str | None:
    """``SharedUserSetting{6989d88 com.google.android.calendar.uid.shared/10048}`` -> the name."""
    if not value.startswith("SharedUserSetting{"):
        return value.strip() or None
    inner = value[len("SharedUserSetting{") :].rstrip("}")
    parts = inner.split(" ", 1)
    body = parts[1] if len(parts) == 2 else parts[0]
    name, _, _uid = body.rpartition("/")
    return (name or body).strip() or None


@dataclass
class _UserBuilder:
    user_id: int
    fields: dict[str, str]
    runtime: list[PermissionState] = field(default_factory=list)
    saw_runtime_list: bool = False


@dataclass
class _BlockBuilder:
    """Collects one ``Package [..]`` or ``SharedUser [..]`` block, whatever its indentation."""

    name: str
    header_indent: int
    key_indent: int | None = None
    keys: dict[str, str] = field(default_factory=dict)
    requested: list[str] = field(default_factory=list)
    install: list[PermissionState] = field(default_factory=list)
    users: list[_UserBuilder] = field(default_factory=list)
    list_name: str | None = None
    user: _UserBuilder | None = None
    user_sub_indent: int | None = None
    user_list: str | None = None
    bad_lines: int = 0

    def feed(self, indent: int, text: str) -> None:
        if self.key_indent is None:
            self.key_indent = indent
        if indent <= self.key_indent:
            self._key_line(text)
        elif self.user is not None:
            self._user_line(indent, text)
        elif self.list_name == "requested permissions":
            tokens = text.split(":", 1)[0].split()
            if tokens:
                self.requested.append(tokens[0])
        elif self.list_name == "install permissions":
            perm = _permission(text)
            if perm is None:
                self.bad_lines += 1
            else:
                self.install.append(perm)

    def _key_line(self, text: str) -> None:
        self.list_name = None
        self.user = None
        self.user_sub_indent = None
        self.user_list = None
        if text.startswith("User "):
            head, sep, rest = text.partition(":")
            uid_text = head[len("User ") :].strip()
            if sep and is_digits(uid_text) and len(uid_text) <= 9:
                self.user = _UserBuilder(int(uid_text), key_values(rest))
                self.users.append(self.user)
                return
        if text.endswith(":") and "=" not in text:
            self.list_name = text[:-1].strip()
            return
        key, sep, value = text.partition("=")
        if not sep:
            return
        key = key.strip()
        if key == "versionCode":
            for k, v in key_values(text).items():
                self.keys.setdefault(k, v)
        else:
            self.keys.setdefault(key, value.strip())

    def _user_line(self, indent: int, text: str) -> None:
        if self.user is None:
            return
        if self.user_sub_indent is None:
            self.user_sub_indent = indent
        if indent <= self.user_sub_indent:
            if text.endswith(":") and "=" not in text:
                self.user_list = text[:-1].strip()
                if self.user_list == "runtime permissions":
                    self.user.saw_runtime_list = True
            else:
                self.user_list = None
                key, sep, value = text.partition("=")
                if sep and key and " " not in key:
                    # Per-user values such as firstInstallTime= (Android 13+); the User line wins.
                    self.user.fields.setdefault(key, value.strip())
            return
        if self.user_list == "runtime permissions":
            perm = _permission(text)
            if perm is None:
                self.bad_lines += 1
            else:
                self.user.runtime.append(perm)


def _user_state(user: _UserBuilder, runtime: list[PermissionState], known: bool) -> PackageUserState:
    f = user.fields
    return PackageUserState(
        user_id=user.user_id,
        installed=parse_bool(f.get("installed")),
        hidden=parse_bool(f.get("hidden")),
        suspended=parse_bool(f.get("suspended")),
        stopped=parse_bool(f.get("stopped")),
        enabled=parse_int(f.get("enabled")),
        runtime_permissions=tuple(runtime),
        runtime_permissions_known=known,
    )


def _build(
    block: _BlockBuilder,
    shared: Mapping[str, _BlockBuilder],
    hidden_system: set[str],
    missing_shared: list[str],
) -> PackageDetail:
    k = block.keys
    flags = _flag_list(k["flags"]) if "flags" in k else ()
    pkg_flags = _flag_list(k["pkgFlags"]) if "pkgFlags" in k else ()
    code_path = k.get("codePath") or None
    is_system: bool | None = None
    if flags or pkg_flags:
        is_system = "SYSTEM" in flags or "SYSTEM" in pkg_flags
    if code_path is not None and code_path.startswith(_SYSTEM_PREFIXES):
        is_system = True
    if block.name in hidden_system:
        is_system = True
    shared_name = _shared_user_name(k["sharedUser"]) if "sharedUser" in k else None
    shared_block = shared.get(shared_name) if shared_name else None
    install = list(block.install)
    if not install and shared_block is not None:
        install = list(shared_block.install)
    users: list[PackageUserState] = []
    for user in block.users:
        runtime = user.runtime
        known = True
        if not user.saw_runtime_list and shared_name is not None:
            shared_user = None
            if shared_block is not None:
                shared_user = next((u for u in shared_block.users if u.user_id == user.user_id), None)
            if shared_user is not None:
                runtime = shared_user.runtime
            elif shared_block is None:
                known = False
        users.append(_user_state(user, runtime, known))
    if shared_name is not None and shared_block is None and any(not u.runtime_permissions_known for u in users):
        missing_shared.append(block.name)
    first_install = parse_iso_datetime(k.get("firstInstallTime", ""))
    if first_install is None:
        per_user = [t for u in block.users if (t := parse_iso_datetime(u.fields.get("firstInstallTime", "")))]
        first_install = min(per_user) if per_user else None
    app_id_text = k.get("appId", k.get("userId"))
    installer = k.get("installerPackageName")
    return PackageDetail(
        name=block.name,
        app_id=parse_int(app_id_text),
        version_code=parse_int(k.get("versionCode")),
        version_name=k.get("versionName"),
        installer=None if installer in (None, "", "null") else installer,
        first_install=first_install,
        last_update=parse_iso_datetime(k.get("lastUpdateTime", "")),
        code_path=code_path,
        is_system=is_system,
        shared_user=shared_name,
        requested_permissions=dedupe(block.requested),
        install_permissions=tuple(install),
        users=tuple(users),
        signature_hashes=_signature_hashes(k.get("signatures", "")),
        flags=flags,
    )


def parse_dumpsys_package(out: CommandOutput) -> Parsed[Mapping[str, PackageDetail]]:
    lines, failed = precheck(out, _WHAT)
    if failed is not None:
        return unknown(out, failed)
    section = ""
    saw_packages_header = False
    packages: list[_BlockBuilder] = []
    shared: dict[str, _BlockBuilder] = {}
    hidden_system: set[str] = set()
    current: _BlockBuilder | None = None
    # Section headers sit at the indentation of the first line: 0 from the phone, deeper when a
    # collecting tool indented each service's dump.
    base = next((indent_of(ln) for ln in lines if ln.strip()), 0)
    for line in lines:
        if not line.strip():
            continue
        indent = indent_of(line)
        text = line.strip()
        if indent <= base:
            if text.endswith(":"):
                section = text[:-1].strip()
                saw_packages_header = saw_packages_header or section == _SECTION_PACKAGES
                current = None
            continue
        if current is not None and indent > current.header_indent:
            current.feed(indent, text)
            continue
        current = None
        if section in ("", _SECTION_PACKAGES):
            name = _bracket_name(text, "Package [")
            if name is not None:
                current = _BlockBuilder(name, indent)
                packages.append(current)
        elif section == _SECTION_HIDDEN:
            name = _bracket_name(text, "Package [")
            if name is not None:
                hidden_system.add(name)
        elif section == _SECTION_SHARED:
            name = _bracket_name(text, "SharedUser [")
            if name is not None:
                current = _BlockBuilder(name, indent)
                shared.setdefault(name, current)
    problems = output_notes(out, _WHAT)
    if not packages:
        where = "under 'Packages:'" if saw_packages_header else "(no 'Packages:' section)"
        return unknown(out, *problems, f"{_WHAT}: no 'Package [..]' blocks found {where}")
    result: dict[str, PackageDetail] = {}
    missing_shared: list[str] = []
    duplicates = 0
    bad_lines = 0
    for block in packages:
        bad_lines += block.bad_lines
        if block.name in result:
            duplicates += 1
            continue
        result[block.name] = _build(block, shared, hidden_system, missing_shared)
    if missing_shared:
        problems.append(
            f"{_WHAT}: {len(missing_shared)} app(s) sharing a uid (e.g. {missing_shared[0]}) list no runtime "
            "permissions of their own and the output has no 'Shared users' block: their grants are unknown"
        )
    if duplicates:
        problems.append(f"{_WHAT}: {duplicates} package block(s) appeared twice; the first was kept")
    lost = [f"{_WHAT}: {bad_lines} permission line(s) not understood and skipped"] if bad_lines else []
    problems.extend(lost)
    if not saw_packages_header:
        problems.append(f"{_WHAT}: no 'Packages:' header; read every 'Package [..]' block outside other sections")
    return Parsed(result, tuple(problems), out.sdk, incomplete=tuple(lost))
