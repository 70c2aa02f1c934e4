"""Typed, directed links between claims: denies, contradicts, supports, repeats."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from claimdesk.core.errors import InputRefused
from claimdesk.core.messages import Message
from claimdesk.core.model import ClaimView, LinkType
from claimdesk.core.services.history import record
from claimdesk.core.services.lookup import by_id
from claimdesk.core.services.views import claim_load_options, claim_view
from claimdesk.core.storage.orm import Claim, ClaimLink

# A link asked for twice, and a link asked to be removed that is not there.
_ALREADY = {
    LinkType.DENIES: Message("The first claim already denies the second: nothing to add."),
    LinkType.CONTRADICTS: Message(
        "The first claim already contradicts the second: nothing to add."
    ),
    LinkType.SUPPORTS: Message("The first claim already supports the second: nothing to add."),
    LinkType.REPEATS: Message("The first claim already repeats the second: nothing to add."),
}
_NOT_THERE = {
    LinkType.DENIES: Message(
        "The first claim has no denies link to the second: nothing to remove."
    ),
    LinkType.CONTRADICTS: Message(
        "The first claim has no contradicts link to the second: nothing to remove."
    ),
    LinkType.SUPPORTS: Message(
        "The first claim has no supports link to the second: nothing to remove."
    ),
    LinkType.REPEATS: Message(
        "The first claim has no repeats link to the second: nothing to remove."
    ),
}


def link_type(value: LinkType | str) -> LinkType:
    """A link type from its name; refused with the choices when unknown."""
    try:
        return LinkType(value)
    except ValueError:
        choices = ", ".join(t.value for t in LinkType)
        raise InputRefused(
            "Unknown link type {value!r}: use one of {choices}.", value=value, choices=choices
        ) from None


def link_claims(
    session: Session, source_id: str, target_id: str, type: LinkType | str
) -> ClaimView:
    """Link ``source`` to ``target`` ("source denies target"); returns the source claim.

    Refused: a claim linked to itself, and a link that is already there.
    """
    kind = link_type(type)
    source = by_id(session, Claim, source_id)
    target = by_id(session, Claim, target_id)
    if source.id == target.id:
        raise InputRefused("A claim cannot be linked to itself: give two different claims.")
    existing = session.scalars(
        select(ClaimLink.id).where(
            ClaimLink.source_id == source.id,
            ClaimLink.target_id == target.id,
            ClaimLink.type == kind.value,
        )
    ).first()
    if existing is not None:
        raise InputRefused(_ALREADY[kind])
    session.add(ClaimLink(source_id=source.id, target_id=target.id, type=kind.value))
    session.flush()
    after = {"link": kind.value, "target": target.id}
    record(session, "claim", source.id, "link", None, after)
    return _view(session, source.id)


def unlink_claims(
    session: Session, source_id: str, target_id: str, type: LinkType | str | None = None
) -> ClaimView:
    """Remove the links from ``source`` to ``target`` (of one type, or all); returns the source.

    Refused when there is no such link.
    """
    kind = link_type(type) if type is not None else None
    source = by_id(session, Claim, source_id)
    target = by_id(session, Claim, target_id)
    query = select(ClaimLink).where(
        ClaimLink.source_id == source.id, ClaimLink.target_id == target.id
    )
    if kind is not None:
        query = query.where(ClaimLink.type == kind.value)
    found = session.scalars(query).all()
    if not found:
        if kind is None:
            raise InputRefused("The two claims are not linked: nothing to remove.")
        raise InputRefused(_NOT_THERE[kind])
    for link in found:
        record(
            session, "claim", source.id, "unlink", {"link": link.type, "target": target.id}, None
        )
    session.execute(delete(ClaimLink).where(ClaimLink.id.in_([k.id for k in found])))
    session.flush()
    session.expire_all()
    return _view(session, source.id)


def _view(session: Session, claim_id: str) -> ClaimView:
    claim = session.scalars(
        select(Claim)
        .where(Claim.id == claim_id)
        .options(*claim_load_options())
        .execution_options(populate_existing=True)
    ).one()
    return claim_view(claim)
