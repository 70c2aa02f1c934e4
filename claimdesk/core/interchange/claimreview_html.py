"""ClaimReview markup inside a saved web page: JSON-LD scripts and schema.org microdata.

Nothing on the page is run. JSON-LD blocks are read as JSON, forgiving what pages commonly
get wrong (HTML comments or CDATA around the JSON, raw line breaks inside strings, a trailing
comma); microdata items are turned into the same nested objects JSON-LD would give.
"""

from __future__ import annotations

import json
import re
from typing import Any

from claimdesk.core.interchange.claimreview_read import review_nodes

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_WRAPPING = re.compile(r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)|(?:-->|\]\]>|//\s*\]\]>)\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_VALUE_ATTRIBUTES = ("content", "datetime", "href", "src", "value", "data")


def _json_block(text: str) -> Any:
    body = _WRAPPING.sub("", text.strip())
    for attempt in (body, _TRAILING_COMMA.sub(r"\1", body)):
        try:
            return json.loads(attempt, strict=False)
        except json.JSONDecodeError:
            continue
    return None


def page_documents(source: str) -> list[Any]:
    """Every JSON-LD block of a page (parsed) and every microdata item, as JSON values."""
    from lxml import etree, html  # type: ignore[import-untyped]

    if not source.strip():
        return []
    try:
        tree = html.document_fromstring(source)
    except (ValueError, etree.ParserError):
        return []
    found: list[Any] = []
    for script in tree.iter("script"):
        kind = (script.get("type") or "").split(";")[0].strip().lower()
        if kind == "application/ld+json" and script.text:
            data = _json_block(script.text)
            if data is not None:
                found.append(data)
    for element in tree.xpath("//*[@itemscope][@itemtype]"):
        if not _inside_item(element):
            found.append(_item(element, 0))
    return found


def page_holds_claimreview(source: str) -> bool:
    """Whether a page carries ClaimReview markup (JSON-LD or microdata)."""
    if "ClaimReview" not in source:
        return False
    return any(review_nodes(doc) for doc in page_documents(source))


def _inside_item(element: Any) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.get("itemscope") is not None:
            return True
        parent = parent.getparent()
    return False


def _item(element: Any, depth: int) -> dict[str, Any]:
    types = (element.get("itemtype") or "").split()
    node: dict[str, Any] = {"@type": types[0] if len(types) == 1 else types}
    if depth > 8:
        return node
    for child in _properties(element):
        value: Any
        if child.get("itemscope") is not None:
            value = _item(child, depth + 1)
        else:
            value = next(
                (child.get(a) for a in _VALUE_ATTRIBUTES if child.get(a) is not None), None
            )
            if value is None:
                value = " ".join(child.text_content().split())
        for name in (child.get("itemprop") or "").split():
            if name in node:
                previous = node[name]
                node[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
            else:
                node[name] = value
    return node


def _properties(element: Any) -> list[Any]:
    """The elements carrying ``itemprop`` for this item (not for an item nested in it)."""
    found: list[Any] = []
    stack = list(element)
    while stack:
        child = stack.pop(0)
        if not isinstance(child.tag, str):
            continue
        if child.get("itemprop") is not None:
            found.append(child)
        if child.get("itemscope") is None:
            stack[0:0] = list(child)
    return found
