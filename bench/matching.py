"""Claim matching on real tweets (CLEF 2020 CheckThat!), then on 100,000 generated claims.

    PYTHONPATH=. python bench/matching.py [--only checkthat|generated] [--split dev]
                                          [--claims 100000] [--groups 1500] [--queries 500]

CheckThat (bench/checkthat.py): each dev tweet asks for the verified claims it repeats among the
10,375 of the pool; MAP@5, P@1 and R@5 for ClaimDesk's matcher beside BM25 over the claim text
and BM25 over claim and title, computed in the same run; then the time of one proposal for a
tweet with the pool alone (about 10,000 claims) and with generated claims added up to 100,000.

Generated claims are built from real news sentences (bench/corpus.py: Italian UD, English TimeBank).
Known groups restate one sentence with a figure and a date several times: clauses swapped,
words dropped or added, synonyms, the figure written another way ("100.000", "100,000",
"100 000", "100mila", "centomila", "100 thousand") and the date too ("nel 2014", "in 2014",
"24 febbraio 2022", "February 24, 2022"). Hard negatives take a group's sentence with another
figure and year. The rest are windows of other sentences, some with figures and dates.
Everything goes into a real library (SQLite); the matching index is built from it as the
desk does, and the last member of each sampled group is the "new claim" proposals are asked
for; its mates are the members published no later (proposals are earlier claims). These
restatements are the benchmark's own and kind to any matcher: the CheckThat figures are the
ones that measure. Prints precision@1, precision@5, recall@5, ms per proposal, index build
time and the first proposal of a new process that reads the kept index; the last line of
each part is one JSON object.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bench import checkthat as checkthat_set
from bench.corpus import load_sentences
from claimdesk.core.desk import Desk
from claimdesk.core.desk.published import CHECKED_MIN_SCORE
from claimdesk.core.library import folder_location
from claimdesk.core.matching.index import ClaimRecord, MatchingIndex
from claimdesk.core.matching.loading import LiveIndex
from claimdesk.core.storage.orm import Article, Claim

SYNONYMS = {
    "said": "stated", "says": "claims", "government": "administration", "officials": "authorities",
    "people": "persons", "country": "nation", "economy": "economic system", "rise": "increase",
    "fell": "dropped", "big": "large", "governo": "esecutivo", "paese": "nazione",
    "persone": "cittadini", "detto": "dichiarato", "grande": "ampio", "anni": "annate",
}  # fmt: skip
FILLERS_EN = ("reportedly", "indeed", "according to sources", "again", "in fact")
FILLERS_IT = ("secondo fonti", "ancora una volta", "in effetti", "di fatto", "come noto")


def _words(text: str) -> list[str]:
    return text.split()


MONTHS_IT = _words(
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
)
MONTHS_EN = _words(
    "January February March April May June July August September October November December"
)
UNITS_IT = _words(
    "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici "
    "quattordici quindici sedici diciassette diciotto diciannove"
)
TENS_IT = _words("_ _ venti trenta quaranta cinquanta sessanta settanta ottanta novanta")


def italian_words(n: int) -> str:
    """An Italian number word for 1..999999 ("centomila", "duecentocinquantamila")."""
    if n >= 1000:
        thousands, rest = divmod(n, 1000)
        head = "mille" if thousands == 1 else italian_words(thousands) + "mila"
        return head + (italian_words(rest) if rest else "")
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        head = "cento" if hundreds == 1 else UNITS_IT[hundreds] + "cento"
        return head + (italian_words(rest) if rest else "")
    if n < 20:
        return UNITS_IT[n]
    tens, unit = divmod(n, 10)
    word = TENS_IT[tens]
    if unit in (1, 8):
        word = word[:-1]
    return word + (UNITS_IT[unit] if unit else "")


def write_number(rng: random.Random, value: int, italian: bool) -> str:
    """One of the ways news text writes ``value``."""
    styles = ["dot", "comma", "space", "plain"]
    if value % 1000 == 0:
        styles += ["mila" if italian else "thousand", "words" if italian else "thousand"]
    style = rng.choice(styles)
    grouped = f"{value:,}"
    if style == "dot":
        return grouped.replace(",", ".")
    if style == "comma":
        return grouped
    if style == "space":
        return grouped.replace(",", " ")
    if style == "mila":
        return f"{value // 1000}mila" if rng.random() < 0.5 else f"{value // 1000} mila"
    if style == "thousand":
        return f"{value // 1000} thousand"
    if style == "words":
        return italian_words(value)
    return str(value)


@dataclass(frozen=True, slots=True)
class When:
    """A date a claim mentions, with its TimeML value as the desk would store it."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def value(self) -> str:
        if self.day and self.month:
            return f"{self.year}-{self.month:02d}-{self.day:02d}"
        return str(self.year)

    def written(self, rng: random.Random, italian: bool) -> str:
        if self.day and self.month:
            if italian:
                return f"il {self.day} {MONTHS_IT[self.month - 1]} {self.year}"
            if rng.random() < 0.5:
                return f"on {MONTHS_EN[self.month - 1]} {self.day}, {self.year}"
            return f"on {self.day} {MONTHS_EN[self.month - 1]} {self.year}"
        return f"nel {self.year}" if italian else f"in {self.year}"


