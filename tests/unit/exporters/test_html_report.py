"""The HTML report read back with a real HTML parser (html.parser from the standard library):
self-contained, escaped, labelled and coloured by kind, denials next to their claims."""

from __future__ import annotations

import dataclasses
import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimdesk.core.errors import InputRefused
from claimdesk.core.exporters import EXPORT_FORMATS, ReportInput
from claimdesk.core.exporters.html import export_html, render_html
from claimdesk.core.model import ClaimView
from tests.unit.exporters.report_samples import DENIAL_QUOTE, STOLTENBERG_QUOTE

_VOID = {"meta", "br", "hr", "img", "link", "input"}


class _Node:
    """An element with its attributes, children and text, enough to query a report."""

    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[_Node] = []
        self.parts: list[str | _Node] = []

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        return "".join(p if isinstance(p, str) else p.text() for p in self.parts)

    def find_all(self, tag: str, cls: str | None = None) -> list[_Node]:
        found = []
        for child in self.children:
            if child.tag == tag and (cls is None or cls in child.classes):
                found.append(child)
            found.extend(child.find_all(tag, cls))
        return found


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {})
        self.stack = [self.root]
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        node = _Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        self.stack[-1].parts.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].parts.append(data)


def _parse(html: str) -> _TreeBuilder:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    assert [n.tag for n in builder.stack] == ["#root"], "unclosed elements"
    return builder


@pytest.fixture
def html(report: ReportInput) -> str:
    return render_html(report)


@pytest.fixture
def tree(html: str) -> _TreeBuilder:
    return _parse(html)


def _entry(tree: _TreeBuilder, number: int) -> _Node:
    (node,) = [n for n in tree.root.find_all("div", "entry") if n.attrs["id"] == f"claim-{number}"]
    return node


def _fields(entry: _Node) -> list[str]:
    """The entry's own field lines, not those of the answers shown inside it."""
    return [c.text() for c in entry.children if c.tag == "p" and "field" in c.classes]


