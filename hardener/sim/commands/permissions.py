"""What the platform says about permissions: which are runtime, restricted, development-only.

The practice phone needs this to decide what ``pm grant`` may change and what ``dumpsys package``
lists under "runtime permissions" versus "install permissions" on a given Android version.
"""

from __future__ import annotations

from functools import lru_cache

P = "android.permission."

# Runtime ("dangerous") permissions -> (group, first API level with the permission).
RUNTIME: dict[str, tuple[str, int]] = {
    P + "ACCESS_FINE_LOCATION": ("LOCATION", 23),
    P + "ACCESS_COARSE_LOCATION": ("LOCATION", 23),
    P + "ACCESS_BACKGROUND_LOCATION": ("LOCATION", 29),
    P + "ACCESS_MEDIA_LOCATION": ("STORAGE", 29),
    P + "CAMERA": ("CAMERA", 23),
    P + "RECORD_AUDIO": ("MICROPHONE", 23),
    P + "READ_CONTACTS": ("CONTACTS", 23),
    P + "WRITE_CONTACTS": ("CONTACTS", 23),
    P + "GET_ACCOUNTS": ("CONTACTS", 23),
    P + "READ_CALENDAR": ("CALENDAR", 23),
    P + "WRITE_CALENDAR": ("CALENDAR", 23),
    P + "SEND_SMS": ("SMS", 23),
    P + "RECEIVE_SMS": ("SMS", 23),
    P + "READ_SMS": ("SMS", 23),
    P + "RECEIVE_MMS": ("SMS", 23),
    P + "RECEIVE_WAP_PUSH": ("SMS", 23),
    P + "READ_CELL_BROADCASTS": ("SMS", 29),
    P + "READ_CALL_LOG": ("CALL_LOG", 23),
    P + "WRITE_CALL_LOG": ("CALL_LOG", 23),
    P + "PROCESS_OUTGOING_CALLS": ("CALL_LOG", 23),
    P + "READ_PHONE_STATE": ("PHONE", 23),
    P + "READ_PHONE_NUMBERS": ("PHONE", 26),
    P + "CALL_PHONE": ("PHONE", 23),
    P + "ANSWER_PHONE_CALLS": ("PHONE", 26),
    P + "USE_SIP": ("PHONE", 23),
    "com.android.voicemail.permission.ADD_VOICEMAIL": ("PHONE", 23),
    P + "ACCEPT_HANDOVER": ("PHONE", 28),
    P + "BODY_SENSORS": ("SENSORS", 23),
    P + "BODY_SENSORS_BACKGROUND": ("SENSORS", 33),
    P + "ACTIVITY_RECOGNITION": ("ACTIVITY_RECOGNITION", 29),
    P + "BLUETOOTH_SCAN": ("NEARBY_DEVICES", 31),
    P + "BLUETOOTH_CONNECT": ("NEARBY_DEVICES", 31),
    P + "BLUETOOTH_ADVERTISE": ("NEARBY_DEVICES", 31),
    P + "UWB_RANGING": ("NEARBY_DEVICES", 31),
    P + "NEARBY_WIFI_DEVICES": ("NEARBY_DEVICES", 33),
    P + "POST_NOTIFICATIONS": ("NOTIFICATIONS", 33),
    P + "READ_EXTERNAL_STORAGE": ("STORAGE", 23),
    P + "WRITE_EXTERNAL_STORAGE": ("STORAGE", 23),
    P + "READ_MEDIA_IMAGES": ("READ_MEDIA_VISUAL", 33),
    P + "READ_MEDIA_VIDEO": ("READ_MEDIA_VISUAL", 33),
    P + "READ_MEDIA_AUDIO": ("READ_MEDIA_AURAL", 33),
    P + "READ_MEDIA_VISUAL_USER_SELECTED": ("READ_MEDIA_VISUAL", 34),
}

# Hard-restricted (API 29+): not grantable unless an installer or the system exempted them.
HARD_RESTRICTED = frozenset(
    P + n
    for n in ("SEND_SMS", "RECEIVE_SMS", "READ_SMS", "RECEIVE_WAP_PUSH", "RECEIVE_MMS",
              "READ_CELL_BROADCASTS", "READ_CALL_LOG", "WRITE_CALL_LOG", "PROCESS_OUTGOING_CALLS")
)
SOFT_RESTRICTED = frozenset(
    P + n for n in ("READ_EXTERNAL_STORAGE", "WRITE_EXTERNAL_STORAGE", "ACCESS_BACKGROUND_LOCATION")
)

# Development permissions: shell may grant/revoke them too (they live with install permissions).
DEVELOPMENT = frozenset(
    P + n
    for n in ("WRITE_SECURE_SETTINGS", "DUMP", "READ_LOGS", "PACKAGE_USAGE_STATS", "SET_ANIMATION_SCALE",
              "CHANGE_CONFIGURATION", "SET_DEBUG_APP", "SET_PROCESS_LIMIT", "SET_ALWAYS_FINISH",
              "INTERACT_ACROSS_USERS", "GRANT_RUNTIME_PERMISSIONS")
)

GIDS = {P + "INTERNET": 3003, P + "BLUETOOTH_ADMIN": 3001, P + "BLUETOOTH": 3002, P + "NET_ADMIN": 3005,
        P + "READ_LOGS": 1007}

# PackageManager.FLAG_PERMISSION_* in bit order: dumpsys prints flags in this order.
FLAG_ORDER = (
    "USER_SET", "USER_FIXED", "POLICY_FIXED", "REVOKED_COMPAT", "SYSTEM_FIXED", "GRANTED_BY_DEFAULT",
    "REVIEW_REQUIRED", "REVOKE_WHEN_REQUESTED", "USER_SENSITIVE_WHEN_GRANTED",
    "USER_SENSITIVE_WHEN_DENIED", "RESTRICTION_INSTALLER_EXEMPT", "RESTRICTION_SYSTEM_EXEMPT",
    "RESTRICTION_UPGRADE_EXEMPT", "APPLY_RESTRICTION", "GRANTED_BY_ROLE", "ONE_TIME", "AUTO_REVOKED",
    "SELECTED_LOCATION_ACCURACY",
)
_FLAG_RANK = {name: i for i, name in enumerate(FLAG_ORDER)}

# ``pm set-permission-flags`` spells flags in lower-case with dashes.
FLAG_ALIASES = {name.lower().replace("_", "-"): name for name in FLAG_ORDER}


def full_name(perm: str) -> str:
    """``CAMERA`` -> ``android.permission.CAMERA``; names with a dot stay as they are."""
    return perm if "." in perm else P + perm


def is_runtime(perm: str, sdk: int) -> bool:
    got = RUNTIME.get(perm)
    return got is not None and got[1] <= sdk


def is_restricted(perm: str, sdk: int) -> bool:
    return sdk >= 29 and (perm in HARD_RESTRICTED or perm in SOFT_RESTRICTED)


def sort_flags(flags: list[str]) -> list[str]:
    return sorted(set(flags), key=lambda f: (_FLAG_RANK.get(f, len(FLAG_ORDER)), f))


def flags_suffix(flags: list[str]) -> str:
    """``permissionFlagsToString(", flags=", f)``: ``, flags=[ A|B]`` or nothing when empty."""
    return _flags_suffix(tuple(flags)) if flags else ""


@lru_cache(maxsize=1024)
def _flags_suffix(flags: tuple[str, ...]) -> str:
    return ", flags=[ " + "|".join(sort_flags(list(flags))) + "]"
