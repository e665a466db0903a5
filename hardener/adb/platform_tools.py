"""Google's platform-tools on this computer: where its ``adb`` program is, its version, and pairing.

hardener talks to the adb *server* over its host protocol (:mod:`hardener.adb.host_client`) and
never runs ``adb`` for anything it asks of a phone. Pairing is the one exception. Android 11's
Wireless debugging lets a computer in only after a pairing with a six-digit code (SPAKE2, then
TLS with the paired key); hardener's own client (adb-shell) speaks neither, so the pairing is
done by Google's ``adb pair``, after which the phone trusts that adb's key and hardener reaches
it through that adb's server like any phone it holds.

``adb pair`` came with platform-tools 30.0.0 (2020). Debian and Ubuntu ship adb 29.0.6, which
has no ``pair``: its server even reports the same protocol version (41) as current ones, so the
program's own ``adb version`` is what tells them apart. The code goes to ``adb pair`` on its
standard input, not its command line, where other programs on the computer could read it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from hardener.adb.connect import DeviceSelector
from hardener.errors import BadPairingCode, PairingFailed, PlatformToolsMissing, PlatformToolsTooOld

PAIRING_SINCE = (30, 0, 0)  # platform-tools release that brought "adb pair"
VERSION_TIMEOUT_S = 10.0
PAIR_TIMEOUT_S = 45.0  # the phone's dialog stays open for a while; adb gives up on its own before this
_VERSION = re.compile(r"^Version (\d+)\.(\d+)\.(\d+)(\S*)", re.MULTILINE)
_CODE = re.compile(r"[0-9]{6}")


@dataclass(frozen=True)
class PlatformTools:
    """An ``adb`` program, and its release as it says it (``None``: too old to print one)."""

    adb: Path
    version: tuple[int, int, int] | None
    version_text: str  # as printed, e.g. "29.0.6-debian", or "" when there was none

    @property
    def can_pair(self) -> bool:
        return self.version is not None and self.version >= PAIRING_SINCE


def program_name(system: str = sys.platform) -> str:
    return "adb.exe" if system == "win32" else "adb"


def usual_places(
    system: str = sys.platform, environ: Mapping[str, str] | None = None, home: Path | None = None
) -> list[Path]:
    """Where platform-tools is put by the SDK, by package managers, and by Android's help pages."""
    env = os.environ if environ is None else environ
    home = Path.home() if home is None else home
    name = program_name(system)
    folders: list[Path] = []
    for variable in ("ANDROID_HOME", "ANDROID_SDK_ROOT"):
        if env.get(variable):
            folders.append(Path(env[variable]) / "platform-tools")
    if system == "win32":
        if env.get("LOCALAPPDATA"):
            folders.append(Path(env["LOCALAPPDATA"]) / "Android" / "Sdk" / "platform-tools")
        folders += [Path("C:/platform-tools"), home / "platform-tools", home / "Downloads" / "platform-tools",
                    home / "Desktop" / "platform-tools"]
    elif system == "darwin":
        folders += [home / "Library" / "Android" / "sdk" / "platform-tools", Path("/opt/homebrew/bin"),
                    Path("/usr/local/bin"), home / "platform-tools", home / "Downloads" / "platform-tools"]
    else:
        folders += [home / "Android" / "Sdk" / "platform-tools", home / "platform-tools",
                    home / "Downloads" / "platform-tools", Path("/usr/lib/android-sdk/platform-tools")]
    return [folder / name for folder in folders]


def find_adb(server_exe: str | None = None, system: str = sys.platform) -> list[Path]:
    """Every ``adb`` program found, best first: the running server's own, then PATH, then the usual places.

    The running server's program comes first: a pairing through a client of another release
    than its server makes that server restart, dropping the phones it holds.
    """
    found: list[Path] = []
    on_path = shutil.which(program_name(system)) or shutil.which("adb")
    for candidate in (server_exe, on_path, *usual_places(system)):
        if not candidate:
            continue
        path = Path(candidate)
        if path.is_file() and path not in found:
            found.append(path)
    return found


