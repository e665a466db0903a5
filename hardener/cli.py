"""The command line: one sub-command per job, each a thin layer over the library.

Nothing here talks ADB or parses phone output; it picks a phone, calls the library, and
prints. Errors are hardener's typed errors, printed as their plain message; ``--debug``
adds the technical detail, on the terminal only: hardener writes no log file.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from hardener.adb.connect import Connection, DeviceSelector, connect
from hardener.errors import AdbServerHoldsDevice, HardenerError
from hardener.inert import shown

ExitCode = int


def _add_selector(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--serial",
        metavar="S",
        help="the USB phone with this serial number (with --adb-server: its name in 'adb devices')",
    )
    group.add_argument("--tcp", metavar="HOST:PORT", help="a phone (or practice phone) over TCP")
    group.add_argument(
        "--demo",
        nargs="?",
        const="",
        metavar="PERSONA",
        help="the built-in practice phone (not a real phone); see 'hardener sim --list'",
    )
    parser.add_argument(
        "--adb-server",
        action="store_true",
        help="reach the phone through Google's adb server (port 5037 or $ANDROID_ADB_SERVER_PORT)",
    )


def selector_from(args: argparse.Namespace) -> DeviceSelector:
    adb_server = bool(getattr(args, "adb_server", False))
    if adb_server and (args.tcp or args.demo is not None):
        raise SystemExit("hardener: --adb-server goes with --serial (or nothing), not with --tcp or --demo")
    return DeviceSelector(serial=args.serial, tcp=args.tcp, demo=args.demo, adb_server=adb_server)


def _waiting(out: TextIO) -> Callable[[], None]:
    def say() -> None:
        print("Unlock the phone and tap \"Allow\" on the \"Allow USB debugging?\" message…", file=out, flush=True)

    return say


def open_connection(args: argparse.Namespace) -> Connection:
    try:
        return connect(selector_from(args), on_waiting_for_allow=_waiting(sys.stderr))
    except AdbServerHoldsDevice as exc:
        # Another adb program holds the USB phone. Stop it only if the person says so: their
        # IDE or screen-mirroring tool may depend on it.
        from hardener.adb.discovery import find_adb_server, stop_adb_server

        server = find_adb_server()
        print(f"hardener: {exc.plain()}", file=sys.stderr)
        print("  (Or leave it running and go through it: the same command with --adb-server.)", file=sys.stderr)
        if server is None or not _ask("Stop the other adb program now?"):
            raise
        stop_adb_server(server)
        return connect(selector_from(args), on_waiting_for_allow=_waiting(sys.stderr))


# --- sub-commands ---------------------------------------------------------------------------------


def cmd_info(args: argparse.Namespace) -> ExitCode:
    from hardener.device.gather import INFO_SECTIONS, gather
    from hardener.report.device_summary import format_summary, summarise

    with open_connection(args) as conn:
        snap = gather(conn.channel, sections=INFO_SECTIONS)
    summary = summarise(snap, show_ids=args.show_ids)
    if conn.is_practice:
        print("Practice phone (simulated, not a real phone)")
    print(format_summary(summary))
    return 0


def cmd_sim(args: argparse.Namespace) -> ExitCode:
    from hardener.sim.personas import list_personas

    if args.list:
        for p in list_personas():
            print(f"{p.name}  {p.description} (Android {p.android_release}, {p.app_count} apps)")
        return 0
    from hardener.errors import UnknownPracticePhone
    from hardener.sim.personas import persona_names
    from hardener.sim.runner import start_practice_phone

    if args.persona not in persona_names():
        raise UnknownPracticePhone(name=args.persona, names=", ".join(persona_names()))

    stop = threading.Event()
    with start_practice_phone(
        persona=args.persona, port=args.port, latency_ms=args.latency_ms, fail_prefixes=args.fail
    ) as sim:
        print(f"Practice phone '{args.persona}' listening on {sim.host}:{sim.port}", flush=True)
        print(f"Connect with: adb connect {sim.host}:{sim.port}   (Ctrl-C stops it)", flush=True)
        try:
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            print("\nStopped.", flush=True)
    return 0


def cmd_scan(args: argparse.Namespace) -> ExitCode:
    from hardener.checks import run_checks
    from hardener.device.gather import gather
    from hardener.report.text import format_findings, scan_document

    # A progress line redrawn in place ("\r") only on a terminal: piped or logged, it would be
    # noise, and the output stays free of control characters.
    live = not args.json and sys.stderr.isatty()

    def progress(section: Any, done: int, total: int) -> None:
        if live:
            print(f"\r[{done}/{total}] reading {section.label}…".ljust(60), end="", file=sys.stderr, flush=True)

    with open_connection(args) as conn:
        snap = gather(conn.channel, on_progress=progress)
    if live:
        print(file=sys.stderr)
    findings = run_checks(snap, show_names=args.show_names)
    if args.json:
        json.dump(scan_document(snap, findings), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print(format_findings(findings))
    return 0


def _ask(question: str) -> bool:
    """Ask on the terminal; with no terminal to ask on, the answer is no."""
    if not sys.stdin or not sys.stdin.isatty():
        print(f"{question} -> no (no terminal to ask on)", file=sys.stderr)
        return False
    try:
        answer = input(f"{question} [y/N] ")
    except (EOFError, OSError):
        return False
    return answer.strip().lower() in ("y", "yes")


def cmd_profiles(args: argparse.Namespace) -> ExitCode:
    from hardener.session.profiles import builtin_profiles

    for profile in builtin_profiles():
        print(f"{profile.id:<22} {profile.title}")
        print(f"{'':<22} {profile.description}")
    return 0


def _profile(name: str) -> Any:
    """The profile asked for, found before any phone is touched (UnknownProfile lists the names)."""
    from hardener.session.profiles import find_profile

    return find_profile(name)


def _scan_and_plan(conn: Connection, profile: Any, include_watched: bool = False) -> Any:
    from hardener.checks import run_checks
    from hardener.device.gather import gather
    from hardener.session.plan import make_plan

    snap = gather(conn.channel)
    return make_plan(profile, snap, run_checks(snap), include_watched=include_watched)


def _print_plan(plan: Any) -> None:
    print(f"Profile: {plan.profile.title}")
    if not plan.changes and not plan.manual:
        print("Nothing to change.")
    for change in plan.changes:
        # "now" is the phone's own value, and names are the phone's: inert before printing.
        mark = "already done" if change.already_done else f"{shown(change.current)} -> {shown(change.target)}"
        note = "" if change.reversible else "   (CANNOT be undone)"
        subject = change.args.get("package") or change.args.get("key") or change.args.get("component") or ""
        print(f"  - {change.title} [{shown(str(subject))}]: {mark}{note}")
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


def add_undo_code_option(parser: argparse.ArgumentParser) -> None:
    """``--undo-code``: the code that opens the phone's undo record (shown after an apply)."""
    parser.add_argument("--undo-code", type=_undo_code, metavar="CODE",
                        help="the undo code shown after an earlier apply, like 7KQ2-M9XD-4TPR")


