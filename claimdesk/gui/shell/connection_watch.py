"""Whether the team database answers: a lasting banner while it does not, and a refresh once
it is back. What is already loaded stays on screen and readable all along."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.gui.ops.ops import Ops
from claimdesk.gui.shell.message_bar import MessageBar

log = logging.getLogger(__name__)

# English sources: shown through translate("ConnectionWatch", ...).
OFFLINE = tr_noop(
    "ConnectionWatch",
    "The team database cannot be reached: what you see stays readable; "
    "edits are not saved until it is back.",
)
BACK = tr_noop("ConnectionWatch", "Connected again.")


class ConnectionWatch(QObject):
    """Shows the offline banner on ``bar`` and asks the desk (``ping``) until it answers."""

    reconnected = Signal()

    def __init__(self, bar: MessageBar, ops: Callable[[], Ops]) -> None:
        super().__init__(bar)
        self._bar = bar
        self._ops = ops
        self._offline = False
        self._asking = False
        # The state is the banner's, not the user's to dismiss.
        bar.close_button.hide()

    @property
    def offline(self) -> bool:
        """True from a call that could not reach the database until a ping answers."""
        return self._offline

    def lost(self, reason: str) -> None:
        """A desk call could not reach the database: say so, plainly and lastingly."""
        if not self._offline:
            log.warning("team database unreachable: %s", reason)
        self._offline = True
        offline = translate("ConnectionWatch", OFFLINE)
        if self._bar.isHidden() or self._bar.text() != offline:
            self._bar.show_warning(offline, details=[reason])

    def check(self) -> None:
        """Ask whether the database answers again (the live refresh calls this every tick)."""
        if not self._offline or self._asking:
            return
        self._asking = True
        self._ops().run(lambda desk: desk.ping(), self._answered, on_error=self._no_answer)

    def reset(self) -> None:
        """Another library was opened: forget the state of the last one."""
        self._offline = self._asking = False
        self._bar.hide()

    def _answered(self, answers: bool) -> None:
        self._asking = False
        if answers and self._offline:
            self._offline = False
            log.info("team database reachable again")
            self._bar.show_info(translate("ConnectionWatch", BACK))
            self.reconnected.emit()

    def _no_answer(self, _error: object) -> None:
        # Opening the library itself failed: the next tick asks again.
        self._asking = False
