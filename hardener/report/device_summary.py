"""What a trainer checks first about a phone, as plain facts (``hardener info``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hardener.checks.lock import lock_state
from hardener.data.phone_names import phone_name
from hardener.device.facts import CredentialType
from hardener.device.snapshot import Snapshot
from hardener.inert import shown

_LOCK_WORDS = {
    CredentialType.NONE: "none (anyone can open the phone)",
    CredentialType.SWIPE: "swipe only (anyone can open the phone)",
    CredentialType.PATTERN: "pattern (easy to watch and guess)",
    CredentialType.PIN: "PIN",
    CredentialType.PASSWORD: "password",
    CredentialType.PIN_OR_PASSWORD: "PIN or password",
    CredentialType.SECURE_UNKNOWN_KIND: "a PIN, pattern or password is set",
    CredentialType.UNKNOWN: "unknown (the phone did not say)",
}


@dataclass(frozen=True)
class DeviceSummary:
    maker: str
    model: str
    name: str  # as people know it ("Samsung Galaxy A51"); the model code when no name is known
    android: str
    sdk: int | None
    security_patch: dt.date | None
    patch_age_days: int | None
    encryption: str
    lock: CredentialType
    users: tuple[str, ...]
    serial: str | None


def _patch_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def _encryption(snap: Snapshot) -> str:
    props = snap.props.value
    if props is None:
        return "unknown"
    state = (props.get("ro.crypto.state") or "").strip()
    kind = (props.get("ro.crypto.type") or "").strip()
    if state == "encrypted":
        return {"file": "encrypted (file-based)", "block": "encrypted (full-disk)"}.get(kind, "encrypted")
    if state == "unencrypted":
        return "NOT encrypted"
    return "unknown"


def summarise(snap: Snapshot, *, show_ids: bool = False, today: dt.date | None = None) -> DeviceSummary:
    props = snap.props.value

    def get(key: str) -> str:
        # Properties are whatever the phone says: made inert here, so no face can print them raw.
        return shown((props.get(key) or "").strip(), 80) if props is not None else ""

    patch = _patch_date(get("ro.build.version.security_patch"))
    today = today or dt.datetime.now(dt.UTC).date()
    credential = lock_state(snap, 0).kind
    users: tuple[str, ...] = ()
    if snap.users.value is not None:
        users = tuple(
            f"{u.id}: {'work or other profile' if u.is_profile else 'user'}" for u in snap.users.value.users
        )
    return DeviceSummary(
        maker=get("ro.product.manufacturer") or get("ro.product.brand") or "unknown",
        model=get("ro.product.model") or "unknown",
        name=shown(phone_name(snap.props.value.values if snap.props.value is not None else {}), 80),
        android=get("ro.build.version.release") or "unknown",
        sdk=snap.sdk,
        security_patch=patch,
        patch_age_days=(today - patch).days if patch else None,
        encryption=_encryption(snap),
        lock=credential,
        users=users,
        serial=(get("ro.serialno") or None) if show_ids else None,
    )


def format_summary(s: DeviceSummary) -> str:
    lines = [
        f"Phone:            {s.name} ({s.maker} {s.model})" if s.name and s.name != s.model
        else f"Phone:            {s.maker} {s.model}",
        f"Android:          {s.android}" + (f" (API {s.sdk})" if s.sdk else ""),
    ]
    if s.security_patch and s.patch_age_days is not None:
        months = s.patch_age_days // 30
        age = f"{months} months old" if months >= 1 else "recent"
        warn = "  <- old: ask about updates" if months >= 6 else ""
        lines.append(f"Security patch:   {s.security_patch.isoformat()} ({age}){warn}")
    else:
        lines.append("Security patch:   unknown")
    lines.append(f"Encryption:       {s.encryption}")
    lines.append(f"Screen lock:      {_LOCK_WORDS[s.lock]}")
    lines.append("Users/profiles:   " + (", ".join(s.users) if s.users else "unknown"))
    if s.serial:
        lines.append(f"Serial number:    {s.serial}")
    return "\n".join(lines)