@dataclass(slots=True)
class Generated:
    """The claims of the benchmark and which ones restate each other."""

    texts: list[str] = field(default_factory=list)
    dates: list[list[str]] = field(default_factory=list)
    groups: list[list[int]] = field(default_factory=list)
    days: list[dt.date] = field(default_factory=list)  # each claim's article date, once stored


def _is_italian(sentence: str) -> bool:
    return any(w in sentence.lower().split() for w in ("il", "che", "della", "di", "è"))


def _restate(rng: random.Random, words: list[str], italian: bool) -> list[str]:
    words = list(words)
    if len(words) > 6 and rng.random() < 0.6:  # another word order: swap the two halves
        cut = rng.randrange(3, len(words) - 2)
        words = words[cut:] + words[:cut]
    for _ in range(rng.randint(0, 2)):  # words dropped
        if len(words) > 6:
            del words[rng.randrange(len(words))]
    words = [SYNONYMS.get(w, w) if rng.random() < 0.7 else w for w in words]
    if rng.random() < 0.6:
        filler = rng.choice(FILLERS_IT if italian else FILLERS_EN)
        words.insert(rng.randrange(len(words) + 1), filler)
    return words


def _claim(
    rng: random.Random, words: list[str], italian: bool, value: int | None, when: When | None
) -> tuple[str, list[str]]:
    parts = list(words)
    if value is not None:
        noun = "persone" if italian else "people"
        parts.insert(rng.randrange(len(parts) + 1), f"{write_number(rng, value, italian)} {noun}")
    if when is not None:
        parts.insert(rng.randrange(len(parts) + 1), when.written(rng, italian))
    text = " ".join(parts)
    if rng.random() < 0.3:
        text = text.lower()
    return text, [when.value] if when else []


def _figure(rng: random.Random) -> int:
    return rng.randint(1, 900) * rng.choice((1000, 1000, 100, 10))


def _when(rng: random.Random) -> When:
    year = rng.randint(1995, 2024)
    if rng.random() < 0.5:
        return When(year)
    return When(year, rng.randint(1, 12), rng.randint(1, 28))


