"""A small real library for the interchange tests: two articles, claims of both kinds with
every field set, claimants with aliases, a link, evidence, tags and history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from claimdesk.core.desk import Desk
from claimdesk.core.exporters import ReportInput
from claimdesk.core.model import (
    ArticleChanges,
    ArticleMeta,
    ClaimChanges,
    ClaimKind,
    Status,
    Verdict,
)
from claimdesk.core.serialise import claimant_json
from claimdesk.core.storage.orm import (
    Claim,
    Claimant,
    ClaimantAlias,
    ClaimLink,
    EvidenceItem,
    HistoryEntry,
)
from tests.conftest import SEED_DENIAL

SEED_CLAIM = "l'invasione fa parte di un modello"
SEED_URL = "https://www.reuters.com/world/europe/stoltenberg-nato-2023-02-22/"
GAS_TEXT = (
    "Gas buyers warn prices will stay high\n\n"
    'Wholesale gas prices will stay high, the council said. "Storage is fuller than '
    'anyone expected," Helena Marsk told reporters.'
)
GAS_QUOTE = "Storage is fuller than anyone expected"


@dataclass(frozen=True)
class Sample:
    """Ids of what :func:`fill` made."""

    seed: str
    gas: str
    claim: str
    denial: str
    gas_claim: str


def fill(desk: Desk, seed_path: Path) -> Sample:
    """Fill an empty desk with the sample library."""
    seed = desk.import_file(seed_path, ArticleMeta(url=SEED_URL)).id
    gas = desk.import_text(GAS_TEXT, ArticleMeta(title="Gas prices", language="en")).id
    assert seed and gas
    desk.update_article(
        seed,
        ArticleChanges(outlet="Reuters", published=dt.date(2023, 2, 22), tags=("nato",)),
    )
    start, end = desk.find_quote(seed, SEED_CLAIM)
    claim = desk.mark_claim(seed, start, end, ClaimKind.CLAIM, claimant="Jens Stoltenberg").id
    start, end = desk.find_quote(seed, SEED_DENIAL)
    denial = desk.mark_claim(seed, start, end, ClaimKind.DENIAL, claimant="Russia").id
    start, end = desk.find_quote(gas, GAS_QUOTE)
    gas_claim = desk.mark_claim(gas, start, end, ClaimKind.CLAIM, claimant="Helena Marsk").id
    desk.update_claim(
        claim,
        ClaimChanges(
            verdict=Verdict.MOSTLY_TRUE,
            explanation="Georgia 2008 and Crimea 2014 are documented.",
            status=Status.REVIEWED,
            tags=("nato", "russia"),
            notes="check the 2008 timeline",
        ),
    )
    desk.update_claim(denial, ClaimChanges(verdict=Verdict.FALSE, claim_text="Russia denies it"))
    with desk._store.sessions() as session, session.begin():
        russia = session.scalars(select(Claimant).where(Claimant.name == "Russia")).one()
        session.add(ClaimantAlias(claimant_id=russia.id, alias="Mosca", key="mosca"))
        russia.kind = "state"
        person = session.scalars(select(Claimant).where(Claimant.name == "Jens Stoltenberg"))
        person.one().kind = "person"
        session.add(ClaimLink(source_id=denial, target_id=claim, type="denies"))
        session.add(
            EvidenceItem(
                claim_id=claim,
                source="https://www.nato.int/cps/en/natohq/topics_192648.htm",
                title="NATO on Russia's aggression",
                note="timeline",
                consulted=dt.date(2023, 3, 1),
            )
        )
    return Sample(seed, gas, claim, denial, gas_claim)


def report_of(desk: Desk) -> ReportInput:
    """Every article and claim of the desk as report input."""
    views = [desk.get_article(a.id) for a in desk.list_articles()]
    return ReportInput(
        title="Everything",
        scope="All claims",
        generated=dt.datetime.now(dt.UTC),
        articles=views,
        claims=[c for v in views for c in v.claims],
    )


def visible(desk: Desk) -> dict[str, Any]:
    """Everything a user can see of a library, comparable between two libraries."""
    articles = {}
    for summary in desk.list_articles():
        view = desk.get_article(summary.id)
        articles[view.id] = (
            view.title,
            view.text,
            view.outlet,
            view.url,
            view.language,
            view.published,
            view.authors,
            view.source_format,
            view.notes,
            view.tags,
            view.imported,
            view.claims,  # ClaimView: every field, evidence and links included
        )
    with desk._store.sessions() as session:
        history = session.scalar(select(func.count()).select_from(HistoryEntry))
        links = sorted(
            (k.source_id, k.target_id, k.type) for k in session.scalars(select(ClaimLink))
        )
        kinds = {
            c.id: c.kind
            for c in session.scalars(select(Claimant).options(selectinload(Claimant.aliases)))
        }
        cues = {c.id: c.cue for c in session.scalars(select(Claim))}
    return {
        "articles": articles,
        "claimants": [claimant_json(c) for c in desk.list_claimants()],
        "claimant_kinds": kinds,
        "links": links,
        "cues": cues,
        "history": history,
        "stats": desk.stats(),
    }
