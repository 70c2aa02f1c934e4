"""The index schema: fields, per-language analyzers and the schema version."""

from __future__ import annotations

import datetime as dt
import warnings
from typing import Any

with warnings.catch_warnings():
    # Whoosh 2.7 has invalid escapes and old idioms that warn on Python 3.11+.
    warnings.simplefilter("ignore", SyntaxWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from whoosh import columns, fields, query
    from whoosh.analysis import (
        CharsetFilter,
        IDAnalyzer,
        LowercaseFilter,
        RegexTokenizer,
        StemFilter,
        StopFilter,
    )
    from whoosh.lang import stopwords_for_language
    from whoosh.support.charset import accent_map
    from whoosh.util.times import datetime_to_long

from claimdesk.core.search.dates import query_period
from claimdesk.core.search.query_text import KNOWN_FIELDS

# Bump whenever a field, an analyzer or what goes into a field changes: an index written
# with another version is recreated empty and rebuilt from the database.
SCHEMA_VERSION = 3

# Languages with their own stemmed text field; every other language goes to text_other.
STEMMED_LANGUAGES = ("it", "en")
OTHER_LANGUAGE = "other"
TEXT_LANGUAGES = (*STEMMED_LANGUAGES, OTHER_LANGUAGE)

# Fields a query may name, in a stable order; the rest of the schema is internal.
QUERY_FIELDS = tuple(sorted(KNOWN_FIELDS))

# The pseudo-field plain words are parsed into before being spread over the language fields.
PLAIN_FIELD = "text"
# Per-document value columns the result filters count (facet name -> column field).
FACETS = ("type", "kind", "verdict", "status", "claimant", "outlet", "lang", "year")
FACET_FIELDS = {name: f"f_{name}" for name in FACETS}
# The caller's update stamp of each record (for ``check``), as a column: never searched.
STAMP_FIELD = "stamp"


def fold(text: str) -> str:
    """Lowercase ``text`` and strip its accents, as the folding analyzers do."""
    return str(text.lower().translate(accent_map))


def text_field_name(language: str) -> str:
    """The text field that holds text written in ``language`` (an ISO 639-1 code)."""
    return f"text_{text_language(language)}"


def text_language(language: str) -> str:
    """The text-field language for ``language``: itself when stemmed, else ``other``."""
    code = (language or "").strip().lower()
    return code if code in STEMMED_LANGUAGES else OTHER_LANGUAGE


def folding_analyzer() -> Any:
    """Words, lowercased, accents folded; no stop words, no stemming."""
    return RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map)


def language_analyzer(language: str) -> Any:
    """Words, lowercased, accents folded, the language's stop words dropped, stemmed.

    Folding comes before the stop list and the stemmer so that "nego" and "negò", or
    "perche" and "perché", are the same word whichever way the user typed it.
    """
    stoplist = {fold(word) for word in stopwords_for_language(language)}
    return (
        RegexTokenizer()
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter(stoplist=stoplist, minsize=1)
        | StemFilter(lang=language)
    )


def plain_analyzer() -> Any:
    """Words, lowercased, nothing else: what plain query words are kept as until each
    language field analyses them with its own analyzer."""
    return RegexTokenizer() | LowercaseFilter()


class PrefixIdField(fields.ID):  # type: ignore[misc]
    """An ID field that a query value matches as a prefix (``article:3fa2``)."""

    def self_parsing(self) -> bool:
        """Tell the query parser to hand the raw value to :meth:`parse_query`."""
        return True

    def parse_query(self, fieldname: str, qstring: str, boost: float = 1.0) -> Any:
        """Match every value that starts with ``qstring`` (lowercased)."""
        value = qstring.strip().lower()
        if not value:
            return query.NullQuery
        return query.Prefix(fieldname, value, boost=boost)

    def parse_range(
        self,
        fieldname: str,
        start: str | None,
        end: str | None,
        startexcl: bool,
        endexcl: bool,
        boost: float = 1.0,
    ) -> Any:
        """Ranges of ids behave as for a plain ID field."""
        return query.TermRange(
            fieldname,
            start.lower() if start else None,
            end.lower() if end else None,
            startexcl,
            endexcl,
            boost=boost,
        )


