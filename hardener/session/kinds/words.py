"""Settings and their values in the person's words: "Message content on the lock screen: Shown
→ Hidden", "Screen turns off after: 10 minutes → 30 seconds", never ``600000 → 30000``.

A person agrees to a change only if they can tell what it is. Setting keys and raw values stay
for a helper (the details, the undo record); what is shown is a name from this table and a word
for each value. Every text here is an ``N_`` message id, translated on display.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from hardener.i18n.markers import N_

NOT_SET = N_("(not set)")


class Values(enum.Enum):
    """How a setting's raw text reads to a person."""

    SHOWN_HIDDEN = "shown_hidden"  # "1" shown, "0" hidden (unset: Android's default, shown)
    ON_OFF = "on_off"  # "1" on, "0" off
    CHARGING = "charging"  # stay awake: "0" off, any plug bits on
    DURATION_MS = "duration_ms"  # milliseconds
    PRIVATE_SPACE_LOCK = "private_space_lock"  # "0" with the phone, "1" after 5 minutes, "2" after a restart
    PRIVATE_DNS = "private_dns"  # "off", "opportunistic" (automatic), "hostname" (a chosen provider)


@dataclass(frozen=True)
class SettingWords:
    name: str  # N_ message id
    values: Values
    unset: str  # the word for "not set": Android's own default for the setting
    # The raw value that protects most (a switch's safe side), None where the order is the
    # value's own (durations: shorter is safer) or there is no safe side. A profile's value is a
    # bound: a phone already on the safe side is never moved off it (see :func:`at_least_as_safe`).
    safest: str | None = None


# The settings hardener changes or reads for a person; a setting not listed here is "A phone
# setting", with its key only in the details for a helper.
SETTINGS: dict[tuple[str, str], SettingWords] = {
    ("secure", "lock_screen_allow_private_notifications"): SettingWords(
        N_("Message content on the lock screen"), Values.SHOWN_HIDDEN, N_("Shown"), "0"),
    ("secure", "lock_screen_show_notifications"): SettingWords(
        N_("Notifications on the lock screen"), Values.SHOWN_HIDDEN, N_("Shown"), "0"),
    ("secure", "lockdown_in_power_menu"): SettingWords(
        N_("Lockdown button in the power menu"), Values.SHOWN_HIDDEN, N_("Hidden"), "1"),
    ("system", "screen_off_timeout"): SettingWords(
        N_("Screen turns off after"), Values.DURATION_MS, N_("(not set)")),
    ("secure", "lock_screen_lock_after_timeout"): SettingWords(
        N_("Phone locks after the screen turns off"), Values.DURATION_MS, N_("5 seconds")),
    ("global", "stay_on_while_plugged_in"): SettingWords(
        N_("Screen stays on while charging"), Values.CHARGING, N_("Off"), "0"),
    ("global", "package_verifier_enable"): SettingWords(
        N_("Play Protect checks apps"), Values.ON_OFF, N_("On"), "1"),
    ("global", "development_settings_enabled"): SettingWords(
        N_("Developer options"), Values.ON_OFF, N_("Off"), "0"),
    ("global", "adb_enabled"): SettingWords(N_("USB debugging"), Values.ON_OFF, N_("Off"), "0"),
    ("global", "wifi_scan_always_enabled"): SettingWords(
        N_("Wi-Fi scanning while Wi-Fi is off"), Values.ON_OFF, NOT_SET, "0"),
    ("global", "ble_scan_always_enabled"): SettingWords(
        N_("Bluetooth scanning while Bluetooth is off"), Values.ON_OFF, NOT_SET, "0"),
    ("global", "private_dns_mode"): SettingWords(N_("Private DNS"), Values.PRIVATE_DNS, N_("Automatic")),
    ("secure", "private_space_auto_lock"): SettingWords(
        N_("Private Space locks"), Values.PRIVATE_SPACE_LOCK, N_("When the phone locks"), "0"),
}
# Private DNS from least to most protecting.
_PRIVATE_DNS_ORDER = ("off", "opportunistic", "hostname")
UNKNOWN_SETTING = N_("A phone setting")

