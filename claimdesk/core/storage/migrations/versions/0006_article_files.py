"""article files: the image or scan an article was read from, and the page as captured

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08 02:20:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this migration: an article may keep files beside its text (kept once, by hash,
    in ``evidence_files``): the images or scanned pages its text was read from, with the
    layout of their words, and the web page as it was received."""
    op.create_table(
        "article_files",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("article_id", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("name", sa.Text(), nullable=False, server_default=""),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("captured", sa.DateTime(), nullable=True),
        sa.Column("layout", sa.JSON(), nullable=True),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_article_files_article_id", "article_files", ["article_id"])
    op.create_index("ix_article_files_sha256", "article_files", ["sha256"])


def downgrade() -> None:
    """Revert this migration."""
    op.drop_index("ix_article_files_sha256", table_name="article_files")
    op.drop_index("ix_article_files_article_id", table_name="article_files")
    op.drop_table("article_files")
