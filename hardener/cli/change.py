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


def _record_notice(visit: PhoneSession) -> None:
    """Say what the phone's undo record means for this command, before anything else happens."""
    if visit.record_status is RecordStatus.LOCKED:
        print(f"Note: {jr.UndoCodeNeeded.message}", file=sys.stderr)
    elif visit.record_interrupted:
        print(
            "Note: a previous apply on this phone was interrupted. Its changes are recorded on the phone:\n"
            "      run 'hardener undo' with the same undo code to take them back, or apply again to finish.",
            file=sys.stderr,
        )


def print_plan(plan: Plan) -> None:
    print(f"Profile: {plan.profile.title}")
    if not plan.changes and not plan.manual:
        print("Nothing to change.")
    for change in plan.changes:
        # Plain words a person recognises ("Screen turns off after: 10 minutes -> 30 seconds"):
        # no setting key, no raw number. Values and app names can be the phone's: inert.
        now, after = shown(change.current), shown(change.target)
        mark = "already done" if change.already_done else f"{now} -> {after}"
        note = "" if change.reversible else "   (CANNOT be undone)"
        what = shown(change.typed.label())
        aspect = change.typed.aspect()
        print(f"  - {change.title}: {what}{' (' + aspect + ')' if aspect else ''}: {mark}{note}")
    if plan.manual:
        print("You do these on the phone yourself:")
        for i, step in enumerate(plan.manual, 1):
            print(f"  {i}. {step.title}: {step.how}")
    for refused in plan.refused:
        print(f"  ! skipped, the phone reported an unsafe name: {shown(refused)}")
    if plan.untouched and not plan.include_watched:
        print(f"Not touched: {len(plan.untouched)} change(s) to a spying app. Changing it can warn the person")
        print("  who installed it: see the safety plan first. (Only --touch-spying-apps would include them.)")
    elif plan.untouched:
        print(f"WARNING: {len(plan.untouched)} change(s) touch a spying app, as you chose (--touch-spying-apps).")


