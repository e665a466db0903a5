"""``info``, ``scan``, ``devices``, ``profiles`` and ``sim``: looking, never changing.

``scan`` is a visit's first step (:meth:`PhoneSession.scan`); ``sim`` runs the practice phone
in the foreground for Google's ``adb`` or another laptop to reach.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from hardener.cli import device
from hardener.i18n.markers import N_, Nn_, Words
from hardener.inert import shown
from hardener.session.visit import Event, SectionRead

if TYPE_CHECKING:
    from hardener.data.indicators import IndicatorIndex

ExitCode = int


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("info", help="what a trainer checks first: model, Android version, patch date, lock")
    device.add_selector(p)
    p.add_argument("--show-ids", action="store_true", help="also show the serial number")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("scan", help="audit the phone and explain what a seizure would expose")
    device.add_selector(p)
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.add_argument("--show-names", action="store_true", help="show account names instead of masking them")
    p.add_argument(
        "--iocs", action="append", default=[], metavar="FILE", type=Path,
        help="also match this indicator file: Echap's YAML or a STIX 2 bundle (MVT, Amnesty); repeatable",
    )
    p.set_defaults(func=cmd_scan)

    p = sub.add_parser("devices", help="list phones on USB (with their serial) and any adb server holding them")
    p.add_argument("--adb-server", action="store_true", help="list the phones Google's adb server has instead")
    p.set_defaults(func=cmd_devices)

    p = sub.add_parser("sim", help="run the practice phone (a simulated Android phone) in the foreground")
    p.add_argument("--persona", default="pixel-14", help="a persona's name (see --list) or a persona file (.json)")
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


PRACTICE = N_("Practice phone (simulated, not a real phone)")


def progress_printer(words: Words, enabled: bool) -> device.Progress:
    """A progress line redrawn in place ("\\r"), only on a terminal: piped or logged, it would be
    noise, and the output stays free of control characters."""
    live = enabled and sys.stderr.isatty()

    def say(event: Event) -> None:
        match event:
            case SectionRead(label=label, done=done, total=total) if live:
                line = words.say(N_("reading {what}…"), {"what": words(label)})
                print(f"\r[{done}/{total}] {line}".ljust(60), end="", file=sys.stderr, flush=True)
                if done == total:
                    print(file=sys.stderr)
            case _:
                pass

    return say


def indicator_files(paths: list[Path]) -> IndicatorIndex | None:
    """The indicators of every ``--iocs`` file, merged; None when none was given."""
    from hardener.data.indicators import merged
    from hardener.data.ioc_files import load_indicator_file

    return merged(*(load_indicator_file(p) for p in paths)) if paths else None


def cmd_info(args: argparse.Namespace) -> ExitCode:
    from hardener.device.gather import INFO_SECTIONS, gather
    from hardener.report.device_summary import format_summary, summarise

    with device.visit(args) as visit:
        snap = gather(visit.channel, sections=INFO_SECTIONS)
        practice = visit.connection is not None and visit.connection.is_practice
    summary = summarise(snap, show_ids=args.show_ids)
    if practice:
        print(args.words(PRACTICE))
    print(format_summary(summary, args.words))
    return 0


def cmd_scan(args: argparse.Namespace) -> ExitCode:
    from hardener.report.text import format_findings, scan_document

    words: Words = args.words
    indicators = indicator_files(args.iocs)  # a bad file stops the scan before the phone is touched
    with device.visit(args) as visit:
        practice = visit.connection is not None and visit.connection.is_practice
        findings = visit.scan(progress_printer(words, not args.json), show_names=args.show_names, indicators=indicators)
        snapshot = visit.snapshot
    assert snapshot is not None
    if args.json:
        json.dump(scan_document(snapshot, findings, words), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        if practice:
            print(words(PRACTICE), file=sys.stderr)
        print(format_findings(findings, words))
    return 0


def cmd_devices(args: argparse.Namespace) -> ExitCode:
    from hardener.adb.discovery import find_adb_server, list_usb_phones

    words: Words = args.words
    if args.adb_server:
        from hardener.adb.host_client import AdbServerClient

        client = AdbServerClient()
        client.check_version()
        listed = client.devices()
        for phone in listed:
            print(f"{shown(phone.serial)}  {shown(phone.state)}  {shown(phone.model)}".rstrip())  # the phone's words
        if not listed:
            print(words.say(N_("The adb server (port {port}) has no phone."), {"port": client.port}))
        return 0
    phones = list_usb_phones()
    for usb in phones:
        print(f"{shown(usb.serial)}  {shown(usb.description)}")  # the phone's own USB descriptors
    if not phones:
        print(words(N_("No phone with USB debugging found on USB.")))
    server = find_adb_server()
    if server is not None:
        print(words.say(N_(
            "Note: an adb server is running (port {port}, process {pid}); it may hold the phone. Use it with "
            "'hardener devices --adb-server' and --adb-server, or hardener will ask before stopping it."
        ), {"port": server.port, "pid": server.pid or "?"}))
    return 0


def cmd_profiles(args: argparse.Namespace) -> ExitCode:
    from hardener.session.profiles import builtin_profiles

    words: Words = args.words
    for profile in builtin_profiles():
        print(f"{profile.id:<22} {words(profile.title)}")
        print(f"{'':<22} {words(profile.description)}")
        if profile.for_whom:
            print(f"{'':<22} {words(profile.for_whom)}")
    return 0


def cmd_sim(args: argparse.Namespace) -> ExitCode:
    from hardener.errors import UnknownPracticePhone
    from hardener.sim.personas import PersonaFileError, is_persona_file, list_personas, load_persona, persona_names
    from hardener.sim.runner import start_practice_phone

    words: Words = args.words
    if args.list:
        for p in list_personas():
            apps = words.plural(Nn_("%n app(s)"), p.app_count)
            print(f"{p.name}  {words(p.description)} (Android {p.android_release}, {apps})")
        return 0
    if not is_persona_file(args.persona) and args.persona not in persona_names():
        raise UnknownPracticePhone(name=args.persona, names=", ".join(persona_names()))
    try:
        phone = load_persona(args.persona)  # a trainer's file is checked here (docs/persona-format.md)
    except PersonaFileError as exc:
        print(f"hardener: {exc}", file=sys.stderr)  # a trainer's file: the problem, as the loader says it
        return 2
    stop = threading.Event()
    with start_practice_phone(
        phone, port=args.port, latency_ms=args.latency_ms, fail_prefixes=args.fail, clock_running=True
    ) as sim:
        where = f"{sim.host}:{sim.port}"
        print(words.say(N_("Practice phone '{name}' listening on {address}"), {"name": args.persona, "address": where}),
              flush=True)
        print(words.say(N_("Connect with: {command}   (Ctrl-C stops it)"), {"command": f"adb connect {where}"}),
              flush=True)
        try:
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            print("\n" + words(N_("Stopped.")), flush=True)
    return 0
