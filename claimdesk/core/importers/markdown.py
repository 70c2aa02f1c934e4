"""Markdown to plain reading text, and its front matter to metadata.

Not a full CommonMark parser: enough for articles saved from a CMS or a notes app. Headings
keep their words as a paragraph of their own, emphasis and link syntax go, images go, list
items keep a "- " marker (numbered items keep their number), fenced code keeps its lines,
table rows become lines of cells separated by " | ", paragraphs separated by blank lines stay
separate, and a paragraph's soft-wrapped lines are joined with a space so that a sentence is
never cut by a line end.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

from claimdesk.core.importers.detect import parse_date
from claimdesk.core.model import ArticleMeta

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+(.*)$")
_NUMBERED = re.compile(r"^([ \t]*)(\d{1,9}[.)])[ \t]+(.*)$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")

_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_IMAGE = re.compile(r"!\[[^\]]*\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+|mailto:[^>\s]+)>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_EM_STAR = re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*")
# An underscore inside a word (snake_case, file_names) is not emphasis.
_EM_UNDERSCORE = re.compile(r"(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)")
# Escaped punctuation waits in the private-use area until emphasis is gone.
_PRIVATE = 0xE000


@dataclass(frozen=True, slots=True)
class MarkdownText:
    """A Markdown document turned into reading text."""

    text: str
    front: ArticleMeta  # what the front matter says; absent keys stay None
    first_heading: str | None


def convert(source: str) -> MarkdownText:
    """Split off the front matter of normalised Markdown and turn the body into plain text."""
    front, body = split_front_matter(source)
    blocks, first_heading = _blocks(body.split("\n"))
    return MarkdownText("\n\n".join(blocks), parse_front_matter(front), first_heading)


def split_front_matter(source: str) -> tuple[list[str], str]:
    """The front matter's lines (empty if none) and the rest of the document."""
    lines = source.split("\n")
    if not lines or lines[0].strip() != "---":
        return [], source
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return lines[1:index], "\n".join(lines[index + 1 :])
    # An opening rule with no closing one is a thematic break, not front matter.
    return [], source


_LANGUAGE_NAMES = {
    "italian": "it", "italiano": "it", "english": "en", "inglese": "en", "french": "fr",
    "français": "fr", "francese": "fr", "german": "de", "deutsch": "de", "tedesco": "de",
    "spanish": "es", "español": "es", "spagnolo": "es", "portuguese": "pt", "português": "pt",
    "portoghese": "pt", "dutch": "nl", "nederlands": "nl", "olandese": "nl",
}  # fmt: skip


