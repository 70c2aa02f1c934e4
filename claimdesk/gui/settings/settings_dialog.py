"""Edit > Settings… (Ctrl+,): name, library, language, rating scale, backups, appearance, how
sure a suggestion must be to be shown and the language images and scans are read in."""

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
from claimdesk.core.nlp.threshold import THRESHOLD
from claimdesk.core.settings import Settings, save_settings
from claimdesk.gui.common.i18n import tr_noop, translate

# Each language is named in its own language, whatever the interface's.
LANGUAGE_CHOICES = (
    ("system", tr_noop("SettingsDialog", "Same as the system")),
    ("en", "English"),  # i18n: not prose
    ("it", "Italiano"),  # i18n: not prose
)
APPEARANCE_CHOICES = (
    ("system", tr_noop("SettingsDialog", "Follow the system")),
    ("light", tr_noop("SettingsDialog", "Light")),
    ("dark", tr_noop("SettingsDialog", "Dark")),
)
# The language OCR reads images and scans in (core.settings.OCR_LANGUAGES).
OCR_CHOICES = (
    (
        "detect",
        tr_noop("SettingsDialog", "English and Italian, the article's language found in its text"),
    ),
    ("en", tr_noop("SettingsDialog", "English only")),
    ("it", tr_noop("SettingsDialog", "Italian only")),
)
SCALE_CHOICES = (
    ("default", tr_noop("SettingsDialog", "Default: true, mostly true, half true, misleading, "
                                          "mostly false, false, unverifiable")),
)  # fmt: skip


# The thresholds offered for suggestions (their precision and recall on English news:
# bench/attribution.py and the README's language section).
THRESHOLD_CHOICES = (
    (0.0, tr_noop("SettingsDialog", "every suggestion, however unsure")),
    (0.1, tr_noop("SettingsDialog", "more marks, more of them wrong")),
    (THRESHOLD, tr_noop("SettingsDialog", "a few worth a look (the default)")),
    (0.5, tr_noop("SettingsDialog", "fewer, surer marks")),
    (0.8, tr_noop("SettingsDialog", "only the surest")),
)


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("mutedText")
    label.setWordWrap(True)
    return label