def _undo_code(text: str) -> Any:
    from hardener.session.journal import BadUndoCode, UndoCode

    try:
        return UndoCode.parse(text)
    except BadUndoCode as exc:
        raise argparse.ArgumentTypeError(exc.plain()) from None


def _journal_notice(conn: Connection, code: Any) -> None:
    """Say what the phone's undo record means for this command, before anything else happens."""
    from hardener.session import journal as jr

    found = jr.fetch(conn.channel)
    if not found.exists:
        return
    if code is None:
        print(f"Note: {jr.UndoCodeNeeded.message}", file=sys.stderr)
        return
    journal = jr.open_record(found, code)  # a wrong code or a damaged record stops here
    if journal is not None and journal.state == jr.APPLYING:
        print(
            "Note: a previous apply on this phone was interrupted. Its changes are recorded on the phone:\n"
            "      run 'hardener undo' with the same undo code to take them back, or apply again to finish.",
            file=sys.stderr,
        )


def _print_undo_code(code: Any, before: bool) -> None:
    """The code is shown before any change, so a cable pulled mid-apply never loses the way back."""
    if before:
        print(f"Undo code for these changes: {code}   (write it down now, keep it apart from the phone)", flush=True)
        return
    print(
        f"Undo code: {code}\n"
        "  Only with it can these changes be undone later, from any computer: hardener undo --undo-code CODE.\n"
        "  'hardener finish' erases the undo record from the phone unless you add --keep-undo."
    )