def cmd_plan(args: argparse.Namespace) -> ExitCode:
    profile = find_profile(args.profile)  # before any phone is touched (UnknownProfile lists the names)
    with device.visit(args) as visit:
        _record_notice(visit)
        plan = _planned(visit, profile)
    if args.json:
        json.dump(plan_document(plan), sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    print_plan(plan)
    print("(Nothing was changed.)")
    return 0


# --- apply --------------------------------------------------------------------------------------------


def _print_undo_code(code: UndoCode, before: bool) -> None:
    """The code is shown before any change, so a cable pulled mid-apply never loses the way back."""
    if before:
        print(f"Undo code for these changes: {code}   (write it down now, keep it apart from the phone)", flush=True)
        return
    print(
        f"Undo code: {code}\n"
        "  Only with it can these changes be undone later, from any computer: hardener undo --undo-code CODE.\n"
        "  'hardener finish' erases the undo record from the phone unless you add --keep-undo."
    )


def cmd_apply(args: argparse.Namespace) -> ExitCode:
    profile = find_profile(args.profile)
    with device.visit(args, args.undo_code) as visit:
        if visit.record_status is RecordStatus.LOCKED:
            # Never write over a record this session cannot open: its changes could not be undone.
            raise jr.UndoCodeNeeded("a sealed record is on the phone")
        _record_notice(visit)
        plan = _planned(visit, profile, args.touch_spying_apps)
        print_plan(plan)
        if not plan.to_apply:
            print("Nothing to apply: the phone already matches this profile.")
            return 0
        if not args.yes and not device.ask(f"Apply {len(plan.to_apply)} change(s)?"):
            print("Nothing was changed.")
            return 1

        def consent(change: PlannedChange) -> bool:
            return device.ask(f"'{change.title}' ({shown(change.typed.label())}) CANNOT be undone. Do it?")

        def progress(event: object) -> None:
            from hardener.session.visit import ChangeProgress

            match event:
                case ChangeProgress(change=change, status=status) if status != Outcome.WRITING:
                    print(f"  {status:<12} {change.title}", flush=True)
                case _:
                    pass

        code = visit.code
        if code is None:
            code = visit.code = UndoCode.new()
            _print_undo_code(code, before=True)
        result = visit.apply(consent, progress, allow_irreversible=args.allow_irreversible, plan=plan)
    print(
        f"Done: {result.count(Outcome.DONE)} changed, {result.count(Outcome.ALREADY)} already fine, "
        f"{result.count(Outcome.NOT_APPLIED)} not applied, {result.count(Outcome.SKIPPED)} skipped, "
        f"{result.count(Outcome.FAILED)} failed ({result.round_trips} round trips)."
    )
    for outcome in result.outcomes:
        if outcome.status in (Outcome.NOT_APPLIED, Outcome.FAILED):
            print(f"  ! {outcome.change.title}: {shown(first_line(outcome.detail), 300)}")
    refusal = visit.refusal()
    if refusal is not Refusal.NONE:
        print(f"Why: {EXPLAIN[refusal]}")
        if refusal is Refusal.XIAOMI_SECURITY_SETTINGS:
            print("  (Here: once it is on, run the same 'hardener apply' again.)")
    if result.record_kept:
        _print_undo_code(code, before=False)
    else:
        print("Nothing was changed, so no undo record is kept on the phone (the code is not needed).")
    return 0 if result.count(Outcome.NOT_APPLIED) + result.count(Outcome.FAILED) == 0 else 1


# --- undo --------------------------------------------------------------------------------------------------


def cmd_undo(args: argparse.Namespace) -> ExitCode:
    code = args.undo_code
    with device.visit(args) as visit:
        if args.forget:
            if not args.yes and not device.ask("Erase the undo record on the phone? Changes can then not be undone."):
                return 1
            erase = visit.erase_record()
            if not erase.erased:
                device.print_left(erase.remaining)
                return 1
            print("The undo record is erased: the phone holds none now.")
            return 0
        if visit.record_status is RecordStatus.NONE:
            print("There is nothing to undo on this phone.")
            return 0
        if code is None:
            code = device.ask_code()
        if code is None:
            raise jr.UndoCodeNeeded("no code given")
        journal = visit.open_record(code)
        if journal is None:
            print("There is nothing to undo on this phone.")
            return 0
        print(f"{len(journal.undoable)} change(s) can be undone.")
        if journal.damaged:
            print(f"{len(journal.damaged)} entry(ies) of the record are damaged and will be left alone.")
        if not args.yes and not device.ask("Undo them?"):
            return 1
        result = visit.undo(include_watched=args.touch_spying_apps)
    print(f"Restored {sum(o.restored for o in result.outcomes)} of {len(result.outcomes)}.")
    for outcome in result.outcomes:
        if not outcome.restored:
            print(f"  ! {shown(outcome.entry.key)}: {shown(outcome.detail, 300)}")
    for entry in result.not_undoable:
        print(f"  (cannot be undone: {shown(entry.key)})")
    for damaged in result.damaged:
        print(f"  ! entry {damaged.index + 1} of the record is damaged ({shown(damaged.problem)}); check by hand")
    if result.left_on_phone:
        device.print_left(result.left_on_phone)
        return 1
    if result.journal_cleared:
        print("The undo record is erased: the phone holds none now.")
    return 0 if result.complete else 1


# --- finish --------------------------------------------------------------------------------------------------


def cmd_finish(args: argparse.Namespace) -> ExitCode:
    with device.visit(args) as visit:
        result = visit.finish(keep_record=args.keep_undo)
    if result.record_left:
        device.print_left(result.record_left)
        print("USB debugging was left on, so you can try again.")
        return 1
    if result.record_kept:
        print("The undo record stays on the phone, sealed with its undo code. Someone who searches the phone can")
        print("see that a file is there, but cannot read it without the code.")
    elif not args.keep_undo:
        print("The undo record is erased (checked): nothing hardener wrote is left on the phone.")
    if result.debugging_off:
        print("USB debugging is now off. The connection has ended, as expected.")
    else:
        print(f"The phone did not switch USB debugging off: {shown(result.detail, 300)}")
    print("Last step, on the phone: " + result.manual_step)
    return 0 if result.debugging_off else 1
