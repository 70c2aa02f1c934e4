"""The interface language: English in the code, Italian from ``resources/translations``.

Every user-facing string in the GUI goes through :func:`translate` with a literal context
and text, so that ``python -m claimdesk.gui.app.i18n_build --update`` (Qt's lupdate) finds it;
strings built before a translator is installed (tables of labels) are marked with
:func:`tr_noop` and translated where they are shown. ``.ts`` sources are in the repository;
the ``.qm`` files Qt loads are built from them at setup and packaging time.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from claimdesk.core import messages

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
UI_LANGUAGES = ("en", "it")
SOURCE_LANGUAGE = "en"

_log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the interface language (itself when there is no translation)."""
    return QCoreApplication.translate(context, text, disambiguation)


def tr_noop(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is defined; :func:`translate` it where shown."""
    del context
    return text


def ui_language(setting: str, system: QLocale | None = None) -> str:
    """The language to show: the setting's, or the system's when it is one we speak."""
    if setting in UI_LANGUAGES:
        return setting
    locale = system if system is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def install_language(language: str, app: QCoreApplication | None = None) -> bool:
    """Show the interface in ``language`` from now on; False when it cannot be loaded.

    Qt's own strings (standard buttons, file dialogs) come from Qt's ``qtbase`` catalogue,
    the core's messages (errors, reasons) from its own (:mod:`claimdesk.core.messages`).
    Windows built after this call are in the new language.
    """
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QCoreApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    messages.set_language(SOURCE_LANGUAGE)
    if language == SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return True
    ours = QTranslator(app)
    if not ours.load(f"claimdesk_{language}", str(TRANSLATIONS_DIR)):
        _log.warning("no %s translation in %s: run tools/setup.sh", language, TRANSLATIONS_DIR)
        return False
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        _installed.append(qt_own)
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    messages.set_language(language)
    return True


def current_language() -> str:
    """The language installed by :func:`install_language` (English when none is)."""
    for translator in _installed:
        if translator.filePath().startswith(str(TRANSLATIONS_DIR)):
            return translator.language().split("_")[0] or SOURCE_LANGUAGE
    return SOURCE_LANGUAGE
