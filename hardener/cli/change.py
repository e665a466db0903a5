"""``plan``, ``apply``, ``undo`` and ``finish``: the changing half of a visit, on the command line.

Each is a few lines around :class:`~hardener.session.visit.PhoneSession`, which holds the rules
(a record from an earlier visit is opened with its code or never written over; a spying app is
left alone unless ``--touch-spying-apps``; the undo code is shown before any change).
"""

from __future__ import annotations

import argparse
import json
import sys

from hardener.cli import device
from hardener.i18n.markers import N_, Nn_, Words
from hardener.inert import shown
from hardener.session import journal as jr
from hardener.session.journal import UndoCode
from hardener.session.outcome import Outcome
from hardener.session.plan import Plan, PlannedChange, plan_document
from hardener.session.profiles import Profile, find_profile
from hardener.session.refusal import EXPLAIN, Refusal, first_line
from hardener.session.visit import PhoneSession, RecordStatus, SpyingAppChoice

ExitCode = int


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("plan", help="show what a profile would change; changes nothing")
    p.add_argument("profile")
    device.add_selector(p)
    p.add_argument("--json", action="store_true", help="print the plan as one JSON document")
    p.set_defaults(func=cmd_plan)

    p = sub.add_parser("apply", help="apply a profile: undo record first, then change, then verify")
    p.add_argument("profile")
    device.add_selector(p)
    p.add_argument("--yes", action="store_true", help="do not ask before applying")
    p.add_argument("--allow-irreversible", action="store_true", help="also do changes that cannot be undone")
    p.add_argument("--touch-spying-apps", action="store_true",
                   help="also change apps found to be spying (this can warn whoever installed them; --yes never does)")
    device.add_undo_code_option(p)
    p.set_defaults(func=cmd_apply)

    p = sub.add_parser("undo", help="put back everything hardener changed on this phone")
    device.add_selector(p)
    p.add_argument("--yes", action="store_true")
    p.add_argument("--forget", action="store_true", help="erase the undo record on the phone instead")
    p.add_argument("--touch-spying-apps", action="store_true",
                   help="also give access back to apps found to be spying (off by default)")
    device.add_undo_code_option(p)
    p.set_defaults(func=cmd_undo)

    p = sub.add_parser("finish", help="end the session: erase the undo record, switch USB debugging off")
    device.add_selector(p)
    p.add_argument("--keep-undo", action="store_true",
                   help="keep the undo record on the phone (sealed with its code; someone who searches the phone can "
                        "see that its settings were changed)")
    p.set_defaults(func=cmd_finish)


# --- plan -----------------------------------------------------------------------------------------


def _planned(visit: PhoneSession, profile: Profile, touch_spying_apps: bool = False) -> Plan:
    visit.scan()
    if touch_spying_apps:
        visit.decide(SpyingAppChoice.TOUCH_IT)
    return visit.make_plan(profile)


def _record_notice(words: Words, visit: PhoneSession) -> None:
    """Say what the phone's undo record means for this command, before anything else happens."""
    if visit.record_status is RecordStatus.LOCKED:
        print(words.say(N_("Note: {text}"), {"text": words(jr.UndoCodeNeeded.message)}), file=sys.stderr)
    elif visit.record_interrupted:
        print(
            words(N_(
                "Note: a previous apply on this phone was interrupted. Its changes are recorded on the phone:\n"
                "      run 'hardener undo' with the same undo code to take them back, or apply again to finish."
            )),
            file=sys.stderr,
        )


# What became of each change, as the app says it (the app's words live in its own contexts).
OUTCOME_WORDS = {
    Outcome.DONE: N_("Fixed"),
    Outcome.ALREADY: N_("Already fine"),
    Outcome.NOT_APPLIED: N_("Not fixed"),
    Outcome.SKIPPED: N_("Skipped"),
    Outcome.FAILED: N_("Not sure"),
    Outcome.MAYBE: N_("Not sure"),
}


