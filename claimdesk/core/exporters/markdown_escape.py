"""Escaping user-written and article text so it reads as itself inside a Markdown report.

Text in a report comes from users (notes, tags, explanations) and from articles; either may
hold characters Markdown would act on: a note starting with ``#`` would become a heading, a
``|`` would split a table cell, a ``*`` would start emphasis. Escapes use backslashes, which
CommonMark renderers drop, so the rendered text is unchanged.
"""

from __future__ import annotations

import re

# Characters that act anywhere in a line. '#' is included because a title such as "C#" at the
# end of a heading line would otherwise be read as the heading's closing sequence.
_INLINE = re.compile(r"([\\`*_\[\]<>|~#])")
# An '&' that would start an HTML entity such as "&amp;" or "&#39;".
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Characters that only act at the start of a line: headings, quotes, list items, setext
# underlines, and ordered list numbers ("2014. Anno" would become a list item 2014).
_LINE_START = re.compile(r"^([-+=>])")
_ORDERED = re.compile(r"^(\d{1,9})([.)])")
_SPACES = re.compile(r"\s+")
_URL = re.compile(r"https?://[^\s<>]+", re.IGNORECASE)


def md_inline(text: str | None) -> str:
    """One line of text, safe in a heading, list item or table cell.

    Line breaks become spaces because a newline would end a heading or a table row.
    """
    if not text:
        return ""
    return _escape_line(" ".join(text.split()))


def md_fragment(text: str) -> str:
    """A piece of a line that other pieces will join: escaped, spaces collapsed but kept at
    the ends, and no line-start escapes because it may not start the line."""
    return _escape_inline(_SPACES.sub(" ", text))


def md_lines(text: str | None, indent: str = "") -> str:
    """Multi-line text (notes, explanations), each line escaped and continued with ``indent``
    so it stays inside the list item it belongs to; runs of blank lines collapse to one."""
    if not text:
        return ""
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line and (not lines or not lines[-1]):
            continue
        lines.append(_escape_line(line))
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(f"{indent}{line}" if line else "" for line in lines).removeprefix(indent)


def md_url(url: str | None) -> str:
    """A web address as a clickable autolink, or as escaped text when it is not one."""
    if not url:
        return ""
    url = url.strip()
    if _URL.fullmatch(url):
        return f"<{url}>"
    return md_inline(url)


def md_source(label: str, source: str | None) -> str:
    """An evidence source: ``[label](<url>)`` for a web address, else label and citation."""
    source = (source or "").strip()
    if source and _URL.fullmatch(source):
        return f"[{md_inline(label) or source}](<{source}>)"
    return " — ".join(part for part in (md_inline(label), md_inline(source)) if part)


def md_bold(text: str) -> str:
    """Escaped text in bold. Whitespace stays outside the markers because ``** word**`` is
    not bold in CommonMark; an empty or blank text stays unmarked."""
    core = text.strip()
    if not core:
        return _escape_inline(text)
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{_escape_inline(lead)}**{_escape_inline(core)}**{_escape_inline(trail)}"


def escape_line_start(line: str) -> str:
    """Escape a marker that would make ``line`` a heading, quote, list item or underline."""
    line = _LINE_START.sub(r"\\\1", line)
    return _ORDERED.sub(r"\1\\\2", line)


def _escape_inline(text: str) -> str:
    """Escape characters that act anywhere in a line."""
    return _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", text))


def _escape_line(line: str) -> str:
    """A whole line: inline characters, then the line-start markers."""
    return escape_line_start(_escape_inline(line))
