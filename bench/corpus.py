"""A reproducible synthetic library for the search benchmark, sampled from real news sentences.

Italian sentences are the ``# text =`` lines of UD Italian-ISDT (dev); English ones are the
``<TEXT>`` of the TimeBank documents with their tags removed, split at sentence ends. Articles
are runs of sampled sentences, so word frequencies are those of real news; claims are
sentences of their article, with claimants, verdicts and dates drawn from fixed lists.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from claimdesk.core.search.documents import ArticleDoc, ClaimDoc

DATA = Path(
    os.environ.get("CLAIMDESK_DATA_DIR", Path(__file__).resolve().parents[2] / "shared" / "data")
)
if not DATA.is_dir():
    DATA = Path("/work/shared/data")

OUTLETS = ("Reuters", "ANSA", "AP", "Il Post", "BBC", "Corriere", "Guardian", "AGI", "CNN", "Rai")
KINDS = ("claim", "claim", "claim", "denial")
VERDICTS = (None, None, "true", "false", "misleading", "unproven")
STATUSES = ("new", "researching", "checked", "published")
TAGS = ("ucraina", "economia", "salute", "clima", "elezioni", "nato", "energy", "migration")
_TAG = re.compile(r"<[^>]+>")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")
_CLAIMANTS = 400


@dataclass(frozen=True, slots=True)
class Sentences:
    """The sentence pools the corpus is sampled from."""

    italian: list[str]
    english: list[str]


def load_sentences(data: Path = DATA) -> Sentences:
    """Read the Italian UD and English TimeBank sentences (fails loudly if data is missing)."""
    conllu = data / "ud" / "it_isdt-ud-dev.conllu"
    italian = [
        line[len("# text = ") :].strip()
        for line in conllu.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text = ")
    ]
    english: list[str] = []
    for path in sorted((data / "timebank").glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        match = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.DOTALL)
        if match is None:
            continue
        text = " ".join(_TAG.sub("", match.group(1)).split())
        english.extend(s for s in _SENTENCE_END.split(text) if len(s.split()) >= 4)
    if not italian or not english:
        raise SystemExit(f"no sentences found under {data}")
    return Sentences(italian, english)


def claimant_names(rng: random.Random) -> list[str]:
    """Fixed claimant names (first name + surname) for the corpus."""
    first = ("Mario", "Anna", "John", "Maria", "Luca", "Sarah", "Paolo", "Elena", "David", "Giulia")
    last = (
        "Rossi", "Bianchi", "Smith", "Ferrari", "Johnson", "Romano", "Brown", "Colombo",
        "Ricci", "Taylor", "Marino", "Greco", "Wilson", "Bruno", "Gallo", "Conti",
        "Stoltenberg", "Costa", "Fontana", "Moore",
    )  # fmt: skip
    names = [f"{f} {s}" for f in first for s in last]
    rng.shuffle(names)
    return names[:_CLAIMANTS]


def generate(
    n_articles: int = 10_000,
    claims_per_article: int = 10,
    words_per_article: int = 600,
    seed: int = 42,
    sentences: Sentences | None = None,
) -> Iterator[tuple[ArticleDoc, list[ClaimDoc]]]:
    """Yield ``n_articles`` articles, each with its claims; the same seed, the same corpus."""
    pool = sentences or load_sentences()
    rng = random.Random(seed)
    names = claimant_names(rng)
    first_day = dt.date(2015, 1, 1).toordinal()
    for number in range(n_articles):
        language = "it" if rng.random() < 0.5 else "en"
        source = pool.italian if language == "it" else pool.english
        body: list[str] = []
        count = 0
        while count < words_per_article:
            sentence = rng.choice(source)
            body.append(sentence)
            count += len(sentence.split())
        text = " ".join(body)
        published = dt.date.fromordinal(first_day + rng.randrange(3650))
        article_id = f"{rng.getrandbits(64):016x}{number:06d}"
        article = ArticleDoc(
            id=article_id,
            title=" ".join(body[0].split()[:10]),
            text=text,
            language=language,
            outlet=rng.choice(OUTLETS),
            published=published,
            tags=tuple(rng.sample(TAGS, rng.randrange(3))),
        )
        claims = []
        for index in range(claims_per_article):
            quote = rng.choice(body)
            start = text.find(quote)
            claimant = rng.choice(names) if rng.random() < 0.9 else None
            year = published.year - rng.randrange(8)
            claims.append(
                ClaimDoc(
                    id=f"{article_id}c{index:02d}",
                    article_id=article_id,
                    article_title=article.title,
                    language=language,
                    kind=rng.choice(KINDS),
                    quote=quote,
                    claim_text="",
                    claimant=claimant,
                    claimant_aliases=(claimant.split()[-1],) if claimant else (),
                    verdict=rng.choice(VERDICTS),
                    status=rng.choice(STATUSES),
                    notes="",
                    tags=tuple(rng.sample(TAGS, rng.randrange(2))),
                    outlet=article.outlet,
                    published=published,
                    start=start,
                    end=start + len(quote),
                    dates=(f"{year}", f"{year}-{rng.randrange(1, 13):02d}")[: rng.randrange(3)],
                )
            )
        yield article, claims
