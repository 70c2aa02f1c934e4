"""Finding rows by the ids users type: in full or as a unique prefix."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import ORMOption

from claimdesk.core.errors import InputRefused, NotFound
from claimdesk.core.messages import Message
from claimdesk.core.storage.orm import Article, Claim, EvidenceItem

Row = TypeVar("Row", Article, Claim, EvidenceItem)
ID_LENGTH = 32  # the hex of a uuid4, as new_id makes them

_MISSING = {
    Article: Message("No article with id {ident!r}: list them with `claimdesk-cli articles`."),
    Claim: Message("No claim with id {ident!r}: list them with `claimdesk-cli claims`."),
    EvidenceItem: Message(
        "No evidence with id {ident!r}: "
        "list a claim's with `claimdesk-cli claim evidence list CLAIM`."
    ),
}
_AMBIGUOUS = {
    Article: Message("The id {ident!r} fits more than one article: give more characters."),
    Claim: Message("The id {ident!r} fits more than one claim: give more characters."),
    EvidenceItem: Message(
        "The id {ident!r} fits more than one piece of evidence: give more characters."
    ),
}


def by_id(session: Session, model: type[Row], ident: str, *options: ORMOption) -> Row:
    """The row whose id is ``ident`` or starts with it; refused when none or several match."""
    ident = ident.strip().lower()
    if not ident or not all(c in "0123456789abcdef" for c in ident):
        raise NotFound(_MISSING[model], ident=ident)
    if len(ident) == ID_LENGTH:
        # A whole id is looked up by the key; a prefix's LIKE reads the whole table (40 ms
        # of every mark on 10,000 articles, which carry their texts).
        found = session.scalars(select(model).where(model.id == ident).options(*options)).first()
        if found is not None:
            return found
    rows = session.scalars(
        select(model).where(model.id.startswith(ident, autoescape=True)).options(*options).limit(2)
    ).all()
    if not rows:
        raise NotFound(_MISSING[model], ident=ident)
    if len(rows) > 1:
        raise InputRefused(_AMBIGUOUS[model], ident=ident)
    return rows[0]