def print_plan(words: Words, plan: Plan) -> None:
    print(words.say(N_("Profile: {title}"), {"title": words(plan.profile.title)}))
    if not plan.changes and not plan.manual:
        print(words(N_("Nothing to change.")))
    for change in plan.changes:
        # Plain words a person recognises ("Screen turns off after: 10 minutes -> 30 seconds"):
        # no setting key, no raw number. Values and app names can be the phone's: inert.
        now, after = shown(words(change.current)), shown(words(change.target))
        mark = words(N_("already done")) if change.already_done else f"{now} -> {after}"
        note = "" if change.reversible else "   " + words(N_("(CANNOT be undone)"))
        what = shown(words(change.typed.label()))
        aspect = words(change.typed.aspect()) if change.typed.aspect() else ""
        print(f"  - {words(change.title)}: {what}{' (' + aspect + ')' if aspect else ''}: {mark}{note}")
    if plan.manual:
        print(words(N_("You do these on the phone yourself:")))
        for i, step in enumerate(plan.manual, 1):
            print(f"  {i}. {words(step.title)}: {words(step.how)}")
    for refused in plan.refused:
        print("  ! " + words.say(N_("skipped, the phone reported an unsafe name: {name}"), {"name": shown(refused)}))
    if plan.untouched and not plan.include_watched:
        print(words.plural(Nn_(
            "Not touched: %n change(s) to a spying app. Changing it can warn the person who installed it: "
            "see the safety plan first. (Only --touch-spying-apps would include them.)"
        ), len(plan.untouched)))
    elif plan.untouched:
        print(words.plural(
            Nn_("WARNING: %n change(s) touch a spying app, as you chose (--touch-spying-apps)."), len(plan.untouched)
        ))


