"""The claimant registry: who makes claims, under which names."""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from claimdesk.core.errors import InputRefused, NotFound
from claimdesk.core.matching.names import ACTORS, actor_of, bare_name
from claimdesk.core.messages import Message
from claimdesk.core.model import ClaimantKind, ClaimantView, ClaimKind
from claimdesk.core.model.tracking import MergeSuggestion
from claimdesk.core.services.history import record
from claimdesk.core.storage.orm import Claim, Claimant, ClaimantAlias
from claimdesk.core.storage.text_guard import clean_value

MAX_NAME = 300


def name_key(name: str) -> str:
    """A name folded for matching: case, accents and spacing ignored."""
    # Repaired first as the storage repairs names, so that a key is the same either way.
    decomposed = unicodedata.normalize("NFKD", clean_value(name).casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())


def clean_name(name: str) -> str:
    """A claimant name as stored: NFC, single spaces; refused when empty or too long."""
    cleaned = " ".join(unicodedata.normalize("NFC", clean_value(name)).split())
    if not cleaned:
        raise InputRefused("The claimant name is empty: type who makes the claim.")
    if len(cleaned) > MAX_NAME:
        raise InputRefused(
            "The claimant name is longer than {limit} characters: shorten it.", limit=MAX_NAME
        )
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


def claimant_names(session: Session) -> list[str]:
    """Every claimant's name, in the registry's order (no counts: cheap at start-up)."""
    return list(session.scalars(select(Claimant.name).order_by(Claimant.key)))


def alias_map(session: Session) -> dict[str, str]:
    """Every name and alias of the registry mapped to its claimant's canonical name."""
    names: dict[str, str] = {}
    for claimant in session.scalars(select(Claimant).options(selectinload(Claimant.aliases))):
        names[claimant.name] = claimant.name
        for alias in claimant.aliases:
            names[alias.alias] = claimant.name
    return names


def _known(session: Session, name: str) -> Claimant:
    found = find_claimant(session, name)
    if found is None:
        raise NotFound(
            "No claimant named {name!r}: list them with `claimdesk-cli claimants`.", name=name
        )
    return found


def _view_of(session: Session, claimant_id: str) -> ClaimantView:
    return next(c for c in list_claimants(session) if c.id == claimant_id)


def _names_of(claimant: Claimant) -> dict[str, Any]:
    return {"name": claimant.name, "aliases": sorted(a.alias for a in claimant.aliases)}


def _load(session: Session, claimant: Claimant) -> Claimant:
    return session.scalars(
        select(Claimant)
        .where(Claimant.id == claimant.id)
        .options(selectinload(Claimant.aliases))
        .execution_options(populate_existing=True)
    ).one()


def add_alias(session: Session, name: str, alias: str) -> ClaimantView:
    """Let ``alias`` name the claimant known as ``name``; refused when the alias is taken."""
    claimant = _load(session, _known(session, name))
    cleaned = clean_name(alias)
    owner = find_claimant(session, cleaned)
    if owner is not None:
        if owner.id == claimant.id:
            raise InputRefused(
                "{cleaned!r} already names {name!r}: nothing to add.",
                cleaned=cleaned,
                name=claimant.name,
            )
        raise InputRefused(
            "{cleaned!r} already names the claimant {name!r}: merge the two with `claimdesk-cli "
            "claimant merge {naming!r} {name!r}`.",
            cleaned=cleaned,
            name=owner.name,
            naming=claimant.name,
        )
    before = _names_of(claimant)
    claimant.aliases.append(ClaimantAlias(alias=cleaned, key=name_key(cleaned)))
    session.flush()
    record(session, "claimant", claimant.id, "alias", before, _names_of(claimant))
    return _view_of(session, claimant.id)


def remove_alias(session: Session, name: str, alias: str) -> ClaimantView:
    """Stop ``alias`` naming the claimant known as ``name``."""
    claimant = _load(session, _known(session, name))
    key = name_key(alias)
    found = next((a for a in claimant.aliases if a.key == key), None)
    if found is None:
        raise InputRefused(
            "{alias!r} is not an alias of {name!r}: see its aliases with `claimdesk-cli "
            "claimants`.",
            alias=alias.strip(),
            name=claimant.name,
        )
    before = _names_of(claimant)
    claimant.aliases.remove(found)
    session.flush()
    record(session, "claimant", claimant.id, "unalias", before, _names_of(claimant))
    return _view_of(session, claimant.id)


