"""The question asked when another desk saved a claim while this one was editing it: their
change beside yours, field by field, and a choice between keeping theirs and saving yours."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.gui.common.i18n import translate
from claimdesk.gui.ops.edit_conflicts import ConflictCase, FieldDifference, shown_value

_QUOTE_CHARS = 90


def headline(case: ConflictCase) -> str:
    """The dialog's first line: "Changed by bob at 14:02 while you were editing."."""
    return translate("ConflictDialog", "Changed by {who} at {when} while you were editing.").format(
        who=case.who, when=case.when()
    )


def difference_line(row: FieldDifference) -> str:
    """One field in a line: "verdict: false ← yours: misleading"."""
    theirs = shown_value(row.field, row.theirs)
    if not row.you_changed:
        return translate("ConflictDialog", "{field}: {theirs} (you did not change it)").format(
            field=row.label, theirs=theirs
        )
    return translate("ConflictDialog", "{field}: {theirs} ← yours: {yours}").format(
        field=row.label, theirs=theirs, yours=shown_value(row.field, row.yours)
    )


class ConflictDialog(QDialog):
    """Window-modal: shows a :class:`ConflictCase`; :attr:`decided` says what the user chose
    (True: save mine). Closing it keeps theirs, and nothing of the user's is lost from sight:
    the window lists what was not saved."""

    decided = Signal(bool)

    def __init__(self, case: ConflictCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(translate("ConflictDialog", "Someone else changed this claim"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)
        self._decision: bool | None = None

        self.headline = QLabel(self)
        self.headline.setObjectName("conflictHeadline")
        self.headline.setWordWrap(True)
        bold = QFont(self.headline.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.headline.setFont(bold)
        self.quote = QLabel(self)
        self.quote.setObjectName("mutedText")
        self.quote.setWordWrap(True)
        self.intro = QLabel(
            translate(
                "ConflictDialog",
                "Nothing of yours is saved yet. Compare the two, then keep their version or save "
                "yours over it; the claim's history records either way.",
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 6, 0, 6)
        self._grid.setHorizontalSpacing(16)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(2, 1)
        self.footnote = QLabel(self)
        self.footnote.setObjectName("mutedText")
        self.footnote.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(translate("ConflictDialog", "Keep theirs"), self)
        self.save_button = QPushButton(translate("ConflictDialog", "Save mine"), self)
        for button in (self.keep_button, self.save_button):
            # A decision, not a reflex: Enter picks neither.
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.clicked.connect(lambda: self._decide(False))
        self.save_button.clicked.connect(lambda: self._decide(True))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        for widget in (self.headline, self.quote, self.intro, self._grid_host, self.footnote):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.set_case(case)

    def set_case(self, case: ConflictCase) -> None:
        """Show ``case`` (again, when a later refused edit of the claim joined it)."""
        self.case = case
        self.headline.setText(headline(case))
        quote = " ".join(case.current.quote.split())
        if len(quote) > _QUOTE_CHARS:
            quote = quote[: _QUOTE_CHARS - 1] + "…"
        self.quote.setText(f"“{quote}”")
        self._fill(case)
        self.footnote.setText(
            translate(
                "ConflictDialog",
                "Save mine writes the fields you changed; any field only {who} changed "
                "keeps {who}'s value.",
            ).format(who=case.who)
        )

    def lines(self) -> list[str]:
        """The differences shown, one a line."""
        return [difference_line(row) for row in self.case.differences()]

    def _fill(self, case: ConflictCase) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        headers = (
            "",
            translate("ConflictDialog", "Saved now by {who}").format(who=case.who),
            translate("ConflictDialog", "Yours, not saved"),
        )
        for column, text in enumerate(headers):
            self._grid.addWidget(self._cell(text, bold=True), 0, column)
        for row, diff in enumerate(case.differences(), start=1):
            label = self._cell(diff.label, muted=True)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(label, row, 0)
            theirs = shown_value(diff.field, diff.theirs)
            self._grid.addWidget(self._cell(theirs, bold=diff.they_changed), row, 1)
            if diff.you_changed:
                yours = self._cell(shown_value(diff.field, diff.yours), bold=True)
            else:
                yours = self._cell(translate("ConflictDialog", "you did not change it"), muted=True)
            self._grid.addWidget(yours, row, 2)

    def _cell(self, text: str, *, bold: bool = False, muted: bool = False) -> QLabel:
        label = QLabel(text, self._grid_host)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if bold:
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
        if muted:
            label.setObjectName("mutedText")
        return label

    def _decide(self, mine: bool) -> None:
        if self._decision is not None:
            return
        self._decision = mine
        self.decided.emit(mine)
        if mine:
            self.accept()
        else:
            super().reject()

    def reject(self) -> None:
        """Escape or the close button: keep theirs (the window lists what was not saved)."""
        self._decide(False)
