"""Screen lock: ``locksettings`` (= ``cmd lock_settings``), ``dumpsys lock_settings``,
``dumpsys trust``, ``dumpsys fingerprint`` / ``face`` and ``dumpsys window policy``.

The shell command checks the current credential before almost every verb. With a secure lock
and no ``--old`` that check throws ("Credential can't be null or empty"), which is how hardener
learns a lock exists without counting a failed attempt. A wrong ``--old`` *does* count one:
``phone.failed_unlock_attempts`` lets tests prove hardener never guesses.
"""

from __future__ import annotations

import json

from hardener.sim.commands.base import Ctx, fmt_time, java_trace
from hardener.sim.phone import LockState, UserRecord, VirtualPhone

LOCKDOWN = 0x20
_CRED_API30 = {"none": "None", "swipe": "None", "pattern": "Pattern", "pin": "Pin", "password": "Password"}
_QUALITY = {"none": 0, "swipe": 0, "pattern": 65536, "pin": 196608, "password": 327680}
_THROTTLE_AFTER = 5


def _cred_name(sdk: int, credential: str) -> str:
    name = _CRED_API30[credential]
    return name.upper() if sdk >= 33 else name


def _credential_frames(sdk: int) -> list[str]:
    service = "com.android.server.locksettings.LockSettingsService"
    frames = [
        f"{service}.doVerifyCredential(LockSettingsService.java:{2129 if sdk >= 30 else 1727})",
        f"{service}.checkCredential(LockSettingsService.java:{2074 if sdk >= 30 else 1699})",
        "com.android.internal.widget.LockPatternUtils.checkCredential"
        f"(LockPatternUtils.java:{388 if sdk >= 30 else 341})",
        "com.android.server.locksettings.LockSettingsShellCommand.checkCredential(LockSettingsShellCommand.java:282)",
        "com.android.server.locksettings.LockSettingsShellCommand.onCommand(LockSettingsShellCommand.java:86)",
    ]
    if sdk >= 31:
        frames.append("com.android.modules.utils.BasicShellCommandHandler.exec(BasicShellCommandHandler.java:97)")
        frames.append("android.os.ShellCommand.exec(ShellCommand.java:38)")
    else:
        frames.append("android.os.ShellCommand.exec(ShellCommand.java:104)")
    frames.append(f"{service}.onShellCommand(LockSettingsService.java:2368)")
    frames.append("android.os.Binder.shellCommand(Binder.java:1049)")
    frames.append("android.os.Binder.onTransact(Binder.java:877)")
    return frames


def _exempt(sdk: int) -> set[str]:
    if sdk >= 31:
        return {"help", "remove-cache", "set-resume-on-reboot-provider-package", "require-strong-auth"}
    if sdk >= 30:
        return {"help"}
    return set()


def _known_verbs(sdk: int) -> set[str]:
    verbs = {"set-pattern", "set-pin", "set-password", "clear", "verify", "set-disabled", "get-disabled",
             "help"}
    if 28 <= sdk <= 33:
        verbs.add("sp")
    if sdk >= 31:
        verbs |= {"remove-cache", "set-resume-on-reboot-provider-package", "require-strong-auth"}
    return verbs


