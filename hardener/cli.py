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
from hardener.errors import HardenerError

ExitCode = int


def _add_selector(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--serial", metavar="S", help="the USB phone with this serial number")
    group.add_argument("--tcp", metavar="HOST:PORT", help="a phone (or practice phone) over TCP")
    group.add_argument(
        "--demo",
        nargs="?",
        const="",
        metavar="PERSONA",
        help="the built-in practice phone (not a real phone); see 'hardener sim --list'",
    )


def selector_from(args: argparse.Namespace) -> DeviceSelector:
    return DeviceSelector(serial=args.serial, tcp=args.tcp, demo=args.demo)


def _waiting(out: TextIO) -> Callable[[], None]:
    def say() -> None:
        print("Unlock the phone and tap \"Allow\" on the \"Allow USB debugging?\" message…", file=out, flush=True)

    return say


def open_connection(args: argparse.Namespace) -> Connection:
    return connect(selector_from(args), on_waiting_for_allow=_waiting(sys.stderr))


# --- sub-commands ---------------------------------------------------------------------------------


def cmd_info(args: argparse.Namespace) -> ExitCode:
    from hardener.device.gather import INFO_SECTIONS, gather
    from hardener.device.summary import format_summary, summarise

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
    from hardener.sim.runner import start_practice_phone

    stop = threading.Event()
    with start_practice_phone(persona=args.persona, port=args.port, latency_ms=args.latency_ms) as sim:
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

    def progress(section: Any, done: int, total: int) -> None:
        if not args.json:
            print(f"\r[{done}/{total}] reading {section.label}…".ljust(60), end="", file=sys.stderr, flush=True)

    with open_connection(args) as conn:
        snap = gather(conn.channel, on_progress=progress)
    if not args.json:
        print(file=sys.stderr)
    findings = run_checks(snap, show_names=args.show_names)
    if args.json:
        json.dump(scan_document(snap, findings), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print(format_findings(findings))
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

    p = sub.add_parser("sim", help="run the practice phone (a simulated Android phone) in the foreground")
    p.add_argument("--persona", default="pixel-14")
    p.add_argument("--port", type=int, default=0, help="TCP port on 127.0.0.1 (default: any free port)")
    p.add_argument("--latency-ms", type=float, default=0.0, help="add this delay to every command")
    p.add_argument("--list", action="store_true", help="list the personas")
    p.set_defaults(func=cmd_sim)

    p = sub.add_parser("forget-key", help="delete this computer's ADB key from the keyring")
    p.set_defaults(func=cmd_forget_key)

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
            print(f"  ({exc.detail})", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return 130
