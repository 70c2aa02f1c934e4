"""The snapshot of an article taken by its address, in its properties: when it was captured,
from where, and the page to open or the WARC file to save."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.model.files import SnapshotView
from claimdesk.gui.common.i18n import translate

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk
    from claimdesk.gui.ops.context import WindowContext

# The page's kind, for the file it is opened from.
_SUFFIXES = {
    "text/html": ".html",
    "application/xhtml+xml": ".xhtml",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
}


def captured_line(view: SnapshotView, count: int = 1) -> str:
    """``Captured on 8 December 2026 at 02:06 UTC from https://…`` (and how many times)."""
    when = view.captured.astimezone(dt.UTC) if view.captured else None
    moment = (
        QLocale().toString(QDate(when.year, when.month, when.day), QLocale.FormatType.LongFormat)
        if when is not None
        else translate("SnapshotBox", "an unknown day")
    )
    line = translate("SnapshotBox", "Captured on {day} at {time} UTC from {url}").format(
        day=moment, time=when.strftime("%H:%M") if when else "--:--", url=view.url or "?"
    )
    if count > 1:
        line += " " + translate("SnapshotBox", "(the latest of {count} captures)").format(
            count=count
        )
    return line


def _read_page(desk: Desk, file_id: str) -> tuple[str, bytes]:
    from claimdesk.core.importers.warc import read_capture

    name, _media_type, data = desk.files.read(file_id)
    page = read_capture(data, name)
    return page.media_type, page.body


def _read_file(desk: Desk, file_id: str) -> bytes:

    return desk.files.read(file_id)[2]


class SnapshotBox(QWidget):
    """One line and two buttons; hidden for an article with no snapshot."""

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snapshotBox")
        self._c = context
        self._latest: SnapshotView | None = None
        self.alive = True  # False once its dialog is closed: late answers are dropped
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(translate("SnapshotBox", "Open page"), self)
        self.open_button.setToolTip(
            translate("SnapshotBox", "Open the page as it was received, in the system's viewer")
        )
        self.save_button = QPushButton(translate("SnapshotBox", "Save snapshot…"), self)
        self.save_button.setToolTip(
            translate("SnapshotBox", "Save the page as received, with its headers (a WARC file)")
        )
        self.open_button.clicked.connect(self.open_page)
        self.save_button.clicked.connect(self.save_snapshot)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.save_button)
        self.hide()

    def load(self, article_id: str) -> None:
        """Ask the worker for the article's snapshots; shown when there is one."""

        self._c.ops.run(lambda desk: desk.files.snapshots(article_id), self.show_snapshots)

    def show_snapshots(self, views: Sequence[SnapshotView]) -> None:
        """Say when the latest was captured (hidden when there is none)."""
        if not self.alive:
            return
        self._latest = views[0] if views else None
        if self._latest is None:
            self.hide()
            return
        self.label.setText(captured_line(self._latest, len(views)))
        self.label.setToolTip(self._latest.name)
        self.show()

    def open_page(self) -> None:
        """Write the page as received to a temporary file and open it."""
        latest = self._latest
        if latest is None:
            return
        self._c.ops.run(lambda desk: _read_page(desk, latest.id), self._opened)

    def _opened(self, page: tuple[str, bytes]) -> None:
        media_type, body = page
        folder = Path(tempfile.mkdtemp(prefix="claimdesk-page-"))
        path = folder / f"page{_SUFFIXES.get(media_type, '.html')}"
        path.write_bytes(body)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_snapshot(self) -> None:
        """Choose where to write the WARC file, then write it."""
        latest = self._latest
        if latest is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("SnapshotBox", "Save the snapshot"),
            latest.name,
            translate("SnapshotBox", "WARC files (*.warc.gz);;All files (*)"),
        )
        if not name:
            return
        self._c.ops.run(
            lambda desk: _read_file(desk, latest.id),
            lambda data: self._write(Path(name), data),
        )

    def _write(self, path: Path, data: bytes) -> None:
        from claimdesk.core.exporters.atomic import write_atomically

        try:
            write_atomically(path, data)
        except ClaimDeskError as exc:  # a folder, no room, no right to write there
            self._c.notices.show_error(exc.message)
            return
        self._c.notices.show_info(
            translate("SnapshotBox", "Saved the snapshot to {path}.").format(path=path)
        )
