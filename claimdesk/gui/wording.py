"""Small helpers for user-facing wording."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 article``, ``2 articles``; ``many`` for words that do not just take an s."""
    return f"{count} {word if count == 1 else (many or word + 's')}"
