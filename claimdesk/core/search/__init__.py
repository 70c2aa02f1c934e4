"""Full-text and field search over articles and claims (Whoosh stays inside this package)."""

from claimdesk.core.search.documents import ArticleDoc, ClaimDoc
from claimdesk.core.search.index import SearchIndex

__all__ = ["ArticleDoc", "ClaimDoc", "SearchIndex"]
