"""The claimant registry: who makes claims, under which names."""

from __future__ import annotations

import unicodedata

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from claimdesk.core.errors import InputRefused
from claimdesk.core.model import ClaimantKind, ClaimantView, ClaimKind
from claimdesk.core.storage.orm import Claim, Claimant, ClaimantAlias

MAX_NAME = 300


def name_key(name: str) -> str:
    """A name folded for matching: case, accents and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())


def clean_name(name: str) -> str:
    """A claimant name as stored: NFC, single spaces; refused when empty or too long."""
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not cleaned:
        raise InputRefused("The claimant name is empty: type who makes the claim.")
    if len(cleaned) > MAX_NAME:
        raise InputRefused(f"The claimant name is longer than {MAX_NAME} characters: shorten it.")
    return cleaned


def find_claimant(session: Session, name: str) -> Claimant | None:
    """The claimant known by ``name`` or by an alias of it."""
    key = name_key(name)
    found = session.scalars(select(Claimant).where(Claimant.key == key)).first()
    if found is not None:
        return found
    return session.scalars(
        select(Claimant).join(ClaimantAlias).where(ClaimantAlias.key == key)
    ).first()


def claimant_for(session: Session, name: str) -> Claimant:
    """The claimant known by ``name``, added to the registry when new."""
    cleaned = clean_name(name)
    found = find_claimant(session, cleaned)
    if found is not None:
        return found
    claimant = Claimant(name=cleaned, key=name_key(cleaned), kind=ClaimantKind.OTHER.value)
    session.add(claimant)
    session.flush()
    return claimant


def list_claimants(session: Session) -> list[ClaimantView]:
    """Every claimant with its aliases and its counts of claims and denials."""
    counts: dict[tuple[str | None, str], int] = {}
    rows = session.execute(
        select(Claim.claimant_id, Claim.kind, func.count())
        .where(Claim.claimant_id.is_not(None))
        .group_by(Claim.claimant_id, Claim.kind)
    )
    for claimant_id, kind, count in rows:
        counts[(claimant_id, kind)] = count
    claimants = session.scalars(
        select(Claimant).options(selectinload(Claimant.aliases)).order_by(Claimant.key)
    ).all()
    return [
        ClaimantView(
            id=c.id,
            name=c.name,
            kind=ClaimantKind(c.kind),
            aliases=tuple(sorted(a.alias for a in c.aliases)),
            claims=counts.get((c.id, ClaimKind.CLAIM.value), 0),
            denials=counts.get((c.id, ClaimKind.DENIAL.value), 0),
        )
        for c in claimants
    ]


def alias_map(session: Session) -> dict[str, str]:
    """Every name and alias of the registry mapped to its claimant's canonical name."""
    names: dict[str, str] = {}
    for claimant in session.scalars(select(Claimant).options(selectinload(Claimant.aliases))):
        names[claimant.name] = claimant.name
        for alias in claimant.aliases:
            names[alias.alias] = claimant.name
    return names
