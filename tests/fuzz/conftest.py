"""Fuzzing settings: a small budget by default, ``CLAIMDESK_FUZZ_EXAMPLES`` for long runs.

Every case runs under a wall-clock bound (:func:`bounded`) besides Hypothesis's deadline, so
a hang fails the case instead of the suite; the number of cases run is printed at the end.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from types import FrameType

import pytest
from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("CLAIMDESK_FUZZ_EXAMPLES", "60"))
CASE_SECONDS = 10.0  # no single input may take longer than this to be read or refused

settings.register_profile(
    "claimdesk-fuzz",
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=CASE_SECONDS),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=os.environ.get("CLAIMDESK_FUZZ_SEED") is None and EXAMPLES <= 100,
    database=None,
)
settings.load_profile("claimdesk-fuzz")

CASES = {"run": 0}


class CaseTimeout(Exception):
    """A fuzz case ran past its bound: a hang, which is a bug."""


@contextmanager
def bounded(seconds: float = CASE_SECONDS) -> Iterator[None]:
    """Fail the case with :class:`CaseTimeout` when its body runs longer than ``seconds``."""

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise CaseTimeout(f"a fuzz case ran longer than {seconds} s")

    CASES["run"] += 1
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how many fuzz cases ran (the figure the reliability note quotes)."""
    if CASES["run"]:
        terminalreporter.write_line(
            f"fuzz cases run: {CASES['run']} (examples per test {EXAMPLES})"
        )
