"""The visit after connecting: scan, the safety stop, the situation, apply, undo, finish.

The flow between the pages, on top of the Qt-free :class:`~hardener.session.visit.PhoneSession`
which holds the rules; every phone call runs on the window's worker. Progress arrives as the
session's typed events and is handled with ``match``.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from hardener.errors import ProfileError
from hardener.gui.checklist import CHECKING, TODO, UNKNOWN, Checklist
from hardener.gui.pages import problem as pr
from hardener.gui.pages.safety import SafetyChoice
from hardener.gui.pages.undo import NEEDED
from hardener.gui.tasks import Report
from hardener.inert import shown
from hardener.session.apply import ApplyResult
from hardener.session.finish import FinishResult
from hardener.session.journal import Journal
from hardener.session.profiles import Profile, builtin_profiles
from hardener.session.refusal import EXPLAIN, Refusal
from hardener.session.undo import UndoResult
from hardener.session.visit import (
    ChangeProgress,
    EntryUndone,
    RecordStatus,
    SectionRead,
    SpyingAppChoice,
    step_status,
)

if TYPE_CHECKING:
    from hardener.gui.pages.finish import FinishPage
    from hardener.gui.pages.outcome import OutcomePage
    from hardener.gui.window import MainWindow


class VisitFlow:
    def __init__(self, w: MainWindow) -> None:
        self.w = w

    # --- scan and the safety stop --------------------------------------------------------------

    def start_scan(self, rescan: bool = False) -> None:
        w, visit = self.w, self.w.state.visit
        if not visit.connected:
            w.connect_flow.reconnect()
            return
        w.scan_page.start(rescan=rescan)
        w.show_page(w.scan_page)
        w.run(pr.SCAN, lambda report: visit.scan(report), self._scanned, on_progress=self._progress,
              cancel=visit.channel.cancel)

    def _progress(self, event: object) -> None:
        match event:
            case SectionRead(label=label, done=done, total=total):
                self.w.scan_page.section_read(label, done, total)
            case ChangeProgress(change=change, status=status):
                self.w.apply_page.progress(change, status)
            case EntryUndone(entry=entry, restored=restored):
                self.w.undo_page.entry_done(entry, restored)
            case _:
                pass

    def _scanned(self, _findings: object) -> None:
        w, visit = self.w, self.w.state.visit
        w.findings_page.show_findings(visit.findings)
        w.situation.clear()  # a plan made from the older scan is gone
        if visit.needs_safety_decision:
            # Before anything can be changed: the person decides, knowing the risk.
            names = [str(f.params.get("app") or f.subject) for f in visit.findings if f.subject in visit.watched]
            w.safety.show_apps(list(dict.fromkeys(names)))
            w.show_page(w.safety)
            return
        w.show_page(w.findings_page)
        w.findings_page.tree.setFocus()

    def safety_chosen(self, choice: SafetyChoice) -> None:
        w = self.w
        touch = choice == SafetyChoice.TOUCH_IT
        w.state.visit.decide(SpyingAppChoice.TOUCH_IT if touch else SpyingAppChoice.LEAVE_IT)
        w.situation.clear()
        if choice == SafetyChoice.STOP:
            self.show_finish()
            return
        w.show_page(w.findings_page)
        w.findings_page.tree.setFocus()

    # --- situation and plan ----------------------------------------------------------------------

    def _profiles(self) -> list[Profile]:
        if not self.w.state.profiles:
            self.w.state.profiles = builtin_profiles()
        return self.w.state.profiles

    def choose_situation(self) -> None:
        w = self.w
        try:
            profiles = self._profiles()
        except ProfileError as exc:
            w.problem.show_problem(exc, pr.SCAN)
            w.show_page(w.problem)
            return
        if w.situation.plan is None:
            w.situation.set_profiles(profiles)
        w.show_page(w.situation)
        w.situation.profile_list.setFocus()

    def choose_profile(self, profile_id: str) -> None:
        w = self.w
        profile = next((p for p in w.state.profiles if p.id == profile_id), None)
        if profile is None or w.state.snapshot is None:
            return
        w.situation.show_plan(w.state.visit.make_plan(profile))

    def recheck_manual(self, index: int) -> None:
        w, visit = self.w, self.w.state.visit
        plan = w.situation.plan  # the steps the person sees (also after an apply consumed the plan)
        if plan is None or not visit.connected or not 0 <= index < len(plan.manual):
            return
        item = plan.manual[index]
        w.situation.checklist.set_status(index, CHECKING)

        self._recheck(w.situation.checklist, index, item.recheck_finding)

    # --- apply ---------------------------------------------------------------------------------------

    def start_apply(self) -> None:
        w, visit = self.w, self.w.state.visit
        plan = visit.plan
        if plan is None or not visit.connected or not plan.to_apply:
            return
        if visit.record_status is RecordStatus.LOCKED:
            w.undo_page.ask_code(NEEDED)
            w.show_page(w.undo_page)
            return
        bridge = w.consent
        bridge.reset()
        w.apply_page.start(plan)
        w.show_page(w.apply_page)
        channel = visit.channel

        def cancel() -> None:
            bridge.cancel()
            channel.cancel()

        def job(report: Report) -> ApplyResult:
            result = visit.apply(bridge.ask, report)
            # A fresh look, so what is still to do is what the phone says now, and any next plan
            # is made from it: never the old plan applied again.
            visit.scan(report)
            return result

        w.run(pr.APPLY, job, self._applied, on_progress=self._progress, cancel=cancel)

    def _applied(self, result: ApplyResult) -> None:
        w, visit = self.w, self.w.state.visit
        code = str(w.state.undo_code) if w.state.undo_code is not None else ""
        w.findings_page.show_findings(visit.findings)
        w.situation.clear()  # the plan is spent; a new one comes from the fresh scan
        w.todo.show_items(visit.still_to_do)
        w.outcome.show_result(result, todo=len(w.todo.items), undo_possible=visit.record_may_exist, code=code)
        refusal = visit.refusal()
        w.outcome.show_refusal(EXPLAIN.get(refusal, ""), maker_switch=refusal is Refusal.XIAOMI_SECURITY_SETTINGS)
        w.show_page(w.outcome)

    def try_again(self) -> None:
        """After the maker's switch is on: a fresh scan, the same situation planned again, then
        applied as any plan is (shown first, irreversible changes asked)."""
        w, visit = self.w, self.w.state.visit
        profile = visit.profile
        if profile is None or not visit.connected:
            return

        def job(report: Report) -> object:
            visit.scan(report)
            return visit.make_plan(profile)

        w.scan_page.start(rescan=True)
        w.show_page(w.scan_page)
        w.run(pr.SCAN, job, lambda _plan: self.start_apply(), on_progress=self._progress,
              cancel=visit.channel.cancel)

    # --- still to do ---------------------------------------------------------------------------------

    def show_todo(self) -> None:
        w = self.w
        w.todo_return = w.current_page()
        w.todo.show_items(w.state.visit.still_to_do)
        w.show_page(w.todo)

    def back_from_todo(self) -> None:
        w = self.w
        target = w.todo_return
        w.show_page(target if target is not None and target is not w.todo else w.findings_page)

    def recheck_todo(self, index: int) -> None:
        w, visit = self.w, self.w.state.visit
        items = w.todo.items
        if not visit.connected or not 0 <= index < len(items):
            return
        item = items[index]
        w.todo.checklist.set_status(index, CHECKING)

        self._recheck(w.todo.checklist, index, item.recheck_finding)

    def _recheck(self, checklist: Checklist, index: int, finding_id: str | None) -> None:
        """Check the phone again for one step done by hand. Stop means "never mind": the scan runs
        to its end in the background and its answer is left unused, so the connection stays (a
        cancelled read would end it, and the phone would ask "Allow?" again)."""
        w, visit = self.w, self.w.state.visit
        stopped = threading.Event()

        def done(_findings: object) -> None:
            w.findings_page.show_findings(visit.findings)
            checklist.set_status(index, TODO if stopped.is_set() else step_status(finding_id, visit.findings).value)

        if not w.run(pr.RECHECK, lambda report: visit.scan(report, keep_plan=True), done, cancel=stopped.set):
            checklist.set_status(index, UNKNOWN)

    # --- undo -----------------------------------------------------------------------------------------

    def offer_undo_after_apply(self) -> None:
        w, visit = self.w, self.w.state.visit
        if not visit.connected:
            w.connect_flow.reconnect()
            return

        def done(journal: Journal | None) -> None:
            if journal is None:
                self.start_scan(rescan=True)
                return
            w.undo_page.offer(journal, w.change_titles(), after_apply=True)
            w.show_page(w.undo_page)

        w.run(pr.UNDO, lambda _report: visit.reread_record(), done, cancel=visit.channel.cancel)

    def start_undo(self) -> None:
        w, visit = self.w, self.w.state.visit
        if visit.journal is None or not visit.connected or visit.code is None:
            return
        w.undo_page.running()
        w.run(pr.UNDO, lambda report: visit.undo(report), self._undone, on_progress=self._progress,
              cancel=visit.channel.cancel)

    def _undone(self, result: UndoResult) -> None:
        self.w.undo_page.show_result(result)

    def keep_changes(self) -> None:
        w = self.w
        if w.undo_page.after_apply and w.state.result is not None:
            w.show_page(w.outcome)  # "Back" from the undo question after applying
        else:
            self.start_scan()

    # --- finish -----------------------------------------------------------------------------------------

    def show_finish(self) -> None:
        w = self.w
        w.finish_return = w.current_page()
        code = str(w.state.undo_code) if w.state.undo_code is not None else ""
        todo = len(w.state.visit.still_to_do) if w.state.visit.result is not None else 0
        w.finish_page.confirm(has_record=w.state.visit.record_may_exist, code=code, todo=todo)
        w.show_page(w.finish_page)

    def back_from_finish(self) -> None:
        w = self.w
        target = w.finish_return
        w.show_page(target if target is not None and target is not w.finish_page else w.findings_page)

    def start_finish(self, erase_record: bool) -> None:
        w, visit = self.w, self.w.state.visit
        if not visit.connected:
            w.connect_flow.reconnect()
            return
        w.finish_page.running()
        w.run(pr.FINISH, lambda _report: visit.finish(keep_record=not erase_record), self._finished)

    def save_report(self, page: OutcomePage | FinishPage) -> None:
        """Ask where, then write the hand-over report there (pure and quick: on this thread)."""
        from hardener.gui import report_action

        where = report_action.ask_where(self.w)
        if where is None:
            return
        chosen, also = report_action.ask_second_language(self.w)
        if not chosen:
            return
        try:
            saved = report_action.save_report(self.w, where, also)
        except OSError as exc:
            page.report_saved("", shown(str(exc), 200))
            return
        page.report_saved(shown(str(saved), 300))

    def _finished(self, result: FinishResult) -> None:
        w = self.w
        w.state.visit.drop()  # the phone has dropped the link (that is how it obeys)
        w.finish_page.show_result(result)
        w.show_header()
