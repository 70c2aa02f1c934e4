"""Interchange exports from a real library: JSON, ClaimReview and Web Annotation files parse
back, annotations pass the W3C MUST assertions, reviews pass our ClaimReview schema."""

from __future__ import annotations

import json
from pathlib import Path

from claimdesk.core.desk import Desk
from claimdesk.core.exporters.claimreview import export_claimreview
from claimdesk.core.exporters.json_export import export_library_json
from claimdesk.core.exporters.verdict_names import verdict_name
from claimdesk.core.exporters.webannotation import export_webannotation
from claimdesk.core.interchange.document import library_document
from claimdesk.core.interchange.schemas import schema_errors
from claimdesk.core.model import ClaimantKind, Verdict
from tests.unit.interchange.library_samples import SEED_CLAIM, SEED_URL, fill, report_of
from tests.unit.interchange.w3c_suite import failed_musts, suite


def test_json_export_holds_every_part_of_the_library(
    desk: Desk, seed_path: Path, tmp_path: Path
) -> None:
    sample = fill(desk, seed_path)
    with desk._store.sessions() as session:
        document = library_document(session)
    out = tmp_path / "library.json"
    assert export_library_json(document, out) == 3
    data = json.loads(out.read_text("utf-8"))
    assert schema_errors(data, "library.schema.json") == []
    assert {a["id"] for a in data["articles"]} == {sample.seed, sample.gas}
    seed = next(a for a in data["articles"] if a["id"] == sample.seed)
    assert seed["text"].startswith("In un'intervista") and seed["tags"] == ["nato"]
    claim = next(c for c in data["claims"] if c["id"] == sample.claim)
    assert claim["quote"] == SEED_CLAIM and claim["verdict"] == "mostly true"
    assert claim["evidence"][0]["consulted"] == "2023-03-01"
    assert claim["explanation"].startswith("Georgia 2008")
    russia = next(c for c in data["claimants"] if c["name"] == "Russia")
    assert russia["aliases"] == ["Mosca"] and russia["kind"] == "state"
    assert data["links"][0]["type"] == "denies"
    assert len(data["history"]) >= 6


def test_web_annotations_pass_every_w3c_must_assertion(
    desk: Desk, seed_path: Path, tmp_path: Path
) -> None:
    root = suite()
    sample = fill(desk, seed_path)
    out = tmp_path / "claims.jsonld"
    assert export_webannotation(report_of(desk), out) == 3
    collection = json.loads(out.read_text("utf-8"))
    assert collection["type"] == "AnnotationCollection"
    items = collection["first"]["items"]
    assert len(items) == 3
    for item in items:
        assert failed_musts(item, root) == [], item["id"]
    by_id = {i["id"].rsplit(":", 1)[-1].replace("-", ""): i for i in items}
    claim = by_id[sample.claim]
    assert claim["motivation"] == "assessing"
    assert by_id[sample.denial]["motivation"] == "identifying"
    bodies = {b["purpose"]: b["value"] for b in claim["body"] if b["purpose"] != "tagging"}
    assert bodies["classifying"] == "claim"
    assert bodies["identifying"] == "Jens Stoltenberg"
    assert bodies["assessing"] == "mostly true"
    target = claim["target"]
    assert target["source"] == SEED_URL
    quote, position = target["selector"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == SEED_CLAIM
    text = desk.get_article(sample.seed).text
    assert text[position["start"] : position["end"]] == SEED_CLAIM


def test_the_w3c_runner_tells_broken_annotations_apart(
    desk: Desk, seed_path: Path, tmp_path: Path
) -> None:
    root = suite()
    fill(desk, seed_path)
    out = tmp_path / "claims.jsonld"
    export_webannotation(report_of(desk), out)
    good = json.loads(out.read_text("utf-8"))["first"]["items"][0]
    no_context = {k: v for k, v in good.items() if k != "@context"}
    assert "3.1-annotationContextValidated.json" in failed_musts(no_context, root)
    no_target = {k: v for k, v in good.items() if k != "target"}
    assert "3.1-targetKeyFound.json" in failed_musts(no_target, root)
    both = dict(good, bodyValue="also a value")
    assert "3.2.5-notBodyBodyValue.json" in failed_musts(both, root)
    bad_quote = json.loads(json.dumps(good))
    del bad_quote["target"]["selector"][0]["exact"]
    assert failed_musts(bad_quote, root) != []

    # The suite's own samples: correct annotations pass, incorrect ones fail. Skipped: the
    # samples that are collections or pages, and those whose target is a Composite, List or
    # Independents, which the suite's schemas themselves do not recognise.
    checked = 0
    for path in sorted((root / "tools" / "samples" / "correct").glob("*.json")):
        sample = json.loads(path.read_text("utf-8"))
        target = sample.get("target")
        if sample.get("type") != "Annotation" or (
            isinstance(target, dict) and target.get("type") in {"Composite", "List", "Independents"}
        ):
            continue
        assert failed_musts(sample, root) == [], path.name
        checked += 1
    assert checked >= 20
    wrong = 0
    for path in sorted((root / "tools" / "samples" / "incorrect").glob("*.json")):
        try:
            sample = json.loads(path.read_text("utf-8"))
        except ValueError:
            continue  # deliberately not JSON
        assert failed_musts(sample, root) != [], path.name
        wrong += 1
    assert wrong >= 20


def test_claimreviews_validate_against_our_schema(
    desk: Desk, seed_path: Path, tmp_path: Path
) -> None:
    sample = fill(desk, seed_path)
    out = tmp_path / "reviews.jsonld"
    kinds = {"Jens Stoltenberg": ClaimantKind.PERSON, "Russia": ClaimantKind.STATE}
    written = export_claimreview(report_of(desk), out, reviewer="Facta", claimant_kinds=kinds)
    reviews = json.loads(out.read_text("utf-8"))
    assert written == len(reviews) == 2  # the unrated gas claim is not a review
    for review in reviews:
        assert schema_errors(review, "claimreview.schema.json") == []
    review = next(r for r in reviews if r["identifier"] == sample.claim)
    assert review["claimReviewed"] == SEED_CLAIM
    language = review["inLanguage"]
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 5,
        "bestRating": 6,
        "worstRating": 1,
        "alternateName": verdict_name(Verdict.MOSTLY_TRUE, language),
        "name": "mostly true",
        "ratingExplanation": "Georgia 2008 and Crimea 2014 are documented.",
    }
    assert review["author"] == {"@type": "Organization", "name": "Facta"}
    item = review["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "Jens Stoltenberg"}
    assert item["datePublished"] == "2023-02-22"
    assert item["appearance"]["url"] == SEED_URL == item["firstAppearance"]["url"]
    assert review["url"] == f"urn:uuid:{sample.claim[:8]}-{sample.claim[8:12]}-" + (
        f"{sample.claim[12:16]}-{sample.claim[16:20]}-{sample.claim[20:]}"
    )
    denial = next(r for r in reviews if r["identifier"] == sample.denial)
    assert denial["itemReviewed"]["author"]["@type"] == "Organization"
    assert denial["reviewRating"]["ratingValue"] == 1  # false is the worst value
