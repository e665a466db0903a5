"""How the hand-over report speaks of the person's apps when they did not ask for names.

A report found in a bag, or on the phone, must not list the apps the person uses: "Grindr can
read your contacts" says more about them than anything else on the page. So by default an app
is named by what kind of app it is ("A dating app can read your contacts"), and the person gets
the names only when they ask (``--include-ids``). The kind comes from hardener's shipped lists
(``hardener/data``: dating, social and messaging apps, translators, cloud apps, app stores,
stalkerware indicators), else from the finding's family, else it is simply "an app".

Each kind has two message ids: one to start a sentence ("A dating app ..."), one for inside
it ("... managed by a dating app"), because capitalisation cannot be done after translation.
"""

from __future__ import annotations

from hardener.checks.finding import Family, Finding
from hardener.data import indicators
from hardener.i18n.markers import N_

# kind -> (at the start of a sentence, inside a sentence)
WORDS: dict[str, tuple[str, str]] = {
    "dating": (N_("A dating app"), N_("a dating app")),
    "social": (N_("A social app"), N_("a social app")),
    "messaging": (N_("A messaging app"), N_("a messaging app")),
    "translation": (N_("A translation app"), N_("a translation app")),
    "caller_id": (N_("A caller ID app"), N_("a caller ID app")),
    "cloud": (N_("A cloud storage app"), N_("a cloud storage app")),
    "store": (N_("An app store"), N_("an app store")),
    "spying": (N_("A spying app"), N_("a spying app")),
    "monitoring": (N_("A monitoring app"), N_("a monitoring app")),
    "app": (N_("An app"), N_("an app")),
}

# The ``kind`` column of the shipped lists -> a word above.
_LIST_KINDS = {
    "dating": "dating",
    "social": "social",
    "messenger": "messaging",
    "messages": "messaging",
    "caller_id": "caller_id",
    "photos": "cloud",
    "drive": "cloud",
    "backup": "cloud",
    "translator": "translation",
}
_FAMILY_KINDS = {Family.TRANSLATOR: "translation", Family.STALKERWARE: "spying"}
# Stalkerware-family findings from the examiners' heuristics (issue 13) are suspicions about an
# app no list names: "A spying app has no icon" would say more than hardener knows.
_SUSPECTED = frozenset({
    "stalkerware.spy_combination", "stalkerware.hidden_app", "stalkerware.system_impostor",
    "stalkerware.accessibility_running", "stalkerware.security_off",
})

# A by-hand step that names one of the person's apps ("Open WhatsApp, then Settings") cannot be
# shown by default; these say the same for any app of the kind, keyed by the finding family
# (the first part of a finding id) the step belongs to. Without one, the step is left out.
GENERIC_STEPS: dict[str, tuple[str, str]] = {
    "translator": (
        N_("Delete translation history kept in your account"),
        N_(
            "On any phone or computer, sign in to the account your translation app uses and delete "
            "its saved translations and activity (for a Google account: myactivity.google.com). "
            "Clearing the app does not remove this copy."
        ),
    ),
    "cloud": (
        N_("Check what your apps back up to the cloud"),
        N_(
            "In each app that keeps chats or photos, open its settings and find Backup. If the "
            "account it copies to is not safe, turn the backup off or protect it, and delete old "
            "backups there."
        ),
    ),
}

# Parameters of a finding that name an app (or hold its package name).
APP_PARAMS = ("app", "component", "installer")


def package_of(subject: str | None) -> str:
    """The package a finding's subject names: ``pkg``, ``pkg/.Cls`` or ``account.type#2``."""
    return (subject or "").partition("/")[0].partition("#")[0].strip()


def listed_kind(package: str) -> str | None:
    """The kind of a package in hardener's shipped lists, or None when no list knows it."""
    if not package:
        return None
    found = indicators.stalkerware_indicators().for_package(package)
    strongest = min((i.kind.strength for i in found), default=None)
    if strongest == 0:
        return "spying"
    if strongest == 1:
        return "monitoring"
    for table in (indicators.translators, indicators.social_apps, indicators.cloud_apps):
        known = table().get(package)
        if known is not None and known.kind in _LIST_KINDS:
            return _LIST_KINDS[known.kind]
    if package in indicators.app_stores():
        return "store"
    return None


def kind_of(finding: Finding) -> str:
    """What kind of app a per-app finding is about: the lists first, then the finding's family."""
    listed = listed_kind(package_of(finding.subject))
    if listed is not None:
        return listed
    return "app" if finding.id in _SUSPECTED else _FAMILY_KINDS.get(finding.family, "app")


def word(kind: str, starts_sentence: bool) -> str:
    start, inside = WORDS.get(kind, WORDS["app"])
    return start if starts_sentence else inside


def neutral_params(finding: Finding, msgid: str) -> dict[str, object]:
    """The finding's fields with every app named by its kind, for the text ``msgid``.

    A replaced field holds a one-item tuple of a message id, which the renderer translates
    (see :func:`hardener.i18n.markers.fill`). An account service that is an app (WhatsApp,
    Telegram) is named by its kind too; Google, Samsung or Xiaomi are the phone's own makers
    and platforms, not the person's apps, and stay.
    """
    params: dict[str, object] = dict(finding.params)
    kind = kind_of(finding)
    for key in APP_PARAMS:
        if key in params:
            params[key] = (word(kind, msgid.startswith("{" + key + "}")),)
    if "service" in params:
        service_kind = listed_kind(package_of(finding.subject))
        if service_kind is not None:
            params["service"] = (word(service_kind, msgid.startswith("{service}")),)
    return params


def app_names(findings: list[Finding]) -> set[str]:
    """Every name by which the findings could name one of the person's apps.

    Package names, the names hardener's lists give them, and the names the findings carry
    (``app``, ``service`` when it is an app). A report text that still holds one after the
    fields are replaced (a step like "Open WhatsApp, then Settings") is left out.
    """
    names: set[str] = set()
    for f in findings:
        package = package_of(f.subject)
        is_app = "app" in f.params or "component" in f.params or listed_kind(package) is not None
        if not is_app:
            continue
        if "." in package:
            names.add(package)
        for table in (indicators.translators, indicators.social_apps, indicators.cloud_apps):
            known = table().get(package)
            if known is not None:
                names.add(known.name)
        for key in ("app", "service", "component"):
            value = f.params.get(key)
            if isinstance(value, str) and value.strip():
                names.add(package_of(value) if key == "component" else value.strip())
    return {n for n in names if len(n) >= 3}
