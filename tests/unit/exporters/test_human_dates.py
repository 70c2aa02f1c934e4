"""Dates written for people in both languages, one test a shape of stored value."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from claimdesk.core.exporters.human_dates import date_phrase, day_text, moment_text
from claimdesk.core.exporters.labels import report_labels
from claimdesk.core.model import DateMention

# (stored value, modifier, English, Italian): every shape the date finder stores.
SHAPES = [
    ("2023-02-22", None, "22 February 2023", "22 febbraio 2023"),
    ("2023-03-01", None, "1 March 2023", "1º marzo 2023"),
    ("2023-02", None, "February 2023", "febbraio 2023"),
    ("2023", None, "2023", "2023"),
    ("2023-WI", None, "winter 2023-2024", "inverno 2023-2024"),
    ("2022-SP", None, "spring 2022", "primavera 2022"),
    ("2022-SU", None, "summer 2022", "estate 2022"),
    ("2022-FA", None, "autumn 2022", "autunno 2022"),
    ("2023-W07", None, "week of 13 February 2023", "settimana del 13 febbraio 2023"),
    ("2023-W07-WE", None, "weekend of 18-19 February 2023",
     "fine settimana del 18-19 febbraio 2023"),
    ("2023-W39-WE", None, "weekend of 30 September - 1 October 2023",
     "fine settimana del 30 settembre - 1º ottobre 2023"),
    ("2022-Q3", None, "third quarter of 2022", "terzo trimestre 2022"),
    ("2022-H2", None, "second half of 2022", "secondo semestre 2022"),
    ("199", None, "1990s", "anni Novanta"),
    ("200", None, "2000s", "anni Duemila"),
    ("201", None, "2010s", "anni 2010"),
    ("19", None, "20th century", "XX secolo"),
    ("20", None, "21st century", "XXI secolo"),
    ("PRESENT_REF", None, "the present", "il presente"),
    ("PAST_REF", None, "the past", "il passato"),
    ("FUTURE_REF", None, "the future", "il futuro"),
    ("XXXX-02", None, "February (year not given)", "febbraio (anno non indicato)"),
    ("XXXX-02-29", None, "29 February (year not given)", "29 febbraio (anno non indicato)"),
    ("P3Y", None, "3 years", "3 anni"),
    ("P1M", None, "1 month", "1 mese"),
    # Modifiers, with the articles Italian needs after a preposition.
    ("2023", "START", "early 2023", "inizio 2023"),
    ("2023-09", "END", "late September 2023", "fine settembre 2023"),
    ("2023", "MID", "mid-2023", "metà 2023"),
    ("199", "START", "early 1990s", "inizio anni Novanta"),
    ("2023", "APPROX", "around 2023", "intorno al 2023"),
    ("2023-WI", "BEFORE", "before winter 2023-2024", "prima dell'inverno 2023-2024"),
    ("2023-SP", "ON_OR_AFTER", "from spring 2023 on", "dalla primavera 2023 in poi"),
    ("2023-02", "ON_OR_BEFORE", "by February 2023", "entro febbraio 2023"),
    ("2023-03-08", "BEFORE", "before 8 March 2023", "prima dell'8 marzo 2023"),
    ("2023-03-22", "AFTER", "after 22 March 2023", "dopo il 22 marzo 2023"),
    ("199", "BEFORE", "before the 1990s", "prima degli anni Novanta"),
    ("2022-Q3", "ON_OR_BEFORE", "by the third quarter of 2022", "entro il terzo trimestre 2022"),
    ("2023-02-22", "END", "22 February 2023 (end)", "22 febbraio 2023 (fine)"),
    ("2023", "NOT_A_MODIFIER", "2023", "2023"),
    ("2023-wi", None, "winter 2023-2024", "inverno 2023-2024"),  # read whatever the case
]  # fmt: skip


@pytest.mark.parametrize(("value", "mod", "english", "italian"), SHAPES)
def test_every_shape_in_both_languages(
    value: str, mod: str | None, english: str, italian: str
) -> None:
    assert date_phrase(value, mod, "en") == english
    assert date_phrase(value, mod, "it") == italian
    assert date_phrase(value, mod, "it-IT") == italian


@pytest.mark.parametrize("value", ["2022-13", "2022-02-30", "2023-W54", "XXXX-13", "bogus", ""])
def test_a_value_that_is_no_date_gives_none(value: str) -> None:
    assert date_phrase(value, None, "en") is None
    assert date_phrase(value, None, "it") is None


def test_days_and_moments() -> None:
    assert day_text(dt.date(2023, 2, 22), "it") == "22 febbraio 2023"
    assert day_text(dt.date(2023, 2, 22), "fr") == "22 February 2023"  # English otherwise
    when = dt.datetime(2023, 3, 1, 12, 5, tzinfo=dt.UTC)
    assert moment_text(when, "it") == "1º marzo 2023, ore 12:05 UTC"
    assert moment_text(when, "en") == "1 March 2023, 12:05 UTC"
    assert moment_text(when.replace(tzinfo=None), "en") == "1 March 2023, 12:05"


def test_a_mention_shows_the_article_words_beside_the_date() -> None:
    winter = DateMention(0, 16, "l'inverno scorso", "2023-WI", "season")
    assert report_labels("it").date_mention(winter) == "inverno 2023-2024 («l'inverno scorso»)"
    assert report_labels("en").date_mention(winter) == "winter 2023-2024 (“l'inverno scorso”)"
    same = DateMention(0, 4, "2014", "2014", "year")
    assert report_labels("it").date_mention(same) == "2014"
    unread = DateMention(0, 9, "a un certo punto", "XXXX-XX", "day")
    assert report_labels("it").date_mention(unread) == "a un certo punto"


def test_a_moment_is_said_in_the_newsrooms_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    when = dt.datetime(2023, 3, 1, 12, 5, tzinfo=dt.UTC)
    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    try:
        assert moment_text(when, "it") == "1º marzo 2023, ore 13:05 CET"
        summer = dt.datetime(2023, 7, 31, 23, 30, tzinfo=dt.UTC)
        assert moment_text(summer, "it") == "1º agosto 2023, ore 01:30 CEST"
    finally:
        monkeypatch.undo()
        time.tzset()