def cmd_locksettings(ctx: Ctx) -> int:
    phone = ctx.phone
    sdk = ctx.sdk
    if not ctx.args:
        _help(ctx)
        return 0
    verb = ctx.args[0]
    old = ""
    user = phone.current_user
    positional: list[str] = []
    it = iter(ctx.args[1:])
    for arg in it:
        if arg == "--old":
            old = next(it, "")
        elif arg == "--user":
            raw = next(it, "0")
            user = int(raw) if raw.lstrip("-").isdigit() else 0
        else:
            positional.append(arg)
    lock = phone.lock_for(user)
    if verb not in ("help", "get-disabled", "set-disabled") and not phone.has_secure_lock_screen():
        ctx.errln("The device does not support lock screen - ignoring the command.")
        return 255
    if verb not in _exempt(sdk):
        if lock.secure:
            u = phone.get_user(user)
            if u is not None and u.profile_parent is not None and not u.separate_challenge:
                ctx.outln("Profile uses unified challenge")
                return 255
            if not old:
                ctx.errln(f"Error while executing command: {verb}")
                ctx.err(java_trace("java.lang.IllegalArgumentException", "Credential can't be null or empty",
                                   _credential_frames(sdk)))
                return 255
            if phone.failed_unlock_attempts >= _THROTTLE_AFTER:
                ctx.outln("Request throttled")
                return 255
            if old != lock.secret:
                phone.failed_unlock_attempts += 1
                ctx.outln(f"Old password '{old}' didn't match")
                return 255
            phone.failed_unlock_attempts = 0
        elif old:
            ctx.outln("Old password provided but user has no password")
            return 255
    if verb not in _known_verbs(sdk):
        ctx.errln(f"Unknown command: {verb}")
        return 0
    new = positional[0] if positional else ""
    if verb == "help":
        _help(ctx)
        return 0
    if verb == "get-disabled":
        ctx.outln("true" if lock.credential == "none" else "false")
        return 0
    if verb == "set-disabled":
        disabled = new == "true"
        ctx.outln(f"Lock screen disabled set to {str(disabled).lower()}")
        if not lock.secure:
            def apply_disabled() -> None:
                lock.credential = "none" if disabled else "swipe"

            phone.commit("lock", apply_disabled)
        return 0
    if verb == "verify":
        ctx.outln("Lock credential verified successfully")
        return 0
    if verb == "require-strong-auth":
        if new != "STRONG_AUTH_REQUIRED_AFTER_USER_LOCKDOWN":
            ctx.errln(f"Unsupported reason: {new}")
            return 255
        ctx.outln("Require strong auth for USER_ID -1 because of STRONG_AUTH_REQUIRED_AFTER_USER_LOCKDOWN")

        def lockdown() -> None:
            for state in {id(lk): lk for lk in (phone.lock_for(u.id) for u in phone.users)}.values():
                state.strong_auth |= LOCKDOWN
                state.trusted = False
                if state.secure:
                    state.device_locked = True
            for agent in phone.trust_agents:
                agent.trusted = False

        phone.commit("lock", lockdown)
        return 0
    if verb in ("set-pin", "set-password", "set-pattern"):
        kind = verb[4:]
        if not new:
            ctx.errln(f"Error while executing command: {verb}")
            ctx.err(java_trace("java.lang.IllegalArgumentException", "Credential can't be null or empty",
                               _credential_frames(sdk)[:1]))
            return 255
        ctx.outln(f"{kind.capitalize()} set to '{new}'")

        def apply_set() -> None:
            lock.credential = kind
            lock.secret = new
            lock.last_changed_ms = phone.now_ms()
            if not lock.sid:
                lock.sid = 0x3FFFCDA35EE6C180 ^ (user + 1)
                lock.sp_handle = 0x5F0EF3437A85F55 ^ (user + 7)

        phone.commit("lock", apply_set)
        return 0
    if verb == "clear":
        ctx.outln("Lock credential cleared")

        def apply_clear() -> None:
            lock.credential = "swipe"
            lock.secret = None
            lock.fingerprints = 0
            lock.faces = 0
            lock.sid = 0
            for agent in [a for a in phone.trust_agents if a.user_id == user]:
                agent.trusted = False

        phone.commit("lock", apply_clear)
        return 0
    return 0  # sp, remove-cache, set-resume-on-reboot-provider-package: nothing visible


def _help(ctx: Ctx) -> None:
    lines = [
        "lockSettings service commands:",
        "",
        "NOTE: when lock screen is set, all commands require the --old <CREDENTIAL> argument.",
        "",
        "  help",
        "    Prints this help text.",
        "",
        "  get-disabled [--old <CREDENTIAL>] [--user USER_ID]",
        "    Checks whether lock screen is disabled.",
        "",
        "  set-disabled [--old <CREDENTIAL>] [--user USER_ID] <true|false>",
        "    When true, disables lock screen.",
        "",
        "  set-pattern [--old <CREDENTIAL>] [--user USER_ID] <PATTERN>",
        "    Sets the lock screen as pattern, using the given PATTERN to unlock.",
        "",
        "  set-pin [--old <CREDENTIAL>] [--user USER_ID] <PIN>",
        "    Sets the lock screen as PIN, using the given PIN to unlock.",
        "",
        "  set-password [--old <CREDENTIAL>] [--user USER_ID] <PASSWORD>",
        "    Sets the lock screen as password, using the given PASSOWRD to unlock.",
        "",
        "  clear [--old <CREDENTIAL>] [--user USER_ID]",
        "    Clears the lock credentials.",
        "",
        "  verify [--old <CREDENTIAL>] [--user USER_ID]",
        "    Verifies the lock credentials.",
        "",
    ]
    if ctx.sdk >= 31:
        lines += [
            "  remove-cache [--user USER_ID]",
            "    Removes cached unified challenge for the managed profile.",
            "",
            "  set-resume-on-reboot-provider-package <package_name>",
            "    Sets the package name for server based resume on reboot service provider.",
            "",
            "  require-strong-auth [--user USER_ID] <reason>",
            "    Requires the strong authentication. The current supported reasons:",
            "    STRONG_AUTH_REQUIRED_AFTER_USER_LOCKDOWN.",
            "",
        ]
    ctx.out("\n".join(lines) + "\n")


