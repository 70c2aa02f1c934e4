"""Settings, appearance and the user guide: Edit > Settings… (Ctrl+,), Help > User guide."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from claimdesk.core.settings import load_settings
from claimdesk.gui.appearance import apply_appearance
from claimdesk.gui.help_window import HelpWindow
from claimdesk.gui.i18n import translate
from claimdesk.gui.relaunch import relaunch
from claimdesk.gui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from claimdesk.gui.main_window import MainWindow


class PreferencesActions(QObject):
    """Opens the settings dialog and the guide; applies a new appearance to the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._help: HelpWindow | None = None
        self.settings_dialog: SettingsDialog | None = None
        window.actions_.settings.triggered.connect(self.show_settings)
        window.actions_.user_guide.triggered.connect(self.show_user_guide)

    def show_settings(self) -> SettingsDialog:
        """Open the settings (window-modal, so the desk stays visible behind it)."""
        dialog = SettingsDialog(load_settings(), self._w)
        dialog.appearance_changed.connect(self.set_appearance)
        dialog.finished.connect(lambda _: self._settings_closed(dialog))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_closed(self, dialog: SettingsDialog) -> None:
        saved = dialog.saved()
        if saved is not None:
            restart = None
            if saved.language != dialog.initial().language:
                restart = (translate("PreferencesActions", "Restart now"), self.restart)
            self._w.message_bar.show_info(_saved_message(dialog), restart)
        self.settings_dialog = None
        dialog.deleteLater()

    def restart(self) -> None:
        """Start ClaimDesk again in the language just chosen (the message bar's button)."""
        if not relaunch(self._w):
            self._w.message_bar.show_error(
                translate(
                    "PreferencesActions",
                    "ClaimDesk could not be started again: close it and start it yourself.",
                )
            )

    def set_appearance(self, appearance: str) -> None:
        """Apply light, dark or the system's look now, and repaint the claim highlights."""
        apply_appearance(appearance)
        article = self._w.current_article()
        if article is not None:
            # Claim fills are computed from the palette when the article is painted.
            self._w.show_article(article, None, None)

    def show_user_guide(self) -> HelpWindow:
        """The user guide in its own window (one at a time, raised when open)."""
        # Kept when closed: reopening shows the guide where the reader left it.
        if self._help is None:
            self._help = HelpWindow(self._w)
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
