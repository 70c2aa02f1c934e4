"""Every command of the main window as a QAction with its shortcut, and the menus that hold them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap, QUndoStack
from PySide6.QtWidgets import QMenuBar, QWidget

from claimdesk.core.model import ClaimKind
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.palette import kind_colour


@dataclass(frozen=True, slots=True)
class WindowActions:
    """The window's actions; reader actions only fire while the reader has focus."""

    import_files: QAction
    import_folder: QAction
    paste_article: QAction
    import_address: QAction
    export_report: QAction
    export_library: QAction
    open_demo: QAction
    back_up: QAction
    restore_backup: QAction
    rebuild_index: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    mark_claim: QAction
    mark_denial: QAction
    delete_claim: QAction
    attach_claim: QAction
    article_properties: QAction
    edit_text: QAction
    article_history: QAction
    find: QAction
    next_sentence: QAction
    previous_sentence: QAction
    next_claim: QAction
    previous_claim: QAction
    accept_suggestion: QAction
    dismiss_suggestion: QAction
    next_suggestion: QAction
    previous_suggestion: QAction
    focus_library: QAction
    focus_reader: QAction
    shortcuts: QAction
    settings: QAction
    user_guide: QAction

    def reader_actions(self) -> list[QAction]:
        """Actions on single letters: scoped to the reader so typing elsewhere is safe."""
        return [
            self.mark_claim,
            self.mark_denial,
            self.delete_claim,
            self.attach_claim,
            self.next_sentence,
            self.previous_sentence,
            self.next_claim,
            self.previous_claim,
            self.accept_suggestion,
            self.dismiss_suggestion,
            self.next_suggestion,
            self.previous_suggestion,
        ]

    def sections(self) -> list[tuple[str, list[QAction]]]:
        """Menu sections (titles with their mnemonic), also used for the shortcut sheet."""
        return [
            (translate("WindowActions", "&File"), [
                self.import_files, self.import_folder, self.paste_article, self.import_address,
                self.export_report,
                self.export_library, self.open_demo, self.back_up, self.restore_backup,
                self.rebuild_index, self.quit]),
            (translate("WindowActions", "&Edit"), [
                self.undo, self.redo, self.mark_claim, self.mark_denial, self.delete_claim,
                self.accept_suggestion, self.dismiss_suggestion, self.find, self.settings]),
            (translate("WindowActions", "&Article"), [
                self.article_properties, self.edit_text, self.article_history,
                self.attach_claim]),
            (translate("WindowActions", "&Go"), [
                self.next_sentence, self.previous_sentence, self.next_claim, self.previous_claim,
                self.next_suggestion, self.previous_suggestion, self.focus_library,
                self.focus_reader]),
            (translate("WindowActions", "&Help"), [self.shortcuts, self.user_guide]),
        ]  # fmt: skip


