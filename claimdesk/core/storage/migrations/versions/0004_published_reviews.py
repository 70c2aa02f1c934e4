"""published reviews

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 23:55:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this migration: a table of fact-checks other outlets published (none yet)."""
    op.create_table(
        "published_reviews",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("claim_reviewed", sa.Text(), nullable=False),
        sa.Column("claimants", sa.JSON(), nullable=False),
        sa.Column("claim_date", sa.Date(), nullable=True),
        sa.Column("appearances", sa.JSON(), nullable=False),
        sa.Column("reviewer", sa.String(length=300), nullable=False),
        sa.Column("reviewer_type", sa.String(length=60), nullable=False),
        sa.Column("reviewer_url", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("rating_label", sa.Text(), nullable=False),
        sa.Column("rating_value", sa.Float(), nullable=True),
        sa.Column("best_rating", sa.Float(), nullable=True),
        sa.Column("worst_rating", sa.Float(), nullable=True),
        sa.Column("rating_explanation", sa.Text(), nullable=False),
        sa.Column("verdict", sa.String(length=40), nullable=True),
        sa.Column("source_name", sa.Text(), nullable=True),
        sa.Column("raw", sa.JSON(), nullable=False),
        sa.Column("imported", sa.DateTime(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_reviews")),
        sa.UniqueConstraint("key", name=op.f("uq_published_reviews_key")),
    )
    with op.batch_alter_table("published_reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_published_reviews_url"), ["url"], unique=False)


def downgrade() -> None:
    """Revert this migration."""
    with op.batch_alter_table("published_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_published_reviews_url"))

    op.drop_table("published_reviews")
