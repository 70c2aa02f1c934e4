"""Claimants as a fact-checker writes them, from the phrase that names a speaker.

"House Speaker Paul D. Ryan (R-Wis.)" is "Paul D. Ryan", "il ministro dell'Ambiente Gilberto
Pichetto Fratin" is "Gilberto Pichetto Fratin" (the role is left out), "la portavoce Maria
Zakharova" is "Maria Zakharova"; an organisation or a plural source is kept ("the Clinton
campaign" -> "Clinton campaign", "fonti del Cremlino", "officials"); a date, a weekday, an
adverb or a lone title is never a claimant.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimdesk.core.nlp.cues import FUNCTION_WORDS, words

__all__ = ["FEMALE_NAMES", "bare_pronoun", "claimant_of", "is_pronoun"]

# First names that say "she" (English and Italian news): pronouns resolve to the right person.
FEMALE_NAMES = frozenset(
    words(
        "hillary chelsea melania ivanka michelle nancy elizabeth sarah sara mary maria anna "
        "anne ann jane janet susan karen linda barbara patricia jennifer jessica emily emma "
        "olivia sophia laura lisa amy kelly kellyanne megyn carly nikki kamala dianne "
        "kirsten amy tammy huma donna debbie loretta condoleezza madeleine angela theresa "
        "marine ursula christine kristalina hope katie kate catherine margaret helen ellen "
        "julia julie rachel rebecca ruth carol sharon deborah michele joni jill jeanne "
        "samantha valerie stephanie heather nicole andrea diane lauren jean joan martha "
        "alice claire hannah grace victoria natalie gloria rosa roberta giorgia elly "
        "chiara francesca giulia paola laura silvia federica valentina alessandra daniela "
        "elena marta lucia cristina simona barbara monica teresa carla luisa emma mara "
        "marina irene beatrice letizia ilaria stefania raffaella lorenza mariastella "
        "licia nunzia mara annalena kaja roberta antonella manuela"
    )
)

# Words that open a role before a name, in either language: "President", "Rep.", "il ministro".
TITLES = frozenset(
    words(
        "mr mrs ms miss dr prof sen senator rep representative gov governor president "
        "vice speaker house secretary minister prime chief chairman chairwoman chair ceo "
        "director spokesman spokeswoman spokesperson attorney general judge justice gen "
        "lt col adm mayor former candidate nominee leader leaders democratic republican gop "
        "state u.s. us sheriff commissioner ambassador pope king queen prince sir lord "
        "presidente ministro ministra sottosegretario portavoce premier segretario segretaria "
        "sindaco sindaca governatore governatrice senatore senatrice deputato deputata "
        "vicepremier viceministro commissario commissaria direttore direttrice ad "
        "amministratore delegato capo leader onorevole on dott dottor dottoressa avv "
        "generale ambasciatore ambasciatrice procuratore procuratrice cancelliere "
        "cancelliera zar ex alto alta vicepresidente vicepresidentessa vicesegretario "
        "vicesegretaria sottosegretaria viceministra vicesindaco vicesindaca ministra "
        "rappresentante prefetto prefetta questore consigliere "
        "consigliera assessore assessora giudice pm rettore vescovo cardinale papa "
        "capogruppo coordinatore coordinatrice garante presidentessa senate majority "
        "minority whip press deputy assistant acting executive founder co-founder manager "
        "strategist adviser advisor aide pollster economist analyst professor historian"
    )
)
# Words that are never a claimant on their own.
NOT_CLAIMANTS = frozenset(
    words(
        "monday tuesday wednesday thursday friday saturday sunday january february march "
        "april may june july august september october november december today yesterday "
        "tomorrow tonight never ever always however meanwhile still also then now later "
        "earlier recently instead here there this that these those it its one some others "
        "lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo "
        "aprile maggio giugno luglio agosto settembre ottobre novembre dicembre oggi ieri "
        "domani mai sempre però intanto inoltre ancora poi ora questo questa quello quella "
        "rep sen gov mr mrs ms dr read click watch photo video getty ap reuters ansa even "
        "day days week weeks month months year years hours minutes"
    )
)
PRONOUNS = frozenset(
    words("he she they we i you him her them it lui lei loro noi io egli ella essi esse esso essa")
)
_LEADING = frozenset(
    words(
        "the a an some two three four five several many most other another one both all "
        "its his her their our this that these those il lo la l i gli le un uno una dei degli "
        "delle alcuni alcune molti diversi due tre quattro cinque"
    )
)
_LINKS = frozenset(words("of di de del della dei degli delle von van der den da du bin al la le"))
_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*|\d[\w.\-]*|\(|\)|[,—–]")
_INITIAL = re.compile(r"[A-ZÀ-Ý]\.(?:[A-Z]\.)*\Z")
_SUFFIX = frozenset(words("jr. jr sr. sr ii iii iv"))
_ELIDED = re.compile(r"(?i:\A(?:l|d|dell|all|dall|nell|sull)['’])")
_MAX_COMMON = 6
ORGANISATION_HEADS = frozenset(
    words(
        "Department University Bank Ministry Institute College Board Council Office School "
        "Church Bureau Association Federation Union League Republic State States Court "
        "House Chamber Party Center Centre Museum Academy Society Committee Commission "
        "Agency Fund Foundation City Secretary Attorney Chief Director Friends Daughters "
        "Sons Coalition Alliance Conference Organization Organisation Corps Army Navy "
        "Comune Regione Provincia Banca Ministero Università Camera Tribunale Corte Procura "
        "Consiglio Commissione Agenzia Istituto Associazione Federazione Ufficio Autorità "
        "Cassa Banco Fondazione Ordine Collegio Unione Partito Movimento Stati"
    )
)
_DEFINITE = frozenset(words("the il lo la i gli le"))
_ROLE_LINKS = frozenset(words("of for a in at to alla allo ai agli alle"))
_DOCUMENTS = frozenset(
    words(
        "dati rapporto report stime stima sondaggio studio analisi nota comunicato documento "
        "ricerca indagine bollettino relazione data study survey poll analysis statement "
        "figures estimates memo"
    )
)
_QUANTIFIERS = frozenset(words("many most some several few all both"))
_INNER_DETERMINERS = frozenset(words("a an the il lo la un una uno"))
_NOT_ADVERBS = frozenset(words("family ally assembly supply rally italy july"))
_PRONOUN_LIKE = frozenset(
    words("everything nothing something anything everyone everybody nobody someone somebody")
)
# Nouns naming a company or a body before its name: "la società Lattiera Sarda" is
# "Lattiera Sarda", "l'istituto Demopolis" is "Demopolis".
GENERIC_BODIES = frozenset(
    words(
        "società azienda gruppo istituto compagnia impresa colosso holding multinazionale "
        "quotidiano giornale settimanale emittente sito company firm group newspaper"
    )
)
# "about half of", "52 percent of", "more than 4 in 10", "la maggioranza degli"
_QUANTITY = re.compile(
    r"(?i:(?:about|nearly|almost|roughly|some|more\s+than|less\s+than|fewer\s+than|over|"
    r"at\s+least|circa|quasi|oltre|più\s+di|meno\s+di)?\s*"
    r"(?:\d[\d.,]*\s*(?:%|percent|per\s+cent|per\s+cento)?(?:\s+in\s+\d+)?|half|a\s+third|"
    r"a\s+quarter|two-thirds|a\s+majority|the\s+majority|la\s+maggioranza|metà)"
    r"(?:\s+(?:of|di|dei|degli|delle|del|della)\s+(?:the\s+)?|\s+))"
)
_BY = frozenset(words("da dal dalla dai dalle dagli dallo"))
_DOCUMENT_LINKS = frozenset(words("di del della dei degli delle of by from"))
_CLAUSE_WORDS = frozenset(
    words(
        "is are was were be been being has have had do does did could would should will can "
        "may might must not he she it they we i you i've i'm it's that which who whom whose "
        "what if as when while because than then there here all doing being having going "
        "saying trying making getting ha hanno è sono era erano "
        "stato stata essere avere non che chi cui quando mentre se perché come"
    )
)
_CLAUSE_OPENERS = frozenset(
    words(
        "to from by in on at for with among about into over after before during through "
        "against without under between within even just only also a per con su tra fra dopo "
        "prima durante contro senza anche solo"
    )
)
# Complements of a role that stand between a title and the name: "Secretary of State John Kerry".
_COMPLEMENTS = frozenset(words("State Defense Treasury Justice Interior Homeland Esteri Interno"))


_CONTRACTION = re.compile(r"['’](?:s|re|ll|d|ve|m)\Z")


def is_pronoun(phrase: str) -> bool:
    """ "he", "She", "they're", "he’s": a personal pronoun (a contraction allowed)."""
    return _CONTRACTION.sub("", phrase.strip().casefold()) in PRONOUNS


def bare_pronoun(phrase: str) -> str:
    return _CONTRACTION.sub("", phrase.strip().casefold())


def _capitalised(token: str) -> bool:
    bare = _ELIDED.sub("", token)
    return bare[:1].isupper()


def _is_title(token: str) -> bool:
    return _ELIDED.sub("", token).rstrip(".").casefold() in TITLES or token.casefold() in TITLES


@lru_cache(maxsize=8192)
def claimant_of(phrase: str) -> str | None:
    """The claimant a phrase names, or ``None`` when it names nobody."""
    found = _claimant_of(phrase)
    if found is None:
        return None
    words_found = found.split()
    while words_found and (
        words_found[-1].casefold().rstrip(".") in NOT_CLAIMANTS or _adverb(words_found[-1])
    ):
        words_found.pop()  # "Trump Saturday", "Anderson largely": never a date or an adverb
    if words_found and words_found[0].casefold() in _PRONOUN_LIKE:
        return None  # "Everything Trump (says)": what is said, not who says it
    if len(words_found) == 1 and _fragment_word(words_found[0]):
        return None  # "Having", "few": a sentence's first word or a quantifier, not a name
    if any(w.casefold() in _INNER_DETERMINERS for w in words_found[1:]) and all(
        w.islower() for w in words_found
    ):
        return None  # "baseless a claim": a piece of a clause
    return " ".join(words_found) or None


def _adverb(token: str) -> bool:
    """An English adverb in -ly ("largely", "promptly"); "Italy", "Kelly" are names."""
    return token.islower() and len(token) > 4 and token.endswith("ly") and token not in _NOT_ADVERBS


def _fragment_word(token: str) -> bool:
    low = token.casefold()
    if low in _QUANTIFIERS:
        return True
    return low.endswith("ing") and token[:1].isupper() and len(low) > 5


def _claimant_of(phrase: str) -> str | None:
    tokens = _TOKEN.findall(phrase)
    while tokens and tokens[0].islower() and tokens[0] in NOT_CLAIMANTS:
        tokens = tokens[1:]  # "(ha detto) ieri Carla Menegazzi"
    # Drop a bracketed party and state ("(R-Wis.)") and anything after a comma but a name.
    out: list[str] = []
    depth = 0
    for token in tokens:
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif not depth:
            out.append(token)
    parts: list[list[str]] = [[]]
    for token in out:
        if token in ",—–":
            parts.append([])
        else:
            parts[-1].append(token)
    parts = [p for p in parts if p]
    if not parts:
        return None
    inner = _behind_document(parts[0])
    if inner is not None:
        return claimant_of(" ".join(inner))  # "i dati del Viminale" -> "Viminale"
    first = list(parts[0])
    while first and (first[0].casefold() in _LEADING or _ELIDED.fullmatch(first[0])):
        first = first[1:]
    first = [_ELIDED.sub("", first[0]), *first[1:]] if first else []
    if _organisation(first):
        return " ".join(first)  # "Medici senza frontiere", "Organizzazione mondiale della sanità"
    behind = _behind_body(first)
    if behind is not None:
        return behind
    common_first = bool(first) and first[0].isalpha() and first[0].islower()
    if common_first and not _is_title(first[0]):  # noqa: SIM102
        if len(parts) == 1 or _name_in(parts[1]) is None:
            return _common(parts[0])  # "fonti del Cremlino", "attorneys for the family"
    named = [_name_in(p) for p in parts]
    persons = [n for n in named[1:2] if n is not None and _person_like(n)]
    own = named[0]
    complement = own is None or own[:1].islower()  # "(l'assessore ai Trasporti) del Comune"
    if persons and complement and first and _is_title(first[0]):
        # "l'assessore ai Trasporti del Comune di Napoli, Vittorio Esposito": the person
        return persons[0]
    # "A lawyer for the outlets, David Schulz": the name; else the first part.
    for index, name in enumerate(named):
        if name is not None and (index == 0 or _person_like(name)):
            role = name.split()[-1].islower()  # "the Trump campaign manager, Corey Lewandowski"
            later = [n for n in named[index + 1 :] if n is not None and _person_like(n)]
            return later[0] if role and later and not later[0].split()[-1].islower() else name
    return _common(parts[0]) or next((n for n in named if n), None)


def _behind_document(tokens: list[str]) -> list[str] | None:
    """The source behind a document or a report: "i dati del Viminale", "il rapporto di
    Legambiente", "quanto riferito da fonti della Farnesina", "a report by the council"."""
    rest = list(tokens)
    while rest and rest[0].casefold() in _LEADING:
        rest = rest[1:]
    if (
        len(rest) >= 3
        and rest[0].casefold() == "quanto"
        and rest[2].casefold() in ("da", "dal", "dalla", "dai", "dalle", "dagli")
    ):
        return rest[3:] or None
    if (
        len(rest) >= 3
        and rest[0].casefold() in _DOCUMENTS
        and rest[1].casefold() in _DOCUMENT_LINKS
    ):
        return rest[2:]
    if len(rest) >= 2 and _ELIDED.match(rest[1]) and rest[0].casefold() in _DOCUMENTS:
        return [_ELIDED.sub("", rest[1]), *rest[2:]]  # "il rapporto dell'Istat"
    return None