# Android's own choices for "Screen timeout" and "Lock after", so each has its own message id
# (and so its own translation, plural forms included).
DURATIONS_S: dict[int, str] = {
    0: N_("Immediately"),
    5: N_("5 seconds"),
    15: N_("15 seconds"),
    30: N_("30 seconds"),
    60: N_("1 minute"),
    120: N_("2 minutes"),
    300: N_("5 minutes"),
    600: N_("10 minutes"),
    1800: N_("30 minutes"),
}
NEVER = N_("Never")
# Android stores "never" as a very large number of milliseconds (Integer.MAX_VALUE and the like).
_NEVER_FROM_MS = 24 * 3600 * 1000


def duration_ms(text: str | None) -> int | None:
    """A duration setting's milliseconds; None for not set, not a number, or "never"."""
    if text is None:
        return None
    try:
        ms = int(text.strip())
    except ValueError:
        return None
    return ms if 0 <= ms < _NEVER_FROM_MS else None


def at_least_as_safe(table: str, key: str, now: str | None, wanted: str | None) -> bool:
    """Whether the phone's value ``now`` protects at least as much as a profile's ``wanted``.

    A profile's value is a bound, not a value: a 15-second screen timeout is not "raised" to the
    profile's 30 seconds, and a switch already on its safe side stays there. Unknown orders
    (a setting not in the table, a value that is not a number) are never called safer.
    """
    words = SETTINGS.get((table, key))
    if words is None or now is None or wanted is None:
        return now == wanted
    if words.values is Values.DURATION_MS:
        have, want = duration_ms(now), duration_ms(wanted)
        return have is not None and want is not None and have <= want
    if words.values is Values.PRIVATE_DNS:
        mode_now, mode_wanted = now.strip(), wanted.strip()
        if mode_now not in _PRIVATE_DNS_ORDER or mode_wanted not in _PRIVATE_DNS_ORDER:
            return mode_now == mode_wanted
        return _PRIVATE_DNS_ORDER.index(mode_now) >= _PRIVATE_DNS_ORDER.index(mode_wanted)
    if words.safest is not None:
        return now.strip() == words.safest or now.strip() == wanted.strip()
    return now.strip() == wanted.strip()


def setting_name(table: str, key: str) -> str:
    words = SETTINGS.get((table, key))
    return words.name if words is not None else UNKNOWN_SETTING


def setting_value(table: str, key: str, value: str | None) -> str:
    """``value`` (a setting's raw text, None for not set) in the person's words."""
    words = SETTINGS.get((table, key))
    if words is None:
        return NOT_SET if value is None else value
    if value is None:
        return words.unset
    match words.values:
        case Values.SHOWN_HIDDEN:
            return {"1": N_("Shown"), "0": N_("Hidden")}.get(value.strip(), value)
        case Values.ON_OFF:
            return {"1": N_("On"), "0": N_("Off")}.get(value.strip(), value)
        case Values.CHARGING:
            return N_("Off") if value.strip() == "0" else N_("On")
        case Values.DURATION_MS:
            return duration(value)
        case Values.PRIVATE_SPACE_LOCK:
            return {"0": N_("When the phone locks"), "1": N_("After 5 minutes"), "2": N_("After a restart")}.get(
                value.strip(), value)
        case Values.PRIVATE_DNS:
            return {"off": N_("Off"), "opportunistic": N_("Automatic"), "hostname": N_("A provider you chose")}.get(
                value.strip(), value)


def duration(ms_text: str) -> str:
    """A duration in milliseconds as Android's settings name it ("10 minutes", "30 seconds")."""
    try:
        ms = int(ms_text.strip())
    except ValueError:
        return ms_text
    if ms < 0 or ms >= _NEVER_FROM_MS:
        return NEVER
    seconds = round(ms / 1000)
    if seconds in DURATIONS_S:
        return DURATIONS_S[seconds]
    # Not one of Android's choices (a maker's own, or set by hand): said in whole units. These
    # are shown untranslated numbers with a unit word; rare enough not to need their own ids.
    if seconds % 60 == 0:
        return f"{seconds // 60} min"
    return f"{seconds} s"
