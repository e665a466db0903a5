"""``dumpsys trust``: per-user lock state, strong-auth flags, and Smart Lock trust agents.

A user line is `` User "<name>" (id=<n>, flags=<hex>)`` then markers such as ``(current)`` or
``(profile with unified challenge)``, then ``: key=value, ...``. The name is the person's own
text and may contain quotes and brackets, so the line is split at the *last* ``" (id=``.
Agents are read only inside ``Enabled agents:``; the ``Events:`` log that follows names agents
too, but only as history.
"""

from __future__ import annotations

import re

from hardener.adb.output import CommandOutput
from hardener.device.facts import Parsed, TrustAgent, TrustState, TrustUser
from hardener.device.parsers._common import output_notes, parse_bool, parse_int, precheck, short, unknown

_WHAT = "dumpsys trust"
_ID_MARK = '" (id='
_PAIR = re.compile(r"([A-Za-z]+)=(0x[0-9a-fA-F]+|-?\d+)")
_COMPONENT = re.compile(r"^[A-Za-z0-9_.]+/[A-Za-z0-9_.$]+$")


def _user_line(text: str) -> TrustUser | None:
    if not text.startswith('User "'):
        return None
    mark = text.rfind(_ID_MARK)
    if mark < 0:
        return None
    name = text[len('User "') : mark]
    rest = text[mark + len(_ID_MARK) :]
    id_text = rest.split(",", 1)[0].split(")", 1)[0].strip()
    user_id = parse_int(id_text)
    if user_id is None:
        return None
    close = rest.find(")")
    after = rest[close + 1 :] if close >= 0 else ""
    markers, _, state = after.partition(":")
    pairs = {k: v for k, v in _PAIR.findall(state)}
    strong = pairs.get("strongAuthRequired")
    return TrustUser(
        user_id=user_id,
        name=name,
        current="(current)" in markers,
        trusted=parse_bool(pairs.get("trusted")),
        trust_managed=parse_bool(pairs.get("trustManaged")),
        device_locked=parse_bool(pairs.get("deviceLocked")),
        strong_auth_required=parse_int(strong, 16) if strong is not None else None,
    )


def parse_trust(out: CommandOutput) -> Parsed[TrustState]:
    lines, failed = precheck(out, _WHAT)
    if failed is not None:
        return unknown(out, failed)
    meaningful = [ln.strip() for ln in lines if ln.strip()]
    problems = output_notes(out, _WHAT)
    if meaningful and meaningful[0].startswith("disabled because"):
        reason = meaningful[0][len("disabled because") :].strip().rstrip(".")
        return Parsed(TrustState(disabled_reason=reason), tuple(problems), out.sdk)
    users: list[TrustUser] = []
    agents: list[TrustAgent] = []
    current_user: TrustUser | None = None
    in_agents = False
    last_agent: int | None = None
    saw_header = False
    for text in meaningful:
        if text.startswith("Trust manager state"):
            saw_header = True
            continue
        user = _user_line(text)
        if user is not None:
            current_user = user
            users.append(user)
            in_agents = False
            last_agent = None
            continue
        if current_user is None:
            continue
        if text == "Enabled agents:":
            in_agents = True
            continue
        if text.startswith("Events:") or text.startswith("Trust agents disabled"):
            in_agents = False
            last_agent = None
            continue
        if not in_agents:
            continue
        if _COMPONENT.match(text):
            agents.append(TrustAgent(component=text, user_id=current_user.user_id))
            last_agent = len(agents) - 1
            continue
        if last_agent is not None and text.startswith("bound="):
            pairs = {k: v for k, v in _PAIR.findall(text)}
            prev = agents[last_agent]
            agents[last_agent] = TrustAgent(
                component=prev.component,
                user_id=prev.user_id,
                bound=parse_bool(pairs.get("bound")),
                managing_trust=parse_bool(pairs.get("managingTrust")),
            )
    if not users:
        first = meaningful[0] if meaningful else ""
        return unknown(out, *problems, f"{_WHAT}: no 'User \"..\" (id=..)' lines found; first line: {short(first)}")
    if not saw_header:
        problems.append(f"{_WHAT}: the 'Trust manager state' header is missing")
    return Parsed(TrustState(users=tuple(users), agents=tuple(agents)), tuple(problems), out.sdk)
