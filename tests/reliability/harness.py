"""The crash harness: random commands, what each returned command promised, and the check
after a kill that every promise holds.

A command either returned (its effect must be in the library from then on, through any later
kill) or was killed (its effect may be there or not, but never half: a claim is entirely the
old or entirely the new version, a new claim or article is whole or absent). Nothing may
appear that no command asked for.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation

VERDICTS = (None, "true", "false", "misleading", "unverifiable")
STATUSES = ("new", "researching", "reviewed", "published")
WORDS = (
    *("ministro", "governo", "dichiarato", "accordo", "grano", "porto", "prezzi", "gas"),
    *("inverno", "confine", "esercito", "minister", "government", "announced", "agreement"),
    *("prices", "winter", "border", "army", "report", "sources"),
)

Claim = dict[str, Any]


def kills_wanted(default: int) -> int:
    """How many kills a run makes: ``$CLAIMDESK_KILLS`` or the suite's small default."""
    return int(os.environ.get("CLAIMDESK_KILLS", default))


@dataclass
class GeneratedArticle:
    """A small article written by the harness: a unique token and its quotable sentences."""

    token: str
    path: Path
    sentences: list[str]


def write_article(folder: Path, rng: random.Random, number: int) -> GeneratedArticle:
    """A small .txt or .md file whose title and every sentence carry unique tokens."""
    token = f"tok{number}x{rng.randrange(10**6):06d}"
    sentences = [
        f"Il testimone {token}s{k} ha detto che "
        + " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 12)))
        + "."
        for k in range(6)
    ]
    title = f"Rapporto {token}"
    markdown = rng.random() < 0.4
    head = f"# {title}\n\n" if markdown else f"{title}\n\n"
    path = folder / f"{token}.{'md' if markdown else 'txt'}"
    path.write_text(head + "\n\n".join(sentences) + "\n", encoding="utf-8")
    return GeneratedArticle(token, path, sentences)


