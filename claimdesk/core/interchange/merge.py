"""Merging a library document into the open library, by id, inside the caller's transaction.

Rules (issue 6): new things are added; unchanged things are left; an article or claim changed
on both sides keeps the later edit (``updated``) and the other version is written to its
history as a ``merge`` entry, so nothing is lost on either side. A version the other side
already passed through (it appears in that side's history) is an ancestor, not a conflict.
Deletions are not carried over: a claim deleted here stays deleted unless the other side
edited it after the deletion.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from claimdesk.core.errors import InputRefused
from claimdesk.core.importers import content_hash
from claimdesk.core.interchange.document import SCHEMA, VERSION
from claimdesk.core.interchange.schemas import check_against
from claimdesk.core.messages import Message
from claimdesk.core.model.results import MergeSummary
from claimdesk.core.services.articles import article_snapshot, find_duplicate
from claimdesk.core.services.claimants import claimant_for, find_claimant, name_key
from claimdesk.core.services.history import record
from claimdesk.core.services.tags import tags_named
from claimdesk.core.services.views import claim_load_options
from claimdesk.core.storage.orm import (
    Article,
    Claim,
    Claimant,
    ClaimantAlias,
    ClaimLink,
    EvidenceItem,
    HistoryEntry,
)

Json = dict[str, Any]
_ARTICLE_FIELDS = (
    "title", "outlet", "url", "language", "published", "authors", "notes", "tags", "text",
    "source_name", "source_format",
)  # fmt: skip
_CLAIM_FIELDS = (
    "kind", "start", "end", "exact", "prefix", "suffix", "orphaned", "claimant_id", "cue",
    "claim_text", "verdict", "explanation", "status", "notes", "dates", "tags",
)  # fmt: skip


def merge_document(session: Session, data: object, what: str = "The library file") -> MergeSummary:
    """Merge a library document (``export --format json`` or a bundle's data) by id.

    Validates everything first; raises ``InputRefused`` on bad data. Only flushes: the caller
    commits, or rolls back so that a failure changes nothing.
    """
    version = data.get("version") if isinstance(data, Mapping) else None
    if isinstance(version, int) and version > VERSION:
        raise InputRefused(
            "{what} was written by a newer ClaimDesk (format version {version}): update ClaimDesk"
            " to import it.",
            what=what,
            version=version,
        )
    check_against(data, SCHEMA, what)
    assert isinstance(data, dict)
    _check_references(session, data, what)
    merger = _Merger(session, data)
    merger.run()
    published = data.get("published_reviews")
    if published:
        from claimdesk.core.interchange.claimreview_import import import_claimreviews

        reviews = import_claimreviews(session, published, what)
        merger.summary.notes.append(reviews.line() + ".")
    return merger.summary


_NOUNS = {
    "article": Message("the article"),
    "claim": Message("the claim"),
    "claimant": Message("the claimant"),
    "evidence": Message("the evidence"),
}


def _unique(items: Iterable[str], noun: str, what: str) -> set[str]:
    seen: set[str] = set()
    for ident in items:
        if ident in seen:
            raise InputRefused(
                "{what} holds {noun} {ident} twice: export it again.",
                what=what,
                noun=_NOUNS.get(noun, noun),
                ident=ident[:8],
            )
        seen.add(ident)
    return seen


def _check_references(session: Session, doc: Json, what: str) -> None:
    """Every id a claim, link or evidence names exists in the document or in the library."""
    articles = _unique((a["id"] for a in doc["articles"]), "article", what)
    claims = _unique((c["id"] for c in doc["claims"]), "claim", what)
    claimants = _unique((c["id"] for c in doc["claimants"]), "claimant", what)
    _unique((e["id"] for c in doc["claims"] for e in c.get("evidence", ())), "evidence", what)
    for claim in doc["claims"]:
        if claim["start"] > claim["end"]:
            raise InputRefused(
                "{what}: claim {claim} ends before it starts.", what=what, claim=claim["id"][:8]
            )
        if (
            claim["article_id"] not in articles
            and session.get(Article, claim["article_id"]) is None
        ):
            raise InputRefused(
                "{what}: claim {claim} belongs to article {article}, which is neither in the file "
                "nor in this library; export it with its article.",
                what=what,
                claim=claim["id"][:8],
                article=claim["article_id"][:8],
            )
        owner = claim.get("claimant_id")
        if owner and owner not in claimants and session.get(Claimant, owner) is None:
            raise InputRefused(
                "{what}: claim {claim} names claimant {owner}, which is not in the file: export it "
                "again.",
                what=what,
                claim=claim["id"][:8],
                owner=owner[:8],
            )
    for link in doc["links"]:
        for end in (link["source"], link["target"]):
            if end not in claims and session.get(Claim, end) is None:
                raise InputRefused(
                    "{what}: a link names claim {end}, which is neither in the file "
                    "nor in this library; export it again.",
                    what=what,
                    end=end[:8],
                )


def _when(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).astimezone(dt.UTC)


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputRefused(
            "{value!r} is not a calendar date: fix it or export again.", value=value
        ) from None


def _seen(state: Mapping[str, Any], entries: Iterable[HistoryEntry | Json]) -> bool:
    """True when ``state`` is a version the history passed through (before or after an edit)."""
    for entry in entries:
        if isinstance(entry, HistoryEntry):
            versions = (entry.before, entry.after)
        else:
            versions = (entry.get("before"), entry.get("after"))
        for version in versions:
            if not version:
                continue
            common = (state.keys() & version.keys()) - {"article_id"}
            if common and all(state[k] == version[k] for k in common):
                return True
    return False


class _Merger:
    """One merge: id maps for things that already exist here under another id, and counts."""

    def __init__(self, session: Session, doc: Json) -> None:
        self.session = session
        self.doc = doc
        self.summary = MergeSummary()
        self.claimant_ids: dict[str, str] = {}
        self.article_ids: dict[str, str] = {}
        self.incoming_history: dict[tuple[str, str], list[Json]] = defaultdict(list)
        for entry in doc.get("history", ()):
            self.incoming_history[(entry["entity"], entry["entity_id"])].append(entry)
        self.changed_claimants: set[str] = set()

    def run(self) -> None:
        """Merge claimants, articles, claims (with evidence), links, then history."""
        for claimant in self.doc["claimants"]:
            self._claimant(claimant)
        for article in self.doc["articles"]:
            self._article(article)
        for claim in self.doc["claims"]:
            self._claim(claim)
        for link in self.doc["links"]:
            self._link(link)
        self._history()
        self.session.flush()
        if self.changed_claimants:
            # Claim search documents carry the claimant's names and aliases.
            self.summary.claim_ids.update(
                self.session.scalars(
                    select(Claim.id).where(Claim.claimant_id.in_(self.changed_claimants))
                )
            )

    def _local_history(self, entity: str, ident: str) -> list[HistoryEntry]:
        return list(
            self.session.scalars(
                select(HistoryEntry).where(
                    HistoryEntry.entity == entity, HistoryEntry.entity_id == ident
                )
            )
        )

    # Claimants
    def _claimant(self, data: Json) -> None:
        local = self.session.get(Claimant, data["id"], options=[selectinload(Claimant.aliases)])
        if local is None:
            found = find_claimant(self.session, data["name"])
            if found is None:
                for alias in data.get("aliases", ()):
                    found = find_claimant(self.session, alias)
                    if found is not None:
                        break
            if found is None:
                local = Claimant(
                    id=data["id"],
                    name=data["name"],
                    key=name_key(data["name"]),
                    kind=data.get("kind", "other"),
                    aliases=[],
                )
                if "created" in data:
                    local.created = _when(data["created"])
                self.session.add(local)
                self.session.flush()
                self._add_aliases(local, data.get("aliases", ()))
                self.claimant_ids[data["id"]] = local.id
                self.summary.added += 1
                return
            local = self.session.get(Claimant, found.id, options=[selectinload(Claimant.aliases)])
            assert local is not None
        self.claimant_ids[data["id"]] = local.id
        before = _claimant_state(local)
        names = [data["name"], *data.get("aliases", ())]
        self._add_aliases(local, names)
        if local.kind == "other" and data.get("kind", "other") != "other":
            local.kind = data["kind"]
        after = _claimant_state(local)
        if after != before:
            self.session.flush()
            record(self.session, "claimant", local.id, "merge", before, after)
            self.changed_claimants.add(local.id)
            self.summary.updated += 1
        else:
            self.summary.unchanged += 1

    def _add_aliases(self, claimant: Claimant, names: Iterable[str]) -> None:
        """Add each name as an alias unless it already names this or another claimant."""
        for name in names:
            key = name_key(name)
            if not key or key == claimant.key:
                continue
            owner = find_claimant(self.session, name)
            if owner is None:
                claimant.aliases.append(ClaimantAlias(alias=name, key=key))
                self.session.flush()
            elif owner.id != claimant.id:
                self.summary.notes.append(
                    f"Alias {name!r} of {claimant.name!r} already names {owner.name!r}: kept there."
                )

    # Articles
    def _article(self, data: Json) -> None:
        local = self.session.get(Article, data["id"], options=[selectinload(Article.tags)])
        if local is None:
            same_text = find_duplicate(self.session, data["text"])
            if same_text is not None:
                # The same text imported on both sides under two ids: one article here.
                self.article_ids[data["id"]] = same_text.id
                self.summary.unchanged += 1
                return
            article = Article(id=data["id"], content_hash=content_hash(data["text"]), tags=[])
            _apply_article(self.session, article, data)
            article.imported = _when(data["imported"])
            self.session.add(article)
            self.session.flush()
            self.article_ids[data["id"]] = article.id
            self.summary.added += 1
            self.summary.article_ids.add(article.id)
            return
        self.article_ids[data["id"]] = local.id
        mine, theirs = _article_state(local), _article_state_of(data)
        if mine == theirs:
            self.summary.unchanged += 1
            return
        if _when(data["updated"]) > local.updated:
            conflict = not _seen(mine, self.incoming_history[("article", local.id)])
            if data["text"] != local.text:
                holder = find_duplicate(self.session, data["text"])
                if holder is not None and holder.id != local.id:
                    raise InputRefused(
                        "Article {article} was changed to the text of article {other}: "
                        "remove one of them, then import again.",
                        article=local.id[:8],
                        other=holder.id[:8],
                    )
            _apply_article(self.session, local, data)
            local.content_hash = content_hash(local.text)
            self.summary.article_ids.add(local.id)
            self._settle(conflict, "article", local.id, mine, theirs, local.title)
        else:
            conflict = not _seen(theirs, self._local_history("article", local.id))
            self._keep(conflict, "article", local.id, theirs, mine, local.title)

    # Claims
    def _claim(self, data: Json) -> None:
        article_id: str = self.article_ids.get(data["article_id"]) or data["article_id"]
        claimant_id = self._claimant_of(data)
        local = self.session.get(Claim, data["id"], options=list(claim_load_options()))
        if local is None:
            deleted = [
                h.at for h in self._local_history("claim", data["id"]) if h.action == "delete"
            ]
            if deleted and _when(data["updated"]) <= max(deleted):
                self.summary.unchanged += 1
                self.summary.notes.append(
                    f"Claim {data['id'][:8]} was deleted here after its last edit: left deleted."
                )
                return
            claim = Claim(id=data["id"], tags=[], evidence=[], links=[])
            _apply_claim(self.session, claim, data, article_id, claimant_id)
            claim.created = _when(data["created"])
            self.session.add(claim)
            self.session.flush()
            self._evidence(claim, data, incoming_wins=True)
            self.summary.added += 1
            self.summary.claim_ids.add(claim.id)
            return
        mine = _claim_state(local)
        theirs = _claim_state_of(data, claimant_id)
        if mine == theirs:
            self.summary.unchanged += 1
            self._evidence(local, data, incoming_wins=False)
            return
        label = local.claim_text or local.exact
        old, new = _claim_snapshot(self.session, mine), _claim_snapshot(self.session, theirs)
        if _when(data["updated"]) > local.updated:
            conflict = not _seen(old, self.incoming_history[("claim", local.id)])
            _apply_claim(self.session, local, data, local.article_id, claimant_id)
            self.summary.claim_ids.add(local.id)
            self._settle(conflict, "claim", local.id, old, new, label)
            self._evidence(local, data, incoming_wins=True)
        else:
            conflict = not _seen(new, self._local_history("claim", local.id))
            self._keep(conflict, "claim", local.id, new, old, label)
            self._evidence(local, data, incoming_wins=False)

    def _claimant_of(self, data: Json) -> str | None:
        ident = data.get("claimant_id")
        if ident:
            return self.claimant_ids.get(ident, ident)
        if data.get("claimant"):
            return claimant_for(self.session, data["claimant"]).id
        return None

    def _evidence(self, claim: Claim, data: Json, *, incoming_wins: bool) -> None:
        for item in data.get("evidence", ()):
            local = self.session.get(EvidenceItem, item["id"])
            if local is None:
                evidence = EvidenceItem(id=item["id"], claim_id=claim.id, source=item["source"])
                _apply_evidence(evidence, item)
                if "created" in item:
                    evidence.created = _when(item["created"])
                self.session.add(evidence)
                self.summary.added += 1
                self.summary.claim_ids.add(claim.id)
            elif local.claim_id != claim.id:
                self.summary.skipped += 1
                self.summary.notes.append(
                    f"Evidence {item['id'][:8]} belongs to another claim here: left there."
                )
            elif _evidence_state(local) == _evidence_state_of(item):
                self.summary.unchanged += 1
            elif incoming_wins:
                _apply_evidence(local, item)
                self.summary.updated += 1
            else:
                self.summary.unchanged += 1

    # Outcomes of a difference
    def _settle(
        self, conflict: bool, entity: str, ident: str, mine: Json, theirs: Json, label: str
    ) -> None:
        """The incoming version won; on a conflict the version it replaced goes to history."""
        self.session.flush()
        if conflict:
            record(self.session, entity, ident, "merge", mine, theirs)
            self.summary.conflicts += 1
            self.summary.notes.append(
                f"{entity.capitalize()} {ident[:8]} ({_short(label)}) was edited on both sides: "
                "kept the later edit (theirs); yours is in its history."
            )
        else:
            self.summary.updated += 1

    def _keep(
        self, conflict: bool, entity: str, ident: str, theirs: Json, mine: Json, label: str
    ) -> None:
        """The version here won; on a conflict the incoming version goes to history."""
        if conflict:
            record(self.session, entity, ident, "merge", theirs, mine)
            self.summary.conflicts += 1
            self.summary.notes.append(
                f"{entity.capitalize()} {ident[:8]} ({_short(label)}) was edited on both sides: "
                "kept the later edit (yours); theirs is in its history."
            )
        else:
            self.summary.unchanged += 1

    # Links and history
    def _link(self, data: Json) -> None:
        source, target = data["source"], data["target"]
        if self.session.get(Claim, source) is None or self.session.get(Claim, target) is None:
            self.summary.skipped += 1
            return
        exists = self.session.scalars(
            select(ClaimLink.id).where(
                ClaimLink.source_id == source,
                ClaimLink.target_id == target,
                ClaimLink.type == data["type"],
            )
        ).first()
        if exists is not None:
            self.summary.unchanged += 1
            return
        link = ClaimLink(source_id=source, target_id=target, type=data["type"])
        if "created" in data:
            link.created = _when(data["created"])
        self.session.add(link)
        self.summary.added += 1
        self.summary.claim_ids.update((source, target))

    def _history(self) -> None:
        entries = self.doc.get("history", ())
        ids = {e["entity_id"] for e in entries}
        known = {
            (h.at, h.entity, h.entity_id, h.action)
            for h in self.session.scalars(
                select(HistoryEntry).where(HistoryEntry.entity_id.in_(ids))
            )
        }
        for entry in entries:
            key = (_when(entry["at"]), entry["entity"], entry["entity_id"], entry["action"])
            if key in known:
                continue
            known.add(key)
            self.session.add(
                HistoryEntry(
                    at=key[0],
                    actor=entry.get("actor", ""),
                    entity=entry["entity"],
                    entity_id=entry["entity_id"],
                    action=entry["action"],
                    before=entry.get("before"),
                    after=entry.get("after"),
                )
            )
            self.summary.history_added += 1


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def _claimant_state(claimant: Claimant) -> Json:
    return {
        "name": claimant.name,
        "kind": claimant.kind,
        "aliases": sorted(a.alias for a in claimant.aliases),
    }


def _article_state(article: Article) -> Json:
    return {
        **article_snapshot(article),
        "text": article.text,
        "source_name": article.source_name,
        "source_format": article.source_format,
    }


def _article_state_of(data: Json) -> Json:
    state = {name: data.get(name) for name in _ARTICLE_FIELDS}
    state["authors"] = list(data.get("authors", []))
    state["notes"] = data.get("notes", "")
    state["tags"] = sorted({" ".join(t.split()).lower() for t in data.get("tags", [])})
    state["source_format"] = data.get("source_format", "text")
    return state


def _apply_article(session: Session, article: Article, data: Json) -> None:
    article.title = data["title"]
    article.text = data["text"]
    article.outlet = data.get("outlet")
    article.url = data.get("url")
    article.language = data["language"]
    article.published = _day(data.get("published"))
    article.authors = list(data.get("authors", []))
    article.source_name = data.get("source_name")
    article.source_format = data.get("source_format", "text")
    article.notes = data.get("notes", "")
    article.tags = tags_named(session, tuple(data.get("tags", ())))
    article.updated = _when(data["updated"])


def _claim_state(claim: Claim) -> Json:
    return {
        "kind": claim.kind,
        "start": claim.start,
        "end": claim.end,
        "exact": claim.exact,
        "prefix": claim.prefix,
        "suffix": claim.suffix,
        "orphaned": claim.orphaned,
        "claimant_id": claim.claimant_id,
        "cue": claim.cue,
        "claim_text": claim.claim_text,
        "verdict": claim.verdict,
        "explanation": claim.explanation,
        "status": claim.status,
        "notes": claim.notes,
        "dates": list(claim.dates),
        "tags": sorted(t.name for t in claim.tags),
    }


def _claim_state_of(data: Json, claimant_id: str | None) -> Json:
    return {
        "kind": data["kind"],
        "start": data["start"],
        "end": data["end"],
        "exact": data["quote"],
        "prefix": data.get("prefix", ""),
        "suffix": data.get("suffix", ""),
        "orphaned": data.get("orphaned", False),
        "claimant_id": claimant_id,
        "cue": data.get("cue"),
        "claim_text": data.get("claim_text", ""),
        "verdict": data.get("verdict"),
        "explanation": data.get("explanation", ""),
        "status": data.get("status", "new"),
        "notes": data.get("notes", ""),
        "dates": [
            {
                "start": d["start"],
                "end": d["end"],
                "text": d["text"],
                "value": d["value"],
                "granularity": d["granularity"],
                "mod": d.get("mod"),
            }
            for d in data.get("dates", [])
        ],
        "tags": sorted({" ".join(t.split()).lower() for t in data.get("tags", [])}),
    }


def _claim_snapshot(session: Session, state: Json) -> Json:
    """A claim state in the shape of ``claim_snapshot`` (history entries), claimant by name."""
    claimant = session.get(Claimant, state["claimant_id"]) if state["claimant_id"] else None
    return {
        "kind": state["kind"],
        "start": state["start"],
        "end": state["end"],
        "exact": state["exact"],
        "claimant": claimant.name if claimant is not None else None,
        "claim_text": state["claim_text"],
        "verdict": state["verdict"],
        "explanation": state["explanation"],
        "status": state["status"],
        "notes": state["notes"],
        "tags": state["tags"],
    }


def _apply_claim(
    session: Session, claim: Claim, data: Json, article_id: str, claimant_id: str | None
) -> None:
    state = _claim_state_of(data, claimant_id)
    claim.article_id = article_id
    claim.kind = state["kind"]
    claim.start = state["start"]
    claim.end = state["end"]
    claim.exact = state["exact"]
    claim.prefix = state["prefix"]
    claim.suffix = state["suffix"]
    claim.orphaned = state["orphaned"]
    claim.claimant_id = claimant_id
    claim.cue = state["cue"]
    claim.claim_text = state["claim_text"]
    claim.verdict = state["verdict"]
    claim.explanation = state["explanation"]
    claim.status = state["status"]
    claim.notes = state["notes"]
    claim.dates = state["dates"]
    claim.tags = tags_named(session, tuple(state["tags"]))
    claim.updated = _when(data["updated"])


def _evidence_state(item: EvidenceItem) -> Json:
    return {
        "source": item.source,
        "title": item.title,
        "note": item.note,
        "consulted": item.consulted.isoformat() if item.consulted else None,
        "position": item.position,
        "file_sha256": item.file_sha256,
    }


def _evidence_state_of(data: Json) -> Json:
    return {
        "source": data["source"],
        "title": data.get("title", ""),
        "note": data.get("note", ""),
        "consulted": data.get("consulted"),
        "position": data.get("position", 0),
        "file_sha256": data.get("file_sha256"),
    }


def _apply_evidence(item: EvidenceItem, data: Json) -> None:
    item.source = data["source"]
    item.title = data.get("title", "")
    item.note = data.get("note", "")
    item.consulted = _day(data.get("consulted"))
    item.position = int(data.get("position", 0))
    item.file_sha256 = data.get("file_sha256")
    item.file_size = data.get("file_size")
