"""The command line: one sub-command per job, each a few lines around the library.

Nothing here talks ADB or parses phone output: :mod:`hardener.cli.device` picks the phone and
opens a :class:`~hardener.session.visit.PhoneSession`, the command calls it, and prints. Errors
are hardener's typed errors, printed as their plain message; ``--debug`` adds the technical
detail, on the terminal only: hardener writes no log file.

Layout: ``device`` (the shared phone options and visit), ``audit`` (info, scan, devices,
profiles, sim), ``change`` (plan, apply, undo, finish), ``report`` (the hand-over report),
and here the few commands that need no phone.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from hardener.cli import audit, change, device, pair, report
from hardener.cli.speech import add_lang_option, words_for
from hardener.errors import HardenerError, inert_params
from hardener.i18n.markers import N_
from hardener.inert import shown

ExitCode = int

__all__ = ["ExitCode", "build_parser", "device", "main"]


def cmd_gui(args: argparse.Namespace) -> ExitCode:
    from hardener.gui.app import main as gui_main

    return gui_main(list(args.rest))


def cmd_forget_key(args: argparse.Namespace) -> ExitCode:
    from hardener.adb.keys import KeyStore

    words = args.words
    removed = KeyStore().forget()
    print(words(N_("The key was removed from the keyring.")) if removed else words(N_("There was no key to remove.")))
    if removed:
        print(words(N_("Phones that trusted this computer will ask \"Allow USB debugging?\" again.")))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hardener", description="Make an Android phone safer to have seized.")
    parser.add_argument("--debug", action="store_true", help="show technical detail of errors (terminal only)")
    sub = parser.add_subparsers(dest="command", required=True)
    audit.add_parsers(sub)
    change.add_parsers(sub)
    report.add_parsers(sub)
    pair.add_parsers(sub)

    p = sub.add_parser("forget-key", help="delete this computer's ADB key from the keyring")
    p.set_defaults(func=cmd_forget_key)

    p = sub.add_parser("gui", help="open the desktop app")
    p.add_argument("rest", nargs=argparse.REMAINDER, help="options for the app, e.g. --demo PERSONA")
    p.set_defaults(func=cmd_gui)

    from hardener.forget import add_forget_parser

    add_forget_parser(sub)
    for name, command in sub.choices.items():
        if name != "gui":  # the app's own options follow "gui"
            add_lang_option(command)
    return parser


def _gui_options(argv: Sequence[str]) -> list[str] | None:
    """What follows ``gui`` (after any ``--debug``), or None when the command is not ``gui``.

    argparse's REMAINDER drops a first word that looks like an option, so ``hardener gui --demo``
    failed as "unrecognized arguments": the app's options are taken off before parsing instead.
    """
    index = 0
    while index < len(argv) and argv[index] == "--debug":
        index += 1
    return list(argv[index + 1:]) if argv[index:index + 1] == ["gui"] else None


def main(argv: Sequence[str] | None = None) -> ExitCode:
    parser = build_parser()
    typed = list(sys.argv[1:] if argv is None else argv)
    gui_options = _gui_options(typed)
    if gui_options is not None:
        args = parser.parse_args(typed[: len(typed) - len(gui_options)])
        args.rest = gui_options
    else:
        args = parser.parse_args(typed)
    args.words = words_for(args)
    try:
        code: ExitCode = args.func(args)
        return code
    except HardenerError as exc:
        print(f"hardener: {args.words.say(exc.message, inert_params(exc.params))}", file=sys.stderr)
        if args.debug and exc.detail:
            print(f"  ({shown(exc.detail, 2000)})", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\n" + args.words(N_("Stopped.")), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``hardener plan ... | head``): nothing more to say, and no traceback.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
