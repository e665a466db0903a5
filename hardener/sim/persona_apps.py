"""Making one package of a persona: ids, paths, versions, permissions, grants, app-ops per user.

Everything not written in the persona file is drawn from the persona's seeded random source in
a fixed order, so the same file always gives the same phone.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import random
from typing import Any

from hardener.sim.commands.permissions import HARD_RESTRICTED, RUNTIME, full_name, is_restricted, is_runtime
from hardener.sim.phone import OpRecord, Package, PackageUser, PermState, VirtualPhone

DAY_MS = 86_400_000
_SYSTEM_IMAGE_MS = 1_230_768_000_000  # 2009-01-01 00:00:00, the timestamp of preinstalled APKs


def _b64_16(rng: random.Random) -> str:
    return base64.urlsafe_b64encode(rng.randbytes(16)).decode("ascii")


class AppMaker:
    """The package-making half of the persona builder (see :mod:`hardener.sim.persona_build`)."""

    def __init__(self, data: dict[str, Any], catalog: dict[str, Any]) -> None:
        self.data = data
        self.cat = catalog
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
        first_install = _SYSTEM_IMAGE_MS if system else self.now_ms - int(installed_days * DAY_MS)
        last_update = (self.now_ms - int(updated_days * DAY_MS)) if (updated or not system) else first_install
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
            last_used_ms=(self.now_ms - int(float(use[0]) * DAY_MS)) if use else None,
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
