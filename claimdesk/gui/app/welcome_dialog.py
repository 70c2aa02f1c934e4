"""The first-run welcome: the demo library, an import, or an empty desk. Shown once."""

from __future__ import annotations

import os
from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout, QWidget

from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.library import ENV_LIBRARY
from claimdesk.core.settings import load_settings, save_settings, settings_path
from claimdesk.gui.common.i18n import translate

if TYPE_CHECKING:
    from claimdesk.gui.shell.main_window import MainWindow


class WelcomeChoice(StrEnum):
    """What the newcomer chose."""

    DEMO = "demo"
    IMPORT = "import"
    EMPTY = "empty"


class WelcomeDialog(QDialog):
    """Three ways to begin; closing it (Escape) is the same as the empty desk."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("WelcomeDialog", "Welcome to ClaimDesk"))
        self.setMinimumWidth(520)
        title = QLabel(translate("WelcomeDialog", "Welcome to ClaimDesk"), self)
        title.setObjectName("emptyTitle")
        body = QLabel(
            translate(
                "WelcomeDialog",
                "Mark the claims and denials in news articles, follow who said what, rate it and "
                "write the report. How would you like to begin?",
            ),
            self,
        )
        body.setWordWrap(True)
        self.demo_button = QCommandLinkButton(
            translate("WelcomeDialog", "Open the demo library"),
            translate(
                "WelcomeDialog",
                "A few real articles to try marking, searching and reports on. Your own library "
                "stays empty.",
            ),
            self,
        )
        self.import_button = QCommandLinkButton(
            translate("WelcomeDialog", "Import articles…"),
            translate(
                "WelcomeDialog",
                "Text, Markdown, HTML, PDF, Word, OpenDocument or e-mail files from your computer.",
            ),
            self,
        )
        self.empty_button = QCommandLinkButton(
            translate("WelcomeDialog", "Start with an empty desk"),
            translate(
                "WelcomeDialog",
                "Import or paste articles later (File menu, or drop files on the window).",
            ),
            self,
        )
        hint = QLabel(
            translate(
                "WelcomeDialog",
                "The user guide is in the Help menu (Shift+F1); F1 lists every key.",
            ),
            self,
        )
        hint.setObjectName("mutedText")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(body)
        for button, choice in (
            (self.demo_button, WelcomeChoice.DEMO),
            (self.import_button, WelcomeChoice.IMPORT),
            (self.empty_button, WelcomeChoice.EMPTY),
        ):
            layout.addWidget(button)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignBottom)
        self.demo_button.setDefault(True)
        self.demo_button.setFocus()

    def _choose(self, choice: WelcomeChoice) -> None:
        # Closed first, so that what the choice opens (a file dialog) is not under it.
        self.accept()
        self.chosen.emit(choice.value)

    def reject(self) -> None:
        """Escape or the close button: an empty desk."""
        super().reject()
        self.chosen.emit(WelcomeChoice.EMPTY.value)


def is_first_run(*, explicit_library: bool, environ: Mapping[str, str] | None = None) -> bool:
    """No settings file yet and the default library is the one opening.

    A library given on the command line or in $CLAIMDESK_LIBRARY means someone already knows
    what they want (scripts, tests, the --demo and --smoke-test runs).
    """
    env = os.environ if environ is None else environ
    if explicit_library or env.get(ENV_LIBRARY):
        return False
    return not settings_path().exists()


def offer_welcome(window: MainWindow) -> WelcomeDialog | None:
    """Show the welcome over ``window`` when its library is empty; the dialog, or None.

    The choice is remembered by writing the settings file, so it is never offered again.
    """
    counts: list[int] = []
    window.ops.run(lambda desk: desk.stats().articles, counts.append)
    window.ops.wait_idle(60_000)
    if not counts or counts[0] > 0:
        return None
    dialog = WelcomeDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.chosen.connect(lambda choice: _act(window, WelcomeChoice(choice)))
    dialog.open()
    return dialog


def _act(window: MainWindow, choice: WelcomeChoice) -> None:
    try:
        save_settings(load_settings())
    except ClaimDeskError as exc:
        window.message_bar.show_error(exc.message)
    if choice is WelcomeChoice.DEMO:
        window.actions_.open_demo.trigger()
    elif choice is WelcomeChoice.IMPORT:
        window.actions_.import_files.trigger()
