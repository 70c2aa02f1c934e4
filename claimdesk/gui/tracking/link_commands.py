"""Undoable links between claims: link (undo unlinks) and unlink (undo links again)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.model import ClaimView, LinkType
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.labels import label
from claimdesk.gui.ops.ops import Ops

# Called on the GUI thread after every desk call of a command, with the source claim.
LinksChanged = Callable[[ClaimView], None]


class _LinkStep(QUndoCommand):
    """One link between two claims, added or taken away; the inverse on undo."""

    adds = True

    def __init__(
        self, ops: Ops, source_id: str, target_id: str, type: LinkType, changed: LinksChanged
    ) -> None:
        if self.adds:
            text = translate("LinkClaimsCommand", "Link claims ({link})")
        else:
            text = translate("LinkClaimsCommand", "Unlink claims ({link})")
        super().__init__(text.format(link=label(type)))
        self._ops = ops
        self._ends = (source_id, target_id)
        self._type = type
        self._changed = changed
        self._failed = False

    def redo(self) -> None:
        """Do the step (nothing when it failed the first time)."""
        self._run(add=self.adds)

    def undo(self) -> None:
        """Take the step back."""
        self._run(add=not self.adds)

    def _run(self, *, add: bool) -> None:
        if self._failed:
            return
        source, target, kind = *self._ends, self._type

        def work(desk: Desk) -> ClaimView:
            if add:
                return desk.tracking.link_claims(source, target, kind)
            return desk.tracking.unlink_claims(source, target, kind)

        self._ops.run(work, self._changed, on_error=self._on_error)

    def _on_error(self, error: ClaimDeskError) -> None:
        # Refused (already linked, claim gone): the step never happened, so it does nothing.
        self._failed = True
        self.setObsolete(True)
        self._ops.failed.emit(error.message)


class LinkClaimsCommand(_LinkStep):
    """Link ``source`` to ``target`` ("source denies target"); undo removes the link."""

    adds = True


class UnlinkClaimsCommand(_LinkStep):
    """Remove a link; undo puts it back."""

    adds = False
