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


def _scan_and_plan(conn: Connection, profile: Any) -> Any:
    from hardener.checks import run_checks
    from hardener.device.gather import gather
    from hardener.session.plan import make_plan

    snap = gather(conn.channel)
    return make_plan(profile, snap, run_checks(snap))


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


def _journal_notice(conn: Connection) -> None:
    from hardener.session.journal import APPLYING, JournalCorrupt, read_journal

    try:
        journal = read_journal(conn.channel)
    except JournalCorrupt as exc:
        print(f"Note: {exc.plain()}", file=sys.stderr)
        return
    if journal is not None and journal.state == APPLYING:
        print(
            "Note: a previous apply on this phone was interrupted. Its changes are recorded on the phone:\n"
            "      run 'hardener undo' to take them back, or apply again to finish.",
            file=sys.stderr,
        )


def cmd_plan(args: argparse.Namespace) -> ExitCode:
    profile = _profile(args.profile)
    with open_connection(args) as conn:
        _journal_notice(conn)
        plan = _scan_and_plan(conn, profile)
    _print_plan(plan)
    print("(Nothing was changed.)")
    return 0


def cmd_apply(args: argparse.Namespace) -> ExitCode:
    from hardener.session.apply import apply_plan

    profile = _profile(args.profile)
    with open_connection(args) as conn:
        _journal_notice(conn)
        plan = _scan_and_plan(conn, profile)
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

        result = apply_plan(
            conn.channel, plan, consent=consent, allow_irreversible=args.allow_irreversible, on_progress=progress
        )
    print(
        f"Done: {result.count('done')} changed, {result.count('already')} already fine, "
        f"{result.count('not_applied')} not applied, {result.count('skipped')} skipped, "
        f"{result.count('failed')} failed ({result.round_trips} round trips)."
    )
    for outcome in result.outcomes:
        if outcome.status in ("not_applied", "failed"):
            print(f"  ! {outcome.change.title}: {shown(outcome.detail, 300)}")
    print("To take it back later, from any computer: hardener undo")
    return 0 if result.count("not_applied") + result.count("failed") == 0 else 1


def cmd_undo(args: argparse.Namespace) -> ExitCode:
    from hardener.session.journal import forget_journal, read_journal
    from hardener.session.undo import undo

    with open_connection(args) as conn:
        if args.forget:
            if not args.yes and not _ask("Erase the undo record on the phone? Changes can then not be undone."):
                return 1
            forget_journal(conn.channel)
            print("The undo record on the phone was erased.")
            return 0
        journal = read_journal(conn.channel)
        if journal is None:
            print("There is nothing to undo on this phone.")
            return 0
        print(f"{len(journal.undoable)} change(s) from '{journal.profile}' can be undone.")
        if not args.yes and not _ask("Undo them?"):
            return 1
        result = undo(conn.channel, journal)
    print(f"Restored {sum(o.restored for o in result.outcomes)} of {len(result.outcomes)}.")
    for outcome in result.outcomes:
        if not outcome.restored:
            print(f"  ! {shown(outcome.entry.key)}: {shown(outcome.detail, 300)}")
    for entry in result.not_undoable:
        print(f"  (cannot be undone: {shown(entry.key)})")
    return 0 if result.complete else 1


def cmd_finish(args: argparse.Namespace) -> ExitCode:
    from hardener.session.finish import finish

    conn = open_connection(args)
    try:
        result = finish(conn.channel)
    finally:
        conn.close()
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
            print(f"{device.serial}  {device.state}  {device.model}".rstrip())
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
            "it may hold the phone. hardener will ask before stopping it."
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
    p.set_defaults(func=cmd_apply)

    p = sub.add_parser("undo", help="put back everything hardener changed on this phone")
    _add_selector(p)
    p.add_argument("--yes", action="store_true")
    p.add_argument("--forget", action="store_true", help="erase the undo record on the phone instead")
    p.set_defaults(func=cmd_undo)

    p = sub.add_parser("finish", help="end the session: switch USB debugging off")
    _add_selector(p)
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
