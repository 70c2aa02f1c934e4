"""Nothing lost: backups and restore, the search index notice and its rebuild."""
