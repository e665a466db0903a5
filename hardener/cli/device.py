"""Which phone, and opening a visit to it: the options every device command shares.

One selector for every sub-command (``--serial``, ``--tcp``, ``--demo``, ``--adb-server``),
one place that starts the practice phone for ``--demo``, and one :func:`visit` that hands a
command a connected :class:`~hardener.session.visit.PhoneSession`. The commands call
``device.open_connection`` through this module, so tests can swap it for a connection of
their own.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from hardener.adb.connect import Connection, DeviceSelector, connect
from hardener.errors import AdbServerHoldsDevice, inert_params
from hardener.i18n.markers import N_, Words
from hardener.inert import shown
from hardener.session.journal import BadUndoCode, UndoCode
from hardener.session.visit import Event, PhoneSession

Progress = Callable[[Event], None]

WAITING = N_("Unlock the phone and tap \"Allow\" on the \"Allow USB debugging?\" message…")


def add_selector(parser: argparse.ArgumentParser) -> None:
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


def _waiting_notice(words: Words) -> Callable[[], None]:
    def say() -> None:
        print(words(WAITING), file=sys.stderr, flush=True)

    return say


def open_connection(args: argparse.Namespace) -> Connection:
    """Connect to the phone the options name; ``--demo`` starts a practice phone first."""
    selector = selector_from(args)
    if selector.is_demo:
        from hardener.practice import practice_connector, start_practice, stop_with

        practice = start_practice(selector.demo or None)
        try:
            return stop_with(practice_connector(practice).connect(), practice)
        except BaseException:
            practice.stop()
            raise
    words: Words = args.words
    try:
        return connect(selector, on_waiting_for_allow=_waiting_notice(words))
    except AdbServerHoldsDevice as exc:
        # Another adb program holds the USB phone. Stop it only if the person says so: their
        # IDE or screen-mirroring tool may depend on it.
        from hardener.adb.discovery import find_adb_server, stop_adb_server

        server = find_adb_server()
        print(f"hardener: {words.say(exc.message, inert_params(exc.params))}", file=sys.stderr)
        print(words(N_("  (Or leave it running and go through it: the same command with --adb-server.)")),
              file=sys.stderr)
        if server is None or not ask(words, words(N_("Stop the other adb program now?"))):
            raise
        stop_adb_server(server)
        return connect(selector, on_waiting_for_allow=_waiting_notice(words))


@contextmanager
def visit(args: argparse.Namespace, code: UndoCode | None = None) -> Iterator[PhoneSession]:
    """A connected visit, its undo record looked for (and opened when ``code`` is given)."""
    session = PhoneSession()
    session.code = code
    connection = open_connection(args)  # a module global, looked up at call time: tests swap it
    try:
        session.attach(connection)
        yield session
    finally:
        session.drop()


YES = N_("yes")


def ask(words: Words, question: str) -> bool:
    """Ask on the terminal (``question`` already translated); with no terminal, the answer is no.

    "y"/"yes" always count, and so do the language's own word for yes and its first letter."""
    if not sys.stdin or not sys.stdin.isatty():
        print(words.say(N_("{question} -> no (no terminal to ask on)"), {"question": question}), file=sys.stderr)
        return False
    yes = words(YES).strip().casefold()
    try:
        answer = input(f"{question} [{yes[:1] or 'y'}/N] ")
    except (EOFError, OSError):
        return False
    return answer.strip().casefold() in {"y", "yes", yes, yes[:1]} - {""}


def add_undo_code_option(parser: argparse.ArgumentParser) -> None:
    """``--undo-code``: the code that opens the phone's undo record (shown before an apply)."""
    parser.add_argument("--undo-code", type=_undo_code, metavar="CODE",
                        help="the undo code shown when the changes were made, like 7KQ2-M9XD-4TPR")


def _undo_code(text: str) -> UndoCode:
    try:
        return UndoCode.parse(text)
    except BadUndoCode as exc:
        raise argparse.ArgumentTypeError(exc.plain()) from None


def ask_code(words: Words) -> UndoCode | None:
    """Ask for the undo code on the terminal, without echo (someone may be looking)."""
    if not sys.stdin or not sys.stdin.isatty():
        return None
    import getpass

    for _ in range(3):
        try:
            typed = getpass.getpass(words(N_("Undo code (shown when the changes were made): ")))
        except (EOFError, OSError):
            return None
        try:
            return UndoCode.parse(typed)
        except BadUndoCode as exc:
            print(words.say(exc.message, inert_params(exc.params)), file=sys.stderr)
    return None


def print_left(words: Words, left: Sequence[str]) -> None:
    """Say plainly that something was not erased, and what (the phone's names, made inert)."""
    names = ", ".join(shown(n) for n in left)
    print(words.say(N_("Still on the phone, NOT erased: {names}"), {"names": names}), file=sys.stderr)
    print(words(N_("Try again; if it stays, the phone may refuse to delete it (check its storage).")), file=sys.stderr)
