"""Saved web pages and pasted HTML: the article's main text and the page's metadata.

trafilatura finds the main text (menus, ads, comments and scripts go; nothing is ever run)
and reads title, author, outlet, canonical URL and date from the page's metadata; lxml reads
the declared language. A page too small for trafilatura's article detection is read whole,
without scripts and styles.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from claimdesk.core.errors import InputRefused
from claimdesk.core.importers.decode import decode_bytes
from claimdesk.core.importers.found import (
    Extracted,
    Found,
    clean,
    join_blocks,
    language_code,
    split_authors,
)
from claimdesk.core.importers.libraries import reader_for

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SNIFF = 4096
# trafilatura refuses to walk pages with more elements than this (a hostile page's DOM).
MAX_TREE_SIZE = 200_000
_BLOCKS_JOINED_BY_LINE = ("list",)


def decode_html(data: bytes, name: str) -> str:
    """A page's bytes as text: BOM, then its ``<meta charset>``, then UTF-8, then a guess."""
    match = _CHARSET.search(data[:_SNIFF])
    declared = match.group(1).decode("ascii", "replace") if match else None
    text, _encoding = decode_bytes(data, name, declared)
    return text


def extract_html(source: str, name: str) -> Extracted:
    """The main text of a page (blocks separated by blank lines) and what its metadata says."""
    with reader_for(name):
        import trafilatura
        from trafilatura.settings import Document

    if not source.strip():
        raise InputRefused("{name} is empty: there is no text to import.", name=name)
    tree = trafilatura.load_html(source)
    if tree is None:
        raise _no_text(name)
    language = _page_language(tree)
    document: Document | None = None
    try:
        result = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            config=_config(),
            # Dates from the page's markup only: a copyright year in the footer is no date.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        if isinstance(result, Document):
            document = result
    except Exception:  # a hostile page can break the extractor anywhere: read it whole instead
        document = None
    blocks: list[str] = []
    if document is not None and document.body is not None:
        try:
            blocks = _blocks(document.body)
        except RecursionError:  # a hostile page nested thousands deep
            blocks = _flat_blocks(document.body)
    if not any(b.strip() for b in blocks):
        blocks = _whole_page_blocks(source)
    text = join_blocks(blocks)
    if not text:
        raise _no_text(name)
    found = Found(language=language)
    if document is not None:
        found = Found(
            title=clean(document.title),
            authors=split_authors(document.author),
            outlet=clean(document.sitename),
            url=clean(document.url),
            language=language,
            published=_date(document.date),
        )
    return Extracted(text=text, found=found)


@functools.cache
def _config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "max_tree_size", str(MAX_TREE_SIZE))
    return config


def _no_text(name: str) -> InputRefused:
    return InputRefused(
        "{name} has no readable text (only markup, scripts or styles): "
        "save the page again with its article, or paste the article's text.",
        name=name,
    )


def _page_language(tree: Any) -> str | None:
    for value in (
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *tree.xpath(
            "//meta[translate(@http-equiv,'CONTENTLANGUAGE','contentlanguage')"
            "='content-language']/@content"
        ),
        *tree.xpath("//meta[@property='og:locale']/@content"),
    ):
        code = language_code(value)
        if code is not None:
            return code
    return None


def _date(value: object) -> dt.date | None:
    text = clean(value)
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


# trafilatura's inline elements: they belong to the text around them; every other element
# (paragraph, heading, quote, list, item, table, row, cell, code) is a block or holds blocks.
_INLINE_TAGS = ("hi", "ref", "del", "lb")


def _blocks(element: Any) -> list[str]:
    """An element's blocks in order. Each block child gives its own (a quote's paragraphs
    one each, a list one an item with its nested items after it, a table one a row with its
    cells joined by ``|``); the text trafilatura leaves loose between them (the element's
    ``text``, its inline children and the tails after its blocks) is kept as paragraphs where
    it stands."""
    if _tag(element) == "table":
        return [_row(row) for row in element.iter("row") if _table_of(row) is element]
    blocks: list[str] = []
    loose: list[str] = [element.text or ""]

    def close_loose() -> None:
        text = _clean_lines("".join(loose))
        if text:
            blocks.append(text)
        loose.clear()

    for child in element:
        tag = _tag(child)
        if tag in _INLINE_TAGS:
            loose.append("\n" if tag == "lb" else _inline_text(child))
        elif tag:
            close_loose()
            blocks.extend(_blocks(child))
        loose.append(child.tail or "")
    close_loose()
    return blocks


def _tag(element: Any) -> str:
    return element.tag if isinstance(element.tag, str) else ""  # a comment has no name


def _table_of(row: Any) -> Any:
    return next(row.iterancestors("table"), None)


def _row(row: Any) -> str:
    """A table row: its cells (each flattened to one run of text) joined by `` | ``."""
    cells = [" ".join(_blocks(cell)) for cell in row if _tag(cell) == "cell"]
    return " | ".join(cell for cell in cells)


def _inline_text(element: Any) -> str:
    # A <br> inside bold or a link is a line end too.
    for line_break in element.iter("lb"):
        line_break.tail = "\n" + (line_break.tail or "")
    return "".join(element.itertext())


def _flat_blocks(body: Any) -> list[str]:
    """A body too deeply nested to walk: all its text as one block."""
    return [_clean_lines(" ".join(body.itertext()))]


def _clean_lines(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()


def _whole_page_blocks(source: str) -> list[str]:
    import trafilatura

    return [line for line in trafilatura.html2txt(source).split("\n") if line.strip()]
