"""Typed errors, each carrying a plain message a non-technical person can act on.

Lower layers raise these instead of library exceptions (adb_shell, usb1, OSError), so the
CLI and the GUI can show ``error.message`` without knowing where it came from. ``message``
is an English message id (see :mod:`hardener.i18n.markers`) with ``{named}`` fields filled
from ``params`` after translation.
"""

from __future__ import annotations

import sys
from typing import Any, ClassVar

from hardener.i18n.markers import N_
from hardener.inert import shown

# Which system's words to use where the advice differs (sys.platform: linux, win32, darwin).
SYSTEM = sys.platform


class HardenerError(Exception):
    """Base of every error hardener shows to a person."""

    message: str = N_("Something went wrong.")
    # Where the advice differs by system (sys.platform -> message id): a trainer on Windows must
    # not be told to install a Linux package. Systems not listed get ``message``.
    by_system: ClassVar[dict[str, str]] = {}

    def __init__(self, detail: str = "", **params: Any) -> None:
        super().__init__(detail or self.message)
        self.detail = detail
        self.params = params
        self.message = self.by_system.get(SYSTEM, type(self).message)

    def plain(self) -> str:
        """The untranslated message with its fields filled (CLI fallback, logs to terminal).

        Fields may hold text from the phone (a serial number, a name it reported), so each is
        made inert first: an escape sequence in a field must not reach the terminal.
        """
        try:
            return self.message.format(**inert_params(self.params))
        except (KeyError, IndexError, ValueError):
            return self.message


def inert_params(params: dict[str, Any]) -> dict[str, Any]:
    """``params`` with every text made inert (see :func:`hardener.inert.shown`), long ones kept whole."""
    return {k: shown(v, 2000) if isinstance(v, str) else v for k, v in params.items()}


# --- connection -----------------------------------------------------------------------------


class ConnectionProblem(HardenerError):
    """Anything that stops us from talking to the phone."""


class NoDevice(ConnectionProblem):
    message = N_(
        "No phone found. Plug the phone in with a USB cable that carries data, unlock it, "
        "and check that USB debugging is on."
    )


class SeveralDevices(ConnectionProblem):
    message = N_("More than one phone is plugged in ({serials}). Unplug the others, or choose one.")


class AuthorizationPending(ConnectionProblem):
    message = N_(
        "The phone has not allowed this computer yet. Unlock the phone and tap \"Allow\" "
        "on the \"Allow USB debugging?\" message."
    )


class KeyRejected(ConnectionProblem):
    message = N_(
        "The phone did not allow this computer. Unplug and plug it in again, unlock it, "
        "and tap \"Allow\" when it asks."
    )


class DeviceOffline(ConnectionProblem):
    message = N_(
        "The phone does not answer. Unplug it, plug it in again, and unlock it. "
        "If that does not help, restart the phone."
    )


class SilentAtAddress(DeviceOffline):
    """A network address where something accepted the connection, then did not let us in."""

    message = N_(
        "Something at {address} answered, then stopped answering or closed the connection. On the "
        "phone, check that Wireless debugging is on and that the address and port are the ones it "
        "shows now. If the phone asks to pair with a code, hardener cannot do that itself: use a "
        "USB cable, or pair the phone with Google's adb program and connect through it."
    )


class AdbServerHoldsDevice(ConnectionProblem):
    message = N_(
        "Another program on this computer (Google's \"adb\" server, process {pid}) is using the phone. "
        "hardener can go through it: the phone may then ask \"Allow USB debugging?\" once more, for that "
        "program. Or hardener can stop it if you agree, or you can close that program yourself."
    )


class UsbAccessDenied(ConnectionProblem):
    message = N_(
        "This computer does not allow hardener to use the USB port. On Linux, install the "
        "package \"android-sdk-platform-tools-common\" (it adds the USB rules), then plug the phone in again."
    )
    by_system: ClassVar[dict[str, str]] = {
        "win32": N_(
            "Windows does not let hardener use the phone's USB connection by itself. Install Google's "
            "Platform-Tools and the phone's USB driver, run \"adb devices\" once, then choose the phone "
            "\"through Google's adb\" in the list."
        ),
        "darwin": N_(
            "macOS does not let hardener use the phone's USB connection by itself. Install Google's "
            "Platform-Tools, run \"adb devices\" once, then choose the phone \"through Google's adb\" "
            "in the list."
        ),
    }


class BadAddress(ConnectionProblem):
    message = N_(
        "\"{address}\" is not a network address hardener can use. Write it as the phone shows it "
        "under Wireless debugging: numbers and a port, for example 192.168.1.20:5555 "
        "(the port is a number from 1 to 65535)."
    )


class NothingListening(NoDevice):
    """A TCP address where nothing answers: Wi-Fi advice, not the USB-cable advice of NoDevice."""

    message = N_(
        "Nothing answers at {address}. Check that the phone and this computer are on the same "
        "Wi-Fi network, that Wireless debugging is on in the phone's Developer options, and that "
        "the address and port are the ones the phone shows now (the port changes each time)."
    )


class ConnectionLost(ConnectionProblem):
    message = N_(
        "The connection to the phone was lost (was the cable pulled?). Plug it in again: "
        "nothing is lost, and anything unfinished can be finished or undone."
    )


class CommandTimeout(ConnectionProblem):
    message = N_("The phone took too long to answer. Check the cable and that the phone is unlocked.")


class Cancelled(HardenerError):
    message = N_("Stopped.")


class DebuggingOff(ConnectionProblem):
    message = N_("USB debugging is off on this phone, so hardener cannot talk to it.")


# --- Google's adb server as the way to the phone (--adb-server) ---------------------------------
# Its "unauthorized" and "offline" states are AuthorizationPending and DeviceOffline: the person
# does the same thing on the phone whichever program is asking.


