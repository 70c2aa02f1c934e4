"""Accessible names for controls that show no label text, and a check that none is missing.

A screen reader announces a control by its accessible name, its own visible text (buttons)
or the label whose buddy it is. Icon-only buttons, the search box, the lists and the reader
have none of these unless given a name here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QToolBar,
    QWidget,
)

if TYPE_CHECKING:
    from claimdesk.gui.main_window import MainWindow

INPUT_TYPES = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
    QAbstractButton,
)


def _name(widget: QWidget | None, name: str) -> None:
    # A name set by the widget's owner is more precise than this generic one.
    if widget is not None and not widget.accessibleName():
        widget.setAccessibleName(name)


def name_controls(window: MainWindow) -> None:
    """Give the main window's label-less controls a name a screen reader can announce."""
    _name(window.search_box, "Search articles and claims")
    _name(window.search_results.list, "Search results")
    _name(window.library.categories, "Library sections")
    _name(window.library.filter, "Filter articles by title or outlet")
    _name(window.library.table, "Articles")
    _name(window.reader.text, "Article text")
    _name(window.orphans.list, "Orphaned claims")
    _name(window.message_bar.close_button, "Close the message")
    _name(window.message_bar.details, "Message details")
    # Looked up by name: the claim-tracking panel is built by its own module.
    _name(window.findChild(QWidget, "proposalList"), "Similar claims")
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            text = action.text().replace("&", "").rstrip("…").strip()
            if isinstance(button, QAbstractButton) and text:
                _name(button, text)
    # Panes added by other modules after this call get names once the window is built.
    QTimer.singleShot(0, lambda: name_the_rest(window))


def name_the_rest(root: QWidget) -> None:
    """Name what is still unnamed from what a sighted user sees of it: its tool tip, its
    placeholder text, or failing those its object name in words ("contestedTable")."""
    for widget in unnamed_controls(root, visible_only=False):
        placeholder = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", widget.objectName()).strip().capitalize()
        guess = widget.toolTip() or placeholder or ("Close" if text == "✕" else "") or words
        if guess:
            widget.setAccessibleName(re.sub(r"<[^>]+>", "", guess).strip())


def _inside_compound(widget: QWidget, root: QWidget) -> bool:
    """The line edit of a combo or spin box, or a combo's popup list: the outer control's
    name covers it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget, *, visible_only: bool = True) -> list[QWidget]:
    """Focusable input widgets under ``root`` with no accessible name, no text of their own
    and no buddy label; ``visible_only`` leaves out those not shown now (Tab cannot reach
    them)."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUT_TYPES):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or _inside_compound(widget, root):
            continue
        if visible_only and not widget.isVisibleTo(root):
            continue
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and _visible_text(widget.text()):
            continue
        missing.append(widget)
    return missing


def _visible_text(text: str) -> bool:
    """Letters or digits: a lone symbol (✕, …) says nothing to a screen reader."""
    return any(ch.isalnum() for ch in text)


def describe(widget: QWidget) -> str:
    """``Type#objectName in Parent`` for failure messages."""
    parent = widget.parentWidget()
    where = f" in {type(parent).__name__}#{parent.objectName()}" if parent is not None else ""
    return f"{type(widget).__name__}#{widget.objectName()}{where}"