def _combo(choices: tuple[tuple[str, str], ...], current: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for value, text in choices:
        combo.addItem(translate("SettingsDialog", text), value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _threshold_combo(current: float, parent: QWidget) -> QComboBox:
    """The offered thresholds, plus the saved one when it is none of them (set by hand)."""
    combo = QComboBox(parent)
    choices = [(value, translate("SettingsDialog", text)) for value, text in THRESHOLD_CHOICES]
    if all(abs(value - current) > 1e-9 for value, _ in choices):
        choices.append((current, translate("SettingsDialog", "set in the settings file")))
    for value, text in sorted(choices):
        combo.addItem(f"{round(value * 100)}%: {text}", value)  # as the tooltips show it
    combo.setCurrentIndex(
        max(0, min(range(combo.count()), key=lambda i: abs(combo.itemData(i) - current)))
    )
    return combo  # fmt: skip


class SettingsDialog(QDialog):
    """The user's settings; appearance previews at once, the rest applies on Save."""

    appearance_changed = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(560)
        self._initial = settings
        self._saved: Settings | None = None

        self.user_name = QLineEdit(settings.user_name, self)
        self.user_name.setPlaceholderText(
            translate("SettingsDialog", "empty: your login name ({name})").format(
                name=_login_name()
            )
        )
        self.library = QLineEdit(settings.library, self)
        self.library.setPlaceholderText(_default_library_text())
        self.library.setClearButtonEnabled(True)
        self.browse = QPushButton(translate("SettingsDialog", "Choose…"), self)
        self.browse.setAccessibleName(translate("SettingsDialog", "Choose the library folder"))
        self.browse.clicked.connect(self._choose_library)
        self.language = _combo(LANGUAGE_CHOICES, settings.language, self)
        self.rating_scale = _combo(SCALE_CHOICES, settings.rating_scale, self)
        self.backup_days = _combo(_backup_choices(settings.backup_days), str(settings.backup_days),
                                  self)  # fmt: skip
        self.appearance = _combo(APPEARANCE_CHOICES, settings.appearance, self)
        self.suggestion_threshold = _threshold_combo(settings.suggestion_threshold, self)
        self.ocr_languages = _combo(OCR_CHOICES, settings.ocr_languages, self)
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
            (
                translate("SettingsDialog", "Your &name:"),
                self.user_name,
                self.user_name,
                translate(
                    "SettingsDialog",
                    "Signs your changes; on a team desk the others see it beside each change.",
                ),
            ),
            (
                translate("SettingsDialog", "&Library folder:"),
                library_row,
                self.library,
                translate(
                    "SettingsDialog",
                    "Empty: the default folder. A new folder takes effect the next time "
                    "ClaimDesk starts (--library on the command line still wins).",
                ),
            ),
            (
                translate("SettingsDialog", "Lan&guage:"),
                self.language,
                self.language,
                translate("SettingsDialog", "Takes effect after a restart."),
            ),
            (
                translate("SettingsDialog", "&Rating scale:"),
                self.rating_scale,
                self.rating_scale,
                translate(
                    "SettingsDialog",
                    "The verdicts offered in the inspector and counted in reports.",
                ),
            ),
            (
                translate("SettingsDialog", "&Backups:"),
                self.backup_days,
                self.backup_days,
                translate(
                    "SettingsDialog",
                    "A copy of a local library in its backups folder; the newest copies are kept.",
                ),
            ),
            (
                translate("SettingsDialog", "&Appearance:"),
                self.appearance,
                self.appearance,
                translate("SettingsDialog", "Applies at once."),
            ),
            (
                translate("SettingsDialog", "S&uggestions:"),
                self.suggestion_threshold,
                self.suggestion_threshold,
                translate(
                    "SettingsDialog",
                    "How sure the language tools must be before the reader marks a statement "
                    "as a suggested claim or denial (its confidence, as its tooltip shows it).",
                ),
            ),
            (
                translate("SettingsDialog", "&Images and scans:"),
                self.ocr_languages,
                self.ocr_languages,
                translate(
                    "SettingsDialog",
                    "The language screenshots, photos of pages and scanned PDFs are read in. "
                    "English and Italian together read either a little better; one alone is a "
                    "little faster. A language given to an import (--lang on the command line) "
                    "wins.",
                ),
            ),
        ]
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
                 self.backup_days, self.appearance, self.suggestion_threshold,
                 self.ocr_languages, self.buttons]  # fmt: skip
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
            suggestion_threshold=float(self.suggestion_threshold.currentData()),
            ocr_languages=str(self.ocr_languages.currentData()),
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
        folder = QFileDialog.getExistingDirectory(
            self, translate("SettingsDialog", "Library folder"), start
        )
        if folder:
            self.library.setText(folder)


def _backup_choices(current: int) -> tuple[tuple[str, str], ...]:
    """Common intervals, plus the saved one when it is none of them (set by hand)."""
    days = {
        0: translate("SettingsDialog", "never"),
        1: translate("SettingsDialog", "every day"),
        7: translate("SettingsDialog", "every week"),
        14: translate("SettingsDialog", "every 2 weeks"),
    }
    for count in (2, 30, current):
        days.setdefault(
            count, translate("SettingsDialog", "every {count} days").format(count=count)
        )
    return tuple((str(n), days[n]) for n in sorted(days))


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return translate("SettingsDialog", "unknown")


def _check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise InputRefused(
            translate(
                "SettingsDialog",
                "{folder} is a file, not a folder: choose a folder for the library.",
            ).format(folder=folder)
        )


def _default_library_text() -> str:
    # Computed, not resolved: resolving would create the folder.
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    try:
        shown = f"~/{folder.relative_to(Path.home())}"
    except ValueError:
        shown = str(folder)
    return translate("SettingsDialog", "default: {folder}").format(folder=shown)
