"""Restart ClaimDesk with the same command line (after the interface language changed)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication, QWidget

# Options that only make sense for the run that had them.
_ONE_RUN_ONLY = ("--smoke-test",)


def relaunch_command(argv: list[str] | None = None) -> tuple[str, list[str]]:
    """The program and arguments that start this ClaimDesk again: the built program itself,
    or this Python running the ``claimdesk`` module."""
    args = [arg for arg in (sys.argv if argv is None else argv)[1:] if arg not in _ONE_RUN_ONLY]
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "claimdesk", *args]


def relaunch(window: QWidget) -> bool:
    """Start a new ClaimDesk, then close ``window`` (it saves what is being typed and closes
    the library, whose index the new one takes over as it opens) and quit; False, with
    nothing closed, when the new one cannot start."""
    program, args = relaunch_command()
    if not QProcess.startDetached(program, args)[0]:
        return False
    window.close()
    QApplication.quit()
    return True
