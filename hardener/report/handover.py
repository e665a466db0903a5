"""The hand-over report: what a person takes home after their phone was checked.

It is built as plain data (message ids and their fields), then rendered in the person's
language as HTML (readable on a phone) or PDF (to print). Three promises shape it:

* It can be read by anyone who finds it, so it is neutral: the title is "Phone safety check",
  it never says why the check was done, who did it, or what the person does, and it never
  includes the guide's quotes (they speak of sex work). Every text passes
  :mod:`hardener.report.neutral` before it is shown.
* It names no serial number, IMEI, phone number, account or app unless the person asks
  (``include_ids``). The identifiers the caller knows are also scrubbed out of every text
  when not asked for, in case a finding's fields carried one; apps are named by their kind
  ("a dating app", see :mod:`hardener.report.app_words`), and a text that would still name
  one is left out. It never names the tool either.
* It tells the person what to do next without the laptop: what is left to do by hand, how
  to undo from any computer, and what to do if the phone is taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from hardener import inert
from hardener.checks.finding import Family, Finding, Severity, Verdict, worst_first
from hardener.device.snapshot import Snapshot
from hardener.errors import UnsafeValue
from hardener.i18n.markers import N_, fill
from hardener.report import app_words
from hardener.report.neutral import is_neutral
from hardener.report.text import FAMILY_TITLES, GAPS_TITLE, NOTHING_FOUND, SEVERITY_WORDS
from hardener.session.apply import ALREADY, DONE, FAILED, NOT_APPLIED, SKIPPED, ApplyResult, ChangeOutcome
from hardener.session.finish import REVOKE_STEPS
from hardener.session.kinds import change_key, change_of, key_of
from hardener.session.outcome import Outcome

# --- texts -------------------------------------------------------------------------------------

TITLE = N_("Phone safety check")
INTRO = N_(
    "This is a summary of a safety check of this phone: what was found, what was changed, "
    "what you can still do yourself, and what to do if the phone is ever taken."
)
FOOTER = N_(
    "This summary is not kept on the computer it was made on. If you keep a copy, keep it "
    "somewhere safe, or delete it when you no longer need it."
)

IDS_HEADING = N_("This phone")
ID_LABELS = {
    "serial": N_("Serial number"),
    "imei": N_("IMEI"),
    "phone_number": N_("Phone number"),
    "account": N_("Account"),
    "model": N_("Model"),
}
_VERBATIM = "{value}"  # shown as it is: an identifier is never translated

FOUND_HEADING = N_("What was found")
FOUND_INTRO = N_("The most urgent first. Each item says what someone holding this phone could see or do.")
FINE_HEADING = N_("Already fine")
SEVERITY_LABELS = SEVERITY_WORDS  # the one set of severity words (report/text.py)
PLAIN_TITLE = N_("A setting on this phone needs attention")

CHANGED_HEADING = N_("What was changed")
CHANGED_NOTHING = N_("Nothing was changed on this phone.")
CHANGED_MAYBE = N_("May have been changed: the session stopped before these could be checked")
CHANGED_LOCKED = N_(
    "This phone keeps a locked record of changes made at an earlier visit. With its undo code, "
    "this report lists them."
)
CHANGED_ALREADY = N_("Already set safely, and left as they were: {count}.")
CHANGED_APPS = N_("Apps: {apps}")
CANNOT_UNDO = N_("This cannot be undone.")

MANUAL_HEADING = N_("Still to do, by hand")
MANUAL_INTRO = N_("These need you, on the phone itself. Each one takes a minute or two.")
NOT_DONE = N_("This could not be changed from the computer.")
NOT_CHOSEN = N_("This was left as it was, because it was not chosen.")
BY_HAND_FALLBACK = N_("You can do it yourself in the phone's Settings app.")
REVOKE_TITLE = N_("Make the phone forget the computer")

UNDO_HEADING = N_("How to undo")
UNDO_HOW = N_(
    "To put the changes back, connect the phone again to the program used for this check, on any "
    "computer, and choose Undo."
)
UNDO_WHERE = N_("The record of what was changed is kept on the phone itself, not on the computer.")
UNDO_IRREVERSIBLE = N_("Some changes cannot be undone:")
UNDO_NOTHING = N_("Nothing was changed, so there is nothing to undo.")
UNDO_CODE = N_("You will need this undo code: {code}. Keep this page apart from the phone.")
UNDO_CODE_GIVEN = N_("You will need the undo code you were given when the changes were made.")
UNDO_GONE = N_(
    "The record needed to undo the changes is no longer on the phone, so they cannot be put "
    "back automatically. You can change each setting back by hand."
)

SOON_HEADING = N_("If the phone could be taken or searched soon")
SOON_ITEMS = (
    (N_("Switch the phone off"), N_("A phone that is switched off and locked with a PIN is the hardest to open.")),
    (
        N_("Use a PIN, not your face or finger"),
        N_("A face or finger can be used to open the phone without you agreeing."),
    ),
    (N_("Keep less on the phone"), N_("Turn on disappearing messages, and delete chats and photos you do not need.")),
)
TAKEN_HEADING = N_("If the phone is taken or lost")
TAKEN_ITEMS = (
    (
        N_("Change your passwords"),
        N_("From another phone or computer, change the passwords of your email, messaging, social media and "
           "cloud accounts."),
    ),
    (
        N_("Sign out everywhere"),
        N_("In each account's security settings, sign out of all other devices, so the taken phone loses access."),
    ),
    (
        N_("Tell the people you are in touch with"),
        N_("Tell your groups and close contacts, so they can protect themselves. Remove the number from group "
           "chats if you can."),
    ),
    (
        N_("Replace the SIM card"),
        N_("Ask your phone company to block the SIM card and give you a new one. You can usually keep your "
           "number."),
    ),
    (
        N_("Assume everything on it was copied"),
        N_("Messages, photos, contacts and app history may have been read or copied, even if the phone comes "
           "back."),
    ),
    (
        N_("Think before erasing it from a distance"),
        N_("In some places, erasing a phone remotely can be held against you. Get advice first if you can."),
    ),
)

MASK = "•••"

# --- the data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """One message id and its fields: translated, then filled, only when rendered."""

    msgid: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Item:
    title: Text
    body: tuple[Text, ...] = ()
    severity: Severity | None = None  # found items carry their severity (a label and a colour)


@dataclass(frozen=True)
class Group:
    heading: Text | None
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Section:
    id: str  # stable, for styling and tests: ids, found, changed, manual, undo, soon, taken
    heading: Text
    intro: tuple[Text, ...] = ()
    groups: tuple[Group, ...] = ()


@dataclass(frozen=True)
class Report:
    lang: str
    title: Text
    intro: Text
    sections: tuple[Section, ...]
    footer: Text

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def texts(self) -> list[Text]:
        """Every text in reading order (renderers and tests walk this)."""
        out = [self.title, self.intro]
        for s in self.sections:
            out.append(s.heading)
            out += s.intro
            for g in s.groups:
                if g.heading is not None:
                    out.append(g.heading)
                for item in g.items:
                    out.append(item.title)
                    out += item.body
        out.append(self.footer)
        return out


class StepLike(Protocol):
    """A by-hand step: a finding's ManualStep or a plan's ManualItem."""

    @property
    def title(self) -> str: ...

    @property
    def how(self) -> str: ...


# --- building -------------------------------------------------------------------------------------


class _Scrubber:
    """Turns fields into shown strings: identifiers masked unless asked for, always neutral.

    ``apps`` are the names of the person's apps; when given (the person did not ask for names),
    apps in a finding's fields are named by their kind and a text still naming one is refused.
    """

    def __init__(self, identifiers: Iterable[str], apps: Iterable[str] | None = None) -> None:
        # Longest first, so an account name is masked whole before a shorter id inside it.
        ids = sorted({i.strip() for i in identifiers if len(i.strip()) >= 3}, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, ids)), re.IGNORECASE) if ids else None
        self.neutral_apps = apps is not None
        names = sorted(set(apps or ()), key=len, reverse=True)
        # Whole words only, and case as written: "LINE" or "Box" is an app, "online" or "a box" is not.
        self._apps = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)") if names else None

    def finding_params(self, f: Finding, msgid: str) -> Mapping[str, Any]:
        """The fields of ``f`` for the text ``msgid``: apps named by their kind unless names were asked for."""
        return app_words.neutral_params(f, msgid) if self.neutral_apps else f.params

    def value(self, raw: Any) -> str:
        text = str(raw)
        return self._pattern.sub(MASK, text) if self._pattern is not None else text

    def params(self, params: Mapping[str, Any]) -> dict[str, Any]:
        # Lists of message ids stay lists: each item is translated on rendering.
        return {
            str(k): tuple(self.value(x) for x in v) if isinstance(v, tuple | list) else self.value(v)
            for k, v in params.items()
        }

    def text(self, msgid: str, params: Mapping[str, Any] | None = None) -> Text | None:
        """A Text, or None when its English form would break neutrality."""
        clean = self.params(params or {})
        shown = fill(msgid, clean)
        if not is_neutral(shown) or self.names_someone(shown):
            return None
        return Text(msgid, clean)

    def names_someone(self, text: str) -> bool:
        if self.names_an_app(text):
            return True
        return self._pattern is not None and self._pattern.search(text) is not None

    def names_an_app(self, text: str) -> bool:
        return self._apps is not None and self._apps.search(text) is not None


def _unique(items: Iterable[Item]) -> list[Item]:
    """Drop repeated titles: one line per thing, however many findings or rules said it."""
    seen: set[tuple[str, str]] = set()
    out: list[Item] = []
    for item in items:
        mark = (item.title.msgid, repr(sorted(item.title.params.items())))
        if mark not in seen:
            seen.add(mark)
            out.append(item)
    return out


def _found_item(f: Finding, scrub: _Scrubber, with_body: bool) -> Item:
    title = scrub.text(f.title, scrub.finding_params(f, f.title)) or Text(PLAIN_TITLE)
    body: tuple[Text, ...] = ()
    if with_body:
        explanation = scrub.text(f.explanation, scrub.finding_params(f, f.explanation))
        body = (explanation,) if explanation is not None else ()
    return Item(title, body, f.severity)


def _found_section(findings: Sequence[Finding], scrub: _Scrubber) -> Section:
    ordered = worst_first(list(findings))
    # Problems and leads by family; what could not be checked is a group of its own, so that
    # "already fine" is never read as "everything was looked at".
    shown = [f for f in ordered if f.verdict in (Verdict.PROBLEM, Verdict.LEAD)]
    families: list[Family] = []
    for f in shown:
        if f.family not in families:
            families.append(f.family)
    groups: list[Group] = []
    for family in families:
        items = tuple(_found_item(f, scrub, with_body=f.is_problem) for f in shown if f.family == family)
        groups.append(Group(Text(FAMILY_TITLES.get(family, FAMILY_TITLES[Family.LOCK])), items))
    gaps = _unique(_found_item(f, scrub, with_body=True) for f in ordered if f.verdict == Verdict.GAP)
    if gaps:
        groups.append(Group(Text(GAPS_TITLE), tuple(gaps)))
    fine = _unique(_found_item(f, scrub, with_body=False) for f in ordered if f.verdict == Verdict.OK)
    if fine:
        groups.append(Group(Text(FINE_HEADING), tuple(fine)))
    intro = (Text(FOUND_INTRO),) if any(f.is_problem for f in findings) else (Text(NOTHING_FOUND),)
    return Section("found", Text(FOUND_HEADING), intro, tuple(groups))


def _subject(outcome: ChangeOutcome) -> str | None:
    """The app a change acted on, if any (its kind knows)."""
    return outcome.change.typed.app()


def _by_title(outcomes: Iterable[ChangeOutcome]) -> dict[str, list[ChangeOutcome]]:
    """Changes made by one rule share its title; the person reads one line per rule."""
    grouped: dict[str, list[ChangeOutcome]] = {}
    for o in outcomes:
        grouped.setdefault(o.change.title, []).append(o)
    return grouped


def _apps_line(outcomes: Sequence[ChangeOutcome], scrub: _Scrubber) -> Text | None:
    apps = sorted({s for o in outcomes if (s := _subject(o)) is not None})
    if not apps:
        return None
    if scrub.neutral_apps:  # by kind, each kind once: "a dating app, a social app"
        kinds = sorted({app_words.listed_kind(a) or "app" for a in apps})
        return scrub.text(CHANGED_APPS, {"apps": tuple(app_words.word(k, False) for k in kinds)})
    return scrub.text(CHANGED_APPS, {"apps": ", ".join(apps)})


def _changed_section(result: ApplyResult | None, scrub: _Scrubber, changes_locked: bool = False) -> Section:
    done = [o for o in result.outcomes if o.status == DONE] if result is not None else []
    # Recorded, then the session stopped before they were checked: said, never left out.
    maybe = [o for o in result.outcomes if o.status == Outcome.MAYBE] if result is not None else []
    if not done and not maybe and result is None and changes_locked:
        # A sealed record is there and was not opened: "nothing was changed" would be a guess.
        return Section("changed", Text(CHANGED_HEADING), (Text(CHANGED_LOCKED),))
    if not done and not maybe:
        return Section("changed", Text(CHANGED_HEADING), (Text(CHANGED_NOTHING),))
    groups = [Group(None, _change_items(done, scrub))] if done else []
    if maybe:
        groups.append(Group(Text(CHANGED_MAYBE), _change_items(maybe, scrub)))
    intro: tuple[Text, ...] = ()
    already = result.count(ALREADY) if result is not None else 0
    if already:
        intro = (Text(CHANGED_ALREADY, {"count": str(already)}),)
    return Section("changed", Text(CHANGED_HEADING), intro, tuple(groups))


def _change_items(outcomes: Sequence[ChangeOutcome], scrub: _Scrubber) -> tuple[Item, ...]:
    items: list[Item] = []
    for title, group in _by_title(list(outcomes)).items():
        body: list[Text] = []
        apps = _apps_line(group, scrub)
        if apps is not None:
            body.append(apps)
        if any(not o.change.reversible for o in group):
            body.append(Text(CANNOT_UNDO))
        items.append(Item(scrub.text(title) or Text(PLAIN_TITLE), tuple(body)))
    return tuple(items)


def _fix_keys(f: Finding) -> set[str]:
    """The plan keys of the changes that would answer this finding (see session.plan)."""
    keys: set[str] = set()
    for fix in f.auto_fixes:
        try:
            keys.add(key_of(change_of(fix.kind, fix.args)))
        except UnsafeValue:  # a fix that does not validate is matched on its raw args
            keys.add(change_key(fix.kind, fix.args))
    return keys


def _step_item(step: StepLike, scrub: _Scrubber, finding: Finding | None = None) -> Item | None:
    """A finding's own by-hand step; it may use the finding's fields (``{app}``).

    A step whose words cannot be shown is left out whole: a generic "how" under a title
    like "Keep a record first" would be advice the step never gave.
    """
    title = scrub.text(step.title, scrub.finding_params(finding, step.title) if finding else None)
    how = scrub.text(step.how, scrub.finding_params(finding, step.how) if finding else None)
    if title is None or how is None:
        return _generic_step(step, scrub, finding)
    return Item(title, (how,))


def _generic_step(step: StepLike, scrub: _Scrubber, finding: Finding | None) -> Item | None:
    """The same advice for any app of the kind, when a step was left out only for naming an app.

    The family comes from the finding, or for a plan's own step from the finding it re-checks.
    """
    params = finding.params if finding else {}
    if not scrub.names_an_app(fill(step.title, params) + " " + fill(step.how, params)):
        return None
    family = finding.family.value if finding else str(getattr(step, "recheck_finding", None) or "").split(".")[0]
    generic = app_words.GENERIC_STEPS.get(family)
    return Item(Text(generic[0]), (Text(generic[1]),)) if generic else None


def _manual_section(
    findings: Sequence[Finding],
    result: ApplyResult | None,
    extra_steps: Sequence[StepLike],
    scrub: _Scrubber,
) -> Section:
    outcomes = result.outcomes if result is not None else ()
    done_keys = {o.change.key for o in outcomes if o.status in (DONE, ALREADY)}
    problems = [f for f in worst_first(list(findings)) if f.is_problem]
    items: list[Item] = []

    def add(item: Item | None) -> None:
        if item is not None:
            items.append(item)

    # Changes that were tried (or offered) and did not happen: say so, then how to do it.
    not_done = [o for o in outcomes if o.status in (NOT_APPLIED, FAILED, SKIPPED)]
    covered = done_keys | {o.change.key for o in not_done}
    for title, group in _by_title(not_done).items():
        keys = {o.change.key for o in group}
        steps = [(s, f) for f in problems if _fix_keys(f) & keys for s in f.manual_steps]
        body: list[Text] = [Text(NOT_CHOSEN if all(o.status == SKIPPED for o in group) else NOT_DONE)]
        apps = _apps_line(group, scrub)
        if apps is not None:
            body.append(apps)
        hows = [t for s, f in steps if (t := scrub.text(s.how, scrub.finding_params(f, s.how))) is not None]
        body += hows or [Text(BY_HAND_FALLBACK)]
        add(Item(scrub.text(title) or Text(PLAIN_TITLE), tuple(body)))

    # Problems no change answered (nor tried to): their own manual steps.
    for f in problems:
        if _fix_keys(f) & covered:
            continue
        for step in f.manual_steps:
            add(_step_item(step, scrub, f))
    for extra in extra_steps:
        add(_step_item(extra, scrub))
    add(Item(Text(REVOKE_TITLE), (Text(REVOKE_STEPS),)))
    return Section("manual", Text(MANUAL_HEADING), (Text(MANUAL_INTRO),), (Group(None, tuple(_unique(items))),))


def _undo_section(result: ApplyResult | None, undo_available: bool, scrub: _Scrubber, undo_code: str = "") -> Section:
    done = [o for o in result.outcomes if o.status == DONE] if result is not None else []
    intro: list[Text] = []
    groups: list[Group] = []
    if undo_available:
        intro += [Text(UNDO_HOW), Text(UNDO_WHERE)]
        # The report carries the code only when the person asks: a report found with the phone
        # would otherwise open the record for whoever holds both.
        intro.append(Text(UNDO_CODE, {"code": undo_code}) if undo_code else Text(UNDO_CODE_GIVEN))
    elif done:
        intro.append(Text(UNDO_GONE))
    else:
        intro.append(Text(UNDO_NOTHING))
    irreversible = [o for o in done if not o.change.reversible]
    if irreversible:
        items = tuple(
            Item(scrub.text(title) or Text(PLAIN_TITLE), tuple(t for t in [_apps_line(group, scrub)] if t))
            for title, group in _by_title(irreversible).items()
        )
        groups.append(Group(Text(UNDO_IRREVERSIBLE), items))
    return Section("undo", Text(UNDO_HEADING), tuple(intro), tuple(groups))


def _advice_section(section_id: str, heading: str, pairs: Sequence[tuple[str, str]]) -> Section:
    items = tuple(Item(Text(title), (Text(how),)) for title, how in pairs)
    return Section(section_id, Text(heading), (), (Group(None, items),))


def _ids_section(device_ids: Mapping[str, str]) -> Section | None:
    items: list[Item] = []
    for key, value in device_ids.items():
        if not value:
            continue
        base = key.split(":", 1)[0]
        label = ID_LABELS.get(base, key)
        items.append(Item(Text(label), (Text(_VERBATIM, {"value": value}),)))
    if not items:
        return None
    return Section("ids", Text(IDS_HEADING), (), (Group(None, tuple(items)),))


def device_identifiers(snap: Snapshot, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The identifiers a scan saw, for ``build_report(device_ids=...)``.

    They are what the report lists when the person asks, and what it masks everywhere when
    they do not; so every account is included, not only the ones a finding happens to name.
    ``extra`` adds what the caller knows besides (the USB serial it connected to).
    """
    ids: dict[str, str] = {}
    props = snap.props.value
    serial = ""
    if props is not None:
        serial = (props.get("ro.serialno") or props.get("ro.boot.serialno") or "").strip()
    # The phone's own words, made inert as the checks' texts are (which is also the form in
    # which the scrubber finds them there).
    if serial:
        ids["serial"] = inert.shown(serial)
    for n, account in enumerate(snap.accounts.value or (), 1):
        if account.name.strip():
            ids[f"account:{n}"] = inert.shown(account.name.strip())
    for key, value in (extra or {}).items():
        if value and value not in ids.values():
            ids[key] = value
    return ids


