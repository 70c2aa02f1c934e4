"""Progress and Cancel for an import that takes a while (pages read by OCR, one by one).

Whoever runs an import (the window's worker) may set a :class:`Progress` around it with
:func:`reporting`; the importer calls :func:`step` before each page, which tells how far it is
and raises :class:`ImportCancelled` once Cancel was asked. Without one, :func:`step` does
nothing. A context variable carries it, so the desk's methods need no extra argument.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from claimdesk.core.errors import InputRefused


class ImportCancelled(InputRefused):
    """The user cancelled the import of a file while it was read: nothing was stored."""


@dataclass(slots=True)
class Progress:
    """Where an import tells its steps (``done`` of ``total``) and
    from where it learns that Cancel was asked."""

    on_step: Callable[[int, int], None] | None = None
    cancel_event: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        """Ask the import to stop before its next step (any thread)."""
        self.cancel_event.set()


_current: contextvars.ContextVar[Progress | None] = contextvars.ContextVar(
    "claimdesk_import_progress", default=None
)


@contextlib.contextmanager
def reporting(progress: Progress) -> Iterator[Progress]:
    """Imports run inside this block report to ``progress``."""
    token = _current.set(progress)
    try:
        yield progress
    finally:
        _current.reset(token)


def step(done: int, total: int, name: str) -> None:
    """Tell the progress (if any) that ``done`` of ``total`` steps (pages) are done; raise
    :class:`ImportCancelled` (naming ``name``) if Cancel was asked."""
    progress = _current.get()
    if progress is None:
        return
    if progress.cancel_event.is_set():
        raise ImportCancelled("The import of {name} was cancelled: nothing was stored.", name=name)
    if progress.on_step is not None:
        progress.on_step(done, total)
