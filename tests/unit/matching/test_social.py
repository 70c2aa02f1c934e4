"""Posts copied from social media: links, handles, hashtags and sign-offs."""

from __future__ import annotations

import datetime as dt

from claimdesk.core.matching.features import features
from claimdesk.core.matching.index import ClaimRecord, MatchingIndex
from claimdesk.core.matching.social import clean

TWEET = (
    "Crowds in #LasVegas cheered @BernieSanders as 12,000 people marched "
    "https://t.co/Ab3De9Fg12pic.twitter.com/x7Y8z9 — Jane Roe (@jroe2050) April 3, 2020"
)


def test_links_sign_off_handles_and_hashtags_are_read_as_words() -> None:
    read = clean(TWEET)
    assert read.text == "Crowds in Las Vegas cheered Bernie Sanders as 12,000 people marched"
    assert read.posted == dt.date(2020, 4, 3)


def test_a_sign_off_cut_short_or_with_a_plain_dash_still_goes() -> None:
    assert clean("Vote now - Ann Lee (@annlee) October 03, 19").text == "Vote now"
    assert clean("Done.pic.twitter.com/ZZ1— Bob (@b_o_b) May 1, 2019").posted == dt.date(2019, 5, 1)
    plain = "Prices fell - again - in 2019, said @istat_it"
    assert clean(plain).text == "Prices fell - again - in 2019, said istat it"


def test_digits_of_links_and_the_posting_date_are_not_the_claim_s_figures() -> None:
    found = features(TWEET)
    assert found.numbers == frozenset({"12000"})
    assert found.years == frozenset()
    assert "april" not in found.names
    assert {"las", "vega", "bern", "sander"} <= found.words


def test_month_and_weekday_names_are_not_names() -> None:
    found = features("On Monday Smith said exports fell in April")
    assert found.names == frozenset({"smith"})


def test_a_post_finds_the_claim_it_repeats_and_only_earlier_ones() -> None:
    index = MatchingIndex()
    claims = {
        "old": ("Bernie Sanders drew 12,000 people to a rally in Las Vegas", dt.date(2020, 2, 1)),
        "later": ("Bernie Sanders drew 12,000 people to a rally in Las Vegas", dt.date(2020, 5, 1)),
        "other": ("A rally in Reno drew a crowd of 3,000 people", dt.date(2020, 1, 1)),
    }
    for ident, (text, day) in claims.items():
        index.add(ClaimRecord(id=ident, article_id=ident, text=text, published=day))
    found = [m.id for m in index.propose(TWEET)]
    assert found[0] == "old"
    assert "later" not in found  # published after the post's day
    assert "later" in [m.id for m in index.propose(TWEET, published=dt.date(2020, 6, 1))]


def test_a_post_s_author_named_by_a_claim_counts_for_it() -> None:
    post = "Obama will attack Iran. — Donald J. Trump (@realDonaldTrump) August 16, 2012"
    assert clean(post).author == "Donald J. Trump"
    index = MatchingIndex()
    claims = {
        "author": "Donald Trump predicted Obama would attack Iran",  # as many words as
        "other": "A columnist often predicted Obama would attack Iran",  # the other
    }
    for ident, text in claims.items():
        index.add(ClaimRecord(id=ident, article_id=ident, text=text))
    [best, second] = index.propose(post)
    assert best.id == "author" and "names the author (Trump)" in best.reason
    assert "names the author" not in second.reason


def test_a_quoted_post_s_sign_off_leaves_its_author_and_names_its_handle() -> None:
    post = (
        "Tulsi voted for the coup. — Cat Turd (@catturd2) October 31, 2019 No she didn't, "
        "@catturd2 is wrong https://t.co/Qn1 — Ann Coulter (@AnnCoulter) October 31, 2019"
    )
    read = clean(post)
    assert read.text == "Tulsi voted for the coup. Cat Turd. No she didn't, Cat Turd is wrong"
    assert read.author == "Ann Coulter" and read.posted == dt.date(2019, 10, 31)
    found = features(post)
    assert found.numbers == frozenset() and found.years == frozenset()


def test_a_link_glued_to_a_hashtag_or_handle_leaves_the_tag() -> None:
    read = clean("Shots fired #DaytonShooterpic.twitter.com/ab12 says @Kel2https://t.co/x9")
    assert read.text == "Shots fired Dayton Shooter says Kel"


def test_a_lower_case_hashtag_is_read_as_the_words_the_claims_hold() -> None:
    index = MatchingIndex()
    claims = {
        "flakes": "Kellogg's Corn Flakes were invented to curb appetites",
        "other": "Cereal boxes were invented to curb waste",
    }
    for ident, text in claims.items():
        index.add(ClaimRecord(id=ident, article_id=ident, text=text))
    assert index._split_tag("cornflakes") == "corn flakes"
    assert index._split_tag("cereal") == "#cereal"  # a known word stays whole
    assert index._split_tag("zzqxwvbnm") == "#zzqxwvbnm"  # nothing known: as it is
    assert index.propose("Google why were they invented #cornflakes")[0].id == "flakes"