class PeriodDateField(fields.DATETIME):  # type: ignore[misc]
    """A DATETIME field whose query values are periods: ``2014`` means the whole year.

    Each value is indexed once, at full precision. Whoosh's default also indexes seven
    coarser copies so that a range over millions of distinct values expands to few terms;
    these fields hold days (a few thousand distinct values at most), so a range expands to
    at most that many terms anyway, and the copies only made indexing slower.
    """

    def __init__(self, stored: bool = False, unique: bool = False, sortable: bool = False):
        """As DATETIME, with a single precision tier."""
        super().__init__(stored=stored, unique=unique, sortable=sortable)
        self.shift_step = 0

    def parse_query(self, fieldname: str, qstring: str, boost: float = 1.0) -> Any:
        """Match any moment within the period ``qstring`` names."""
        period = query_period(qstring)
        if period is None:
            return query.error_query(f"not a date: {qstring}")
        start, end = period
        return query.NumericRange(fieldname, _long(start), _long(end - _TICK), boost=boost)

    def parse_range(
        self,
        fieldname: str,
        start: str | None,
        end: str | None,
        startexcl: bool,
        endexcl: bool,
        boost: float = 1.0,
    ) -> Any:
        """From the start of one period to the end of another; open ends allowed."""
        low: int | None = None
        high: int | None = None
        if start is not None and start.strip():
            period = query_period(start)
            if period is None:
                return query.error_query(f"not a date: {start}")
            low = _long(period[1] if startexcl else period[0])
        if end is not None and end.strip():
            period = query_period(end)
            if period is None:
                return query.error_query(f"not a date: {end}")
            high = _long((period[0] if endexcl else period[1]) - _TICK)
        if low is None and high is None:
            return query.Every(fieldname, boost=boost)
        return query.NumericRange(fieldname, low, high, boost=boost)


_TICK = dt.timedelta(microseconds=1)


def _long(moment: dt.datetime) -> int:
    return int(datetime_to_long(moment))


def build_schema() -> Any:
    """The schema of the index; see SCHEMA_VERSION."""
    text_fields = {
        f"text_{lang}": fields.TEXT(
            analyzer=folding_analyzer() if lang == OTHER_LANGUAGE else language_analyzer(lang),
            phrase=True,
        )
        for lang in TEXT_LANGUAGES
    }
    facet_columns = {
        column: fields.COLUMN(columns.RefBytesColumn()) for column in FACET_FIELDS.values()
    }
    return fields.Schema(
        # sortable: ids and stamps are read as columns by check, never from stored records.
        id=fields.ID(stored=True, unique=True, sortable=True),
        type=fields.ID(stored=True),
        article_id=fields.ID(stored=True),
        article=PrefixIdField(analyzer=IDAnalyzer(lowercase=True)),
        textlang=fields.ID(stored=True),
        title=fields.TEXT(analyzer=folding_analyzer()),
        heading=fields.STORED(),
        body=fields.STORED(),
        kind=fields.ID(analyzer=IDAnalyzer(lowercase=True)),
        verdict=fields.ID(analyzer=IDAnalyzer(lowercase=True)),
        status=fields.ID(analyzer=IDAnalyzer(lowercase=True)),
        lang=fields.ID(analyzer=IDAnalyzer(lowercase=True)),
        outlet=fields.TEXT(analyzer=folding_analyzer()),
        claimant=fields.TEXT(analyzer=folding_analyzer()),
        tag=fields.KEYWORD(commas=True, lowercase=True),
        # sortable: results in date order read the column instead of stored records.
        published=PeriodDateField(sortable=True),
        date=PeriodDateField(),
        start=fields.STORED(),
        end=fields.STORED(),
        stamp=fields.COLUMN(columns.VarBytesColumn()),
        **facet_columns,
        **text_fields,
    )


def parse_schema(index_schema: Any) -> Any:
    """The schema the query parser sees: the public fields plus the plain-word pseudo-field.

    Internal fields (text_it, article_id, ...) are left out so that naming them in a query
    is reported as an unknown field instead of silently searching internals.
    """
    schema = fields.Schema()
    for name in QUERY_FIELDS:
        schema.add(name, index_schema[name])
    schema.add(PLAIN_FIELD, fields.TEXT(analyzer=plain_analyzer(), phrase=True))
    return schema
