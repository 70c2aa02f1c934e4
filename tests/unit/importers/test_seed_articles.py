"""The demo articles: the manifest matches the files, and every file imports as described."""

from __future__ import annotations

import hashlib
import json

import pytest

from claimdesk.core.importers import read_file, supported_suffixes
from claimdesk.core.model import ClaimKind
from claimdesk.seeds import MANIFEST, SeedArticle, load_manifest, seed_path, seeds_dir

SEEDS = load_manifest()
IDS = [seed.file for seed in SEEDS]
# The seed as delivered (shared/seeds/000_f3b2469b19a6516c.txt), shipped byte for byte.
REUTERS_SHA256 = "f29fc0fe569ae5d71392142d7d2b6209445d1a54f3efdd46f9535fa7939d87b9"


def test_manifest_lists_every_article_file_once() -> None:
    on_disk = sorted(
        p.name
        for p in seeds_dir().iterdir()
        if p.suffix in supported_suffixes() and p.name != "README.md"
    )
    assert sorted(IDS) == on_disk
    assert len(set(IDS)) == len(IDS) == 3
    languages = sorted(seed.language for seed in SEEDS)
    assert languages == ["en", "it", "it"]


def test_manifest_has_the_documented_shape() -> None:
    raw = json.loads(seed_path(MANIFEST).read_text(encoding="utf-8"))
    keys = {"file", "title", "outlet", "url", "language", "published", "source", "claims"}
    claim_keys = {"quote", "kind", "claimant", "verdict", "status"}
    for entry in raw:
        assert set(entry) == keys
        assert 3 <= len(entry["claims"]) <= 6
        for claim in entry["claims"]:
            assert set(claim) == claim_keys


@pytest.mark.parametrize("seed", SEEDS, ids=IDS)
def test_every_quote_occurs_exactly_once(seed: SeedArticle) -> None:
    text = read_file(seed_path(seed.file)).text
    for claim in seed.claims:
        assert text.count(claim.quote) == 1, claim.quote


@pytest.mark.parametrize("seed", SEEDS, ids=IDS)
def test_every_seed_imports_with_its_language(seed: SeedArticle) -> None:
    draft = read_file(seed_path(seed.file))
    assert draft.language == seed.language
    assert draft.source_format == "text"
    assert draft.source_name == seed.file


@pytest.mark.parametrize("seed", SEEDS[1:], ids=IDS[1:])
def test_written_seeds_have_their_title_and_date_detected(seed: SeedArticle) -> None:
    draft = read_file(seed_path(seed.file))
    assert draft.title == seed.title
    assert draft.published == seed.published
    assert seed.source == "Written for the ClaimDesk demo; fictional"
    words = len(draft.text.split())
    assert 250 <= words <= 450


@pytest.mark.parametrize("seed", SEEDS[1:], ids=IDS[1:])
def test_written_seeds_carry_denials(seed: SeedArticle) -> None:
    denials = [c for c in seed.claims if c.kind is ClaimKind.DENIAL]
    assert len(denials) >= 2


def test_reuters_seed_is_described_and_unchanged() -> None:
    seed = SEEDS[0]
    assert seed.file == "stoltenberg-reuters-it.txt"
    assert (seed.outlet, seed.language, seed.published.isoformat()) == (
        "Reuters",
        "it",
        "2023-02-22",
    )
    assert seed.source == (
        "Reuters, 22 February 2023; Italian translation, shipped as the ClaimDesk demo"
    )
    data = seed_path(seed.file).read_bytes()
    assert hashlib.sha256(data).hexdigest() == REUTERS_SHA256
    # A clean UTF-8 file: the stored text is the file's text, so offsets match the file.
    assert read_file(seed_path(seed.file)).text == data.decode("utf-8")
    quotes = [c.quote for c in seed.claims]
    assert "Ha negato di aver sostenuto i separatisti" not in " ".join(quotes)
    assert any(q.startswith("l'invasione fa parte di un modello") for q in quotes)
    assert "stava contrastando le minacce alla propria sicurezza" in quotes