def merge_claimants(session: Session, keep: str, merge_away: str) -> ClaimantView:
    """Make ``merge_away`` part of ``keep``: its claims follow, its names become aliases."""
    kept = _load(session, _known(session, keep))
    gone = _load(session, _known(session, merge_away))
    if kept.id == gone.id:
        raise InputRefused(
            "{keep!r} and {merge_away!r} already name the same claimant ({name!r}).",
            keep=keep,
            merge_away=merge_away,
            name=kept.name,
        )
    before = {"keep": _names_of(kept), "merged": {**_names_of(gone), "id": gone.id}}
    moved = list(session.scalars(select(Claim.id).where(Claim.claimant_id == gone.id)))
    session.execute(update(Claim).where(Claim.claimant_id == gone.id).values(claimant_id=kept.id))
    carried = [(a.alias, a.key) for a in gone.aliases]
    session.delete(gone)
    session.flush()
    kept.aliases.append(ClaimantAlias(alias=gone.name, key=gone.key))
    kept.aliases.extend(ClaimantAlias(alias=a, key=k) for a, k in carried)
    session.flush()
    after = {"keep": _names_of(kept), "claims_moved": sorted(moved)}
    record(session, "claimant", kept.id, "merge", before, after)
    record(session, "claimant", gone.id, "merged_into", before, {"into": kept.id})
    session.expire_all()
    return _view_of(session, kept.id)


_SURNAME = "{surname!r} is the surname of {name!r}"


def suggested_merges(session: Session) -> list[MergeSuggestion]:
    """Pairs of claimants that are probably one, the one with more claims to keep first.

    Three reasons: the same name once articles and accents are set aside ("la Russia",
    "Russia"); names of the same actor in the table of :mod:`claimdesk.core.matching.names`
    ("Mosca", "the Kremlin"), said more strongly when the user already grouped some of them
    as aliases; a person's surname alone ("Stoltenberg" beside "Jens Stoltenberg").
    """
    views = {v.id: v for v in list_claimants(session)}
    ordered = sorted(
        views.values(),
        key=lambda v: (
            -(v.claims + v.denials),
            -len(v.aliases),
            bare_name(v.name) not in ACTORS,  # "Russia" before "Mosca" when all else is equal
            len(v.name),
            name_key(v.name),
        ),
    )
    bare = {v.id: bare_name(v.name) for v in ordered}
    actors = {
        v.id: {a for n in (v.name, *v.aliases) if (a := actor_of(n)) is not None} for v in ordered
    }
    suggestions: list[MergeSuggestion] = []
    seen: set[tuple[str, str]] = set()
    for i, first in enumerate(ordered):
        for second in ordered[i + 1 :]:
            reason = _merge_reason(first, second, bare, actors)
            if reason is None or (first.id, second.id) in seen:
                continue
            seen.add((first.id, second.id))
            text, keep_second = reason
            keep, other = (second, first) if keep_second else (first, second)
            suggestions.append(MergeSuggestion(keep.name, other.name, text))
    return suggestions


def _merge_reason(
    first: ClaimantView,
    second: ClaimantView,
    bare: dict[str, str],
    actors: dict[str, set[str]],
) -> tuple[str, bool] | None:
    # The reason, and whether the second of the pair is the one to keep.
    if bare[first.id] == bare[second.id]:
        return Message(
            "the same name: {first!r} and {second!r}", first=first.name, second=second.name
        ), False
    shared = actors[first.id] & actors[second.id]
    if shared:
        actor = sorted(shared)[0].title()
        grouped = [a for a in first.aliases if actor_of(a) in shared]
        if grouped:
            return Message(
                "both name {actor}: {second!r} is another name of it, like {grouped} you "
                "already grouped under {first!r}",
                actor=actor,
                second=second.name,
                grouped=", ".join(repr(g) for g in grouped[:3]),
                first=first.name,
            ), False
        return Message(
            "both name {actor}: {first!r} and {second!r}",
            actor=actor,
            first=first.name,
            second=second.name,
        ), False
    words_first, words_second = bare[first.id].split(), bare[second.id].split()
    if len(words_second) == 1 and len(words_first) > 1 and words_first[-1] == words_second[0]:
        return Message(_SURNAME, surname=second.name, name=first.name), False
    if len(words_first) == 1 and len(words_second) > 1 and words_second[-1] == words_first[0]:
        return Message(_SURNAME, surname=first.name, name=second.name), True
    return None
