"""The Qt binding in use does not leak or over-release references to None.

PySide6 6.12.0 released one reference to None on every call of a method returning nothing;
on Python 3.11 the interpreter aborts after a few thousand calls. pyproject pins it out; this
test stops an upgrade from bringing it back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_keep_the_reference_count_of_none() -> None:
    holder = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        holder.setObjectName("probe")
    assert abs(sys.getrefcount(None) - before) < 10
