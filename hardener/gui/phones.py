"""The start page's list of phones: on USB directly, and those Google's adb server holds.

Where a phone can be reached both ways, one way is shown, not two lines for one phone:

* On Windows and macOS the adb server's way. There, direct USB from Python needs the phone's
  driver swapped for WinUSB (Zadig), or fights the server for the device, while Google's
  platform-tools and its USB driver are what every Android help page has people install: a
  running server is the way that works, so it is preferred, automatically and always.
* On Linux the direct way, with hardener's own key in the keyring (no key file on the laptop).
  A server that holds the phone makes that fail as "another program is using the phone", and
  the problem page then offers "Use it" first.

Phones only the server has (a Wi-Fi phone it was told to connect to, a phone it holds that
libusb cannot open) are listed on every system. Qt-free, so the rule is tested on its own.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass

from hardener.adb.connect import DeviceSelector
from hardener.adb.discovery import UsbPhone
from hardener.adb.host_client import ServerDevice

PREFERS_ADB_SERVER = sys.platform in ("win32", "darwin")

DEVICE = "device"


@dataclass(frozen=True)
class PhoneChoice:
    """One line of the list: how to reach the phone, its name, and its state on the adb server."""

    selector: DeviceSelector
    name: str  # the phone's own words (USB descriptors, adb's model name): shown inert
    state: str = DEVICE  # as the adb server says it; a direct USB phone is "device"

    @property
    def through_server(self) -> bool:
        return self.selector.adb_server

    @property
    def on_wifi(self) -> bool:
        return self.through_server and ":" in (self.selector.serial or "")


def usb_choice(phone: UsbPhone) -> PhoneChoice:
    return PhoneChoice(DeviceSelector(serial=phone.serial), phone.description or phone.serial)


def server_choice(device: ServerDevice) -> PhoneChoice:
    # adb writes the model with "_" for every space ("SM_A515F", "Pixel_8").
    name = device.model.replace("_", " ").strip() or device.serial
    return PhoneChoice(DeviceSelector(serial=device.serial, adb_server=True), name, device.state)


def phone_choices(
    usb: Sequence[UsbPhone], server: Sequence[ServerDevice] | None, prefer_server: bool | None = None
) -> list[PhoneChoice]:
    """The list to show; ``server`` is None when no adb server answers."""
    prefer = PREFERS_ADB_SERVER if prefer_server is None else prefer_server
    direct = [usb_choice(p) for p in usb]
    held = [server_choice(d) for d in server or ()]
    if prefer:
        on_server = {c.selector.serial for c in held}
        return held + [c for c in direct if c.selector.serial not in on_server]
    on_usb = {c.selector.serial for c in direct}
    return direct + [c for c in held if c.selector.serial not in on_usb]
