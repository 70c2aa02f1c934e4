"""The library JSON file (``export --format json``): written from a document already built.

The document comes from :func:`claimdesk.core.interchange.document.library_document`; this
module only turns it into bytes and writes them, so the exporters stay free of the database.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from claimdesk.core.exporters.atomic import write_atomically


def render_library_json(document: Mapping[str, Any]) -> bytes:
    """The document as UTF-8 JSON: readable (indented), non-ASCII kept as is, keys in order."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_library_json(document: Mapping[str, Any], path: Path) -> int:
    """Write the document to ``path`` atomically; returns the number of claims written."""
    write_atomically(Path(path), render_library_json(document))
    return len(document.get("claims", ()))
