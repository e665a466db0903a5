"""How to switch on USB debugging, maker by maker, as short numbered steps with a picture each.

The menus differ by maker (and by version), so each maker gets its own path to "Developer
options". The steps name what the person sees on their screen; where a maker changed the
name between versions, the step gives both. Texts are message ids: step words in the
``UsbHelp`` context, words drawn on the phone in ``PhoneScreens``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from hardener.gui.pictures import Dialog, Row, Screen, allow_usb_debugging


@dataclass(frozen=True)
class Step:
    text: str
    screen: Screen | None = None


@dataclass(frozen=True)
class Maker:
    id: str
    name: str  # brand names are the same in every language
    steps: tuple[Step, ...]


def _p(text: object) -> str:
    return str(text)


SETTINGS = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Settings"))
ABOUT_PHONE = _p(QT_TRANSLATE_NOOP("PhoneScreens", "About phone"))
SYSTEM = _p(QT_TRANSLATE_NOOP("PhoneScreens", "System"))
DEV_OPTIONS = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Developer options"))
USB_DEBUGGING = _p(QT_TRANSLATE_NOOP("PhoneScreens", "USB debugging"))
BUILD_NUMBER = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Build number"))
NETWORK = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Network & internet"))
APPS = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Apps"))
BATTERY = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Battery"))
DISPLAY = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Display"))
SECURITY = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Security"))
ANDROID_VERSION = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Android version"))
MODEL = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Model"))
SOFTWARE_INFO = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Software information"))
ADDITIONAL = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Additional settings"))
MIUI_VERSION = _p(QT_TRANSLATE_NOOP("PhoneScreens", "MIUI version / OS version"))
VERSION = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Version"))
SYSTEM_UPDATES = _p(QT_TRANSLATE_NOOP("PhoneScreens", "System & updates"))
STAY_AWAKE = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Stay awake"))
WIRELESS_DEBUGGING = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Wireless debugging"))
USB_DEBUGGING_SECURITY = _p(QT_TRANSLATE_NOOP("PhoneScreens", "USB debugging (Security settings)"))
CHARGE_ONLY_ADB = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Allow ADB debugging in charge-only mode"))
YOU_ARE_DEVELOPER = _p(QT_TRANSLATE_NOOP("PhoneScreens", "You are now a developer!"))
USB_FOR = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Use USB for"))
FILE_TRANSFER = _p(QT_TRANSLATE_NOOP("PhoneScreens", "File transfer"))
CHARGING_ONLY = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Charging only"))
OK = _p(QT_TRANSLATE_NOOP("PhoneScreens", "OK"))
CANCEL = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Cancel"))
ALLOW_USB_Q = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Allow USB debugging?"))
ALLOW_USB_BODY = _p(QT_TRANSLATE_NOOP("PhoneScreens", "USB debugging is intended for development purposes only."))


def _settings_home(*rows_before: str, tap: str) -> Screen:
    names = [NETWORK, APPS, BATTERY, DISPLAY, SECURITY, *rows_before]
    rows = [Row(n) for n in names if n != tap]
    rows.append(Row(tap, highlight=True))
    return Screen(SETTINGS, tuple(rows))


def _list(title: str, names: tuple[str, ...], tap: str, taps: int = 0, toggle: bool | None = None) -> Screen:
    return Screen(
        title,
        tuple(
            Row(n, highlight=n == tap, taps=taps if n == tap else 0, toggle=toggle if n == tap else None) for n in names
        ),
    )


def _dev_options(extra: tuple[str, ...] = ()) -> Screen:
    rows = [Row(STAY_AWAKE, toggle=False), Row(USB_DEBUGGING, highlight=True, toggle=True)]
    rows += [Row(name, highlight=True, toggle=True) for name in extra]
    rows.append(Row(WIRELESS_DEBUGGING, toggle=False))
    return Screen(DEV_OPTIONS, tuple(rows))


# Xiaomi's extra switch, shown again when a change was refused for want of it.
XIAOMI_SECURITY_SCREEN = _dev_options((USB_DEBUGGING_SECURITY,))


def _developer_toast(title: str, names: tuple[str, ...], tap: str) -> Screen:
    base = _list(title, names, tap, taps=7)
    return Screen(base.title, base.rows, note=YOU_ARE_DEVELOPER)


# --- step texts (UsbHelp context) ------------------------------------------------------------

T_OPEN_ABOUT = _p(QT_TRANSLATE_NOOP("UsbHelp", "Open Settings. Scroll to the bottom and tap “About phone”."))
T_SAMSUNG_SOFTWARE = _p(QT_TRANSLATE_NOOP("UsbHelp", "Tap “Software information”."))
T_TAP_BUILD = _p(
    QT_TRANSLATE_NOOP(
        "UsbHelp",
        "Tap “Build number” 7 times, quickly. If the phone asks, enter your PIN. "
        "The phone then says that you are now a developer.",
    )
)
T_TAP_MIUI = _p(
    QT_TRANSLATE_NOOP(
        "UsbHelp",
        "Tap “MIUI version” 7 times, quickly (on newer phones it is called “OS version”). "
        "If the phone asks, enter your PIN.",
    )
)
T_TAP_VERSION_BUILD = _p(
    QT_TRANSLATE_NOOP(
        "UsbHelp",
        "Tap “Version”. Then tap “Build number” 7 times, quickly. If the phone asks, enter your PIN.",
    )
)
T_DEV_SAMSUNG = _p(
    QT_TRANSLATE_NOOP(
        "UsbHelp", "Go back to the first Settings screen. “Developer options” is now at the very bottom. Tap it."
    )
)
T_DEV_SYSTEM = _p(QT_TRANSLATE_NOOP("UsbHelp", "Go back to Settings. Tap “System”, then “Developer options”."))
T_DEV_ADDITIONAL = _p(
    QT_TRANSLATE_NOOP("UsbHelp", "Go back to Settings. Tap “Additional settings”, then “Developer options”.")
)
T_DEV_OPPO = _p(
    QT_TRANSLATE_NOOP(
        "UsbHelp",
        "Go back to Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.",
    )
)
T_DEV_HUAWEI = _p(
    QT_TRANSLATE_NOOP("UsbHelp", "Go back to Settings. Tap “System & updates”, then “Developer options”.")
)
T_DEV_OTHER = _p(
    QT_TRANSLATE_NOOP(
        "UsbHelp",
        "Go back to Settings and find “Developer options”. It is often under “System”. "
        "You can also type “Developer” in the search box at the top of Settings.",
    )
)
T_SWITCH_ON = _p(QT_TRANSLATE_NOOP("UsbHelp", "Switch on “USB debugging”. The phone asks if you are sure: tap “OK”."))
T_XIAOMI_SECURITY = _p(
    QT_TRANSLATE_NOOP(
        "UsbHelp",
        "If you also see “USB debugging (Security settings)”, switch it on too. Without it, hardener can "
        "check the phone but cannot change some settings. The phone may ask you to sign in to a Mi account.",
    )
)
T_HUAWEI_CHARGE = _p(
    QT_TRANSLATE_NOOP("UsbHelp", "If you see “Allow ADB debugging in charge-only mode”, switch it on too.")
)
T_OTHER_FIND_BUILD = _p(
    QT_TRANSLATE_NOOP(
        "UsbHelp",
        "Find “Build number” (sometimes inside “Software information” or “Version”) and tap it 7 times, "
        "quickly. You can also type “Build number” in the search box at the top of Settings.",
    )
)
T_PLUG_IN = _p(
    QT_TRANSLATE_NOOP(
        "UsbHelp",
        "Plug the phone into this computer with a USB cable. Unlock the phone. If the phone asks what "
        "the USB connection is for, choose “File transfer”.",
    )
)
T_ALLOW = _p(
    QT_TRANSLATE_NOOP(
        "UsbHelp",
        "The phone asks “Allow USB debugging?”. Tap “Allow”. Do not tick “Always allow” unless this is your "
        "own computer.",
    )
)

_PLUG_SCREEN = Screen(
    SETTINGS,
    dialog=Dialog(USB_FOR, buttons=(CHARGING_ONLY, FILE_TRANSFER), tap=1),
)
_SURE_SCREEN = Screen(
    DEV_OPTIONS,
    (Row(STAY_AWAKE, toggle=False), Row(USB_DEBUGGING, highlight=True, toggle=True)),
    dialog=Dialog(ALLOW_USB_Q, ALLOW_USB_BODY, buttons=(CANCEL, OK), tap=1),
)

_ENDING = (Step(T_PLUG_IN, _PLUG_SCREEN), Step(T_ALLOW, allow_usb_debugging()))
_ABOUT_ROWS = (MODEL, ANDROID_VERSION, BUILD_NUMBER)


def _common(dev_text: str, dev_screen: Screen, extra_steps: tuple[Step, ...] = ()) -> tuple[Step, ...]:
    return (
        Step(T_OPEN_ABOUT, _settings_home(SYSTEM, tap=ABOUT_PHONE)),
        Step(T_TAP_BUILD, _developer_toast(ABOUT_PHONE, _ABOUT_ROWS, BUILD_NUMBER)),
        Step(dev_text, dev_screen),
        Step(T_SWITCH_ON, _SURE_SCREEN),
        *extra_steps,
        *_ENDING,
    )


_SYSTEM_DEV = _list(SYSTEM, (ANDROID_VERSION, DEV_OPTIONS), DEV_OPTIONS)

MAKERS: tuple[Maker, ...] = (
    Maker(
        "samsung",
        "Samsung",
        (
            Step(T_OPEN_ABOUT, _settings_home(tap=ABOUT_PHONE)),
            Step(T_SAMSUNG_SOFTWARE, _list(ABOUT_PHONE, (MODEL, SOFTWARE_INFO), SOFTWARE_INFO)),
            Step(T_TAP_BUILD, _developer_toast(SOFTWARE_INFO, (ANDROID_VERSION, BUILD_NUMBER), BUILD_NUMBER)),
            Step(T_DEV_SAMSUNG, _settings_home(ABOUT_PHONE, tap=DEV_OPTIONS)),
            Step(T_SWITCH_ON, _SURE_SCREEN),
            *_ENDING,
        ),
    ),
    Maker(
        "xiaomi",
        "Xiaomi / Redmi / POCO",
        (
            Step(T_OPEN_ABOUT, _settings_home(tap=ABOUT_PHONE)),
            Step(T_TAP_MIUI, _developer_toast(ABOUT_PHONE, (MODEL, ANDROID_VERSION, MIUI_VERSION), MIUI_VERSION)),
            Step(T_DEV_ADDITIONAL, _list(ADDITIONAL, (ANDROID_VERSION, DEV_OPTIONS), DEV_OPTIONS)),
            Step(T_SWITCH_ON, _SURE_SCREEN),
            Step(T_XIAOMI_SECURITY, XIAOMI_SECURITY_SCREEN),
            *_ENDING,
        ),
    ),
    Maker("pixel", "Google Pixel", _common(T_DEV_SYSTEM, _SYSTEM_DEV)),
    Maker("motorola", "Motorola", _common(T_DEV_SYSTEM, _SYSTEM_DEV)),
    Maker(
        "oppo",
        "Oppo / Realme / OnePlus",
        (
            Step(T_OPEN_ABOUT, _settings_home(tap=ABOUT_PHONE)),
            Step(T_TAP_VERSION_BUILD, _developer_toast(VERSION, (ANDROID_VERSION, BUILD_NUMBER), BUILD_NUMBER)),
            Step(T_DEV_OPPO, _list(ADDITIONAL, (ANDROID_VERSION, DEV_OPTIONS), DEV_OPTIONS)),
            Step(T_SWITCH_ON, _SURE_SCREEN),
            *_ENDING,
        ),
    ),
    Maker(
        "huawei",
        "Huawei / Honor",
        _common(
            T_DEV_HUAWEI,
            _list(SYSTEM_UPDATES, (ANDROID_VERSION, DEV_OPTIONS), DEV_OPTIONS),
            (Step(T_HUAWEI_CHARGE, _dev_options((CHARGE_ONLY_ADB,))),),
        ),
    ),
    Maker("tecno", "Tecno / Infinix / itel", _common(T_DEV_SYSTEM, _SYSTEM_DEV)),
    Maker(
        "other",
        "",  # shown as "Other phones", translated by the page
        (
            Step(T_OPEN_ABOUT, _settings_home(tap=ABOUT_PHONE)),
            Step(T_OTHER_FIND_BUILD, _developer_toast(ABOUT_PHONE, _ABOUT_ROWS, BUILD_NUMBER)),
            Step(T_DEV_OTHER, _SYSTEM_DEV),
            Step(T_SWITCH_ON, _SURE_SCREEN),
            *_ENDING,
        ),
    ),
)


# --- after finishing: forgetting the computers the phone trusted ----------------------------

REVOKE = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Revoke USB debugging authorisations"))
USE_DEV_OPTIONS = _p(QT_TRANSLATE_NOOP("PhoneScreens", "Use developer options"))
REVOKE_Q = _p(
    QT_TRANSLATE_NOOP("PhoneScreens", "Revoke access to USB debugging from all computers you've previously authorised?")
)

REVOKE_SCREENS = (
    _list(SYSTEM, (ANDROID_VERSION, DEV_OPTIONS), DEV_OPTIONS),
    Screen(
        DEV_OPTIONS,
        (Row(USE_DEV_OPTIONS, toggle=True), Row(USB_DEBUGGING, toggle=False), Row(REVOKE, highlight=True)),
        dialog=Dialog(REVOKE_Q, buttons=(CANCEL, OK), tap=1),
    ),
    Screen(
        DEV_OPTIONS,
        (Row(USE_DEV_OPTIONS, highlight=True, toggle=False), Row(USB_DEBUGGING, toggle=False), Row(REVOKE)),
    ),
)
