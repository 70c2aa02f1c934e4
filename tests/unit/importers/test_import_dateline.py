"""Datelines of wire copy give the day, and the agency as the outlet, when nothing else does."""

from __future__ import annotations

import datetime as dt

import pytest

from claimdesk.core.importers import from_text
from claimdesk.core.importers.dateline import Dateline, read_dateline
from claimdesk.core.model import ArticleMeta

IMPORTED = dt.date(2026, 12, 8)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("ROMA, 9 novembre (Redazione) - Il governo", Dateline("Roma", dt.date(2026, 11, 9), None)),
        ("BRUXELLES, 22 febbraio 2023 - Il", Dateline("Bruxelles", dt.date(2023, 2, 22), None)),
        ("WASHINGTON (Reuters) - The White House", Dateline("Washington", None, "Reuters")),
        ("LONDON, Feb 22 (Reuters) - Gas", Dateline("London", dt.date(2026, 2, 22), "Reuters")),
        ("KYIV, Ukraine, March 3 (AP) — Officials", Dateline("Kyiv", dt.date(2026, 3, 3), "AP")),
        # No year: the latest year that does not put the day after the import.
        ("NEW YORK, 31 dicembre (ANSA) - Il", Dateline("New York", dt.date(2025, 12, 31), "ANSA")),
        # On a line of its own, with the day; "(Red.)" is the newsroom too.
        ("ROMA, 9 novembre (Redazione)\nIl governo", Dateline("Roma", dt.date(2026, 11, 9), None)),
        ("ROMA (Red.) - Il governo", Dateline("Roma", None, None)),
        ("L'AQUILA, 6 aprile (ANSA) – Il", Dateline("L'Aquila", dt.date(2026, 4, 6), "ANSA")),
        # A place in plain writing, with its day.
        ("Roma, 9 nov. (Adnkronos) - Il", Dateline("Roma", dt.date(2026, 11, 9), "Adnkronos")),
        ("Reggio Emilia, 3 marzo 2023 - Il", Dateline("Reggio Emilia", dt.date(2023, 3, 3), None)),
    ],
)  # fmt: skip
def test_datelines_are_read(opening: str, expected: Dateline) -> None:
    assert read_dateline(opening, IMPORTED) == expected


@pytest.mark.parametrize(
    "opening",
    [
        "In un'intervista con Reuters - il segretario",
        "ATTENZIONE - il testo che segue",
        "ROMA, la capitale - ha detto",
        "Stoltenberg: la NATO deve fermare il ciclo",
        "NATO, 45 anni dopo (analisi) - no",
        "CRISI DI GOVERNO (ANALISI)",  # a headline in capitals: no dash, no day
        "Reuters (analisi) - un commento",  # plain writing without a day
        "Il presidente, 9 novembre, ha detto - no",
    ],
)
def test_prose_is_no_dateline(opening: str) -> None:
    assert read_dateline(opening, IMPORTED) is None


def test_a_dateline_dates_the_article_and_names_the_agency() -> None:
    draft = from_text(
        "Il governo rinvia la manovra\n\nROMA, 9 novembre (ANSA) - Il consiglio dei ministri "
        "ha rinviato l'esame della manovra, ha detto il portavoce. Lo scorso anno era successo lo "
        "stesso."
    )
    assert draft.outlet == "ANSA"
    assert draft.published is not None and (draft.published.month, draft.published.day) == (11, 9)
    given = from_text("ROMA, 9 novembre (ANSA) - Testo.", ArticleMeta(outlet="Il Notiziario"))
    assert given.outlet == "Il Notiziario"  # what the user gives wins


def test_a_dateline_keeps_its_words_to_show() -> None:
    found = read_dateline("ROMA, 9 novembre\u00a0(Redazione)\u00a0- Il governo", IMPORTED)
    assert found is not None
    assert (found.place, found.outlet, found.text) == ("Roma", None, "ROMA, 9 novembre (Redazione)")
