"""Exporting a claim report: ask scope and format, then the file; write it on the worker.

PDF is drawn by Qt (claimdesk.render.pdf) on the worker thread as well: the report is a
QTextDocument painted onto a QPdfWriter, no widget involved, and Qt's painting onto a paged
device and its text layout are safe off the GUI thread. Measured while the GUI thread kept
repainting a large text widget: twenty renders on the worker, every one with the same text as
a render on the GUI thread. So the window never blocks, even for a long library report.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from claimdesk.core.desk import Desk
from claimdesk.gui.export_dialog import (
    ExportDialog,
    file_filter,
    open_folder,
    suggested_name,
    with_suffix,
    written_message,
)

if TYPE_CHECKING:
    from claimdesk.gui.main_window import MainWindow


def write_report(desk: Desk, fmt: str, path: Path, article_id: str | None) -> int:
    """Write the report (runs on the worker); the number of claims written."""
    if fmt == "pdf":
        # Imported here: Qt's PDF machinery is only loaded when someone asks for a PDF.
        from claimdesk.render.pdf import export_pdf

        return export_pdf(desk.build_report(article_id=article_id), path)
    return desk.export(fmt, path, article_id=article_id)


class ExportActions(QObject):
    """The report dialog and the save dialog, then the write on the worker."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._folder = Path.home()

    def export_report(self, *, whole_library: bool) -> None:
        """Ask what to report (this article or all claims) and how, then where to save it."""
        article = self._w.current_article()
        dialog = ExportDialog(article, whole_library=whole_library, parent=self._w)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        fmt, article_id = dialog.fmt(), dialog.article_id()
        dialog.deleteLater()
        if not accepted:
            return
        suggested = suggested_name(fmt, article if article_id else None)
        name, _ = QFileDialog.getSaveFileName(
            self._w, "Save the report", str(self._folder / suggested), file_filter(fmt)
        )
        if name:
            self.export_to(with_suffix(Path(name), fmt), fmt, article_id)

    def export_to(self, path: Path, fmt: str, article_id: str | None = None) -> None:
        """Write the report on the worker; the message bar says how many claims, with a link."""
        self._folder = path.parent

        def written(count: int) -> None:
            self._w.message_bar.show_info(
                written_message(count, path), ("Open folder", lambda: open_folder(path))
            )

        self._w.ops.run(lambda desk: write_report(desk, fmt, path, article_id), written)
