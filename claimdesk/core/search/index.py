"""The search index of a library: articles and claims in a versioned Whoosh index.

The index is derived data. The database is the truth; whenever the index is missing, was
written with another schema version or cannot be read, it is recreated empty and
``needs_rebuild`` tells the caller to refill it from the database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import itertools
import logging
import threading
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from claimdesk.core.errors import InputRefused, LibraryError
from claimdesk.core.messages import Message
from claimdesk.core.model import ClaimKind, SearchHit, SearchResults
from claimdesk.core.search.documents import ArticleDoc, ClaimDoc
from claimdesk.core.search.facets import NO_DATE, FacetCounter
from claimdesk.core.search.indexing import CLAIM, article_fields, claim_fields, searchable_text
from claimdesk.core.search.matches import PostingCache, find_matches
from claimdesk.core.search.query import EXPAND_LIMIT, QueryReader
from claimdesk.core.search.query_text import plain_words
from claimdesk.core.search.ranking import Ranking
from claimdesk.core.search.schema import STAMP_FIELD, text_language
from claimdesk.core.search.snippets import SnippetMaker
from claimdesk.core.search.store import (
    VERSION_FILE,
    Meta,
    create_generation,
    next_name,
    open_generation,
    read_meta,
    remove_generation,
    remove_other_generations,
    vocabulary_path,
    write_meta,
)
from claimdesk.core.search.suggest import did_you_mean
from claimdesk.core.search.vocabulary import Vocabulary, append_log, words_of

with warnings.catch_warnings():
    # Whoosh 2.7 has invalid escapes and old idioms that warn on Python 3.11+.
    warnings.simplefilter("ignore", SyntaxWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from whoosh import query as wq
    from whoosh.index import LockError
    from whoosh.util.times import long_to_datetime

    # Whoosh imports these only when an index is first written or searched, which would
    # be outside this block: load them now so their warnings are silenced too.
    for _module in (
        "whoosh.codec.whoosh3",
        "whoosh.writing",
        "whoosh.searching",
        "whoosh.collectors",
        "whoosh.lang.snowball",
        "whoosh.automata.lev",
        "whoosh.filedb.compound",
        "whoosh.multiproc",
        "whoosh.sorting",
    ):
        importlib.import_module(_module)

__all__ = ["VERSION_FILE", "SearchIndex"]

log = logging.getLogger(__name__)

# Each small commit adds a segment; past this many small segments, a background merge
# combines them (never the big segments a rebuild wrote, which would take seconds).
OPTIMIZE_AT_SEGMENTS = 10
# The merge waits for this long without edits (see _merge_small), unless this many small
# segments have piled up: each one adds to the cost of every search and edit.
MERGE_AFTER_IDLE_S = 1.0
MERGE_NOW_SEGMENTS = 30
SMALL_SEGMENT_DOCS = 1_000
# Waiting this long for the write lock means whoever holds it is gone (see _writer).
LOCK_TIMEOUT_S = 1.0
# "Did you mean" is offered for queries with at most this many hits.
DID_YOU_MEAN_BELOW = 3
# A rebuild writes a segment of this many records at a time, in one process. One writer for
# 110,000 records overflowed its sorting pool to disk runs and took 33 s per 33,000 records
# against 24 s in segments (and Whoosh's parallel writer was slower still on 2 cores: the
# parent's pickling competes with the workers); the pool of one segment stays in memory.
REBUILD_SEGMENT_DOCS = 30_000
REBUILD_POOL_MB = 1024
_PROGRESS_EVERY = 100
# As-you-type: how many completions the last, unfinished word stands for, by its length.
# One or two letters begin thousands of words, and the most frequent of them are in most
# documents: a few completions already fill the first page, and each adds whole posting
# lists to read and merge while the user is still typing.
PARTIAL_EXPAND_LIMIT = 8
SHORT_PREFIX_EXPAND = {1: 2, 2: 4}
ORDERS = ("relevance", "date")

_Doc = TypeVar("_Doc", ArticleDoc, ClaimDoc)
_Update = tuple[Sequence[ArticleDoc], Sequence[ClaimDoc], Sequence[str], Sequence[str]]


class SearchIndex:
    """Full-text and field search over a library's articles and claims.

    Thread-safe: searches run while another thread writes or rebuilds; a rebuild writes a
    new generation beside the current one, which keeps answering (and taking updates,
    replayed onto the new one) until the switch.
    """

    def __init__(
        self, directory: Path, meta: Meta, ix: Any, vocabulary: Vocabulary, needs_rebuild: bool
    ) -> None:
        """Use :meth:`open`; this wraps an already opened Whoosh index."""
        self._directory = directory
        self._meta = meta
        self._ix = ix
        self._needs_rebuild = needs_rebuild
        self._lock = threading.RLock()  # guards the searcher, reader and vocabulary
        self._write_lock = threading.RLock()  # one writer at a time, merges included
        self._rebuild_lock = threading.Lock()
        self._pending: list[_Update] | None = None  # updates made while a rebuild runs
        self._merger: threading.Thread | None = None
        self._hurry = threading.Event()  # set: merge now, without waiting for a pause
        self._last_write = 0.0
        self._closed = False
        self._searcher: Any = ix.searcher()
        self._reader = QueryReader(ix.schema, vocabulary)
        self._snippets = SnippetMaker()
        self._facets = FacetCounter()
        self._ranking = Ranking()
        self._postings = PostingCache()

    @classmethod
    def open(cls, directory: Path) -> SearchIndex:
        """Open the index in ``directory``, creating the folder and an empty index if needed.

        An index with another schema version, or one that cannot be read, is recreated
        empty; ``needs_rebuild`` is then True.
        """
        directory = Path(directory)
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(
                "Cannot create the search index folder {directory}: {reason}. Check that the "
                "library folder is writable.",
                directory=directory,
                reason=exc.strerror,
            ) from exc
        meta = read_meta(directory)
        opened = open_generation(directory, meta.name) if meta is not None else None
        if meta is not None and opened is not None:
            remove_other_generations(directory, meta.name)
            return cls(directory, meta, *opened, needs_rebuild=False)
        meta = Meta(next_name(directory))
        ix = create_generation(directory, meta.name)
        vocabulary = Vocabulary()
        vocabulary.save(vocabulary_path(directory, meta.name))
        write_meta(directory, meta)
        remove_other_generations(directory, meta.name)
        return cls(directory, meta, ix, vocabulary, needs_rebuild=True)

    @property
    def needs_rebuild(self) -> bool:
        """True when the index was created empty (or a rebuild failed) and must be rebuilt."""
        return self._needs_rebuild

    @property
    def index_name(self) -> str:
        """The Whoosh index name of the current generation (its files start with it)."""
        return self._meta.name

    @property
    def source_stamp(self) -> str | None:
        """What the caller last recorded as the state of its database (see set_source_stamp)."""
        return self._meta.source_stamp

    def set_source_stamp(self, stamp: str | None) -> None:
        """Record the state of the database the index reflects (e.g. a count and the last
        update time); on opening, a different value means another program changed it."""
        with self._write_lock:
            self._meta = Meta(self._meta.name, stamp)
            write_meta(self._directory, self._meta)

    def update(
        self,
        articles: Sequence[ArticleDoc] = (),
        claims: Sequence[ClaimDoc] = (),
        *,
        delete_articles: Sequence[str] = (),
        delete_claims: Sequence[str] = (),
    ) -> None:
        """Add or replace articles and claims by id, and delete some, in one commit.

        Deletions come first, so an id both deleted and given is left in the index.
        Deleting an article deletes its claims from the index too. Searchable on return.
        """
        if not (articles or claims or delete_articles or delete_claims):
            return
        with self._write_lock:
            self._check_open()
            self._write(articles, claims, delete_articles, delete_claims)
            if self._pending is not None:
                self._pending.append((articles, claims, delete_articles, delete_claims))
        self._maybe_merge()

    def _write(
        self,
        articles: Sequence[ArticleDoc],
        claims: Sequence[ClaimDoc],
        delete_articles: Sequence[str],
        delete_claims: Sequence[str],
    ) -> None:
        writer = self._writer()
        added: list[tuple[str, Counter[str]]] = []
        article_docs, claim_docs = _last_by_id(articles), _last_by_id(claims)
        # One delete for everything replaced or removed: Whoosh's update_document and
        # delete_by_term open a reader over every segment per call.
        doomed = [wq.Term("article_id", article_id) for article_id in delete_articles]
        doomed += [wq.Term("id", doc_id) for doc_id in delete_claims]
        doomed += [wq.Term("id", doc.id) for doc in article_docs]
        doomed += [wq.Term("id", doc.id) for doc in claim_docs]
        try:
            if doomed:
                writer.delete_by_query(wq.Or(doomed))
            for article in article_docs:
                writer.add_document(**article_fields(article))
                added.append((text_language(article.language), _count(article)))
            for claim in claim_docs:
                writer.add_document(**claim_fields(claim))
                added.append((text_language(claim.language), _count(claim)))
        except BaseException:
            writer.cancel()
            raise
        # merge=False: merging here could rewrite big segments while the user waits.
        writer.commit(merge=False)
        path = vocabulary_path(self._directory, self._meta.name)
        with contextlib.suppress(OSError):  # the vocabulary only steers expansions
            append_log(path, added)
        with self._lock:
            for lang, counts in added:
                self._reader.vocabulary.add_counts(lang, counts)
            self._searcher = self._searcher.refresh()

    def _maybe_merge(self) -> None:
        self._last_write = time.monotonic()
        if self._small_segments() < OPTIMIZE_AT_SEGMENTS or (
            self._merger and self._merger.is_alive()
        ):
            return
        self._merger = threading.Thread(target=self._merge_small, name="index-merge", daemon=True)
        self._merger.start()

    def _small_segments(self) -> int:
        with self._lock:
            return sum(
                1
                for reader, _ in self._searcher.reader().leaf_readers()
                if reader.doc_count_all() < SMALL_SEGMENT_DOCS
            )

    def _merge_small(self) -> None:
        # A merge holds the write lock: an edit saved meanwhile would wait for it. So wait
        # for a pause in the edits first, unless small segments keep piling up regardless.
        while not self._closed and not self._hurry.is_set():
            idle = time.monotonic() - self._last_write
            if idle >= MERGE_AFTER_IDLE_S or self._small_segments() >= MERGE_NOW_SEGMENTS:
                break
            self._hurry.wait(MERGE_AFTER_IDLE_S - idle)
        try:
            with self._write_lock:
                if self._closed:
                    return
                writer = self._writer()
                writer.commit(mergetype=_merge_small_segments)
                with self._lock:
                    self._searcher = self._searcher.refresh()
        except Exception:  # merging is upkeep: the next one will try again
            log.warning("merging small index segments failed", exc_info=True)

    def wait_idle(self, timeout: float | None = None) -> None:
        """Let a pending background merge run now and wait for it (tests, shutdown)."""
        merger = self._merger
        if merger is not None:
            self._hurry.set()
            merger.join(timeout)
            self._hurry.clear()

    def rebuild(
        self,
        articles: Iterable[ArticleDoc],
        claims: Iterable[ClaimDoc],
        progress: Callable[[int], None] | None = None,
        *,
        source_stamp: str | None = None,
    ) -> None:
        """Recreate the index from these records, beside the current one, then switch.

        Searches and updates keep working on the current index meanwhile; updates made
        during the rebuild are replayed onto the new one. ``progress(n_done)`` is called as
        records are added; if it raises (to cancel), the current index is kept and
        ``needs_rebuild`` becomes True.
        """
        with self._rebuild_lock:
            self._check_open()
            name = next_name(self._directory)
            with self._write_lock:
                self._pending = []
            try:
                ix, vocabulary = self._build(name, articles, claims, progress)
            except BaseException:
                with self._write_lock:
                    self._pending = None
                    self._needs_rebuild = True
                remove_generation(self._directory, name)
                raise
            self._switch(name, ix, vocabulary, source_stamp)

    def _build(
        self,
        name: str,
        articles: Iterable[ArticleDoc],
        claims: Iterable[ClaimDoc],
        progress: Callable[[int], None] | None,
    ) -> tuple[Any, Vocabulary]:
        ix = create_generation(self._directory, name)
        vocabulary = Vocabulary()
        records: Iterator[tuple[dict[str, Any], ArticleDoc | ClaimDoc]] = itertools.chain(
            ((article_fields(a), a) for a in articles), ((claim_fields(c), c) for c in claims)
        )
        done = 0
        writer = None
        try:
            while True:
                batch = list(itertools.islice(records, REBUILD_SEGMENT_DOCS))
                if not batch:
                    break
                writer = ix.writer(limitmb=REBUILD_POOL_MB)
                for fields, record in batch:
                    # add_document, not update_document: the index is empty and the
                    # database's ids are unique, so there is nothing to replace.
                    writer.add_document(**fields)
                    vocabulary.add_counts(text_language(record.language), _count(record))
                    done = _tick(done, progress)
                writer.commit(merge=False)
                writer = None
        except BaseException:
            if writer is not None:
                writer.cancel()
            ix.close()
            raise
        vocabulary.save(vocabulary_path(self._directory, name))
        if progress is not None:
            progress(done)
        return ix, vocabulary

    def _switch(self, name: str, ix: Any, vocabulary: Vocabulary, stamp: str | None) -> None:
        with self._write_lock:
            old_ix, old_name = self._ix, self._meta.name
            self._meta = Meta(name, stamp if stamp is not None else self._meta.source_stamp)
            write_meta(self._directory, self._meta)
            with self._lock:
                self._ix = ix
                old_searcher, self._searcher = self._searcher, ix.searcher()
                self._reader = QueryReader(ix.schema, vocabulary)
                self._facets = FacetCounter()
                self._ranking = Ranking()
                self._postings = PostingCache()
            pending, self._pending = self._pending or [], None
            for update in pending:
                self._write(*update)
            self._needs_rebuild = False
            old_searcher.close()
            old_ix.close()
            remove_generation(self._directory, old_name)

    def search(
        self,
        query: str,
        limit: int = 50,
        *,
        offset: int = 0,
        order: str = "relevance",
        facets: bool = False,
        partial: bool = False,
    ) -> SearchResults:
        """Search articles and claims (syntax: CLI.md); never raises for a bad query.

        ``offset`` skips that many best hits (the next page); the ranking of the last query
        is kept, so paging through 100,000 hits does not rank them again for each page.

        ``order`` is "relevance" or "date" (newest first). ``facets`` adds the counts per
        facet value over every match. ``partial`` reads the last word as unfinished (as you
        type): it stands for its few most frequent completions. A query that does not parse
        as written is searched as best it can be read, and ``notice`` says how in one line;
        ``did_you_mean`` offers the query with misspelt words corrected.
        """
        if order not in ORDERS:
            raise InputRefused("Unknown order {order!r}: use relevance or date.", order=order)
        if offset < 0 or limit < 0:
            raise InputRefused("A search's offset and limit cannot be negative: use 0 or more.")
        text = query + "*" if partial and query[-1:].isalnum() else query
        expand = EXPAND_LIMIT
        if partial:
            last = query.split()[-1] if query.split() else ""
            expand = SHORT_PREFIX_EXPAND.get(len(last), PARTIAL_EXPAND_LIMIT)
        with self._lock:
            self._check_open()
            read = self._reader.read(text, expand_limit=expand)
            notice = read.notice
            try:
                found = self._run(read.query, limit, offset, order, facets)
            except Exception:  # a query form Whoosh cannot run: fall back to the words
                notice = Message(
                    "Could not run the query as written: searched for its words instead."
                )
                try:
                    words = self._reader.read(plain_words(query)).query
                    found = self._run(words, limit, offset, order, facets)
                except Exception as exc:  # even plain words fail: the index itself is damaged
                    self._needs_rebuild = True
                    raise LibraryError(
                        "The search index cannot be read: rebuild it (claimdesk-cli reindex)."
                    ) from exc
            total, hits, counts = found
            # Offered only when the query finds little: among plenty of hits it reads as an
            # error of the user's.
            suggestion = (
                None
                if partial or total > DID_YOU_MEAN_BELOW
                else did_you_mean(query, self._reader.vocabulary)
            )
        return SearchResults(
            query=query,
            total=total,
            hits=hits,
            notice=notice,
            facets=counts,
            did_you_mean=suggestion,
            order=order,
            offset=offset,
        )

    def _run(
        self, parsed: Any, limit: int, offset: int, order: str, facets: bool
    ) -> tuple[int, list[SearchHit], dict[str, dict[str, int]]]:
        if parsed is None:
            return 0, [], {}
        searcher = self._searcher
        # Every match with its score in one pass over the postings: the total and the
        # facets are exact, and the top ``limit`` are picked from the same dict.
        published = self._facets.published(searcher)
        matched = self._ranking.matches(searcher, parsed, order) if offset else None
        if matched is None:
            matched = find_matches(searcher, parsed, self._postings, {"published": published})
        counts = self._facets.count(searcher, matched) if facets else {}
        if not matched or limit <= 0:
            return len(matched), [], counts
        top = self._ranking.page(searcher, parsed, order, matched, published, offset + limit)
        words = _snippet_words(parsed, searcher.reader())
        kinds = self._facets.values(searcher, "kind")
        claimants = self._facets.values(searcher, "claimant")
        hits = [
            self._hit(
                searcher.stored_fields(d), matched[d], words, published[d], kinds[d], claimants[d]
            )
            for d in top[offset:]
        ]
        return len(matched), hits, counts

    def matched_spans(self, query: str, text: str, language: str) -> list[tuple[int, int]]:
        """Where ``query``'s words are in ``text`` (of ``language``), as code-point offsets:
        the words its snippets put in bold (the same stems, a wildcard's completions),
        for the reader to highlight in a hit's article. Words the query excludes and
        field values (``claimant:``) are not among them."""
        if not text or not query.strip():
            return []
        field = f"text_{text_language(language)}"
        with self._lock:
            self._check_open()
            read = self._reader.read(query)
            if read.query is None:
                return []
            searcher = self._searcher
            words = _snippet_words(read.query, searcher.reader()).get(field)
            if not words:
                return []
            analyzer = searcher.schema[field].analyzer
            tokens = analyzer(text, chars=True, mode="index", removestops=False)
            return [
                (token.startchar, token.endchar)
                for token in tokens
                if token.text in words and not token.stopped
            ]

    def stamps(self) -> dict[str, str]:
        """``{id: stamp}`` of every article and claim in the index (for ``check``)."""
        with self._lock:
            self._check_open()
            found: dict[str, str] = {}
            for reader, _ in self._searcher.reader().leaf_readers():
                ids = reader.column_reader("id")
                stamps = (
                    reader.column_reader(STAMP_FIELD, translate=False)
                    if reader.has_column(STAMP_FIELD)
                    else None
                )
                for docnum in reader.all_doc_ids():
                    stamp = stamps[docnum] if stamps is not None else b""
                    found[ids[docnum]] = stamp.decode("utf-8", "replace")
            return found

    def doc_count(self) -> int:
        """How many articles and claims the index holds."""
        with self._lock:
            self._check_open()
            return int(self._searcher.doc_count())

    def close(self) -> None:
        """Release the index's files; the object cannot be used afterwards. Idempotent."""
        self.wait_idle()
        with self._write_lock, self._lock:
            if self._closed:
                return
            self._closed = True
            self._searcher.close()
            self._ix.close()

    def _check_open(self) -> None:
        if self._closed:
            raise LibraryError("The search index is closed: reopen the library.")

    def _hit(
        self,
        stored: dict[str, Any],
        score: float,
        words: dict[str, set[str]],
        published: int,
        kind: bytes,
        claimant: bytes,
    ) -> SearchHit:
        is_claim = stored.get("type") == CLAIM
        return SearchHit(
            type=str(stored.get("type", "")),
            id=str(stored.get("id", "")),
            article_id=str(stored.get("article_id", "")),
            score=float(score),
            snippet=self._snippet(stored, words),
            title=str(stored.get("heading") or ""),
            start=stored.get("start") if is_claim else None,
            end=stored.get("end") if is_claim else None,
            published=_day(published),
            kind=_kind(kind) if is_claim else None,
            claimant=(claimant.decode("utf-8", "replace") or None) if is_claim else None,
        )

    def _snippet(self, stored: dict[str, Any], words: dict[str, set[str]]) -> str:
        name = f"text_{stored.get('textlang')}"
        readings = [(self._searcher.schema[name].analyzer, words[name])] if name in words else []
        return self._snippets.snippet(str(stored.get("body") or ""), readings)

    def _writer(self, **options: Any) -> Any:
        """A writer, breaking a lock that outlived its holder.

        The caller guarantees one writer per library, so a lock still held after the
        timeout belongs to a writer that died or leaked: remove the lock file and retry.
        """
        try:
            return self._ix.writer(timeout=LOCK_TIMEOUT_S, delay=0.05, **options)
        except LockError:
            lock_file = self._directory / f"{self._meta.name}_WRITELOCK"
            try:
                lock_file.unlink(missing_ok=True)
            except OSError as exc:
                raise LibraryError(
                    "The search index in {directory} is locked and the lock cannot be removed: "
                    "close other ClaimDesk windows on this library and retry.",
                    directory=self._directory,
                ) from exc
            try:
                return self._ix.writer(timeout=LOCK_TIMEOUT_S, delay=0.05, **options)
            except LockError as exc:
                raise LibraryError(
                    "The search index in {directory} is locked by another program: "
                    "close other ClaimDesk windows on this library and retry.",
                    directory=self._directory,
                ) from exc


def _merge_small_segments(writer: Any, segments: list[Any]) -> list[Any]:
    """Whoosh merge policy: merge the small segments into one, leave the big ones alone."""
    from whoosh.reading import SegmentReader

    small = [segment for segment in segments if segment.doc_count_all() < SMALL_SEGMENT_DOCS]
    if len(small) < 2:
        return segments
    for segment in small:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [segment for segment in segments if segment not in small]


def _kind(raw: bytes) -> ClaimKind | None:
    try:
        return ClaimKind(raw.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None


def _day(raw: int) -> dt.date | None:
    if raw == NO_DATE:
        return None
    try:
        moment = long_to_datetime(raw)
    except (OverflowError, ValueError, TypeError):
        return None
    return moment.date() if isinstance(moment, dt.datetime) and moment.year > 1 else None


def _count(doc: ArticleDoc | ClaimDoc) -> Counter[str]:
    return Counter(words_of(searchable_text(doc)))


def _snippet_words(parsed: Any, reader: Any) -> dict[str, set[str]]:
    """The indexed words, by text field, that the query looks for.

    Taken from the query once rather than per hit from Whoosh's matched terms, which
    costs a record for every matching document; a word a hit does not contain is simply
    never found in its text, so the snippets are the same.
    """
    found: dict[str, set[str]] = {}
    for leaf in _positive_leaves(parsed):
        for fieldname, term in leaf.existing_terms(reader, phrases=True, expand=True):
            if fieldname.startswith("text_"):
                word = reader.schema[fieldname].from_bytes(term)
                found.setdefault(fieldname, set()).add(word)
    return found


def _positive_leaves(q: Any) -> Iterator[Any]:
    # Words the query excludes are not to be highlighted.
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.AndNot):
        yield from _positive_leaves(q.a)
        return
    if q.is_leaf():
        yield q
        return
    for child in q.children():
        yield from _positive_leaves(child)


def _last_by_id(docs: Sequence[_Doc]) -> list[_Doc]:
    # Two records with one id in a single writer would both be added: keep the last.
    return list({doc.id: doc for doc in docs}.values())


def _tick(done: int, progress: Callable[[int], None] | None) -> int:
    done += 1
    if progress is not None and done % _PROGRESS_EVERY == 0:
        progress(done)
    return done
