"""Claims' vectors: made from the model inside the wordllama wheel, compared by cosine."""

from __future__ import annotations

import numpy as np

from claimdesk.core.matching import semantic
from claimdesk.core.matching.features import features, plain_words
from claimdesk.core.matching.index import ClaimRecord, MatchingIndex

SHARK = "A photograph shows a shark swimming on a flooded highway"
SHARK_AGAIN = "A picture shows a shark in the water on a freeway after a hurricane"
TROOPS_IT = "La Russia ha schierato 100.000 soldati al confine con l'Ucraina"
TROOPS_EN = "Russia deployed 100,000 soldiers on the border with Ukraine"
WHEAT_EN = "The price of wheat rose 12 percent in March"


def vectors(*texts: str) -> np.ndarray:
    made = semantic.embed([semantic.text_of(t) for t in texts])
    assert made is not None, "the model inside the wordllama wheel could not be read"
    return made.astype(np.float32)


def test_vectors_are_unit_rows_and_paraphrases_are_closer_than_other_claims() -> None:
    shark, again, wheat = vectors(SHARK, SHARK_AGAIN, WHEAT_EN)
    assert shark.shape == (semantic.DIMENSIONS,)
    assert abs(float(np.linalg.norm(shark)) - 1) < 0.01
    assert float(shark @ again) > float(shark @ wheat) + 0.3


def test_one_claim_quoted_two_ways_gets_one_vector() -> None:
    a, b = vectors(
        'Trump said "my crimes can\'t be investigated"',
        "Trump said 'my crimes cant be investigated'",
    )
    assert float(a @ b) > 0.999


def test_across_languages_the_same_claim_is_closer_than_another() -> None:
    italian, english, wheat = vectors(TROOPS_IT, TROOPS_EN, WHEAT_EN)
    assert float(italian @ english) > float(italian @ wheat) + 0.1


def test_meaning_orders_proposals_that_share_the_same_words() -> None:
    query = "Shark swimming on a flooded highway after the hurricane"
    texts = {
        "fish": "Fish swam on a flooded highway",  # as many words as the other, two shared
        "toll": "Tolls rose on a flooded highway",
    }
    index = MatchingIndex()
    for ident, text in texts.items():
        index.add(ClaimRecord(id=ident, article_id=ident, text=text))
    q, fish, toll = vectors(query, texts["fish"], texts["toll"])
    closer = "fish" if float(q @ fish) > float(q @ toll) else "toll"
    found = index.propose(query)
    assert found[0].id == closer == "fish"
    assert all("meaning" in m.reason and "2 of" in m.reason for m in found)


def test_the_store_gives_zeros_to_slots_without_a_vector_and_keeps_rows_in_order() -> None:
    store = semantic.VectorStore()
    one = np.ones(semantic.DIMENSIONS, dtype=np.float16) / 16
    store.put(100, one)
    assert store.first(101).shape == (101, semantic.DIMENSIONS)
    assert not store.row(5).any() and not store.row(500).any()
    store.keep([100, 5])
    assert store.first(2)[0].tolist() == one.tolist() and not store.first(2)[1].any()
    assert store.cosines([0, 1], one).round(3).tolist() == [1.0, 0.0]  # unit length


def test_words_near_in_meaning_count_where_the_wording_differs() -> None:
    index = MatchingIndex()
    claims = {
        "kids": "A photograph shows children held in cages at the border",
        "other": "A report shows adults held in jails at the border",
    }
    for ident, text in claims.items():
        index.add(ClaimRecord(id=ident, article_id=ident, text=text))
    post = "This photo: kids in cages at the border."
    slots = [index._slots["kids"], index._slots["other"]]
    near = index._alignments(features(post), tuple(plain_words(post).values()), slots, 2)
    assert near[0] > near[1] + 0.1  # photo ~ photograph, kids ~ children
    assert index.propose(post)[0].id == "kids"


def test_a_headline_s_words_weigh_more_than_the_claim_s_and_survive_a_round_trip() -> None:
    index = MatchingIndex()
    index.add(
        ClaimRecord(
            id="titled", article_id="a", text="An image circulated online in 2019",
            title="Did Tom Brady flash a middle finger at the Super Bowl?",
        )
    )  # fmt: skip
    index.add(ClaimRecord(id="plain", article_id="b", text="Brady finger photo at Super Bowl"))
    again = MatchingIndex.from_plain(index.to_plain(), index.vectors())
    for kept in (index, again):
        best = kept.propose("Tom Brady's middle finger at the Super Bowl")[0]
        assert best.id == "titled"
