"""The shortcut sheet (F1): every action with its keys, built from the actions themselves."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

# Keys handled by the reader itself rather than by an action.
EXTRA_KEYS = (
    ("Reader", "Down / Up", "next / previous sentence"),
    ("Reader", "click", "select the sentence (drag: any span)"),
    ("Search", "Down, Enter", "into the results, open the chosen one"),
    ("Search", "Escape", "close the results"),
)


class ShortcutSheetDialog(QDialog):
    """A non-modal table of the keyboard map."""

    def __init__(self, sections: Iterable[tuple[str, list[QAction]]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(560, 640)
        self.setModal(False)
        rows: list[str] = []
        for section, actions in sections:
            rows.append(f"<tr><th colspan=2 align=left><br>{html.escape(section)}</th></tr>")
            for action in actions:
                keys = ", ".join(
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
                )
                if keys:
                    name = action.text().replace("&", "").rstrip("…").rstrip(".")
                    rows.append(_row(keys, name))
        for section, keys, what in EXTRA_KEYS:
            rows.append(_row(keys, f"{what} ({section.lower()})"))
        browser = QTextBrowser(self)
        browser.setHtml(
            "<table cellspacing=0 cellpadding=4 width='100%'>" + "".join(rows) + "</table>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def _row(keys: str, what: str) -> str:
    return (
        f"<tr><td width='35%'><code>{html.escape(keys)}</code></td>"
        f"<td>{html.escape(what)}</td></tr>"
    )
