"""What the window does with a claim's evidence: add a link, a file or a note, edit, reorder and
remove, each one undoable step; open a link in the browser or a kept file in its program."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QUndoCommand
from PySide6.QtWidgets import QDialog, QFileDialog

from claimdesk.core.desk import Desk
from claimdesk.core.desk.evidence import read_evidence_file
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.model import ClaimView, Evidence, EvidenceKind
from claimdesk.core.services.evidence import EvidenceInput
from claimdesk.gui.claims.evidence_panel import EvidenceDialog, EvidencePanel
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.ops.ops import Ops

if TYPE_CHECKING:
    from claimdesk.gui.ops.context import WindowContext

# After every step: the claim as the library has it now.
Shown = Callable[[ClaimView], None]


class EvidenceStep(QUndoCommand):
    """One change to a claim's evidence, with the desk calls that do and undo it."""

    def __init__(
        self,
        text: str,
        ops: Ops,
        do: Callable[[Desk], ClaimView],
        undo: Callable[[Desk], ClaimView],
        shown: Shown,
    ) -> None:
        super().__init__(text)
        self._ops, self._do, self._undo, self._shown = ops, do, undo, shown
        self._failed = False

    def redo(self) -> None:
        """Do the change (nothing when it was refused the first time)."""
        if not self._failed:
            self._ops.run(self._do, self._shown, on_error=self._refused)

    def undo(self) -> None:
        """Take the change back."""
        if not self._failed:
            self._ops.run(self._undo, self._shown)

    def _refused(self, error: ClaimDeskError) -> None:
        self._failed = True
        self.setObsolete(True)
        self._ops.failed.emit(error.message)


class EvidenceActions(QObject):
    """Ties the inspector's evidence panel to the desk, through the undo stack."""

    def __init__(
        self,
        context: WindowContext,
        panel: EvidencePanel,
        claim: Callable[[], ClaimView | None],
        shown: Shown,
    ) -> None:
        super().__init__(context.dialog_parent())
        self._c = context
        self._panel = panel
        self._claim = claim  # the claim the inspector shows
        self._shown = shown  # shows the claim again once a step is done
        panel.add_requested.connect(lambda kind: self.add(EvidenceKind(kind)))
        panel.edit_requested.connect(self.edit)
        panel.remove_requested.connect(self.remove)
        panel.move_requested.connect(self.move)
        panel.open_requested.connect(self.open)
        self.dialog: EvidenceDialog | None = None  # the dialog on screen, for tests

    def add(self, kind: EvidenceKind, path: Path | None = None) -> None:
        """Ask for a link, a file (``path``, or chosen in a file dialog) or a note; add it."""
        claim = self._claim()
        if claim is None:
            return
        if kind is EvidenceKind.FILE and path is None:
            name, _ = QFileDialog.getOpenFileName(
                self._c.dialog_parent(), translate("EvidenceActions", "Evidence: a file")
            )
            if not name:
                return
            path = Path(name)
        answer = self._ask(kind, file_name=path.name if path else "")
        if answer is None:
            return
        source, title, note, consulted = answer
        given = EvidenceInput(
            url=source if kind is EvidenceKind.URL else None,
            file_name=source if kind is EvidenceKind.FILE else None,
            source=source if kind is EvidenceKind.NOTE else None,
            title=title,
            note=note,
            consulted=consulted,
        )
        claim_id = claim.id
        added: list[str] = []

        read: list[bytes] = []  # a file is read once, on the worker, and kept for a redo

        def do(desk: Desk) -> ClaimView:
            if path is not None and kind is EvidenceKind.FILE and not read:
                read.append(read_evidence_file(path))  # refused in one line when unreadable
            chosen = replace(given, file_data=read[0]) if read else given
            view = desk.evidence.add_evidence(claim_id, chosen)
            added[:] = [view.evidence[-1].id]
            return view

        def undo(desk: Desk) -> ClaimView:
            return desk.evidence.remove_evidence(added[0])[0]

        self._push(translate("EvidenceActions", "Add evidence"), do, undo)

    def edit(self, evidence: Evidence) -> None:
        """Change a piece of evidence (its file's bytes stay)."""
        answer = self._ask(evidence.kind, existing=evidence)
        if answer is None:
            return
        source, title, note, consulted = answer
        old = evidence

        def do(desk: Desk) -> ClaimView:
            return desk.evidence.update_evidence(
                old.id, source=source, title=title, note=note, consulted=consulted,
                clear_consulted=consulted is None,
            )  # fmt: skip

        def undo(desk: Desk) -> ClaimView:
            return desk.evidence.update_evidence(
                old.id, source=old.source, title=old.title, note=old.note,
                consulted=old.consulted, clear_consulted=old.consulted is None,
            )  # fmt: skip

        self._push(translate("EvidenceActions", "Edit evidence"), do, undo)

    def remove(self, evidence: Evidence) -> None:
        """Remove a piece of evidence; undo puts it back in its place, file included."""
        claim = self._claim()
        if claim is None:
            return
        claim_id = claim.id
        kept: list[bytes] = []

        def do(desk: Desk) -> ClaimView:
            if evidence.file_sha256 is not None and not kept:
                kept.append(desk.evidence.evidence_file(evidence.file_sha256))
            return desk.evidence.remove_evidence(evidence.id)[0]

        def undo(desk: Desk) -> ClaimView:
            return desk.evidence.restore_evidence(claim_id, evidence, kept[0] if kept else None)

        self._push(translate("EvidenceActions", "Remove evidence"), do, undo)

    def move(self, evidence: Evidence, to: int) -> None:
        """Move a piece of evidence to place ``to``; undo moves it back."""
        listed = [e.id for e in self._panel.evidence()]
        back = listed.index(evidence.id) if evidence.id in listed else evidence.position

        def do(desk: Desk) -> ClaimView:
            return desk.evidence.move_evidence(evidence.id, to)

        def undo(desk: Desk) -> ClaimView:
            return desk.evidence.move_evidence(evidence.id, back)

        self._push(translate("EvidenceActions", "Move evidence"), do, undo)

    def open(self, evidence: Evidence) -> None:
        """A link in the browser, a kept file in its program, a note in the editor."""
        if evidence.kind is EvidenceKind.URL:
            QDesktopServices.openUrl(QUrl(evidence.source))
        elif evidence.kind is EvidenceKind.FILE and evidence.file_sha256 is not None:
            sha, name = evidence.file_sha256, Path(evidence.source).name or "file"
            self._c.ops.run(
                lambda desk: desk.evidence.evidence_file(sha), lambda data: _show(sha, name, data)
            )
        else:
            self.edit(evidence)

    def _ask(
        self, kind: EvidenceKind, *, existing: Evidence | None = None, file_name: str = ""
    ) -> tuple[str, str, str, dt.date | None] | None:
        dialog = EvidenceDialog(
            kind, self._c.dialog_parent(), existing=existing, file_name=file_name
        )
        self.dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.values()
        finally:
            self.dialog = None
            dialog.deleteLater()

    def _push(
        self, text: str, do: Callable[[Desk], ClaimView], undo: Callable[[Desk], ClaimView]
    ) -> None:
        self._c.undo_stack.push(EvidenceStep(text, self._c.ops, do, undo, self._shown))


def _show(sha: str, name: str, data: bytes) -> None:
    """Write a kept file where the system's programs can open it, then open it."""
    folder = Path(tempfile.gettempdir()) / "claimdesk-evidence" / sha[:16]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if not path.exists() or path.stat().st_size != len(data):
        path.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
