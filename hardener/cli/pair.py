"""``hardener pair``: Wireless debugging with a pairing code (Android 11+), through Google's adb.

Pairing is done by Google's ``adb pair`` (see :mod:`hardener.adb.platform_tools` for why), then
the adb server is asked to connect (its host protocol, as ``adb connect`` does), and every other
command reaches the phone through that server with ``--adb-server --serial HOST:PORT``.
"""

from __future__ import annotations

import argparse
import sys

from hardener.adb.connect import DeviceSelector
from hardener.i18n.markers import N_, Words
from hardener.inert import shown

ExitCode = int


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "pair",
        help="pair a phone for Wireless debugging with its six-digit code (Android 11+; needs Google's "
        "platform-tools 30 or newer)",
        description="On the phone: Developer options > Wireless debugging > Pair device with pairing code. "
        "Give the address with port and the code shown there. The code is read from the terminal when "
        "it is not given.",
    )
    p.add_argument("address", metavar="HOST:PORT", help="the address under 'Pair device with pairing code'")
    p.add_argument("code", nargs="?", metavar="CODE", help="the six-digit Wi-Fi pairing code")
    p.add_argument(
        "--connect",
        metavar="HOST:PORT",
        help="then connect the adb server to the phone: the address under 'IP address & Port' on the Wireless "
        "debugging screen (its port is not the pairing port)",
    )
    p.set_defaults(func=cmd_pair)


def _ask_code(words: Words) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    try:
        return input(words(N_("Wi-Fi pairing code shown on the phone: ")))
    except (EOFError, OSError):
        return None


def cmd_pair(args: argparse.Namespace) -> ExitCode:
    from hardener.adb.discovery import find_adb_server
    from hardener.adb.host_client import AdbServerClient
    from hardener.adb.platform_tools import check_code, pair, platform_tools, require_pairing

    DeviceSelector(tcp=args.address).tcp_address()  # a typing mistake is said before anything runs
    if args.connect:
        DeviceSelector(tcp=args.connect).tcp_address()
    server = find_adb_server()
    tools = platform_tools(server.exe if server is not None else None)
    require_pairing(tools)  # Debian's adb 29: said plainly, before a code is asked for
    words: Words = args.words
    code = args.code if args.code is not None else _ask_code(words)
    if code is None:
        print("hardener: " + words(N_("give the pairing code (the six digits the phone shows).")), file=sys.stderr)
        return 2
    said = pair(tools, args.address, check_code(code))
    print(words.say(N_("Paired, with Google's adb ({adb}, version {version}): {said}"), {
        "adb": str(tools.adb), "version": tools.version_text, "said": shown(said, 300),
    }))
    if not args.connect:
        print(words(N_(
            "Next, connect: give --connect with the address under 'IP address & Port' on the phone's "
            "Wireless debugging screen (or run 'adb connect HOST:PORT'), then use --adb-server --serial HOST:PORT."
        )))
        return 0
    client = AdbServerClient()
    said = client.connect_address(args.connect)
    state = client.settled_state(args.connect)
    print(words.say(N_("The adb server says: {said} (state: {state})"), {
        "said": shown(said, 300), "state": shown(state or "gone", 40),
    }))
    print(words.say(N_("Now: {command}"), {"command": f"hardener scan --adb-server --serial {args.connect}"}))
    return 0
