"""Building a whole :class:`VirtualPhone` from a persona's data (see :mod:`hardener.sim.personas`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from hardener.sim.commands import vfs
from hardener.sim.commands.permissions import is_runtime
from hardener.sim.persona_apps import DAY_MS, AppMaker
from hardener.sim.persona_props import build_props
from hardener.sim.phone import (
    Account,
    BackupState,
    DeviceAdmin,
    DiskState,
    FsNode,
    LockState,
    TrustAgent,
    UserRecord,
    VirtualPhone,
)

PERSONA_DIR = Path(__file__).with_name("personas")


@cache
def catalog() -> dict[str, Any]:
    """The shared ``_catalog.json``: system app sets, permission profiles, default settings."""
    data: dict[str, Any] = json.loads((PERSONA_DIR / "_catalog.json").read_text(encoding="utf-8"))
    return data


def _parse_system_entry(entry: str) -> tuple[str, bool, str | None, int | None, int | None]:
    """``!name=Dir@29`` -> (name, privileged, dir, min sdk, max sdk)."""
    lo = hi = None
    if "@" in entry:
        entry, limit = entry.rsplit("@", 1)
        if limit.startswith("-"):
            hi = int(limit[1:])
        else:
            lo = int(limit)
    priv = entry.startswith("!")
    entry = entry.lstrip("!")
    name, _, folder = entry.partition("=")
    return name, priv, folder or None, lo, hi


class PhoneBuilder(AppMaker):
    """One persona file -> one phone; the package half is :class:`AppMaker`."""

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__(data, catalog())

    # --- the whole phone -------------------------------------------------------------------

    def build(self) -> VirtualPhone:
        data = self.data
        device = data["device"]
        serial = data.get("serial") or hashlib.sha1(
            data["name"].encode(), usedforsecurity=False).hexdigest()[:12].upper()
        props = build_props(device, serial)
        sim = data.get("sim", {"auth_mode": "prompt-accept", "prompt_delay_s": 1.0})
        phone = VirtualPhone(name=data["name"], description=data.get("description", ""), props=props,
                             now_ms=self.now_ms, sim=sim)
        self._users(phone)
        self._packages(phone)
        self._settings(phone)
        self._lock(phone)
        self._accounts(phone)
        self._backup(phone)
        self._admins(phone)
        self._roles(phone)
        self._disk(phone)
        self._faults(phone)
        self._files(phone)
        hw = data.get("hardware", {})
        phone.has_face_hardware = bool(hw.get("face", False))
        phone.has_fingerprint_hardware = bool(hw.get("fingerprint", True))
        phone.supports_secure_lock = bool(hw.get("secure_lock", True))
        phone.sp_enabled = bool(data.get("sp_enabled", True))
        return phone

    def _users(self, phone: VirtualPhone) -> None:
        default_flags = 0x4C13 if self.sdk >= 34 else 0xC13
        users = self.data.get("users") or [{"id": 0, "name": "Owner"}]
        phone.users = []
        for u in users:
            flags = u.get("flags")
            phone.users.append(UserRecord(
                id=int(u["id"]),
                name=str(u.get("name", "Owner")),
                flags=int(flags, 16) if isinstance(flags, str) else int(flags) if flags is not None else (
                    default_flags if int(u["id"]) == 0 else (0x1030 if self.sdk >= 30 else 0x30)),
                running=bool(u.get("running", True)),
                profile_parent=u.get("parent"),
                separate_challenge=bool(u.get("separate_challenge", False)),
            ))
        phone.current_user = int(self.data.get("current_user", 0))

    def _packages(self, phone: VirtualPhone) -> None:
        data = self.data
        removed = set(data.get("remove_system", []))
        entries: list[tuple[str, str]] = []
        for choice in data.get("system_sets", ["aosp", "google", "google_apps"]):
            vendor, _, limit = choice.partition(":")  # "aosp:20" = the first 20 that fit this version
            fitting = [e for e in self.cat["system_sets"][vendor] if self._fits(e)]
            entries += [(vendor, e) for e in (fitting[: int(limit)] if limit else fitting)]
        entries += [("extra", e) for e in data.get("system_extra", []) if self._fits(e)]
        for vendor, entry in entries:
            name, priv, folder, _, _ = _parse_system_entry(entry)
            if name in removed or name in phone.packages:
                continue
            phone.packages[name] = self.make_package(phone, name, {}, system=True, priv=priv, folder=folder,
                                                     vendor=vendor)
        for raw in data.get("apps", []):
            spec: dict[str, Any] = {"name": raw} if isinstance(raw, str) else dict(raw)
            name = spec["name"]
            template = self.cat["apps"].get(name, {})
            merged = {**template, **spec}
            system = bool(merged.get("system", False))
            if name in phone.packages:  # an override of a system app (grants, ops, state)
                existing = phone.packages[name]
                merged.setdefault("app_id", existing.app_id)
                phone.packages[name] = self.make_package(
                    phone, name, merged, system=existing.system, priv=existing.privileged,
                    folder=(existing.system_code_path or existing.code_path).rsplit("/", 1)[-1],
                    vendor="google" if existing.code_path.startswith("/product") else "")
                continue
            phone.packages[name] = self.make_package(phone, name, merged, system=system,
                                                     priv=bool(merged.get("priv", False)))
        self._fill(phone)

    def _fits(self, entry: str) -> bool:
        _, _, _, lo, hi = _parse_system_entry(entry)
        return not ((lo is not None and self.sdk < lo) or (hi is not None and self.sdk > hi))

    def _fill(self, phone: VirtualPhone) -> None:
        target = self.data.get("fill_to")
        if not target:
            return
        rng = self.rng
        filler = self.cat["filler"]
        missing = int(target) - len(phone.packages)
        system_share = float(self.data.get("fill_system_share", 0.25))
        overlays = [o for o in filler["system_overlays"] if o not in phone.packages]
        n_system = min(len(overlays), max(0, int(missing * system_share)))
        for name in overlays[:n_system]:
            phone.packages[name] = self.make_package(phone, name, {"perms": ["RECEIVE_BOOT_COMPLETED"]},
                                                     system=True, folder=name.rsplit(".", 1)[-1])
        combos = [(v, p) for v in filler["vendors"] for p in filler["products"]]
        rng.shuffle(combos)
        catalog_apps = [a for a in self.cat["apps"] if a not in phone.packages]
        rng.shuffle(catalog_apps)
        while len(phone.packages) < int(target):
            if catalog_apps and rng.random() < 0.3:
                name = catalog_apps.pop()
                spec = dict(self.cat["apps"][name])
            else:
                vendor, product = combos.pop()
                name = f"com.{vendor}.{product}"
                if name in phone.packages:
                    continue
                spec = {"profile": rng.choice(filler["profiles"]), "label": product.capitalize()}
            profile_perms = self._perm_list(self.cat["perm_profiles"].get(spec.get("profile", "basic"), []))
            if "grant" not in spec:
                runtime = [p for p in profile_perms if is_runtime(p, self.sdk)]
                spec["grant"] = [p for p in runtime if rng.random() < 0.45]
            phone.packages[name] = self.make_package(phone, name, spec, system=False)

    def _settings(self, phone: VirtualPhone) -> None:
        cat = self.cat["settings"]
        sdk = self.sdk
        data = self.data

        def table(name: str) -> dict[str, str | None]:
            out: dict[str, str | None] = dict(cat.get(name, {}))
            for key, values in cat.items():
                if not key.startswith(name + "@"):
                    continue
                limit = key.split("@", 1)[1]
                ok = sdk <= int(limit[1:]) if limit.startswith("-") else sdk >= int(limit)
                if ok:
                    out.update(values)
            return out

        overrides = data.get("settings", {})
        model = phone.props.get("ro.product.model", "Phone")
        phone.global_settings = table("global")
        phone.global_settings["device_name"] = model
        phone.global_settings.update(overrides.get("global", {}))
        for user in phone.users:
            secure = table("secure")
            secure["android_id"] = format(self.rng.getrandbits(64), "016x")
            secure["bluetooth_name"] = model
            system = table("system")
            if user.id == 0 or user.profile_parent is None:
                secure.update(overrides.get("secure", {}))
                system.update(overrides.get("system", {}))
            per_user = data.get("user_settings", {}).get(str(user.id), {})
            secure.update(per_user.get("secure", {}))
            system.update(per_user.get("system", {}))
            phone.user_settings[user.id] = {
                "secure": {k: v for k, v in secure.items() if v is not None or k in ("wear_os_version",)},
                "system": {k: v for k, v in system.items() if v is not None},
            }
        phone.global_settings = {k: v for k, v in phone.global_settings.items()
                                 if v is not None or k == "wear_os_version"}

    def _lock(self, phone: VirtualPhone) -> None:
        spec = self.data.get("lock", {})
        per_user = spec if all(k.isdigit() for k in spec) and spec else {"0": spec}
        for user in phone.users:
            raw = per_user.get(str(user.id), {} if user.id else per_user.get("0", {}))
            lk = LockState(
                credential=str(raw.get("credential", "swipe")),
                secret=raw.get("secret"),
                fingerprints=int(raw.get("fingerprints", 0)),
                faces=int(raw.get("faces", 0)),
                strong_auth=int(raw.get("strong_auth", 0)),
                device_locked=bool(raw.get("device_locked", False)),
                trusted=bool(raw.get("trusted", False)),
                last_changed_ms=self.now_ms - int(float(raw.get("changed_days_ago", 200)) * DAY_MS),
            )
            if lk.secure or self.sdk >= 30:
                lk.sp_handle = self.rng.getrandbits(63) | 1
            if lk.secure:
                lk.sid = self.rng.getrandbits(63) | 1
            phone.locks[user.id] = lk
        phone.trust_agents = [
            TrustAgent(component=a["component"], user_id=int(a.get("user", 0)), bound=a.get("bound", True),
                       connected=a.get("connected", True), managing_trust=a.get("managing_trust", True),
                       trusted=a.get("trusted", False), message=a.get("message", ""))
            for a in self.data.get("trust_agents", [])
        ]

    def _accounts(self, phone: VirtualPhone) -> None:
        phone.accounts = [
            Account(name=a["name"], type=a["type"], user_id=int(a.get("user", 0)),
                    authorities={k: (int(v[0]), bool(v[1])) for k, v in a.get("authorities", {}).items()})
            for a in self.data.get("accounts", [])
        ]
        phone.master_sync = {u.id: True for u in phone.users}
        phone.master_sync.update({int(k): bool(v) for k, v in self.data.get("master_sync", {}).items()})

    def _backup(self, phone: VirtualPhone) -> None:
        spec = self.data.get("backup", {})
        transports = list(spec.get("transports", ["com.android.localtransport/.LocalTransport"]))
        phone.backup = {}
        for user in phone.users:
            over = spec.get("users", {}).get(str(user.id), {})
            state = BackupState(
                enabled=bool(over.get("enabled", spec.get("enabled", False))),
                activated=bool(over.get("activated", user.id == 0 or user.profile_parent is not None)),
                transports=list(over.get("transports", transports)),
                current=over.get("current", spec.get("current", transports[0] if transports else None)),
            )
            phone.backup[user.id] = state
            phone.settings_table("secure", user.id)["backup_enabled"] = "1" if state.enabled else "0"
            if state.current:
                phone.settings_table("secure", user.id)["backup_transport"] = state.current

    def _admins(self, phone: VirtualPhone) -> None:
        phone.admins = [
            DeviceAdmin(component=a["component"], user_id=int(a.get("user", 0)), policies=list(a.get("policies", [])),
                        test_only=bool(a.get("test_only", False)),
                        max_failed_passwords_for_wipe=int(a.get("max_failed_wipe", 0)),
                        password_quality=int(a.get("password_quality", 0)),
                        maximum_time_to_unlock=int(a.get("max_time_to_unlock", 0)))
            for a in self.data.get("admins", [])
        ]
        owner = self.data.get("device_owner")
        phone.device_owner = (owner["component"], int(owner.get("user", 0))) if owner else None
        phone.profile_owners = {int(k): v for k, v in self.data.get("profile_owners", {}).items()}

    def _roles(self, phone: VirtualPhone) -> None:
        spec = self.data.get("roles", {})
        per_user = spec if spec and all(k.isdigit() for k in spec) else {"0": spec}
        phone.roles = {int(u): {r: list(h) if isinstance(h, list) else [h] for r, h in roles.items()}
                       for u, roles in per_user.items()}
        # Other computers the phone trusts for USB debugging ("name@host"), besides the ones
        # allowed over the wire (adbd keeps those).
        phone.adb_trust.other_computers = [str(x) for x in self.data.get("adb_computers", [])]

    def _disk(self, phone: VirtualPhone) -> None:
        spec = self.data.get("disk", {})
        known = set(DiskState.__dataclass_fields__)
        phone.disk = DiskState(**{k: v for k, v in spec.items() if k in known})

    def _faults(self, phone: VirtualPhone) -> None:
        spec = dict(self.data.get("faults", {}))
        if isinstance(spec.get("ignore_writes"), list):
            spec["ignore_writes"] = set(spec["ignore_writes"])
        if "gate_tables" in spec:
            spec["gate_tables"] = set(spec["gate_tables"])
        for key, value in spec.items():
            if hasattr(phone.faults, key):
                setattr(phone.faults, key, value)

    def _files(self, phone: VirtualPhone) -> None:
        stamp = self.now_ms // 1000
        vfs.default_tree(phone, stamp - 86400 * 200)
        files: dict[str, str] = dict(self.data.get("files", {}))
        if "com.whatsapp" in phone.packages:
            root = ("/storage/emulated/0/Android/media/com.whatsapp/WhatsApp" if self.sdk >= 30
                    else "/storage/emulated/0/WhatsApp")
            for days in (0, 1, 2):
                day = dt.datetime.fromtimestamp(stamp - days * 86400, dt.UTC).strftime("%Y-%m-%d")
                name = "msgstore.db.crypt14" if days == 0 else f"msgstore-{day}.1.db.crypt14"
                files.setdefault(f"{root}/Databases/{name}", "\x00" * 64)
        for path, content in files.items():
            path = vfs.normalize(path)
            parts = path.strip("/").split("/")
            for i in range(1, len(parts)):
                d = "/" + "/".join(parts[:i])
                if d not in phone.fs:
                    phone.fs[d] = FsNode(True, 0o2770, uid=1023, gid=1023, mtime=stamp, shell_readable=True,
                                         shell_writable=d.startswith(("/storage/emulated/0", "/data/local/tmp")))
            phone.fs[path] = FsNode(False, 0o660, uid=1023, gid=1023, data=content.encode("utf-8", "surrogateescape"),
                                    mtime=stamp - 3600, shell_readable=True,
                                    shell_writable=path.startswith(("/storage/emulated/0", "/data/local/tmp")))


def build_phone(data: dict[str, Any]) -> VirtualPhone:
    return PhoneBuilder(data).build()
