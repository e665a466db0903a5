"""Reaching the phone: USB list, practice phone, "Allow?", the undo record from an earlier visit.

The flow between the start, waiting and undo pages, on top of the Qt-free visit
(:class:`~hardener.session.visit.PhoneSession`). Phone work runs on the window's worker; the
practice phone is started here (a face's job), never by the connection layer.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from hardener.adb.connect import Connection, Connector, DeviceSelector
from hardener.errors import Cancelled
from hardener.gui.pages import problem as pr
from hardener.gui.pages.undo import BAD_CODE, NOT_ERASED, WRONG_CODE
from hardener.gui.tasks import Report
from hardener.practice import DEFAULT_PERSONA, PracticeOptions, persona_choices, practice_connector, start_practice
from hardener.session.journal import BadUndoCode, Journal, UndoCode, WrongUndoCode
from hardener.session.visit import RecordStatus, WaitingForAllow
from hardener.sim.auth import PendingPrompt
from hardener.sim.runner import PracticePhone

if TYPE_CHECKING:
    from hardener.gui.window import MainWindow


class ConnectFlow:
    def __init__(self, w: MainWindow, practice: PracticeOptions) -> None:
        self.w = w
        self.practice_options = practice
        self._connector: Connector | None = None
        self._discovering = False

    # --- the start page -------------------------------------------------------------------------

    def refresh_usb(self) -> None:
        w = self.w
        if self._discovering or w.current_page() is not w.start:
            return
        from hardener.adb.discovery import list_usb_phones

        self._discovering = True

        def done(phones: object) -> None:
            self._discovering = False
            if isinstance(phones, list):
                w.start.set_usb_phones(phones)

        def failed(_exc: BaseException) -> None:
            self._discovering = False

        w.runner.start(lambda _report: list_usb_phones(), on_done=done, on_error=failed)

    def load_personas(self) -> None:
        try:
            personas = persona_choices()
        except Exception:
            personas = []
        self.w.start.set_personas(personas or [(DEFAULT_PERSONA, "")])

    def forget_discovery(self) -> None:
        self._discovering = False  # a discarded result will never say it is done
        self._connector = None

    # --- connecting ---------------------------------------------------------------------------------

    def connect_to(self, selector: DeviceSelector | None) -> None:
        w = self.w
        if selector is None or w.busy:
            return
        if w.state.selector is not None and w.state.selector != selector:
            self.forget_phone()
        w.state.selector = selector
        w.waiting.start(practice=selector.is_demo)
        w.show_header()
        w.show_page(w.waiting)
        state, visit = w.state, w.state.visit
        options = PracticeOptions(
            auth_mode=self.practice_options.auth_mode,
            prompt_delay_s=self.practice_options.prompt_delay_s,
            latency_ms=self.practice_options.latency_ms,
            on_prompt=w.prompts.offer,
        )
        connector = (
            None if selector.is_demo
            else Connector(selector, auth_timeout_s=w.auth_timeout_s, signer=w.signer)
        )
        self._connector = connector
        cancelled = threading.Event()

        def job(report: Report) -> tuple[RecordStatus, PracticePhone | None]:
            link = connector
            practice = state.practice
            if selector.is_demo:
                if practice is None:
                    practice = start_practice(selector.demo or None, options)
                    state.practice = practice
                # The same throwaway key on every reconnect, so the phone knows this laptop.
                link = practice_connector(practice, signer=state.practice_signer or w.signer,
                                          auth_timeout_s=w.auth_timeout_s)
                state.practice_signer = link.signer
                self._connector = link
                if cancelled.is_set():  # Cancel was pressed before this connector existed
                    raise Cancelled("before connecting")
            assert link is not None
            status = visit.connect(link, report)
            if practice is not None and visit.connection is not None:
                visit.connection.is_practice = True
            if w.state is not state:  # "next person" was pressed meanwhile: let nothing outlive it
                visit.drop()
                if practice is not None:
                    practice.stop()
            return status, practice

        def cancel() -> None:
            cancelled.set()  # first, so a connector made after this look is stopped by the job
            current = self._connector
            if current is not None:
                current.cancel()

        w.run(pr.CONNECT, job, self._connected, on_progress=self._progress, cancel=cancel)

    def reconnect(self) -> None:
        self.w.state.visit.drop()
        self.connect_to(self.w.state.selector)

    def _progress(self, event: object) -> None:
        if isinstance(event, WaitingForAllow):
            self.w.waiting.waiting_for_allow()

    def prompt_raised(self, prompt: object) -> None:
        w = self.w
        if isinstance(prompt, PendingPrompt) and w.current_page() is w.waiting:
            w.waiting.practice_panel.show_prompt(prompt)
            w.waiting.waiting_for_allow()

    def _connected(self, result: tuple[RecordStatus, PracticePhone | None]) -> None:
        w = self.w
        status, _practice = result
        self._connector = None
        w.waiting.practice_panel.close_prompt()
        conn = w.state.connection
        w.state.label = conn.label if conn is not None else ""
        w.show_header()
        if status is RecordStatus.OPEN:
            # This person's own record (a reconnect after a pulled cable): offer undo.
            journal = w.state.visit.journal
            if journal is not None and journal.undoable:
                w.undo_page.offer(journal, w.change_titles())
                w.show_page(w.undo_page)
                return
        elif status is RecordStatus.LOCKED:
            w.undo_page.ask_code()
            w.show_page(w.undo_page)
            return
        w.visit_flow.start_scan()

    def connection_failed(self) -> None:
        self._connector = None

    # --- the sealed record from an earlier visit ----------------------------------------------------

    def open_record(self, typed: str) -> None:
        try:
            code = UndoCode.parse(typed)
        except BadUndoCode:
            self.w.undo_page.ask_code(BAD_CODE)
            return
        w, visit = self.w, self.w.state.visit
        if not visit.connected:
            self.reconnect()
            return

        def job(_report: Report) -> Journal | WrongUndoCode | None:
            try:
                return visit.open_record(code)
            except WrongUndoCode as exc:
                return exc  # a typing mistake: ask again, keep the connection

        def done(result: Journal | WrongUndoCode | None) -> None:
            if isinstance(result, WrongUndoCode):
                w.undo_page.ask_code(WRONG_CODE)
                return
            if result is None or not result.undoable:
                w.visit_flow.start_scan()
                return
            w.undo_page.offer(result, w.change_titles())
            w.show_page(w.undo_page)

        w.run(pr.UNDO, job, done, cancel=visit.channel.cancel)

    def erase_record(self) -> None:
        w, visit = self.w, self.w.state.visit
        if not visit.connected:
            self.reconnect()
            return

        def done(left: tuple[str, ...]) -> None:
            if left:
                w.undo_page.ask_code(NOT_ERASED)
                return
            w.visit_flow.start_scan()

        w.run(pr.UNDO, lambda _report: visit.erase_record().remaining, done, cancel=visit.channel.cancel)

    # --- letting go -----------------------------------------------------------------------------------

    def forget_phone(self) -> None:
        """Another phone was chosen: stop the practice phone of the previous choice, if any."""
        state = self.w.state
        conn, state.visit.connection = state.visit.connection, None
        practice, state.practice = state.practice, None
        state.practice_signer = None
        self.dispose(conn, practice)

    def dispose(self, conn: Connection | None, practice: PracticePhone | None) -> None:
        """Close a connection and stop a practice phone on the worker: either may wait on a thread."""
        if conn is None and practice is None:
            return

        def job(_report: Report) -> None:
            if conn is not None:
                conn.close()
            if practice is not None:
                practice.stop()

        self.w.runner.start(job, on_done=lambda _r: None, on_error=lambda _e: None)
