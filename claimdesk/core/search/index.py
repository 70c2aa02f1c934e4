"""The search index of a library: articles and claims in a versioned Whoosh index.

The index is derived data. The database is the truth; whenever the index is missing, was
written with another schema version or cannot be read, it is recreated empty and
``needs_rebuild`` tells the caller to refill it from the database.
"""

from __future__ import annotations

import importlib
import json
import os
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from claimdesk.core.errors import LibraryError
from claimdesk.core.model import SearchHit, SearchResults
from claimdesk.core.search.documents import ArticleDoc, ClaimDoc
from claimdesk.core.search.indexing import CLAIM, article_fields, claim_fields
from claimdesk.core.search.query import QueryReader
from claimdesk.core.search.query_text import plain_words
from claimdesk.core.search.schema import SCHEMA_VERSION, WORDS_FIELD, build_schema
from claimdesk.core.search.snippets import SnippetMaker

with warnings.catch_warnings():
    # Whoosh 2.7 has invalid escapes and old idioms that warn on Python 3.11+.
    warnings.simplefilter("ignore", SyntaxWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from whoosh import index as windex
    from whoosh import query as wq
    from whoosh.index import LockError

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
    ):
        importlib.import_module(_module)

INDEX_NAME = "MAIN"
VERSION_FILE = "claimdesk-index.json"
# Waiting this long for the write lock means whoever holds it is gone (see _writer).
LOCK_TIMEOUT_S = 1.0
# Each small commit adds a segment; past this many, the commit merges them all into one.
OPTIMIZE_AT_SEGMENTS = 50
_PROGRESS_EVERY = 100

_Doc = TypeVar("_Doc", ArticleDoc, ClaimDoc)


class SearchIndex:
    """Full-text and field search over a library's articles and claims."""

    def __init__(self, directory: Path, ix: Any, needs_rebuild: bool) -> None:
        """Use :meth:`open`; this wraps an already opened Whoosh index."""
        self._directory = directory
        self._ix = ix
        self._needs_rebuild = needs_rebuild
        self._lock = threading.RLock()
        self._closed = False
        self._searcher: Any = ix.searcher()
        self._reader = QueryReader(ix.schema)
        self._snippets = SnippetMaker()

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
                f"Cannot create the search index folder {directory}: {exc.strerror}. "
                "Check that the library folder is writable."
            ) from exc
        ix = _open_existing(directory)
        if ix is not None:
            return cls(directory, ix, needs_rebuild=False)
        return cls(directory, _create_empty(directory), needs_rebuild=True)

    @property
    def needs_rebuild(self) -> bool:
        """True when the index was just created empty and must be rebuilt from the database."""
        return self._needs_rebuild

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
        Deleting an article deletes its claims from the index too.
        """
        if not (articles or claims or delete_articles or delete_claims):
            return
        with self._lock:
            writer = self._writer()
            try:
                for article_id in delete_articles:
                    writer.delete_by_term("article_id", article_id)
                for claim_id in delete_claims:
                    writer.delete_by_term("id", claim_id)
                for article in _last_by_id(articles):
                    writer.update_document(**article_fields(article))
                for claim in _last_by_id(claims):
                    writer.update_document(**claim_fields(claim))
            except BaseException:
                writer.cancel()
                raise
            if self._segment_count() + 1 >= OPTIMIZE_AT_SEGMENTS:
                writer.commit(optimize=True)
            else:
                writer.commit(merge=False)
            self._searcher = self._searcher.refresh()

    def rebuild(
        self,
        articles: Iterable[ArticleDoc],
        claims: Iterable[ClaimDoc],
        progress: Callable[[int], None] | None = None,
    ) -> None:
        """Recreate the index from scratch with these records.

        ``progress(n_done)`` is called as records are added; if it raises (to cancel),
        the index is left empty and ``needs_rebuild`` stays True.
        """
        with self._lock:
            self._searcher.close()
            self._ix.close()
            self._ix = _create_empty(self._directory)
            self._needs_rebuild = True
            self._searcher = self._ix.searcher()
            writer = self._writer(limitmb=256)
            done = 0
            try:
                # add_document, not update_document: the index is empty and the database's
                # ids are unique, so there is nothing to replace.
                for article in articles:
                    writer.add_document(**article_fields(article))
                    done = _tick(done, progress)
                for claim in claims:
                    writer.add_document(**claim_fields(claim))
                    done = _tick(done, progress)
            except BaseException:
                writer.cancel()
                raise
            writer.commit(optimize=True)
            if progress is not None:
                progress(done)
            self._searcher = self._searcher.refresh()
            self._needs_rebuild = False

    def search(self, query: str, limit: int = 50) -> SearchResults:
        """Search articles and claims (syntax: CLI.md); never raises for a bad query.

        A query that does not parse as written is searched as best it can be read, and
        ``notice`` says how in one line.
        """
        with self._lock:
            read = self._reader.read(query)
            notice = read.notice
            try:
                found = self._run(read.query, limit)
            except Exception:  # a query form Whoosh cannot run: fall back to the words
                notice = "Could not run the query as written: searched for its words instead."
                try:
                    found = self._run(self._reader.read(plain_words(query)).query, limit)
                except Exception as exc:  # even plain words fail: the index itself is damaged
                    self._needs_rebuild = True
                    raise LibraryError(
                        "The search index cannot be read: rebuild it (claimdesk-cli reindex)."
                    ) from exc
        total, hits = found
        return SearchResults(query=query, total=total, hits=hits, notice=notice)

    def _run(self, parsed: Any, limit: int) -> tuple[int, list[SearchHit]]:
        if parsed is None:
            return 0, []
        # optimize=False: every match is visited anyway to count the total, and the
        # block-quality skipping of Whoosh 2.7.4 divides by the zero boost of the
        # language filter (see QueryReader._spread).
        results = self._searcher.search(parsed, limit=max(limit, 1), optimize=False)
        words = _snippet_words(parsed, self._searcher.reader())
        hits = [self._hit(hit, words) for hit in results][: max(limit, 0)]
        return len(results), hits

    def doc_count(self) -> int:
        """How many articles and claims the index holds."""
        with self._lock:
            return int(self._searcher.doc_count())

    def close(self) -> None:
        """Release the index's files; the object cannot be used afterwards. Idempotent."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._searcher.close()
            self._ix.close()

    def _hit(self, hit: Any, words: dict[str, set[str]]) -> SearchHit:
        stored = hit.fields()
        is_claim = stored.get("type") == CLAIM
        return SearchHit(
            type=str(stored.get("type", "")),
            id=str(stored.get("id", "")),
            article_id=str(stored.get("article_id", "")),
            score=float(hit.score or 0.0),
            snippet=self._snippet(stored, words),
            title=str(stored.get("heading") or ""),
            start=stored.get("start") if is_claim else None,
            end=stored.get("end") if is_claim else None,
        )

    def _snippet(self, stored: dict[str, Any], words: dict[str, set[str]]) -> str:
        schema = self._ix.schema
        readings = [
            (schema[name].analyzer, words[name])
            for name in (f"text_{stored.get('textlang')}", WORDS_FIELD)
            if name in words
        ]
        return self._snippets.snippet(str(stored.get("body") or ""), readings)

    def _writer(self, **options: Any) -> Any:
        """A writer, breaking a lock that outlived its holder.

        The caller guarantees one writer per library, so a lock still held after the
        timeout belongs to a writer that died or leaked: remove the lock file and retry.
        """
        try:
            return self._ix.writer(timeout=LOCK_TIMEOUT_S, delay=0.05, **options)
        except LockError:
            lock_file = self._directory / f"{INDEX_NAME}_WRITELOCK"
            try:
                lock_file.unlink(missing_ok=True)
            except OSError as exc:
                raise LibraryError(
                    f"The search index in {self._directory} is locked and the lock cannot "
                    "be removed: close other ClaimDesk windows on this library and retry."
                ) from exc
            try:
                return self._ix.writer(timeout=LOCK_TIMEOUT_S, delay=0.05, **options)
            except LockError as exc:
                raise LibraryError(
                    f"The search index in {self._directory} is locked by another program: "
                    "close other ClaimDesk windows on this library and retry."
                ) from exc

    def _segment_count(self) -> int:
        return len(self._searcher.reader().leaf_readers())


