"""Function words of Italian and English that say nothing about what a claim claims.

The words are written folded (lower case, no accents), as :mod:`text` compares them.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ITALIAN = _words(
    """
    a ad al alla alle allo agli ai all anche ancora avere aveva avevano avra ben che chi ci
    cio come con contro cosi cui da dai dal dalla dalle dallo dagli degli dei del dell della
    delle dello di dopo dove e ed era erano essere essa esse essi esso fa fare fino fra gia
    gli ha hanno ho i il in invece io l la le lei li lo loro lui ma mai me mentre mi molto
    ne negli nei nel nell nella nelle nello noi non nostra nostro o ogni oltre per perche
    piu poi poiche proprio pure qua quale quali quando quanto quasi quella quelle quelli
    quello questa queste questi questo qui se sarebbe sara secondo sei senza si sia siamo
    sono sotto stata state stati stato su sua sue sugli sui sul sull sulla sulle sullo suo
    suoi tale tra tutti tutto un una uno vi voi gia detto dice dichiarato affermato
    """
)

ENGLISH = _words(
    """
    a about after again against all also am an and any are as at be because been before
    being between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself
    just me more most my no nor not now of off on once only or other our ours out over own
    said says same she should so some such than that the their theirs them then there these
    they this those through to too under until up very was we were what when where which
    while who whom why will with would you your according told stated claimed
    """
)

STOP_WORDS = ITALIAN | ENGLISH
