"""Edit > Settings… (Ctrl+,): name, library, language, rating scale, backups, appearance."""

from __future__ import annotations

import dataclasses
import getpass
import itertools
from pathlib import Path

import platformdirs
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.errors import ClaimDeskError, InputRefused
from claimdesk.core.library import APP_NAME
from claimdesk.core.settings import Settings, save_settings

LANGUAGE_CHOICES = (("system", "Same as the system"), ("en", "English"), ("it", "Italiano"))
APPEARANCE_CHOICES = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))
SCALE_CHOICES = (
    ("default", "Default: true, mostly true, half true, misleading, mostly false, false, "
                "unverifiable"),
)  # fmt: skip


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("mutedText")
    label.setWordWrap(True)
    return label


def _combo(choices: tuple[tuple[str, str], ...], current: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for value, text in choices:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class SettingsDialog(QDialog):
    """The user's settings; appearance previews at once, the rest applies on Save."""

    appearance_changed = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(560)
        self._initial = settings
        self._saved: Settings | None = None

        self.user_name = QLineEdit(settings.user_name, self)
        self.user_name.setPlaceholderText(f"empty: your login name ({_login_name()})")
        self.library = QLineEdit(settings.library, self)
        self.library.setPlaceholderText(_default_library_text())
        self.library.setClearButtonEnabled(True)
        self.browse = QPushButton("Choose…", self)
        self.browse.setAccessibleName("Choose the library folder")
        self.browse.clicked.connect(self._choose_library)
        self.language = _combo(LANGUAGE_CHOICES, settings.language, self)
        self.rating_scale = _combo(SCALE_CHOICES, settings.rating_scale, self)
        self.backup_days = _combo(_backup_choices(settings.backup_days), str(settings.backup_days),
                                  self)  # fmt: skip
        self.appearance = _combo(APPEARANCE_CHOICES, settings.appearance, self)
        self.appearance.currentIndexChanged.connect(
            lambda _: self.appearance_changed.emit(self.appearance.currentData())
        )
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        library_row = QHBoxLayout()
        library_row.addWidget(self.library, 1)
        library_row.addWidget(self.browse)
        rows: list[tuple[str, QWidget | QHBoxLayout, QWidget, str]] = [
            ("Your &name:", self.user_name, self.user_name,
             "Signs your changes; on a team desk the others see it beside each change."),
            ("&Library folder:", library_row, self.library,
             "Empty: the default folder. A new folder takes effect the next time ClaimDesk "
             "starts (--library on the command line still wins)."),
            ("Lan&guage:", self.language, self.language,
             "Takes effect after a restart."),
            ("&Rating scale:", self.rating_scale, self.rating_scale,
             "The verdicts offered in the inspector and counted in reports."),
            ("&Backups:", self.backup_days, self.backup_days,
             "A copy of a local library in its backups folder; the newest copies are kept."),
            ("&Appearance:", self.appearance, self.appearance,
             "Applies at once."),
        ]  # fmt: skip
        for text, field, buddy, note in rows:
            label = QLabel(text, self)
            label.setBuddy(buddy)
            column = QVBoxLayout()
            column.setSpacing(2)
            if isinstance(field, QHBoxLayout):
                column.addLayout(field)
            else:
                column.addWidget(field)
            column.addWidget(_note(note, self))
            form.addRow(label, column)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        order = [self.user_name, self.library, self.browse, self.language, self.rating_scale,
                 self.backup_days, self.appearance, self.buttons]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.user_name.setFocus()

    def current(self) -> Settings:
        """The settings as the form now shows them."""
        return dataclasses.replace(
            self._initial,
            user_name=self.user_name.text().strip(),
            library=self.library.text().strip(),
            language=str(self.language.currentData()),
            rating_scale=str(self.rating_scale.currentData()),
            backup_days=int(self.backup_days.currentData()),
            appearance=str(self.appearance.currentData()),
        )

    def initial(self) -> Settings:
        """The settings the dialog opened with."""
        return self._initial

    def saved(self) -> Settings | None:
        """What Save wrote, or None when the dialog was cancelled (or not closed yet)."""
        return self._saved

    def save(self) -> None:
        """Check the library folder, write the settings file and close; on failure say why."""
        chosen = self.current()
        try:
            if chosen.library:
                _check_folder(Path(chosen.library).expanduser())
            save_settings(chosen)
        except ClaimDeskError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self._saved = chosen
        self.accept()

    def reject(self) -> None:
        """Cancel: undo the appearance preview."""
        if self.appearance.currentData() != self._initial.appearance:
            self.appearance_changed.emit(self._initial.appearance)
        super().reject()

    def _choose_library(self) -> None:
        start = self.library.text().strip() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, "Library folder", start)
        if folder:
            self.library.setText(folder)


def _backup_choices(current: int) -> tuple[tuple[str, str], ...]:
    """Common intervals, plus the saved one when it is none of them (set by hand)."""
    days = {0: "never", 1: "every day", 2: "every 2 days", 7: "every week",
            14: "every 2 weeks", 30: "every 30 days"}  # fmt: skip
    days.setdefault(current, f"every {current} days")
    return tuple((str(n), days[n]) for n in sorted(days))


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise InputRefused(f"{folder} is a file, not a folder: choose a folder for the library.")


def _default_library_text() -> str:
    # Computed, not resolved: resolving would create the folder.
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    try:
        return f"default: ~/{folder.relative_to(Path.home())}"
    except ValueError:
        return f"default: {folder}"
