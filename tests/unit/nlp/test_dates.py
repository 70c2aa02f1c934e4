"""Date expressions: the seed article's hard cases, traps, both languages, a TimeBank sample."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.core.model import DateMention
from claimdesk.core.nlp.dates import find_dates
from tests.conftest import shared_path

SEED_DAY = dt.date(2023, 2, 22)
REPO = Path(__file__).resolve().parents[3]


def values(text: str, language: str = "it", published: dt.date | None = SEED_DAY) -> list[str]:
    """The values found in ``text``, after checking every span covers its text."""
    found = find_dates(text, language, published)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    return [m.value for m in found]


def mention(found: list[DateMention], written: str) -> DateMention:
    """The mention whose text contains ``written``."""
    matches = [m for m in found if written in m.text]
    assert matches, f"no date covers {written!r}: {[m.text for m in found]}"
    return matches[0]


@pytest.fixture
def seed_dates(seed_path: Path) -> tuple[str, list[DateMention]]:
    text = seed_path.read_text(encoding="utf-8")
    return text, find_dates(text, "it", SEED_DAY)


def test_seed_article_years_and_relative_dates(seed_dates: tuple[str, list[DateMention]]) -> None:
    text, found = seed_dates
    nel_2014 = text.index("nel 2014") + len("nel ")
    year = next(m for m in found if m.start == nel_2014)
    assert (year.value, year.granularity) == ("2014", "year")
    for written in ("lo scorso anno", "l'anno scorso"):
        last_year = mention(found, written)
        assert (last_year.value, last_year.granularity, last_year.mod) == ("2022", "year", None)
    end = mention(found, "settembre di quest'anno")
    assert (end.value, end.granularity, end.mod) == ("2023-09", "month", "END")
    assert end.text == "alla fine di settembre di quest'anno"
    assert mention(found, "24 febbraio").value == "2023-02-24"
    assert (mention(found, "questo mese").value, mention(found, "questo mese").granularity) == (
        "2023-02",
        "month",
    )


def test_seed_article_ages_and_quantities_are_not_dates(
    seed_dates: tuple[str, list[DateMention]],
) -> None:
    text, found = seed_dates
    for trap in ("63 anni", "100.000 truppe", "per tre volte"):
        at = text.index(trap)
        assert not [m for m in found if m.start < at + len(trap) and at < m.end], trap
    assert len(found) == 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ieri il governo ha approvato il decreto.", ["2023-02-21"]),
        ("L'altro ieri è uscito il rapporto.", ["2023-02-20"]),
        ("Il vertice si è tenuto lunedì scorso.", ["2023-02-20"]),
        ("Martedì scorso ha parlato alla Camera.", ["2023-02-21"]),
        ("La settimana scorsa i prezzi sono scesi.", ["2023-W07"]),
        ("La prossima settimana arriverà la delegazione.", ["2023-W09"]),
        ("Il mese scorso l'inflazione è salita.", ["2023-01"]),
        ("Il prossimo anno il bilancio sarà rivisto.", ["2024"]),
        ("Tre anni fa la fabbrica ha chiuso.", ["2020"]),
        ("Due settimane fa si è dimesso.", ["2023-W06"]),
        ("Negli anni '90 e negli anni Settanta.", ["199", "197"]),
        ("L'estate scorsa è stata torrida.", ["2022-SU"]),
        ("Nella primavera del 2020 i contagi sono esplosi.", ["2020-SP"]),
        ("Nel terzo trimestre del 2022 il PIL è cresciuto.", ["2022-Q3"]),
        ("Il contratto firmato il 15/03/2021.", ["2021-03-15"]),
        ("A settembre dell'anno scorso il governo è caduto.", ["2022-09"]),
        ("Venerdì la polizia ha arrestato due persone.", ["2023-02-17"]),
        ("Giovedì il premier volerà a Kyiv.", ["2023-02-23"]),
        ("Il presidente, 63 anni, ha 2.000 dipendenti e 1500 posti.", []),
        ("La legge n. 1990 è stata abrogata dopo 20 anni.", []),
        ("Per tre anni non ha pagato.", []),
    ],
)
def test_italian_expressions(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_modifiers_in_both_languages() -> None:
    found = find_dates("All'inizio del 2021 e a metà luglio si voterà.", "it", SEED_DAY)
    assert [(m.value, m.mod) for m in found] == [("2021", "START"), ("2023-07", "MID")]
    found = find_dates("In mid-1996 and early next year.", "en", dt.date(1998, 3, 4))
    assert [(m.text, m.value, m.mod) for m in found] == [
        ("mid-1996", "1996", "MID"),
        ("early next year", "1999", "START"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council met on Feb. 24.", ["1998-02-24"]),
        ("Prices rose two years ago.", ["1996"]),
        ("Last year sales fell.", ["1997"]),
        ("It happened on March 30, 1998 and in July 1988.", ["1998-03-30", "1988-07"]),
        ("The 1990s were calm.", ["199"]),
        ("He said Monday the plant had closed.", ["1998-03-02"]),
        ("The talks will resume Monday.", ["1998-03-09"]),
        ("Profit fell in the third quarter.", ["1997-Q3"]),
        ("Shares may rise; prices fall; 1,998 people and $1990 were seen.", []),
    ],
)
def test_english_expressions(text: str, expected: list[str]) -> None:
    assert values(text, "en", dt.date(1998, 3, 4)) == expected


def test_without_publication_date_only_absolute_dates() -> None:
    text = "Ieri, il 24 febbraio 2022 e nel 2014; l'anno scorso e a marzo."
    assert values(text, "it", None) == ["2022-02-24", "2014"]


def test_unusual_absolute_form_goes_to_dateparser() -> None:
    assert values("Filed on 24-Feb-2022.", "en", None) == ["2022-02-24"]


def test_dateparser_is_not_imported_at_start() -> None:
    code = (
        "import sys, datetime;"
        "from claimdesk.core.nlp.analyze import analyze;"
        "analyze('Ieri, lo scorso anno.', 'it', datetime.date(2023, 2, 22));"
        "print('dateparser' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(REPO)},
    )
    assert out.stdout.strip() == "False"


def test_timebank_sample_scores_well() -> None:
    """Three TimeBank documents, scored as bench/dates.py does: a regression guard."""
    sys.path.insert(0, str(REPO))
    from bench.dates import evaluate, ours, read_timebank

    names = ("APW19980219.0476.tml", "wsj_0135.tml", "NYT19980206.0460.tml")
    documents = [read_timebank(shared_path("data", "timebank", name)) for name in names]
    tally = evaluate(documents, ours)
    precision, recall, f1 = tally.f1()
    assert tally.gold >= 5
    assert f1 >= 0.6, (precision, recall)
