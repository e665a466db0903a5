"""The first screen: which phone to check (USB, the practice phone, or an address on Wi-Fi).

The practice phone sits beside real phones on purpose, clearly named as not real, so a
trainer can rehearse the exact same steps. Nothing typed or seen here is remembered between
people: the list of phones is re-read from the bus and from Google's adb server, never from a
history. Phones the adb server holds are listed with its state of them ("waiting for Allow"),
and reached through it (:mod:`hardener.gui.phones` says which way is shown where). A phone on
Wi-Fi that asks for a pairing code (Android 11+) has its own page, opened from here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)

from hardener.adb.connect import DeviceSelector
from hardener.adb.discovery import UsbPhone
from hardener.gui.lang import lib
from hardener.gui.phones import PhoneChoice, usb_choice
from hardener.gui.widgets import Heading, Para, big_button, label_button, page_layout
from hardener.inert import shown
from hardener.practice import DEFAULT_PERSONA

USB, PRACTICE, WIFI = 0, 1, 2


class StartPage(QWidget):
    connect_requested = Signal(object)  # DeviceSelector
    help_requested = Signal()
    refresh_requested = Signal()
    pair_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phones: list[PhoneChoice] = []
        self._adb_idle = False  # Google's adb is installed here but its server is not running
        self._personas: list[tuple[str, str]] = []
        layout = page_layout(self)
        self.heading = Heading(1.7)
        layout.addWidget(self.heading)
        self.intro = Para()
        layout.addWidget(self.intro)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(10)
        self.choice = QButtonGroup(self)
        self.usb_radio = QRadioButton()
        self.practice_radio = QRadioButton()
        self.wifi_radio = QRadioButton()
        for index, radio in enumerate((self.usb_radio, self.practice_radio, self.wifi_radio)):
            self.choice.addButton(radio, index)

        grid.addWidget(self.usb_radio, 0, 0, Qt.AlignmentFlag.AlignTop)
        usb_box = QWidget()
        usb_layout = QHBoxLayout(usb_box)
        usb_layout.setContentsMargins(0, 0, 0, 0)
        self.usb_list = QListWidget()
        self.usb_list.setMaximumHeight(self.usb_list.fontMetrics().height() * 6)
        usb_layout.addWidget(self.usb_list, 1)
        self.refresh_button = big_button()
        usb_layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(usb_box, 0, 1)
        self.usb_empty = Para()
        grid.addWidget(self.usb_empty, 1, 1)

        grid.addWidget(self.practice_radio, 2, 0)
        self.persona_combo = QComboBox()
        grid.addWidget(self.persona_combo, 2, 1)
        self.persona_about = QLabel()
        self.persona_about.setWordWrap(True)
        grid.addWidget(self.persona_about, 3, 1)

        grid.addWidget(self.wifi_radio, 4, 0)
        self.address = QLineEdit()
        self.address.setPlaceholderText("192.168.1.20:5555")
        grid.addWidget(self.address, 4, 1)
        self.pair_button = big_button()
        grid.addWidget(self.pair_button, 5, 1, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(grid)

        buttons = QHBoxLayout()
        self.connect_button = big_button(primary=True)
        self.help_button = big_button()
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.help_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = Para()
        self.status.setObjectName("startStatus")
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.connect_button.clicked.connect(self._connect)
        self.help_button.clicked.connect(self.help_requested)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.pair_button.clicked.connect(self.pair_requested)
        self.usb_list.itemActivated.connect(lambda _item: self._connect())
        self.usb_list.currentRowChanged.connect(lambda _row: self.usb_radio.setChecked(True))
        self.persona_combo.activated.connect(lambda _i: self.practice_radio.setChecked(True))
        self.persona_combo.currentIndexChanged.connect(lambda _i: self._show_persona())
        self.address.textEdited.connect(lambda _t: self.wifi_radio.setChecked(True))
        self.address.returnPressed.connect(self._connect)
        self.setTabOrder(self.usb_radio, self.usb_list)
        self.setTabOrder(self.usb_list, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.practice_radio)
        self.setTabOrder(self.practice_radio, self.persona_combo)
        self.setTabOrder(self.persona_combo, self.wifi_radio)
        self.setTabOrder(self.wifi_radio, self.address)
        self.setTabOrder(self.address, self.pair_button)
        self.setTabOrder(self.pair_button, self.connect_button)
        self.setTabOrder(self.connect_button, self.help_button)
        self.usb_radio.setChecked(True)
        self.retranslate()

    # --- words ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Check and protect a phone"))
        self.intro.setText(
            self.tr(
                "Connect the phone to this computer. hardener checks it, explains what it finds, and can "
                "change settings to make it safer. It keeps nothing about the phone on this computer."
            )
        )
        label_button(self.usb_radio, self.tr("A phone on USB"))
        label_button(self.practice_radio, self.tr("Practice phone (not a real phone)"))
        label_button(self.wifi_radio, self.tr("A phone on Wi-Fi (address)"))
        label_button(self.refresh_button, self.tr("Look again"), self.tr("Look again for phones on USB"))
        label_button(self.connect_button, self.tr("Connect"), self.tr("Connect to the chosen phone"))
        label_button(self.help_button, self.tr("How to switch on USB debugging"))
        label_button(
            self.pair_button,
            self.tr("The phone asks for a pairing code (Android 11 and newer)…"),
            self.tr("Connect over Wi-Fi with the phone's pairing code, through Google's adb program"),
        )
        for index, phone in enumerate(self._phones):
            item = self.usb_list.item(index)
            if item is not None:
                item.setText(self._phone_text(phone))
        self.usb_list.setAccessibleName(self.tr("Phones found on USB"))
        self.persona_combo.setAccessibleName(self.tr("Which practice phone"))
        self.address.setAccessibleName(self.tr("Address of the phone on Wi-Fi, for example 192.168.1.20:5555"))
        if self._phones:
            empty = ""
        elif self._adb_idle:
            empty = self.tr(
                "No phone found yet. Google's “adb” program is on this computer but not running: run “adb "
                "devices” once in its folder, then plug the phone in, unlock it, and switch on USB debugging. "
                "hardener then goes through it."
            )
        else:
            empty = self.tr("No phone found yet. Plug it in with a USB cable, unlock it, and switch on USB debugging.")
        self.usb_empty.setText(empty)
        self.usb_empty.setVisible(not self._phones)
        self._show_persona()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data -------------------------------------------------------------------------------

    def set_usb_phones(self, phones: Sequence[UsbPhone]) -> None:
        """Show the phones on the bus (no adb server's phones)."""
        self.set_phones([usb_choice(p) for p in phones])

    def set_phones(self, phones: Sequence[PhoneChoice]) -> None:
        """Show what is there now, keeping the chosen phone chosen if it is still there."""
        chosen = self._chosen_selector()
        if list(phones) == self._phones:
            return
        self._phones = list(phones)
        self.usb_list.clear()
        for phone in self._phones:
            item = QListWidgetItem(self._phone_text(phone))
            item.setData(Qt.ItemDataRole.UserRole, phone.selector)
            self.usb_list.addItem(item)
            if phone.selector == chosen:
                self.usb_list.setCurrentItem(item)
        if self._phones and self.usb_list.currentRow() < 0 and not self.practice_radio.isChecked():
            self.usb_list.setCurrentRow(0)
        self.retranslate()

    def set_adb_idle(self, idle: bool) -> None:
        """Google's adb is installed but its server is not running (looked for on Windows and macOS only)."""
        if idle != self._adb_idle:
            self._adb_idle = idle
            self.retranslate()

    def phone_texts(self) -> list[str]:
        return [self.usb_list.item(i).text() for i in range(self.usb_list.count())]

    def _phone_text(self, phone: PhoneChoice) -> str:
        """The phone's name (its own words, made inert) and, through the adb server, its state there."""
        name = shown(phone.name, 80)
        if not phone.through_server:
            return name
        if phone.state in ("unauthorized", "authorizing"):
            return self.tr("{name}: waiting for “Allow” on the phone (through Google's adb)").format(name=name)
        if phone.state in ("offline", "connecting"):
            return self.tr("{name}: not answering (through Google's adb)").format(name=name)
        if phone.state.startswith("no permissions"):
            return self.tr("{name}: this computer does not allow the USB port (through Google's adb)").format(
                name=name
            )
        if phone.state != "device":
            return self.tr("{name}: {state} (through Google's adb)").format(name=name, state=shown(phone.state, 40))
        if phone.on_wifi:
            return self.tr("{name} (Wi-Fi, through Google's adb)").format(name=name)
        return self.tr("{name} (through Google's adb)").format(name=name)

    def set_personas(self, personas: Sequence[tuple[str, str]]) -> None:
        self._personas = list(personas)
        self.persona_combo.clear()
        for name, about in self._personas:
            # The phone as people know it ("Samsung Galaxy A51 on Android 11"), not an internal id.
            self.persona_combo.addItem(about.split(":", 1)[0].strip() or name, name)
        default = self.persona_combo.findData(DEFAULT_PERSONA)
        self.persona_combo.setCurrentIndex(max(0, default))
        self._show_persona()

    def choose_practice(self, persona: str | None) -> None:
        self.practice_radio.setChecked(True)
        if persona:
            index = self.persona_combo.findData(persona)
            if index >= 0:
                self.persona_combo.setCurrentIndex(index)

    def focus_target(self) -> QWidget | None:
        """The chosen kind of phone, at the top: Tab then walks down the page to Connect, and Enter
        anywhere on it (the practice phone's list too) connects."""
        return self.choice.checkedButton()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def clear(self) -> None:
        """Back to how it looked at start: no address, no message, the default practice phone."""
        self.address.setText("")
        self.address.clear()
        self.status.setText("")
        self._phones = []
        self._adb_idle = False
        self.usb_list.clear()
        default = self.persona_combo.findData(DEFAULT_PERSONA)
        self.persona_combo.setCurrentIndex(max(0, default))
        self.usb_radio.setChecked(True)
        self.retranslate()

    # --- choosing ---------------------------------------------------------------------------

    def _chosen_selector(self) -> DeviceSelector | None:
        item = self.usb_list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, DeviceSelector) else None

    def _show_persona(self) -> None:
        name = self.persona_combo.currentData()
        about = next((text for n, text in self._personas if n == name), "")
        self.persona_about.setText(lib(about) if about else "")

    def selector(self) -> DeviceSelector | None:
        choice = self.choice.checkedId()
        if choice == PRACTICE:
            name = self.persona_combo.currentData()
            return DeviceSelector(demo=name if isinstance(name, str) else "")
        if choice == WIFI:
            text = self.address.text().strip()
            return DeviceSelector(tcp=text) if text else None
        return self._chosen_selector() or DeviceSelector()

    def _connect(self) -> None:
        selector = self.selector()
        if selector is None:
            self.set_status(self.tr("Type the phone's address first, for example 192.168.1.20:5555."))
            self.address.setFocus()
            return
        self.set_status("")
        self.connect_requested.emit(selector)
