"""What the reader area says when there is nothing to read, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from claimdesk.core.importers import supported_suffixes
from claimdesk.gui.common.i18n import translate


def format_list() -> str:
    """``.txt, .md, .html, …`` as the importers read them (aliases such as .htm left out)."""
    aliases = {".htm", ".markdown"}
    return ", ".join(s for s in supported_suffixes() if s not in aliases)


class EmptyStateView(QWidget):
    """A message with the next steps as buttons: import, paste, or the demo articles."""

    import_requested = Signal()
    paste_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.title = QLabel(self)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setObjectName("mutedText")
        self.import_button = QPushButton(translate("EmptyStateView", "Import files…  Ctrl+I"), self)
        self.paste_button = QPushButton(
            translate("EmptyStateView", "Paste an article…  Ctrl+Shift+V"), self
        )
        self.demo_button = QPushButton(translate("EmptyStateView", "Open the demo articles"), self)
        self.import_button.clicked.connect(self.import_requested)
        self.paste_button.clicked.connect(self.paste_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.import_button, self.paste_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        layout.addWidget(self.body)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(3)

    def show_empty_library(self) -> None:
        """The library has no article yet."""
        self.title.setText(translate("EmptyStateView", "Your library is empty"))
        self.body.setText(
            translate(
                "EmptyStateView",
                "Import news articles ({formats}), drop files or folders here, or paste "
                "one; then select a sentence and press C to mark a claim or D a denial.\n"
                "New here? The demo opens a library with a few articles to try things on.",
            ).format(formats=format_list())
        )
        self._set_buttons(visible=True)

    def show_no_selection(self, articles: int) -> None:
        """Articles exist but none is open."""
        self.title.setText(translate("EmptyStateView", "Choose an article"))
        text = (
            translate(
                "EmptyStateView",
                "{count} article in the library. Pick one on the left, search with "
                "Ctrl+F, or drop more files here.",
            )
            if articles == 1
            else translate(
                "EmptyStateView",
                "{count} articles in the library. Pick one on the left, search with "
                "Ctrl+F, or drop more files here.",
            )
        )
        self.body.setText(text.format(count=articles))
        self._set_buttons(visible=False)

    def _set_buttons(self, *, visible: bool) -> None:
        for button in (self.import_button, self.paste_button, self.demo_button):
            button.setVisible(visible)
