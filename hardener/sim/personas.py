"""Personas: the practice phones a trainer (or a test) can pick, built from data files.

Each persona is a JSON file in ``hardener/sim/personas/``: the device, its settings, lock,
accounts, backup, admins and the apps that matter for its story. Everything else (system apps
per vendor, filler apps up to ``fill_to``, times, sizes, uids, paths) is generated
deterministically from the persona's ``seed`` and the shared ``_catalog.json``, so the big
benchmark phones (``apps-1000``) stay a few lines of data. A file may ``extend`` another
(files whose names start with ``_`` are bases, never listed).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from hardener.sim.commands import vfs
from hardener.sim.commands.permissions import HARD_RESTRICTED, RUNTIME, full_name, is_restricted, is_runtime
from hardener.sim.phone import (
    Account,
    BackupState,
    DeviceAdmin,
    DiskState,
    FsNode,
    LockState,
    OpRecord,
    Package,
    PackageUser,
    PermState,
    TrustAgent,
    UserRecord,
    VirtualPhone,
)

PERSONA_DIR = Path(__file__).with_name("personas")
_DAY_MS = 86_400_000
_SYSTEM_IMAGE_MS = 1_230_768_000_000  # 2009-01-01 00:00:00, the timestamp of preinstalled APKs


class UnknownPersona(LookupError):
    """No persona file by that name."""


@dataclass(frozen=True)
class PersonaInfo:
    name: str
    description: str
    android_release: str
    sdk: int
    app_count: int
    model: str = ""


def persona_names() -> list[str]:
    return sorted(p.stem for p in PERSONA_DIR.glob("*.json") if not p.stem.startswith("_"))


def list_personas() -> list[PersonaInfo]:
    return [persona_info(name) for name in persona_names()]


@cache
def persona_info(name: str) -> PersonaInfo:
    phone = load_persona(name)
    return PersonaInfo(
        name=name,
        description=phone.description,
        android_release=phone.release,
        sdk=phone.sdk,
        app_count=len(phone.packages),
        model=phone.props.get("ro.product.model", ""),
    )


def load_persona(name: str) -> VirtualPhone:
    """A fresh phone for the persona ``name`` (each call builds a new, independent phone)."""
    return build_phone(load_persona_data(name))


def load_persona_data(name: str) -> dict[str, Any]:
    path = PERSONA_DIR / f"{name}.json"
    if "/" in name or "\\" in name or not path.is_file():
        raise UnknownPersona(f"no practice phone called {name!r}; choose one of: {', '.join(persona_names())}")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    base = data.pop("extends", None)
    if base:
        parent = load_persona_data(base)
        data = _merge(parent, data)
    data.setdefault("name", name)
    data["name"] = name
    return data


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


@cache
def _catalog() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PERSONA_DIR / "_catalog.json").read_text(encoding="utf-8"))
    return data


# --- props ------------------------------------------------------------------------------------


def build_props(device: dict[str, Any], serial: str) -> dict[str, str]:
    """A realistic property list from a short device description."""
    sdk = int(device["sdk"])
    release = str(device["release"])
    manufacturer = device["manufacturer"]
    brand = device.get("brand", manufacturer.lower())
    name, dev, model = device["name"], device["device"], device["model"]
    build_id, incremental = device["build_id"], device["incremental"]
    build_type = device.get("build_type", "user")
    tags = "release-keys" if build_type == "user" else "test-keys"
    fingerprint = (device.get("fingerprint")
                   or f"{brand}/{name}/{dev}:{release}/{build_id}/{incremental}:{build_type}/{tags}")
    props = {
        "ro.build.version.release": release,
        "ro.build.version.sdk": str(sdk),
        "ro.build.version.security_patch": device["security_patch"],
        "ro.build.version.incremental": incremental,
        "ro.build.version.codename": "REL",
        "ro.build.version.preview_sdk": "0",
        "ro.build.version.base_os": "",
        "ro.build.id": build_id,
        "ro.build.display.id": device.get("display_id", f"{build_id}.{incremental}" if manufacturer != "Google"
                                           else f"{build_id}"),
        "ro.build.type": build_type,
        "ro.build.tags": tags,
        "ro.build.fingerprint": fingerprint,
        "ro.build.description": f"{name}-{build_type} {release} {build_id} {incremental} {tags}",
        "ro.build.date.utc": str(device.get("build_utc", 1_700_000_000)),
        "ro.build.user": "android-build",
        "ro.build.host": "abfarm-release-2004-0042",
        "ro.product.manufacturer": manufacturer,
        "ro.product.brand": brand,
        "ro.product.model": model,
        "ro.product.name": name,
        "ro.product.device": dev,
        "ro.product.board": device.get("board", dev),
        "ro.product.cpu.abi": "arm64-v8a",
        "ro.product.cpu.abilist": "arm64-v8a,armeabi-v7a,armeabi",
        "ro.product.locale": device.get("locale", "en-US"),
        "ro.hardware": device.get("hardware", dev),
        "ro.serialno": serial,
        "ro.boot.serialno": serial,
        "ro.bootloader": device.get("bootloader", f"{dev}-1.2-{incremental[:7]}"),
        "ro.boot.verifiedbootstate": device.get("verifiedbootstate", "green"),
        "ro.boot.flash.locked": str(device.get("flash_locked", 1)),
        "ro.boot.vbmeta.device_state": "locked" if device.get("flash_locked", 1) else "unlocked",
        "ro.debuggable": "1" if build_type != "user" else "0",
        "ro.secure": "1",
        "ro.adb.secure": "1",
        "ro.crypto.state": device.get("crypto_state", "encrypted"),
        "ro.crypto.type": device.get("crypto_type", "file"),
        "ro.oem_unlock_supported": "1",
        "sys.oem_unlock_allowed": str(device.get("oem_unlock_allowed", 0)),
        "sys.boot_completed": "1",
        "dev.bootcomplete": "1",
        "init.svc.adbd": "running",
        "persist.sys.usb.config": "mtp,adb",
        "sys.usb.config": "mtp,adb",
        "sys.usb.state": "mtp,adb",
        "persist.sys.timezone": device.get("timezone", "Europe/Berlin"),
        "persist.sys.locale": device.get("locale", "en-US"),
        "gsm.sim.state": device.get("sim_state", "LOADED"),
        "gsm.operator.alpha": device.get("operator", "Vodafone.de"),
        "gsm.operator.iso-country": "de",
        "gsm.network.type": "LTE",
        "gsm.version.baseband": device.get("baseband", f"g{dev}-00{sdk}-240101"),
        "net.bt.name": "Android",
        "dalvik.vm.heapsize": "512m",
        "dalvik.vm.heapgrowthlimit": "256m",
        "dalvik.vm.isa.arm64.variant": "cortex-a76",
        "dalvik.vm.usejit": "true",
        "dalvik.vm.dex2oat-Xms": "64m",
        "dalvik.vm.dex2oat-Xmx": "512m",
        "dalvik.vm.appimageformat": "lz4",
        "debug.atrace.tags.enableflags": "0",
        "ro.com.google.clientidbase": f"android-{brand}",
        "ro.opengles.version": "196610",
        "ro.sf.lcd_density": str(device.get("density", 420)),
        "ro.zygote": "zygote64_32",
        "ro.treble.enabled": "true" if sdk >= 26 else "false",
        "ro.kernel.version": device.get("kernel", "4.19"),
        "sim.kernel": device.get("kernel_full", "4.19.191-g1b2c3d4e5f60"),
        "vold.has_adoptable": "1",
        "persist.sys.dalvik.vm.lib.2": "libart.so",
        "ro.vendor.build.security_patch": device["security_patch"],
        "ro.vendor.build.fingerprint": fingerprint,
        "ro.bootimage.build.fingerprint": fingerprint,
        "ro.boot.hardware.sku": device.get("sku", model),
        "ro.boot.slot_suffix": "_a" if sdk >= 29 else "",
        "ro.build.ab_update": "true" if sdk >= 29 else "false",
        "ro.carrier": "unknown",
        "wifi.interface": "wlan0",
        "ro.config.ringtone": "Your_New_Adventure.ogg",
    }
    if sdk >= 29:
        for part in ("system", "vendor", "product", "odm"):
            props[f"ro.product.{part}.brand"] = brand
            props[f"ro.product.{part}.device"] = dev
            props[f"ro.product.{part}.manufacturer"] = manufacturer
            props[f"ro.product.{part}.model"] = model
            props[f"ro.product.{part}.name"] = name
            props[f"ro.{part}.build.fingerprint"] = fingerprint
            props[f"ro.{part}.build.version.sdk"] = str(sdk)
    if sdk >= 30:
        props["ro.build.version.release_or_codename"] = release
        props["ro.build.version.min_supported_target_sdk"] = "23" if sdk >= 34 else "17"
    if sdk >= 31:
        props["ro.build.version.release_or_preview_display"] = release
        props["ro.build.version.known_codenames"] = "Base,Base11,Cupcake,Donut,Eclair,Froyo,Gingerbread"
    if props["ro.crypto.state"] != "encrypted":
        props.pop("ro.crypto.type", None)
    for k, v in device.get("props", {}).items():
        if v is None:
            props.pop(k, None)
        else:
            props[k] = str(v)
    return props


# --- packages ---------------------------------------------------------------------------------


def _b64_16(rng: random.Random) -> str:
    return base64.urlsafe_b64encode(rng.randbytes(16)).decode("ascii")


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


class _Builder:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.cat = _catalog()
        self.rng = random.Random(str(data.get("seed", data["name"])))
        self.sdk = int(data["device"]["sdk"])
        clock = dt.datetime.fromisoformat(data.get("clock", "2024-09-02T15:40:00+00:00").replace("Z", "+00:00"))
        self.now_ms = int(clock.timestamp() * 1000)
        self.next_system_id = 10010
        self.next_app_id = 10180
        self.shared: dict[str, tuple[str, int]] = {}
        for shared_name, (uid, members) in self.cat["shared_users"].items():
            for member in members:
                self.shared[member] = (shared_name, uid)
        self.updated = set(self.cat["updated_system"])

    # --- one package -----------------------------------------------------------------------

    def _perm_list(self, names: list[str]) -> list[str]:
        out: list[str] = []
        for n in names:
            full = full_name(n)
            if full not in out:
                out.append(full)
        return out

    def make_package(self, phone: VirtualPhone, name: str, spec: dict[str, Any], *, system: bool,
                     priv: bool = False, folder: str | None = None, vendor: str = "") -> Package:
        rng = self.rng
        sdk = self.sdk
        shared = self.shared.get(name) if system else None
        if "app_id" in spec:
            app_id = int(spec["app_id"])
        elif shared:
            app_id = shared[1]
        elif system:
            app_id = self.next_system_id
            self.next_system_id += 1
        else:
            app_id = self.next_app_id
            self.next_app_id += 1
        data_path = (f"/data/app/~~{_b64_16(rng)}/{name}-{_b64_16(rng)}" if sdk >= 30
                     else f"/data/app/{name}-{_b64_16(rng)}")
        updated = system and (spec.get("updated", name in self.updated))
        if system:
            part = "/product" if vendor in ("google", "google_apps", "pixel") and sdk >= 29 else "/system"
            if name == "android":
                sys_path = "/system/framework/framework-res.apk"
            else:
                sys_path = f"{part}/{'priv-app' if priv else 'app'}/{folder or name.rsplit('.', 1)[-1].capitalize()}"
            code_path = data_path if updated else sys_path
        else:
            sys_path = None
            code_path = data_path
        installer = spec.get("installer", "com.android.vending" if (not system or updated) else None)
        if system and not updated and "installer" not in spec:
            installer = None
        vc = int(spec.get("vc", rng.randint(10, 400) * 1000 + rng.randint(0, 999)))
        vn = str(spec.get("vn", f"{rng.randint(1, 14)}.{rng.randint(0, 40)}.{rng.randint(0, 99)}"))
        profile = spec.get("profile")
        perms = list(self.cat["perm_profiles"].get(profile, [])) if profile else []
        if system and name in self.cat["system_perms"]:
            perms += self.cat["system_perms"][name]["perms"]
        perms += spec.get("perms", [])
        if system and not perms:
            perms = ["RECEIVE_BOOT_COMPLETED", "WAKE_LOCK"] + (["INTERNET"] if rng.random() < 0.4 else [])
        requested = self._perm_list(perms)
        installed_days = float(spec.get("installed_days_ago", rng.uniform(20, 900)))
        updated_days = float(spec.get("updated_days_ago", min(installed_days, rng.uniform(0, 60))))
        first_install = _SYSTEM_IMAGE_MS if system else self.now_ms - int(installed_days * _DAY_MS)
        last_update = (self.now_ms - int(updated_days * _DAY_MS)) if (updated or not system) else first_install
        mb = spec.get("mb") or ([rng.randint(5, 60), rng.randint(0, 40), rng.randint(0, 20)] if system
                                else [rng.randint(8, 150), rng.randint(1, 300), rng.randint(0, 200)])
        use = spec.get("use")
        if use is None and not system:
            use = [rng.uniform(0.1, 200), rng.randint(1, 30), rng.randint(1, 6)] if rng.random() < 0.75 else None
        pkg = Package(
            name=name,
            app_id=app_id,
            version_code=vc,
            version_name=vn,
            min_sdk=int(spec.get("min", 26 if sdk >= 28 else 21)),
            target_sdk=int(spec.get("target", min(sdk, 34) if system else min(34, max(28, sdk - rng.randint(0, 2))))),
            installer=installer,
            initiating_installer=installer if not system else None,
            code_path=code_path,
            system=system,
            privileged=priv,
            system_code_path=sys_path if updated else None,
            system_version_code=max(1, vc - 1_000_000) if updated else None,
            shared_user=shared[0] if shared else None,
            test_only=bool(spec.get("test_only", False)),
            debuggable=bool(spec.get("debuggable", False)),
            allow_backup=bool(spec.get("allow_backup", True)),
            label=str(spec.get("label", name.rsplit(".", 1)[-1].capitalize())),
            first_install_ms=first_install,
            last_update_ms=last_update,
            requested=requested,
            app_bytes=int(float(mb[0]) * 1_048_576) + rng.randint(0, 1_000_000),
            data_bytes=int(float(mb[1]) * 1_048_576) + rng.randint(0, 1_000_000),
            cache_bytes=int(float(mb[2]) * 1_048_576) + rng.randint(0, 100_000),
            last_used_ms=(self.now_ms - int(float(use[0]) * _DAY_MS)) if use else None,
            total_time_used_ms=int(float(use[1]) * 60_000) if use else 0,
            launch_count=int(use[2]) if use else 0,
            signing_sha1=hashlib.sha1(f"cert:{name}:{'platform' if system else 'dev'}".encode(
                "utf-8", "surrogateescape"), usedforsecurity=False).hexdigest().upper(),
            components=dict(spec.get("components", {})),
            disabled_components=list(spec.get("disabled_components", [])),
        )
        dev_only = ("PACKAGE_USAGE_STATS", "WRITE_SECURE_SETTINGS")
        pkg.install_permissions = [p for p in requested if p not in RUNTIME and not p.endswith(dev_only)]
        users = spec.get("users")
        if users is None:
            users = [u.id for u in phone.users] if system else [0]
        for user_id in users:
            pkg.users[int(user_id)] = self._user_state(pkg, spec, int(user_id))
        return pkg

    def _grant_set(self, pkg: Package, spec: dict[str, Any]) -> set[str]:
        grant = spec.get("grant")
        if grant is None and pkg.system and pkg.name in self.cat["system_perms"]:
            grant = self.cat["system_perms"][pkg.name].get("grant", [])
        if grant == "*":
            return set(pkg.requested)
        return set(self._perm_list(list(grant or [])))

    def _user_state(self, pkg: Package, spec: dict[str, Any], user_id: int) -> PackageUser:
        rng = self.rng
        sdk = self.sdk
        st = PackageUser(
            ce_inode=int(hashlib.md5(f"{pkg.name}:{user_id}".encode("utf-8", "surrogateescape"),
                                     usedforsecurity=False).hexdigest()[:6], 16) + 100000,
            first_install_ms=pkg.first_install_ms,
        )
        per_user = spec.get("user_state", {}).get(str(user_id), {}) if user_id else spec
        st.enabled = int(per_user.get("enabled", 0))
        st.suspended = bool(per_user.get("suspended", False))
        if st.suspended:
            st.suspending_package = "com.android.shell"
        st.hidden = bool(per_user.get("hidden", False))
        st.installed = not per_user.get("uninstalled", False)
        st.stopped = pkg.last_used_ms is None and not pkg.system
        st.not_launched = pkg.last_used_ms is None and not pkg.system
        if st.enabled in (2, 3, 4):
            st.last_disabled_caller = per_user.get("disabled_by", "com.android.settings")
        granted = self._grant_set(pkg, spec)
        fixed_system = pkg.system and self.cat["system_perms"].get(pkg.name, {}).get("fixed", False)
        user_fixed = set(self._perm_list(spec.get("deny_fixed", [])))
        extra_flags: dict[str, list[str]] = {full_name(k): v for k, v in spec.get("perm_flags", {}).items()}
        sideloaded = pkg.installer not in ("com.android.vending", None) and not pkg.system
        for perm in pkg.requested:
            if not is_runtime(perm, sdk):
                continue
            is_granted = perm in granted
            flags: list[str] = []
            if pkg.system:
                if is_granted:
                    flags.append("GRANTED_BY_DEFAULT")
                    if fixed_system:
                        flags.append("SYSTEM_FIXED")
                if is_restricted(perm, sdk):
                    flags.append("RESTRICTION_SYSTEM_EXEMPT")
            else:
                if sdk >= 29:
                    flags += ["USER_SENSITIVE_WHEN_GRANTED", "USER_SENSITIVE_WHEN_DENIED"]
                if is_granted:
                    flags.append("USER_SET")
                if perm in user_fixed:
                    flags += ["USER_SET", "USER_FIXED"]
                if is_restricted(perm, sdk):
                    if sideloaded:
                        flags.append("APPLY_RESTRICTION")
                        if perm in HARD_RESTRICTED:
                            is_granted = False
                    else:
                        flags.append("RESTRICTION_INSTALLER_EXEMPT")
                if sdk >= 30 and perm.endswith(("ACCESS_FINE_LOCATION", "ACCESS_COARSE_LOCATION")) and is_granted \
                        and rng.random() < 0.3:
                    flags.append("ONE_TIME")
            flags += extra_flags.get(perm, [])
            st.runtime[perm] = PermState(is_granted, sorted(set(flags)))
        ops: dict[str, Any] = dict(spec.get("ops", {}))
        if not pkg.system and "android.permission.WAKE_LOCK" in pkg.requested and pkg.last_used_ms:
            ops.setdefault("WAKE_LOCK", {"mode": "allow", "access_min_ago": rng.randint(2, 3000),
                                         "duration_ms": rng.randint(20, 4000)})
        if not pkg.system and pkg.last_used_ms and rng.random() < 0.5:
            ops.setdefault("TOAST_WINDOW", {"mode": "allow", "access_min_ago": rng.randint(60, 20000)})
        for op, raw in ops.items():
            if isinstance(raw, str):
                st.ops[op] = OpRecord(raw)
            else:
                ago = raw.get("access_min_ago")
                rej = raw.get("reject_min_ago")
                st.ops[op] = OpRecord(
                    str(raw.get("mode", "allow")),
                    access_ms=self.now_ms - int(ago) * 60_000 if ago is not None else None,
                    reject_ms=self.now_ms - int(rej) * 60_000 if rej is not None else None,
                    duration_ms=raw.get("duration_ms"),
                )
        return st

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
                last_changed_ms=self.now_ms - int(float(raw.get("changed_days_ago", 200)) * _DAY_MS),
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
    return _Builder(data).build()


__all__ = ["PersonaInfo", "UnknownPersona", "build_phone", "list_personas", "load_persona", "persona_names"]
