"""The main window: one stack of pages, the menus, the job runner, and the wiring between them.

Everything known about the person in front of the window lives in one :class:`PersonState`
(their Qt-free visit plus the GUI's own bits), so :meth:`MainWindow.reset_for_next_person` can
drop all of it at once: a centre's laptop serves many people a day, and the next one must not
see, and the process must not keep, anything about the last phone. The flow between pages is in
connect_flow.py and visit_flow.py; the menus in menus.py.

Phone work runs on the window's :class:`TaskRunner`, one job at a time (the channel is
serialised anyway, and one job at a time keeps Cancel meaning one thing). Every job has a
Cancel, and any failure lands on the problem page with the way forward.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hardener.adb.connect import AUTH_TIMEOUT_S
from hardener.adb.keys import AdbSigner
from hardener.errors import Cancelled
from hardener.gui import keyboard
from hardener.gui.connect_flow import ConnectFlow
from hardener.gui.lang import LanguageSwitcher
from hardener.gui.leave_fast import LeaveFast
from hardener.gui.leave_question import LeaveChoice, LeaveQuestion
from hardener.gui.menus import WindowMenus
from hardener.gui.pages import problem as pr
from hardener.gui.pages.apply import ApplyPage, ConsentBridge
from hardener.gui.pages.findings import FindingsPage
from hardener.gui.pages.finish import FinishPage
from hardener.gui.pages.outcome import OutcomePage
from hardener.gui.pages.pair import PairPage
from hardener.gui.pages.problem import ProblemPage
from hardener.gui.pages.safety import SafetyPage
from hardener.gui.pages.scan import ScanPage
from hardener.gui.pages.situation import SituationPage
from hardener.gui.pages.start import StartPage
from hardener.gui.pages.todo import StillToDoPage
from hardener.gui.pages.undo import UndoPage
from hardener.gui.pages.usbhelp import UsbHelpPage
from hardener.gui.pages.waiting import WaitingPage
from hardener.gui.person import PersonState
from hardener.gui.practice_panel import PromptBridge
from hardener.gui.prefs import Prefs
from hardener.gui.tasks import Report, Task, TaskRunner
from hardener.gui.visit_flow import VisitFlow
from hardener.gui.widgets import PracticeBadge
from hardener.inert import shown
from hardener.practice import PracticeOptions

USB_POLL_MS = 3000


class MainWindow(QMainWindow):
    """The pages, the menus, and the wiring between them for one person at a time.

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
        self.auth_timeout_s = auth_timeout_s
        self.signer = signer  # a throwaway key (tests, benchmarks) instead of the keyring's
        self.state = PersonState()
        self.runner = TaskRunner(self)
        self._job: Task[Any] | None = None
        self._job_context = ""
        self.prompts = PromptBridge(self)
        self.consent = ConsentBridge(self)
        self.finish_return: QWidget | None = None
        self.todo_return: QWidget | None = None
        self.help_return: QWidget | None = None
        self.leave_question = LeaveQuestion(self)
        self._leaving = False  # the person chose "Leave anyway": the next close goes through
        options = {"auth_mode": "prompt", **(practice_options or {})}
        self.connect_flow = ConnectFlow(self, PracticeOptions(**options))
        self.visit_flow = VisitFlow(self)

        self._build_pages()
        self.menus = WindowMenus(self)
        self._wire()
        self.menus.apply_text_size(prefs.text_size, remember=False)
        self.retranslate()
        self.fit_to_screen()
        self.show_page(self.start)  # the focus on the first control, not on the header's "Leave fast"

        self._usb_timer = QTimer(self)
        self._usb_timer.setInterval(USB_POLL_MS)
        self._usb_timer.timeout.connect(self.connect_flow.refresh_usb)
        if usb_polling:
            self._usb_timer.start()
            QTimer.singleShot(0, self.connect_flow.refresh_usb)
        self.connect_flow.load_personas()
        if demo is not None:
            self.start.choose_practice(demo or None)
            QTimer.singleShot(0, lambda: self.connect_flow.connect_to(self.start.selector()))

    # --- building ------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        self.header = QWidget()  # always shown: it holds "Leave fast"
        header_row = QHBoxLayout(self.header)
        header_row.setContentsMargins(24, 8, 24, 0)
        self.connected_label = QLabel()
        self.connected_label.setObjectName("connectedTo")
        self.connected_label.setTextFormat(Qt.TextFormat.PlainText)  # the phone's own name: never markup
        header_row.addWidget(self.connected_label, 1)
        self.practice_badge = PracticeBadge()
        header_row.addWidget(self.practice_badge)
        self.leave_fast = LeaveFast(self, header_row)
        outer.addWidget(self.header)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.start = StartPage()
        self.help_page = UsbHelpPage()
        self.pair_page = PairPage()
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
        self.todo = StillToDoPage()
        # Each page scrolls inside its own frame, so a 1024×600 netbook at the largest text size
        # still reaches every button (the window never grows past the screen).
        self._frames: dict[QWidget, QScrollArea] = {}
        for page in self.pages():
            frame = QScrollArea()
            frame.setWidgetResizable(True)
            frame.setFrameShape(QFrame.Shape.NoFrame)
            frame.setWidget(page)
            keyboard.EnterPressesDefault(page)
            self._frames[page] = frame
            self.stack.addWidget(frame)
        self.help_return = self.start

    def pages(self) -> list[QWidget]:
        return [
            self.start, self.help_page, self.pair_page, self.waiting, self.problem, self.scan_page, self.findings_page,
            self.situation, self.apply_page, self.outcome, self.undo_page, self.finish_page, self.safety,
            self.todo,
        ]

    def _wire(self) -> None:
        c, v = self.connect_flow, self.visit_flow
        self.start.connect_requested.connect(c.connect_to)
        self.start.help_requested.connect(self.show_help)
        self.start.refresh_requested.connect(c.refresh_usb)
        self.help_page.back_requested.connect(lambda: self.show_page(self.help_return or self.start))
        self.start.pair_requested.connect(c.show_pairing)
        self.pair_page.pair_requested.connect(c.pair_and_connect)
        self.pair_page.back_requested.connect(lambda: self.show_page(self.start))
        self.pair_page.usb_help_requested.connect(self.show_help)
        self.waiting.cancel_requested.connect(self.cancel_job)
        self.waiting.retry_requested.connect(c.retry_after_deny)
        self.prompts.prompt_raised.connect(c.prompt_raised)
        self.waiting.practice_panel.answered.connect(c.practice_answered)
        self.prompts.prompt_closed.connect(self.waiting.practice_panel.close_prompt)
        self.problem.action.connect(self._problem_action)
        self.scan_page.cancel_requested.connect(self.cancel_job)
        self.findings_page.choose_situation.connect(v.choose_situation)
        self.findings_page.rescan_requested.connect(lambda: v.start_scan(rescan=True))
        self.findings_page.finish_requested.connect(v.show_finish)
        self.safety.chosen.connect(v.safety_chosen)
        self.situation.profile_chosen.connect(v.choose_profile)
        self.situation.apply_requested.connect(v.start_apply)
        self.situation.back_requested.connect(lambda: self.show_page(self.findings_page))
        self.situation.manual_done.connect(v.recheck_manual)
        self.situation.checklist.stop.connect(self.cancel_job)
        self.apply_page.cancel_requested.connect(self.cancel_job)
        self.apply_page.consent_given.connect(self.consent.answer)
        self.consent.asked.connect(self.apply_page.ask)
        self.outcome.undo_requested.connect(v.offer_undo_after_apply)
        self.outcome.steps_requested.connect(v.show_todo)
        self.finish_page.todo_requested.connect(v.show_todo)
        self.todo.back_requested.connect(v.back_from_todo)
        self.todo.finish_requested.connect(v.show_finish)
        self.todo.checklist.did_it.connect(v.recheck_todo)
        self.todo.checklist.stop.connect(self.cancel_job)
        self.outcome.finish_requested.connect(v.show_finish)
        self.undo_page.undo_requested.connect(v.start_undo)
        self.undo_page.keep_requested.connect(v.keep_changes)
        self.undo_page.rescan_requested.connect(lambda: v.start_scan(rescan=True))
        self.undo_page.finish_requested.connect(v.show_finish)
        self.undo_page.cancel_requested.connect(self.cancel_job)
        self.undo_page.code_entered.connect(c.open_record)
        self.undo_page.erase_requested.connect(c.erase_record)
        self.finish_page.finish_requested.connect(v.start_finish)
        self.finish_page.back_requested.connect(v.back_from_finish)
        self.finish_page.next_person_requested.connect(self.next_person)
        self.finish_page.cancel_requested.connect(self.cancel_job)
        self.outcome.report_requested.connect(lambda: v.save_report(self.outcome))
        self.outcome.retry_requested.connect(v.try_again)
        self.finish_page.report_requested.connect(lambda: v.save_report(self.finish_page))

    # --- words, language, text size -------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("hardener: check and protect a phone"))
        self.menus.retranslate()
        self.practice_badge.setText(self.tr("Practice phone (not a real phone)"))
        self.leave_fast.retranslate()
        self.show_header()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "menus"):
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str, remember: bool = True) -> None:
        self.menus.set_language(code, remember)

    def apply_text_size(self, percent: int, remember: bool = True) -> None:
        self.menus.apply_text_size(percent, remember)

    @property
    def text_size(self) -> int:
        return self.menus.text_size

    # --- navigation -----------------------------------------------------------------------------

    def fit_to_screen(self) -> None:
        """Open at a comfortable size, but never larger than the screen it opens on."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = 1100, 760
        if room is not None:
            width, height = min(width, room.width()), min(height, room.height())
        self.setMinimumSize(640, 480)
        self.resize(width, height)

    def show_page(self, page: QWidget) -> None:
        keyboard.show_page(self.stack, self._frames.get(page, page), page)  # focus lands on its main control

    def current_page(self) -> QWidget | None:
        frame = self.stack.currentWidget()
        return frame.widget() if isinstance(frame, QScrollArea) else frame

    def show_help(self) -> None:
        current = self.current_page()
        if current is not self.help_page:
            self.help_return = self.start if current is None or current is self.problem else current
        self.show_page(self.help_page)

    def show_header(self) -> None:
        state = self.state
        connected = state.connection is not None and bool(state.label)
        name = shown(state.label, 80)
        self.connected_label.setText(self.tr("Phone: {name}").format(name=name) if connected else "")
        self.connected_label.setVisible(connected)
        self.practice_badge.setVisible(state.practice is not None or bool(state.selector and state.selector.is_demo))

    def change_titles(self) -> dict[str, str]:
        """Titles of this visit's changes by their key (the record on the phone names none)."""
        plan = self.situation.plan or self.state.plan
        return {c.key: c.title for c in plan.changes} if plan is not None else {}

    # --- jobs -------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._job is not None

    def run(
        self,
        context: str,
        job: Callable[[Report], Any],
        on_done: Callable[[Any], None],
        *,
        on_progress: Callable[[object], None] | None = None,
        cancel: Callable[[], None] | None = None,
    ) -> bool:
        """Start one phone job on the worker; False when another is still running."""
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
            exc = self.connect_flow.connection_failed(exc)
            if isinstance(exc, Cancelled):
                self.start.set_status(self.tr("Stopped. The phone is not connected."))
                self.show_header()
                self.show_page(self.start)
                return
        else:
            self.state.visit.drop()  # the link cannot be trusted after a failure
        if context == pr.SCAN and isinstance(exc, Cancelled):
            self.start.set_status(self.tr("Checking stopped. Nothing was changed on the phone."))
        self.problem.show_problem(exc, context)
        self.show_header()
        self.show_page(self.problem)

    # --- problems ---------------------------------------------------------------------------------

    def _problem_action(self, action: str) -> None:
        if action == pr.START_OVER:
            self.reset_for_next_person()
        elif action == pr.HELP:
            self.show_help()
        elif action == pr.RETRY and self.problem.context == pr.CONNECT:
            self.connect_flow.connect_to(self.state.selector)
        elif action in (pr.RETRY, pr.RECONNECT):
            self.connect_flow.reconnect()
        elif action == pr.STOP_SERVER:
            self._stop_adb_server()
        elif action in (pr.USE_SERVER, pr.PAIR_AGAIN):
            self.connect_flow.problem_action(action)

    def _stop_adb_server(self) -> None:
        from hardener.adb.discovery import find_adb_server, stop_adb_server

        def job(_report: Report) -> bool:
            server = find_adb_server()
            return server is None or stop_adb_server(server)

        self.run(pr.CONNECT, job, lambda _stopped: self.connect_flow.connect_to(self.state.selector))

    # --- the next person ------------------------------------------------------------------------

    def _still_connected(self) -> bool:
        """A phone with USB debugging on is still attached (after Finish it is not)."""
        return self.state.visit.connected and self.state.visit.finish_result is None

    def next_person(self) -> None:
        """"Next person" (menu, finish page): first asks, while a phone is still connected."""
        if not self._still_connected():
            self.reset_for_next_person()
            return
        self.leave_question.ask(self.busy, self._leave_answer(self.reset_for_next_person))

    def _leave_answer(self, leave: Callable[[], None]) -> Callable[[LeaveChoice], None]:
        def answered(choice: LeaveChoice) -> None:
            if choice is LeaveChoice.FINISH:
                self.cancel_job()
                self.visit_flow.show_finish()
            elif choice is LeaveChoice.LEAVE:
                leave()

        return answered

    def _close_anyway(self) -> None:
        self._leaving = True
        self.close()

    def quit_now(self) -> None:
        """Close without asking (tests, scripts; the person always gets the question)."""
        self._close_anyway()

    def reset_for_next_person(self) -> None:
        """Drop every reference to the phone and the person, and empty every widget.

        Jobs still running are cancelled and their late results discarded; the connection is
        closed and the practice phone stopped; then every page forgets what it showed.
        """
        self.runner.discard_all()
        self.runner.cancel_all()
        self.connect_flow.forget_discovery()
        self.consent.cancel()
        self._job = None
        self._job_context = ""
        state, self.state = self.state, PersonState()
        self.connect_flow.dispose(state.visit.connection, state.practice)
        state.visit.connection = None
        del state
        self.finish_return = None
        for page in self.pages():
            clear = getattr(page, "clear", None)
            if callable(clear):
                clear()
        self.help_page.choose("samsung")
        self.help_return = self.start
        self.show_header()
        self.show_page(self.start)
        gc.collect()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._still_connected() and not self._leaving:
            event.ignore()  # ask first: leaving would keep USB debugging on
            self.leave_question.ask(self.busy, self._leave_answer(self._close_anyway))
            return
        self._usb_timer.stop()
        self.reset_for_next_person()
        self.runner.wait(5000)
        super().closeEvent(event)
