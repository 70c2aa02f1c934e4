"""The right pane: everything about the selected claim, edited in place and saved as you type."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QObject,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import ClaimKind, ClaimView, Status, Verdict
from claimdesk.gui.claims.evidence_panel import EvidencePanel
from claimdesk.gui.claims.quote_view import QuoteView
from claimdesk.gui.common.date_text import date_lines
from claimdesk.gui.common.form_scroll import FormScrollArea
from claimdesk.gui.common.history_panel import HistoryPanel
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.labels import label, not_rated
from claimdesk.gui.common.tags import parse_tags
from claimdesk.gui.ops.edit_conflicts import claim_values
from claimdesk.gui.ops.undo_commands import FieldEdit

TYPING_DEBOUNCE_MS = 400
# The most height the form asks as its minimum (it scrolls below that).
FORM_MIN_HEIGHT = 200
# Fields saved only once their value is complete, never at a pause in the typing.
WHOLE_VALUE_FIELDS = frozenset({"claimant"})


def _when(moment: dt.datetime) -> str:
    """``05 Mar 2024 14:02`` with the month in the UI language."""
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "dd MMM yyyy")
    return f"{day} {moment:%H:%M}"


def _small_text_edit(lines: int, parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 18
    edit.setFixedHeight(height)
    return edit


class InspectorView(QWidget):
    """Shows one claim; each change becomes a :class:`FieldEdit` (typing debounced)."""

    edit_requested = Signal(object)
    claim_shown = Signal(object)  # the ClaimView shown (or None), after every show_claim

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self._claim: ClaimView | None = None
        # The claim as the user has seen it: what edits name as the version they build on.
        self._seen: ClaimView | None = None
        self._committed: dict[str, Any] = {}
        self._loading = False
        self._burst = 0
        self._timers: dict[str, QTimer] = {}
        self._pending: set[str] = set()  # typed in, saved only on Enter, a pick or leaving
        # Values saved and not yet seen back in a refresh: a refresh that answers an earlier
        # save (arrow keys pressed in quick succession) must not undo the later presses.
        self._unechoed: dict[str, list[Any]] = {}

        self._stack = QStackedWidget(self)
        self._placeholder = QLabel(
            translate(
                "InspectorView",
                "No claim selected.\n\nSelect text in the article and press C (claim) or "
                "D (denial), or click a highlighted claim.",
            ),
            self,
        )
        self._placeholder.setWordWrap(True)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._placeholder.setObjectName("inspectorPlaceholder")
        self._form = QWidget(self)
        self._stack.addWidget(self._placeholder)
        # The form scrolls when the pane is short; at 960 x 640 it leaves the similar claims
        # below it room for a card and a third.
        self._scroll = FormScrollArea(self, max_min_height=FORM_MIN_HEIGHT)
        self._scroll.setWidget(self._form)
        self._stack.addWidget(self._scroll)

        heading = QLabel(translate("InspectorView", "CLAIM"), self)
        heading.setObjectName("paneHeading")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.addWidget(heading)
        outer.addWidget(self._stack, 1)
        self._build_form()

    # Building
    def _build_form(self) -> None:
        column = QVBoxLayout(self._form)
        column.setContentsMargins(0, 6, 0, 0)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        kinds = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[ClaimKind, QRadioButton] = {}
        for kind in ClaimKind:
            button = QRadioButton(label(kind), self._form)
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
            button.toggled.connect(self._on_kind_toggled)
        kinds.addStretch(1)
        form.addRow(translate("InspectorView", "kind"), kinds)

        self.claimant = QComboBox(self._form)
        self.claimant.setEditable(True)
        self.claimant_edit = QLineEdit(self.claimant)
        self.claimant.setLineEdit(self.claimant_edit)
        self.claimant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Sized to a few characters, not to the longest name known: a long name would widen
        # the inspector, and push the reader aside, the moment a claim is selected.
        self.claimant.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.claimant.setMinimumContentsLength(12)
        self.claimant_edit.setPlaceholderText(
            translate("InspectorView", "who says it (type a new name to add)")
        )
        self._claimant_names = QStringListModel(self)
        self.claimant.setModel(self._claimant_names)
        completer = QCompleter(self._claimant_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.claimant.setCompleter(completer)
        # A name is saved when it is complete: Enter, a completion picked, or leaving the
        # field; never at a pause in the typing ("Ru", "Russ" are not claimants).
        self.claimant_edit.textEdited.connect(lambda _: self._typed("claimant"))
        self.claimant_edit.returnPressed.connect(lambda: self._commit("claimant"))
        self.claimant.activated.connect(lambda _: self._commit("claimant"))
        completer.activated.connect(lambda _: self._commit("claimant"))
        form.addRow(translate("InspectorView", "claimant"), self.claimant)

        self.claim_text = _small_text_edit(3, self._form)
        self.claim_text.setPlaceholderText(
            translate("InspectorView", "a short neutral wording (defaults to the quote)")
        )
        form.addRow(translate("InspectorView", "claim"), self.claim_text)

        self.verdict = QComboBox(self._form)
        self.verdict.addItem(not_rated(), "")
        for verdict in Verdict:
            self.verdict.addItem(label(verdict), verdict.value)
        self.verdict.currentIndexChanged.connect(lambda _: self._commit("verdict"))
        form.addRow(translate("InspectorView", "verdict"), self.verdict)

        self.explanation = _small_text_edit(2, self._form)
        self.explanation.setPlaceholderText(translate("InspectorView", "why this verdict"))
        form.addRow(translate("InspectorView", "explanation"), self.explanation)

        self.status = QComboBox(self._form)
        for status in Status:
            self.status.addItem(label(status), status.value)
        self.status.currentIndexChanged.connect(lambda _: self._commit("status"))
        form.addRow(translate("InspectorView", "status"), self.status)

        self.tags = QLineEdit(self._form)
        self.tags.setPlaceholderText(translate("InspectorView", "comma, separated"))
        self.tags.textEdited.connect(lambda _: self._typed("tags"))
        form.addRow(translate("InspectorView", "tags"), self.tags)

        self.notes = _small_text_edit(4, self._form)
        form.addRow(translate("InspectorView", "notes"), self.notes)

        self.evidence = EvidencePanel(self._form)  # its buttons go to EvidenceActions
        form.addRow(translate("InspectorView", "evidence"), self.evidence)
        # A long list of evidence scrolls the form rather than heightening the window.
        self._scroll.set_elastic(self.evidence)

        # A long quote scrolls inside its field, never heightening the form.
        self.quote = QuoteView(self._form)
        form.addRow(translate("InspectorView", "quote"), self.quote)

        self.dates = QLabel(self._form)
        self.dates.setWordWrap(True)
        form.addRow(translate("InspectorView", "dates"), self.dates)

        self.footer = QLabel(self._form)
        self.footer.setObjectName("mutedText")
        self.footer.setWordWrap(True)
        column.addWidget(self.footer)
        self.history = HistoryPanel(self._form)  # opened and filled by the history controller
        column.addWidget(self.history)

        for name, edit in (
            ("claim_text", self.claim_text),
            ("explanation", self.explanation),
            ("notes", self.notes),
        ):
            edit.textChanged.connect(lambda name=name: self._typed(name))
        # The combo is its line edit's focus proxy: focus events reach the combo.
        self._watch_focus: dict[QObject, str] = {
            self.claimant: "claimant",
            self.claimant_edit: "claimant",
            self.claim_text: "claim_text",
            self.explanation: "explanation",
            self.notes: "notes",
            self.tags: "tags",
        }
        for widget in self._watch_focus:
            widget.installEventFilter(self)
        for name in set(self._watch_focus.values()):
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(TYPING_DEBOUNCE_MS)
            timer.timeout.connect(lambda name=name: self._commit(name))
            self._timers[name] = timer

    # Public
    def sizeHint(self) -> QSize:
        """Tall enough for the whole form, where the window has the room (it scrolls where
        not): the shell gives the inspector this height at a first start."""
        hint = super().sizeHint()
        chrome = hint.height() - self._stack.sizeHint().height()
        return QSize(hint.width(), max(hint.height(), chrome + self._scroll.sizeHint().height()))

    def claim(self) -> ClaimView | None:
        """The claim shown."""
        return self._claim

    def set_claimants(self, names: list[str]) -> None:
        """The names the claimant field completes from."""
        with_typed = self.claimant.currentText()
        self._loading = True
        try:
            self._claimant_names.setStringList(names)
            self.claimant.setEditText(with_typed)
        finally:
            self._loading = False

    def show_claim(self, claim: ClaimView | None) -> None:
        """Show ``claim`` (None: the placeholder); a refresh of the same claim keeps typing."""
        if claim is None or self._claim is None or claim.id != self._claim.id:
            self.flush()
            self._burst += 1
            self._claim = self._seen = claim
            self._unechoed.clear()
            if claim is None:
                self._committed = {}
                self._stack.setCurrentWidget(self._placeholder)
                self.claim_shown.emit(None)
                return
            self._committed = claim_values(claim)
            self._load(self._committed, only_idle=False)
            self._stack.setCurrentWidget(self._scroll)
        else:
            self._claim = claim
            values = claim_values(claim)
            typed_over = False
            for name, value in values.items():
                if self._awaiting_echo(name, value):
                    values[name] = self._committed[name]  # a later save is on its way
                elif not self._typing(name):
                    self._committed[name] = value
                elif value != self._committed.get(name):
                    typed_over = True
            # Another desk's change to a field still being typed in is not on screen: edits
            # keep naming the older version, so that saving them raises the conflict.
            if not typed_over:
                self._seen = claim
            self._load(values, only_idle=True)
        self._show_read_only(claim)
        self.evidence.show_evidence(claim.evidence)
        self.claim_shown.emit(claim)

    def reload_claim(self, claim: ClaimView) -> None:
        """Show ``claim`` as saved, dropping whatever is still being typed (after the user
        chose another desk's version, or an edit the library refused)."""
        for timer in self._timers.values():
            timer.stop()
        self._pending.clear()
        self._unechoed.clear()
        self._burst += 1
        if self._claim is None or self._claim.id != claim.id:
            self.show_claim(claim)
            return
        self._claim = self._seen = claim
        self._committed = claim_values(claim)
        self._load(self._committed, only_idle=False)
        self._show_read_only(claim)
        self.claim_shown.emit(claim)

    def restore_field(self, claim_id: str, name: str) -> None:
        """Show ``name`` of the claim as last read from the library again (an edit refused)."""
        if self._claim is None or self._claim.id != claim_id:
            return
        self._timers.get(name, QTimer()).stop()
        self._pending.discard(name)
        self._unechoed.pop(name, None)
        self._burst += 1
        value = claim_values(self._claim)[name]
        self._committed[name] = value
        self._load({name: value}, only_idle=False)

    def focus_claimant(self) -> None:
        """Put the cursor in the claimant field, its text selected."""
        self.claimant.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.claimant_edit.selectAll()

    def flush(self) -> None:
        """Commit every edit still waiting for its debounce."""
        for name, timer in self._timers.items():
            if timer.isActive() or name in self._pending:
                timer.stop()
                self._commit(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving a text field commits it and ends its typing burst."""
        if event.type() == QEvent.Type.FocusOut and watched in self._watch_focus:
            name = self._watch_focus[watched]
            self._timers[name].stop()
            self._commit(name)
            self._burst += 1
        return super().eventFilter(watched, event)

    # Reading and writing widgets
    def _load(self, values: dict[str, Any], *, only_idle: bool) -> None:
        self._loading = True
        try:
            for name, value in values.items():
                if only_idle and self._typing(name):
                    continue
                if self._read(name) != value:
                    self._write(name, value)
        finally:
            self._loading = False

    def _read(self, name: str) -> Any:
        if name == "kind":
            return next((k for k, b in self.kind_buttons.items() if b.isChecked()), None)
        if name == "claimant":
            return self.claimant.currentText().strip()
        if name in ("claim_text", "explanation", "notes"):
            return self._text_edit(name).toPlainText()
        if name == "verdict":
            data = self.verdict.currentData()
            return Verdict(data) if data else ""
        if name == "status":
            return Status(self.status.currentData())
        if name == "tags":
            return parse_tags(self.tags.text())
        raise KeyError(name)

    def _write(self, name: str, value: Any) -> None:
        if name == "kind":
            self.kind_buttons[value].setChecked(True)
        elif name == "claimant":
            self.claimant.setEditText(value)
        elif name in ("claim_text", "explanation", "notes"):
            self._text_edit(name).setPlainText(value)
        elif name == "verdict":
            self.verdict.setCurrentIndex(max(self.verdict.findData(str(value)), 0))
        elif name == "status":
            self.status.setCurrentIndex(max(self.status.findData(str(value)), 0))
        elif name == "tags":
            self.tags.setText(", ".join(value))

    def _text_edit(self, name: str) -> QPlainTextEdit:
        edits = {"claim_text": self.claim_text, "explanation": self.explanation}
        return edits.get(name, self.notes)

    def _show_read_only(self, claim: ClaimView) -> None:
        self.quote.set_quote(f"“{claim.quote}”")
        self.dates.setText(date_lines(claim.dates))
        when = {"created": _when(claim.created), "updated": _when(claim.updated)}
        if claim.orphaned:
            footer = translate(
                "InspectorView",
                "This claim's quote is no longer found in the text (orphaned). "
                "created {created} · updated {updated}",
            )
        else:
            footer = translate("InspectorView", "created {created} · updated {updated}")
        self.footer.setText(footer.format(**when))

    # Committing
    def _on_kind_toggled(self, checked: bool) -> None:
        if checked:
            self._commit("kind")

    def _typed(self, name: str) -> None:
        if self._loading or self._claim is None:
            return
        if name in WHOLE_VALUE_FIELDS:
            self._pending.add(name)
        else:
            self._timers[name].start()

    def _awaiting_echo(self, name: str, value: Any) -> bool:
        """True while a save of ours is on its way and ``value`` is not its answer: an earlier
        save's echo, or a refresh read before it landed (echoes come back in the order the
        saves were made; a refused save clears the list, see :meth:`restore_field`)."""
        sent = self._unechoed.get(name)
        if not sent:
            return False
        if value in sent:
            del sent[: sent.index(value) + 1]
        if not sent:
            del self._unechoed[name]
            return False
        return True

    def _typing(self, name: str) -> bool:
        """True while ``name`` holds typing not saved yet (a refresh must not overwrite it)."""
        return name in self._pending or self._timers.get(name, QTimer()).isActive()

    def _commit(self, name: str) -> None:
        if self._loading or self._claim is None:
            return
        self._pending.discard(name)
        new = self._read(name)
        old = self._committed.get(name)
        if new == old or new is None:
            return
        self._committed[name] = new
        self._unechoed.setdefault(name, []).append(new)
        self.edit_requested.emit(
            FieldEdit(
                self._claim.id, self._claim.article_id, name, old, new, self._burst, self._seen
            )
        )