# --- dumpsys lock_settings ------------------------------------------------------------------


def dumpsys_lock_settings(ctx: Ctx) -> int:
    phone = ctx.phone
    sdk = ctx.sdk
    out = ["Current lock settings service state:"]
    if sdk <= 29:
        out.append(f"SP Enabled = {str(phone.sp_enabled).lower()}")
        for u in phone.users:
            lk = phone.locks.get(u.id, LockState())
            out.append(f"    User {u.id}")
            out.append(f"        SP Handle = {lk.sp_handle if lk.secure else 0:x}")
            out.append(f"        SID = {lk.sid if lk.secure else 0:x}")
        ctx.out("\n".join(out) + "\n")
        return 0
    out += ["", "User State:"]
    for u in phone.users:
        lk = phone.locks.get(u.id, LockState())
        unified = u.profile_parent is not None and not u.separate_challenge
        cred = "none" if unified else lk.credential
        secure = cred in ("pattern", "pin", "password")
        out.append(f"  User {u.id}")
        out.append(f"    SP Handle: {lk.sp_handle:x}")
        changed = fmt_time(lk.last_changed_ms) if lk.last_changed_ms else "1970-01-01 00:00:00"
        out.append(f"    Last changed: {changed} ({lk.sp_handle ^ 0xB8212446331F2358:x})")
        out.append(f"    SID: {lk.sid if secure else 0:x}")
        out.append(f"    Quality: {0 if sdk >= 35 else _QUALITY[cred]}")
        out.append(f"    CredentialType: {_cred_name(sdk, cred)}")
        out.append(f"    SeparateChallenge: {str(u.separate_challenge).lower()}")
        out.append(f"    Metrics: {'known' if secure else 'unknown'}")
    out += ["", "Storage:"]
    for u in phone.users:
        lk = phone.locks.get(u.id, LockState())
        out.append(f"  User {u.id} [/data/system_de/{u.id}/spblob/]:")
        if lk.sp_handle:
            out.append(f"    {lk.sp_handle:016x}.spblob: [0x{0x1f8 + u.id:x}]")
            out.append(f"    {lk.sp_handle:016x}.pwd: [0x{0x3a:x}]")
    out += ["", "StrongAuth:", "PrimaryAuthFlags state:"]
    for u in phone.users:
        out.append(f"  userId={u.id}, primaryAuthFlags={phone.lock_for(u.id).strong_auth:x}")
    out += ["", "NonStrongBiometricAllowed state:", "", "RebootEscrow:", "  mRebootEscrowWanted=false",
            "  mRebootEscrowReady=false", "  mRebootEscrowListener=null", ""]
    ctx.out("\n".join(out) + "\n")
    return 0


# --- dumpsys trust --------------------------------------------------------------------------


def _user_header(u: UserRecord) -> str:
    return f' User "{u.name}" (id={u.id}, flags={u.flags:#x})'


def dumpsys_trust(ctx: Ctx) -> int:
    phone = ctx.phone
    out = ["Trust manager state:"]
    for u in phone.users:
        if u.profile_parent is not None:
            lk = phone.lock_for(u.id)
            out.append(_user_header(u) + " (managed profile)")
            out.append("   disabled because switching to this user is not possible.")
            continue
        lk = phone.lock_for(u.id)
        # Trust agents are bound only while a secure lock is set.
        agents = [a for a in phone.trust_agents if a.user_id == u.id] if lk.secure else []
        managed = lk.secure and any(a.managing_trust for a in agents)
        trusted = lk.trusted and managed and not lk.strong_auth
        locked = lk.secure and lk.device_locked and not trusted
        current = " (current)" if u.id == phone.current_user else ""
        out.append(f"{_user_header(u)}{current}: trusted={int(trusted)}, trustManaged={int(managed)}, "
                   f"deviceLocked={int(locked)}, strongAuthRequired={lk.strong_auth:#x}")
        out.append("   Enabled agents:")
        for a in agents:
            out.append(f"    {a.component}")
            out.append(f"     bound={int(a.bound)}, connected={int(a.connected)}, "
                       f"managingTrust={int(a.managing_trust and lk.secure)}, "
                       f"trusted={int(a.trusted and not lk.strong_auth)}")
            if a.trusted and not lk.strong_auth:
                out.append(f'      message="{a.message}"')
            if not a.connected:
                out.append("      restartScheduledAt=+4m59s")
        out.append("   Events:")
        out.append("")
    ctx.out("\n".join(out) + "\n")
    return 0


