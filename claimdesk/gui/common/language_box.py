"""The language of an article: a list of common ones, or any two-letter code typed in."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from claimdesk.gui.common.i18n import tr_noop, translate

# Names translated where shown.
COMMON_LANGUAGES = (
    ("it", tr_noop("LanguageBox", "Italian")),
    ("en", tr_noop("LanguageBox", "English")),
    ("fr", tr_noop("LanguageBox", "French")),
    ("de", tr_noop("LanguageBox", "German")),
    ("es", tr_noop("LanguageBox", "Spanish")),
    ("pt", tr_noop("LanguageBox", "Portuguese")),
    ("nl", tr_noop("LanguageBox", "Dutch")),
    ("pl", tr_noop("LanguageBox", "Polish")),
    ("ru", tr_noop("LanguageBox", "Russian")),
    ("uk", tr_noop("LanguageBox", "Ukrainian")),
    ("ar", tr_noop("LanguageBox", "Arabic")),
    ("tr", tr_noop("LanguageBox", "Turkish")),
    ("zh", tr_noop("LanguageBox", "Chinese")),
)


class LanguageBox(QComboBox):
    """``it — Italian``, ``en — English``… and an editable line for any other code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        # Enter in the line keeps what was typed; it never adds it to the list.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, name in COMMON_LANGUAGES:
            self.addItem(f"{code} — {translate('LanguageBox', name)}", code)

    def set_language(self, code: str) -> None:
        """Select ``code`` in the list, or type it in when it is not a common one."""
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)

    def language_code(self) -> str:
        """The chosen language as a code: a listed entry's code, else what was typed."""
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0:
            return str(self.itemData(index))
        return text.split(" ")[0].lower() if text else ""

    def problem(self) -> str | None:
        """Why the language cannot be saved, in one line; None when it can."""
        code = self.language_code()
        if not code:
            return translate(
                "LanguageBox", "The language is empty: type a two-letter language code (it, en)."
            )
        if len(code) != 2 or not code.isalpha():
            return translate(
                "LanguageBox", "{code} is not a two-letter language code (it, en)."
            ).format(code=repr(code))
        return None
