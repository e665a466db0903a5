"""The main window: one stack of pages, and the flow from connecting to finishing.

The window owns everything known about the person in front of it, in one place
(:class:`PersonState`), so :meth:`MainWindow.reset_for_next_person` can drop all of it at
once: a centre's laptop serves many people a day, and the next one must not see, and the
process must not keep, anything about the last phone.

Phone work runs on the window's :class:`TaskRunner`, one job at a time (the channel is
serialised anyway, and one job at a time keeps Cancel meaning one thing). Every job has a
Cancel, and any failure lands on the problem page with the way forward.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hardener.adb.connect import AUTH_TIMEOUT_S, Connection, Connector, DeviceSelector
from hardener.adb.keys import AdbSigner
from hardener.checks.finding import Finding
from hardener.device.snapshot import Snapshot
from hardener.errors import Cancelled, ProfileError
from hardener.gui import jobs
from hardener.gui.checklist import CHECKING as ITEM_CHECKING
from hardener.gui.checklist import DONE, NOT_YET, UNKNOWN
from hardener.gui.lang import LANGUAGES, LanguageSwitcher
from hardener.gui.pages import problem as pr
from hardener.gui.pages.apply import ApplyPage, ConsentBridge
from hardener.gui.pages.findings import FindingsPage
from hardener.gui.pages.finish import FinishPage
from hardener.gui.pages.outcome import OutcomePage
from hardener.gui.pages.problem import ProblemPage
from hardener.gui.pages.safety import SafetyChoice, SafetyPage
from hardener.gui.pages.scan import ScanPage
from hardener.gui.pages.situation import SituationPage
from hardener.gui.pages.start import StartPage
from hardener.gui.pages.undo import UndoPage
from hardener.gui.pages.usbhelp import UsbHelpPage
from hardener.gui.pages.waiting import WaitingPage
from hardener.gui.practice_panel import PromptBridge
from hardener.gui.tasks import Task, TaskRunner
from hardener.gui.widgets import PracticeBadge, style_sheet
from hardener.inert import shown
from hardener.prefs import TEXT_SIZES, Prefs
from hardener.session.apply import ApplyResult
from hardener.session.finish import FinishResult
from hardener.session.journal import Journal, UndoCode
from hardener.session.plan import Plan
from hardener.session.profiles import Profile
from hardener.session.undo import UndoResult
from hardener.sim.runner import PracticePhone

USB_POLL_MS = 3000


@dataclass
class PersonState:
    """Everything about the current phone and person. Replaced whole, never patched back."""

    selector: DeviceSelector | None = None
    connection: Connection | None = None
    practice: PracticePhone | None = None
    practice_signer: AdbSigner | None = None
    label: str = ""
    snapshot: Snapshot | None = None
    findings: list[Finding] = field(default_factory=list)
    profiles: list[Profile] = field(default_factory=list)
    plan: Plan | None = None
    result: ApplyResult | None = None
    journal: Journal | None = None
    undo_result: UndoResult | None = None
    finish_result: FinishResult | None = None
    record_may_exist: bool = False
    # The person's undo code for the record on this phone: in memory only, shown to them once.
    undo_code: UndoCode | None = None
    # A sealed record from an earlier visit is on the phone and was not opened: nothing may be
    # changed until it is opened or erased (writing over it would lose the way back).
    record_locked: bool = False
    # The person chose, on the safety screen, to let changes touch an app flagged as spying.
    include_watched: bool = False
    safety_answered: bool = False


class MainWindow(QMainWindow):
    """The pages, the menus, and the flow between them for one person at a time.

    ``practice_options`` go to the practice phone (its "Allow?" answers itself in tests and
    benchmarks, never in the app); ``signer`` replaces the keyring's key (tests only);
    ``usb_polling`` off keeps tests from touching the USB bus.
    """

    def __init__(
        self,
        prefs: Prefs,
        switcher: LanguageSwitcher,
        *,
        demo: str | None = None,
        practice_options: dict[str, Any] | None = None,
        auth_timeout_s: float = AUTH_TIMEOUT_S,
        signer: AdbSigner | None = None,
        usb_polling: bool = True,
    ) -> None:
        super().__init__()
        self.prefs = prefs
        self.switcher = switcher
        self._practice_options = {"auth_mode": "prompt", **(practice_options or {})}
        self._auth_timeout_s = auth_timeout_s
        self._signer = signer  # a throwaway key (tests, benchmarks) instead of the keyring's
        self._base_font = QFont(QApplication.font())
        self.text_size = 100
        self.state = PersonState()
        self.runner = TaskRunner(self)
        self._job: Task[Any] | None = None
        self._job_context = ""
        self._connector: Connector | None = None
        self._discovering = False
        self.prompts = PromptBridge(self)
        self.consent = ConsentBridge(self)

        self._build_pages()
        self._build_menus()
        self._wire()
        self.apply_text_size(prefs.text_size, remember=False)
        self.retranslate()
        self.resize(1100, 760)

        self._usb_timer = QTimer(self)
        self._usb_timer.setInterval(USB_POLL_MS)
        self._usb_timer.timeout.connect(self.refresh_usb)
        if usb_polling:
            self._usb_timer.start()
            QTimer.singleShot(0, self.refresh_usb)
        self._load_personas()
        if demo is not None:
            self.start.choose_practice(demo or None)
            QTimer.singleShot(0, lambda: self.connect_to(self.start.selector()))

    # --- building ------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        self.header = QWidget()
        header_row = QHBoxLayout(self.header)
        header_row.setContentsMargins(24, 8, 24, 0)
        self.connected_label = QLabel()
        self.connected_label.setObjectName("connectedTo")
        # It shows the phone's model name, which the phone chooses: never read as markup.
        self.connected_label.setTextFormat(Qt.TextFormat.PlainText)
        header_row.addWidget(self.connected_label, 1)
        self.practice_badge = PracticeBadge()
        header_row.addWidget(self.practice_badge)
        outer.addWidget(self.header)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.start = StartPage()
        self.help_page = UsbHelpPage()
        self.waiting = WaitingPage()
        self.problem = ProblemPage()
        self.scan_page = ScanPage()
        self.findings_page = FindingsPage()
        self.situation = SituationPage()
        self.apply_page = ApplyPage()
        self.outcome = OutcomePage()
        self.undo_page = UndoPage()
        self.finish_page = FinishPage()
        self.safety = SafetyPage()
        for page in self.pages():
            self.stack.addWidget(page)
        self._help_return: QWidget = self.start
        self._finish_return: QWidget | None = None

    def pages(self) -> list[QWidget]:
        return [
            self.start,
            self.help_page,
            self.waiting,
            self.problem,
            self.scan_page,
            self.findings_page,
            self.situation,
            self.apply_page,
            self.outcome,
            self.undo_page,
            self.finish_page,
            self.safety,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.session_menu = bar.addMenu("")
        self.next_person_action = QAction(self)
        self.next_person_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.next_person_action.triggered.connect(self.reset_for_next_person)
        self.session_menu.addAction(self.next_person_action)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.session_menu.addAction(self.quit_action)

        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for language in LANGUAGES:
            action = QAction(language.name, self)
            action.setCheckable(True)
            action.setData(language.code)
            action.triggered.connect(lambda _c=False, code=language.code: self.set_language(code))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language.code] = action
        current = self.language_actions.get(self.switcher.code)
        if current is not None:
            current.setChecked(True)

        self.view_menu = bar.addMenu("")
        self.size_group = QActionGroup(self)
        self.size_actions: dict[int, QAction] = {}
        for percent in TEXT_SIZES:
            action = QAction(self)
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, p=percent: self.apply_text_size(p))
            self.size_group.addAction(action)
            self.view_menu.addAction(action)
            self.size_actions[percent] = action
        self.view_menu.addSeparator()
        self.bigger_action = QAction(self)
        self.bigger_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self.bigger_action.triggered.connect(lambda: self._step_text_size(+1))
        self.smaller_action = QAction(self)
        self.smaller_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.smaller_action.triggered.connect(lambda: self._step_text_size(-1))
        self.view_menu.addAction(self.bigger_action)
        self.view_menu.addAction(self.smaller_action)

        self.help_menu = bar.addMenu("")
        self.usb_help_action = QAction(self)
        self.usb_help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.usb_help_action.triggered.connect(self.show_help)
        self.help_menu.addAction(self.usb_help_action)

    def _wire(self) -> None:
        self.start.connect_requested.connect(self.connect_to)
        self.start.help_requested.connect(self.show_help)
        self.start.refresh_requested.connect(self.refresh_usb)
        self.help_page.back_requested.connect(lambda: self.show_page(self._help_return))
        self.waiting.cancel_requested.connect(self.cancel_job)
        self.prompts.prompt_raised.connect(self._prompt_raised)
        self.prompts.prompt_closed.connect(self.waiting.practice_panel.close_prompt)
        self.problem.action.connect(self._problem_action)
        self.scan_page.cancel_requested.connect(self.cancel_job)
        self.findings_page.choose_situation.connect(self.choose_situation)
        self.findings_page.rescan_requested.connect(lambda: self.start_scan(rescan=True))
        self.findings_page.finish_requested.connect(self.show_finish)
        self.situation.profile_chosen.connect(self.choose_profile)
        self.situation.apply_requested.connect(self.start_apply)
        self.situation.back_requested.connect(lambda: self.show_page(self.findings_page))
        self.situation.manual_done.connect(self.recheck_manual)
        self.apply_page.cancel_requested.connect(self.cancel_job)
        self.apply_page.consent_given.connect(self.consent.answer)
        self.consent.asked.connect(self.apply_page.ask)
        self.outcome.undo_requested.connect(self.offer_undo_after_apply)
        self.outcome.steps_requested.connect(lambda: self.show_page(self.situation))
        self.outcome.finish_requested.connect(self.show_finish)
        self.undo_page.undo_requested.connect(self.start_undo)
        self.undo_page.keep_requested.connect(self._keep_changes)
        self.undo_page.rescan_requested.connect(lambda: self.start_scan(rescan=True))
        self.undo_page.finish_requested.connect(self.show_finish)
        self.undo_page.cancel_requested.connect(self.cancel_job)
        self.undo_page.code_entered.connect(self.open_record)
        self.safety.chosen.connect(self._safety_chosen)
        self.undo_page.erase_requested.connect(self.erase_record)
        self.finish_page.finish_requested.connect(self.start_finish)
        self.finish_page.back_requested.connect(self._back_from_finish)
        self.finish_page.next_person_requested.connect(self.reset_for_next_person)
        self.finish_page.cancel_requested.connect(self.cancel_job)
        self.situation.checklist.stop.connect(self.cancel_job)

    # --- words, language, text size -------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("hardener: check and protect a phone"))
        self.session_menu.setTitle(self.tr("&Session"))
        self.next_person_action.setText(self.tr("&Next person: clear everything"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.view_menu.setTitle(self.tr("&Text size"))
        names = {
            100: self.tr("Normal"),
            125: self.tr("Large"),
            150: self.tr("Larger"),
            200: self.tr("Largest"),
        }
        for percent, action in self.size_actions.items():
            action.setText(names.get(percent, f"{percent}%"))
        self.bigger_action.setText(self.tr("Bigger text"))
        self.smaller_action.setText(self.tr("Smaller text"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.usb_help_action.setText(self.tr("How to switch on &USB debugging"))
        self.practice_badge.setText(self.tr("Practice phone (not a real phone)"))
        self._show_header()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str, remember: bool = True) -> None:
        self.switcher.apply(code)
        action = self.language_actions.get(self.switcher.code)
        if action is not None:
            action.setChecked(True)
        if remember:
            self.prefs.language = self.switcher.code
        self.retranslate()

    def apply_text_size(self, percent: int, remember: bool = True) -> None:
        if percent not in TEXT_SIZES:
            return
        base = self._base_font.pointSizeF() if self._base_font.pointSizeF() > 0 else 10.0
        self.setStyleSheet(style_sheet(base * percent / 100))
        action = self.size_actions.get(percent)
        if action is not None:
            action.setChecked(True)
        if remember:
            self.prefs.text_size = percent
        self.text_size = percent

    def _step_text_size(self, step: int) -> None:
        index = TEXT_SIZES.index(self.text_size) + step
        self.apply_text_size(TEXT_SIZES[max(0, min(len(TEXT_SIZES) - 1, index))])

    # --- navigation -----------------------------------------------------------------------------

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        # Keyboard users land on the page's main action (or its first control), not nowhere.
        buttons = [b for b in page.findChildren(QPushButton) if b.property("primary") and b.isVisibleTo(page)]
        target = buttons[0] if buttons else page.nextInFocusChain()
        focused = QApplication.focusWidget()
        already_inside = focused is not None and page.isAncestorOf(focused)
        if target is not None and page.isAncestorOf(target) and not already_inside:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_help(self) -> None:
        current = self.current_page()
        if current is not self.help_page:
            self._help_return = self.start if current is None or current is self.problem else current
        self.show_page(self.help_page)

    def _show_header(self) -> None:
        state = self.state
        connected = state.connection is not None and bool(state.label)
        name = shown(state.label, 80)
        self.connected_label.setText(self.tr("Phone: {name}").format(name=name) if connected else "")
        self.connected_label.setVisible(connected)
        self.practice_badge.setVisible(state.practice is not None or bool(state.selector and state.selector.is_demo))
        self.header.setVisible(not self.connected_label.isHidden() or not self.practice_badge.isHidden())

    # --- discovery --------------------------------------------------------------------------------

    def refresh_usb(self) -> None:
        if self._discovering or self.current_page() is not self.start:
            return
        from hardener.adb.discovery import list_usb_phones

        self._discovering = True

        def done(phones: object) -> None:
            self._discovering = False
            if isinstance(phones, list):
                self.start.set_usb_phones(phones)

        def failed(_exc: BaseException) -> None:
            self._discovering = False

        self.runner.start(lambda _report: list_usb_phones(), on_done=done, on_error=failed)

    def _load_personas(self) -> None:
        try:
            from hardener.sim.personas import list_personas

            personas = [(p.name, p.description) for p in list_personas()]
        except Exception:
            personas = []
        if not personas:
            from hardener.adb.connect import DEFAULT_PERSONA

            personas = [(DEFAULT_PERSONA, "")]
        self.start.set_personas(personas)

    # --- jobs -------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _run(
        self,
        context: str,
        job: Callable[[jobs.Report], Any],
        on_done: Callable[[Any], None],
        *,
        on_progress: Callable[[object], None] | None = None,
        cancel: Callable[[], None] | None = None,
    ) -> bool:
        if self._job is not None:
            return False
        self._job_context = context

        def finished(result: Any) -> None:
            self._job = None
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._job = None
            self._failed(exc, context)

        self._job = self.runner.start(job, on_done=finished, on_error=failed, on_progress=on_progress, cancel=cancel)
        return True

    def cancel_job(self) -> None:
        job = self._job
        if job is None:
            return
        if self._job_context == pr.SCAN:
            self.scan_page.stopping()
        elif self._job_context == pr.APPLY:
            self.apply_page.stopping()
        job.cancel()

    def _failed(self, exc: BaseException, context: str) -> None:
        self.waiting.practice_panel.close_prompt()
        if context == pr.CONNECT:
            self._connector = None
            if isinstance(exc, Cancelled):
                self.start.set_status(self.tr("Stopped. The phone is not connected."))
                self._show_header()
                self.show_page(self.start)
                return
        else:
            self._drop_connection()
        if context == pr.SCAN and isinstance(exc, Cancelled):
            self.start.set_status(self.tr("Checking stopped. Nothing was changed on the phone."))
        self.problem.show_problem(exc, context)
        self._show_header()
        self.show_page(self.problem)

    def _drop_connection(self) -> None:
        """Close the link (it cannot be trusted after a failure); keep the practice phone running."""
        conn = self.state.connection
        self.state.connection = None
        if conn is not None:
            if conn.practice is not None:
                self.state.practice = conn.practice
                conn.practice = None
            conn.close()

    # --- connect -------------------------------------------------------------------------------

    def _make_connector(self, selector: DeviceSelector) -> Connector:
        practice = self.state.practice
        if selector.is_demo and practice is not None:
            # The practice phone is still running (a reconnect): reach it again over TCP with the
            # same throwaway key, so the journal on it is found and can be undone.
            return Connector(
                DeviceSelector(tcp=practice.serial),
                auth_timeout_s=self._auth_timeout_s,
                signer=self.state.practice_signer,
            )
        if selector.is_demo:
            options = {**self._practice_options, "on_prompt": self.prompts.offer}
            return Connector(
                selector,
                auth_timeout_s=self._auth_timeout_s,
                practice_options=options,
                signer=self.state.practice_signer or self._signer,
            )
        return Connector(selector, auth_timeout_s=self._auth_timeout_s, signer=self._signer)

    def connect_to(self, selector: DeviceSelector | None) -> None:
        if selector is None or self.busy:
            return
        if self.state.selector is not None and self.state.selector != selector:
            self._forget_phone()
        self.state.selector = selector
        connector = self._make_connector(selector)
        self._connector = connector
        self.waiting.start(practice=selector.is_demo)
        self._show_header()
        self.show_page(self.waiting)

        def job(report: jobs.Report) -> jobs.Connected:
            if selector.is_demo and connector.signer is None:
                from hardener.adb.keys import new_signer

                connector.signer = new_signer()
            return jobs.connect(connector, report)

        self._run(pr.CONNECT, job, self._connected, on_progress=self._connect_progress, cancel=connector.cancel)

    def reconnect(self) -> None:
        self._drop_connection()
        self.connect_to(self.state.selector)

    def _connect_progress(self, news: object) -> None:
        if isinstance(news, jobs.WaitingForAllow):
            self.waiting.waiting_for_allow()

    def _prompt_raised(self, prompt: object) -> None:
        from hardener.sim.auth import PendingPrompt

        if isinstance(prompt, PendingPrompt) and self.current_page() is self.waiting:
            self.waiting.practice_panel.show_prompt(prompt)
            self.waiting.waiting_for_allow()

    def _connected(self, result: jobs.Connected) -> None:
        connector = self._connector
        self._connector = None
        self.waiting.practice_panel.close_prompt()
        conn = result.connection
        self.state.connection = conn
        if conn.practice is not None:
            self.state.practice = conn.practice
        if self.state.selector is not None and self.state.selector.is_demo and connector is not None:
            self.state.practice_signer = connector.signer
        self.state.label = conn.label
        self._show_header()
        if result.record_on_phone:
            self.state.record_may_exist = True
            if self.state.undo_code is not None:
                # This person's own record (a reconnect after a pulled cable): open it, offer undo.
                self._open_with(self.state.undo_code)
                return
            self.state.record_locked = True
            self.undo_page.ask_code()
            self.show_page(self.undo_page)
            return
        self.start_scan()

    # --- the sealed record from an earlier visit ------------------------------------------------

    def open_record(self, typed: str) -> None:
        from hardener.gui.pages.undo import BAD_CODE
        from hardener.session.journal import BadUndoCode

        try:
            code = UndoCode.parse(typed)
        except BadUndoCode:
            self.undo_page.ask_code(BAD_CODE)
            return
        self._open_with(code)

    def _open_with(self, code: UndoCode) -> None:
        from hardener.gui.pages.undo import WRONG_CODE
        from hardener.session.journal import WrongUndoCode

        conn = self.state.connection
        if conn is None:
            self.reconnect()
            return
        channel = conn.channel

        def job(_report: jobs.Report) -> Journal | WrongUndoCode | None:
            try:
                return jobs.open_record(channel, code)
            except WrongUndoCode as exc:
                return exc  # a typing mistake: ask again, keep the connection

        def done(result: Journal | WrongUndoCode | None) -> None:
            if isinstance(result, WrongUndoCode):
                self.undo_page.ask_code(WRONG_CODE)
                return
            self.state.undo_code = code
            self.state.record_locked = False
            self.state.journal = result
            if result is None or not result.undoable:
                self.state.record_may_exist = result is not None
                self.start_scan()
                return
            self.undo_page.offer(result, self._change_titles())
            self.show_page(self.undo_page)

        self._run(pr.UNDO, job, done, cancel=channel.cancel)

    def erase_record(self) -> None:
        from hardener.gui.pages.undo import NOT_ERASED

        conn = self.state.connection
        if conn is None:
            self.reconnect()
            return
        channel = conn.channel

        def done(left: tuple[str, ...]) -> None:
            if left:
                self.undo_page.ask_code(NOT_ERASED)
                return
            self.state.record_locked = False
            self.state.record_may_exist = False
            self.state.journal = None
            self.start_scan()

        self._run(pr.UNDO, lambda _report: jobs.erase_record(channel), done, cancel=channel.cancel)

    def _forget_phone(self) -> None:
        """Another phone was chosen: stop the practice phone of the previous choice, if any."""
        conn, self.state.connection = self.state.connection, None
        practice, self.state.practice = self.state.practice, None
        self.state.practice_signer = None
        self._dispose(conn, practice)

    def _dispose(self, conn: Connection | None, practice: PracticePhone | None) -> None:
        """Close a connection and stop a practice phone on the worker: either may wait on a thread."""
        if conn is None and practice is None:
            return
        if conn is not None and conn.practice is not None:
            practice = practice or conn.practice
            conn.practice = None

        def job(_report: jobs.Report) -> None:
            if conn is not None:
                conn.close()
            if practice is not None:
                practice.stop()

        self.runner.start(job, on_done=lambda _r: None, on_error=lambda _e: None)

    # --- scan ------------------------------------------------------------------------------------

    def start_scan(self, rescan: bool = False) -> None:
        conn = self.state.connection
        if conn is None:
            self.reconnect()
            return
        channel = conn.channel
        self.scan_page.start(rescan=rescan)
        self.show_page(self.scan_page)
        self._run(
            pr.SCAN,
            lambda report: jobs.scan(channel, report),
            self._scanned,
            on_progress=self._scan_progress,
            cancel=channel.cancel,
        )

    def _scan_progress(self, news: object) -> None:
        if isinstance(news, jobs.SectionRead):
            self.scan_page.section_read(news.label, news.done, news.total)

    def _scanned(self, result: jobs.Scanned) -> None:
        self.state.snapshot = result.snapshot
        self.state.findings = result.findings
        self.state.plan = None
        self.findings_page.show_findings(result.findings)
        from hardener.session.plan import watched_apps

        if watched_apps(result.findings) and not self.state.safety_answered:
            # Before anything can be changed: the person decides, knowing the risk.
            names = [str(f.params.get("app") or f.subject) for f in result.findings
                     if f.subject in watched_apps(result.findings)]
            self.safety.show_apps(list(dict.fromkeys(names)))
            self.show_page(self.safety)
            return
        self.show_page(self.findings_page)
        self.findings_page.tree.setFocus()

    def _safety_chosen(self, choice: SafetyChoice) -> None:
        self.state.safety_answered = True
        self.state.include_watched = choice == SafetyChoice.TOUCH_IT
        self.state.plan = None
        self.situation.clear()
        if choice == SafetyChoice.STOP:
            self.show_finish()
            return
        self.show_page(self.findings_page)
        self.findings_page.tree.setFocus()

    # --- situation and plan -----------------------------------------------------------------------

    def _profiles(self) -> list[Profile]:
        if not self.state.profiles:
            from hardener.session.profiles import builtin_profiles

            self.state.profiles = builtin_profiles()
        return self.state.profiles

    def _change_titles(self) -> dict[str, str]:
        """Titles of this visit's changes by their key (the record on the phone names none)."""
        plan = self.state.plan
        return {c.key: c.title for c in plan.changes} if plan is not None else {}

    def choose_situation(self) -> None:
        try:
            profiles = self._profiles()
        except ProfileError as exc:
            self.problem.show_problem(exc, pr.SCAN)
            self.show_page(self.problem)
            return
        if self.situation.plan is None:
            self.situation.set_profiles(profiles)
        self.show_page(self.situation)
        self.situation.profile_list.setFocus()

    def choose_profile(self, profile_id: str) -> None:
        from hardener.session.plan import make_plan

        profile = next((p for p in self.state.profiles if p.id == profile_id), None)
        snapshot = self.state.snapshot
        if profile is None or snapshot is None:
            return
        plan = make_plan(profile, snapshot, self.state.findings, include_watched=self.state.include_watched)
        self.state.plan = plan
        self.situation.show_plan(plan)

    def recheck_manual(self, index: int) -> None:
        plan = self.state.plan
        conn = self.state.connection
        if plan is None or conn is None or not 0 <= index < len(plan.manual):
            return
        item = plan.manual[index]
        channel = conn.channel
        self.situation.checklist.set_status(index, ITEM_CHECKING)

        def done(result: jobs.Scanned) -> None:
            self.state.snapshot = result.snapshot
            self.state.findings = result.findings
            self.findings_page.show_findings(result.findings)
            self.situation.checklist.set_status(index, manual_status(item.recheck_finding, result.findings))

        if not self._run(pr.RECHECK, lambda report: jobs.scan(channel, report), done, cancel=channel.cancel):
            self.situation.checklist.set_status(index, UNKNOWN)

    # --- apply --------------------------------------------------------------------------------

    def start_apply(self) -> None:
        plan = self.state.plan
        conn = self.state.connection
        if plan is None or conn is None or not plan.to_apply:
            return
        if self.state.record_locked:
            from hardener.gui.pages.undo import NEEDED

            self.undo_page.ask_code(NEEDED)
            self.show_page(self.undo_page)
            return
        code = self.state.undo_code or UndoCode.new()
        self.state.undo_code = code
        channel = conn.channel
        bridge = self.consent
        bridge.reset()
        self.apply_page.start(plan)
        self.show_page(self.apply_page)
        self.state.record_may_exist = True

        def cancel() -> None:
            bridge.cancel()
            channel.cancel()

        self._run(
            pr.APPLY,
            lambda report: jobs.apply(channel, plan, code, bridge.ask, report),
            self._applied,
            on_progress=self._apply_progress,
            cancel=cancel,
        )

    def _apply_progress(self, news: object) -> None:
        if isinstance(news, jobs.ChangeProgress):
            self.apply_page.progress(news.change, news.status)

    def _applied(self, result: ApplyResult) -> None:
        self.state.result = result
        self.state.record_may_exist = result.record_kept
        plan = self.state.plan
        code = str(self.state.undo_code) if self.state.undo_code is not None else ""
        self.outcome.show_result(result, has_manual=bool(plan and plan.manual), code=code)
        self.show_page(self.outcome)

    # --- undo ------------------------------------------------------------------------------------

    def offer_undo_after_apply(self) -> None:
        conn = self.state.connection
        if conn is None:
            self.reconnect()
            return
        channel = conn.channel
        code = self.state.undo_code
        if code is None:
            return

        def done(journal: Journal | None) -> None:
            self.state.journal = journal
            if journal is None:
                self.findings_page.show_findings(self.state.findings)
                self.start_scan(rescan=True)
                return
            self.undo_page.offer(journal, self._change_titles(), after_apply=True)
            self.show_page(self.undo_page)

        self._run(pr.UNDO, lambda _report: jobs.reread_journal(channel, code), done, cancel=channel.cancel)

    def start_undo(self) -> None:
        journal = self.state.journal
        conn = self.state.connection
        code = self.state.undo_code
        if journal is None or conn is None or code is None:
            return
        channel = conn.channel
        self.undo_page.running()

        def progress(news: object) -> None:
            if isinstance(news, jobs.EntryUndone):
                self.undo_page.entry_done(news.entry, news.restored)

        self._run(
            pr.UNDO,
            lambda report: jobs.undo(channel, code, report),
            self._undone,
            on_progress=progress,
            cancel=channel.cancel,
        )

    def _undone(self, result: UndoResult) -> None:
        self.state.undo_result = result
        self.state.journal = None
        self.state.result = None
        self.state.record_may_exist = not result.journal_cleared
        self.undo_page.show_result(result)

    def _keep_changes(self) -> None:
        self.state.journal = None
        if self.undo_page.after_apply and self.state.result is not None:
            self.show_page(self.outcome)  # "Back" from the undo question after applying
        else:
            self.start_scan()

    # --- finish -----------------------------------------------------------------------------------

    def show_finish(self) -> None:
        self._finish_return = self.current_page()
        code = str(self.state.undo_code) if self.state.undo_code is not None else ""
        self.finish_page.confirm(has_record=self.state.record_may_exist, code=code)
        self.show_page(self.finish_page)

    def _back_from_finish(self) -> None:
        target = self._finish_return
        self.show_page(target if target is not None and target is not self.finish_page else self.findings_page)

    def start_finish(self, erase_record: bool) -> None:
        conn = self.state.connection
        if conn is None:
            self.reconnect()
            return
        channel = conn.channel
        self.finish_page.running()
        self._run(pr.FINISH, lambda _report: jobs.finish(channel, erase_record), self._finished)

    def _finished(self, result: FinishResult) -> None:
        self.state.finish_result = result
        # The phone has dropped the link (that is how it obeys); close our end quietly.
        self._drop_connection()
        self.finish_page.show_result(result)
        self._show_header()

    # --- problems ---------------------------------------------------------------------------------

    def _problem_action(self, action: str) -> None:
        if action == pr.START_OVER:
            self.reset_for_next_person()
        elif action == pr.HELP:
            self.show_help()
        elif action == pr.RETRY and self.problem.context == pr.CONNECT:
            self.connect_to(self.state.selector)
        elif action in (pr.RETRY, pr.RECONNECT):
            self.reconnect()
        elif action == pr.STOP_SERVER:
            self._stop_adb_server()

    def _stop_adb_server(self) -> None:
        from hardener.adb.discovery import find_adb_server, stop_adb_server

        def job(_report: jobs.Report) -> bool:
            server = find_adb_server()
            return server is None or stop_adb_server(server)

        self._run(pr.CONNECT, job, lambda _stopped: self.connect_to(self.state.selector))

    # --- the next person ------------------------------------------------------------------------

    def reset_for_next_person(self) -> None:
        """Drop every reference to the phone and the person, and empty every widget.

        Jobs still running are cancelled and their late results discarded; the connection is
        closed and the practice phone stopped; then every page forgets what it showed.
        """
        self.runner.discard_all()
        self.runner.cancel_all()
        self._discovering = False  # its discarded result will never say it is done
        self.consent.cancel()
        self._job = None
        self._job_context = ""
        self._connector = None
        state, self.state = self.state, PersonState()
        self._dispose(state.connection, state.practice)
        del state
        self._finish_return = None
        for page in self.pages():
            clear = getattr(page, "clear", None)
            if callable(clear):
                clear()
        self.help_page.choose("samsung")
        self._help_return = self.start
        self._show_header()
        self.show_page(self.start)
        gc.collect()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._usb_timer.stop()
        self.reset_for_next_person()
        self.runner.wait(5000)
        super().closeEvent(event)


def manual_status(finding_id: str | None, findings: list[Finding]) -> str:
    """A manual step is done when the finding it answers is no longer a problem on the phone."""
    if finding_id is None:
        return DONE
    matching = [f for f in findings if f.id == finding_id]
    if any(f.is_problem for f in matching):
        return NOT_YET
    if any(f.severity.value == "unknown" for f in matching):
        return UNKNOWN
    return DONE
