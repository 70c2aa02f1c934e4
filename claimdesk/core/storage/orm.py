"""The library's tables as SQLAlchemy 2.0 typed models.

Relationships load only when asked (``lazy="raise"``), so a stray lazy load fails in tests
instead of stalling the window.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from claimdesk.core.settings import user_name

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A fresh random id: 32 hex digits, stable across libraries so bundles merge by id."""
    return uuid.uuid4().hex


def _author() -> str:
    # A column default: SQLAlchemy would pass its context to a callable taking arguments.
    return user_name()


def utcnow() -> dt.datetime:
    """The current time, timezone-aware in UTC."""
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores UTC without an offset (SQLite has no time zones); returns aware datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    """Declarative base with a constraint naming convention (stable migration names)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


claim_tags = Table(
    "claim_tags",
    Base.metadata,
    Column("claim_id", ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)

article_tags = Table(
    "article_tags",
    Base.metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(Base):
    """A free label on claims and articles."""

    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Article(Base):
    """A text a user annotates, stored once, normalised (NFC, ``\\n``)."""

    __tablename__ = "articles"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    published: Mapped[dt.date | None] = mapped_column(Date)
    authors: Mapped[list[str]] = mapped_column(JSON, default=list)
    source_name: Mapped[str | None] = mapped_column(Text)
    source_format: Mapped[str] = mapped_column(String(20), default="text")
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    imported: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    claims: Mapped[list[Claim]] = relationship(
        back_populates="article",
        lazy="raise",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    tags: Mapped[list[Tag]] = relationship(secondary=article_tags, lazy="raise")


class Claimant(Base):
    """Who makes claims: a person, organisation or state, with aliases."""

    __tablename__ = "claimants"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), unique=True)  # folded name, for lookups
    kind: Mapped[str] = mapped_column(String(20), default="other")
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    aliases: Mapped[list[ClaimantAlias]] = relationship(
        back_populates="claimant", lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )


class ClaimantAlias(Base):
    """Another name under which a claimant appears ("Mosca", "the Kremlin")."""

    __tablename__ = "claimant_aliases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claimant_id: Mapped[str] = mapped_column(ForeignKey("claimants.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), unique=True)

    claimant: Mapped[Claimant] = relationship(back_populates="aliases", lazy="raise")


class Claim(Base):
    """A marked span of an article: a claim or a denial, with its anchor and checking state."""

    __tablename__ = "claims"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(String(64), default="")
    suffix: Mapped[str] = mapped_column(String(64), default="")
    orphaned: Mapped[bool] = mapped_column(Boolean, default=False)
    claimant_id: Mapped[str | None] = mapped_column(
        ForeignKey("claimants.id", ondelete="SET NULL"), index=True
    )
    cue: Mapped[str | None] = mapped_column(String(200))
    claim_text: Mapped[str] = mapped_column(Text, default="")
    verdict: Mapped[str | None] = mapped_column(String(40))
    explanation: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="new")
    notes: Mapped[str] = mapped_column(Text, default="")
    dates: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Who wrote the row first and last (the settings' user name): on a team database this
    # is what an edit conflict names.
    created_by: Mapped[str] = mapped_column(String(200), default=_author, server_default="")
    updated_by: Mapped[str] = mapped_column(
        String(200), default=_author, onupdate=_author, server_default=""
    )
    # Optimistic locking: every UPDATE checks and bumps it, so two desks saving the same
    # claim cannot overwrite each other unseen (the second gets StaleDataError).
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read once by the mapper

    article: Mapped[Article] = relationship(back_populates="claims", lazy="raise")
    claimant: Mapped[Claimant | None] = relationship(lazy="raise")
    tags: Mapped[list[Tag]] = relationship(secondary=claim_tags, lazy="raise")
    evidence: Mapped[list[EvidenceItem]] = relationship(
        back_populates="claim", lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )
    links: Mapped[list[ClaimLink]] = relationship(
        foreign_keys="ClaimLink.source_id",
        lazy="raise",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class EvidenceItem(Base):
    """A source consulted while checking a claim."""

    __tablename__ = "evidence"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    claim_id: Mapped[str] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    consulted: Mapped[dt.date | None] = mapped_column(Date)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Its place in the claim's list (the order the fact-checker chose), then creation order.
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # A file kept in the library (EvidenceFile); ``source`` is then its file name.
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    file_size: Mapped[int | None] = mapped_column(BigInteger)

    claim: Mapped[Claim] = relationship(back_populates="evidence", lazy="raise")


class EvidenceFile(Base):
    """A file consulted as evidence, kept once by its content's SHA-256 (in the database, so
    it travels with backups, copies and team databases)."""

    __tablename__ = "evidence_files"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ArticleFile(Base):
    """A file kept beside an article's text, its bytes in :class:`EvidenceFile` (by hash).

    ``role`` says what it is: ``"scan"`` for an image or scanned page the text was read from
    (``position`` orders the pages; ``layout`` holds its words' boxes and their offsets in the
    text), ``"snapshot"`` for the web page as it was received (``url`` and ``captured``).
    """

    __tablename__ = "article_files"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(Text, default="", server_default="")
    url: Mapped[str | None] = mapped_column(Text)
    captured: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    layout: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ClaimLink(Base):
    """A typed, directed link between two claims (denies, contradicts, supports, repeats)."""

    __tablename__ = "claim_links"
    __table_args__ = (UniqueConstraint("source_id", "target_id", "type"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[str] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(20))
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class HistoryEntry(Base):
    """The audit trail: every change to an article, claim or claimant, before and after."""

    __tablename__ = "history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(32), index=True)
    action: Mapped[str] = mapped_column(String(20))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class DismissedSuggestion(Base):
    """A suggestion the user dismissed: it is not offered again for that span."""

    __tablename__ = "dismissed_suggestions"
    __table_args__ = (UniqueConstraint("article_id", "start", "end"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class PublishedReview(Base):
    """A fact-check another outlet published (ClaimReview), kept apart from the user's claims.

    ``key`` tells one review from another: its URL, the claim it reviews and its reviewer, so
    that several claims checked on one page stay several. The rating is kept as written
    (``rating_label`` and the numbers with their scale); ``verdict`` is ours only when the
    label says one. ``raw`` is the review as it was read.
    """

    __tablename__ = "published_reviews"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    claim_reviewed: Mapped[str] = mapped_column(Text)
    claimants: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    claim_date: Mapped[dt.date | None] = mapped_column(Date)
    appearances: Mapped[list[str]] = mapped_column(JSON, default=list)
    reviewer: Mapped[str] = mapped_column(String(300), default="")
    reviewer_type: Mapped[str] = mapped_column(String(60), default="Organization")
    reviewer_url: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text, index=True)
    published: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    rating_label: Mapped[str] = mapped_column(Text, default="")
    rating_value: Mapped[float | None] = mapped_column(Float)
    best_rating: Mapped[float | None] = mapped_column(Float)
    worst_rating: Mapped[float | None] = mapped_column(Float)
    rating_explanation: Mapped[str] = mapped_column(Text, default="")
    verdict: Mapped[str | None] = mapped_column(String(40))
    source_name: Mapped[str | None] = mapped_column(Text)
    raw: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    imported: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
