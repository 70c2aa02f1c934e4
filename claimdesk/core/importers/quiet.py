"""What the format libraries say while reading a file is kept in our log, never printed.

pdfminer, trafilatura and their helpers log warnings about the files they read ("Refusing to
execute circular reference…") and some raise Python warnings. With no handler set up, Python
prints both on stderr, which breaks the one-line rule for refusals and worries the user after a
good import. Their loggers are taken off the root logger and passed to ours at DEBUG level, and
Python warnings raised during an extraction are logged the same way.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import warnings
from collections.abc import Iterator

log = logging.getLogger("claimdesk.core.importers.libraries")

# The libraries the importers load, and the ones those load.
LIBRARY_LOGGERS = (
    "pdfminer",
    "trafilatura",
    "htmldate",
    "courlan",
    "justext",
    "charset_normalizer",
    "docx",
    "lxml",
)
_setup_lock = threading.Lock()
_extraction_lock = threading.RLock()
_set_up = False


class _ToDebug(logging.Handler):
    """Passes a library's record on to our logger at DEBUG, naming the library."""

    def emit(self, record: logging.LogRecord) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s: %s", record.name, record.getMessage())


def capture_library_logs() -> None:
    """Route the libraries' loggers to ours at DEBUG (once; later calls do nothing)."""
    global _set_up
    with _setup_lock:
        if _set_up:
            return
        handler = _ToDebug()
        for name in LIBRARY_LOGGERS:
            library = logging.getLogger(name)
            library.addHandler(handler)
            library.propagate = False
        _set_up = True


@contextlib.contextmanager
def library_output_captured() -> Iterator[None]:
    """Around an extraction: library log records and Python warnings go to our log only."""
    capture_library_logs()
    # Python's warning filters are one for the process: extractions take turns with them,
    # so that one ending cannot restore the filters under another still running.
    with _extraction_lock, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        finally:
            for warning in caught:
                log.debug("%s: %s", warning.category.__name__, warning.message)
