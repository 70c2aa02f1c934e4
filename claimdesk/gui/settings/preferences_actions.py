"""Settings, appearance and the user guide: Edit > Settings… (Ctrl+,), Help > User guide."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from claimdesk.core.settings import load_settings
from claimdesk.gui.common.appearance import apply_appearance
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.settings.help_window import HelpWindow
from claimdesk.gui.settings.relaunch import relaunch
from claimdesk.gui.settings.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from claimdesk.gui.ops.context import WindowContext


class PreferencesActions(QObject):
    """Opens the settings dialog and the guide (the shell ties Edit > Settings and Help > User
    guide to them); applies a new appearance to the window."""

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.dialog_parent())
        self._c = context
        self._help: HelpWindow | None = None
        self.settings_dialog: SettingsDialog | None = None

    def show_settings(self) -> SettingsDialog:
        """Open the settings (window-modal, so the desk stays visible behind it)."""
        dialog = SettingsDialog(load_settings(), self._c.dialog_parent())
        dialog.appearance_changed.connect(self.set_appearance)
        dialog.finished.connect(lambda _: self._settings_closed(dialog))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_closed(self, dialog: SettingsDialog) -> None:
        saved = dialog.saved()
        if saved is not None:
            if saved.suggestion_threshold != dialog.initial().suggestion_threshold:
                self._show_threshold()
            restart = None
            if saved.language != dialog.initial().language:
                restart = (translate("PreferencesActions", "Restart now"), self.restart)
            self._c.notices.show_info(_saved_message(dialog), restart)
        self.settings_dialog = None
        dialog.deleteLater()

    def _show_threshold(self) -> None:
        """Read the open article again: its suggestions follow the new threshold."""
        article = self._c.state.current_article()
        claim = self._c.state.current_claim()
        if article is not None:
            self._c.state.open_article(article.id, claim.id if claim is not None else None)

    def restart(self) -> None:
        """Start ClaimDesk again in the language just chosen (the message bar's button)."""
        if not relaunch(self._c.dialog_parent()):
            self._c.notices.show_error(
                translate(
                    "PreferencesActions",
                    "ClaimDesk could not be started again: close it and start it yourself.",
                )
            )

    def set_appearance(self, appearance: str) -> None:
        """Apply light, dark or the system's look now, and repaint the claim highlights."""
        apply_appearance(appearance)
        article = self._c.state.current_article()
        if article is not None:
            # Claim fills are computed from the palette when the article is painted.
            self._c.state.show_article(article, None, None)

    def show_user_guide(self) -> HelpWindow:
        """The user guide in its own window (one at a time, raised when open)."""
        # Kept when closed: reopening shows the guide where the reader left it.
        if self._help is None:
            self._help = HelpWindow(self._c.dialog_parent())
        if self._help.isVisible():
            self._help.raise_()
        self._help.show()
        self._help.activateWindow()
        return self._help


def _saved_message(dialog: SettingsDialog) -> str:
    """What was saved, and which part waits for a restart."""
    before, after = dialog.initial(), dialog.saved()
    library = after is not None and after.library != before.library
    language = after is not None and after.language != before.language
    if library and language:
        return translate(
            "PreferencesActions",
            "Settings saved; the library folder and the language will change the next time "
            "ClaimDesk starts.",
        )
    if library:
        return translate(
            "PreferencesActions",
            "Settings saved; the library folder will change the next time ClaimDesk starts.",
        )
    if language:
        return translate(
            "PreferencesActions",
            "Settings saved; the language will change the next time ClaimDesk starts.",
        )
    return translate("PreferencesActions", "Settings saved.")
