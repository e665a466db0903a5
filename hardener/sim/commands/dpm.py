"""Device admins: ``dumpsys device_policy`` and ``dpm`` (= ``cmd device_policy`` from Android 11).

Shell cannot remove a real admin: ``dpm remove-active-admin`` works only for test-only admins
and otherwise throws "Attempt to remove non-test admin". On Android 9/10 ``dpm`` is a separate
app_process tool that dies with the stack trace; from 11 it is a service shell command.
"""

from __future__ import annotations

from hardener.sim.commands.base import (
    Ctx,
    component_info,
    java_trace,
    security_error,
    short_component,
    unflatten_component,
)
from hardener.sim.phone import DeviceAdmin, VirtualPhone


def _admin_uid(phone: VirtualPhone, admin: DeviceAdmin) -> int:
    pkg = phone.package(admin.component.split("/", 1)[0])
    return pkg.uid(admin.user_id) if pkg is not None else 1000


def _pretty(component: str) -> str:
    parsed = unflatten_component(component)
    return short_component(*parsed) if parsed else component


def dumpsys_device_policy(ctx: Ctx) -> int:
    phone = ctx.phone
    sdk = ctx.sdk
    lines = ["Current Device Policy Manager state:"]
    if sdk >= 31:
        lines += ["  Immutable state:", "    mHasFeature=true", "    mIsWatch=false", "    mIsAutomotive=false",
                  "    mHasTelephonyFeature=true", "    mSafetyChecker=null"]
    if phone.device_owner is not None:
        comp, owner_user = phone.device_owner
        parsed = unflatten_component(comp) or (comp, comp)
        lines += ["  Device Owner: ", f"    admin={component_info(*parsed)}", "    name=",
                  f"    package={parsed[0]}", f"    User ID: {owner_user}"]
    for user_id, comp in sorted(phone.profile_owners.items()):
        parsed = unflatten_component(comp) or (comp, comp)
        lines += [f"  Profile Owner (User {user_id}): ", f"    admin={component_info(*parsed)}", "    name=",
                  f"    package={parsed[0]}"]
    lines.append("")
    for user in phone.users:
        admins = [a for a in phone.admins if a.user_id == user.id]
        state = 3 if admins and phone.device_owner else 0
        lines.append(f"Enabled Device Admins (User {user.id}, provisioningState: {state}):")
        for a in admins:
            lines.append(f"  {_pretty(a.component)}:")
            lines.append(f"    uid={_admin_uid(phone, a)}")
            lines.append(f"    testOnlyAdmin={str(a.test_only).lower()}")
            lines.append("    policies:")
            lines.extend(f"      {p}" for p in a.policies)
            lines.append(f"    passwordQuality=0x{a.password_quality:x}")
            lines.append("    minimumPasswordLength=0")
            lines.append("    passwordHistoryLength=0")
            lines.append("    minimumPasswordUpperCase=0")
            lines.append("    minimumPasswordLowerCase=0")
            lines.append("    minimumPasswordLetters=1")
            lines.append("    minimumPasswordNumeric=1")
            lines.append("    minimumPasswordSymbols=1")
            lines.append("    minimumPasswordNonLetter=0")
            lines.append(f"    maximumTimeToUnlock={a.maximum_time_to_unlock}")
            lines.append("    strongAuthUnlockTimeout=0")
            lines.append(f"    maximumFailedPasswordsForWipe={a.max_failed_passwords_for_wipe}")
            lines.append("    specifiesGlobalProxy=false")
            lines.append("    passwordExpirationTimeout=0")
            lines.append("    passwordExpirationDate=0")
            lines.append("    encryptionRequested=false")
            lines.append("    disableCamera=false")
            lines.append("    disableCallerId=false")
            lines.append("    disableScreenCapture=false")
            lines.append("    requireAutoTime=false")
            lines.append("    disabledKeyguardFeatures=0")
        lines.append("")
        lines.append("  mPasswordOwner=-1")
        lines.append("  mUserControlDisabledPackages=[]")
        lines.append("  mAppsSuspended=false")
        lines.append("")
    lines.append("Encryption Status: " + ("per-user" if phone.props.get("ro.crypto.type") == "file"
                                         else "inactive" if phone.props.get("ro.crypto.state") != "encrypted"
                                         else "active"))
    ctx.out("\n".join(lines) + "\n")
    return 0


