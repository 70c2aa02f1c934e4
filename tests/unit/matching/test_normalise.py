"""Numbers, names and words reduced to comparable keys."""

from __future__ import annotations

import pytest

from claimdesk.core.matching.features import features, number_label, stem
from claimdesk.core.matching.names import actor_of, actors_in, bare_name
from claimdesk.core.matching.numbers import TOKEN, italian_word_value, literal_value, quantities


def keys(text: str) -> list[str]:
    found, _used, _years = quantities(TOKEN.findall(text.lower()))
    return [q.key for q in found]


@pytest.mark.parametrize(
    "text",
    [
        "100.000 truppe",
        "100,000 troops",
        "100 000 soldati",
        "100mila soldati",
        "100 mila soldati",
        "centomila soldati",
        "100 thousand troops",
        "one hundred thousand troops",
    ],
)
def test_every_way_of_writing_one_hundred_thousand_is_one_key(text: str) -> None:
    assert keys(text) == ["100000"]


def test_decimals_scales_and_percentages() -> None:
    assert keys("1,5 milioni di persone") == ["1500000"]
    assert keys("1.5 million people") == ["1500000"]
    assert keys("il 5 per cento") == keys("5%") == ["5%"]
    assert literal_value("1.234,5") == 1234.5
    assert literal_value("3.14159") == pytest.approx(3.14159)
    assert italian_word_value("duecentocinquantamila") == 250000
    assert italian_word_value("centotto") == 108
    assert italian_word_value("guerra") is None


def test_years_are_dates_not_quantities() -> None:
    found, _used, years = quantities(["nel", "2014", "e", "2014", "mila"])
    assert years == {1}
    assert [q.key for q in found] == ["2014000"]


def test_sei_alone_is_a_verb_not_six() -> None:
    assert keys("tu sei qui") == []
    assert keys("sei milioni") == ["6000000"]


def test_actor_names_in_both_languages() -> None:
    assert actor_of("il Cremlino") == actor_of("Moscow") == actor_of("la Russia") == "russia"
    assert actor_of("US") == "united states"
    assert actor_of("us") is None
    assert actors_in("Kiev e Mosca; tell us about NATO") == {"ukraine", "russia", "nato"}
    assert bare_name("la Russia") == "russia"


def test_stems_join_inflections_and_the_two_languages() -> None:
    assert stem("truppe") == stem("truppa")
    assert stem("troops") == stem("troop")
    assert stem("invasione") == stem("invasion")


def test_features_of_an_italian_and_an_english_wording_agree_on_what_matters() -> None:
    it = features("Mosca ha schierato 100.000 soldati al confine nel 2021, ha detto Stoltenberg")
    en = features("Stoltenberg said Moscow deployed 100,000 soldiers at the border in 2021")
    assert it.numbers == en.numbers == {"100000"}
    assert it.years == en.years == {"2021"}
    assert "russia" in it.names & en.names
    assert number_label("100000") == "100,000"
    assert "il" not in it.words and "the" not in en.words


def test_stored_date_values_add_days_and_years() -> None:
    found = features("l'invasione di febbraio", ("2022-02-24",))
    assert found.days == {"2022-02-24"}
    assert found.years == {"2022"}
