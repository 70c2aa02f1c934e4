"""Bringing articles in: files, folders, drops and pasted text; then each new article's
details are shown for confirming (:class:`ConfirmStep`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from claimdesk.core.importers import supported_suffixes
from claimdesk.core.model import ArticleMeta
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.imports.address_actions import AddressActions
from claimdesk.gui.imports.confirm_step import ConfirmStep
from claimdesk.gui.imports.import_controller import ImportController, ImportSummary
from claimdesk.gui.imports.import_panel import ImportPanel
from claimdesk.gui.imports.paste_dialog import PasteDialog

if TYPE_CHECKING:
    from claimdesk.gui.ops.context import WindowContext


def import_filter() -> str:
    """The open dialog's filter: every format the importers read."""
    patterns = " ".join(f"*{suffix}" for suffix in supported_suffixes())
    articles = translate("ImportActions", "Articles ({patterns})").format(patterns=patterns)
    everything = translate("ImportActions", "All files (*)")
    return f"{articles};;{everything}"


class ImportActions(QObject):
    """Import files, a folder or pasted text; report the outcome and open the new article."""

    def __init__(
        self, context: WindowContext, importer: ImportController, panel: ImportPanel
    ) -> None:
        super().__init__(context.dialog_parent())
        self._c = context
        self._importer = importer
        self._panel = panel
        # File > Import from address… (the shell connects the action to it).
        self.address = AddressActions(context, self.after_import)
        self.confirm = ConfirmStep(context)

    def import_files(self) -> None:
        """Choose files and import them."""
        names, _ = QFileDialog.getOpenFileNames(
            self._c.dialog_parent(),
            translate("ImportActions", "Import articles"),
            "",
            import_filter(),
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def import_folder(self) -> None:
        """Choose a folder and import every article file in it and its subfolders."""
        name = QFileDialog.getExistingDirectory(
            self._c.dialog_parent(), translate("ImportActions", "Import a folder of articles")
        )
        if name:
            self.import_paths([Path(name)])

    def import_paths(self, paths: list[Path]) -> None:
        """Import files and folders on the worker, one file a job, with progress and Cancel."""
        self._importer.start(self._c.ops, paths)

    def paste_article(self) -> None:
        """Ask for an article's text and metadata, then import it."""
        dialog = PasteDialog(self._c.dialog_parent())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        text, meta = dialog.article_text(), dialog.meta()
        dialog.deleteLater()
        if not accepted:
            return
        # What the dialog already asked needs no confirming, unless something was left out.
        confirm = not _told_everything(meta)
        self._c.ops.run(
            lambda desk: desk.import_text(text, meta),
            lambda outcome: self.after_import(ImportSummary((outcome,), 1), confirm=confirm),
        )

    def after_import(self, summary: ImportSummary, *, confirm: bool = True) -> None:
        """Say what was imported (or refused), open the new article, then show each new
        article's details for confirming (unless not ``confirm``)."""
        self._panel.finish()
        message, refusals = summary.message(), summary.refusals()
        if refusals and len(summary.outcomes) == 1:
            self._c.notices.show_error(message)
        elif refusals:
            self._c.notices.show_warning(message, refusals)
        else:
            self._c.notices.show_info(message)
        article_id = summary.article_to_open()
        if article_id is not None:
            self._c.state.open_article(article_id)
        if confirm:
            self.confirm.offer(summary.outcomes)


def _told_everything(meta: ArticleMeta) -> bool:
    """True when the paste dialog was given a title, an outlet, a language and a date."""
    return all((meta.title, meta.outlet, meta.language, meta.published))