def cmd_plan(args: argparse.Namespace) -> ExitCode:
    profile = find_profile(args.profile)  # before any phone is touched (UnknownProfile lists the names)
    words: Words = args.words
    with device.visit(args) as visit:
        _record_notice(words, visit)
        plan = _planned(visit, profile)
    if args.json:
        json.dump(plan_document(plan), sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    print_plan(words, plan)
    print(words(N_("(Nothing was changed.)")))
    return 0


# --- apply --------------------------------------------------------------------------------------------


def _print_undo_code(words: Words, code: UndoCode, before: bool) -> None:
    """The code is shown before any change, so a cable pulled mid-apply never loses the way back.

    The code itself is never translated or reshaped: it is what the person types back."""
    if before:
        print(words.say(
            N_("Undo code for these changes: {code}   (write it down now, keep it apart from the phone)"),
            {"code": str(code)},
        ), flush=True)
        return
    print(words.say(N_("Undo code: {code}"), {"code": str(code)}))
    print(words(N_(
        "  Only with it can these changes be undone later, from any computer: hardener undo --undo-code CODE.\n"
        "  'hardener finish' erases the undo record from the phone unless you add --keep-undo."
    )))


def cmd_apply(args: argparse.Namespace) -> ExitCode:
    profile = find_profile(args.profile)
    words: Words = args.words
    with device.visit(args, args.undo_code) as visit:
        if visit.record_status is RecordStatus.LOCKED:
            # Never write over a record this session cannot open: its changes could not be undone.
            raise jr.UndoCodeNeeded("a sealed record is on the phone")
        _record_notice(words, visit)
        plan = _planned(visit, profile, args.touch_spying_apps)
        print_plan(words, plan)
        if not plan.to_apply:
            print(words(N_("Nothing to apply: the phone already matches this profile.")))
            return 0
        if not args.yes and not device.ask(words, words.plural(Nn_("Apply %n change(s)?"), len(plan.to_apply))):
            print(words(N_("Nothing was changed.")))
            return 1

        def consent(change: PlannedChange) -> bool:
            question = N_("'{title}' ({what}) CANNOT be undone. Do it?")
            what = shown(words(change.typed.label()))
            return device.ask(words, words.say(question, {"title": words(change.title), "what": what}))

        def progress(event: object) -> None:
            from hardener.session.visit import ChangeProgress

            match event:
                case ChangeProgress(change=change, status=status) if status in OUTCOME_WORDS:
                    print(f"  {words(OUTCOME_WORDS[Outcome(status)]):<14} {words(change.title)}", flush=True)
                case _:
                    pass

        code = visit.code
        if code is None:
            code = visit.code = UndoCode.new()
            _print_undo_code(words, code, before=True)
        result = visit.apply(consent, progress, allow_irreversible=args.allow_irreversible, plan=plan)
    counts = {
        "changed": result.count(Outcome.DONE), "already": result.count(Outcome.ALREADY),
        "not_applied": result.count(Outcome.NOT_APPLIED), "skipped": result.count(Outcome.SKIPPED),
        "failed": result.count(Outcome.FAILED), "round_trips": result.round_trips,
    }
    print(words.say(N_(
        "Done: {changed} changed, {already} already fine, {not_applied} not applied, {skipped} skipped, "
        "{failed} failed ({round_trips} round trips)."
    ), counts))
    for outcome in result.outcomes:
        if outcome.status in (Outcome.NOT_APPLIED, Outcome.FAILED):
            print(f"  ! {words(outcome.change.title)}: {shown(first_line(outcome.detail), 300)}")
    refusal = visit.refusal()
    if refusal is not Refusal.NONE:
        print(words.say(N_("Why: {text}"), {"text": words(EXPLAIN[refusal])}))
        if refusal is Refusal.XIAOMI_SECURITY_SETTINGS:
            print(words(N_("  (Here: once it is on, run the same 'hardener apply' again.)")))
    if result.record_kept:
        _print_undo_code(words, code, before=False)
    else:
        print(words(N_("Nothing was changed, so no undo record is kept on the phone (the code is not needed).")))
    return 0 if result.count(Outcome.NOT_APPLIED) + result.count(Outcome.FAILED) == 0 else 1


# --- undo --------------------------------------------------------------------------------------------------


def cmd_undo(args: argparse.Namespace) -> ExitCode:
    code = args.undo_code
    words: Words = args.words
    erased = N_("The undo record is erased: the phone holds none now.")
    nothing = N_("There is nothing to undo on this phone.")
    with device.visit(args) as visit:
        if args.forget:
            question = N_("Erase the undo record on the phone? Changes can then not be undone.")
            if not args.yes and not device.ask(words, words(question)):
                return 1
            erase = visit.erase_record()
            if not erase.erased:
                device.print_left(words, erase.remaining)
                return 1
            print(words(erased))
            return 0
        if visit.record_status is RecordStatus.NONE:
            print(words(nothing))
            return 0
        if code is None:
            code = device.ask_code(words)
        if code is None:
            raise jr.UndoCodeNeeded("no code given")
        journal = visit.open_record(code)
        if journal is None:
            print(words(nothing))
            return 0
        print(words.plural(Nn_("%n change(s) can be undone."), len(journal.undoable)))
        if journal.damaged:
            print(words.plural(
                Nn_("%n entry(ies) of the record are damaged and will be left alone."), len(journal.damaged)
            ))
        if not args.yes and not device.ask(words, words(N_("Undo them?"))):
            return 1
        result = visit.undo(include_watched=args.touch_spying_apps)
    print(words.say(N_("Restored {restored} of {total}."), {
        "restored": sum(o.restored for o in result.outcomes), "total": len(result.outcomes),
    }))
    for outcome in result.outcomes:
        if not outcome.restored:
            print(f"  ! {shown(outcome.entry.key)}: {shown(outcome.detail, 300)}")
    for entry in result.not_undoable:
        print("  " + words.say(N_("(cannot be undone: {what})"), {"what": shown(entry.key)}))
    for damaged in result.damaged:
        print("  ! " + words.say(
            N_("entry {number} of the record is damaged ({problem}); check by hand"),
            {"number": damaged.index + 1, "problem": shown(damaged.problem)},
        ))
    if result.left_on_phone:
        device.print_left(words, result.left_on_phone)
        return 1
    if result.journal_cleared:
        print(words(erased))
    return 0 if result.complete else 1


# --- finish --------------------------------------------------------------------------------------------------


def cmd_finish(args: argparse.Namespace) -> ExitCode:
    words: Words = args.words
    with device.visit(args) as visit:
        result = visit.finish(keep_record=args.keep_undo)
    if result.record_left:
        device.print_left(words, result.record_left)
        print(words(N_("USB debugging was left on, so you can try again.")))
        return 1
    if result.record_kept:
        print(words(N_(
            "The undo record stays on the phone, sealed with its undo code. Someone who searches the phone can "
            "see that a file is there, but cannot read it without the code."
        )))
    elif not args.keep_undo:
        print(words(N_("The undo record is erased (checked): nothing hardener wrote is left on the phone.")))
    if result.debugging_off:
        print(words(N_("USB debugging is now off. The connection has ended, as expected.")))
    else:
        print(words.say(
            N_("The phone did not switch USB debugging off: {detail}"), {"detail": shown(result.detail, 300)}
        ))
    print(words.say(N_("Last step, on the phone: {step}"), {"step": words(result.manual_step)}))
    return 0 if result.debugging_off else 1
