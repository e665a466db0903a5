"""What a trainer checks first about a phone, as plain facts (``hardener info``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hardener.checks.lock import lock_state
from hardener.data.phone_names import phone_name
from hardener.device.facts import CredentialType
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_, EnglishWords, Nn_, Words
from hardener.inert import shown

_ENGLISH = EnglishWords()

_LOCK_WORDS = {
    CredentialType.NONE: N_("none (anyone can open the phone)"),
    CredentialType.SWIPE: N_("swipe only (anyone can open the phone)"),
    CredentialType.PATTERN: N_("pattern (easy to watch and guess)"),
    CredentialType.PIN: N_("PIN"),
    CredentialType.PASSWORD: N_("password"),
    CredentialType.PIN_OR_PASSWORD: N_("PIN or password"),
    CredentialType.SECURE_UNKNOWN_KIND: N_("a PIN, pattern or password is set"),
    CredentialType.UNKNOWN: N_("unknown (the phone did not say)"),
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
        return N_("unknown")
    state = (props.get("ro.crypto.state") or "").strip()
    kind = (props.get("ro.crypto.type") or "").strip()
    if state == "encrypted":
        return {"file": N_("encrypted (file-based)"), "block": N_("encrypted (full-disk)")}.get(kind, N_("encrypted"))
    if state == "unencrypted":
        return N_("NOT encrypted")
    return N_("unknown")


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


def format_summary(s: DeviceSummary, words: Words = _ENGLISH) -> str:
    """The first things a trainer checks, one per line (label, then value), in ``words``'s language."""
    phone = f"{s.name} ({s.maker} {s.model})" if s.name and s.name != s.model else f"{s.maker} {s.model}"
    rows = [
        (N_("Phone:"), phone),
        (N_("Android:"), f"{s.android}" + (f" (API {s.sdk})" if s.sdk else "")),
    ]
    if s.security_patch and s.patch_age_days is not None:
        months = s.patch_age_days // 30
        age = words.plural(Nn_("%n month(s) old"), months) if months >= 1 else words(N_("recent"))
        warn = "  <- " + words(N_("old: ask about updates")) if months >= 6 else ""
        rows.append((N_("Security patch:"), f"{s.security_patch.isoformat()} ({age}){warn}"))
    else:
        rows.append((N_("Security patch:"), words(N_("unknown"))))
    rows.append((N_("Encryption:"), words(s.encryption)))
    rows.append((N_("Screen lock:"), words(_LOCK_WORDS[s.lock])))
    rows.append((N_("Users/profiles:"), ", ".join(s.users) if s.users else words(N_("unknown"))))
    if s.serial:
        rows.append((N_("Serial number:"), s.serial))
    labels = [words(label) for label, _value in rows]
    width = max(18, max(len(label) for label in labels) + 2)
    return "\n".join(f"{label:<{width}}{value}" for label, (_l, value) in zip(labels, rows, strict=True))
