"""A faster module scan for PySide6's ``__feature__`` import hook.

Once PySide6 is imported, every module imported after it (and every one before it, once)
is checked for the word "PySide6" in its source, through ``inspect.getsource``: 440 modules
at ClaimDesk's start-up, about 0.1 s of it, mostly spent tokenising sources line by line.
The same question is answered here by searching the file's bytes; modules without a source
file still go to PySide6's own check.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE_MODULES = ("shibokensupport.feature", "PySide6.support.feature")


def speed_up_feature_scan() -> bool:
    """Replace the hook's check with a byte search; False when PySide6 has no such hook."""
    import PySide6.QtCore  # noqa: F401  (sets the hook up)

    feature = next((sys.modules[n] for n in _FEATURE_MODULES if n in sys.modules), None)
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None:
        return False
    if getattr(original, "claimdesk_bytes_scan", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.claimdesk_bytes_scan = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