def parse_version(text: str) -> tuple[tuple[int, int, int] | None, str]:
    """``adb version``'s release line ("Version 35.0.2-12147458", "Version 29.0.6-debian")."""
    match = _VERSION.search(text)
    if match is None:
        return None, ""
    major, minor, patch, rest = match.groups()
    return (int(major), int(minor), int(patch)), f"{major}.{minor}.{patch}{rest}"


def _hidden_window() -> int:
    """On Windows, no console window flashing up for a console program run from the app."""
    return getattr(subprocess, "CREATE_NO_WINDOW", 0)


def read_version(adb: Path) -> PlatformTools:
    """Run ``adb version`` (it only prints; it starts no server)."""
    try:
        done = subprocess.run(
            [str(adb), "version"], capture_output=True, text=True, encoding="utf-8", errors="replace",
            timeout=VERSION_TIMEOUT_S, stdin=subprocess.DEVNULL, check=False, creationflags=_hidden_window(),
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PlatformToolsMissing(f"{adb} version: {type(exc).__name__}: {exc}") from exc
    version, text = parse_version(done.stdout)
    return PlatformTools(adb, version, text)


def platform_tools(server_exe: str | None = None) -> PlatformTools:
    """The ``adb`` to pair with: the first found that can pair, else the first found.

    :class:`PlatformToolsMissing` when there is none at all.
    """
    candidates = find_adb(server_exe)
    if not candidates:
        raise PlatformToolsMissing("no adb program on PATH or in the usual places")
    first: PlatformTools | None = None
    for adb in candidates:
        try:
            tools = read_version(adb)
        except PlatformToolsMissing:
            continue
        if tools.can_pair:
            return tools
        first = first or tools
    if first is None:
        raise PlatformToolsMissing("adb found but it did not run: " + ", ".join(str(c) for c in candidates))
    return first


def require_pairing(tools: PlatformTools) -> None:
    """:class:`PlatformToolsTooOld`, saying which adb and why, when it cannot pair."""
    if not tools.can_pair:
        shown_version = tools.version_text or "too old to say"
        raise PlatformToolsTooOld(f"{tools.adb}: {shown_version}", version=shown_version, path=str(tools.adb))


def check_code(code: str) -> str:
    """The six digits the phone shows, spaces taken out; :class:`BadPairingCode` otherwise."""
    digits = "".join(code.split())
    if not _CODE.fullmatch(digits):
        raise BadPairingCode(f"{len(digits)} characters", code=code.strip()[:20])
    return digits


def pair(tools: PlatformTools, address: str, code: str, timeout_s: float = PAIR_TIMEOUT_S) -> str:
    """``adb pair ADDRESS`` with the code on its standard input; returns what adb said on success.

    ``address`` is the one under "Pair device with pairing code" (its port is not the one for
    connecting). Uses the adb server of ``$ANDROID_ADB_SERVER_PORT`` like any adb, and starts
    it if it is not running.
    """
    require_pairing(tools)
    digits = check_code(code)
    host, port = DeviceSelector(tcp=address).tcp_address()  # BadAddress, with what was typed
    target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    try:
        done = subprocess.run(
            [str(tools.adb), "pair", target], input=digits + "\n", capture_output=True, text=True,
            encoding="utf-8", errors="replace", timeout=timeout_s, check=False, creationflags=_hidden_window(),
        )
    except subprocess.TimeoutExpired as exc:
        raise PairingFailed(f"adb pair {target}: no answer within {timeout_s:.0f} s") from exc
    except OSError as exc:
        raise PlatformToolsMissing(f"{tools.adb} pair: {type(exc).__name__}: {exc}") from exc
    said = " ".join((done.stdout + " " + done.stderr).split())
    # adb pair exits 0 whatever the phone answered ("Failed: Wrong password or connection was
    # dropped."); only its success line says the pairing happened.
    if "Successfully paired" not in done.stdout:
        raise PairingFailed(f"adb pair {target} (exit {done.returncode}): {said[:500]}")
    return said
