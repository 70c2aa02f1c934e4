"""Views across articles and time: claim threads, contested claims, counts for charts."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, selectinload

from claimdesk.core.errors import NotFound
from claimdesk.core.model import ClaimKind, LinkType, Verdict
from claimdesk.core.model.tracking import (
    Answer,
    ClaimantActivity,
    ClaimRef,
    ContestedClaim,
    Count,
    Overview,
    Role,
    Timeline,
    TimelineEntry,
)
from claimdesk.core.services.claimants import find_claimant
from claimdesk.core.services.lookup import by_id
from claimdesk.core.storage.orm import Article, Claim, Claimant, ClaimLink

REFERENCE_FORMAT = "claimreview"
NO_CLAIMANT = "(no claimant)"
NOT_RATED = "not rated"
UNDATED = "undated"
_ANSWERS = (LinkType.DENIES.value, LinkType.CONTRADICTS.value)
_BATCH = 500


def _ref_rows(session: Session, *where: ColumnElement[bool]) -> list[ClaimRef]:
    query = (
        select(Claim, Article, Claimant.name)
        .join(Article, Article.id == Claim.article_id)
        .outerjoin(Claimant, Claimant.id == Claim.claimant_id)
        .where(*where)
    )
    return [_ref(claim, article, name) for claim, article, name in session.execute(query)]


def _ref(claim: Claim, article: Article, claimant: str | None) -> ClaimRef:
    return ClaimRef(
        id=claim.id,
        article_id=article.id,
        article_title=article.title,
        outlet=article.outlet,
        published=article.published,
        kind=ClaimKind(claim.kind),
        claimant=claimant,
        quote=claim.exact,
        claim_text=claim.claim_text,
        verdict=Verdict(claim.verdict) if claim.verdict else None,
        event_dates=tuple(str(d.get("value", "")) for d in claim.dates or ()),
        reference=article.source_format == REFERENCE_FORMAT,
    )


def claim_refs(session: Session, ids: Iterable[str]) -> dict[str, ClaimRef]:
    """The claims among ``ids`` that exist, by id."""
    wanted = sorted(set(ids))
    refs: dict[str, ClaimRef] = {}
    for i in range(0, len(wanted), _BATCH):
        for ref in _ref_rows(session, Claim.id.in_(wanted[i : i + _BATCH])):
            refs[ref.id] = ref
    return refs


def _when(ref: ClaimRef) -> tuple[bool, dt.date, str]:
    # Undated articles last; within a day, the earlier event first.
    return (ref.published is None, ref.published or dt.date.max, min(ref.event_dates, default=""))


def thread_links(session: Session, claim_id: str) -> list[ClaimLink]:
    """Every link of the thread ``claim_id`` belongs to (linked either way, at any distance)."""
    seen = {claim_id}
    frontier = {claim_id}
    links: dict[int, ClaimLink] = {}
    while frontier:
        rows = session.scalars(
            select(ClaimLink).where(
                or_(ClaimLink.source_id.in_(frontier), ClaimLink.target_id.in_(frontier))
            )
        ).all()
        frontier = set()
        for link in rows:
            links[link.id] = link
            for end in (link.source_id, link.target_id):
                if end not in seen:
                    seen.add(end)
                    frontier.add(end)
    return sorted(links.values(), key=lambda k: k.id)


def timeline(session: Session, claim_id: str) -> Timeline:
    """The thread of ``claim_id``: its first appearance, repetitions, denials and verdicts,
    ordered by the article's date and then by the dates the claims mention."""
    root = by_id(session, Claim, claim_id)
    links = thread_links(session, root.id)
    refs = claim_refs(session, {root.id} | {e for k in links for e in (k.source_id, k.target_id)})
    outgoing: dict[str, list[tuple[LinkType, str]]] = defaultdict(list)
    touching: dict[str, list[tuple[LinkType, str]]] = defaultdict(list)
    for link in links:
        kind = LinkType(link.type)
        outgoing[link.source_id].append((kind, link.target_id))
        touching[link.source_id].append((kind, link.target_id))
        touching[link.target_id].append((kind, link.source_id))
    ordered = sorted(refs.values(), key=lambda r: (*_when(r), r.id))
    entries: list[TimelineEntry] = []
    first_seen = False
    for ref in ordered:
        sent = {t for t, _ in outgoing[ref.id]}
        if ref.reference:
            role = Role.VERDICT
        elif ref.kind is ClaimKind.DENIAL or LinkType.DENIES in sent:
            role = Role.DENIAL
        elif LinkType.CONTRADICTS in sent:
            role = Role.CONTRADICTION
        elif LinkType.SUPPORTS in sent:
            role = Role.SUPPORT
        elif not first_seen:
            role = Role.FIRST
            first_seen = True
        elif any(t is LinkType.REPEATS for t, _ in touching[ref.id]):
            role = Role.REPEAT
        else:
            role = Role.RELATED
        entries.append(TimelineEntry(ref, role, tuple(touching[ref.id])))
    return Timeline(root.id, tuple(entries))


