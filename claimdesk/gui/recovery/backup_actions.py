"""File > Back up now… and File > Restore from backup…: a copy of the library on demand, and
putting a backup back in place of the library, which is closed, restored and reopened in the
same window (through the window's library switch, as the demo library is opened).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from claimdesk.core.backup_restore import (
    BackupInfo,
    RestoreOutcome,
    backups_folder,
    list_backups,
    restore_backup,
)
from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.library import LibraryLocation
from claimdesk.gui.common.folders import open_folder
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.recovery.backup_dialog import BackupDialog

if TYPE_CHECKING:
    from claimdesk.gui.ops.context import WindowContext


class BackupActions(QObject):
    """File > Back up now… and File > Restore from backup… (the shell ties its actions to
    :meth:`back_up_now` and :meth:`show_backups`), and the restore that reopens the library."""

    def __init__(
        self, context: WindowContext, switch_library: Callable[[Callable[[], Desk]], None]
    ) -> None:
        super().__init__(context.dialog_parent())
        self._c = context
        self._switch_library = switch_library  # the shell closes the library and opens another
        self.dialog: BackupDialog | None = None

    def _folder_library(self) -> LibraryLocation | None:
        location = self._c.ops.location
        if location is None or location.folder is None:
            self._c.notices.show_info(
                translate(
                    "BackupActions",
                    "A shared database is backed up and restored with its server's tools "
                    "(pg_dump, pg_restore).",
                )
            )
            return None
        return location

    # Back up now
    def back_up_now(self) -> None:
        """Ask where, then write the copy on the worker."""
        location = self._folder_library()
        if location is None:
            return
        folder = backups_folder(location)
        start = folder if folder.is_dir() else Path.home()
        name = f"claimdesk-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite"
        path, _ = QFileDialog.getSaveFileName(
            self._c.dialog_parent(),
            translate("BackupActions", "Back up the library"),
            str(start / name),
            translate("BackupActions", "ClaimDesk libraries (*.sqlite)"),
        )
        if path:
            self.back_up_to(Path(path))

    def back_up_to(self, path: Path) -> None:
        """Write a consistent copy of the library to ``path`` (the library stays open)."""
        if not path.suffix:
            path = path.with_suffix(".sqlite")

        def done(made: Path) -> None:
            self._c.notices.show_info(
                translate("BackupActions", "Library backed up to {path}.").format(path=made),
                (translate("BackupActions", "Open folder"), lambda: open_folder(made)),
            )

        self._c.ops.run(lambda desk: desk.backup(path), done)

    # Restore from backup
    def show_backups(self) -> None:
        """List the backups (read on the worker), then show them."""
        location = self._folder_library()
        if location is None:
            return
        self._c.ops.run(lambda desk: list_backups(desk.location), self._show_dialog)

    def _show_dialog(self, backups: list[BackupInfo]) -> None:
        location = self._c.ops.location
        if location is None:
            return
        dialog = BackupDialog(backups, backups_folder(location), self._c.dialog_parent())
        dialog.restore_requested.connect(self.restore)
        dialog.finished.connect(lambda _: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: BackupDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def restore(self, backup: Path) -> None:
        """Close the library, put ``backup`` in its place and open it again in this window.

        The restore runs on the new worker before it opens the library; a refused restore
        (the library open elsewhere, a damaged copy) leaves the library as it was, reopened.
        """
        location = self._c.ops.location
        if location is None:
            return
        pending = PendingRestore(location, backup)
        self._c.notices.show_info(translate("BackupActions", "Restoring the backup…"))
        self._switch_library(pending.open)
        # A library that then fails to open says so through the window, as at start-up.
        self._c.ops.opened.connect(lambda _: self._report(pending))

    def _report(self, pending: PendingRestore) -> None:
        done, pending.result = pending.result, None
        bar = self._c.notices
        if done is None:
            return
        if isinstance(done, ClaimDeskError):
            bar.show_error(done.message)
            return
        folder = (translate("BackupActions", "Open folder"), lambda: open_folder(done.restored))
        if done.kept is None:
            message = translate("BackupActions", "Library restored from {backup}.")
        else:
            message = translate(
                "BackupActions",
                "Library restored from {backup}. The library as it was is kept as {kept}.",
            )
        kept = done.kept.name if done.kept else ""
        bar.show_info(message.format(backup=done.restored.name, kept=kept), folder)


class PendingRestore:
    """The opener of a library to restore first: the restore runs once, on the worker."""

    def __init__(self, location: LibraryLocation, backup: Path) -> None:
        self.location = location
        self.backup = backup
        self.tried = False
        self.result: RestoreOutcome | ClaimDeskError | None = None

    def open(self) -> Desk:
        """Restore (the first time only), then open the library, restored or not."""
        if not self.tried:
            self.tried = True
            try:
                self.result = restore_backup(self.location, self.backup)
            except ClaimDeskError as exc:
                self.result = exc
        # A restored library's index is rebuilt by the window, with its progress shown.
        return Desk.open(self.location, rebuild_later=True)