def _behind_body(tokens: list[str]) -> str | None:
    """The name after a company's or a body's common noun: "società (di trading) Granaria
    Levante" -> "Granaria Levante", "istituto Demopolis" -> "Demopolis"."""
    if len(tokens) < 2 or tokens[0].casefold() not in GENERIC_BODIES:
        return None
    rest = tokens[1:]
    if rest[0].casefold() in ("di", "del", "della", "dei", "delle", "of"):
        rest = rest[1:]
        while rest and rest[0].islower() and len(rest) > 1:
            rest = rest[1:]  # "di trading", "di consulenza"
    if len(rest) >= 2 and rest[0] in ("Il", "La", "Lo", "The") and _capitalised(rest[1]):
        return " ".join(rest)  # "il quotidiano Il Tirreno": a title keeps its article
    if not rest or not _capitalised(rest[0]) or rest[0] in FUNCTION_WORDS:
        return None
    return _name_in(rest)


def _letters(token: str) -> bool:
    return token.replace("'", "").replace("’", "").isalpha()


def _organisation(tokens: list[str]) -> bool:
    """A capitalised word and lowercase words naming one body: "Commissione europea"."""
    if not 2 <= len(tokens) <= 7 or not tokens[0][:1].isupper() or _is_title(tokens[0]):
        return False
    if tokens[0] in FUNCTION_WORDS or tokens[0].casefold() in NOT_CLAIMANTS:
        return False
    rest = tokens[1:]
    return (
        all(
            (t.islower() and _letters(t) and not _verb_like(t)) or t.casefold() in _LINKS
            for t in rest
        )
        and rest[-1].casefold() not in _LINKS
        and any(len(t) > 3 for t in rest)
    )


