"""Output that needs Qt to draw it (PDF). Kept out of ``claimdesk.core``, which never imports
Qt; the command line imports this package only for the formats that need it."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication

# The application made here must outlive every document drawn with it.
_APP: list[QGuiApplication] = []


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one that works without a display.

    Fonts and text layout need a QGuiApplication. With no X11 or Wayland display on Linux
    and the BSDs (a server, a CI job, ``claimdesk-cli`` over SSH) the default platform would
    abort, so the "offscreen" platform is chosen unless the user picked one.
    """
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("A non-GUI QCoreApplication is running; PDF needs a QGuiApplication.")
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and sys.platform not in ("win32", "darwin"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication([sys.argv[0] if sys.argv else "claimdesk"])
    _APP.append(app)
    return app
