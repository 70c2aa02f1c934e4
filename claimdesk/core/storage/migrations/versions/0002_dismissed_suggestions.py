"""dismissed suggestions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 20:16:50.300753
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this migration."""
    op.create_table(
        "dismissed_suggestions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(length=32), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_dismissed_suggestions_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dismissed_suggestions")),
        sa.UniqueConstraint(
            "article_id", "start", "end", name=op.f("uq_dismissed_suggestions_article_id")
        ),
    )
    with op.batch_alter_table("dismissed_suggestions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dismissed_suggestions_article_id"), ["article_id"], unique=False
        )


def downgrade() -> None:
    """Revert this migration."""
    with op.batch_alter_table("dismissed_suggestions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dismissed_suggestions_article_id"))

    op.drop_table("dismissed_suggestions")