def _person_like(name: str) -> bool:
    return len(name.split()) >= 2


def _linked(tokens: list[str], index: int) -> bool:
    """Whether ``tokens[index]`` is a particle inside a name ("von der Leyen", "de Magistris")."""
    if tokens[index].casefold() not in _LINKS:
        return False
    for token in tokens[index + 1 : index + 3]:
        if _capitalised(token):
            return True
        if token.casefold() not in _LINKS:
            return False
    return False


def _name_in(tokens: list[str]) -> str | None:
    """The run of capitalised words (with linking particles and initials) in ``tokens``,
    titles and a role's complement ("dell'Ambiente", "del Cremlino", "of State") stripped
    from its front; the longest such run."""
    runs: list[tuple[bool, list[str]]] = []  # (after a role, words)
    current: list[str] = []
    after_role = False
    for index, token in enumerate(tokens):
        elided = bool(_ELIDED.match(token))
        bare = _ELIDED.sub("", token)
        linked = bool(current) and _linked(tokens, index)
        suffix = bool(current) and token.casefold() in _SUFFIX
        if elided and current and not _is_title(current[-1]) and _capitalised(bare):
            current.append(token)  # "Banca d'Italia", "Ministero dell'Economia"
            continue
        if elided and current:
            runs.append((after_role, current))  # "Ministro dell'Ambiente": a complement
            current = []
        if bare and (_capitalised(bare) or linked or suffix):
            if not current:
                after_role = _after_role(tokens, index)
            current.append(token if linked else bare)
        else:
            if current:
                runs.append((after_role, current))
            current = []
    if current:
        runs.append((after_role, current))
    best: list[str] = []
    for role, run in runs:
        titles = 0
        while run and (_is_title(run[0]) or run[0].casefold() in _LEADING or run[0] in _LINKS):
            titles += _is_title(run[0])
            run = run[1:]
        if run and not titles and _complement(run, role):
            run = run[1:]  # "(ministro dell')Ambiente Gilberto Pichetto Fratin"
            while run and "'" in run[0].replace("’", "'"):
                run = run[1:]  # "(governatore della) Banca d'Italia Ignazio Visco"
        run = _person_before_of(run)
        while run and run[-1].casefold() in _LINKS:
            run = run[:-1]
        if run and all(t.casefold().rstrip(".") in NOT_CLAIMANTS for t in run):
            run = []
        if len(run) == 1 and run[0] in FUNCTION_WORDS:
            run = []  # "Even", "However": a capitalised word opening the sentence
        if len(run) > len(best):
            best = run
    if not best:
        return None
    # An organisation named by a capitalised word and a common noun: "Clinton campaign".
    end = tokens.index(best[-1]) if best[-1] in tokens else -1
    tail = tokens[end + 1 :] if end >= 0 else []
    nouns = all(t.islower() and t.isalpha() and len(t) > 2 and not t.endswith("ly") for t in tail)
    joined = any(t in _LINKS or t in ("and", "e") or _verb_like(t) for t in tail)
    if tail and len(tail) <= 2 and nouns and not joined:
        best = [*best, *tail]
    name = " ".join(best).rstrip(",")
    return name.removesuffix("’s").removesuffix("'s") or None


