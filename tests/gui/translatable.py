"""Find user-facing string literals in the GUI code that do not go through ``translate``.

A literal (or f-string) given to a Qt call that shows text (``setText``, ``QLabel``,
``addAction``, ``QMessageBox.warning``...) must be wrapped in ``translate(...)`` or
``tr_noop(...)``. Run ``python -m tests.gui.translatable`` to list what is left.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

GUI_DIR = Path(__file__).resolve().parents[2] / "claimdesk" / "gui"

# Calls whose string arguments are shown to the user.
TEXT_CALLS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText", "addAction",
    "addMenu", "setTitle", "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton",
    "QGroupBox", "QMenu", "QToolButton", "addRow", "addItem", "addItems", "setHeaderLabels",
    "setHorizontalHeaderLabels", "information", "warning", "critical", "question", "about",
    "setAccessibleName", "setAccessibleDescription", "showMessage", "show_info", "show_error",
    "show_warning", "setWhatsThis", "addTab", "setTabText", "setLabelText", "setInformativeText",
    "setDetailedText", "setSpecialValueText", "setSuffix", "setPrefix", "setCancelButtonText",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "getOpenFileNames", "getText",
    "getItem", "QProgressDialog", "setWindowIconText", "setButtonText", "addButton",
    "setIconText", "QCommandLinkButton", "QWizardPage", "setSubTitle", "setEmptyText",
    "show_message", "set_message", "setPlainTextPlaceholder",
})  # fmt: skip
LOGGERS = frozenset({"log", "_log", "logger", "logging"})
# Arguments that hold no prose: file filters are built from translated words elsewhere.
IGNORED_MARK = "# i18n: not prose"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_log_call(func: ast.expr) -> bool:
    # log.warning(...) writes to the log, not to the user.
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in LOGGERS
    )


def _is_prose(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(part, ast.Constant) and any(ch.isalpha() for ch in str(part.value))
            for part in node.values
        )
    return False


def offenders(path: Path) -> Iterator[tuple[int, str]]:
    """``(line, call name)`` of each literal shown to the user without translation."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _name(node.func) not in TEXT_CALLS:
            continue
        if _is_log_call(node.func):
            continue
        args = [*node.args, *(kw.value for kw in node.keywords)]
        for arg in args:
            if _is_prose(arg) and IGNORED_MARK not in lines[arg.lineno - 1]:
                yield arg.lineno, _name(node.func)


def all_offenders() -> list[str]:
    """Every offender in the GUI package, as ``file:line: call``."""
    found = []
    for path in sorted(GUI_DIR.rglob("*.py")):
        for line, call in offenders(path):
            found.append(f"{path.name}:{line}: {call}")
    return found


if __name__ == "__main__":
    left = all_offenders()
    print("\n".join(left))
    print(f"{len(left)} untranslated literals", file=sys.stderr)
