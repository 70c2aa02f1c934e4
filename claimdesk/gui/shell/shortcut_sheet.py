"""The shortcut sheet (F1): every action with its keys, built from the actions themselves."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from claimdesk.gui.common.i18n import tr_noop, translate

# Keys handled by the reader itself rather than by an action (translated where shown).
EXTRA_KEYS = (
    (tr_noop("ShortcutSheetDialog", "reader"), tr_noop("ShortcutSheetDialog", "Down / Up"),
     tr_noop("ShortcutSheetDialog", "next / previous sentence")),
    (tr_noop("ShortcutSheetDialog", "reader"), tr_noop("ShortcutSheetDialog", "click"),
     tr_noop("ShortcutSheetDialog", "select the sentence (drag: any span)")),
    (tr_noop("ShortcutSheetDialog", "search"), tr_noop("ShortcutSheetDialog", "Down, Enter"),
     tr_noop("ShortcutSheetDialog", "into the results, open the chosen one")),
    (tr_noop("ShortcutSheetDialog", "search"), tr_noop("ShortcutSheetDialog", "Escape"),
     tr_noop("ShortcutSheetDialog", "close the results")),
)  # fmt: skip


def menu_sections(bar: QMenuBar) -> list[tuple[str, list[QAction]]]:
    """Each menu of the bar with its actions (submenus' too), in menu order: the sheet then
    lists every command a menu holds, whichever controller added it."""
    sections = []
    for entry in bar.actions():
        menu = entry.menu()
        if isinstance(menu, QMenu):
            sections.append((menu.title(), _actions_of(menu)))
    return sections


def _actions_of(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        found.extend(_actions_of(sub) if isinstance(sub, QMenu) else [action])
    return found


class ShortcutSheetDialog(QDialog):
    """A non-modal table of the keyboard map."""

    def __init__(self, sections: Iterable[tuple[str, list[QAction]]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutSheetDialog", "Keyboard shortcuts"))
        self.resize(560, 640)
        self.setModal(False)
        rows: list[str] = []
        for section, actions in sections:
            title = html.escape(section.replace("&", ""))
            rows.append(f"<tr><th colspan=2 align=left><br>{title}</th></tr>")
            for action in actions:
                text, _, shown_key = action.text().partition("\t")  # a key the view handles
                # Return and Enter both read "Invio" in Italian: each name once.
                names = dict.fromkeys(
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
                )
                keys = ", ".join(names) or shown_key
                if keys:
                    name = text.replace("&", "").rstrip("…").rstrip(".")
                    rows.append(_row(keys, name))
        for section, keys, what in EXTRA_KEYS:
            where = translate("ShortcutSheetDialog", "{what} ({section})").format(
                what=translate("ShortcutSheetDialog", what),
                section=translate("ShortcutSheetDialog", section),
            )
            rows.append(_row(translate("ShortcutSheetDialog", keys), where))
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