def test_export_writes_one_self_contained_file(report: ReportInput, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    assert export_html(report, path) == 5
    assert EXPORT_FORMATS["html"](report, tmp_path / "again.html") == 5
    html = path.read_text(encoding="utf-8")
    assert html == (tmp_path / "again.html").read_text(encoding="utf-8")
    tree = _parse(html)
    assert "script" not in tree.tags
    assert "link" not in tree.tags and "img" not in tree.tags
    # Links are only navigation (in-page or to sources), never resources the page loads.
    assert "src=" not in html and "@import" not in html and "url(" not in html
    (style,) = tree.root.find_all("style")
    assert "@media print" in style.text() and "#E69F00" in style.text()
    assert tree.root.find_all("meta")[0].attrs == {"charset": "utf-8"}
    assert tree.root.find_all("html")[0].attrs["lang"] == "en"


def test_title_block_summary_and_contents(tree: _TreeBuilder) -> None:
    (title,) = tree.root.find_all("h1")
    assert title.text() == "Tutte le affermazioni"
    (block,) = tree.root.find_all("div", "titleblock")
    assert "All claims in the library" in block.text()
    assert (
        "Report written on 1 March 2023, 12:00 UTC · 4 claims and 1 denial in 2 articles"
        in block.text()
    )
    summary = [p.text() for p in tree.root.find_all("p", "summary-line")]
    assert summary == [
        "Verdicts: mostly true (1) · false (1) · not rated (3)",
        "Claimants: Jens Stoltenberg (2) · NATO | Alleanza (1) · Russia (1) · "
        "claimant not known (1)",
    ]
    (toc,) = tree.root.find_all("div", "toc")
    links = [(a.attrs["href"], a.text()) for a in toc.find_all("a")]
    assert links == [
        ("#article-1", "Stoltenberg: la NATO deve fermare il ciclo | Reuters"),
        ("#article-2", "La NATO rafforza il fianco orientale"),
    ]
    articles = tree.root.find_all("div", "article")
    assert [a.attrs["id"] for a in articles] == ["article-1", "article-2"]
    # Printed, every article starts a page.
    assert all("newpage" in a.classes for a in articles)
    metas = [p.text() for p in tree.root.find_all("p", "article-meta")]
    assert metas == [
        "Reuters · 22 February 2023https://www.reuters.com/world/europe/stoltenberg-intervista",
        "Agenzia Nova · date not given",
    ]


def test_quote_in_context_with_the_quote_in_bold(tree: _TreeBuilder) -> None:
    entry = _entry(tree, 1)
    context = next(c for c in entry.children if "context" in c.classes)
    assert context.attrs["lang"] == "it"
    assert context.text() == (
        "In un'intervista con Reuters alla vigilia del primo anniversario dell'attacco di "
        f"Mosca, Stoltenberg ha detto che {STOLTENBERG_QUOTE}."
    )
    (quote,) = context.find_all("strong", "quote")
    assert quote.text() == STOLTENBERG_QUOTE


def test_kinds_are_coloured_and_labelled(tree: _TreeBuilder, html: str) -> None:
    claim, denial = _entry(tree, 1), _entry(tree, 2)
    assert "kind-claim" in claim.classes and "kind-denial" in denial.classes
    assert claim.find_all("span", "badge")[0].text() == "CLAIM 1"
    assert denial.find_all("span", "badge")[0].text() == "DENIAL 2"
    assert ".badge.kind-denial { background-color: #CC79A7; }" in html
    assert denial.find_all("h3")[0].text() == "DENIAL 2 Russia (“Ha negato”)"


def test_denial_shown_under_the_claim_it_answers(tree: _TreeBuilder) -> None:
    claim = _entry(tree, 1)
    # The denial's own block sits inside the claim's, and nowhere else.
    (answers,) = [c for c in claim.children if c.tag == "table" and "answers" in c.classes]
    assert [d.attrs["id"] for d in answers.find_all("div", "entry")] == ["claim-2"]
    assert [n.attrs["id"] for n in tree.root.find_all("div", "entry")].count("claim-2") == 1
    denial = _entry(tree, 2)
    (answering,) = denial.find_all("p", "answering")
    assert answering.text() == "denies claim 1 (Jens Stoltenberg)"
    assert [a.attrs["href"] for a in answering.find_all("a")] == ["#claim-1"]
    assert DENIAL_QUOTE in denial.text()
    fields = _fields(claim)
    assert "Verdict: mostly true" in fields
    assert not any(f.startswith("Linked from") for f in fields)  # said by the placement
    (explanation,) = [p for p in claim.children if p.tag == "p" and p.text().startswith("Why:")]
    assert explanation.text() == "Why: Le date sono corrette.\nIl «modello» è un'interpretazione."
    assert [child.tag for child in explanation.children] == ["span", "br"]  # the line break kept
    denial_fields = _fields(denial)
    assert "Verdict: false" in denial_fields
    assert "Links: contradicts a claim outside this report" in denial_fields
    assert "Status: researching · Tags: Donbas, separatisti" in denial_fields
    sources = [li.text() for li in denial.find_all("li")]
    assert sources == ["Rapporto OSCE SMM, 2014, p. 12: pagina 12", "OSCE (sintesi)"]
    hrefs = [a.attrs["href"] for a in denial.find_all("a")]
    assert "https://example.org/osce?a=1&b=2" in hrefs
    (evidence,) = claim.find_all("ul", "evidence")[:1]
    assert evidence.text().strip() == (
        "Guerra in Georgia, 2008, consulted 23 February 2023: cronologia"
    )
    assert "Dates mentioned: 2008 (“nel 2008”); 2014 (“nel 2014”)" in fields


def test_claims_are_separated_by_a_rule(tree: _TreeBuilder) -> None:
    (first, second) = tree.root.find_all("div", "article")
    # Three top-level blocks in the first article (claim 1 with its answer, 3, 4): two rules.
    assert len([c for c in first.children if c.tag == "hr"]) == 2
    assert not [c for c in second.children if c.tag == "hr"]


def test_orphan_and_clipped_context(tree: _TreeBuilder) -> None:
    orphan = _entry(tree, 4)
    assert orphan.find_all("p", "context")[0].text() == "frase che non c'è più"
    assert orphan.find_all("p", "orphaned")
    plain = _entry(tree, 5).find_all("p", "context")[0].text()
    assert plain.startswith("… per sostenere") and plain.endswith(" …")


def _hostile(claim: ClaimView) -> ClaimView:
    return dataclasses.replace(
        claim,
        claimant='<script>alert("x")</script>',
        notes="<img src=x onerror=alert(1)> & </div>",
        explanation="<b>not bold</b>",
        evidence=(dataclasses.replace(claim.evidence[0], source="javascript:alert(1)"),),
    )


def test_user_text_is_escaped(report: ReportInput) -> None:
    claims = [_hostile(c) if c.id == "c-stolt" else c for c in report.claims]
    html = render_html(dataclasses.replace(report, title="<h1>Titolo</h1>", claims=claims))
    tree = _parse(html)
    assert "script" not in tree.tags and "img" not in tree.tags and "b" not in tree.tags
    assert len(tree.root.find_all("h1")) == 1
    entry = _entry(tree, 1)
    assert '<script>alert("x")</script>' in entry.text()
    assert "Notes: <img src=x onerror=alert(1)> & </div>" in _fields(entry)
    assert all(not a.attrs["href"].startswith("javascript:") for a in entry.find_all("a"))
    assert "javascript:alert(1)" in entry.text()  # shown as text, not as a link


def test_single_article_has_its_title_once_and_no_contents(report: ReportInput) -> None:
    seed = report.articles[0]
    one = ReportInput(
        seed.title,
        f"Article: {seed.title}",
        report.generated,
        (seed,),
        [c for c in report.claims if c.article_id == seed.id],
    )
    html = render_html(one)
    tree = _parse(html)
    assert not tree.root.find_all("div", "toc")
    (article,) = tree.root.find_all("div", "article")
    assert "newpage" not in article.classes
    (body,) = tree.root.find_all("body")
    assert body.text().count("Stoltenberg: la NATO deve fermare il ciclo") == 1
    assert [h.text() for h in tree.root.find_all("h1")] == [seed.title]
    assert not tree.root.find_all("h2")
    (meta,) = tree.root.find_all("p", "article-meta")
    assert meta.text().startswith("Reuters · 22 February 2023")


def test_empty_report(tmp_path: Path) -> None:
    empty = ReportInput("Nessuna", "Nothing", dt.datetime(2023, 3, 1, 8, 15), (), ())
    tree = _parse(render_html(empty))
    assert "0 claims and 0 denials in 0 articles" in tree.root.text()
    assert not tree.root.find_all("table", "counts")


def test_unwritable_path_is_refused_and_nothing_written(
    report: ReportInput, tmp_path: Path
) -> None:
    with pytest.raises(InputRefused) as caught:
        export_html(report, tmp_path / "missing" / "report.html")
    assert "\n" not in caught.value.message
    assert list(tmp_path.iterdir()) == []