def cmd_plan(args: argparse.Namespace) -> ExitCode:
    profile = _profile(args.profile)
    with open_connection(args) as conn:
        _journal_notice(conn, None)
        plan = _scan_and_plan(conn, profile)
    _print_plan(plan)
    print("(Nothing was changed.)")
    return 0


def cmd_apply(args: argparse.Namespace) -> ExitCode:
    from hardener.session import journal as jr
    from hardener.session.apply import apply_plan

    profile = _profile(args.profile)
    with open_connection(args) as conn:
        if args.undo_code is None and jr.fetch(conn.channel).exists:
            # Never write over a record this session cannot open: its changes could not be undone.
            raise jr.UndoCodeNeeded("a sealed record is on the phone")
        _journal_notice(conn, args.undo_code)
        code = args.undo_code or jr.UndoCode.new()
        plan = _scan_and_plan(conn, profile, include_watched=args.touch_spying_apps)
        _print_plan(plan)
        if not plan.to_apply:
            print("Nothing to apply: the phone already matches this profile.")
            return 0
        if not args.yes and not _ask(f"Apply {len(plan.to_apply)} change(s)?"):
            print("Nothing was changed.")
            return 1

        def consent(change: Any) -> bool:
            return _ask(f"'{change.title}' ({shown(str(change.args.get('package', '')))}) CANNOT be undone. Do it?")

        def progress(change: Any, status: str) -> None:
            if status != "writing":
                print(f"  {status:<12} {change.title}", flush=True)

        if args.undo_code is None:
            _print_undo_code(code, before=True)
        result = apply_plan(
            conn.channel, plan, consent=consent, code=code, allow_irreversible=args.allow_irreversible,
            on_progress=progress,
        )
    print(
        f"Done: {result.count('done')} changed, {result.count('already')} already fine, "
        f"{result.count('not_applied')} not applied, {result.count('skipped')} skipped, "
        f"{result.count('failed')} failed ({result.round_trips} round trips)."
    )
    for outcome in result.outcomes:
        if outcome.status in ("not_applied", "failed"):
            print(f"  ! {outcome.change.title}: {shown(outcome.detail, 300)}")
    if result.record_kept:
        _print_undo_code(code, before=False)
    else:
        print("Nothing was changed, so no undo record is kept on the phone (the code is not needed).")
    return 0 if result.count("not_applied") + result.count("failed") == 0 else 1


def _print_left(left: Sequence[str]) -> None:
    print("Still on the phone, NOT erased: " + ", ".join(shown(n) for n in left), file=sys.stderr)
    print("Try again; if it stays, the phone may refuse to delete it (check its storage).", file=sys.stderr)