class AdbServerNotRunning(ConnectionProblem):
    message = N_(
        "The \"adb\" program's server is not running on this computer (port {port}). "
        "Start it with the command \"adb start-server\", or connect without the adb server."
    )


class AdbServerTooOld(ConnectionProblem):
    message = N_(
        "The \"adb\" program on this computer is too old or not answering as expected "
        "(server version {version}; hardener needs {needed} or newer). Install the current "
        "Android SDK Platform-Tools, then try again."
    )


class AdbServerDeviceNotFound(NoDevice):
    message = N_(
        "The adb server does not have the phone \"{serial}\". The phones it has: {serials}. "
        "Check the name with \"adb devices\"."
    )


class AdbServerRequestTooLong(ConnectionProblem):
    """A batch of commands longer than the adb server passes on (its request length is 4 hex digits)."""

    message = N_(
        "The commands for this phone are too long to go through the adb server ({size} bytes; it "
        "passes on at most {limit}). Connect to the phone directly instead, without the adb server."
    )


# --- Wireless debugging with a pairing code (Android 11+), through Google's adb ------------------


class PlatformToolsMissing(ConnectionProblem):
    message = N_(
        "Pairing with a code needs Google's \"adb\" program (Android SDK Platform-Tools), and hardener "
        "did not find it on this computer. Install Platform-Tools from Google's Android developer site, "
        "then try again. Or connect the phone with a USB cable instead."
    )


class PlatformToolsTooOld(ConnectionProblem):
    message = N_(
        "The \"adb\" program on this computer (version {version}, {path}) cannot pair with a code: pairing "
        "came with version 30 of Google's Platform-Tools, in 2020. The \"adb\" package of Debian and "
        "Ubuntu is version 29 and has no pairing. Install Google's current Platform-Tools, or connect the "
        "phone with a USB cable instead."
    )


class BadPairingCode(ConnectionProblem):
    message = N_(
        "\"{code}\" is not a pairing code. The code is the six digits the phone shows under "
        "\"Wi-Fi pairing code\"."
    )


class PairingFailed(ConnectionProblem):
    message = N_(
        "The phone did not accept the pairing. On the phone, tap \"Pair device with pairing code\" again "
        "and type the new code and the address with its port (both change each time), while that window "
        "is still open. The phone and this computer must be on the same Wi-Fi network."
    )


# --- keys ----------------------------------------------------------------------------------------


class KeyringUnavailable(HardenerError):
    """No keyring to keep the key in. The advice names this computer's own keyring, by system."""

    message = N_(
        "This computer has no safe place to keep hardener's key (a \"keyring\"). On Linux, install "
        "and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then try "
        "again. hardener never stores the key in a plain file."
    )
    by_system: ClassVar[dict[str, str]] = {
        "win32": N_(
            "This computer has no safe place to keep hardener's key: hardener keeps it in Windows "
            "Credential Manager, which did not answer. Sign in to Windows with your own account (not a "
            "guest account), then try again. hardener never stores the key in a plain file."
        ),
        "darwin": N_(
            "This computer has no safe place to keep hardener's key: hardener keeps it in the macOS "
            "Keychain, which did not answer. Open the Keychain Access app, check that the \"login\" "
            "keychain is there and unlocked, then try again. hardener never stores the key in a plain file."
        ),
    }


class KeyringLocked(KeyringUnavailable):
    message = N_(
        "The keyring where hardener keeps its key is locked. Unlock it (on Linux: open "
        "\"Passwords and Keys\" and unlock \"Login\", or log out and in again), then try again."
    )
    by_system: ClassVar[dict[str, str]] = {
        "win32": N_(
            "Windows Credential Manager, where hardener keeps its key, did not open. Log out of Windows "
            "and in again, then try again."
        ),
        "darwin": N_(
            "The macOS Keychain where hardener keeps its key is locked. Open the Keychain Access app and "
            "unlock the \"login\" keychain (or log out and in again), then try again."
        ),
    }


class KeyDamaged(HardenerError):
    """The keyring holds something under hardener's name that is not a usable key.

    It is never replaced silently: phones trusted the old key, and a damaged entry may be a
    sign that something else wrote there. The person decides, with ``hardener forget-key``.
    """

    message = N_(
        "The key hardener keeps in this computer's keyring is damaged, so hardener stopped and "
        "left it as it is. To start again with a new key, run the command "
        "\"hardener forget-key\"; phones will then ask \"Allow USB debugging?\" again."
    )


# --- input -----------------------------------------------------------------------------------------


class UnsafeValue(HardenerError):
    """A value from the phone (or a profile) failed validation before reaching a shell command."""

    message = N_("The phone reported a name hardener does not trust ({kind}). It was skipped.")


class ProfileError(HardenerError):
    message = N_("The profile {file} is broken: rule {rule}, field {field}: {problem}")


class NoProfilesFound(ProfileError):
    """The install lacks its profiles folder: say so, rather than offer no situation at all."""

    message = N_(
        "This copy of hardener is missing its profiles (the situations it plans changes for). "
        "Install hardener again."
    )


class UnknownProfile(ProfileError):
    message = N_("There is no profile called \"{name}\". The profiles are: {names}.")


class UnknownPracticePhone(HardenerError):
    message = N_("There is no practice phone called \"{name}\". The practice phones are: {names}.")


class JournalError(HardenerError):
    message = N_(
        "hardener could not save its undo record on the phone, so it changed nothing. "
        "Check that the phone has free space, then try again."
    )


class PhoneRefused(HardenerError):
    """The phone answered, but refused to store or give a file (full, read-only, no such folder)."""

    message = N_("The phone refused to store a file. Check that it has free space.")
