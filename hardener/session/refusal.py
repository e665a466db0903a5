"""Why the phone refused a change, in words a person can act on.

A refused write comes back as Java text ("java.lang.SecurityException: Permission denial...")
that means nothing to a trainer. Some refusals have a known cause and a known way out: Xiaomi's
MIUI/HyperOS refuses settings and permission changes from a computer until "USB debugging
(Security settings)" is switched on in Developer options. The faces show the plain explanation
(with the maker's switch and "Try again"); the phone's own text stays in the details for a helper.
"""

from __future__ import annotations

import enum
import re

from hardener.i18n.markers import N_


class Refusal(enum.Enum):
    NONE = "none"
    XIAOMI_SECURITY_SETTINGS = "xiaomi_security_settings"  # the MIUI switch is off
    BLOCKED = "blocked"  # a SecurityException with no known way out from the computer


EXPLAIN = {
    Refusal.XIAOMI_SECURITY_SETTINGS: N_(
        "This Xiaomi phone refuses changes from a computer until \u201cUSB debugging (Security settings)\u201d "
        "is on. Open Settings, then Developer options, switch it on (the phone may ask you to sign in to a "
        "Mi account), then press \u201cTry again\u201d."
    ),
    Refusal.BLOCKED: N_(
        "The phone refused this change: its maker blocks it from a computer. It can still be done by hand "
        "in the phone's Settings."
    ),
}

_XIAOMI = ("xiaomi", "redmi", "poco")


def why_refused(detail: str, maker: str | None) -> Refusal:
    """Classify a write's refusal from the phone's own words and the phone's maker."""
    text = detail.lower()
    if "securityexception" not in text and "permission denial" not in text:
        return Refusal.NONE
    if maker is not None and maker.strip().lower() in _XIAOMI:
        return Refusal.XIAOMI_SECURITY_SETTINGS
    return Refusal.BLOCKED


def first_line(detail: str) -> str:
    """The phone's refusal without its Java stack: the exception's own line, which a helper needs
    ("java.lang.SecurityException: Permission denial: ..."), else the first line."""
    lines = [line.strip() for line in detail.splitlines() if line.strip()]
    for line in lines:
        if re.match(r"[\w.$]+(Exception|Error): ", line):
            return line[:300]
    return lines[0][:300] if lines else ""