def _person_before_of(run: list[str]) -> list[str]:
    """ "Paul Sperry of Counter Jihad" -> "Paul Sperry"; "Bank of America" stays whole."""
    for index, token in enumerate(run):
        if token.casefold() in ("of", "di", "del", "della", "dei", "degli", "delle"):
            if index >= 2 and run[index - 1] not in ORGANISATION_HEADS:
                return run[:index]
            return run
    return run


def _after_role(tokens: list[str], index: int) -> bool:
    """Whether the run starting at ``index`` follows a role and a link ("ministro degli",
    "portavoce del", "ministro dell'") or the elided link is in the token itself."""
    back = index - 1
    if not _ELIDED.match(tokens[index]):
        if back < 0 or tokens[back].casefold() not in _LINKS | _ROLE_LINKS:
            return False
        back -= 1
    while back >= 0 and tokens[back].casefold() in _LINKS | {"the"}:
        back -= 1
    # "l'ambasciatore russo a Roma", "il segretario generale della Nato", "l'ambasciatore
    # del Cile a Roma": up to a role, over a few words, links and a place
    for _ in range(4):
        if (
            back > 0
            and not _is_title(tokens[back])
            and (tokens[back].islower() or tokens[back - 1].casefold() in _LINKS | _ROLE_LINKS)
        ):
            back -= 1
    return back >= 0 and _is_title(tokens[back])


