"""Nothing is ever lost: the backup and restore actions, the notice shown when another
process keeps the library's search index, and its rebuild.

One object on the window holds them: the backup actions (File > Back up now…, File > Restore
from backup…), the index notice and the index rebuild, told by the shell each time a library
opens. The history of changes lives with the claims (claimdesk.gui.claims.history_controller).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStatusBar

from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.recovery.backup_actions import BackupActions
from claimdesk.gui.recovery.index_rebuild import IndexRebuild

if TYPE_CHECKING:
    from claimdesk.gui.ops.context import WindowContext

RECHECK_MS = 3000


def keeps_index(desk: Desk) -> bool:
    """Take the index over if its keeper has gone (catching it up), then say who keeps it."""
    desk.catch_up()
    return desk.writes_index


class IndexNotice(QObject):
    """A lasting message-bar notice while another process keeps the search index; it goes
    when this window takes the index over."""

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.dialog_parent())
        self._c = context
        self.showing = False
        self.timer = QTimer(self)
        self.timer.setInterval(RECHECK_MS)
        self.timer.timeout.connect(self.check)

    @staticmethod
    def text() -> str:
        """What the notice says."""
        return translate(
            "IndexNotice",
            "Another ClaimDesk window or command keeps this library's search index. Your "
            "edits are saved as usual; search finds them once that one catches up, or as soon "
            "as it closes.",
        )

    def check(self, *, when_idle: bool = True) -> None:
        """Ask the desk whether this window keeps the index (on the worker; by the timer
        only while it has nothing else to do)."""
        ops = self._c.ops
        if ops.location is not None and (ops.is_idle() or not when_idle):
            ops.run(keeps_index, self._show, on_error=self._ignore)

    def _show(self, keeps: bool) -> None:
        bar = self._c.notices
        if not keeps and not self.showing:
            self.showing = True
            bar.show_warning(self.text())
            self.timer.start()
        elif keeps and self.showing:
            self.showing = False
            self.timer.stop()
            if bar.isVisible() and bar.text() == self.text():
                bar.show_info(
                    translate(
                        "IndexNotice", "This window keeps the search index now: search is up "
                        "to date."
                    )
                )  # fmt: skip

    def reset(self) -> None:
        """Another library is opening: forget the notice."""
        self.showing = False
        self.timer.stop()

    def _ignore(self, _error: ClaimDeskError) -> None:
        pass  # the next look asks again; a lost team database has its own banner


class RecoveryActions(QObject):
    """Backups, the index notice and the index rebuild of one window."""

    def __init__(
        self,
        context: WindowContext,
        status_bar: QStatusBar,
        switch_library: Callable[[Callable[[], Desk]], None],
    ) -> None:
        super().__init__(context.dialog_parent())
        self.backups = BackupActions(context, switch_library)
        self.index_notice = IndexNotice(context)
        self.index_rebuild = IndexRebuild(context, status_bar)

    def library_opened(self) -> None:
        """The window opened a library (at start, or after a switch or a restore)."""
        self.index_notice.reset()
        self.index_notice.check(when_idle=False)
        self.index_rebuild.library_opened()
