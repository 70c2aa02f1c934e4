"""The user guide window, the app's identity, shortcuts on every action, accessible names."""

from __future__ import annotations

import re

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from claimdesk.gui.app.app_identity import DESKTOP_FILE_NAME, app_icon, apply_identity
from claimdesk.gui.settings.help_window import GUIDE_FILE, HelpWindow, heading_anchor, help_folder
from claimdesk.gui.shell.accessibility import describe, unnamed_controls
from claimdesk.gui.shell.main_window import MainWindow
from claimdesk.gui.shell.shortcut_sheet import menu_sections
from tests.conftest import REPO
from tests.gui.conftest import wait_idle

IMAGE_LINK = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


def test_shift_f1_opens_the_guide_at_its_first_heading(qtbot: QtBot, window: MainWindow) -> None:
    assert window.actions_.user_guide.shortcut().toString() == "Shift+F1"
    window.actions_.user_guide.trigger()
    guide = window.findChild(HelpWindow)
    assert guide is not None
    qtbot.waitExposed(guide)
    assert guide.first_heading() == "ClaimDesk user guide"
    assert "Getting started" in guide.browser.toPlainText()
    # Every screenshot the guide shows loads from the package.
    names = IMAGE_LINK.findall((help_folder() / GUIDE_FILE).read_text(encoding="utf-8"))
    assert len(names) >= 3
    for name in names:
        resource = guide.browser.loadResource(2, name)  # 2: QTextDocument.ImageResource
        image = resource if isinstance(resource, QImage) else QImage.fromData(resource)
        assert not image.isNull(), name


def test_the_guide_images_are_small_and_its_contents_links_resolve() -> None:
    text = (help_folder() / GUIDE_FILE).read_text(encoding="utf-8")
    for name in IMAGE_LINK.findall(text):
        image = help_folder() / name
        assert image.exists(), name
        assert image.stat().st_size < 200_000, f"{name} is too big for the repository"
    anchors = {heading_anchor(h) for h in re.findall(r"^#+ (.+)$", text, re.MULTILINE)}
    for target in re.findall(r"\]\(#([^)]+)\)", text):
        assert target in anchors, target
    # docs/ points at the one copy instead of keeping a second one.
    pointer = (REPO / "docs" / "user-guide.md").read_text(encoding="utf-8")
    assert "resources/help/user-guide.md" in pointer


def test_the_app_has_its_icon_and_desktop_id(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    icon = app_icon()
    assert not icon.isNull()
    assert icon.pixmap(512, 512).width() == 512
    assert not icon.pixmap(16, 16).isNull()
    apply_identity(app)
    assert app.desktopFileName() == DESKTOP_FILE_NAME
    assert not app.windowIcon().isNull()


def test_every_action_has_a_shortcut_and_is_on_the_sheet(window: MainWindow) -> None:
    sections = menu_sections(window.menuBar())
    in_menus = [action for _, section in sections for action in section if not action.isSeparator()]
    # "&Back to reader\tEsc": a key its view handles, shown in the text.
    missing = [a.text() for a in in_menus if not a.shortcuts() and "\t" not in a.text()]
    assert missing == []
    assert window.actions_.settings.shortcut().toString() == "Ctrl+,"
    titles = {action.text() for action in in_menus}
    # Commands added by the window's controllers are in the menus, hence on the sheet.
    assert {"&Back up now…", "&Restore from backup…", "Rebuild search &index"} <= titles
    assert {"&History of this article…", "&Overview"} & titles
    keys = [sequence.toString() for action in in_menus for sequence in action.shortcuts()]
    assert len(keys) == len(set(keys)), "two commands share a key"


def test_every_control_has_an_accessible_name_or_a_label(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    window.open_article(article_id)
    wait_idle(qtbot, window)
    article = window.current_article()
    assert article is not None
    window.reader.text.select_span(article.sentences[0].start, article.sentences[0].end)
    window.actions_.mark_claim.trigger()
    wait_idle(qtbot, window)
    window.message_bar.show_info("Imported 1 article.", ("Open", lambda: None))
    qtbot.wait(10)  # the names given once the window is built
    missing = unnamed_controls(window)
    assert ", ".join(describe(w) for w in missing) == ""
    assert window.search_box.accessibleName() == "Search articles and claims"
    # Hidden parts too (the search results, the orphaned claims), once shown.
    hidden = [w for w in unnamed_controls(window, visible_only=False)
              if not w.inherits("QAbstractButton")]  # fmt: skip
    assert ", ".join(describe(w) for w in hidden) == ""


def test_the_dialogs_of_this_desk_are_labelled(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.preferences.show_settings()
    assert [describe(w) for w in unnamed_controls(dialog)] == []
    # Tab walks the form from top to bottom.
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.user_name.setFocus()
    visited = []
    for _ in range(6):
        visited.append(dialog.focusWidget())
        dialog.focusNextPrevChild(True)
    assert visited == [dialog.user_name, dialog.library, dialog.browse, dialog.language,
                       dialog.rating_scale, dialog.backup_days]  # fmt: skip
    dialog.reject()


def test_the_shortcut_sheet_names_each_key_once_in_italian(
    window: MainWindow, qapp: QApplication
) -> None:
    from claimdesk.gui.common.i18n import install_language
    from claimdesk.gui.shell.shortcut_sheet import ShortcutSheetDialog

    assert install_language("it", qapp)
    try:
        sheet = ShortcutSheetDialog(menu_sections(window.menuBar()), window)
        text = sheet.findChild(QTextBrowser).toPlainText()  # type: ignore[union-attr]
    finally:
        install_language("en", qapp)
    assert "Invio" in text and "Invio, Invio" not in text