def generate(total: int, n_groups: int, seed: int = 7) -> Generated:
    """``total`` claims: ``n_groups`` groups of 3-6 restatements, hard negatives, the rest noise."""
    rng = random.Random(seed)
    pool = load_sentences()
    sentences = [s for s in pool.italian + pool.english if 8 <= len(s.split()) <= 40]
    rng.shuffle(sentences)
    bases, others = sentences[:n_groups], sentences[n_groups:]
    out = Generated()

    def add(text: str, dates: list[str]) -> int:
        out.texts.append(text)
        out.dates.append(dates)
        return len(out.texts) - 1

    for base in bases:
        italian = _is_italian(base)
        words = base.rstrip(".").split()[:25]
        value = _figure(rng) if rng.random() < 0.8 else None
        when = _when(rng) if rng.random() < 0.8 else None
        members = [add(*_claim(rng, words, italian, value, when))]
        for _ in range(rng.randint(2, 5)):
            members.append(add(*_claim(rng, _restate(rng, words, italian), italian, value, when)))
        out.groups.append(members)
        if rng.random() < 0.3 and value is not None and when is not None:
            # Same wording, another figure and year: a different claim.
            add(*_claim(rng, words, italian, value * 2 + 1000, When(when.year - 3)))
    while len(out.texts) < total:
        a, b = rng.sample(others, 2)
        window = (a + " " + b).split()
        size = rng.randint(8, 24)
        start = rng.randrange(max(1, len(window) - size))
        chunk = window[start : start + size]
        italian = _is_italian(a)
        value = _figure(rng) if rng.random() < 0.4 else None
        when = _when(rng) if rng.random() < 0.4 else None
        add(*_claim(rng, chunk, italian, value, when))
    return out


def fill_library(desk: Desk, data: Generated, per_article: int = 10) -> list[str]:
    """Store the claims in the desk's database (bulk, as an import would); returns their ids."""
    ids = [hashlib.md5(str(i).encode()).hexdigest() for i in range(len(data.texts))]
    rng = random.Random(11)
    now = dt.datetime.now(dt.UTC)
    articles: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    for first in range(0, len(ids), per_article):
        article_id = hashlib.md5(f"a{first}".encode()).hexdigest()
        chunk = range(first, min(first + per_article, len(ids)))
        day = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(9000))
        data.days.extend(day for _ in chunk)
        text = "\n".join(data.texts[i] for i in chunk)
        articles.append(
            {
                "id": article_id, "title": f"Article {first}", "text": text, "language": "it",
                "published": day,
                "authors": [], "source_format": "text", "content_hash": article_id * 2,
                "notes": "", "imported": now, "updated": now,
            }
        )  # fmt: skip
        for i in chunk:
            claims.append(
                {
                    "id": ids[i], "article_id": article_id, "kind": "claim", "start": 0,
                    "end": len(data.texts[i]), "exact": data.texts[i], "prefix": "", "suffix": "",
                    "orphaned": False, "claim_text": data.texts[i], "explanation": "",
                    "status": "new", "notes": "", "created": now, "updated": now,
                    "dates": [{"start": 0, "end": 0, "text": v, "value": v,
                               "granularity": "day" if "-" in v else "year", "mod": None}
                              for v in data.dates[i]],
                }
            )  # fmt: skip
    with desk._transaction() as session:
        session.execute(insert(Article), articles)
        session.execute(insert(Claim), claims)
    return ids


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--groups", type=int, default=1500)
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--verbose", action="store_true", help="print the misses")
    parser.add_argument("--only", choices=("checkthat", "generated"))
    parser.add_argument("--split", default="dev", choices=("train", "dev"))
    args = parser.parse_args(argv)
    if args.only != "generated":
        checkthat(args.split, args.verbose)
    if args.only != "checkthat":
        generated(args)
    return 0


def _pool_index(pool: list[checkthat_set.Verified]) -> MatchingIndex:
    index = MatchingIndex()
    for v in pool:
        record = ClaimRecord(id=v.id, article_id=v.id, text=v.claim, reference=True, title=v.title)
        index.add(record)
    return index


def _propose(index: MatchingIndex, text: str) -> list[str]:
    return [m.id for m in index.propose(text, limit=5)]