# --- biometrics -----------------------------------------------------------------------------


def _biometric_json(phone: VirtualPhone, service: str, face: bool) -> str:
    prints = []
    for u in phone.users:
        lk = phone.locks.get(u.id, LockState())
        count = lk.faces if face else lk.fingerprints
        entry: dict[str, int] = {"id": u.id, "count": count, "accept": 14 * count, "reject": 3 if count else 0,
                                 "acquire": 40 * count, "lockout": 0, "permanentLockout": 0}
        if phone.sdk >= 29:
            entry.update({"acceptCrypto": 0, "rejectCrypto": 0, "acquireCrypto": 0})
        prints.append(entry)
    return json.dumps({"service": service, "prints": prints}, separators=(",", ":"))


def dumpsys_fingerprint(ctx: Ctx) -> int:
    if not ctx.phone.has_fingerprint_hardware:
        ctx.errln("Can't find service: fingerprint")
        return 0
    ctx.outln(_biometric_json(ctx.phone, "Fingerprint Manager", face=False))
    return 0


def dumpsys_face(ctx: Ctx) -> int:
    if not ctx.phone.has_face_hardware or ctx.sdk < 29:
        ctx.errln("Can't find service: face")
        return 0
    ctx.outln(_biometric_json(ctx.phone, "Face Manager", face=True))
    return 0


# --- dumpsys window policy ------------------------------------------------------------------


def dumpsys_window(ctx: Ctx) -> int:
    phone = ctx.phone
    sdk = ctx.sdk
    lk = phone.lock_for(phone.current_user)
    showing = lk.device_locked or (lk.credential == "swipe" and lk.device_locked)
    lines = [
        "WINDOW MANAGER POLICY STATE (dumpsys window policy)",
        "    mSafeMode=false mSystemReady=true mSystemBooted=true",
        "    mCameraLensCoverState=LENS_COVER_ABSENT",
        "    mLidState=LID_ABSENT mLidOpenRotation=-1",
        "    mLastSystemUiFlags=0x0",
        "    mScreenOnEarly=true mScreenOnFully=true",
        "    mKeyguardDrawComplete=true mWindowManagerDrawComplete=true",
        "    mHasSoftInput=true mHapticTextHandleEnabled=false",
        "    mDockLayer=268435456 mStatusBarLayer=0",
        "    mShowingDream=false mDreamingLockscreen=false",
        "    KeyguardServiceDelegate",
        f"      showing={str(showing).lower()}",
    ]
    if sdk <= 28:
        lines.append(f"      showingAndNotOccluded={str(showing).lower()}")
    lines += [
        f"      inputRestricted={str(showing and lk.secure).lower()}",
        "      occluded=false",
        f"      secure={str(lk.secure).lower()}",
        "      dreaming=false",
        "      systemIsReady=true",
        f"      deviceHasKeyguard={str(lk.credential != 'none').lower()}",
        f"      enabled={str(lk.credential != 'none').lower()}",
        "      offReason=" + ("OFF_BECAUSE_OF_USER" if sdk >= 29 else "2"),
        f"      currentUser={phone.current_user}",
        "      bootCompleted=true",
        "      screenState=" + ("SCREEN_STATE_ON" if sdk >= 29 else "2"),
        "      interactiveState=" + ("INTERACTIVE_STATE_AWAKE" if sdk >= 29 else "2"),
        "      KeyguardStateMonitor",
        f"        mIsShowing={str(showing).lower()}",
        "        mSimSecure=false",
        f"        mInputRestricted={str(showing and lk.secure).lower()}",
        f"        mTrusted={str(lk.trusted).lower()}",
        f"        mCurrentUserId={phone.current_user}",
    ]
    ctx.out("\n".join(lines) + "\n")
    return 0