def build_report(
    findings: Sequence[Finding],
    apply_result: ApplyResult | None,
    undo_available: bool,
    lang: str,
    include_ids: bool = False,
    device_ids: Mapping[str, str] | None = None,
    *,
    manual_steps: Sequence[StepLike] = (),
    changes_locked: bool = False,
    undo_code: str = "",
) -> Report:
    """The report as data. Pure: no phone, no Qt, no disk.

    ``device_ids`` are the identifiers the caller knows (serial number, account names, ...,
    keyed ``"serial"``, ``"imei"``, ``"phone_number"``, ``"account:<n>"``, ``"model"``). With
    ``include_ids`` they are listed; without, they are listed nowhere and masked wherever a
    finding's fields would have shown them. ``manual_steps`` adds a plan's own by-hand steps
    (``Plan.manual``); a step whose words are not neutral is left out. ``changes_locked``: the
    phone keeps a sealed record this report could not open. ``undo_code``: the person asked for
    their undo code to be on the report.
    Labels in ``ID_LABELS`` are translated; an unknown key is shown as it is.
    """
    ids = dict(device_ids or {})
    scrub = _Scrubber(() if include_ids else ids.values(), None if include_ids else app_words.app_names(list(findings)))
    sections: list[Section] = []
    if include_ids:
        ids_section = _ids_section(ids)
        if ids_section is not None:
            sections.append(ids_section)
    sections.append(_found_section(findings, scrub))
    sections.append(_changed_section(apply_result, scrub, changes_locked))
    sections.append(_manual_section(findings, apply_result, manual_steps, scrub))
    sections.append(_undo_section(apply_result, undo_available, scrub, undo_code))
    sections.append(_advice_section("soon", SOON_HEADING, SOON_ITEMS))
    sections.append(_advice_section("taken", TAKEN_HEADING, TAKEN_ITEMS))
    return Report(lang, Text(TITLE), Text(INTRO), tuple(sections), Text(FOOTER))
