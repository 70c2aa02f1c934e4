"""Date fields: publication dates and the dates claims mention, as periods and ranges."""

from __future__ import annotations

import datetime as dt

import pytest

from claimdesk.core.search import SearchIndex
from claimdesk.core.search.dates import period_start, query_period, timeml_period
from tests.unit.search.records import article, claim, ids


@pytest.fixture
def library(index: SearchIndex) -> SearchIndex:
    """Articles published across 2022 and 2023, and claims mentioning various dates."""
    index.update(
        [
            article("a-jan22", published=dt.date(2022, 1, 15)),
            article("a-jun22", published=dt.date(2022, 6, 30)),
            article("a-jul22", published=dt.date(2022, 7, 1)),
            article("a-feb23", published=dt.date(2023, 2, 22)),
            article("a-undated", published=None),
        ],
        [
            claim("c-2014", article_id="a-feb23", published=dt.date(2023, 2, 22), dates=("2014",)),
            claim(
                "c-invasion",
                article_id="a-feb23",
                published=dt.date(2023, 2, 22),
                dates=("2022-02-24", "2008"),
            ),
            claim(
                "c-month", article_id="a-jan22", published=dt.date(2022, 1, 15), dates=("2014-03",)
            ),
            claim(
                "c-odd",
                article_id="a-jan22",
                published=dt.date(2022, 1, 15),
                dates=("PRESENT_REF", "2023-W07", "199"),
            ),
        ],
    )
    return index


def test_a_year_means_the_whole_year(library: SearchIndex) -> None:
    assert ids(library, "type:article published:2022") == {"a-jan22", "a-jun22", "a-jul22"}
    assert ids(library, "type:article published:2023") == {"a-feb23"}


def test_a_month_and_a_day(library: SearchIndex) -> None:
    assert ids(library, "type:article published:2022-06") == {"a-jun22"}
    assert ids(library, "type:article published:2022-06-30") == {"a-jun22"}
    assert ids(library, "type:article published:30/06/2022") == {"a-jun22"}


def test_ranges_include_both_end_periods(library: SearchIndex) -> None:
    assert ids(library, "type:article published:[2022-01 to 2022-06]") == {"a-jan22", "a-jun22"}
    assert ids(library, "type:article published:[2022-01 TO 2022-06]") == {"a-jan22", "a-jun22"}


def test_exclusive_and_open_ranges(library: SearchIndex) -> None:
    assert ids(library, "type:article published:{2022-01 to 2022-07]") == {"a-jun22", "a-jul22"}
    assert ids(library, "type:article published:[2022-07 to]") == {"a-jul22", "a-feb23"}
    assert ids(library, "type:article published:[to 2022-01]") == {"a-jan22"}
    assert ids(library, "type:article published:>2022-06") == {"a-jul22", "a-feb23"}


def test_claims_inherit_the_publication_date(library: SearchIndex) -> None:
    assert ids(library, "type:claim published:2023") == {"c-2014", "c-invasion"}


def test_mentioned_dates_are_found_by_year_month_and_day(library: SearchIndex) -> None:
    assert ids(library, "date:2014") == {"c-2014", "c-month"}
    assert ids(library, "date:2014-03") == {"c-month"}
    assert ids(library, "date:2022-02") == {"c-invasion"}
    assert ids(library, "date:2022-02-24") == {"c-invasion"}
    assert ids(library, "date:2008") == {"c-invasion"}
    assert ids(library, "date:[2000 to 2015]") == {"c-2014", "c-invasion", "c-month"}


def test_weeks_and_decades_are_indexed_by_their_start(library: SearchIndex) -> None:
    assert ids(library, "date:2023-02-13") == {"c-odd"}  # Monday of ISO week 7
    assert ids(library, "date:1990") == {"c-odd"}
    assert ids(library, "date:2023-W07") == {"c-odd"}


def test_a_date_that_does_not_parse_gives_a_notice(library: SearchIndex) -> None:
    results = library.search('type:article published:"quando capita"')
    assert results.notice is not None
    assert "quando capita" in results.notice
    assert "\n" not in results.notice
    # The rest of the query still runs.
    assert {hit.id for hit in results.hits} == {
        "a-jan22",
        "a-jun22",
        "a-jul22",
        "a-feb23",
        "a-undated",
    }
    assert library.search("date:2022-13").notice is not None
    assert library.search("published:[2022 to mai]").notice is not None


def test_timeml_values_as_periods() -> None:
    assert timeml_period("2014") == (dt.datetime(2014, 1, 1), dt.datetime(2015, 1, 1))
    assert timeml_period("2022-02") == (dt.datetime(2022, 2, 1), dt.datetime(2022, 3, 1))
    assert timeml_period("2022-12") == (dt.datetime(2022, 12, 1), dt.datetime(2023, 1, 1))
    assert timeml_period("2022-02-24") == (dt.datetime(2022, 2, 24), dt.datetime(2022, 2, 25))
    assert timeml_period("2023-W07") == (dt.datetime(2023, 2, 13), dt.datetime(2023, 2, 20))
    assert timeml_period("199") == (dt.datetime(1990, 1, 1), dt.datetime(2000, 1, 1))
    assert timeml_period("2022-FA") == (dt.datetime(2022, 9, 1), dt.datetime(2022, 12, 1))
    assert timeml_period("2022-WI") == (dt.datetime(2022, 12, 1), dt.datetime(2023, 3, 1))
    assert timeml_period("2022-Q2") == (dt.datetime(2022, 4, 1), dt.datetime(2022, 7, 1))
    assert period_start("2022-02-24T10:30") == dt.datetime(2022, 2, 24)


@pytest.mark.parametrize("value", ["PRESENT_REF", "XXXX-02", "P3Y", "2022-13", "2022-02-30", ""])
def test_values_without_a_fixed_period(value: str) -> None:
    assert period_start(value) is None


def test_query_dates_accept_day_first_forms() -> None:
    day = (dt.datetime(2022, 2, 24), dt.datetime(2022, 2, 25))
    assert query_period("24/02/2022") == day
    assert query_period("24.02.2022") == day
    assert query_period("20220224") == day
    assert query_period("mai") is None
    assert query_period("ieri", today=dt.date(2023, 3, 1)) == (
        dt.datetime(2023, 2, 28),
        dt.datetime(2023, 3, 1),
    )
