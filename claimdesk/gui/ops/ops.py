"""Runs desk calls on one worker thread, in order, and hands the results back to the GUI thread.

Widgets never touch the :class:`Desk`: they pass a function of the desk to :meth:`Ops.run`.
One thread keeps calls serial, so an undo queued behind a mark sees the mark's result, and
the SQLite connections live on the thread that opened them.

After every call that wrote, the worker takes the desk's change record
(:meth:`Desk.take_changes`) and, once the call's own answer has been handed back, broadcasts
it once through :attr:`Ops.changed`: each view refreshes what it shows of it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot

from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError, DatabaseUnreachable, LibraryError
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import LibraryChange
from claimdesk.gui.common.i18n import translate

log = logging.getLogger(__name__)

T = TypeVar("T")
ErrorHandler = Callable[[ClaimDeskError], None]
# How long after a write, with no other call waiting, the search index takes it in.
INDEX_AFTER_MS = 150


@dataclass(slots=True)
class _Job:
    work: Callable[[Desk], Any]
    on_done: Callable[[Any], None] | None
    on_error: ErrorHandler | None
    result: Any = None
    error: ClaimDeskError | None = None
    changes: LibraryChange | None = None


class _Worker(QObject):
    """Lives on the worker thread; owns the desk."""

    finished = Signal(object)

    def __init__(self, opener: Callable[[], Desk]) -> None:
        super().__init__()
        self._opener = opener
        self._desk: Desk | None = None
        self._timer: QTimer | None = None

    @Slot(object)
    def execute(self, job: _Job) -> None:
        """Run one job against the desk and report back."""
        try:
            if self._desk is None:
                self._desk = self._opener()
                # Writes answer first; the index catches up when the worker is idle.
                self._desk.defer_index_updates()
            job.result = job.work(self._desk)
        except ClaimDeskError as exc:
            job.error = exc
        except Exception as exc:
            # A bug, not a user error: keep the traceback in the log, show one line.
            log.exception("desk call failed")
            # translate() is thread-safe: the message is in the UI language like every other.
            job.error = ClaimDeskError(
                translate(
                    "Ops", "Something went wrong ({error}); the details are in the log."
                ).format(error=f"{type(exc).__name__}: {exc}")
            )
        self._take_changes(job)
        self.finished.emit(job)
        if self._desk is not None and self._desk.index_pending:
            self._index_timer().start()

    def _index_timer(self) -> QTimer:
        # Made on the worker thread, so that it fires there; a job queued meanwhile (the
        # reader asking for the article just marked) runs first.
        if self._timer is None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(INDEX_AFTER_MS)
            self._timer.timeout.connect(self._catch_up)
        return self._timer

    @Slot()
    def _catch_up(self) -> None:
        if self._desk is None or not self._desk.index_pending:
            return
        try:
            self._desk.catch_up()
        except ClaimDeskError:
            log.warning("the search index could not catch up; the next search will")
        except Exception:
            log.exception("catching the search index up failed")

    def _take_changes(self, job: _Job) -> None:
        # A call that failed may have written before failing (a batch import): its record is
        # taken all the same. Reading the record failing (the database gone) loses nothing:
        # the next call that writes takes everything since.
        if self._desk is None:
            return
        try:
            job.changes = self._desk.take_changes()
        except ClaimDeskError:
            log.warning("the change record could not be read; views catch up at the next one")
        except Exception:
            log.exception("reading the change record failed")

    @Slot()
    def close_desk(self) -> None:
        """Release the desk on the thread that opened it (the index caught up first)."""
        if self._timer is not None:
            self._timer.stop()
        self._catch_up()
        if self._desk is not None:
            try:
                self._desk.close()
            except Exception:
                log.exception("closing the library failed")
            self._desk = None


class Ops(QObject):
    """The one door from widgets to the desk: serial, off the GUI thread, errors as messages."""

    failed = Signal(str)
    # Any call found the team database out of reach (its one-line reason), handled or not.
    unreachable = Signal(str)
    busy_changed = Signal(bool)
    idle = Signal()
    opened = Signal(object)
    # Emitted first by shutdown: helpers that call the desk from threads of their own stop.
    about_to_close = Signal()
    # What a call changed in the library (a LibraryChange), after its answer was handed back.
    changed = Signal(object)

    _submit = Signal(object)
    _close = Signal()

    def __init__(self, opener: Callable[[], Desk], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = 0
        self._thread = QThread()
        self._thread.setObjectName("claimdesk-ops")
        self._worker = _Worker(opener)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute, Qt.ConnectionType.QueuedConnection)
        self._close.connect(self._worker.close_desk, Qt.ConnectionType.BlockingQueuedConnection)
        self._worker.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._thread.start()
        self.location: LibraryLocation | None = None
        self.open_error: str | None = None
        self.run(lambda desk: desk.location, self._on_opened, on_error=self._on_open_failed)

    def run(
        self,
        work: Callable[[Desk], T],
        on_done: Callable[[T], None] | None = None,
        *,
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Queue ``work(desk)``; ``on_done(result)`` runs on the GUI thread when it returns.

        Errors go to ``on_error`` when given, else to the :attr:`failed` signal; a lost team
        database also (and without ``on_error`` only) to the :attr:`unreachable` signal.
        """
        if not self._thread.isRunning():
            self._report(LibraryError(translate("Ops", "The library is closed.")), on_error)
            return
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._submit.emit(_Job(work, on_done, on_error))

    def is_idle(self) -> bool:
        """True when no job is queued or running."""
        return self._pending == 0

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every queued job has finished; False on timeout."""
        if self.is_idle():
            return True
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.idle.disconnect(loop.quit)
        return self.is_idle()

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Finish the queued jobs, close the desk and stop the thread."""
        if not self._thread.isRunning():
            return
        self.about_to_close.emit()
        self.wait_idle(timeout_ms)
        self._close.emit()
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _finish(self, job: _Job) -> None:
        self._pending -= 1
        try:
            if job.error is not None:
                self._report(job.error, job.on_error)
            elif job.on_done is not None:
                job.on_done(job.result)
        finally:
            if job.changes is not None:
                self.changed.emit(job.changes)
            if self._pending == 0:
                self.busy_changed.emit(False)
                self.idle.emit()

    def _report(self, error: ClaimDeskError, handler: ErrorHandler | None) -> None:
        if isinstance(error, DatabaseUnreachable):
            # The window shows one lasting banner for this rather than an error per call.
            self.unreachable.emit(error.message)
        if handler is not None:
            handler(error)
        elif not isinstance(error, DatabaseUnreachable):
            self.failed.emit(error.message)

    def _on_opened(self, location: LibraryLocation) -> None:
        self.location = location
        self.opened.emit(location)

    def _on_open_failed(self, error: ClaimDeskError) -> None:
        self.open_error = error.message
        self.failed.emit(error.message)
