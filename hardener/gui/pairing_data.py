"""Where a phone shows its Wireless-debugging pairing code, maker by maker, with a picture each.

Android 11 and newer can be reached over Wi-Fi without a cable once the computer is paired with
a six-digit code. The screens for that are Android's own and look alike on every make; what
differs is the way to "Developer options", so that first step is the maker's (the same paths as
the USB help), the rest is shared. Texts are message ids: steps in the ``PairHelp`` context,
words drawn on the phone in ``PhoneScreens``. Addresses and codes in the pictures are examples.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from hardener.gui.pictures import Dialog, Row, Screen
from hardener.gui.usbhelp_data import (
    ABOUT_PHONE,
    ADDITIONAL,
    ANDROID_VERSION,
    CANCEL,
    DEV_OPTIONS,
    STAY_AWAKE,
    SYSTEM,
    SYSTEM_UPDATES,
    USB_DEBUGGING,
    WIRELESS_DEBUGGING,
    Maker,
    Step,
    _list,
    _settings_home,
)


def _p(text: object) -> str:
    return str(text)


ALLOW = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Allow"))
ALLOW_WIFI_Q = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Allow wireless debugging on this network?"))
USE_WIRELESS = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Use wireless debugging"))
DEVICE_NAME = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Device name"))
IP_AND_PORT = _p(QT_TRANSLATE_NOOP("PhoneScreens", "IP address & Port: 192.168.1.20:41235"))
PAIR_QR = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Pair device with QR code"))
PAIR_CODE = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Pair device with pairing code"))
PAIR_WITH_DEVICE = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Pair with device"))
PAIR_DIALOG_BODY = _p(
    QT_TRANSLATE_NOOP("PhoneScreens", "Wi-Fi pairing code: 482915\nIP address & Port: 192.168.1.20:37123")
)

# --- step texts (PairHelp context) -------------------------------------------------------------

T_DEV_SAMSUNG = _p(QT_TRANSLATE_NOOP("PairHelp", "Open Settings. “Developer options” is at the very bottom: tap it."))
T_DEV_SYSTEM = _p(QT_TRANSLATE_NOOP("PairHelp", "Open Settings. Tap “System”, then “Developer options”."))
T_DEV_ADDITIONAL = _p(
    QT_TRANSLATE_NOOP("PairHelp", "Open Settings. Tap “Additional settings”, then “Developer options”.")
)
T_DEV_OPPO = _p(
    QT_TRANSLATE_NOOP(
        "PairHelp", "Open Settings. Tap “Additional settings” (or “System settings”), then “Developer options”."
    )
)
T_DEV_HUAWEI = _p(QT_TRANSLATE_NOOP("PairHelp", "Open Settings. Tap “System & updates”, then “Developer options”."))
T_DEV_OTHER = _p(
    QT_TRANSLATE_NOOP(
        "PairHelp",
        "Open Settings and find “Developer options”. It is often under “System”. You can also type "
        "“Developer” in the search box at the top of Settings.",
    )
)
T_NO_DEV = _p(
    QT_TRANSLATE_NOOP(
        "PairHelp",
        "If there is no “Developer options”, switch them on first: follow “How to switch on USB debugging” "
        "up to “Developer options”. The phone and this computer must be on the same Wi-Fi network.",
    )
)
T_SWITCH_WIFI = _p(
    QT_TRANSLATE_NOOP(
        "PairHelp",
        "Switch on “Wireless debugging”. The phone asks “Allow wireless debugging on this network?”: tap "
        "“Allow”.",
    )
)
T_OPEN_PAIRING = _p(
    QT_TRANSLATE_NOOP(
        "PairHelp",
        "Tap the words “Wireless debugging” (not the switch) to open its screen. Then tap “Pair device with "
        "pairing code”.",
    )
)
T_TYPE_CODE = _p(
    QT_TRANSLATE_NOOP(
        "PairHelp",
        "The phone shows a six-digit “Wi-Fi pairing code” and an “IP address & Port”. Type both below. Keep "
        "this window open on the phone until hardener says it is connected.",
    )
)
T_TYPE_CONNECT = _p(
    QT_TRANSLATE_NOOP(
        "PairHelp",
        "On the “Wireless debugging” screen, the address under “IP address & Port” is the one for "
        "connecting. Its port is not the pairing port. Type it below too.",
    )
)

_DEV_WITH_WIRELESS = Screen(
    DEV_OPTIONS,
    (Row(STAY_AWAKE, toggle=False), Row(USB_DEBUGGING, toggle=False), Row(WIRELESS_DEBUGGING, highlight=True,
                                                                           toggle=True)),
    dialog=Dialog(ALLOW_WIFI_Q, buttons=(CANCEL, ALLOW), tap=1),
)
_WIRELESS_SCREEN = Screen(
    WIRELESS_DEBUGGING,
    (Row(USE_WIRELESS, toggle=True), Row(DEVICE_NAME), Row(IP_AND_PORT), Row(PAIR_QR), Row(PAIR_CODE, highlight=True)),
)
_PAIR_DIALOG = Screen(WIRELESS_DEBUGGING, dialog=Dialog(PAIR_WITH_DEVICE, PAIR_DIALOG_BODY, buttons=(CANCEL,)))
_CONNECT_SCREEN = Screen(
    WIRELESS_DEBUGGING,
    (Row(USE_WIRELESS, toggle=True), Row(DEVICE_NAME), Row(IP_AND_PORT, highlight=True), Row(PAIR_QR), Row(PAIR_CODE)),
)

SHARED_STEPS = (
    Step(T_NO_DEV),
    Step(T_SWITCH_WIFI, _DEV_WITH_WIRELESS),
    Step(T_OPEN_PAIRING, _WIRELESS_SCREEN),
    Step(T_TYPE_CODE, _PAIR_DIALOG),
    Step(T_TYPE_CONNECT, _CONNECT_SCREEN),
)


def _maker(maker_id: str, name: str, text: str, screen: Screen) -> Maker:
    return Maker(maker_id, name, (Step(text, screen), *SHARED_STEPS))


_SYSTEM_DEV = _list(SYSTEM, (ANDROID_VERSION, DEV_OPTIONS), DEV_OPTIONS)
_ADDITIONAL_DEV = _list(ADDITIONAL, (ANDROID_VERSION, DEV_OPTIONS), DEV_OPTIONS)
_HUAWEI_DEV = _list(SYSTEM_UPDATES, (ANDROID_VERSION, DEV_OPTIONS), DEV_OPTIONS)

MAKERS: tuple[Maker, ...] = (
    _maker("samsung", "Samsung", T_DEV_SAMSUNG, _settings_home(ABOUT_PHONE, tap=DEV_OPTIONS)),
    _maker("xiaomi", "Xiaomi / Redmi / POCO", T_DEV_ADDITIONAL, _ADDITIONAL_DEV),
    _maker("pixel", "Google Pixel", T_DEV_SYSTEM, _SYSTEM_DEV),
    _maker("motorola", "Motorola", T_DEV_SYSTEM, _SYSTEM_DEV),
    _maker("oppo", "Oppo / Realme / OnePlus", T_DEV_OPPO, _ADDITIONAL_DEV),
    _maker("huawei", "Huawei / Honor", T_DEV_HUAWEI, _HUAWEI_DEV),
    _maker("tecno", "Tecno / Infinix / itel", T_DEV_SYSTEM, _SYSTEM_DEV),
    _maker("other", "", T_DEV_OTHER, _SYSTEM_DEV),  # "" is shown as "Other phones", translated by the page
)
