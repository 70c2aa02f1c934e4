"""evidence order and files

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08 00:20:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this migration: evidence keeps its order and may be a file kept in the library;
    existing evidence is numbered in the order it was added."""
    with op.batch_alter_table("evidence") as batch:
        batch.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("file_sha256", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("file_size", sa.BigInteger(), nullable=True))
    op.create_table(
        "evidence_files",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, claim_id FROM evidence ORDER BY claim_id, created, id")
    ).fetchall()
    place: dict[str, int] = {}
    for evidence_id, claim_id in rows:
        place[claim_id] = place.get(claim_id, -1) + 1
        connection.execute(
            sa.text("UPDATE evidence SET position = :p WHERE id = :i"),
            {"p": place[claim_id], "i": evidence_id},
        )


def downgrade() -> None:
    """Revert this migration."""
    op.drop_table("evidence_files")
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("file_size")
        batch.drop_column("file_sha256")
        batch.drop_column("position")
