"""One answer to "what screen lock does this phone have?", from three independent readings.

``dumpsys lock_settings`` names the credential on Android 11+, but not before; ``locksettings
get-disabled`` fails (without counting a failed attempt) exactly when a credential exists and
otherwise tells "None" from "Swipe". Combined, they answer on every version; when neither was
understood, the answer is UNKNOWN, never NONE.
"""

from __future__ import annotations

from hardener.device.facts import CredentialType, LockDisabledProbe, LockSettings, Parsed

_SPECIFIC = {
    CredentialType.PATTERN,
    CredentialType.PIN,
    CredentialType.PASSWORD,
    CredentialType.PIN_OR_PASSWORD,
}


def effective_credential(
    lock_settings: Parsed[LockSettings], probe: Parsed[LockDisabledProbe], user_id: int = 0
) -> tuple[CredentialType, str]:
    """The credential type for ``user_id``, and which reading decided it."""
    from_dump = CredentialType.UNKNOWN
    if lock_settings.value is not None:
        for user in lock_settings.value.users:
            if user.user_id == user_id:
                from_dump = user.credential
    p = probe.value
    if from_dump in _SPECIFIC:
        return from_dump, "dumpsys lock_settings"
    if p is not None and p.secure is True:
        return CredentialType.SECURE_UNKNOWN_KIND, "locksettings get-disabled"
    if p is not None and p.secure is False:
        if from_dump == CredentialType.NONE or p.disabled is not None:
            return (CredentialType.NONE if p.disabled else CredentialType.SWIPE), "locksettings get-disabled"
        return CredentialType.SWIPE, "locksettings get-disabled"
    if from_dump == CredentialType.NONE:
        # The dump says none but the probe was not understood: a dump alone cannot tell
        # "None" from "Swipe"; both are insecure.
        return CredentialType.SWIPE, "dumpsys lock_settings"
    return CredentialType.UNKNOWN, "neither reading was understood"


def is_secure(credential: CredentialType) -> bool | None:
    if credential in _SPECIFIC or credential == CredentialType.SECURE_UNKNOWN_KIND:
        return True
    if credential in (CredentialType.NONE, CredentialType.SWIPE):
        return False
    return None
