"""Imports of many files: one file a job on the worker, with progress and Cancel.

Folders are expanded on the worker too (walking a big tree is file work). Each file is its own
job, queued only when the previous one has finished: other work (a mark, a search) can run in
between, and Cancel takes effect after the file being read. A file read page by page (an
image or a scan, by OCR) tells each page as it goes, and Cancel stops it before the next page:
that file is then left out, nothing of it stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.importers import progress as import_progress
from claimdesk.core.importers.paths import expand_paths
from claimdesk.core.messages import localized
from claimdesk.core.model import ImportOutcome
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.ops.ops import Ops

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What one import (of files, folders or a pasted text) did."""

    outcomes: tuple[ImportOutcome, ...]
    found: int
    cancelled: bool = False

    def count(self, status: str) -> int:
        """How many outcomes have ``status`` (imported, duplicate, refused)."""
        return sum(1 for o in self.outcomes if o.status == status)

    def message(self) -> str:
        """One line for the message bar, e.g. ``200 files: 180 imported, 12 duplicates, …``."""
        if self.found == 0 and not self.cancelled:
            return translate(
                "ImportController", "No importable files found: ClaimDesk reads {formats}."
            ).format(formats=", ".join(_suffixes()))
        if len(self.outcomes) == 1 and self.found == 1:
            return _single_message(self.outcomes[0])
        parts = [
            translate("ImportController", "{count} imported").format(count=self.count("imported"))
        ]
        duplicates = self.count("duplicate")
        if duplicates == 1:
            parts.append(translate("ImportController", "{count} duplicate").format(count=1))
        elif duplicates:
            parts.append(
                translate("ImportController", "{count} duplicates").format(count=duplicates)
            )
        if self.count("merged"):
            parts.append(
                translate("ImportController", "{count} merged (interchange, fact-checks)").format(
                    count=self.count("merged")
                )
            )
        if self.count("refused"):
            parts.append(
                translate("ImportController", "{count} refused").format(count=self.count("refused"))
            )
        if self.cancelled and self.found == 1:
            head = translate("ImportController", "Import cancelled after {done} of {count} file")
        elif self.cancelled:
            head = translate("ImportController", "Import cancelled after {done} of {count} files")
        elif self.found == 1:
            head = translate("ImportController", "{count} file")
        else:
            head = translate("ImportController", "{count} files")
        head = head.format(done=len(self.outcomes), count=self.found)
        return f"{head}: {', '.join(parts)}."

    def refusals(self) -> list[str]:
        """``name: reason`` for each refused file (the reason alone when it names the file)."""
        lines = []
        for outcome in self.outcomes:
            if outcome.status != "refused":
                continue
            name = (
                Path(outcome.path).name
                if outcome.path
                else translate("ImportController", "pasted text")
            )
            reason = outcome.error or translate("ImportController", "refused")
            lines.append(reason if reason.startswith(name) else f"{name}: {reason}")
        return lines

    def article_to_open(self) -> str | None:
        """The article to show afterwards: only when a single file was imported (or found)."""
        if len(self.outcomes) != 1:
            return None
        return self.outcomes[0].id


# A page taken by its address (its outcome's path is the address asked for).
ADDRESS_SCHEMES = ("http://", "https://")


def _single_message(outcome: ImportOutcome) -> str:
    title = outcome.title or translate("ImportController", "the article")
    if outcome.status == "imported":
        return translate("ImportController", "Imported “{title}”.").format(title=title)
    if outcome.status == "duplicate" and (outcome.path or "").startswith(ADDRESS_SCHEMES):
        return translate(
            "ImportController",
            "“{title}” is already in the library: this capture is kept as its latest snapshot, "
            "and the article is open now.",
        ).format(title=title)
    if outcome.status == "duplicate":
        return translate(
            "ImportController", "“{title}” is already in the library: it is open now."
        ).format(title=title)
    name = Path(outcome.path).name if outcome.path else translate("ImportController", "The text")
    if outcome.status == "merged":  # an interchange file or a saved fact-check page
        return f"{name}: {localized(title)}."
    return f"{name}: {outcome.error}"


def _suffixes() -> list[str]:
    from claimdesk.core.importers import supported_suffixes

    return list(supported_suffixes())


class ImportController(QObject):
    """Runs a queue of files through ``desk.import_file``; emits progress and a summary."""

    # The 1-based number of the file being imported, the number found so far, its name.
    progress = Signal(int, int, str)
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops: Ops | None = None
        self._queue: list[Path] = []
        self._outcomes: list[ImportOutcome] = []
        self._found = 0
        self._expanding = 0
        self._in_flight = False
        self._cancelled = False
        self._reading: import_progress.Progress | None = None

    def is_running(self) -> bool:
        """True from :meth:`start` until :attr:`finished` is emitted."""
        return self._expanding > 0 or self._in_flight or bool(self._queue)

    def start(self, ops: Ops, paths: Sequence[Path]) -> None:
        """Import ``paths`` (files or folders); joins a running import if there is one."""
        if not self.is_running():
            self._ops = ops
            self._outcomes = []
            self._found = 0
            self._cancelled = False
        elif ops is not self._ops:
            return
        self._expanding += 1
        given = [Path(p) for p in paths]
        ops.run(
            lambda _desk: list(expand_paths(given)),
            self._add_files,
            on_error=self._expansion_failed,
        )

    def cancel(self) -> None:
        """Stop after the file being imported now (an image or scan: after its page)."""
        if self.is_running():
            self._cancelled = True
            if self._reading is not None:
                self._reading.cancel()

    def cancelled(self) -> bool:
        """True once :meth:`cancel` was asked during this import."""
        return self._cancelled

    def _add_files(self, files: list[Path]) -> None:
        self._expanding -= 1
        if not self._cancelled:
            self._queue.extend(files)
            self._found += len(files)
        self._next()

    def _expansion_failed(self, error: ClaimDeskError) -> None:
        self._expanding -= 1
        self._outcomes.append(ImportOutcome(path=None, status="refused", error=error.message))
        self._found += 1
        self._next()

    def _next(self) -> None:
        if self._in_flight:
            return
        if self._cancelled:
            self._queue.clear()
        if not self._queue:
            if self._expanding == 0:
                self._finish()
            return
        path = self._queue.pop(0)
        assert self._ops is not None
        self._in_flight = True
        number, found = len(self._outcomes) + 1, self._found
        self.progress.emit(number, found, path.name)

        def page(done: int, pages: int) -> None:
            # Called on the worker: the signal crosses to the GUI thread queued.
            if pages > 1 and done < pages:
                where = translate("ImportController", "{name}, page {page} of {pages}")
                self.progress.emit(
                    number, found, where.format(name=path.name, page=done + 1, pages=pages)
                )

        reading = import_progress.Progress(on_step=page)
        self._reading = reading

        def work(desk: Desk) -> tuple[ImportOutcome, bool]:
            with import_progress.reporting(reading):
                outcome = desk.import_file(path)
            return outcome, outcome.status == "refused" and reading.cancel_event.is_set()

        self._ops.run(
            work,
            lambda done: self._file_done(*done),
            on_error=lambda error: self._file_done(
                ImportOutcome(path=str(path), status="refused", error=error.message)
            ),
        )

    def _file_done(self, outcome: ImportOutcome, stopped: bool = False) -> None:
        self._in_flight = False
        self._reading = None
        if not stopped:  # a file stopped half read by Cancel is left out, as if not reached
            self._outcomes.append(outcome)
        self._next()

    def _finish(self) -> None:
        summary = ImportSummary(tuple(self._outcomes), self._found, self._cancelled)
        self._ops = None
        self.finished.emit(summary)
