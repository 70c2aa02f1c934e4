"""Reading a ``.json`` / ``.jsonld`` file and importing it as what it holds: our own library
JSON, ClaimReview JSON-LD from other fact-checkers, or W3C Web Annotations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from claimdesk.core.errors import InputRefused
from claimdesk.core.interchange.claimreview_import import claimreviews_in, import_claimreviews
from claimdesk.core.interchange.document import FORMAT
from claimdesk.core.interchange.merge import merge_document
from claimdesk.core.interchange.webannotation_import import annotations_in, import_annotations
from claimdesk.core.model.results import MergeSummary

MAX_JSON_BYTES = 256 * 1024 * 1024
JSON_SUFFIXES = (".json", ".jsonld")


def parse_json(raw: bytes, name: str) -> Any:
    """JSON bytes (UTF-8, BOM allowed) parsed; refused with one line when they are not JSON."""
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputRefused("{name} is not UTF-8 text: save it as UTF-8 JSON.", name=name) from None
    except json.JSONDecodeError as exc:
        raise InputRefused(
            "{name} is not valid JSON (line {line}, column {column}: {reason}): check the file is "
            "complete.",
            name=name,
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        ) from None
    except RecursionError:
        raise InputRefused(
            "{name} is nested too deeply to be read: it is not an export.", name=name
        ) from None


def read_json_file(path: Path, limit: int = MAX_JSON_BYTES) -> Any:
    """The parsed content of a JSON file no larger than ``limit`` bytes."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputRefused(
                "{name} is {size} MB, more than the {limit} MB a JSON import may be: split it.",
                name=path.name,
                size=size // (1024 * 1024),
                limit=limit // (1024 * 1024),
            )
        raw = path.read_bytes()
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).lower()
        raise InputRefused(
            "Cannot read {path}: {reason}; check the path.", path=path, reason=reason
        ) from None
    return parse_json(raw, path.name)


def json_kind(data: Any) -> str | None:
    """What a parsed JSON file holds: ``"library"``, ``"claimreview"``, ``"webannotation"``."""
    if isinstance(data, dict) and data.get("format") == FORMAT:
        return "library"
    if claimreviews_in(data):
        return "claimreview"
    if annotations_in(data):
        return "webannotation"
    return None


def import_json_data(session: Session, data: Any, name: str) -> MergeSummary:
    """Import parsed JSON as whatever it holds; refused when it is none of the three."""
    kind = json_kind(data)
    if kind == "library":
        return merge_document(session, data, name)
    if kind == "claimreview":
        return import_claimreviews(session, data, name, source_name=name)
    if kind == "webannotation":
        return import_annotations(session, data, name)
    raise InputRefused(
        "{name} holds no ClaimDesk library, ClaimReview or Web Annotation: export it again in"
        " one of those formats.",
        name=name,
    )


def import_json_file(session: Session, path: Path) -> MergeSummary:
    """Import a ``.json``/``.jsonld`` file into the library inside the caller's transaction."""
    path = Path(path)
    return import_json_data(session, read_json_file(path), path.name)