def _timed(index: MatchingIndex, tweets: list[checkthat_set.Tweet]) -> tuple[float, float]:
    timings = []
    for tweet in tweets:
        started = time.perf_counter()
        _propose(index, tweet.text)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1]


def _calibration(index: MatchingIndex, tweets: list[checkthat_set.Tweet]) -> dict[str, Any]:
    """How often the best proposal is right at the score "checked before" starts from
    (CHECKED_MIN_SCORE): near it (within 0.05) and anywhere above it."""
    best = [
        (found[0].score, found[0].id in t.gold)
        for t in tweets
        if (found := index.propose(t.text, limit=1))
    ]
    near = [right for score, right in best if abs(score - CHECKED_MIN_SCORE) <= 0.05]
    above = [right for score, right in best if score >= CHECKED_MIN_SCORE]
    figures = {
        "threshold": CHECKED_MIN_SCORE,
        "right_near": round(statistics.fmean(near), 3) if near else None,
        "near": len(near),
        "right_above": round(statistics.fmean(above), 3) if above else None,
        "above": len(above),
    }
    print(
        f"checked before from {CHECKED_MIN_SCORE:.2f}: best proposals scoring within 0.05 of it "
        f"right {figures['right_near']} ({len(near)}), scoring it or more right "
        f"{figures['right_above']} ({len(above)} of {len(tweets)} tweets)"
    )
    return figures


def checkthat(split: str, verbose: bool) -> dict[str, Any]:
    """The CheckThat figures on ``split``, beside BM25; returns them as one JSON-ready object."""
    pool = checkthat_set.load_pool()
    tweets = checkthat_set.load_tweets(split)
    claims = {v.id: v for v in pool}
    print(f"CheckThat 2020, {split}: {len(tweets)} tweets, pool of {len(pool):,} verified claims")
    result: dict[str, Any] = {"split": split, "tweets": len(tweets), "pool": len(pool)}
    for name, rank in checkthat_set.bm25_rankers(pool).items():
        scores = checkthat_set.measure(tweets, rank)
        print(scores.line(name))
        result[name] = dataclasses.asdict(scores)
    started = time.perf_counter()
    index = _pool_index(pool)
    build = time.perf_counter() - started
    scores = checkthat_set.measure(tweets, lambda t: _propose(index, t.text))
    print(scores.line("ClaimDesk matcher"))
    result["ClaimDesk matcher"] = dataclasses.asdict(scores)
    if verbose:
        for tweet in tweets:
            found = index.propose(tweet.text, limit=3)
            if found and found[0].id in tweet.gold:
                continue
            print("MISS", tweet.text[:160].replace("\n", " "))
            for g in sorted(tweet.gold):
                print("   gold", claims[g].claim[:120])
            for m in found:
                print("   got ", m.score, m.reason, "|", claims[m.id].claim[:90])
    result["checked_before"] = _calibration(index, tweets)
    median, p95 = _timed(index, tweets)
    print(f"one proposal, {len(index):,} claims: {median:.1f} ms median, {p95:.1f} ms p95 "
          f"(index built in {build:.1f} s)")  # fmt: skip
    padding = generate(100_000 - len(pool), 0)
    for i, (text, dates) in enumerate(zip(padding.texts, padding.dates, strict=True)):
        index.add(ClaimRecord(id=f"g{i}", article_id=f"g{i}", text=text, dates=tuple(dates)))
    big = checkthat_set.measure(tweets, lambda t: _propose(index, t.text))
    median100, p95_100 = _timed(index, tweets)
    print(f"one proposal, {len(index):,} claims: {median100:.1f} ms median, {p95_100:.1f} ms p95; "
          f"MAP@5 {big.map5:.3f} with the generated claims added")  # fmt: skip
    result.update(
        ms_10k_median=round(median, 2), ms_10k_p95=round(p95, 2),
        ms_100k_median=round(median100, 2), ms_100k_p95=round(p95_100, 2),
        map5_100k=round(big.map5, 3),
    )  # fmt: skip
    print(json.dumps(result))
    return result