def parse_front_matter(lines: list[str]) -> ArticleMeta:
    """Read the simple ``key: value`` lines of a front matter block.

    Keys: title, outlet (or publisher, source, site), url (or link, canonical), date or
    published, language or lang, author or authors. Lists may be ``[a, b]`` or ``- a`` lines.
    Anything else, including nested YAML, is ignored.
    """
    values: dict[str, list[str]] = {}
    key: str | None = None
    for raw in lines:
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = re.match(r"^[ \t]*-[ \t]+(.*)$", line)
        if item and key is not None:
            values.setdefault(key, []).append(_unquote(item.group(1)))
            continue
        pair = re.match(r"^([A-Za-z_][\w-]*)[ \t]*:(.*)$", line)
        if not pair:
            key = None
            continue
        key = pair.group(1).lower()
        value = pair.group(2).strip()
        if value.startswith("[") and value.endswith("]"):
            values[key] = [_unquote(v) for v in value[1:-1].split(",") if v.strip()]
        elif value:
            values[key] = [_unquote(value)]
    return ArticleMeta(
        title=_first(values, "title"),
        outlet=_first(values, "outlet", "publisher", "source", "site"),
        url=_first(values, "url", "link", "canonical"),
        language=_language(_first(values, "language", "lang")),
        published=_date(_first(values, "published", "date")),
        authors=_authors(values),
    )


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _first(values: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        for value in values.get(key, []):
            if value:
                return value
    return None


def _language(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().lower()
    code = re.match(r"^([a-z]{2})(?:[-_][a-z]{2,4})?$", value)
    if code:
        return code.group(1)
    return _LANGUAGE_NAMES.get(value)


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    iso = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if iso:
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    return parse_date(value)


def _authors(values: dict[str, list[str]]) -> tuple[str, ...]:
    found = values.get("authors") or values.get("author") or []
    names: list[str] = []
    for value in found:
        # "author: A, B" and "author: A and B" both name two people.
        names.extend(n.strip() for n in re.split(r",| and | e ", value) if n.strip())
    return tuple(names)


def _blocks(lines: list[str]) -> tuple[list[str], str | None]:
    """Group lines into rendered blocks; also return the first heading's text."""
    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []
    rows: list[str] = []
    first_heading: str | None = None
    fence: str | None = None
    code: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            text = _join_paragraph(paragraph)
            if text:
                blocks.append(text)
            paragraph.clear()

    def end_items() -> None:
        for lines_ in (items, rows):
            if lines_:
                blocks.append("\n".join(lines_))
                lines_.clear()

    def heading(text: str) -> None:
        nonlocal first_heading
        end_paragraph()
        end_items()
        rendered = inline(text).strip()
        if rendered:
            blocks.append(rendered)
            if first_heading is None:
                first_heading = rendered

    for raw in lines:
        if fence is not None:
            if raw.strip().startswith(fence) and not raw.strip().strip(fence[0]):
                blocks.append("\n".join(code).rstrip())
                code.clear()
                fence = None
            else:
                code.append(raw)
            continue
        line = raw
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        opening = _FENCE.match(line)
        if opening:
            end_paragraph()
            end_items()
            fence = opening.group(1)
            continue
        if not line.strip():
            end_paragraph()
            end_items()
            continue
        atx = _ATX.match(line)
        if atx:
            heading(atx.group(2) or "")
            continue
        if paragraph and not items and _SETEXT.match(line):
            text = " ".join(p.strip() for p in paragraph)
            paragraph.clear()
            heading(text)
            continue
        if rows and _TABLE_RULE.match(line):
            continue
        if _TABLE_RULE.match(line) or _BREAK.match(line) or _REFERENCE.match(line):
            end_paragraph()
            end_items()
            continue
        if line.lstrip().startswith("|"):
            end_paragraph()
            cells = line.strip().strip("|").split("|")
            rows.append(" | ".join(inline(cell).strip() for cell in cells))
            continue
        if rows:
            end_items()
        bullet = _BULLET.match(line)
        numbered = _NUMBERED.match(line)
        if bullet or numbered:
            end_paragraph()
            if bullet:
                item = f"{bullet.group(1)}- {inline(bullet.group(2)).strip()}"
            else:
                assert numbered is not None
                marker = numbered.group(2)
                item = f"{numbered.group(1)}{marker} {inline(numbered.group(3)).strip()}"
            items.append(item.rstrip())
            continue
        if items:
            # A wrapped list item continues on the next line.
            continuation = inline(line).strip()
            if continuation:
                items[-1] = f"{items[-1]} {continuation}"
            continue
        paragraph.append(line)
    if fence is not None and code:
        blocks.append("\n".join(code).rstrip())
    end_paragraph()
    end_items()
    return [b for b in blocks if b.strip()], first_heading


def _join_paragraph(lines: list[str]) -> str:
    """Join a paragraph's lines with spaces, keeping Markdown hard breaks as line ends."""
    out = ""
    for index, line in enumerate(lines):
        hard = line.endswith("  ") or line.endswith("\\")
        text = line.rstrip("\\ \t") if hard else line.strip()
        text = text.lstrip()
        if index and out and not out.endswith("\n"):
            out += " "
        out += text
        if hard and index < len(lines) - 1:
            out += "\n"
    return "\n".join(part.strip() for part in inline(out).split("\n")).strip()


def inline(text: str) -> str:
    """Remove inline Markdown from one block: code spans keep their content as is."""
    out: list[str] = []
    last = 0
    for match in _CODE_SPAN.finditer(text):
        out.append(_inline_plain(text[last : match.start()]))
        out.append(match.group(2).strip() if match.group(2).strip() else match.group(2))
        last = match.end()
    out.append(_inline_plain(text[last:]))
    return "".join(out)


def _inline_plain(text: str) -> str:
    text = _ESCAPE.sub(lambda m: chr(_PRIVATE + ord(m.group(1))), text)
    text = _COMMENT.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _STRONG.sub(r"\2", text)
        text = _STRIKE.sub(r"\1", text)
        text = _EM_STAR.sub(r"\1", text)
        text = _EM_UNDERSCORE.sub(r"\1", text)
    text = html.unescape(text)
    text = re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group(0)) - _PRIVATE), text)
    # Removing an image can leave two spaces where there was one.
    return re.sub(r"(?<=\S)[ \t]{2,}(?=\S)", " ", text)