def cmd_undo(args: argparse.Namespace) -> ExitCode:
    from hardener.checks import run_checks
    from hardener.device.gather import gather
    from hardener.session import journal as jr
    from hardener.session.plan import watched_apps
    from hardener.session.undo import undo

    with open_connection(args) as conn:
        if args.forget:
            if not args.yes and not _ask("Erase the undo record on the phone? Changes can then not be undone."):
                return 1
            erase = jr.forget_journal(conn.channel)
            if not erase.erased:
                _print_left(erase.remaining)
                return 1
            print("The undo record is erased: the phone holds none now.")
            return 0
        found = jr.fetch(conn.channel)
        if not found.exists:
            print("There is nothing to undo on this phone.")
            return 0
        code = args.undo_code
        if code is None and sys.stdin is not None and sys.stdin.isatty():
            code = _ask_code()
        journal = jr.open_record(found, code)
        assert journal is not None
        print(f"{len(journal.undoable)} change(s) can be undone.")
        if journal.damaged:
            print(f"{len(journal.damaged)} entry(ies) of the record are damaged and will be left alone.")
        if not args.yes and not _ask("Undo them?"):
            return 1
        # Never give a spying app its access back behind the person's back: look first.
        watched = watched_apps(run_checks(gather(conn.channel)))
        result = undo(conn.channel, code, watched=watched, include_watched=args.touch_spying_apps)
    print(f"Restored {sum(o.restored for o in result.outcomes)} of {len(result.outcomes)}.")
    for outcome in result.outcomes:
        if not outcome.restored:
            print(f"  ! {shown(outcome.entry.key)}: {shown(outcome.detail, 300)}")
    for entry in result.not_undoable:
        print(f"  (cannot be undone: {shown(entry.key)})")
    for damaged in result.damaged:
        print(f"  ! entry {damaged.index + 1} of the record is damaged ({shown(damaged.problem)}); check by hand")
    if result.left_on_phone:
        _print_left(result.left_on_phone)
        return 1
    if result.journal_cleared:
        print("The undo record is erased: the phone holds none now.")
    return 0 if result.complete else 1


def _ask_code() -> Any:
    """Ask for the undo code on the terminal, without echo (someone may be looking)."""
    import getpass

    from hardener.session.journal import BadUndoCode, UndoCode

    for _ in range(3):
        try:
            typed = getpass.getpass("Undo code (shown after the apply): ")
        except (EOFError, OSError):
            return None
        try:
            return UndoCode.parse(typed)
        except BadUndoCode as exc:
            print(exc.plain(), file=sys.stderr)
    return None


def cmd_finish(args: argparse.Namespace) -> ExitCode:
    from hardener.session.finish import finish

    conn = open_connection(args)
    try:
        result = finish(conn.channel, keep_record=args.keep_undo)
    finally:
        conn.close()
    if result.record_left:
        _print_left(result.record_left)
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


def cmd_gui(args: argparse.Namespace) -> ExitCode:
    from hardener.gui.app import main as gui_main

    return gui_main(list(args.rest))


def cmd_devices(args: argparse.Namespace) -> ExitCode:
    from hardener.adb.discovery import find_adb_server, list_usb_phones

    if args.adb_server:
        from hardener.adb.host_client import AdbServerClient

        client = AdbServerClient()
        client.check_version()
        listed = client.devices()
        for device in listed:
            print(f"{shown(device.serial)}  {shown(device.state)}  {shown(device.model)}".rstrip())  # the phone's words
        if not listed:
            print(f"The adb server (port {client.port}) has no phone.")
        return 0
    phones = list_usb_phones()
    for phone in phones:
        print(f"{shown(phone.serial)}  {shown(phone.description)}")  # the phone's own USB descriptors
    if not phones:
        print("No phone with USB debugging found on USB.")
    server = find_adb_server()
    if server is not None:
        print(
            f"Note: an adb server is running (port {server.port}, process {server.pid or '?'}); "
            "it may hold the phone. Use it with 'hardener devices --adb-server' and --adb-server, "
            "or hardener will ask before stopping it."
        )
    return 0


def cmd_forget_key(args: argparse.Namespace) -> ExitCode:
    from hardener.adb.keys import KeyStore

    removed = KeyStore().forget()
    print("The key was removed from the keyring." if removed else "There was no key to remove.")
    if removed:
        print("Phones that trusted this computer will ask \"Allow USB debugging?\" again.")
    return 0


