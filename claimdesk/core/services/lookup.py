"""Finding rows by the ids users type: in full or as a unique prefix."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import ORMOption

from claimdesk.core.errors import InputRefused, NotFound
from claimdesk.core.storage.orm import Article, Claim, EvidenceItem

Row = TypeVar("Row", Article, Claim, EvidenceItem)

_HINTS = {
    Article: "list them with `claimdesk-cli articles`",
    Claim: "list them with `claimdesk-cli claims`",
    EvidenceItem: "list a claim's with `claimdesk-cli claim evidence list CLAIM`",
}
_NOUNS = {Article: "article", Claim: "claim", EvidenceItem: "evidence"}


def by_id(session: Session, model: type[Row], ident: str, *options: ORMOption) -> Row:
    """The row whose id is ``ident`` or starts with it; refused when none or several match."""
    noun = _NOUNS[model]
    ident = ident.strip().lower()
    if not ident or not all(c in "0123456789abcdef" for c in ident):
        raise NotFound(f"No {noun} with id {ident!r}: {_HINTS[model]}.")
    rows = session.scalars(
        select(model).where(model.id.startswith(ident, autoescape=True)).options(*options).limit(2)
    ).all()
    if not rows:
        raise NotFound(f"No {noun} with id {ident!r}: {_HINTS[model]}.")
    if len(rows) > 1:
        raise InputRefused(f"The id {ident!r} fits more than one {noun}: give more characters.")
    return rows[0]
