"""Rebuilding the search index from the window: on its own thread, with a progress bar.

A library whose index is missing or broken opens at once (``Desk.open(rebuild_later=True)``);
this controller then rebuilds the index beside the working one while the fact-checker reads
and marks: the desk's other calls keep running on the worker, and the status bar shows the
progress with a Cancel button. File > Rebuild search index starts the same by hand.

Only the worker touches the desk: it prepares an :class:`IndexRebuildJob` (the index's lock
taken, searches marked partial), the rebuild thread runs the job (its own database session;
the index swaps generations under its lock and replays what was written meanwhile), and the
worker finishes it.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.index_rebuild import IndexRebuildJob
from claimdesk.gui.common.i18n import translate

if TYPE_CHECKING:
    from claimdesk.gui.ops.context import WindowContext


DONE_SHOWN_MS = 10_000


class _Cancelled(Exception):
    """Raised from the progress callback to stop a rebuild."""


class IndexRebuild(QObject):
    """Runs the desk's rebuild job off the worker and shows its progress in the status bar."""

    progressed = Signal(int, int)  # records done, records in all
    finished = Signal(int, float)  # records indexed, seconds
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal(object)  # the job, whatever its outcome: the worker finishes it

    def __init__(self, context: WindowContext, status_bar: QStatusBar) -> None:
        super().__init__(context.dialog_parent())
        self._c = context
        self._status = status_bar
        self._thread: threading.Thread | None = None
        self._job: IndexRebuildJob | None = None  # the job running, until the worker ends it
        self._stop = threading.Event()
        self._asked = False  # started from the menu (else: found needed at opening)
        self.label = QLabel(status_bar)
        self.bar = QProgressBar(status_bar)
        self.bar.setMaximumWidth(180)
        self.bar.setAccessibleName(translate("IndexRebuild", "Search index rebuild progress"))
        self.cancel_button = QToolButton(status_bar)
        self.cancel_button.setText(translate("IndexRebuild", "Cancel"))
        self.cancel_button.setToolTip(
            translate("IndexRebuild", "Stop rebuilding; the index is rebuilt at the next start")
        )
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.label, self.bar, self.cancel_button):
            status_bar.addPermanentWidget(widget)
            widget.hide()
        self.progressed.connect(self._show_progress)
        self.finished.connect(self._done)
        self.failed.connect(self._failed)
        self.cancelled.connect(self._was_cancelled)
        self.ended.connect(self._finish)

    def library_opened(self) -> None:
        """A library opened (at start, after a switch or a restore): rebuild if it must."""
        self._c.ops.about_to_close.connect(self.stop)
        self.start_if_needed()

    def is_running(self) -> bool:
        """True while a rebuild runs."""
        return self._thread is not None and self._thread.is_alive()

    def start_if_needed(self) -> None:
        """Rebuild when the opened library's index is missing or broken."""
        self._asked = False
        self._c.ops.run(
            lambda desk: desk.prepare_rebuild() if desk.index_needs_rebuild else None, self._launch
        )

    def start(self) -> None:
        """Rebuild the index now (File > Rebuild search index)."""
        if not self.is_running():
            self._asked = True
            self._c.ops.run(
                lambda desk: desk.prepare_rebuild() if desk.writes_index else None, self._launch
            )

    def cancel(self) -> None:
        """Stop the rebuild; the current index stays and is rebuilt at the next start."""
        self._stop.set()

    def stop(self) -> None:
        """Cancel and wait for the thread (the window is closing the library)."""
        self._stop.set()
        self._job = None  # the library closes with it: nothing to finish
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _launch(self, job: IndexRebuildJob | None) -> None:
        if job is None or self.is_running():
            return
        self._job = job
        self._stop.clear()
        self._show_progress(0, 0)
        for widget in (self.label, self.bar, self.cancel_button):
            widget.show()
        self._thread = threading.Thread(
            target=self._run, args=(job,), name="claimdesk-reindex", daemon=True
        )
        self._thread.start()

    def _run(self, job: IndexRebuildJob) -> None:
        started, total = time.monotonic(), job.total
        try:

            def progress(done: int) -> None:
                if self._stop.is_set():
                    raise _Cancelled
                self.progressed.emit(done, total)

            count = job.run(progress)
        except _Cancelled:
            self.cancelled.emit()
        except ClaimDeskError as exc:
            self.failed.emit(exc.message)
        except Exception as exc:  # a bug: say so in one line, keep the library usable
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(count, time.monotonic() - started)
        finally:
            self.ended.emit(job)

    def _finish(self, job: IndexRebuildJob) -> None:
        if job is self._job:
            self._job = None
            self._c.ops.run(lambda desk: desk.finish_rebuild(job))

    def _show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total) if total else 0)
        self.label.setText(translate("IndexRebuild", "Rebuilding the search index…"))

    def _hide(self) -> None:
        for widget in (self.label, self.bar, self.cancel_button):
            widget.hide()

    def _done(self, count: int, seconds: float) -> None:
        self._hide()
        text = translate(
            "IndexRebuild", "Search index rebuilt: {count} records in {seconds} s."
        ).format(count=f"{count:,}", seconds=f"{seconds:.1f}")
        if self._asked:
            self._c.notices.show_info(text)
        else:  # unasked, it passes in the status bar: the message bar may say why it ran
            self._status.showMessage(text, DONE_SHOWN_MS)

    def _failed(self, message: str) -> None:
        self._hide()
        self._c.notices.show_error(
            translate("IndexRebuild", "The search index could not be rebuilt: {reason}").format(
                reason=message
            )
        )

    def _was_cancelled(self) -> None:
        self._hide()
        self._c.notices.show_info(
            translate(
                "IndexRebuild",
                "Rebuilding the search index was stopped; search may miss records until "
                "it is rebuilt (File > Rebuild search index).",
            )
        )
