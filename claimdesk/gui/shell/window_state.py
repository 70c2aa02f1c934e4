"""The window as the user left it: its size and place, the panes' widths and the article last
open in each library, kept beside the settings (``window.ini``) and given back at the next
start. A state that no longer fits (another screen, a library without that article) is ignored."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from claimdesk.core.settings import config_dir

STATE_FILE = "window.ini"


def _store() -> QSettings:
    return QSettings(str(config_dir() / STATE_FILE), QSettings.Format.IniFormat)


def _library_key(library: str) -> str:
    return "last_article/" + hashlib.sha256(library.encode("utf-8")).hexdigest()[:16]


def save_window(
    window: QMainWindow, panes: dict[str, QSplitter], library: str | None, article_id: str | None
) -> None:
    """Keep the window's frame, each pane splitter's sizes and the library's open article."""
    store = _store()
    store.setValue("geometry", window.saveGeometry())
    for name, splitter in panes.items():
        store.setValue(f"panes/{name}", splitter.saveState())
    if library is not None:
        key = _library_key(library)
        if article_id is None:
            store.remove(key)
        else:
            store.setValue(key, article_id)
    store.sync()


def restore_window(window: QMainWindow, panes: dict[str, QSplitter]) -> set[str]:
    """Give the window its last frame and the splitters their sizes; the names of the
    splitters given back (none on a first start)."""
    store = _store()
    geometry = store.value("geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    restored = set()
    for name, splitter in panes.items():
        state = store.value(f"panes/{name}")
        if isinstance(state, QByteArray) and splitter.restoreState(state):
            restored.add(name)
    return restored


def last_article(library: str) -> str | None:
    """The article last open in ``library`` (its display name or URL), if any."""
    value = _store().value(_library_key(library))
    return value if isinstance(value, str) and value else None
