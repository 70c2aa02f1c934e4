"""Reports: the report dialog, the save dialog, then the write on the worker.

PDF is drawn by Qt (claimdesk.render.pdf) on the worker thread as well: the report is a
QTextDocument painted onto a QPdfWriter, no widget involved, and Qt's painting onto a paged
device and its text layout are safe off the GUI thread. Measured while the GUI thread kept
repainting a large text widget: twenty renders on the worker, every one with the same text as
a render on the GUI thread. So the window never blocks, even for a long library report.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from claimdesk.core.model import ArticleView
from claimdesk.gui.common.folders import open_folder
from claimdesk.gui.common.i18n import current_language, translate
from claimdesk.gui.reports.report_formats import (
    file_filter,
    fonts_message,
    suggested_name,
    with_suffix,
    written_message,
)
from claimdesk.gui.reports.report_scope import ReportRequest, write_report
from claimdesk.render.fonts import MissingScript

if TYPE_CHECKING:
    from claimdesk.gui.ops.context import WindowContext
    from claimdesk.gui.reports.report_dialog import ReportDialog


class ExportActions(QObject):
    """Opens the report dialog and writes what it asks for."""

    def __init__(self, context: WindowContext, current_query: Callable[[], str | None]) -> None:
        super().__init__(context.dialog_parent())
        self._c = context
        self._current_query = current_query  # the search the results pane shows, if any
        self._folder = Path.home()
        self.dialog: ReportDialog | None = None

    def export_report(self, *, whole_library: bool) -> ReportDialog:
        """Open the report dialog (this article, or every claim when ``whole_library``)."""
        return self.open_dialog("library" if whole_library else None)

    def open_dialog(self, scope: str | None = None) -> ReportDialog:
        """Show the report dialog, window-modal but not blocking; it is returned for tests."""
        if self.dialog is not None:
            self.dialog.close()
        from claimdesk.gui.reports.report_dialog import ReportDialog  # its exporters load when used

        dialog = ReportDialog(
            self._c.ops,
            self._c.state.current_article(),
            self._current_query(),
            scope=scope,
            parent=self._c.dialog_parent(),
        )
        dialog.accepted.connect(lambda: self._ask_file(dialog))
        dialog.finished.connect(lambda _: dialog.deleteLater())
        self.dialog = dialog
        dialog.destroyed.connect(lambda _=None: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: ReportDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _ask_file(self, dialog: ReportDialog) -> None:
        request, fmt = dialog.request(), dialog.fmt()
        stem = report_stem(request, self._c.state.current_article(), dt.date.today())
        name, _ = QFileDialog.getSaveFileName(
            self._c.dialog_parent(), translate("ExportActions", "Save the report"),
            str(self._folder / suggested_name(fmt, stem)),
            file_filter(fmt),
        )  # fmt: skip
        if name:
            self.write(request, fmt, with_suffix(Path(name), fmt))

    def write(self, request: ReportRequest, fmt: str, path: Path) -> None:
        """Write the report on the worker; the message bar says how many claims, with a link."""
        self._folder = path.parent

        def written(result: tuple[int, tuple[MissingScript, ...]]) -> None:
            count, missing = result
            warning = fonts_message(missing)
            if warning is not None:
                self._c.notices.show_warning(f"{written_message(count, path)} {warning}")
                return
            self._c.notices.show_info(
                written_message(count, path),
                (translate("ExportActions", "Open folder"), lambda: open_folder(path)),
            )

        self._c.ops.run(lambda desk: write_report(desk, request, fmt, path), written)

    def export_to(self, path: Path, fmt: str, article_id: str | None = None) -> None:
        """Write one article's report (every claim's when ``article_id`` is None), in the
        interface language."""
        kind = "article" if article_id else "library"
        self.write(ReportRequest(kind, article_id, language=current_language()), fmt, path)


def report_stem(request: ReportRequest, article: ArticleView | None, day: dt.date) -> str:
    """What the file is called: the article's title, or the scope, then the day it is
    written (``stoltenberg-la-nato-deve-2026-12-08``); shortened by :func:`suggested_name`."""
    if request.kind == "article" and article is not None and article.id == request.value:
        what = " ".join(article.title.split()[:6])
    elif request.kind == "library":
        what = translate("ExportActions", "claims")
    elif request.kind == "search":
        what = translate("ExportActions", "search {query}").format(query=request.value or "")
    else:
        what = f"{request.kind} {request.value or ''}"
    return f"{_ascii(what)[:48]}-{day.isoformat()}"


def _ascii(text: str) -> str:
    """Accents dropped, punctuation to dashes: a name every system and mail program keeps."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", folded).strip("-").lower()
