"""Finding claims that say the same thing: across wording, number formats and languages.

Qt-free and Whoosh-free. :class:`MatchingIndex` is the in-memory index; :class:`LiveIndex`
fills it from a library's database and keeps it in step through the history table.
"""

from claimdesk.core.matching.features import Features, features
from claimdesk.core.matching.index import ClaimRecord, Match, MatchingIndex
from claimdesk.core.matching.loading import LiveIndex

__all__ = ["ClaimRecord", "Features", "LiveIndex", "Match", "MatchingIndex", "features"]