def cmd_dpm(ctx: Ctx) -> int:
    phone = ctx.phone
    if not ctx.args:
        ctx.out("usage: dpm [subcommand] [options]\n"
                "usage: dpm remove-active-admin [ --user <USER_ID> | current ] <COMPONENT>\n")
        return 0 if ctx.sdk >= 30 else 1
    verb, args = ctx.args[0], ctx.args[1:]
    user = phone.current_user
    rest: list[str] = []
    it = iter(args)
    for arg in it:
        if arg == "--user":
            raw = next(it, "0")
            user = phone.current_user if raw == "current" else int(raw) if raw.isdigit() else 0
        else:
            rest.append(arg)
    if verb == "list-owners" and ctx.sdk >= 30:
        owners = []
        if phone.device_owner:
            owners.append(f"User {phone.device_owner[1]}: admin={_pretty(phone.device_owner[0])},DeviceOwner")
        owners += [f"User {u}: admin={_pretty(c)},ProfileOwner" for u, c in sorted(phone.profile_owners.items())]
        ctx.out("".join(o + "\n" for o in owners) if owners else "no owners\n")
        return 0
    if verb != "remove-active-admin":
        if ctx.sdk >= 30:
            ctx.outln(f"Unknown command: {verb}")
            return 255
        ctx.errln(f"Error: unknown command '{verb}'")
        return 1
    if not rest:
        ctx.errln("Error: no component specified")
        return 1 if ctx.sdk < 30 else 255
    parsed = unflatten_component(rest[0])
    if parsed is None:
        ctx.errln(f"Error: Invalid component: {rest[0]}")
        return 1 if ctx.sdk < 30 else 255
    admin = next((a for a in phone.admins if a.user_id == user and unflatten_component(a.component) == parsed), None)
    info = component_info(*parsed)
    if admin is None or not admin.test_only:
        message = f"Attempt to remove non-test admin {info} {user}"
        if ctx.sdk >= 30:
            return security_error(ctx, verb, message, (
                "com.android.server.devicepolicy.DevicePolicyManagerService.forceRemoveActiveAdmin"
                "(DevicePolicyManagerService.java:4511)",
                "com.android.server.devicepolicy.DevicePolicyManagerServiceShellCommand.runRemoveActiveAdmin"
                "(DevicePolicyManagerServiceShellCommand.java:252)",
                "com.android.server.devicepolicy.DevicePolicyManagerServiceShellCommand.onCommand"
                "(DevicePolicyManagerServiceShellCommand.java:84)",
            ))
        ctx.err(java_trace("java.lang.SecurityException", message, (
            "android.os.Parcel.createException(Parcel.java:1942)",
            "android.os.Parcel.readException(Parcel.java:1910)",
            "android.os.Parcel.readException(Parcel.java:1860)",
            "android.app.admin.IDevicePolicyManager$Stub$Proxy.forceRemoveActiveAdmin(IDevicePolicyManager.java:6920)",
            "com.android.commands.dpm.Dpm.runRemoveActiveAdmin(Dpm.java:220)",
            "com.android.commands.dpm.Dpm.onRun(Dpm.java:115)",
            "com.android.internal.os.BaseCommand.run(BaseCommand.java:56)",
            "com.android.commands.dpm.Dpm.main(Dpm.java:41)",
            "com.android.internal.os.RuntimeInit.nativeFinishInit(Native Method)",
            "com.android.internal.os.RuntimeInit.main(RuntimeInit.java:388)",
        )))
        return 1
    ctx.outln(f"Success: Admin removed {info}")

    def apply() -> None:
        phone.admins.remove(admin)

    phone.commit("admins", apply)
    return 0
