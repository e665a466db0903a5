"""Wi-Fi with a pairing code (Android 11+): where the phone shows the code, then pair and connect.

The same shape as the USB help (makers on the left, numbered steps with a picture each), with
the three things the phone shows typed in underneath. Whether this computer can pair at all is
said at the top before anything is typed: pairing needs Google's ``adb`` 30 or newer (see
:mod:`hardener.adb.platform_tools`), and the person should not copy a code only to learn that.
The code is a one-time secret for the few minutes the phone's dialog is open; it is cleared
from the field as soon as it was used, and with everything else for the next person.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QWidget,
)

from hardener.adb.platform_tools import PlatformTools
from hardener.errors import HardenerError, inert_params
from hardener.gui.lang import lib
from hardener.gui.pairing_data import MAKERS
from hardener.gui.pictures import PhonePicture
from hardener.gui.usbhelp_data import Maker
from hardener.gui.widgets import CardGrid, Heading, Para, StepCard, big_button, label_button, page_layout
from hardener.inert import shown

CHECKING, READY, UNABLE = "checking", "ready", "unable"


class PairPage(QWidget):
    pair_requested = Signal(str, str, str)  # pairing address, code, address for connecting
    back_requested = Signal()
    usb_help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = CHECKING
        self._tools: PlatformTools | None = None
        self._problem: BaseException | None = None
        layout = page_layout(self)
        self.heading = Heading(1.6)
        layout.addWidget(self.heading)
        self.intro = Para()
        layout.addWidget(self.intro)
        self.notice = Para()
        self.notice.setObjectName("pairNotice")
        layout.addWidget(self.notice)

        row = QHBoxLayout()
        self.makers = QListWidget()
        for maker in MAKERS:
            QListWidgetItem(maker.name, self.makers)
        self.makers.setMaximumWidth(self.makers.fontMetrics().horizontalAdvance("M") * 18)
        row.addWidget(self.makers)
        self.steps_box = CardGrid()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.steps_box)
        row.addWidget(scroll, 1)
        layout.addLayout(row, 1)

        form = QGridLayout()
        form.setColumnStretch(1, 1)
        self.pair_address_label = QLabel()
        self.pair_address = QLineEdit()
        self.pair_address.setPlaceholderText("192.168.1.20:37123")
        self.code_label = QLabel()
        self.code = QLineEdit()
        self.code.setPlaceholderText("482915")
        self.code.setMaxLength(12)
        self.connect_address_label = QLabel()
        self.connect_address = QLineEdit()
        self.connect_address.setPlaceholderText("192.168.1.20:41235")
        for line, (label, field) in enumerate(
            ((self.pair_address_label, self.pair_address), (self.code_label, self.code),
             (self.connect_address_label, self.connect_address))
        ):
            label.setBuddy(field)
            form.addWidget(label, line, 0)
            form.addWidget(field, line, 1)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.pair_button = big_button(primary=True)
        self.usb_help_button = big_button()
        self.back_button = big_button()
        buttons.addWidget(self.pair_button)
        buttons.addWidget(self.usb_help_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = Para()
        self.status.setObjectName("pairStatus")
        layout.addWidget(self.status)

        self.pair_button.clicked.connect(self._pair)
        self.back_button.clicked.connect(self.back_requested)
        self.usb_help_button.clicked.connect(self.usb_help_requested)
        for field in (self.pair_address, self.code, self.connect_address):
            field.returnPressed.connect(self._pair)  # Enter: pair, or go to what is still missing
        self.makers.currentRowChanged.connect(lambda _row: self._show_steps())
        self.rows: list[StepCard] = []
        self.makers.setCurrentRow(0)
        self.retranslate()

    # --- words ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Connect over Wi-Fi with a pairing code"))
        self.intro.setText(
            self.tr(
                "For phones with Android 11 or newer, without a cable. Google's “adb” program (Platform-Tools) "
                "does the pairing. The phone then trusts that program's key, which it keeps in a file in this "
                "computer's home folder (.android/adbkey), not hardener's own key. Google's adb also keeps a list "
                "of the phones it paired with in that folder (.android/adb_known_hosts.pb): someone who searches "
                "this computer can see that phones were paired. hardener does not erase it."
            )
        )
        self.notice.setText(self._notice())
        for index, maker in enumerate(MAKERS):
            item = self.makers.item(index)
            if item is not None:
                item.setText(maker.name or self.tr("Other phones"))
        self.makers.setAccessibleName(self.tr("Make of phone"))
        # A label with a buddy reads "&" as a keyboard shortcut mark: the phone's "IP address & Port"
        # must keep its "&" (doubled), in whatever language it is translated.
        for label, text in (
            (self.pair_address_label, self.tr("Pairing address and port:")),
            (self.code_label, self.tr("Wi-Fi pairing code:")),
            (self.connect_address_label, self.tr("Address for connecting (IP address & Port):")),
        ):
            label.setText(text.replace("&", "&&"))
        self.pair_address.setAccessibleName(self.tr("Pairing address and port, for example 192.168.1.20:37123"))
        self.code.setAccessibleName(self.tr("Wi-Fi pairing code, six digits"))
        self.connect_address.setAccessibleName(
            self.tr("Address for connecting, for example 192.168.1.20:41235")
        )
        label_button(self.pair_button, self.tr("Pair and connect"))
        label_button(self.usb_help_button, self.tr("Use a USB cable instead"))
        label_button(self.back_button, self.tr("Back"))
        self.pair_button.setEnabled(self._state == READY)
        maker = self.current_maker()
        for row, step in zip(self.rows, maker.steps, strict=False):
            row.set_text(QCoreApplication.translate("PairHelp", step.text))

    def _notice(self) -> str:
        if self._state == CHECKING:
            return self.tr("Looking for Google's “adb” program on this computer…")
        if self._state == READY and self._tools is not None:
            return self.tr("Google's “adb” program, version {version}, will do the pairing ({path}).").format(
                version=shown(self._tools.version_text, 40), path=shown(str(self._tools.adb), 300)
            )
        problem = self._problem
        if isinstance(problem, HardenerError):
            reason = lib(problem.message, inert_params(problem.params))
        else:
            reason = self.tr("hardener could not run Google's “adb” program.")
        return self.tr("Pairing cannot be done from this computer. {reason}").format(reason=reason)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state ----------------------------------------------------------------------------------

    def checking(self) -> None:
        self._state, self._tools, self._problem = CHECKING, None, None
        self.retranslate()

    def set_tools(self, tools: PlatformTools | None, problem: BaseException | None = None) -> None:
        """What was found: an adb that can pair (READY), or why pairing cannot be done (UNABLE)."""
        self._tools = tools
        self._problem = problem
        self._state = READY if tools is not None and problem is None else UNABLE
        self.retranslate()

    @property
    def state(self) -> str:
        return self._state

    def focus_target(self) -> QWidget:
        """The first of the three things still to type, else "Pair and connect"."""
        for field in (self.pair_address, self.code, self.connect_address):
            if not field.text().strip():
                return field
        return self.pair_button if self.pair_button.isEnabled() else self.connect_address

    def clear_code(self) -> None:
        self.code.clear()

    def clear(self) -> None:
        """For the next person: nothing typed stays (addresses and the code)."""
        for field in (self.pair_address, self.code, self.connect_address):
            field.clear()
        self.status.setText("")
        self.checking()

    # --- makers and steps -----------------------------------------------------------------------

    def current_maker(self) -> Maker:
        row = max(0, self.makers.currentRow())
        return MAKERS[min(row, len(MAKERS) - 1)]

    def choose(self, maker_id: str) -> None:
        for index, maker in enumerate(MAKERS):
            if maker.id == maker_id:
                self.makers.setCurrentRow(index)

    def _show_steps(self) -> None:
        self.rows = []
        for number, step in enumerate(self.current_maker().steps, start=1):
            picture = PhonePicture(step.screen) if step.screen is not None else None
            self.rows.append(StepCard(number, picture=picture))
        self.steps_box.set_cards(list(self.rows))
        self.retranslate()

    def step_texts(self) -> list[str]:
        return [row.text.text() for row in self.rows]

    # --- pairing ----------------------------------------------------------------------------------

    def _pair(self) -> None:
        if self._state != READY:
            return
        fields = (self.pair_address.text().strip(), self.code.text().strip(), self.connect_address.text().strip())
        if not all(fields):
            self.status.setText(
                self.tr("Type the three things the phone shows first: the pairing address, the code, and the "
                        "address for connecting.")
            )
            for field, text in zip((self.pair_address, self.code, self.connect_address), fields, strict=True):
                if not text:
                    field.setFocus()
                    break
            return
        self.status.setText("")
        self.pair_requested.emit(*fields)