def generated(args: argparse.Namespace) -> None:
    """The generated restatements: precision and recall, and the time of a desk proposal."""

    data = generate(args.claims, args.groups)
    with tempfile.TemporaryDirectory() as folder:
        desk = Desk.open(folder_location(Path(folder)))
        ids = fill_library(desk, data)
        started = time.perf_counter()
        live = desk._read(LiveIndex.build)
        build = time.perf_counter() - started
        print(f"claims: {len(ids):,}; index built from the database in {build:.2f} s")

        rng = random.Random(3)
        # Only claims published no later than the query are proposed: a group counts its
        # earlier members (the query is its last), and a group with none is not asked.
        days = data.days
        earlier = [[m for m in g[:-1] if days[m] <= days[g[-1]]] + [g[-1]] for g in data.groups]
        earlier = [g for g in earlier if len(g) > 1]
        sampled = rng.sample(earlier, min(args.queries, len(earlier)))
        p1, p5, r5, timings, desk_timings = [], [], [], [], []
        for members in sampled:
            query, mates = ids[members[-1]], {ids[m] for m in members[:-1]}
            started = time.perf_counter()
            found = live.index.similar(query, limit=5)
            timings.append((time.perf_counter() - started) * 1000)
            top = [m.id for m in found]
            hits = sum(1 for t in top if t in mates)
            p1.append(1.0 if top and top[0] in mates else 0.0)
            p5.append(hits / 5)
            r5.append(hits / min(5, len(mates)))
            if args.verbose and hits < min(5, len(mates)):
                print("MISS", data.texts[members[-1]])
                for m in found:
                    mark = "+" if m.id in mates else "-"
                    print("  ", mark, m.score, m.reason, "|", data.texts[ids.index(m.id)][:90])
        desk.tracking._matching = (
            live  # the index just measured, so that the desk does not rebuild it
        )
        for members in sampled[:100]:
            started = time.perf_counter()
            desk.tracking.similar_claims(ids[members[-1]], limit=5)
            desk_timings.append((time.perf_counter() - started) * 1000)
        desk._matching_unsaved = True
        started = time.perf_counter()
        desk.tracking.keep_matching_index()
        kept_s = time.perf_counter() - started
        desk.close()
        # A command of its own: a new desk on the library reads the kept index back.
        with Desk.open(desk.location) as again:
            started = time.perf_counter()
            again.tracking.similar_claims(ids[sampled[0][-1]], limit=5)
            command_s = time.perf_counter() - started

    result = {
        "claims": len(ids),
        "groups_queried": len(sampled),
        "precision_at_1": round(statistics.fmean(p1), 3),
        "precision_at_5": round(statistics.fmean(p5), 3),
        "recall_at_5": round(statistics.fmean(r5), 3),
        "ms_per_proposal_median": round(statistics.median(timings), 2),
        "ms_per_proposal_p95": round(sorted(timings)[int(len(timings) * 0.95) - 1], 2),
        "ms_per_desk_proposal_median": round(statistics.median(desk_timings or [0.0]), 2),
        "index_build_s": round(build, 2),
        "index_kept_s": round(kept_s, 2),
        "first_proposal_of_a_command_s": round(command_s, 2),
    }
    print(
        f"index written for the next command in {kept_s:.2f} s; a command's first proposal "
        f"(index read back) {command_s:.2f} s, beside {build:.2f} s to build it"
    )
    print(
        f"precision@1 {result['precision_at_1']}  precision@5 {result['precision_at_5']}  "
        f"recall@5 {result['recall_at_5']}  index {result['ms_per_proposal_median']} ms median "
        f"({result['ms_per_proposal_p95']} p95)  desk {result['ms_per_desk_proposal_median']} ms"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    sys.exit(main())
