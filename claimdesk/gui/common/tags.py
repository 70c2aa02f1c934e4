"""Tags as the user types them: one comma-separated line."""

from __future__ import annotations


def parse_tags(text: str) -> tuple[str, ...]:
    """Comma-separated tags, trimmed, empties and repeats dropped, order kept."""
    seen: dict[str, None] = {}
    for part in text.split(","):
        tag = part.strip()
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)
