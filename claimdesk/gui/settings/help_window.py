"""The user guide (Help > User guide, Shift+F1), rendered from the Markdown in the package, in
the interface's language when the guide is written in it (``user-guide.it.md``)."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextImageFormat,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from claimdesk.gui.common.i18n import SOURCE_LANGUAGE, current_language, translate

GUIDE_FILE = "user-guide.md"


def help_folder() -> Path:
    """``resources/help``: the guide and its images, also inside an installed app."""
    return Path(str(resources.files("claimdesk") / "resources" / "help"))


def guide_file(language: str | None = None) -> Path:
    """The guide in ``language`` (the interface's when None), else the English one."""
    code = language or current_language()
    translated = help_folder() / f"user-guide.{code}.md"
    if code != SOURCE_LANGUAGE and translated.is_file():
        return translated
    return help_folder() / GUIDE_FILE


def guide_text(language: str | None = None) -> str:
    """The guide's Markdown, in ``language`` when it is written in it."""
    return guide_file(language).read_text(encoding="utf-8")


class HelpWindow(QDialog):
    """A non-modal window showing the user guide; images load from the help folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HelpWindow", "ClaimDesk user guide"))
        self.setModal(False)
        self.resize(820, 860)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(translate("HelpWindow", "User guide"))
        # Links to sections stay inside; web links open in the browser.
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setSearchPaths([str(help_folder())])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(help_folder()) + "/"))
        self.browser.document().setDocumentMargin(18)
        self.browser.setMarkdown(guide_text())
        _name_headings(self.browser)
        self._image_sizes = _image_sizes(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

    def resizeEvent(self, e: QResizeEvent) -> None:
        """Shrink the screenshots to the window's width (never enlarge them)."""
        super().resizeEvent(e)
        # The layout gives the browser its new width after this event: measure it then (the
        # first measure, before the window showed, left every screenshot 120 px wide).
        QTimer.singleShot(0, self.fit_images)

    def fit_images(self) -> None:
        """Shrink the screenshots to the width of the text (never enlarge them)."""
        room = self.browser.viewport().width() - 2 * int(self.browser.document().documentMargin())
        _fit_images(self.browser, self._image_sizes, max(room - 8, 120))

    def image_widths(self) -> list[int]:
        """The width each screenshot is shown at (for checks)."""
        return [int(fmt.width()) for _, _, fmt in _image_fragments(self.browser)]

    def first_heading(self) -> str:
        """The text of the guide's first heading as shown (for checks)."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                return block.text()
            block = block.next()
        return ""

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment() and not url.path().strip("/").endswith(".png"):
            self.browser.scrollToAnchor(url.fragment())


def heading_anchor(title: str) -> str:
    """The anchor GitHub gives a heading (lower case, spaces to hyphens, punctuation dropped),
    so one table of contents works on GitHub and in the app."""
    return re.sub(r"[^\w\- ]", "", title.strip().lower()).replace(" ", "-")


def _name_headings(browser: QTextBrowser) -> None:
    # Qt's Markdown reader gives headings no anchors; add them for the contents links.
    block = browser.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and block.text():
            fmt = QTextCharFormat()
            fmt.setAnchor(True)
            fmt.setAnchorNames([heading_anchor(block.text())])
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.mergeCharFormat(fmt)
        block = block.next()


def _image_fragments(browser: QTextBrowser) -> list[tuple[int, int, QTextImageFormat]]:
    """(position, length, format) of every image in the document."""
    found: list[tuple[int, int, QTextImageFormat]] = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fragment.isValid() and fmt.isImageFormat():
                found.append((fragment.position(), fragment.length(), fmt.toImageFormat()))
            it += 1
        block = block.next()
    return found


def _image_sizes(browser: QTextBrowser) -> dict[str, tuple[int, int]]:
    """The natural size of each screenshot, read once from the help folder."""
    sizes: dict[str, tuple[int, int]] = {}
    for _, _, fmt in _image_fragments(browser):
        image = QImage(str(help_folder() / fmt.name()))
        if not image.isNull():
            sizes[fmt.name()] = (image.width(), image.height())
    return sizes


def _fit_images(browser: QTextBrowser, sizes: dict[str, tuple[int, int]], room: int) -> None:
    cursor = QTextCursor(browser.document())
    for position, length, fmt in _image_fragments(browser):
        width, height = sizes.get(fmt.name(), (0, 0))
        if width <= 0:
            continue
        shown = min(width, room)
        if int(fmt.width()) == shown:
            continue
        fmt.setWidth(shown)
        fmt.setHeight(height * shown / width)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)