@dataclass
class Model:
    """What the library must hold: every returned change, and what killed commands may
    have left (each alternative whole)."""

    articles: dict[str, str | None] = field(default_factory=dict)  # token -> id (once known)
    generated: dict[str, GeneratedArticle] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)  # id -> fields
    deleted: set[str] = field(default_factory=set)
    # Killed commands: claim id -> states it may be in (None: deleted); adds and imports
    # that may have happened.
    maybe_states: dict[str, list[Claim | None]] = field(default_factory=dict)
    maybe_adds: list[tuple[str, str]] = field(default_factory=list)  # (article id, quote)
    maybe_imports: set[str] = field(default_factory=set)  # tokens
    returned_unverified: int = 0
    returned_verified: int = 0
    checks: int = 0

    # Choosing commands
    def next_command(self, rng: random.Random, folder: Path, counter: list[int]) -> dict[str, Any]:
        """A random command that makes sense in the current state."""
        roll = rng.random()
        if roll < 0.2 or not any(self.articles.values()):
            made = []
            for _ in range(rng.randint(1, 4)):
                counter[0] += 1
                made.append(write_article(folder, rng, counter[0]))
            for g in made:
                self.generated[g.token] = g
            return {
                "op": "import",
                "paths": [str(g.path) for g in made],
                "tokens": [g.token for g in made],
            }
        if roll < 0.55 or not self.claims:
            token = rng.choice(sorted(t for t, i in self.articles.items() if i))
            article_id = self.articles[token]
            used = {c["quote"] for c in self.claims.values() if c["article_id"] == article_id}
            free = [s for s in self.generated[token].sentences if s not in used]
            if free:
                return {
                    "op": "add",
                    "article": article_id,
                    "quote": rng.choice(free),
                    "kind": rng.choice(("claim", "denial")),
                    "verdict": rng.choice(VERDICTS),
                    "notes": f"nota {rng.randrange(10**6)}",
                }
        if not self.claims:
            return self.next_command(rng, folder, counter)
        claim_id = rng.choice(sorted(self.claims))
        if rng.random() < 0.8:
            return {
                "op": "edit",
                "claim": claim_id,
                "verdict": rng.choice(VERDICTS[1:]),
                "status": rng.choice(STATUSES),
                "notes": f"modifica {rng.randrange(10**6)}",
            }
        return {"op": "delete", "claim": claim_id}

    # Recording outcomes
    def returned(self, command: dict[str, Any], result: dict[str, Any]) -> None:
        """A command returned: its effect is promised from now on."""
        op = command["op"]
        if result.get("refused"):
            return
        self.returned_unverified += 1
        if op == "import":
            for token, article_id in result["imported"].items():
                self.articles[token] = article_id
                self.maybe_imports.discard(token)
        elif op == "add":
            self.claims[result["id"]] = {
                "article_id": command["article"],
                "quote": command["quote"],
                "kind": command["kind"],
                "verdict": command["verdict"],
                "status": "new",
                "notes": command["notes"],
            }
        elif op == "edit":
            claim = self.claims[command["claim"]]
            claim.update(
                verdict=command["verdict"], status=command["status"], notes=command["notes"]
            )
            self.maybe_states.pop(command["claim"], None)
        elif op == "delete":
            self.claims.pop(command["claim"], None)
            self.maybe_states.pop(command["claim"], None)
            self.deleted.add(command["claim"])

    def killed(self, command: dict[str, Any], partial: dict[str, Any] | None = None) -> None:
        """A command was killed (or its answer never came): either outcome is allowed."""
        op = command["op"]
        if op == "import":
            done = (partial or {}).get("imported", {})
            if done:
                self.returned({"op": "import"}, {"imported": done})
            self.maybe_imports.update(t for t in command["tokens"] if t not in done)
        elif op == "add":
            self.maybe_adds.append((command["article"], command["quote"]))
        elif op in ("edit", "delete"):
            claim_id = command["claim"]
            if claim_id not in self.claims:
                return
            old = dict(self.claims[claim_id])
            new: Claim | None = None
            if op == "edit":
                new = {
                    **old,
                    "verdict": command["verdict"],
                    "status": command["status"],
                    "notes": command["notes"],
                }
            self.maybe_states.setdefault(claim_id, [old]).append(new)

    # Checking after a kill
    def verify(self, location: LibraryLocation, rng: random.Random) -> int:
        """Open the library afresh, run check, and hold every promise; returns how many
        returned changes this check was the first to confirm."""
        with Desk.open(location) as desk:
            report = desk.check()
            assert report.ok, report.problems
            articles = {a.id: a.title for a in desk.list_articles()}
            actual = {c.id: _fields(c) for c in desk.list_claims()}
            self._check_articles(articles)
            self._check_claims(actual)
            if self.articles:
                token = rng.choice(sorted(self.articles))
                hits = desk.search(token).hits
                assert self.articles[token] in {h.article_id for h in hits}, token
        self.checks += 1
        confirmed = self.returned_unverified
        _log_progress(self.checks, self.returned_verified + confirmed)
        self.returned_verified += confirmed
        self.returned_unverified = 0
        # What the killed commands left is now known: it becomes the state to build on.
        self.claims = actual
        self.maybe_states.clear()
        self.maybe_adds.clear()
        self.maybe_imports.clear()
        return confirmed

    def _check_articles(self, titles: dict[str, str]) -> None:
        by_token = {t.split()[-1]: i for i, t in titles.items() if t.startswith("Rapporto ")}
        for token, article_id in list(self.articles.items()):
            assert token in by_token, f"returned import {token} is missing"
            assert article_id in (None, by_token[token]), f"import {token} changed its id"
            self.articles[token] = by_token[token]
        for token, article_id in by_token.items():
            if token not in self.articles:
                assert token in self.maybe_imports, f"article {token} appeared from nowhere"
                self.articles[token] = article_id

    def _check_claims(self, actual: dict[str, Claim]) -> None:
        for claim_id, fields in self.claims.items():
            states = self.maybe_states.get(claim_id)
            if states is None:
                assert actual.get(claim_id) == fields, f"claim {claim_id}: {actual.get(claim_id)}"
            else:
                assert actual.get(claim_id) in states, f"claim {claim_id} half-changed"
        for claim_id in self.deleted:
            assert claim_id not in actual, f"deleted claim {claim_id} is back"
        for claim_id, fields in actual.items():
            if claim_id not in self.claims:
                spot = (fields["article_id"], fields["quote"])
                assert spot in self.maybe_adds, f"claim {claim_id} appeared from nowhere"


def _log_progress(kills: int, checked: int) -> None:
    # Long runs ($CLAIMDESK_CRASH_LOG set) leave their figures even if they are cut short.
    log = os.environ.get("CLAIMDESK_CRASH_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as out:
            out.write(f"checks {kills} returned_changes_checked {checked}\n")


def _fields(view: Any) -> Claim:
    return {
        "article_id": view.article_id,
        "quote": view.quote,
        "kind": view.kind.value,
        "verdict": view.verdict.value if view.verdict else None,
        "status": view.status.value,
        "notes": view.notes,
    }
