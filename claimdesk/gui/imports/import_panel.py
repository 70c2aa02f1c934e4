"""The status-bar panel that shows an import's progress, with Cancel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from claimdesk.gui.common.i18n import translate

_NAME_CHARS = 60  # a name, and the page being read


class ImportPanel(QWidget):
    """``Importing 37 of 200 — name.pdf`` with a bar and a Cancel button; hidden when idle."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPanel")
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(translate("ImportPanel", "Cancel"), self)
        self.cancel_button.setToolTip(
            translate("ImportPanel", "Stop after the file or page being read now")
        )
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def show_progress(self, number: int, total: int, name: str) -> None:
        """File ``number`` of ``total`` (so far) is being imported."""
        if len(name) > _NAME_CHARS:
            name = name[: _NAME_CHARS - 1] + "…"
        if self.cancel_button.isEnabled():
            self.label.setText(
                translate("ImportPanel", "Importing {number} of {total} — {name}").format(
                    number=number, total=total, name=name
                )
            )
        self.label.setToolTip(name)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(number - 1)
        self.show()

    def finish(self) -> None:
        """The import is over: hide, ready for the next one."""
        self.hide()
        self.cancel_button.setEnabled(True)
        self.label.clear()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(translate("ImportPanel", "Cancelling…"))
        self.cancel_requested.emit()
