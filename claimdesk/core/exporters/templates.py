"""Report templates: the user's own copies first, then the ones shipped in the package.

``claimdesk-cli templates`` copies the shipped templates into the user's template folder
(``$CLAIMDESK_TEMPLATES``, else ``templates/`` in the platform's config folder for
ClaimDesk); an edited copy there is used for every later report, and picked up again when
the file changes.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import jinja2
import platformdirs

from claimdesk.core.errors import InputRefused

ENV_TEMPLATES = "CLAIMDESK_TEMPLATES"
SHIPPED = ("report.md.j2", "report.html.j2", "report.css")


def user_template_folder() -> Path:
    """Where the user's own report templates live."""
    configured = os.environ.get(ENV_TEMPLATES)
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_config_dir("ClaimDesk", appauthor=False)) / "templates"


def load_template(name: str) -> tuple[str, str | None, Callable[[], bool]]:
    """A template for Jinja's FunctionLoader: source, file name, and an up-to-date check."""
    own = user_template_folder() / name
    stamp = _stamp(own)

    def unchanged() -> bool:
        # Still the same user file (or still none), also after the folder setting changed.
        return _stamp(user_template_folder() / name) == stamp

    if stamp is not None:
        return own.read_text(encoding="utf-8"), str(own), unchanged
    shipped = resources.files("claimdesk") / "resources" / "templates" / name
    return shipped.read_text(encoding="utf-8"), None, unchanged


def _stamp(path: Path) -> int | None:
    try:
        return path.stat().st_mtime_ns if path.is_file() else None
    except OSError:
        return None


def render_template(environment: jinja2.Environment, name: str, **context: object) -> str:
    """``name`` rendered with ``context``; a user's copy made for another version of the
    report (a value it names that the report no longer has, a syntax error) is refused in one
    line that says which file and what to do, instead of a traceback."""
    try:
        return environment.get_template(name).render(**context)
    except jinja2.TemplateError as exc:
        own = user_template_folder() / name
        where = str(own) if own.is_file() else name
        problem = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise InputRefused(
            "The report template {path} does not fit this version of ClaimDesk ({problem}): "
            "rename it, run `claimdesk-cli templates` for the current one and copy your "
            "changes into it.",
            path=where,
            problem=problem,
        ) from None


def read_template(name: str) -> str:
    """The text of a template (the user's copy when there is one)."""
    return load_template(name)[0]


def copy_templates(folder: Path | None = None) -> list[Path]:
    """Copy the shipped templates into ``folder`` (default: the user's template folder),
    leaving files already there untouched; returns the files written."""
    target = folder or user_template_folder()
    target.mkdir(parents=True, exist_ok=True)
    written = []
    shipped = resources.files("claimdesk") / "resources" / "templates"
    for name in SHIPPED:
        dest = target / name
        if not dest.exists():
            with resources.as_file(shipped / name) as source:
                shutil.copyfile(source, dest)
            written.append(dest)
    return written