def contested(session: Session) -> list[ContestedClaim]:
    """Claims next to the denials and contradictions that answer them, by article date."""
    links = session.scalars(
        select(ClaimLink).where(ClaimLink.type.in_(_ANSWERS)).order_by(ClaimLink.id)
    ).all()
    refs = claim_refs(session, {e for k in links for e in (k.source_id, k.target_id)})
    answers: dict[str, list[Answer]] = defaultdict(list)
    for link in links:
        answers[link.target_id].append(Answer(LinkType(link.type), refs[link.source_id]))
    rows = [
        ContestedClaim(refs[target], tuple(sorted(found, key=lambda a: _when(a.claim))))
        for target, found in answers.items()
    ]
    return sorted(rows, key=lambda c: (*_when(c.claim), c.claim.id))


def _counts(pairs: Iterable[tuple[str, str]]) -> dict[str, Count]:
    tally: Counter[tuple[str, str]] = Counter(pairs)
    labels = {label for label, _ in tally}
    return {
        label: Count(
            label, tally[(label, ClaimKind.CLAIM.value)], tally[(label, ClaimKind.DENIAL.value)]
        )
        for label in labels
    }


def _month(published: dt.date | None) -> str:
    return published.strftime("%Y-%m") if published else UNDATED


def overview(session: Session) -> Overview:
    """Counts of claims and denials by claimant, kind, verdict and month of the article."""
    rows = session.execute(
        select(Claim.kind, Claim.verdict, Claimant.name, Article.published)
        .join(Article, Article.id == Claim.article_id)
        .outerjoin(Claimant, Claimant.id == Claim.claimant_id)
    ).all()
    by_claimant = _counts((name or NO_CLAIMANT, kind) for kind, _v, name, _p in rows)
    by_kind = _counts((kind, kind) for kind, _v, _n, _p in rows)
    by_verdict = _counts((verdict or NOT_RATED, kind) for kind, verdict, _n, _p in rows)
    by_month = _counts((_month(p), kind) for kind, _v, _n, p in rows)
    verdict_order = [v.value for v in Verdict] + [NOT_RATED]
    return Overview(
        total=len(rows),
        by_claimant=tuple(sorted(by_claimant.values(), key=lambda c: (-c.total, c.label))),
        by_kind=tuple(by_kind[k.value] for k in ClaimKind if k.value in by_kind),
        by_verdict=tuple(
            sorted(
                by_verdict.values(),
                key=lambda c: verdict_order.index(c.label) if c.label in verdict_order else 99,
            )
        ),
        by_month=tuple(sorted(by_month.values(), key=lambda c: (c.label == UNDATED, c.label))),
    )


def claimant_activity(session: Session, name: str) -> ClaimantActivity:
    """A claimant's claims and denials month by month, and the claims themselves."""
    found = find_claimant(session, name)
    if found is None:
        raise NotFound(
            "No claimant named {name!r}: list them with `claimdesk-cli claimants`.", name=name
        )
    claimant = session.scalars(
        select(Claimant).where(Claimant.id == found.id).options(selectinload(Claimant.aliases))
    ).one()
    rows = _ref_rows(session, Claim.claimant_id == claimant.id)
    refs = sorted(rows, key=lambda r: (*_when(r), r.id))
    months = _counts((_month(r.published), r.kind.value) for r in refs)
    return ClaimantActivity(
        id=claimant.id,
        name=claimant.name,
        aliases=tuple(sorted(a.alias for a in claimant.aliases)),
        by_month=tuple(sorted(months.values(), key=lambda c: (c.label == UNDATED, c.label))),
        claims=tuple(refs),
    )
