"""The report's words in both languages: every label in each, and the Italian report free of
English labels and of stored date values."""

from __future__ import annotations

import dataclasses
import re
import string
from html.parser import HTMLParser

import pytest

from claimdesk.core.exporters import ReportInput
from claimdesk.core.exporters.html import render_html
from claimdesk.core.exporters.labels import CATALOGUE, report_heading, report_labels
from claimdesk.core.exporters.markdown import render_markdown
from claimdesk.core.model import ClaimKind, DateMention, LinkType, Status, Verdict
from tests.unit.exporters.report_samples import DENIAL_QUOTE


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_label_exists_in_both_languages_with_the_same_placeholders() -> None:
    english, italian = CATALOGUE["en"], CATALOGUE["it"]
    assert set(english) == set(italian)
    for key in english:
        assert english[key].strip() and italian[key].strip(), key
        assert _fields(english[key]) == _fields(italian[key]), key


@pytest.mark.parametrize("language", ["en", "it"])
def test_every_value_of_the_model_has_a_word(language: str) -> None:
    labels = report_labels(language)
    words = [labels.verdict(v) for v in Verdict] + [labels.verdict(None)]
    words += [labels.status(s) for s in Status] + [labels.kind(k) for k in ClaimKind]
    words += [labels.link(t) for t in LinkType] + [labels.linked(t) for t in LinkType]
    # Each word once; only Italian's "smentita" is both a kind and what a denial does.
    assert all(words)
    assert len({w.casefold() for w in words}) == len(words) - (language == "it")


def test_the_italian_words_are_the_windows() -> None:
    # The same words as claimdesk_it.ts (contexts Labels, Palette, TrackingModels).
    it = report_labels("it")
    assert (it.kind(ClaimKind.CLAIM), it.kind(ClaimKind.DENIAL)) == ("Affermazione", "Smentita")
    assert it.verdict(Verdict.MOSTLY_TRUE) == "in gran parte vero"
    assert it.verdict(None) == "senza verdetto"
    assert it.status(Status.RESEARCHING) == "in verifica"
    assert it.link(LinkType.DENIES) == "smentisce"
    assert it["claimant"] == "Dichiarante"
    assert it.count(1, "denial") == "1 smentita" and it.count(3, "denial") == "3 smentite"
    assert it.reference_by(ClaimKind.DENIAL, 3, "Russia") == "dalla smentita 3 (Russia)"


def test_headings_by_scope() -> None:
    assert report_heading("it", "library") == "Tutte le affermazioni dell'archivio"
    assert report_heading("it", "claimant", "Russia") == "Affermazioni di Russia"
    assert report_heading("en", "search", "negato") == "Claims of the search: negato"
    assert report_heading("it", "tag", "crimea") == "Affermazioni con l'etichetta crimea"
    with pytest.raises(ValueError):
        report_heading("it", "article")


class _Text(HTMLParser):
    """The text a reader sees (no style sheet, no attributes)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip = tag in ("style", "title")

    def handle_endtag(self, tag: str) -> None:
        self._skip = False

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _visible(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join("".join(parser.parts).split())


@pytest.fixture
def italian_report(report: ReportInput) -> ReportInput:
    """The sample report with a season among the dates, titled as the window titles it."""
    claims = [
        dataclasses.replace(
            c, dates=(*c.dates, DateMention(0, 0, "l'inverno scorso", "2023-WI", "season"))
        )
        if c.id == "c-stolt"
        else c
        for c in report.claims
    ]
    return dataclasses.replace(
        report, title=report_heading("it", "library"), scope="", claims=claims
    )


# English labels that must not be left in an Italian report (the sample's texts are Italian).
ENGLISH = (
    "Verdict", "Claimant", "Evidence", "Status", "Dates mentioned", "Report written",
    "consulted", "not rated", "Denial", "Claim ", "Tags", "Notes", "Why", "In short",
    "denies", "mostly true", "researching", "claimant not known", "February",
)  # fmt: skip
STORED_DATES = re.compile(r"\b\d{4}-(WI|SP|SU|FA|Q\d|H\d|W\d\d|\d\d)\b")


def test_italian_html_speaks_italian(italian_report: ReportInput) -> None:
    html = render_html(italian_report, "it")
    assert '<html lang="it">' in html
    text = _visible(html)
    for label in (
        "Tutte le affermazioni dell'archivio",
        "Rapporto redatto il 1º marzo 2023, ore 12:00 UTC",
        "4 affermazioni e 1 smentita in 2 articoli",
        "Verdetti: in gran parte vero (1) · falso (1) · senza verdetto (3)",
        "Dichiaranti: Jens Stoltenberg (2)",
        "AFFERMAZIONE 1 Jens Stoltenberg",
        "SMENTITA 2 Russia",
        "smentisce l'affermazione 1 (Jens Stoltenberg)",
        "Verdetto: in gran parte vero",
        "Motivazione: Le date sono corrette.",
        "Fonti: Guerra in Georgia, 2008, consultata il 23 febbraio 2023: cronologia",
        "Date citate: 2008 («nel 2008»); 2014 («nel 2014»); inverno 2023-2024 («l'inverno scorso»)",
        "Stato: revisionata · Etichette: NATO, Ucraina",
        "Collegamenti: contraddice un'affermazione che non è in questo rapporto",
        "Reuters · 22 febbraio 2023",
        "Agenzia Nova · data non indicata",
        "Non ancorata: la citazione non si trova più",
        "dichiarante non indicato",
    ):
        assert label in text, label
    for english in ENGLISH:
        assert english not in text, english
    assert not STORED_DATES.search(text), STORED_DATES.search(text)
    # The denial's block comes right after the claim it answers, before the next claim.
    assert text.index("AFFERMAZIONE 1") < text.index(DENIAL_QUOTE) < text.index("AFFERMAZIONE 3")


def test_italian_markdown_speaks_italian(italian_report: ReportInput) -> None:
    markdown = render_markdown(italian_report, "it")
    assert markdown.startswith("# Tutte le affermazioni dell'archivio\n")
    assert "#### Smentita 2 · Russia (“Ha negato”)" in markdown
    assert "*smentisce l'affermazione 1 (Jens Stoltenberg)*" in markdown
    assert "- **Verdetto:** **in gran parte vero**" in markdown
    assert "- **Date citate:** 2008 («nel 2008»); 2014 («nel 2014»); inverno 2023" in markdown
    for english in ENGLISH:
        assert english not in markdown, english
    assert not STORED_DATES.search(markdown)


def test_the_language_defaults_to_english_and_falls_back_to_it(report: ReportInput) -> None:
    assert render_html(report) == render_html(report, "en") == render_html(report, "de")
    assert render_html(report, "it-IT") == render_html(report, "it")