# --- entry ------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hardener", description="Make an Android phone safer to have seized.")
    parser.add_argument("--debug", action="store_true", help="show technical detail of errors (terminal only)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("info", help="what a trainer checks first: model, Android version, patch date, lock")
    _add_selector(p)
    p.add_argument("--show-ids", action="store_true", help="also show the serial number")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("scan", help="audit the phone and explain what a seizure would expose")
    _add_selector(p)
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.add_argument("--show-names", action="store_true", help="show account names instead of masking them")
    p.set_defaults(func=cmd_scan)

    p = sub.add_parser("devices", help="list phones on USB (with their serial) and any adb server holding them")
    p.add_argument("--adb-server", action="store_true", help="list the phones Google's adb server has instead")
    p.set_defaults(func=cmd_devices)

    p = sub.add_parser("sim", help="run the practice phone (a simulated Android phone) in the foreground")
    p.add_argument("--persona", default="pixel-14")
    p.add_argument("--port", type=int, default=0, help="TCP port on 127.0.0.1 (default: any free port)")
    p.add_argument("--latency-ms", type=float, default=0.0, help="add this delay to every command")
    p.add_argument("--list", action="store_true", help="list the personas")
    p.add_argument(
        "--fail",
        action="append",
        default=[],
        metavar="PREFIX",
        help="refuse every shell command that begins with PREFIX, as a real phone does (repeatable)",
    )
    p.set_defaults(func=cmd_sim)

    p = sub.add_parser("profiles", help="list the hardening profiles (one per situation)")
    p.set_defaults(func=cmd_profiles)

    p = sub.add_parser("plan", help="show what a profile would change; changes nothing")
    p.add_argument("profile")
    _add_selector(p)
    p.set_defaults(func=cmd_plan)

    p = sub.add_parser("apply", help="apply a profile: journal first, then change, then verify")
    p.add_argument("profile")
    _add_selector(p)
    p.add_argument("--yes", action="store_true", help="do not ask before applying")
    p.add_argument("--allow-irreversible", action="store_true", help="also do changes that cannot be undone")
    p.add_argument("--touch-spying-apps", action="store_true",
                   help="also change apps found to be spying (this can warn whoever installed them; --yes never does)")
    add_undo_code_option(p)
    p.set_defaults(func=cmd_apply)

    p = sub.add_parser("undo", help="put back everything hardener changed on this phone")
    _add_selector(p)
    p.add_argument("--yes", action="store_true")
    p.add_argument("--forget", action="store_true", help="erase the undo record on the phone instead")
    p.add_argument("--touch-spying-apps", action="store_true",
                   help="also give access back to apps found to be spying (off by default)")
    add_undo_code_option(p)
    p.set_defaults(func=cmd_undo)

    p = sub.add_parser("finish", help="end the session: erase the undo record, switch USB debugging off")
    _add_selector(p)
    p.add_argument("--keep-undo", action="store_true",
                   help="keep the undo record on the phone (sealed with its code; someone who searches the phone can "
                        "see that its settings were changed)")
    p.set_defaults(func=cmd_finish)

    p = sub.add_parser("forget-key", help="delete this computer's ADB key from the keyring")
    p.set_defaults(func=cmd_forget_key)

    p = sub.add_parser("gui", help="open the desktop app")
    p.add_argument("rest", nargs=argparse.REMAINDER, help="options for the app, e.g. --demo PERSONA")
    p.set_defaults(func=cmd_gui)

    from hardener.forget import add_forget_parser
    from hardener.report.cli import add_report_parser

    add_report_parser(sub)
    add_forget_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> ExitCode:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: ExitCode = args.func(args)
        return code
    except HardenerError as exc:
        print(f"hardener: {exc.plain()}", file=sys.stderr)
        if args.debug and exc.detail:
            print(f"  ({shown(exc.detail, 2000)})", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return 130