def _complement(run: list[str], after_role: bool) -> bool:
    """Whether the run's first word completes a role rather than opening the name."""
    if after_role:
        return True  # "del Cremlino Dmitry Peskov", "dell'Ambiente Gilberto Pichetto Fratin"
    return len(run) >= 3 and run[0] in _COMPLEMENTS  # "State John Kerry"


def _verb_like(token: str) -> bool:
    """A word that makes a phrase a clause: a pronoun, an auxiliary, a verb form."""
    return token.casefold() in _CLAUSE_WORDS


def _common(tokens: list[str]) -> str | None:
    """A source named by common nouns: "officials", "fonti del Cremlino", "the police" (a
    definite article is kept, a quantifier is not: "some experts" -> "experts")."""
    article = ""
    quantity = _QUANTITY.match(" ".join(tokens))
    if quantity is not None and quantity.end() < len(" ".join(tokens)):
        tokens = " ".join(tokens)[quantity.end() :].split()  # "about half of the voters"
    quantified = bool(tokens) and tokens[0].casefold() in _QUANTIFIERS and len(tokens) > 2
    if quantified and tokens[1].casefold() in _CLAUSE_OPENERS:  # "many in the crowd"
        return " ".join(t.casefold() if i == 0 else t for i, t in enumerate(tokens))
    while tokens and (tokens[0].casefold() in _LEADING or _ELIDED.fullmatch(tokens[0])):
        if tokens[0].casefold() in _DEFINITE:
            article = tokens[0].casefold() + " "
        tokens = tokens[1:]
    if tokens and _ELIDED.match(tokens[0]):
        elided = _ELIDED.match(tokens[0])
        assert elided is not None
        article = elided.group().casefold() if elided.group()[:1] in "lL" else ""
        tokens = [_ELIDED.sub("", tokens[0]), *tokens[1:]]
    if not tokens:
        return None
    if all(t.casefold().rstrip(".") in NOT_CLAIMANTS for t in tokens):
        return None
    if not any(t[:1].isalpha() for t in tokens):
        return None
    if tokens[0].casefold() in _CLAUSE_OPENERS or _verb_like(tokens[0]):
        return None  # "to the Islamic State", "is running a TV spot": a fragment
    clause = next((i for i, t in enumerate(tokens) if _verb_like(t)), len(tokens))
    tokens = tokens[:clause]  # "a senior official who spoke ..." -> "senior official"
    while tokens and tokens[-1].casefold() in _LINKS | _CLAUSE_OPENERS | _LEADING:
        tokens = tokens[:-1]
    if not tokens or len(tokens) > _MAX_COMMON:
        return None
    if tokens[0][:1].isupper() or len(tokens) > 3:
        article = ""
    return article + " ".join(tokens)
