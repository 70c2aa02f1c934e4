"""Threads, contested claims, overview counts and proposals on a real desk."""

from __future__ import annotations

import datetime as dt

import pytest

from claimdesk.core.desk import Desk
from claimdesk.core.model import ArticleChanges, ArticleMeta, ClaimChanges, ClaimKind, LinkType
from claimdesk.core.model.tracking import Role

FIRST = "La Russia ha schierato 100.000 soldati al confine con l'Ucraina nel 2021, dice la NATO."
AGAIN = "Secondo la NATO, nel 2021 Mosca ha ammassato centomila soldati al confine ucraino."
DENIED = "Il Cremlino ha negato di aver ammassato truppe al confine."
OTHER = "Il prezzo del grano è salito del 12 per cento a marzo."


def article(desk: Desk, text: str, day: dt.date | None) -> str:
    found = desk.import_text(text, ArticleMeta(title=text[:20], language="it", published=day)).id
    assert found is not None
    return found


def whole(desk: Desk, article_id: str, kind: ClaimKind, claimant: str) -> str:
    text = desk.get_article(article_id).text
    return desk.mark_claim(article_id, 0, len(text), kind, claimant=claimant).id


@pytest.fixture
def thread(desk: Desk) -> dict[str, str]:
    first = whole(desk, article(desk, FIRST, dt.date(2021, 11, 3)), ClaimKind.CLAIM, "NATO")
    again = whole(desk, article(desk, AGAIN, dt.date(2022, 1, 20)), ClaimKind.CLAIM, "Nato")
    denied = whole(desk, article(desk, DENIED, dt.date(2021, 12, 1)), ClaimKind.DENIAL, "Russia")
    other = whole(desk, article(desk, OTHER, None), ClaimKind.CLAIM, "FAO")
    return {"first": first, "again": again, "denied": denied, "other": other}


def test_proposals_find_the_restatement_first(desk: Desk, thread: dict[str, str]) -> None:
    [best, *_] = desk.tracking.similar_claims(thread["again"])
    assert best.id == thread["first"]
    assert "same numbers (100,000)" in best.reason
    assert best.published == dt.date(2021, 11, 3)
    assert best.linked == ()
    assert all(p.id != thread["again"] for p in desk.tracking.similar_claims(thread["again"]))


def test_proposals_follow_edits_links_and_deletes(desk: Desk, thread: dict[str, str]) -> None:
    desk.tracking.similar_claims(thread["again"])  # builds the index
    desk.tracking.link_claims(thread["again"], thread["first"], LinkType.REPEATS)
    [best, *_] = desk.tracking.similar_claims(thread["again"])
    assert best.linked == (LinkType.REPEATS,)
    desk.update_claim(thread["first"], ClaimChanges(claim_text="Il grano costa il 12% in più"))
    assert thread["first"] not in {p.id for p in desk.tracking.similar_claims(thread["again"])}
    assert thread["first"] in {p.id for p in desk.tracking.similar_claims(thread["other"])}
    desk.delete_claim(thread["other"])
    assert desk.tracking.similar_claims(thread["first"]) == [] or all(
        p.id != thread["other"] for p in desk.tracking.similar_claims(thread["first"])
    )


def test_proposals_survive_a_restart(desk: Desk, thread: dict[str, str]) -> None:
    location = desk.location
    desk.close()
    with Desk.open(location) as reopened:
        assert reopened.tracking.similar_claims(thread["again"])[0].id == thread["first"]


def test_timeline_orders_by_article_date_with_roles(desk: Desk, thread: dict[str, str]) -> None:
    desk.tracking.link_claims(thread["again"], thread["first"], LinkType.REPEATS)
    desk.tracking.link_claims(thread["denied"], thread["first"], LinkType.DENIES)
    line = desk.tracking.timeline(thread["again"][:10])
    order = [thread["first"], thread["denied"], thread["again"]]
    assert [e.claim.id for e in line.entries] == order
    assert [e.role for e in line.entries] == [Role.FIRST, Role.DENIAL, Role.REPEAT]
    assert line.entries[0].claim.event_dates == ("2021",)
    assert (LinkType.DENIES, thread["denied"]) in line.entries[0].links
    assert desk.tracking.timeline(thread["other"]).entries[0].role == Role.FIRST


def test_contested_lists_claims_with_their_answers(desk: Desk, thread: dict[str, str]) -> None:
    assert desk.tracking.contested() == []
    desk.tracking.link_claims(thread["denied"], thread["first"], LinkType.DENIES)
    desk.tracking.link_claims(thread["again"], thread["first"], LinkType.REPEATS)
    [row] = desk.tracking.contested()
    assert row.claim.id == thread["first"]
    assert [(a.type, a.claim.id) for a in row.answers] == [(LinkType.DENIES, thread["denied"])]
    assert row.answers[0].claim.claimant == "Russia"


def test_overview_counts(desk: Desk, thread: dict[str, str]) -> None:
    desk.update_claim(thread["first"], ClaimChanges(verdict="true"))
    data = desk.tracking.overview()
    assert data.total == 4
    assert {(c.label, c.claims, c.denials) for c in data.by_kind} == {
        ("claim", 3, 0),
        ("denial", 0, 1),
    }
    assert data.by_claimant[0].label == "NATO" and data.by_claimant[0].total == 2
    assert [(c.label, c.total) for c in data.by_verdict] == [("true", 1), ("not rated", 3)]
    assert [c.label for c in data.by_month] == ["2021-11", "2021-12", "2022-01", "undated"]
    desk.update_article(
        desk.list_claims()[0].article_id, ArticleChanges(published=dt.date(2020, 1, 1))
    )
    assert desk.tracking.overview().by_month[0].label == "2020-01"


def test_claimant_activity(desk: Desk, thread: dict[str, str]) -> None:
    activity = desk.tracking.claimant_activity("nato")
    assert activity.name == "NATO"
    assert [c.label for c in activity.by_month] == ["2021-11", "2022-01"]
    assert [c.id for c in activity.claims] == [thread["first"], thread["again"]]
