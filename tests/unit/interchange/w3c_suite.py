"""The W3C Web Annotation test suite's MUST assertions, run with jsonschema (Draft 4).

Every schema file names itself by its file name in ``id`` and refers to the others by file
name, so each is registered under that name.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from tests.conftest import shared_path


def suite() -> Path:
    """The suite's folder in ../shared/data (fails under CI when missing)."""
    return shared_path("data", "web-annotation-tests")


@cache
def _registry(root: Path) -> Registry[Any]:
    resources = []
    for path in sorted(root.rglob("*.json")):
        if "tools" in path.relative_to(root).parts:
            continue
        contents = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(contents, dict) and "id" in contents:
            resource = Resource.from_contents(contents, default_specification=DRAFT4)
            resources.append((str(contents["id"]), resource))
    return Registry().with_resources(resources)


# The suite's "uri" and "date-time" formats, checked here without optional packages (jsonschema
# skips a format it has no checker for, which would let "not a uri" through).
FORMATS = FormatChecker(formats=())
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*$")


@FORMATS.checks("uri")
def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(_URI.match(value))


@FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", value):
        return False
    dt.datetime.fromisoformat(value)
    return True


def must_assertions(root: Path) -> list[dict[str, Any]]:
    """The assertion schemas listed in ``annotations/annotationMusts.test``."""
    test = json.loads((root / "annotations" / "annotationMusts.test").read_text("utf-8"))
    return [json.loads((root / name).read_text(encoding="utf-8")) for name in test["assertions"]]


def failed_musts(annotation: dict[str, Any], root: Path) -> list[str]:
    """The ids of the MUST assertions ``annotation`` fails (empty when it passes them all)."""
    registry = _registry(root)
    failed = []
    for assertion in must_assertions(root):
        validator = Draft4Validator(assertion, registry=registry, format_checker=FORMATS)
        valid = validator.is_valid(annotation)
        expected_valid = assertion.get("expectedResult", "valid") == "valid"
        if valid != expected_valid:
            failed.append(str(assertion["id"]))
    return failed
