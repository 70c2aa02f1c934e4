"""Nothing lost: history of changes, backups and restore, index rebuild."""
