"""What the window does with a claim edit the library refused: another desk saved the claim
first (ask: keep theirs or save mine), or the team database is out of reach (show the saved
value again). Either way the undo stack ends up matching the library, and whatever the user
typed and did not get saved is listed in the message bar, never dropped unseen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from claimdesk.core.errors import ClaimDeskError, DatabaseUnreachable
from claimdesk.core.model import ArticleView
from claimdesk.gui.claims.conflict_dialog import ConflictDialog
from claimdesk.gui.claims.inspector_view import InspectorView
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.ops.edit_conflicts import (
    ConflictCase,
    Refused,
    Saved,
    VersionBook,
    change_values,
    field_label,
    save_edit,
    shown_value,
)
from claimdesk.gui.ops.undo_commands import Changed, EditClaimCommand, EditHooks

if TYPE_CHECKING:
    from claimdesk.gui.ops.context import WindowContext

# (command, "undo" or "redo"): a refused step waiting for the user's decision.
Step = tuple[EditClaimCommand, str]


@dataclass(slots=True)
class _Question:
    case: ConflictCase
    dialog: ConflictDialog
    steps: list[Step] = field(default_factory=list)


def prune_obsolete(stack: QUndoStack) -> None:
    """Take dropped steps next to the stack's index off it (Qt removes an obsolete command
    instead of undoing or redoing it)."""
    while stack.index() > 0 and stack.command(stack.index() - 1).isObsolete():
        stack.undo()
    while stack.index() < stack.count() and stack.command(stack.index()).isObsolete():
        stack.redo()


def unsaved_lines(case: ConflictCase) -> list[str]:
    """What the user tried to save, one field a line, in full."""
    return [
        _yours(field_label(name), shown_value(name, value, None))
        for name, value in change_values(case.attempted).items()
    ]


def _yours(field_name: str, value: str) -> str:
    return translate("RefusedEdits", "Your {field}: {value}").format(field=field_name, value=value)


class RefusedEdits(QObject):
    """Turns refused edits into a question (conflicts) or a restored field (offline)."""

    def __init__(self, context: WindowContext, inspector: InspectorView, changed: Changed) -> None:
        super().__init__(context.dialog_parent())
        self._c = context
        self._inspector = inspector
        self._changed = changed
        self.book = VersionBook()
        self._questions: dict[str, _Question] = {}

    def hooks(self) -> EditHooks:
        """What edit commands need to save and to report refusals here."""
        return EditHooks(self._changed, self.book, self.conflict, self.offline)

    def open_question(self, claim_id: str) -> ConflictDialog | None:
        """The conflict dialog waiting for a decision about ``claim_id``, if any."""
        question = self._questions.get(claim_id)
        return question.dialog if question else None

    # Conflicts
    def conflict(self, command: EditClaimCommand, undoing: bool, case: ConflictCase) -> None:
        """Another desk saved the claim first: ask, or add to the question already asked."""
        self._ask(case, [(command, "undo" if undoing else "redo")])

    def _ask(self, case: ConflictCase, steps: list[Step]) -> None:
        question = self._questions.get(case.claim_id)
        if question is not None:
            question.case = question.case.with_later(case)
            question.steps.extend(steps)
            question.dialog.set_case(question.case)
            return
        dialog = ConflictDialog(case, self._c.dialog_parent())
        self._questions[case.claim_id] = _Question(case, dialog, list(steps))
        dialog.decided.connect(lambda mine: self._decided(case.claim_id, mine))
        dialog.open()

    def _decided(self, claim_id: str, mine: bool) -> None:
        question = self._questions.pop(claim_id)
        question.dialog.deleteLater()
        if mine:
            self._save_mine(question.case, question.steps)
        else:
            self._keep_theirs(question.case, question.steps)

    def _keep_theirs(self, case: ConflictCase, steps: list[Step]) -> None:
        self._drop(steps)
        self._c.notices.show_info(
            translate(
                "RefusedEdits",
                "Kept {who}'s version of the claim; your change was not saved "
                "(it is under Details).",
            ).format(who=case.who),
            details=unsaved_lines(case),
        )
        self._show_saved(case)

    def _save_mine(self, case: ConflictCase, steps: list[Step]) -> None:
        book, claim_id = self.book, case.claim_id

        def done(outcome: Saved | Refused) -> None:
            if isinstance(outcome, Refused):
                self._ask(outcome.case, steps)  # yet another save came first: ask again
                return
            for command, step in steps:
                command.holder().resolved(step, case.current, outcome.view)
            self._c.notices.show_info(
                translate("RefusedEdits", "Saved your change over {who}'s.").format(who=case.who)
            )
            self._changed(case.current.article_id, claim_id)

        def failed(error: ClaimDeskError) -> None:
            self._drop(steps)
            reason = (
                translate("RefusedEdits", "the team database cannot be reached")
                if isinstance(error, DatabaseUnreachable)
                else error.message
            )
            self._c.notices.show_error(
                translate(
                    "RefusedEdits", "Your change was not saved: {reason} (it is under Details)."
                ).format(reason=reason),
                details=unsaved_lines(case),
            )

        self._c.ops.run(
            lambda desk: save_edit(desk, book, claim_id, case.attempted, case.current),
            done,
            on_error=failed,
        )

    def _drop(self, steps: list[Step]) -> None:
        for command, _ in steps:
            command.holder().drop()
        prune_obsolete(self._c.undo_stack)

    def _show_saved(self, case: ConflictCase) -> None:
        """The claim as the library has it, in the inspector and the reader."""
        inspected = self._inspector.claim()
        if inspected is not None and inspected.id == case.claim_id:
            self._inspector.reload_claim(case.current)
        article_id = case.current.article_id

        def shown(article: ArticleView) -> None:
            current = self._c.state.current_article()
            if current is not None and current.id == article.id:
                self._c.state.show_article(article, None, None)

        self._c.ops.run(lambda desk: desk.get_article(article_id), shown)

    # Offline
    def offline(self, command: EditClaimCommand, step: str, _reason: str) -> None:
        """The database is out of reach: the edit is refused, the field shows the saved value
        again and the undo stack stays where the library is (the banner gives the reason)."""
        holder, stack = command.holder(), self._c.undo_stack
        if step == "push" and holder is command and not holder.applied:
            holder.drop()
            prune_obsolete(stack)
        elif step == "undo":
            # The stack moved below the step but the library did not: move it back, silently.
            if stack.index() < stack.count() and stack.command(stack.index()) is holder:
                holder.skip_next = True
                stack.redo()
        elif step == "redo" and stack.index() > 0 and stack.command(stack.index() - 1) is holder:
            holder.skip_next = True
            stack.undo()
        edit = command.edit
        label = field_label(edit.field)
        value = edit.old if step == "undo" else edit.new
        self._inspector.restore_field(edit.claim_id, edit.field)
        self._c.notices.show_error(
            translate(
                "RefusedEdits",
                "Not saved: the team database cannot be reached, so {field} shows its saved "
                "value again (yours is under Details).",
            ).format(field=label),
            details=[_yours(label, shown_value(edit.field, value, None))],
        )
