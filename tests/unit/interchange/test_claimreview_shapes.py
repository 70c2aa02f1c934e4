"""ClaimReview as fact-checkers publish it, one real-shaped file of each shape, imported into a
real library as published reviews kept apart from the user's claims."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from claimdesk.core.desk import Desk
from claimdesk.core.errors import InputRefused
from claimdesk.core.interchange.claimreview_read import read_reviews
from claimdesk.core.library import DATABASE_FILE, folder_location
from claimdesk.core.model import Verdict
from claimdesk.core.model.published import PublishedReviewView

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import" / "claimreview"

# file -> how many reviews it holds (every claim of every file, none collapsed)
SHAPES = {
    "bare.jsonld": 1,
    "list.json": 2,
    "graph.jsonld": 2,
    "datafeed.json": 2,
    "api-data.json": 4,
    "mediareview.jsonld": 2,
    "page-jsonld.html": 2,
    "page-microdata.html": 1,
}


def _by_claim(desk: Desk) -> dict[str, PublishedReviewView]:
    return {r.claim_reviewed: r for r in desk.published.list_published_reviews()}


@pytest.mark.parametrize(("name", "count"), SHAPES.items())
def test_every_shape_imports_every_claim_apart_from_the_users_claims(
    desk: Desk, name: str, count: int
) -> None:
    outcome = desk.import_file(FIXTURES / name) if name.endswith(".html") else None
    if outcome is None:
        summary = desk.interchange.import_interchange(FIXTURES / name)
        assert (summary.added, summary.skipped) == (count, 0)
    else:
        assert outcome.status == "merged", outcome.error
        assert outcome.title.startswith(f"{count} published fact-checks added")
    reviews = desk.published.list_published_reviews()
    assert len(reviews) == count
    assert all(r.claim_reviewed and r.reviewer.name and r.url for r in reviews)
    # Kept apart: no article, no claim of the user's.
    assert desk.list_articles() == [] and desk.list_claims() == []
    again = desk.interchange.import_interchange(FIXTURES / name)
    assert (again.added, again.updated, again.unchanged) == (0, 0, count)


def test_several_claims_on_one_page_stay_several_with_their_claimants(desk: Desk) -> None:
    desk.interchange.import_interchange(FIXTURES / "list.json")
    reviews = _by_claim(desk)
    bills = reviews["Energy bills have fallen by half since January."]
    other = reviews["No household pays more than it did in 2021."]
    assert bills.url == other.url
    assert [c.name for c in bills.claimants] == ["Jane Holloway", "Tom Barker"]
    assert bills.claimants[0].type == "Person"
    assert bills.verdict == Verdict.HALF_TRUE  # "Partially true", never true
    assert (bills.rating_value, bills.best_rating, bills.worst_rating) == (3, 5, 1)
    assert other.verdict == Verdict.MOSTLY_FALSE
    assert bills.appearances == ("https://news.example.com/bills-debate",)


def test_a_reviewer_given_only_by_url_and_a_claimant_as_text(desk: Desk) -> None:
    desk.interchange.import_interchange(FIXTURES / "bare.jsonld")
    (review,) = desk.published.list_published_reviews()
    assert review.reviewer.name == "pagella.example.it"
    assert review.reviewer.url == "https://pagella.example.it"
    assert [c.name for c in review.claimants] == ["Matteo Rossi"]
    assert review.published is not None and review.published.isoformat() == "2024-05-14"
    assert review.claim_date is not None and review.claim_date.isoformat() == "2024-05-10"
    assert review.rating_label == "Panzana pazzesca" and review.verdict == Verdict.FALSE
    assert review.language == "it"


def test_api_answers_keep_each_outlets_review_and_the_rating_as_written(desk: Desk) -> None:
    desk.interchange.import_interchange(FIXTURES / "api-data.json")
    reviews = desk.published.list_published_reviews()
    outlets = sorted(r.reviewer.name for r in reviews)
    assert outlets == ["Checagem Exemplo", "Fato Exemplo", "satire.example.de", "查核範例中心"]
    tw = next(r for r in reviews if r.reviewer.name == "查核範例中心")
    assert (tw.rating_label, tw.verdict, tw.language) == ("錯誤", Verdict.FALSE, "zh")
    assert [c.name for c in tw.claimants] == ["網路傳言"]
    satire = next(r for r in reviews if r.rating_label == "Satire")
    assert satire.verdict is None  # kept verbatim, not guessed
    assert satire.rating_as_written == "Satire"


def test_mediareview_reviews_take_the_url_author_and_date_of_the_media_review(
    desk: Desk,
) -> None:
    desk.interchange.import_interchange(FIXTURES / "mediareview.jsonld")
    reviews = _by_claim(desk)
    old = reviews["La foto mostra l'alluvione in Emilia-Romagna di questa settimana"]
    assert old.url == "https://verifica.example.it/2024/06/foto-alluvione-2014"
    assert old.reviewer.name == "Verifica Esempio" and old.published is not None
    assert old.verdict == Verdict.MISLEADING  # "Notizia vecchia"
    edited = reviews["La foto è stata ritoccata per aggiungere l'acqua"]
    assert edited.verdict == Verdict.FALSE  # "Immagine modificata"


def test_a_saved_fact_check_page_is_read_for_its_markup_not_as_an_article(desk: Desk) -> None:
    outcome = desk.import_file(FIXTURES / "page-jsonld.html")
    assert outcome.status == "merged"
    reviews = _by_claim(desk)
    attack = reviews["Il blackout è stato causato da un attacco informatico dall'estero"]
    assert attack.verdict == Verdict.UNVERIFIABLE  # "Senza prove"
    assert desk.list_articles() == []
    desk.import_file(FIXTURES / "page-microdata.html")
    heating = _by_claim(desk)["Ab 2025 sind alle Ölheizungen verboten."]
    assert heating.reviewer.name == "Faktencheck Beispiel"
    assert [c.name for c in heating.claimants] == ["Karl Weber"]
    assert (heating.rating_label, heating.verdict) == ("Irreführend", Verdict.MISLEADING)


def test_an_outlet_changing_its_rating_updates_the_review(desk: Desk, tmp_path: Path) -> None:
    data = json.loads((FIXTURES / "bare.jsonld").read_text(encoding="utf-8"))
    path = tmp_path / "review.jsonld"
    path.write_text(json.dumps(data), encoding="utf-8")
    desk.interchange.import_interchange(path)
    data["reviewRating"]["alternateName"] = "Pinocchio andante"
    path.write_text(json.dumps(data), encoding="utf-8")
    summary = desk.interchange.import_interchange(path)
    assert (summary.added, summary.updated) == (0, 1)
    (review,) = desk.published.list_published_reviews()
    assert review.verdict == Verdict.MOSTLY_FALSE


def test_refusals_say_in_one_line_what_is_wrong(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "empty-review.json"
    path.write_text(
        json.dumps({"@type": "ClaimReview", "url": "https://x.example/a", "reviewRating": {}}),
        encoding="utf-8",
    )
    with pytest.raises(InputRefused, match="none says which claim it reviews") as refused:
        desk.interchange.import_interchange(path)
    assert "\n" not in refused.value.message
    page = tmp_path / "plain.html"
    page.write_text("<html><body><p>Nessuna verifica qui.</p></body></html>", encoding="utf-8")
    with pytest.raises(InputRefused, match="holds no ClaimReview"):
        desk.interchange.import_interchange(page)
    assert desk.published.list_published_reviews() == []


def test_a_library_of_the_schema_before_published_reviews_opens_and_takes_them(
    tmp_path: Path,
) -> None:
    location = folder_location(tmp_path / "old")
    assert location.folder is not None
    old = FIXTURES.parents[1] / "libraries" / "schema-0003.sqlite"
    shutil.copyfile(old, location.folder / DATABASE_FILE)
    with Desk.open(location) as desk:
        claims = len(desk.list_claims())
        assert desk.interchange.import_interchange(FIXTURES / "graph.jsonld").added == 2
        assert (
            len(desk.published.list_published_reviews()) == 2 and len(desk.list_claims()) == claims
        )


def test_fact_check_tools_claims_answers_and_prefixed_types_are_read() -> None:
    answer = {
        "claims": [
            {
                "text": "Le pale eoliche non si possono riciclare.",
                "claimant": ["Comitato Vento Libero", {"@type": "Person", "name": "G. Neri"}],
                "claimReview": [
                    {
                        "publisher": {"name": "Verifica Esempio", "site": "verifica.example.it"},
                        "url": "https://verifica.example.it/pale",
                        "textualRating": "Notizia imprecisa",
                        "languageCode": "it",
                    }
                ],
            }
        ],
        "nextPageToken": "CAo",
    }
    (review,), empty = read_reviews(answer)
    assert empty == 0 and review.rating.verdict == Verdict.MOSTLY_FALSE
    assert [c.name for c in review.claimants] == ["Comitato Vento Libero", "G. Neri"]
    assert review.reviewer is not None and review.reviewer.url == "https://verifica.example.it"
    prefixed = {
        "@context": {"@vocab": "http://schema.org/", "schema": "http://schema.org/"},
        "@type": "schema:ClaimReview",
        "claimReviewed": "A claim.",
        "author": {"@id": "https://outlet.example.org/"},
        "reviewRating": {"@type": "schema:Rating", "alternateName": "Falso"},
    }
    (read,), _ = read_reviews([prefixed])
    assert read.reviewer is not None and read.reviewer.name == "outlet.example.org"
    assert read.rating.verdict == Verdict.FALSE


def test_the_outlet_is_the_organisation_and_dates_need_not_be_iso() -> None:
    review = {
        "@type": "ClaimReview",
        "claimReviewed": "Claim.",
        "author": [{"@type": "Person", "name": "A. Reporter"}],
        "publisher": {"@type": "NewsMediaOrganization", "name": "Outlet Example"},
        "datePublished": "March 5, 2024",
        "itemReviewed": {"@type": "Claim", "datePublished": "05/03/2024"},
    }
    (read,), _ = read_reviews(review)
    assert read.reviewer is not None and read.reviewer.name == "Outlet Example"
    assert read.published is not None and read.published.isoformat() == "2024-03-05"
    assert read.claim_date is not None and read.claim_date.isoformat() == "2024-03-05"
    alone = dict(review, publisher=None, datePublished="not a date")
    (read,), _ = read_reviews(alone)
    assert read.reviewer is not None and read.reviewer.name == "A. Reporter"
    assert read.published is None


def test_importing_a_claimreview_file_like_any_file_merges_it(desk: Desk) -> None:
    outcome = desk.import_file(FIXTURES / "datafeed.json")
    assert outcome.status == "merged" and outcome.title.startswith("2 published fact-checks")
    assert len(desk.published.list_published_reviews()) == 2 and desk.list_articles() == []
