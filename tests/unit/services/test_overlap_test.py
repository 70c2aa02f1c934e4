"""The fast overlap test that hides suggestions already marked agrees with the plain one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimdesk.core.services.articles import overlap_test

span = st.tuples(st.integers(0, 200), st.integers(1, 40)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(span, max_size=30), st.lists(span, max_size=30))
def test_it_answers_as_comparing_every_pair_would(
    claims: list[tuple[int, int]], asked: list[tuple[int, int]]
) -> None:
    overlaps = overlap_test(claims)
    for start, end in asked:
        plain = any(s < end and start < e for s, e in claims)
        assert overlaps(start, end) == plain


def test_touching_spans_do_not_overlap() -> None:
    overlaps = overlap_test([(10, 20), (30, 40)])
    assert not overlaps(20, 30)
    assert overlaps(19, 21) and overlaps(0, 11) and not overlaps(0, 10)
