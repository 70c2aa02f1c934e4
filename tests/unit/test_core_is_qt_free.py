"""The core and the CLI never import Qt: proven by importing every module with Qt blocked."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import REPO


def test_every_core_module_imports_with_qt_blocked() -> None:
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                top = name.split(".")[0]
                if top in {"PySide6", "shiboken6"} or name.startswith("claimdesk.gui"):
                    raise ImportError(f"{name} is blocked: the core must not import Qt")
                return None

        sys.meta_path.insert(0, BlockQt())
        import claimdesk.core, claimdesk.cli
        names = ["claimdesk.cli"]
        for info in pkgutil.walk_packages(claimdesk.core.__path__, "claimdesk.core."):
            if ".migrations" in info.name:
                continue
            importlib.import_module(info.name)
            names.append(info.name)
        assert not any(m.startswith(("PySide6", "shiboken6")) for m in sys.modules)
        print(len(names))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 15
