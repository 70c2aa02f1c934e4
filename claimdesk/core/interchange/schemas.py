"""The JSON Schemas shipped in ``resources/schemas`` and validation against them."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from claimdesk.core.errors import InputRefused


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The schema ``name`` (e.g. ``"library.schema.json"``), also inside an installed wheel."""
    source = resources.files("claimdesk") / "resources" / "schemas" / name
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return data


def schema_errors(data: object, name: str) -> list[str]:
    """Every way ``data`` breaks schema ``name``, one short line each (empty when valid)."""
    validator = Draft202012Validator(
        load_schema(name), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    return [
        f"{_where(list(e.absolute_path))}: {e.message}"
        for e in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    ]


def check_against(data: object, name: str, what: str) -> None:
    """Refuse ``data`` (described as ``what``) with its most telling error when it is invalid."""
    validator = Draft202012Validator(
        load_schema(name), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    error = best_match(validator.iter_errors(data))
    if error is not None:
        where = _where(list(error.absolute_path))
        message = error.message if len(error.message) <= 160 else error.message[:157] + "..."
        raise InputRefused(
            "{what} is not valid at {where} ({message}): export it again from ClaimDesk.",
            what=what,
            where=where,
            message=message,
        )


def _where(path: list[str | int]) -> str:
    """A JSON path such as ``claims[3].verdict``."""
    text = "$"
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text
