"""The dialog for taking a page by its address: the address, then a fetch with Cancel.

The dialog only asks and shows: the fetch runs on the worker, started by whoever listens to
:attr:`AddressDialog.fetch_requested`, and :meth:`AddressDialog.fetch_failed` brings the
dialog back with the one-line reason so that the address can be corrected. Cancel while a
fetch runs asks it to stop (:meth:`cancel_requested`) and closes the dialog.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.importers.fetch import looks_like_address
from claimdesk.gui.common.i18n import translate


def clipboard_address() -> str:
    """The clipboard's text when it is a web address (one line), else an empty string."""
    clipboard = QGuiApplication.clipboard()
    text = clipboard.text().strip() if clipboard is not None else ""
    return text if looks_like_address(text) and not any(c.isspace() for c in text) else ""


class AddressDialog(QDialog):
    """``Address: [https://…]``, then ``Fetching www.example.org…`` with a busy bar."""

    fetch_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AddressDialog", "Import from an address"))
        self.stop = threading.Event()  # set by Cancel: the fetch asks it between chunks
        intro = QLabel(
            translate(
                "AddressDialog",
                "ClaimDesk fetches the page, imports its article and keeps the page as it "
                "was received (its snapshot), with the moment it was captured.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText("https://www.example.org/news/article")  # i18n: not prose
        self.address.setMinimumWidth(self.address.fontMetrics().averageCharWidth() * 64)
        self.address.setText(clipboard_address())
        self.address.selectAll()
        self.address.textChanged.connect(self._hide_message)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # no end known: a moving bar
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        form = QFormLayout()
        form.addRow(translate("AddressDialog", "&Address"), self.address)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(translate("AddressDialog", "Import"))
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Grows with a long reason instead of cutting it off.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    def url(self) -> str:
        """The address as typed, trimmed."""
        return self.address.text().strip()

    def fetching(self) -> bool:
        """True from the moment Import was pressed until the fetch ends or is cancelled."""
        return not self.address.isEnabled()

    def problem(self) -> str | None:
        """What stops a fetch before it starts, in one line, or None."""
        url = self.url()
        if not url:
            return translate(
                "AddressDialog", "The address is empty: paste the page's address (https://…)."
            )
        if not looks_like_address(url) or any(c.isspace() for c in url):
            return translate(
                "AddressDialog",
                "“{url}” is not a web address: give one that starts with https:// or http://.",
            ).format(url=url)
        return None

    def fetch_failed(self, reason: str) -> None:
        """The fetch was refused: the dialog is editable again and says why."""
        self._set_fetching(False)
        self._say(reason, error=True)
        self.address.setFocus()

    def reject(self) -> None:
        """Close; a fetch under way is asked to stop and its page is not kept."""
        self.stop.set()
        super().reject()

    def _start(self) -> None:
        problem = self.problem()
        if problem:
            self._say(problem, error=True)
            return
        self.stop.clear()
        self._set_fetching(True)
        host = self.url().split("//", 1)[-1].split("/", 1)[0]
        self._say(translate("AddressDialog", "Fetching {host}…").format(host=host), error=False)
        self.fetch_requested.emit(self.url())

    def _set_fetching(self, on: bool) -> None:
        self.address.setEnabled(not on)
        self.import_button.setEnabled(not on)
        self.busy.setVisible(on)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setObjectName("errorText" if error else "")
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()
        self.adjustSize()

    def _hide_message(self) -> None:
        if not self.fetching():
            self.message.hide()
