"""Italian attribution and denial cues, and the words around speakers in both languages.

The verbs are listed as they appear after an auxiliary ("ha detto"), as finite forms ("dice")
and as gerunds ("affermando"); each is a claim cue or a denial cue, strong (it reports speech
whatever follows) or weak (it needs a "che" or a quote, since "ha sostenuto i separatisti"
means "supported"). English cues are learnt from data: :mod:`claimdesk.core.nlp.cue_rates_en`.
"""

from __future__ import annotations

import re

from claimdesk.core.nlp.date_lexicon import alternation


def words(text: str) -> tuple[str, ...]:
    """The space-separated words of ``text``: word lists stay readable."""
    return tuple(text.split())


CLAIM = "claim"
DENIAL = "denial"

# Past participles read after "ha", "hanno", "aveva", "avrebbe".
PARTICIPLES_IT: dict[str, str] = {
    **dict.fromkeys(
        words(
            "detto dichiarato affermato aggiunto spiegato annunciato riferito sottolineato "
            "ribadito precisato risposto avvertito assicurato osservato ammesso denunciato "
            "accusato confermato rivelato scritto commentato raccontato replicato insistito "
            "avvisato garantito evidenziato chiarito ricordato comunicato attaccato "
            "ammonito rivendicato segnalato ribattuto attribuito ritenuto"
        ),
        CLAIM,
    ),
    "parlato di": CLAIM,
    "reso noto": CLAIM,
    "fatto sapere": CLAIM,
    **dict.fromkeys(words("negato smentito contestato respinto escluso"), DENIAL),
}
# Finite present forms and gerunds.
FORMS_IT: dict[str, str] = {
    **dict.fromkeys(
        words(
            "dice dicono afferma affermano dichiara dichiarano spiega spiegano aggiunge "
            "aggiungono annuncia sottolinea ribadisce avverte assicura riferisce denuncia accusa "
            "conferma replica dicendo affermando dichiarando spiegando aggiungendo sottolineando "
            "ribadendo assicurando avvertendo precisando osservando sostenendo riferiscono "
            "stima stimano prevede prevedono accusano denunciano ribadiscono sottolineano "
            "avvertono assicurano confermano annunciano spiegano precisa precisano osserva "
            "ribatte ribattono attribuisce attribuiscono ritiene ritengono"
        ),
        CLAIM,
    ),
    "si legge": CLAIM,
    **dict.fromkeys(
        ("si è detto", "si è detta", "si sono detti", "si sono dette", "si dice", "si dicono"),
        CLAIM,
    ),
    # "parlano di «richieste irrealistiche»": a claim only with a quotation (see QUOTED_IT).
    **dict.fromkeys(("parla di", "parlano di", "parlando di"), CLAIM),
    **dict.fromkeys(
        words(
            "nega negano smentisce smentiscono contesta contestano respinge respingono negando "
            "smentendo contestando respingendo esclude escludono escludendo"
        ),
        DENIAL,
    ),
}
# Cues that report something said only when a quotation follows them.
QUOTED_IT = frozenset(("parla di", "parlano di", "parlando di", "parlato di"))
# Cues that report speech only before "che"/"di" or a quote.
WEAK_IT = frozenset(
    words(
        "sostenendo sostenuto sostiene sostengono ammesso ricordato attaccato stima stimano "
        "prevede prevedono segnalato ritiene ritengono ritenuto"
    )
)
# Objects that make a denial verb deny a statement ("ha smentito le voci"), not refuse a thing
# ("ha negato l'accesso").
DENIED_STATEMENTS_IT = frozenset(
    words(
        "accuse accusa voci voce notizie notizia indiscrezioni indiscrezione affermazioni "
        "ricostruzione ricostruzioni ipotesi dichiarazioni illazioni insinuazioni critiche "
        "rivelazioni versione tesi addebiti sospetti coinvolgimento legami contatti "
        "responsabilità notizie report rapporto articolo accostamenti esistenza possibilità "
        "eventualità"
    )
)
AUXILIARIES_IT = words("ha hanno aveva avevano avrebbe avrebbero abbia abbiano avesse")
ADVERBS_IT = words(
    "anche poi già inoltre però invece ancora sempre infine ieri oggi più volte "
    "pubblicamente ripetutamente regolarmente duramente categoricamente fermamente "
    "nettamente esplicitamente chiaramente"
)
PREPOSITIONS_IT = (
    "secondo",
    "stando a",
    "stando ai",
    "stando al",
    "stando alla",
    "stando alle",
    "stando agli",
    "a detta di",
    "a detta del",
    "a detta della",
    "a detta dei",
    "a parere di",
    "per bocca di",
    "a quanto si apprende da",
    "a quanto riferito da",
    "a quanto riportato da",
)

# Capitalised words that open sentences or clauses and never name a speaker.
FUNCTION_WORDS = frozenset(
    words(
        "Il Lo La L I Gli Le Un Uno Una E Ed Ma O Però Anche Poi Quindi Inoltre Tuttavia "
        "Intanto Infatti Invece Oggi Ieri Domani Ora Così Per Con Da Dal Dalla In Nel Nella "
        "Su Sul A Al Alla Del Della Non Questo Questa Questi Queste Quest Quello Quella Quel "
        "Se Secondo Lui Lei Loro Noi Io Tu Voi Ci Si Ne C È Era Sono Ha Hanno Dopo Prima "
        "Mentre Quando Come Cosa Chi Perché Già Tra Fra Tutto Tutti Ogni Oltre Ricordando "
        "Alla Anche Mr Mrs Ms Dr The A An He She It They We I You His Her Its Their Our My "
        "This That These Those There Here But And Or So Yet However Meanwhile In On At For If "
        "When While After Before Since As According Although Because What Why How Who Where "
        "Some Many Most Both All Other One Still Now Then Also Today Yesterday Last Not Such "
        "Each Every Among During Despite With Without Under Over By From Instead"
    )
)
DETERMINERS = frozenset(
    words("il lo la l i gli le the un una uno a an questo questa quel quella this that")
)
NAME_LINKS = frozenset(words("di del della dei degli delle de da of for von van der al bin"))

_APOS = "['’]"


def _verbs(table: dict[str, str]) -> str:
    return alternation(table)


# "ha (regolarmente) negato", "hanno detto", "avrebbe smentito".
CUE_IT = re.compile(
    rf"(?i:\b(?P<aux>{alternation(AUXILIARIES_IT)})\s+(?:{alternation(ADVERBS_IT)}\s+|\w+mente\s+)"
    rf"{{0,2}}(?P<verb>{_verbs(PARTICIPLES_IT)}|sostenuto)\b|"
    rf"\b(?P<form>{_verbs(FORMS_IT)}|sostiene|sostengono)\b|"
    rf"\b(?P<prep>{alternation(PREPOSITIONS_IT)})\s+(?=(?:[A-ZÀ-Ý]|(?:il|la|lo|l{_APOS}|i|gli|le)"
    rf"\s*\w)))"
)
