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

from claimdesk.gui.common.i18n import tr_noop, translate

if TYPE_CHECKING:
    from claimdesk.gui.shell.main_window import MainWindow

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

# Names of the controls of other modules that have only an object name to go by (translated
# where given); any other object name is read out as its words ("contestedTable").
OBJECT_NAMES = {
    "linkList": tr_noop("Accessibility", "Linked claims"),
    "messageAction": tr_noop("Accessibility", "Message action"),
    "messageDetails": tr_noop("Accessibility", "Message details"),
    "contestedTable": tr_noop("Accessibility", "Contested claims"),
    "timelineList": tr_noop("Accessibility", "Timeline"),
    "aliasList": tr_noop("Accessibility", "Aliases"),
    "claimantClaims": tr_noop("Accessibility", "Claims of the claimant"),
    "claimantTable": tr_noop("Accessibility", "Claimants"),
    "mergeSuggestions": tr_noop("Accessibility", "Suggested merges"),
    "savedSearches": tr_noop("Accessibility", "Saved searches"),
    "facetTree": tr_noop("Accessibility", "Search filters"),
}


def _name(widget: QWidget | None, name: str) -> None:
    # A name set by the widget's owner is more precise than this generic one.
    if widget is not None and not widget.accessibleName():
        widget.setAccessibleName(name)


def name_controls(window: MainWindow) -> None:
    """Give the main window's label-less controls a name a screen reader can announce."""
    _name(window.search_box, translate("Accessibility", "Search articles and claims"))
    _name(window.search_results.list, translate("Accessibility", "Search results"))
    _name(window.library.categories, translate("Accessibility", "Library sections"))
    _name(window.library.filter, translate("Accessibility", "Filter articles by title or outlet"))
    _name(window.library.table, translate("Accessibility", "Articles"))
    _name(window.reader.text, translate("Accessibility", "Article text"))
    _name(window.orphans.list, translate("Accessibility", "Orphaned claims"))
    _name(window.message_bar.close_button, translate("Accessibility", "Close the message"))
    _name(window.message_bar.details, translate("Accessibility", "Message details"))
    # Looked up by name: the claim-tracking panel is built by its own module.
    _name(window.findChild(QWidget, "proposalList"), translate("Accessibility", "Similar claims"))
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
    placeholder text, or failing those its object name (:data:`OBJECT_NAMES`, else in words)."""
    for widget in unnamed_controls(root, visible_only=False):
        placeholder = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        close = translate("Accessibility", "Close") if text == "✕" else ""
        known = OBJECT_NAMES.get(widget.objectName())
        words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", widget.objectName()).strip().capitalize()
        words = translate("Accessibility", known) if known else words
        guess = widget.toolTip() or placeholder or close or words
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
