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


def test_the_feature_hook_scans_module_files_by_bytes() -> None:
    import claimdesk.core.model as plain
    import claimdesk.gui.shell.main_window as uses_qt
    from claimdesk.gui.common.qt_imports import speed_up_feature_scan

    assert speed_up_feature_scan()  # PySide6 still has the hook, and ours is in place
    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    assert getattr(check, "claimdesk_bytes_scan", False)
    assert check(uses_qt) is True
    assert check(plain) is False
    assert check(sys) is False  # no source file: PySide6's own check answers
