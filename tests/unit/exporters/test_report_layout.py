"""Where answers go: under the claim they deny or contradict, across articles, once each."""

from __future__ import annotations

import dataclasses

from claimdesk.core.exporters import ReportInput
from claimdesk.core.exporters.report_layout import layout_report
from claimdesk.core.model import ClaimKind, Link, LinkType
from tests.unit.exporters.report_samples import (
    PLAIN_QUOTE,
    PLAIN_TEXT,
    anchor_of,
    make_article,
    make_claim,
)


def test_a_denial_from_another_article_stands_under_the_claim_it_answers(
    report: ReportInput,
) -> None:
    # The plain article's claim now denies Stoltenberg's, which is in the seed article.
    claims = [
        dataclasses.replace(c, kind=ClaimKind.DENIAL, links=(Link(LinkType.DENIES, "c-stolt"),))
        if c.id == "c-plain"
        else c
        for c in report.claims
    ]
    layout = layout_report(dataclasses.replace(report, claims=claims), "it")
    seed, plain = layout.sections
    first = seed.entries[0]
    assert [a.claim.id for a in first.answers] == ["c-russia", "c-plain"]
    moved = first.answers[1]
    assert moved.elsewhere == "Nell'articolo: La NATO rafforza il fianco orientale"
    assert moved.answering is not None and moved.answering.number == 1
    assert first.answers[0].elsewhere is None
    # Its own article keeps a pointer to it instead of an empty section.
    assert plain.entries == ()
    assert [line.reference for line in plain.moved] == ["la smentita 3 (NATO | Alleanza)"]
    assert [e.number for e in layout.all_entries()] == [1, 2, 3, 4, 5]


def test_answers_that_answer_each_other_appear_once() -> None:
    article = make_article("a", "Titolo", PLAIN_TEXT, ())
    first = make_claim(
        "x", "a", anchor_of(PLAIN_TEXT, "Stoltenberg ha detto"), links=(Link(LinkType.DENIES, "y"),)
    )
    second = make_claim(
        "y",
        "a",
        anchor_of(PLAIN_TEXT, PLAIN_QUOTE),
        kind=ClaimKind.DENIAL,
        links=(Link(LinkType.CONTRADICTS, "x"),),
    )
    third = make_claim(
        "z", "a", anchor_of(PLAIN_TEXT, "Questo è il motivo"), links=(Link(LinkType.DENIES, "x"),)
    )
    report = ReportInput("Titolo", "", first.created, (article,), (first, second, third))
    layout = layout_report(report)
    ids = [e.claim.id for e in layout.all_entries()]
    assert sorted(ids) == ["x", "y", "z"]
    (root,) = layout.sections[0].entries
    assert root.claim.id == "y"  # x answers y; y's answer to x would be a loop
    (under,) = root.answers
    assert under.claim.id == "x" and [a.claim.id for a in under.answers] == ["z"]
    assert under.answers[0].depth == 2
    # The link that made the loop is still said, on the claim it starts from.
    assert [line.text for line in root.links] == ["contradicts claim 2"]
