"""Reaching the phone: phone list, practice phone, "Allow?", Wi-Fi pairing, an earlier undo record.

The flow between the start, waiting, pairing and undo pages, on top of the Qt-free visit
(:class:`~hardener.session.visit.PhoneSession`). Phone work runs on the window's worker; the
practice phone is started here (a face's job), never by the connection layer.

Google's adb server is a way to the phone like USB and TCP: the phone list shows what it holds
(:mod:`hardener.gui.phones`), "Use it" on the problem page goes through it instead of stopping
it, and a phone paired over Wi-Fi with a code is reached through it.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from hardener.adb.connect import Connection, Connector, DeviceSelector
from hardener.adb.discovery import UsbPhone
from hardener.errors import BadAddress, Cancelled, HardenerError, KeyRejected
from hardener.gui import phones
from hardener.gui.pages import pair as pr_pair
from hardener.gui.pages import problem as pr
from hardener.gui.pages.undo import BAD_CODE, NOT_ERASED, WRONG_CODE
from hardener.gui.phones import phone_choices
from hardener.gui.tasks import Report
from hardener.practice import DEFAULT_PERSONA, PracticeOptions, persona_choices, practice_connector, start_practice
from hardener.session.journal import BadUndoCode, Journal, UndoCode, WrongUndoCode
from hardener.session.visit import RecordStatus, WaitingForAllow
from hardener.sim.auth import PendingPrompt
from hardener.sim.runner import PracticePhone

if TYPE_CHECKING:
    from hardener.gui.window import MainWindow

SERVER_LOOK_TIMEOUT_S = 1.0  # a local server answers at once; a hung one must not hold the list


class ConnectFlow:
    def __init__(self, w: MainWindow, practice: PracticeOptions) -> None:
        self.w = w
        self.practice_options = practice
        self._connector: Connector | None = None
        self._discovering = False
        self._denied = False
        self._retry = False  # "Try again" after a Deny tapped by mistake: connect again once stopped

    # --- the start page -------------------------------------------------------------------------

    def refresh_usb(self) -> None:
        """Look again for phones: on the USB bus, and on Google's adb server if one answers."""
        w = self.w
        if self._discovering or w.current_page() is not w.start:
            return
        from hardener.adb.discovery import list_usb_phones
        from hardener.adb.host_client import AdbServerClient, ServerDevice
        from hardener.adb.platform_tools import find_adb

        self._discovering = True

        def job(_report: Report) -> tuple[list[UsbPhone], list[ServerDevice] | None, bool]:
            server: list[ServerDevice] | None
            try:
                server = AdbServerClient(timeout_s=SERVER_LOOK_TIMEOUT_S).devices()
            except (HardenerError, OSError):  # none running (the usual case), or not answering
                server = None
            # Where the server is the preferred way, say when it is installed but not running.
            idle = server is None and phones.PREFERS_ADB_SERVER and bool(find_adb())
            return list(list_usb_phones()), server, idle

        def done(found: tuple[list[UsbPhone], list[ServerDevice] | None, bool]) -> None:
            self._discovering = False
            usb, server, idle = found
            w.start.set_phones(phone_choices(usb, server))
            w.start.set_adb_idle(idle)

        def failed(_exc: BaseException) -> None:
            self._discovering = False

        w.runner.start(job, on_done=done, on_error=failed)

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
        w.start.set_status("")
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

    def practice_answered(self, allowed: bool) -> None:
        """Deny on the practice phone ends the wait at once (a real phone says nothing, so there
        the wait runs on): stop the connection attempt and say the phone did not allow it."""
        if allowed or not self.w.busy:
            return
        self._denied = True
        self.w.cancel_job()

    def retry_after_deny(self) -> None:
        """"Try again" on a real phone that may have been denied: stop this attempt (the phone
        forgot its question when it was unplugged), then connect again as soon as it has stopped."""
        w = self.w
        if not w.busy:
            self.connect_to(w.state.selector)
            return
        self._retry = True
        w.cancel_job()

    def connection_failed(self, exc: BaseException) -> BaseException:
        """The error to show for a failed connection attempt (a Deny just tapped, not "stopped")."""
        self._connector = None
        denied, self._denied = self._denied, False
        retry, self._retry = self._retry, False
        if retry and isinstance(exc, Cancelled):
            QTimer.singleShot(0, lambda: self.connect_to(self.w.state.selector))
        if denied and isinstance(exc, Cancelled):
            return KeyRejected("denied on the practice phone")
        return exc

    # --- Google's adb server ----------------------------------------------------------------------

    def use_adb_server(self) -> None:
        """"Use it": the phone that another adb program holds, reached through that program's server."""
        chosen = self.w.state.selector
        serial = chosen.serial if chosen is not None and not chosen.adb_server else None
        self.connect_to(DeviceSelector(serial=serial, adb_server=True))

    def problem_action(self, action: str) -> None:
        if action == pr.USE_SERVER:
            self.use_adb_server()
        elif action == pr.PAIR_AGAIN:
            self.show_pairing(check=False)

    # --- Wi-Fi with a pairing code (Android 11+) ----------------------------------------------------

    def show_pairing(self, check: bool = True) -> None:
        """Show the pairing page and, unless it already knows, find out whether this computer can pair."""
        w = self.w
        w.show_page(w.pair_page)
        if not check and w.pair_page.state != pr_pair.CHECKING:
            return
        from hardener.adb.discovery import find_adb_server
        from hardener.adb.platform_tools import PlatformTools, platform_tools, require_pairing

        w.pair_page.checking()

        def job(_report: Report) -> PlatformTools:
            server = find_adb_server()
            tools = platform_tools(server.exe if server is not None else None)
            require_pairing(tools)
            return tools

        w.runner.start(job, on_done=w.pair_page.set_tools, on_error=lambda exc: w.pair_page.set_tools(None, exc))

    def pair_and_connect(self, pair_address: str, code: str, connect_address: str) -> None:
        """Pair with Google's adb, have its server connect to the phone, then connect through it."""
        w = self.w
        if w.busy:
            return
        from hardener.adb.host_client import AdbServerClient
        from hardener.adb.platform_tools import pair, platform_tools

        try:
            for address in (pair_address, connect_address):
                DeviceSelector(tcp=address).tcp_address()
        except BadAddress as exc:
            # A typing mistake, said before the phone's code is spent: it stays typed, with the
            # addresses, for "Back to pairing".
            w.problem.show_problem(exc, pr.PAIR)
            w.show_page(w.problem)
            return
        cancelled = threading.Event()
        w.waiting.start(practice=False)
        w.show_page(w.waiting)

        def job(_report: Report) -> str:
            from hardener.adb.discovery import find_adb_server

            server = find_adb_server()
            pair(platform_tools(server.exe if server is not None else None), pair_address, code)
            if cancelled.is_set():
                raise Cancelled("after pairing")
            client = AdbServerClient()
            client.connect_address(connect_address)
            client.settled_state(connect_address)
            return connect_address

        def paired(address: str) -> None:
            w.pair_page.clear_code()
            self.connect_to(DeviceSelector(serial=address, adb_server=True))

        w.pair_page.clear_code()  # used once, whatever happens
        w.run(pr.PAIR, job, paired, cancel=cancelled.set)

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
