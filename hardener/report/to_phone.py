"""Putting a copy of the report on the phone itself, where the person can read it later.

A copy on the phone is handy (nothing to carry, nothing left on the laptop) but it is also
something anyone who searches the phone can read. So the caller must show
:data:`SAVE_TO_PHONE_WARNING` first, and the file gets a plain name the person picks from a
narrow alphabet: the name is seen in the Downloads list, and it also goes into a path on the
phone, so it must be neutral and harmless in a shell. Writing the file is the session's step
(:mod:`hardener.session.report_copy`); this module only decides what may be written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hardener.checks.finding import Family, Finding
from hardener.errors import UnsafeValue
from hardener.i18n.markers import N_
from hardener.report.neutral import is_neutral
from hardener.session.report_copy import PushesBytes, save_report_on_phone

DEFAULT_NAME = "phone-safety-check"
MAX_REPORT_BYTES = 2 * 1024 * 1024

SAVE_TO_PHONE_WARNING = N_(
    "The report will be saved in the phone's Download folder. Anyone who searches the phone "
    "can read it there. Delete it when you no longer need it."
)

NOT_WITH_SPYING_APP = N_(
    "The report was not saved on the phone: a spying app was found on it, or hardener could not "
    "check for one. Such an app could read the report and warn whoever put it there."
)

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,47}")


def check_name(name: str) -> str:
    """The file name without its extension: letters, digits, "-" and "_", and neutral words."""
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise UnsafeValue(f"unsafe report name: {name!r:.60}", kind="report name")
    if not is_neutral(name.replace("-", " ").replace("_", " ")):
        raise UnsafeValue(f"report name is not neutral: {name!r:.60}", kind="report name")
    return name


def copy_on_phone_is_safe(findings: Sequence[Finding]) -> bool:
    """False when the phone shows signs of stalkerware, or when that could not be checked.

    Spying apps read files and report back; a report on such a phone that names the app tells
    whoever installed it that it was found, which the stalkerware advice warns against. A gap
    ("could not be checked") is no evidence that there is none, so it keeps the copy off too.
    The caller then says :data:`NOT_WITH_SPYING_APP` and keeps the copy off the phone.
    """
    return not any(f.family == Family.STALKERWARE and (f.is_problem or f.is_gap) for f in findings)


def save_to_phone(channel: PushesBytes, html: str, name: str = DEFAULT_NAME) -> str:
    """Check the page and its name here, then write it with the session's step; returns the path.

    The page lands in ``/sdcard/Download/<name>.html``
    (:func:`hardener.session.report_copy.save_report_on_phone` does the writing: the report
    layer itself never talks to the phone).
    """
    data = html.encode("utf-8")
    if len(data) > MAX_REPORT_BYTES:
        raise ValueError("the report is too large to save on the phone")
    return save_report_on_phone(channel, data, check_name(name))
