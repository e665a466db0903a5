"""Messages family: the chats police read first, and where each messenger makes them disappear.

The guide: police go through phones "paying special attention to their messages". hardener
cannot read or delete chats (nor should it); what helps before a seizure is that old messages
are not there. Each messenger keeps its disappearing-messages switch in its own place, so this
check names the messengers installed (from the package dump every scan reads) and gives one
guided step per messenger. It is a lead, not a problem: hardener cannot see the chats' setting.
"""

from __future__ import annotations

from hardener.checks import _common as c
from hardener.checks import guide_refs as g
from hardener.checks._context import Check, Context, check
from hardener.checks.finding import Family, Finding, ManualStep, Severity
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_

FAM = Family.MESSAGES

# Messenger -> where its disappearing messages are (each an N_ message id, shown as a step).
MESSENGERS: dict[str, tuple[str, str]] = {
    "com.whatsapp": (N_("WhatsApp: make messages disappear"), N_(
        "In WhatsApp, open Settings, then Privacy, then Default message timer, and choose 24 hours or "
        "7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.")),
    "com.whatsapp.w4b": (N_("WhatsApp Business: make messages disappear"), N_(
        "In WhatsApp Business, open Settings, then Privacy, then Default message timer, and choose "
        "24 hours or 7 days. For chats you already have: open the chat, tap the name, then "
        "Disappearing messages.")),
    "org.thoughtcrime.securesms": (N_("Signal: make messages disappear"), N_(
        "In Signal, open Settings, then Privacy, then Default timer for new chats, and choose a time. "
        "For chats you already have: open the chat, tap the name, then Disappearing messages.")),
    "org.telegram.messenger": (N_("Telegram: use auto-delete"), N_(
        "In Telegram, open Settings, then Privacy and Security, then Auto-Delete Messages, and choose a "
        "time. Normal chats are also kept on Telegram's servers: use Secret Chats for clients.")),
    "com.viber.voip": (N_("Viber: make messages disappear"), N_(
        "In Viber, open the chat, tap the name, then Disappearing messages, and choose a time.")),
    "com.facebook.orca": (N_("Messenger: use disappearing messages"), N_(
        "In Messenger, open the chat, tap the name, then Disappearing messages (or Vanish mode).")),
    "com.instagram.android": (N_("Instagram: use vanish mode"), N_(
        "In an Instagram chat, swipe up to turn on vanish mode. Messages you already sent stay: "
        "delete the ones you do not want found.")),
    "com.tencent.mm": (N_("WeChat: delete old chats"), N_(
        "WeChat has no disappearing messages. Before a risky moment, open Me, then Settings, then "
        "General, then Manage Storage, and clear chat history you do not need.")),
    "jp.naver.line.android": (N_("LINE: delete old chats"), N_(
        "In LINE, use Letter Sealing and delete chats you do not need: open the chat, then the menu, "
        "then Settings, then Delete chat history.")),
}
# The phone's own text messages (SMS): no timer, only deleting.
SMS_APPS: dict[str, str] = {
    "com.google.android.apps.messaging": "Google Messages",
    "com.samsung.android.messaging": "Samsung Messages",
    "com.android.mms": "Messages",
}
STEP_SMS = c.manual(
    N_("Text messages: delete what you do not need"),
    N_(
        "Text messages (SMS) never disappear by themselves. Before a risky moment, delete threads with "
        "clients in the Messages app, and ask clients to use a messenger with disappearing messages."
    ),
)


def messenger_steps(packages: list[str]) -> tuple[ManualStep, ...]:
    """One guided step per installed messenger, in the order of :data:`MESSENGERS`."""
    return tuple(c.manual(*MESSENGERS[p]) for p in MESSENGERS if p in packages)


@check(reads=("package_details",), finding_id="messages.disappearing",
       gap_title=N_("Messengers: could not be read"))
def check_messengers(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    fid, guide = "messages.disappearing", g.MESSAGES_READ
    if snap.package_details.value is None:
        return [c.unknown(fid, FAM, N_("Messengers: could not be read"), guide,
                          snap.package_details.problems, "dumpsys package packages")]
    installed = [
        p for p in (*MESSENGERS, *SMS_APPS)
        if (app := ctx.app(p)) is not None and app.installed_for(ctx.user_id)
    ]
    messengers = [p for p in installed if p in MESSENGERS]
    evidence = (c.ev("dumpsys package packages", ", ".join(installed) or "no known messenger"),)
    steps = messenger_steps(messengers) + ((STEP_SMS,) if any(p in SMS_APPS for p in installed) else ())
    if not steps:
        return [Finding(
            fid, FAM, Severity.OK, N_("No messenger hardener knows is installed"),
            N_("hardener knows no messenger on this phone. If you use one, switch on its disappearing messages."),
            guide, evidence,
        )]
    names: list[str] = []
    for package in messengers:
        label = ctx.label(package)
        names.extend(label if isinstance(label, tuple) else (label,))
    if any(p in SMS_APPS for p in installed):
        names.append(N_("text messages"))
    return [Finding(
        fid, FAM, Severity.INFO, N_("Messages police would read first: {apps}"),
        N_(
            "Police who take a phone read the messages first. Messages that disappear by themselves "
            "are not there to be read. Each app has its own switch: the steps say where."
        ),
        guide, evidence, params={"apps": tuple(names)}, manual_steps=steps,
    )]


FINDING_IDS = ("messages.disappearing",)

CHECKS: tuple[Check, ...] = (check_messengers,)
