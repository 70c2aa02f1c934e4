"""Building the records the search index is fed from rows of the database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import ORMOption

from claimdesk.core.model import ClaimView
from claimdesk.core.search.documents import ArticleDoc, ClaimDoc
from claimdesk.core.storage.orm import Article, Claim, Claimant


def article_doc(article: Article) -> ArticleDoc:
    """An article row as the search index is fed it."""
    return ArticleDoc(
        id=article.id,
        title=article.title,
        text=article.text,
        language=article.language,
        outlet=article.outlet,
        published=article.published,
    )


def _doc_load_options() -> tuple[ORMOption, ...]:
    return (
        selectinload(Claim.article),
        selectinload(Claim.claimant).selectinload(Claimant.aliases),
        selectinload(Claim.tags),
    )


def all_docs(session: Session) -> tuple[list[ArticleDoc], list[ClaimDoc]]:
    """Every article and claim of the library, for a full rebuild of the index."""
    articles = [article_doc(a) for a in session.scalars(select(Article))]
    claims = [
        claim_doc_from_row(c) for c in session.scalars(select(Claim).options(*_doc_load_options()))
    ]
    return articles, claims


def docs_for(
    session: Session, article_ids: set[str], claim_ids: set[str]
) -> tuple[list[ArticleDoc], list[ClaimDoc]]:
    """The index records of these articles and claims (ids that exist)."""
    articles = (
        [
            article_doc(a)
            for a in session.scalars(select(Article).where(Article.id.in_(article_ids)))
        ]
        if article_ids
        else []
    )
    claims = (
        [
            claim_doc_from_row(c)
            for c in session.scalars(
                select(Claim).where(Claim.id.in_(claim_ids)).options(*_doc_load_options())
            )
        ]
        if claim_ids
        else []
    )
    return articles, claims


def claim_doc(session: Session, view: ClaimView) -> ClaimDoc:
    """A claim as the search index is fed it, loading what it inherits from its article."""
    claim = session.scalars(
        select(Claim).where(Claim.id == view.id).options(*_doc_load_options())
    ).one()
    return claim_doc_from_row(claim)


def claim_doc_from_row(claim: Claim) -> ClaimDoc:
    """A claim row (article, claimant with aliases and tags loaded) for the index."""
    article = claim.article
    claimant = claim.claimant
    return ClaimDoc(
        id=claim.id,
        article_id=claim.article_id,
        article_title=article.title,
        language=article.language,
        kind=claim.kind,
        quote=claim.exact,
        claim_text=claim.claim_text,
        claimant=claimant.name if claimant else None,
        claimant_aliases=tuple(a.alias for a in claimant.aliases) if claimant else (),
        verdict=claim.verdict,
        status=claim.status,
        notes=claim.notes,
        tags=tuple(t.name for t in claim.tags),
        outlet=article.outlet,
        published=article.published,
        start=claim.start,
        end=claim.end,
        dates=tuple(str(d["value"]) for d in claim.dates),
    )