def kind_icon(kind: ClaimKind) -> QIcon:
    """A small swatch of the kind's colour, with its underline style, for buttons."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = kind_colour(kind)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(2, 2, 12, 12), 3, 3)
    painter.end()
    return QIcon(pixmap)


def _action(
    parent: QObject, text: str, keys: list[str] | str | None = None, tip: str = ""
) -> QAction:
    action = QAction(text, parent)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in ([keys] if isinstance(keys, str) else keys)])
    if tip:
        action.setStatusTip(tip)
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
    return action


def build_actions(window: QWidget, reader: QWidget, undo_stack: QUndoStack) -> WindowActions:
    """Create the actions; the caller connects them."""
    undo = undo_stack.createUndoAction(window, translate("WindowActions", "Undo"))
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    redo = undo_stack.createRedoAction(window, translate("WindowActions", "Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    w = window
    actions = WindowActions(
        import_files=_action(w, translate("WindowActions", "&Import files…"), "Ctrl+I",
                             translate("WindowActions", "Import articles from files")),
        import_folder=_action(w, translate("WindowActions", "Import &folder…"), "Ctrl+Shift+I",
                              translate("WindowActions", "Import every article file in a "
                                        "folder and its subfolders")),
        paste_article=_action(w, translate("WindowActions", "&Paste an article…"), "Ctrl+Shift+V",
                              translate("WindowActions", "Paste an article's text")),
        import_address=_action(w, translate("WindowActions", "Import from &address…"),
                               "Ctrl+Shift+O",
                               translate("WindowActions", "Fetch a page by its address and keep "
                                         "it as it was received")),
        export_report=_action(w, translate("WindowActions", "&Export report…"), "Ctrl+E",
                              translate("WindowActions",
                                        "Export the claims of this article (or all) as a report")),
        export_library=_action(w, translate("WindowActions", "Export &library report…"),
                               "Ctrl+Shift+E",
                               translate("WindowActions", "Export every claim in the library")),
        open_demo=_action(w, translate("WindowActions", "Open the &demo library"), "Ctrl+Shift+D",
                          translate("WindowActions",
                                    "A fresh temporary library with the demo articles")),
        back_up=_action(w, translate("WindowActions", "&Back up now…"), "Ctrl+Shift+B",
                        translate("WindowActions",
                                  "Write a consistent copy of the library to a file")),
        restore_backup=_action(w, translate("WindowActions", "&Restore from backup…"),
                               "Ctrl+Shift+R",
                               translate("WindowActions",
                                         "Put a backup of the library in its place")),
        rebuild_index=_action(w, translate("WindowActions", "Rebuild search &index"),
                              "Ctrl+Shift+F5",
                              translate("WindowActions",
                                        "Build the search index again from the library")),
        quit=_action(w, translate("WindowActions", "&Quit"), "Ctrl+Q"),
        undo=undo,
        redo=redo,
        mark_claim=_action(w, translate("WindowActions", "Mark as &claim"), "C",
                           translate("WindowActions", "Mark the selection as a claim")),
        mark_denial=_action(w, translate("WindowActions", "Mark as &denial"), "D",
                            translate("WindowActions", "Mark the selection as a denial")),
        delete_claim=_action(w, translate("WindowActions", "&Remove claim"), "Del",
                             translate("WindowActions", "Remove the selected claim")),
        attach_claim=_action(w, translate("WindowActions", "&Attach claim to selection"), "A",
                             translate("WindowActions",
                                       "Anchor the chosen orphaned claim to the selected text")),
        article_properties=_action(w, translate("WindowActions", "&Properties…"),
                                   ["Ctrl+P", "F2"],
                                   translate("WindowActions", "Edit the article's title, outlet, "
                                             "date, language, tags…")),
        edit_text=_action(w, translate("WindowActions", "Edit &text…"), "Ctrl+Shift+T",
                          translate("WindowActions",
                                    "Correct the article's text; claims are placed again")),
        article_history=_action(w, translate("WindowActions", "&History of this article…"),
                                "Ctrl+H",
                                translate("WindowActions",
                                          "Every change to the open article, and going back")),
        find=_action(w, translate("WindowActions", "&Search"), "Ctrl+F",
                     translate("WindowActions", "Search articles and claims")),
        next_sentence=_action(w, translate("WindowActions", "Next &sentence"), "J"),
        previous_sentence=_action(w, translate("WindowActions", "Previous s&entence"), "K"),
        next_claim=_action(w, translate("WindowActions", "&Next claim"), "N"),
        previous_claim=_action(w, translate("WindowActions", "&Previous claim"), "P"),
        accept_suggestion=_action(w, translate("WindowActions", "&Accept suggestion"),
                                  ["Return", "Enter"],
                                  translate("WindowActions", "Mark the suggestion under the "
                                            "cursor as it is suggested")),
        dismiss_suggestion=_action(w, translate("WindowActions", "Dis&miss suggestion"), "X",
                                   translate("WindowActions",
                                             "Never offer the suggestion under the cursor again")),
        next_suggestion=_action(w, translate("WindowActions", "Next su&ggestion"), ["G", "Alt+N"]),
        previous_suggestion=_action(w, translate("WindowActions", "Previous sugg&estion"),
                                    ["Shift+G", "Alt+P"]),
        focus_library=_action(w, translate("WindowActions", "Go to &library"), "Ctrl+1"),
        focus_reader=_action(w, translate("WindowActions", "Go to &reader"), "Ctrl+2"),
        shortcuts=_action(w, translate("WindowActions", "&Keyboard shortcuts"), ["F1", "?"]),
        settings=_action(w, translate("WindowActions", "Se&ttings…"), "Ctrl+,",
                         translate("WindowActions", "Name, library, language, rating scale, "
                                   "backups, appearance")),
        user_guide=_action(w, translate("WindowActions", "&User guide"), "Shift+F1",
                           translate("WindowActions", "How to use ClaimDesk")),
    )  # fmt: skip
    actions.mark_claim.setIcon(kind_icon(ClaimKind.CLAIM))
    actions.mark_denial.setIcon(kind_icon(ClaimKind.DENIAL))
    actions.mark_claim.setIconText(translate("WindowActions", "Claim  C"))
    actions.mark_denial.setIconText(translate("WindowActions", "Denial  D"))
    actions.import_files.setIconText(translate("WindowActions", "Import"))
    actions.paste_article.setIconText(translate("WindowActions", "Paste"))
    actions.import_address.setIconText(translate("WindowActions", "Address"))
    actions.export_report.setIconText(translate("WindowActions", "Report"))
    actions.article_history.setIconText(translate("WindowActions", "History"))
    for action in actions.reader_actions():
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reader.addAction(action)
    actions.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    for action in (
        actions.undo, actions.redo, actions.find, actions.shortcuts, actions.quit,
        actions.article_history,
    ):  # fmt: skip
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    scoped = actions.reader_actions()
    # Not added to the window: that would make the reader's letter keys window-wide.
    window.addActions([a for _, sec in actions.sections() for a in sec if a not in scoped])
    return actions


def build_menus(menu_bar: QMenuBar, actions: WindowActions) -> None:
    """One menu a section; reader actions show their single-letter keys."""
    for title, section in actions.sections():
        menu = menu_bar.addMenu(title)
        for action in section:
            menu.addAction(action)
            if action in (
                actions.open_demo,
                actions.rebuild_index,
                actions.redo,
                actions.find,
                actions.previous_suggestion,
                actions.dismiss_suggestion,
                actions.edit_text,
            ):
                menu.addSeparator()