def _snippet_words(parsed: Any, reader: Any) -> dict[str, set[str]]:
    """The indexed words, by text field, that the query looks for (wildcards expanded).

    Taken from the query once rather than per hit from Whoosh's matched terms, which
    costs a record for every matching document; a word a hit does not contain is simply
    never found in its text, so the snippets are the same.
    """
    found: dict[str, set[str]] = {}
    for leaf in _positive_leaves(parsed):
        for fieldname, term in leaf.existing_terms(reader, phrases=True, expand=True):
            if fieldname.startswith("text_") or fieldname == WORDS_FIELD:
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


def _open_existing(directory: Path) -> Any | None:
    """The index in ``directory`` if it has our schema version and can be read, else None."""
    if _read_version(directory) != SCHEMA_VERSION:
        return None
    try:
        if not windex.exists_in(str(directory), indexname=INDEX_NAME):
            return None
        ix = windex.open_dir(str(directory), indexname=INDEX_NAME, schema=build_schema())
        # Reading every segment's header and stored-field table finds most damage now
        # rather than in the middle of a search.
        with ix.searcher() as searcher:
            reader = searcher.reader()
            reader.doc_count_all()
            for _ in reader.all_stored_fields():
                break
        return ix
    except Exception:  # any damage at all means: recreate and rebuild from the database
        return None


def _create_empty(directory: Path) -> Any:
    """A new empty index in ``directory``, replacing whatever index files were there."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        (directory / VERSION_FILE).unlink(missing_ok=True)
        for path in directory.iterdir():
            if path.is_file() and (
                path.name.startswith(f"{INDEX_NAME}_") or path.name.startswith(f"_{INDEX_NAME}_")
            ):
                path.unlink()
        ix = windex.create_in(str(directory), build_schema(), indexname=INDEX_NAME)
        _write_version(directory)
    except OSError as exc:
        raise LibraryError(
            f"Cannot create the search index in {directory}: {exc.strerror}. "
            "Check that the library folder is writable."
        ) from exc
    return ix


def _read_version(directory: Path) -> int | None:
    try:
        data = json.loads((directory / VERSION_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    version = data.get("schema_version") if isinstance(data, dict) else None
    return version if isinstance(version, int) else None


def _write_version(directory: Path) -> None:
    target = directory / VERSION_FILE
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps({"schema_version": SCHEMA_VERSION}), encoding="utf-8")
    os.replace(temporary, target)


def _last_by_id(docs: Sequence[_Doc]) -> list[_Doc]:
    # Two records with one id in a single writer would both be added: keep the last.
    return list({doc.id: doc for doc in docs}.values())


def _tick(done: int, progress: Callable[[int], None] | None) -> int:
    done += 1
    if progress is not None and done % _PROGRESS_EVERY == 0:
        progress(done)
    return done
