"""Tags: free labels shared by claims and articles."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimdesk.core.errors import InputRefused
from claimdesk.core.storage.orm import Tag
from claimdesk.core.storage.text_guard import clean_value

MAX_TAG = 200


def tags_named(session: Session, names: tuple[str, ...]) -> list[Tag]:
    """The tags with these names (lower case, single spaces), created when new, in order."""
    wanted: list[str] = []
    for raw in names:
        # Repaired as the storage will store it, so that the lookup finds it again.
        name = " ".join(clean_value(raw).split()).lower()
        if len(name) > MAX_TAG:
            raise InputRefused(
                "A tag is longer than {limit} characters: shorten it.", limit=MAX_TAG
            )
        if name and name not in wanted:
            wanted.append(name)
    existing = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(wanted)))}
    tags = []
    for name in wanted:
        tag = existing.get(name)
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
        tags.append(tag)
    return tags
