"""Running phone I/O off the GUI thread, with results handed back to it.

A window that stops repainting while the phone thinks looks broken, and a person who thinks
the tool is broken pulls the cable mid-change. So every call that may touch the phone (or the
USB bus, or the keyring) runs as a :class:`Task` on a thread pool, and the GUI only ever hears
about it through queued signals: the callbacks given to :meth:`TaskRunner.start` always run on
the GUI thread, never on the worker.

The relay object lives on the GUI thread and the worker only *emits*; Qt then queues the call
into the GUI thread's event loop. Connecting worker signals straight to Python lambdas would
leave the thread they run on up to the binding, which is exactly the kind of doubt this module
exists to remove.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")

Report = Callable[[object], None]
Job = Callable[[Report], T]


class _Relay(QObject):
    """Carries one task's news from its worker thread into the GUI thread."""

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.on_progress: Callable[[object], None] | None = None
        self.on_done: Callable[[object], None] | None = None
        self.on_error: Callable[[BaseException], None] | None = None
        self.on_settled: Callable[[], None] | None = None
        self.progress.connect(self._deliver_progress)
        self.finished.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_progress(self, value: object) -> None:
        if self.on_progress is not None:
            self.on_progress(value)

    @Slot(object)
    def _deliver_done(self, value: object) -> None:
        self._settle()
        if self.on_done is not None:
            self.on_done(value)

    @Slot(object)
    def _deliver_error(self, exc: object) -> None:
        self._settle()
        if self.on_error is not None:
            self.on_error(cast(BaseException, exc))

    def _settle(self) -> None:
        if self.on_settled is not None:
            self.on_settled()
            self.on_settled = None

    def drop_callbacks(self) -> None:
        self.on_progress = self.on_done = self.on_error = None


class Task(QRunnable, Generic[T]):
    """One job for the pool. ``job(report)`` runs on the worker; ``report(x)`` sends progress."""

    def __init__(self, job: Job[T], cancel: Callable[[], None] | None = None) -> None:
        super().__init__()
        # The pool deletes its C++ side after run(); the runner keeps the Python side until the
        # result has reached the GUI. (With autoDelete off, the binding would keep every task,
        # and everything it ever held, for the life of the process.)
        self.setAutoDelete(False)
        self._job: Job[T] | None = job
        self._cancel = cancel
        self.relay = _Relay()
        self.cancelled = threading.Event()
        self.settled = False

    def run(self) -> None:
        # Let go of the job (and everything its closure holds: channel, plan) as soon as it
        # has run. The binding may keep this wrapper alive longer than we do, and what it
        # holds must not outlive the person it was about.
        job, self._job = self._job, None
        if job is None:
            return
        try:
            result = job(self.relay.progress.emit)
        except BaseException as exc:
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(result)

    def cancel(self) -> None:
        """Ask the job to stop; its ``cancel`` hook (e.g. ``Connector.cancel``) may run on any thread."""
        self.cancelled.set()
        if self._cancel is not None:
            self._cancel()

    def discard(self) -> None:
        """Forget the callbacks: a late result from the last person must never reach the screen."""
        self.relay.drop_callbacks()


class TaskRunner(QObject):
    """The window's workers. Phone jobs are serialised by the caller; discovery may overlap."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._live: list[Task[Any]] = []

    def start(
        self,
        job: Job[T],
        *,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[object], None] | None = None,
        cancel: Callable[[], None] | None = None,
    ) -> Task[T]:
        task: Task[T] = Task(job, cancel)
        relay = task.relay
        relay.on_done = cast(Callable[[object], None], on_done)
        relay.on_error = on_error
        relay.on_progress = on_progress

        def settle() -> None:
            task.settled = True
            task._cancel = None
            if task in self._live:
                self._live.remove(task)

        relay.on_settled = settle
        self._live.append(task)
        self._pool.start(task)
        return task

    @property
    def busy(self) -> bool:
        return any(not t.settled for t in self._live)

    def cancel_all(self) -> None:
        for task in list(self._live):
            task.cancel()

    def discard_all(self) -> None:
        for task in list(self._live):
            task.discard()

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the workers are idle (shutdown and tests only, never in a slot)."""
        return bool(self._pool.waitForDone(msecs))
