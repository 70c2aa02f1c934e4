"""Title, language and publication date guessed when the user gives none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimdesk.core.importers import from_text, read_file
from claimdesk.core.importers.detect import (
    detect_language,
    detect_published,
    detect_title,
    parse_date,
    shorten,
)
from claimdesk.core.model import ArticleMeta

IT_BODY = (
    "Il ministero ha negato di aver ridotto i controlli nei porti. Secondo l'associazione, "
    "le navi sono ferme da giorni e il prezzo del grano è salito."
)
EN_BODY = (
    "The ministry denied that it had cut inspections at the ports. According to the group, "
    "the ships have been waiting for days and the price of wheat has risen."
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (IT_BODY, "it"),
        (EN_BODY, "en"),
        ("Le ministère a nié avoir réduit les contrôles dans les ports, selon une note.", "fr"),
        ("Das Ministerium hat bestritten, dass die Kontrollen in den Häfen reduziert "
         "wurden.", "de"),
        ("El ministerio negó que se hayan reducido los controles en los puertos y que el precio "
         "del trigo sea más alto.", "es"),
        ("O ministério negou que os controlos nos portos tenham sido reduzidos e que o preço "
         "do trigo não seja mais alto.", "pt"),
        ("Het ministerie heeft ontkend dat de controles in de havens zijn verminderd en dat de "
         "prijs van tarwe is gestegen.", "nl"),
    ],
)  # fmt: skip
def test_language_by_stopwords(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "Stoltenberg NATO Kyiv", "12345 67 89", "OK ok"])
def test_language_defaults_to_english_when_unsure(text: str) -> None:
    assert detect_language(text) == "en"


def test_title_is_the_first_line_when_it_looks_like_a_heading() -> None:
    text = "Corridoio del grano, navi ferme\n\n" + IT_BODY
    assert detect_title(text) == "Corridoio del grano, navi ferme"


def test_title_skips_a_dateline_above_the_headline() -> None:
    assert detect_title("22 febbraio 2023\n\nNavi ferme nel Mar Nero\n\n" + IT_BODY) == (
        "Navi ferme nel Mar Nero"
    )


def test_title_is_the_first_sentence_when_the_first_line_is_prose() -> None:
    assert detect_title(EN_BODY) == "The ministry denied that it had cut inspections at the ports"


def test_long_first_sentence_is_cut_on_a_word_boundary() -> None:
    title = detect_title(
        "In un'intervista con Reuters alla vigilia del primo anniversario dell'attacco di "
        "Mosca, Stoltenberg ha detto che l'invasione fa parte di un modello."
    )
    assert title == (
        "In un'intervista con Reuters alla vigilia del primo anniversario dell'attacco di Mosca…"
    )
    assert title is not None and len(title) <= 90


def test_hard_wrapped_first_line_is_not_a_heading() -> None:
    text = "The ministry said on Friday that the ships\nwould be inspected by Monday. More."
    assert (
        detect_title(text)
        == "The ministry said on Friday that the ships would be inspected by Monday"
    )


def test_shorten_keeps_short_text_and_cuts_long_text() -> None:
    assert shorten("short") == "short"
    cut = shorten("word " * 40, 30)
    assert cut.endswith("…") and len(cut) <= 30 and "  " not in cut


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22 febbraio 2023", dt.date(2023, 2, 22)),
        ("Roma, 1° marzo 2023 - Il ministero", dt.date(2023, 3, 1)),
        ("mercoledì 22 Febbraio 2023", dt.date(2023, 2, 22)),
        ("22/02/2023", dt.date(2023, 2, 22)),
        ("22.02.2023", dt.date(2023, 2, 22)),
        ("02/22/2023", dt.date(2023, 2, 22)),
        ("February 22, 2023", dt.date(2023, 2, 22)),
        ("Sept. 3rd, 2022", dt.date(2022, 9, 3)),
        ("22 Feb 2023", dt.date(2023, 2, 22)),
        ("22 sett. 2021", dt.date(2021, 9, 22)),
        ("2023-02-22T10:00", dt.date(2023, 2, 22)),
        ("Published 2023-2-5", dt.date(2023, 2, 5)),
        ("31 febbraio 2023", None),
        ("13/13/2023", None),
        ("il 2008 e il 2014", None),
        ("100.000 truppe", None),
        ("Marchese 5, 2023", None),
    ],
)
def test_parse_date_forms(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def test_earliest_date_in_the_text_wins() -> None:
    assert parse_date("Updated 2023-03-01, first published 22 Feb 2023") == dt.date(2023, 3, 1)


def test_published_only_from_the_first_three_lines() -> None:
    near = "Navi ferme\n\nTrieste, 15 marzo 2023\n\n" + IT_BODY
    assert detect_published(near) == dt.date(2023, 3, 15)
    far = "Uno\n\nDue\n\nTre\n\nQuattro, 15 marzo 2023\n"
    assert detect_published(far) is None


def test_draft_uses_detection_and_meta_overrides(tmp_path: Path) -> None:
    path = tmp_path / "ministero.txt"
    path.write_text("Navi ferme nel Mar Nero\n\nTrieste, 15 marzo 2023\n\n" + IT_BODY, "utf-8")
    draft = read_file(path)
    assert (draft.title, draft.language, draft.published) == (
        "Navi ferme nel Mar Nero",
        "it",
        dt.date(2023, 3, 15),
    )
    assert (draft.source_name, draft.source_format, draft.outlet, draft.url) == (
        "ministero.txt",
        "text",
        None,
        None,
    )
    meta = ArticleMeta(
        title="Altro titolo",
        language="en",
        published=dt.date(2024, 1, 1),
        outlet="Gazzetta",
        url="https://example.org/a",
        authors=("A. Rossi",),
    )
    given = read_file(path, meta)
    assert (given.title, given.language, given.published) == (
        "Altro titolo",
        "en",
        dt.date(2024, 1, 1),
    )
    assert (given.outlet, given.url, given.authors) == (
        "Gazzetta",
        "https://example.org/a",
        ("A. Rossi",),
    )
    assert given.text == draft.text


def test_blank_meta_title_is_ignored() -> None:
    assert from_text(EN_BODY, ArticleMeta(title="  ")).title.startswith("The ministry denied")


def test_paste_keeps_its_format_and_no_name() -> None:
    draft = from_text(EN_BODY, source_format="paste")
    assert (draft.source_name, draft.source_format, draft.language) == (None, "paste", "en")


def test_title_falls_back_to_the_file_name() -> None:
    assert from_text("...", source_name="my_notes-2023.txt").title == "my notes 2023"
    assert from_text("...").title == "Untitled article"
