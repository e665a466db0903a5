"""A clear screen for each thing that can go wrong, with the way forward as buttons.

The library's typed errors already carry a plain message a person can act on; this page
adds a short headline, a picture where one helps, and only the buttons that make sense for
that problem. When Google's ``adb`` server holds the phone, going through it ("Use it") comes
first: it works at once and disturbs nobody. Stopping that program is offered too, never done
silently: the person must press it and then confirm, because it may belong to someone else's work.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from hardener.errors import (
    AdbServerHoldsDevice,
    AuthorizationPending,
    BadAddress,
    BadPairingCode,
    Cancelled,
    CommandTimeout,
    ConnectionLost,
    DebuggingOff,
    DeviceOffline,
    HardenerError,
    JournalError,
    KeyDamaged,
    KeyRejected,
    KeyringLocked,
    KeyringUnavailable,
    NoDevice,
    NothingListening,
    PairingFailed,
    PlatformToolsMissing,
    PlatformToolsTooOld,
    ProfileError,
    SeveralDevices,
    UsbAccessDenied,
    inert_params,
)
from hardener.gui.lang import lib
from hardener.gui.pictures import PhonePicture, allow_usb_debugging
from hardener.gui.widgets import Heading, Para, big_button, label_button, page_layout
from hardener.inert import shown

# What the person was doing when it happened: it changes what "nothing is lost" means.
CONNECT, SCAN, APPLY, UNDO, FINISH, RECHECK = "connect", "scan", "apply", "undo", "finish", "recheck"
PAIR = "pair"  # Wi-Fi pairing with a code, before any connection

# Buttons a problem may offer.
RETRY, RECONNECT, START_OVER, HELP, STOP_SERVER = "retry", "reconnect", "start_over", "help", "stop_server"
USE_SERVER, PAIR_AGAIN = "use_server", "pair_again"


class ProblemPage(QWidget):
    action = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._error: BaseException | None = None
        self._context = CONNECT
        self._server_confirm = False
        layout = page_layout(self)
        row = QHBoxLayout()
        column = QVBoxLayout()
        self.heading = Heading(1.6)
        column.addWidget(self.heading)
        self.message = Para()
        self.message.setObjectName("problemMessage")
        column.addWidget(self.message)
        self.consequence = Para()
        column.addWidget(self.consequence)
        self.confirm_text = Para()
        column.addWidget(self.confirm_text)
        confirm_row = QHBoxLayout()
        self.confirm_yes = big_button()
        self.confirm_no = big_button()
        confirm_row.addWidget(self.confirm_yes)
        confirm_row.addWidget(self.confirm_no)
        confirm_row.addStretch(1)
        column.addLayout(confirm_row)
        self.details_toggle = QToolButton()
        self.details_toggle.setCheckable(True)
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setArrowType(Qt.ArrowType.RightArrow)
        column.addWidget(self.details_toggle)
        self.details = Para()
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        column.addWidget(self.details)
        column.addStretch(1)
        row.addLayout(column, 1)
        self.picture = PhonePicture(allow_usb_debugging())
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row, 1)

        buttons = QHBoxLayout()
        self.buttons = {
            USE_SERVER: big_button(primary=True),
            PAIR_AGAIN: big_button(primary=True),
            STOP_SERVER: big_button(),
            RETRY: big_button(primary=True),
            RECONNECT: big_button(primary=True),
            HELP: big_button(),
            START_OVER: big_button(),
        }
        for name, button in self.buttons.items():
            buttons.addWidget(button)
            if name == STOP_SERVER:
                button.clicked.connect(self._ask_server_confirm)
            else:
                button.clicked.connect(lambda _c=False, n=name: self.action.emit(n))
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.confirm_yes.clicked.connect(self._confirmed_stop)
        self.confirm_no.clicked.connect(self._cancel_server_confirm)
        self.details_toggle.toggled.connect(self._toggle_details)
        self.clear()

    # --- showing ------------------------------------------------------------------------------

    def show_problem(self, error: BaseException, context: str) -> None:
        self._error = error
        self._context = context
        self._server_confirm = False
        self.details_toggle.setChecked(False)
        self.retranslate()
        for name in (USE_SERVER, PAIR_AGAIN, RECONNECT, RETRY):
            button = self.buttons[name]
            if not button.isHidden():
                button.setFocus()
                break

    @property
    def error(self) -> BaseException | None:
        return self._error

    @property
    def context(self) -> str:
        return self._context

    def clear(self) -> None:
        self._error = None
        self._context = CONNECT
        self._server_confirm = False
        self.details_toggle.setChecked(False)
        self.retranslate()

    def _offers(self) -> tuple[str, ...]:
        e = self._error
        if e is None:
            return (START_OVER,)
        if isinstance(e, PlatformToolsMissing | PlatformToolsTooOld):
            return (HELP, START_OVER)  # a USB cable is the way left
        if self._context == PAIR:
            return (PAIR_AGAIN, START_OVER)
        if isinstance(e, AdbServerHoldsDevice):
            return (USE_SERVER, STOP_SERVER, RETRY, START_OVER)
        if isinstance(e, NothingListening):  # a network address: the USB help would not help
            return (RETRY, START_OVER)
        if isinstance(e, NoDevice | DebuggingOff):
            return (RETRY, HELP, START_OVER)
        if isinstance(e, KeyRejected | AuthorizationPending | DeviceOffline | UsbAccessDenied | KeyringUnavailable):
            return (RETRY, START_OVER)
        if isinstance(e, SeveralDevices | ProfileError | BadAddress | KeyDamaged):
            return (START_OVER,)
        if self._context == CONNECT:
            return (RETRY, START_OVER)
        if isinstance(e, JournalError):
            return (RECONNECT, START_OVER)
        # Lost link, timeout, cancelled or an unexpected fault during work on the phone.
        return (RECONNECT, START_OVER)

    def _headline(self) -> str:
        e = self._error
        if isinstance(e, KeyRejected):
            return self.tr("The phone did not allow this computer")
        if isinstance(e, AuthorizationPending):
            return self.tr("The phone has not allowed this computer yet")
        if isinstance(e, PlatformToolsMissing | PlatformToolsTooOld):
            return self.tr("Pairing cannot be done from this computer")
        if isinstance(e, PairingFailed):
            return self.tr("The phone did not accept the pairing")
        if isinstance(e, BadPairingCode):
            return self.tr("This is not a pairing code")
        if isinstance(e, DeviceOffline | CommandTimeout):
            return self.tr("The phone does not answer")
        if isinstance(e, AdbServerHoldsDevice):
            return self.tr("Another program is using the phone")
        if isinstance(e, KeyringLocked):
            return self.tr("The keyring is locked")
        if isinstance(e, KeyringUnavailable):
            return self.tr("No safe place for hardener's key")
        if isinstance(e, KeyDamaged):
            return self.tr("hardener's key is damaged")
        if isinstance(e, BadAddress):
            return self.tr("This address cannot be used")
        if isinstance(e, NothingListening):
            return self.tr("Nothing answers at this address")
        if isinstance(e, NoDevice):
            return self.tr("No phone found")
        if isinstance(e, SeveralDevices):
            return self.tr("More than one phone")
        if isinstance(e, UsbAccessDenied):
            return self.tr("The USB port is not allowed")
        if isinstance(e, ConnectionLost):
            return self.tr("The connection to the phone was lost")
        if isinstance(e, Cancelled):
            return self.tr("Stopped")
        if isinstance(e, JournalError):
            return self.tr("Nothing was changed")
        if isinstance(e, ProfileError):
            return self.tr("A profile is broken")
        if isinstance(e, DebuggingOff):
            return self.tr("USB debugging is off")
        return self.tr("Something went wrong")

    def _message(self) -> str:
        e = self._error
        if isinstance(e, HardenerError):
            return lib(e.message, inert_params(e.params))  # fields can hold the phone's words
        if e is None:
            return ""
        return self.tr("hardener met a problem it did not expect. Nothing more will be done to the phone.")

    def _consequence(self) -> str:
        if self._error is None or isinstance(self._error, JournalError):
            return ""
        if self._context == SCAN:
            return self.tr("Nothing was changed on the phone.")
        if self._context == APPLY:
            return self.tr(
                "Some changes may already be made. Connect again: hardener will show them and offer "
                "to finish or undo them."
            )
        if self._context == UNDO:
            return self.tr("Some settings may not be back yet. Connect again to finish undoing them.")
        if self._context == FINISH:
            return self.tr(
                "USB debugging may still be on. Connect again and press Finish, or switch it off on the phone."
            )
        return ""

    def retranslate(self) -> None:
        self.heading.setText(self._headline())
        self.message.setText(self._message())
        consequence = self._consequence()
        self.consequence.setText(consequence)
        self.consequence.setVisible(bool(consequence))
        # The same picture whichever way the phone is reached (direct, or its adb server's
        # "unauthorized"): the person does the same thing on the phone.
        self.picture.setVisible(isinstance(self._error, KeyRejected | AuthorizationPending))
        offers = self._offers()
        for name, button in self.buttons.items():
            button.setVisible(name in offers and not (self._server_confirm and name == STOP_SERVER))
        label_button(self.buttons[RETRY], self.tr("Try again"))
        label_button(self.buttons[RECONNECT], self.tr("Connect again"))
        label_button(self.buttons[START_OVER], self.tr("Back to the start"))
        label_button(self.buttons[HELP], self.tr("How to switch on USB debugging"))
        label_button(
            self.buttons[USE_SERVER],
            self.tr("Use it"),
            self.tr("Connect through the adb program that holds the phone, without stopping it"),
        )
        label_button(self.buttons[PAIR_AGAIN], self.tr("Back to pairing"))
        label_button(
            self.buttons[STOP_SERVER],
            self.tr("Stop the other program…"),
            self.tr("Asks before stopping the adb program on this computer"),
        )
        self.confirm_text.setText(
            self.tr(
                "This stops the “adb” program on this computer. If someone else is using it (for example "
                "Android Studio), they lose their phone connection. Stop it?"
            )
        )
        for widget in (self.confirm_text, self.confirm_yes, self.confirm_no):
            widget.setVisible(self._server_confirm)
        label_button(self.confirm_yes, self.tr("Yes, stop it"))
        label_button(self.confirm_no, self.tr("No"))
        label_button(self.details_toggle, self.tr("Details for a helper"))
        detail = ""
        if isinstance(self._error, HardenerError):
            detail = f"{type(self._error).__name__}: {self._error.detail}"
        elif self._error is not None:
            detail = f"{type(self._error).__name__}: {self._error}"
        self.details.setText(shown(detail, 2000))  # technical detail can quote the phone
        self.details_toggle.setVisible(bool(detail))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the adb server question --------------------------------------------------------------

    def _ask_server_confirm(self) -> None:
        self._server_confirm = True
        self.retranslate()
        self.confirm_no.setFocus()

    def _cancel_server_confirm(self) -> None:
        self._server_confirm = False
        self.retranslate()

    def _confirmed_stop(self) -> None:
        self._server_confirm = False
        self.retranslate()
        self.action.emit(STOP_SERVER)

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
