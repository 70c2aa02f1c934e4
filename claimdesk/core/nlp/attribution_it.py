"""Who says what in Italian: claim and denial suggestions from attribution and denial cues.

For every cue (:mod:`claimdesk.core.nlp.cues`) in a sentence the speaker is looked for where
Italian puts it: before the verb ("Stoltenberg ha detto che", "Il ministro dell'Ambiente
Gilberto Pichetto Fratin ha assicurato"), after it ("ha detto Stoltenberg", "sostiene
l'associazione", '«...», ha detto il portavoce del Cremlino Dmitry Peskov'), after a
preposition ("secondo Kyiv"). When the clause does not name one (a dropped subject: "Ha negato
di ..."), the speaker is the entity the text was last talking about: the subject of the latest
sentence that opened with one, or the latest speaker.

The span is the reported content: the quotation the cue attributes, the clause after "che" (or
from "di" on), the clause before a final ", ha detto X", the denied clause from the cue on, or
the whole sentence when none of these can be isolated (then with a low confidence). A denial
verb with a thing for object ("ha negato l'accesso") refuses rather than denies: it stays
under the threshold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimdesk.core.model import ClaimKind, Span, Suggestion
from claimdesk.core.nlp import cues
from claimdesk.core.nlp.claimant_registry import canonical, display, known_entity, name_key
from claimdesk.core.nlp.claimants import claimant_of

__all__ = ["suggest_it"]

_NAME = r"(?:[A-ZÀ-Ý][\w'’\-]*|[A-Z]{2,})"
_ARTICLE = r"(?i:il|la|lo|l['’]|the)"
_CAP_WORD = re.compile(r"[A-ZÀ-Ý][\w'’\-]*|[A-Z]{2,}")
_TOKEN = re.compile(r"[^\W_][\w\-]*['’]?|[\"“”«»]|[,;:.!?()]")
_QUOTE_OPEN = '"“«'
_QUOTE_CLOSE = '"”»'
_LEADING_JUNK = " \t\n,;:\"“”«»'"
_TRAILING_JUNK = " \t\n,;:.\"“”«»'"

_COMPLEMENTISER = re.compile(
    r"\s*(?:(?P<che>che|that)\b|(?P<di>di|d['’])(?=\s*\w)|:\s*(?=[\"“«]))", re.IGNORECASE
)
# What may stand between a verb and its "che"/"that": an addressee, a time, a place.
_BETWEEN = re.compile(
    r"(?i:\s*(?:(?:a|ai|alla|al|agli|alle|to|on|in|at|from)\s+[\w'’.\- ]{1,40}?|"
    r"(?:reporters|journalists|giornalisti)|(?:oggi|ieri|today|yesterday|on\s+\w+day)|"
    r"(?:per\s+la\s+prima\s+volta|ancora\s+una\s+volta|più\s+volte|pubblicamente|"
    r"apertamente|invece|però|inoltre|anche|poi|comunque|tuttavia|infatti|ora))?"
    r"(?=\s*(?:che|that)\b|\s*(?:di|d['’])(?=\s*\w)))"
)
_CONNECTORS = re.compile(r"(?i:(?:[\s,;:]+(?:e|ed|and|but|ma|che|that|while|mentre))+\s*\Z)")
_SUBJECT_VERB = re.compile(
    r"\s+(?:(?:\w+mente|anche|also|poi|già|non|not)\s+)?(?:ha|hanno|è|era|sono|erano|aveva|"
    r"avevano|has|have|had|is|was|were|will|would|said|says|\w+(?:ato|uto|ito)\b)"
)
_AFTER_NAME = re.compile(
    rf"\s*(?:(?i:ieri|oggi|poi|anche|infine|today|yesterday)\s+)?"
    rf"(?P<phrase>(?:{_ARTICLE}\s*)?(?P<name>{_NAME}(?:\s+(?:(?:of|di|del|della|dei|de|von|"
    rf"van)\s+)?{_NAME})*))"
)
_AFTER_COMMON = re.compile(
    rf"\s*(?P<phrase>(?:{_ARTICLE}|(?i:i|gli|le))\s*[^\W\d_]+(?:\s+[^\W\d_]+)?)"
    r"(?=\s*[,.;:]|\s*\Z|\s+(?:che|that|ha|hanno|è|has|have|is|was)\b)"
)
# A speaker after an inverted cue: an article or a role, then words up to a pause or an
# adverbial ("il portavoce del Cremlino Dmitry Peskov | ai giornalisti").
_ROLE_AFTER = re.compile(
    r"\s*(?:(?i:ieri|oggi|poi|anche|infine|inoltre|ancora|invece)\s+)*"
    r"(?!(?i:a|ai|al|alla|alle|agli|in|nel|su|per|con|da|dal|di|tra|fra|presso|che|di)\b)"
    r"(?P<phrase>(?:(?i:il|la|lo|i|gli|le|un|una|uno)\s+|(?i:l|un)['’])?[^\W\d_][\w'’\-]*"
    r"(?:\s+[^\W\d_][\w'’\-]*){0,9}?)"
    r"(?=\s*[,.;:!?(«\"“]|\s+(?:ai|agli|alla|al|alle|a)\b(?!\s*[A-ZÀ-Ý]\w*\s+[A-ZÀ-Ý])|"
    r"\s+(?:in|nel|nella|durante|dopo|davanti|su|"
    r"sul|sulla|per|con|che|e|mentre|oggi|ieri|intervenendo|parlando|rispondendo|aggiungendo|"
    r"spiegando|sottolineando|secondo)\b|\s*\Z)"
)
# The name set off after a role: "il presidente della Regione, Antonio De Luchi, alle critiche".
_APPOSED_AFTER = re.compile(
    r"\s*,\s*(?P<name>[A-ZÀ-Ý][\w'’\-]+(?:\s+(?:(?:de|di|da|del|della|van|von|der)\s+)?"
    r"[A-ZÀ-Ý][\w'’\-]+){1,3})(?=\s*[,.;:]|\s*\Z)"
)
# "In un comunicato", "In una nota diffusa in serata": what opens a clause before its subject.
_INTRODUCTION = re.compile(
    r"(?i:(?:in|con|nel|nella)\s+(?:un|una|un['’])\s*(?:nota|comunicato|dichiarazione|"
    r"intervista|post|messaggio|lettera)(?:\s+[a-zà-ù]+){0,3})"
)
_AND_BEFORE = re.compile(r"(?i:\s(?:e|ed|and)\s+(?:(?:\w+mente|anche|poi|also)\s+)?\Z)")
# A second verb joined to a denial ("respingono le accuse e parlano di ..."): the denied part
# ends before it.
_JOINED_VERB = re.compile(
    r"(?:,\s*|\s+)(?:e|ed|ma)\s+(?:(?:ha|hanno|aveva|avevano)\s+(?:\w+mente\s+)?[a-zà-ù]+"
    r"(?:ato|uto|ito)|[a-zà-ù]+(?:ano|ono|isce|iscono))\b"
)
# Cues whose object is what they report: "attribuisce l'esplosione a un sabotaggio".
_OBJECT_CUES = frozenset(cues.words("attribuisce attribuiscono attribuito"))
# A company or a body introduced by its common noun, and the noun's class: a later "l'azienda"
# or "la società" is the company last named so.
_BODY_CLASS = {
    **dict.fromkeys(
        cues.words("società azienda gruppo compagnia impresa holding multinazionale colosso"),
        "company",
    ),
    "istituto": "istituto",
    "associazione": "associazione",
}
_BODY_HINT = re.compile(
    r"(?i:società|azienda|gruppo|compagnia|impresa|holding|colosso|istituto|"
    r"associazione|multinazionale)"
)
_BODY_INTRO = re.compile(
    r"\b(?i:la|il|lo|l['’]|un|una|un['’])\s*(?P<noun>(?i:" + "|".join(_BODY_CLASS) + r"))"
    r"(?:\s+(?:di|del|della)\s+[a-zà-ù]+)?\s+"
    r"(?P<name>[A-ZÀ-Ý][\w'’\-]*(?:\s+[A-ZÀ-Ý][\w'’\-]*){0,3})"
)
_BODY_NAME = re.compile(
    r"\b(?P<noun>Associazione|Istituto|Società|Gruppo|Compagnia|Azienda)"
    r"(?:\s+(?:(?:di|del|della|dei|degli|delle)\s+)?(?:dell['’]|d['’])?[A-ZÀ-Ý][\w'’\-]*)+"
)
_COMMON_SUBJECT = re.compile(
    r"(?P<phrase>(?:Il|Lo|La|I|Gli|Le|L['’])\s*(?P<noun>[a-zà-ù]{2,}(?:\s+[a-zà-ù]{3,}){0,2}))"
    r"(?=\s+(?:(?:\w+mente|anche|poi|già|non)\s+)?(?:ha|hanno|è|sono|aveva|avevano)\s)"
)
_PARTICIPLE = re.compile(r"[a-zà-ù]{3,}(?:at|it|ut)[oaie]")
# A role's complement up to the comma before the name ("ai Trasporti del Comune di Napoli").
_ROLE_TAIL = re.compile(
    r"\s+(?:ai|al|alla|alle|agli|allo|del|della|dei|degli|delle|dello|di|per)\b"
    r"(?:\s+[\w'’\-]+){1,8}?(?=,)"
)
_COORDINATED = re.compile(rf"\s+(?:e|ed|and)\s+(?:{_ARTICLE}\s*)?{_NAME}(?:\s+{_NAME})*")
_PLAIN_PHRASE = re.compile(r"\s*(?P<phrase>[^\W\d_][\w'’]*(?:\s+[^\W\d_][\w'’]*){0,5})(?=\s*,)")
_SUBJECT_TAIL = re.compile(
    r"\s+(?:di|del|della|delle|dei|degli|dell['’]|of|for)\s*[\w'’]+(?:\s+[\w'’]+){0,4}?(?=,)"
)
_APPOSITION = re.compile(
    r"\s*,\s*+(?!(?i:il|lo|la|l['’]|i|gli|le|un|una|uno|the|a|an)\b)(?![^,]*\b(?:ha|hanno|è|sono|has|have|is|are)\b)[^,]{1,80},"
)
_LEADING_COMMA = re.compile(r"\s*,")
_QUOTE_TAIL = re.compile(
    r"[\"”»],?\s*(?:(?:(?i:he|she|they|it|the|la|il|lo|l['’])\s*)?[\w'’\-]+"
    r"(?:\s+[\w'’\-]+){0,3}(?:,\s[^,]{1,60},?)?)?\s*\Z"
)
_QUOTE_AFTER = re.compile(r"\s*:?\s*[\"“«]")
_OF = re.compile(r"(?i:\b(?:of|di)\s+)")
_NOUN_BEFORE = re.compile(
    r"(?i:(?:\b(?:l|un|dell|all|sull)['’]|\b(?:la|il|un|una|the|a|le|sue|sua)\s+)\Z)"
)
_TIME_WORDS = frozenset(
    cues.words(
        "mese anno settimana ieri oggi poi anche inoltre infine allora quindi intanto già "
        "ancora questo questa quest also then later earlier today yesterday"
    )
)
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "lui", "lei", "loro", "essa", "esso"])
_ADVERBS = frozenset(["also", "anche", "poi", "then", "however", "però"])
_SHORT_HEAD = 6  # tokens: "Il ritardo," before a parenthetical cue
_CLAUSE_OPENERS_IT = frozenset(
    cues.words("che se quando mentre dopo prima perché poiché anche ma e non ha hanno è")
)
_DENIED_CLAUSE = re.compile(
    r"(?i:\s*(?:(?:categoricamente|fermamente|seccamente|ancora|anche|più\s+volte)\s+)*"
    r"(?:di\b|d['’]|che\b|:|,|[«\"“]|ogni\b|qualsiasi\b|qualunque\b|alcun|that\b))"
)
# "L'esercito non ha commentato": nothing said.
_NEGATION = re.compile(r"(?i:\b(?:non|not|never|mai)\s+\Z)")
_REPLIES = frozenset(cues.words("replicato risposto ribattuto replica risponde ribatte"))
_NEGATED = re.compile(
    r"(?i:[«\"“]?\s*(?:non\s+(?:è\s+vero|è\s+così|ho\s+mai|abbiamo\s+mai|c['’]è|esiste|"
    r"sono\s+mai|siamo\s+mai)|mai\b|falso\b|nessun))"
)
_DEMONSTRATIVES = frozenset(
    cues.words("questo questa questi queste quello quella quelli quelle tale tali")
)
_FIGURES = frozenset(cues.words("cifre cifra dati numeri stime ricostruzione"))
# "si riferiscono a un numero limitato di casi": "refer to", not "report".
_REFLEXIVE = re.compile(r"(?i:\bsi\s+\Z)")
_ACCUSE = frozenset(["accused", "accusing", "accusato", "accusa", "accusano"])


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    kind: str
    verb: str
    preposition: bool
    weak: bool

    @property
    def gerund(self) -> bool:
        return self.verb.endswith(("ing", "ndo"))


def suggest_it(text: str, sentences: Sequence[Span], aliases: dict[str, str]) -> list[Suggestion]:
    """One suggestion per Italian attribution or denial cue, in sentence order; ``aliases``
    is the registry's table (:func:`claimant_registry.alias_table`)."""
    suggestions: list[Suggestion] = []
    topic: str | None = None
    entities: list[str] = []
    bodies = _bodies(text) if _BODY_HINT.search(text) else []
    for sentence in sentences:
        found = [
            _cue(m)
            for m in cues.CUE_IT.finditer(text, sentence.start, sentence.end)
            if not _NOUN_BEFORE.search(text, max(0, m.start() - 6), m.start())
            and not _REFLEXIVE.search(text, max(0, m.start() - 4), m.start())
            and not _NEGATION.search(text, max(0, m.start() - 6), m.start())
        ]
        subject = _sentence_subject(text, sentence)
        if subject is not None and (not found or found[0].start > sentence.start):
            topic = canonical(known_entity(subject, entities), aliases)
        for index, cue in enumerate(found):
            following = found[index + 1].start if index + 1 < len(found) else sentence.end
            previous = found[index - 1].end if index else sentence.start
            made = _suggest(text, sentence, cue, previous, following, topic, aliases)
            if made is None:
                continue
            suggestion, speaker = made
            if speaker is not None and bodies:
                speaker = _named_body(speaker, cue.start, bodies)
            if speaker is not None:
                claimant = canonical(known_entity(speaker, entities), aliases)
                suggestion = _with_claimant(suggestion, claimant)
                topic = claimant
            suggestions.append(suggestion)
    return suggestions


def _bodies(text: str) -> list[tuple[int, str, str]]:
    """Companies and bodies named in ``text``: where, their class, their name ("la società
    Lattiera Sarda", "dell'Associazione Armatori dell'Alto Adriatico")."""
    found = [
        (m.start(), _BODY_CLASS[m.group("noun").lower()], m.group("name"))
        for m in _BODY_INTRO.finditer(text)
    ]
    found += [
        (m.start(), _BODY_CLASS[m.group("noun").lower()], m.group())
        for m in _BODY_NAME.finditer(text)
    ]
    return sorted(found)


def _named_body(speaker: str, at: int, bodies: list[tuple[int, str, str]]) -> str:
    """ "l'azienda" as the company named before it ("la società Lattiera Sarda"), else the
    speaker as found."""
    words = speaker.replace("’", "'").lower().replace("l'", "l' ").split()
    if len(words) != 2 or words[0].rstrip("'") not in cues.DETERMINERS:
        return speaker
    kind = _BODY_CLASS.get(words[1])
    named = [name for start, k, name in bodies if k == kind and start < at]
    return named[-1] if named else speaker


def _denies_statement(text: str, cue: _Cue) -> bool:
    """Whether a denial cue denies something said: a clause ("di", "che", a quotation) or a
    statement noun among its first words ("le voci", "qualsiasi coinvolgimento")."""
    rest = text[cue.end : cue.end + 60]
    if _DENIED_CLAUSE.match(rest):
        return True
    head = [w.lower().replace("’", "'").split("'")[-1] for w in _TOKEN.findall(rest)[:7]]
    return any(w in cues.DENIED_STATEMENTS_IT for w in head)


def _cue(match: re.Match[str]) -> _Cue:
    groups = match.groupdict()
    if groups.get("prep"):
        return _Cue(match.start(), match.end("prep"), cues.CLAIM, groups["prep"], True, False)
    verb = " ".join((groups.get("verb") or groups.get("form") or "").lower().split())
    kind = cues.PARTICIPLES_IT.get(verb) or cues.FORMS_IT.get(verb) or cues.CLAIM
    weak = verb in cues.WEAK_IT or verb.startswith("sosten")
    return _Cue(match.start(), match.end(), kind, verb, False, weak)


def _suggest(
    text: str,
    sentence: Span,
    cue: _Cue,
    previous: int,
    following: int,
    topic: str | None,
    aliases: dict[str, str],
) -> tuple[Suggestion, str | None] | None:
    """One suggestion for ``cue``, and the speaker as named in the sentence (if it is)."""
    speaker, after, speaker_start = _speaker(text, sentence, cue, previous)
    content = _content(text, sentence, cue, after, speaker_start, previous, following)
    if content is None:
        return None
    start, end, isolated = content
    if cue.weak and not isolated:
        return None  # "ha sostenuto i separatisti": support, not speech
    if cue.verb in cues.QUOTED_IT and not any(mark in text[start:end] for mark in _QUOTE_OPEN):
        return None  # "il film parla di una famiglia": a topic, not a statement
    claimant: str | None = None
    if speaker is not None:
        claimant = canonical(speaker, aliases)
    elif not cue.preposition and _subject_dropped(text, sentence, cue, previous):
        claimant = topic
    confidence = 0.55
    confidence += 0.2 if speaker else (0.1 if claimant else -0.2)
    confidence += 0.1 if isolated else -0.3  # the whole sentence: no content isolated
    confidence += 0.05 if speaker and claimant != display(speaker) else 0.0
    confidence -= 0.1 if cue.weak else 0.0
    kind = ClaimKind.DENIAL if cue.kind == cues.DENIAL else ClaimKind.CLAIM
    ambiguous = cue.verb.startswith(("neg", "resping", "respint", "esclu"))
    if kind is ClaimKind.DENIAL and ambiguous and not _denies_statement(text, cue):
        confidence = 0.1  # "ha negato l'accesso ai manifestanti": a refusal, not a denial
    if cue.verb in _REPLIES and _NEGATED.match(text, start, end):
        kind = ClaimKind.DENIAL  # "«Non ho mai ricevuto denaro», ha replicato"
    suggestion = Suggestion(
        start,
        end,
        kind,
        claimant,
        text[cue.start : cue.end],
        round(max(0.05, min(0.95, confidence)), 2),
    )
    return suggestion, speaker


# --- speakers ---------------------------------------------------------------------------------


def _speaker(
    text: str, sentence: Span, cue: _Cue, previous: int
) -> tuple[str | None, int, int | None]:
    """The speaker named around ``cue``, where the cue (with a speaker after it) ends, and
    where a speaker written before the cue starts."""
    if cue.preposition:
        found = _noun_phrase_after(text, cue.end, sentence.end)
        rest = _PLAIN_PHRASE.match(text, cue.end, sentence.end)
        if rest is not None and (found is None or len(rest.group("phrase")) > len(found[0])):
            named = claimant_of(rest.group("phrase"))
            if named is not None and (
                found is None
                or name_key(found[0]).endswith(name_key(named))
                or name_key(named).startswith(name_key(found[0]))
            ):
                return rest.group("phrase"), rest.end(), None  # "Secondo l'Organizzazione
                # mondiale della sanità, ..."
        if found is not None:
            return found[0], found[1], None
        if rest is not None:
            return rest.group("phrase"), rest.end(), None
        return None, cue.end, None
    floor = max(sentence.start, previous)
    if previous > sentence.start and _AND_BEFORE.search(text, floor, cue.start):
        return None, cue.end, None  # "Mosca nega ... e attribuisce": the same speaker
    before = _noun_phrase_before(text, floor, cue.start)
    general = _clause_subject(text, floor, cue.start)
    if general is not None and (before is None or general[0].endswith(before)):
        return general[0], cue.end, general[1]  # "Il sindaco di Milano Giuseppe Sala ha detto"
    if before is not None:
        start = text.rfind(before.split()[0], floor, cue.start)
        return before, cue.end, start if start >= 0 else None
    if cue.gerund:
        return None, cue.end, None
    # Inversion: '"...", ha detto Stoltenberg', 'sostiene l'associazione'.
    inverted = text[floor : cue.start].rstrip().endswith((",", "»", "”", '"'))
    found = _noun_phrase_after(text, cue.end, sentence.end, inverted=inverted)
    if found is not None:
        return found[0], found[1], None
    return None, cue.end, None


def _clause_subject(text: str, floor: int, at: int) -> tuple[str, int] | None:
    """The whole subject before an Italian cue, role included, when the clause (after its
    last comma) holds only that: "Il ministro dell'Ambiente Gilberto Pichetto Fratin"."""
    clause = text[floor:at]
    comma = max(clause.rfind(","), clause.rfind(";"), clause.rfind(":"))
    start = floor + comma + 1
    piece = text[start:at]
    if any(mark in piece for mark in _QUOTE_OPEN + _QUOTE_CLOSE + "()"):
        return None
    tokens = piece.split()
    while tokens and (tokens[-1].lower() in _TIME_WORDS or tokens[-1].lower() in _ADVERBS):
        tokens.pop()
    if not tokens or len(tokens) > 12 or tokens[0].lower() in _CLAUSE_OPENERS_IT:
        return None
    phrase = " ".join(tokens)
    if claimant_of(phrase) is None:
        return None
    return phrase, start + len(piece) - len(piece.lstrip())


def _subject_dropped(text: str, sentence: Span, cue: _Cue, previous: int) -> bool:
    """Whether only punctuation, a conjunction, a pronoun or a time word separates the cue
    from the start of its clause, so that its subject is the one the text is talking about."""
    words = _TOKEN.findall(text[max(sentence.start, previous) : cue.start])
    while words and words[-1].lower() in _TIME_WORDS:
        words.pop()
    if not words:
        return True
    last = words[-1].lower()
    if last in _PRONOUNS or cue.gerund:
        return True
    return last in (",", ";", ":", "e", "ed", "ma", "»", "”", '"')


def _noun_phrase_before(text: str, floor: int, at: int) -> str | None:
    """The subject written right before a cue: "Stoltenberg", "La Russia", "the ministry"."""
    tokens = _TOKEN.findall(text[max(floor, at - 120) : at])
    while tokens and tokens[-1].lower() in _ADVERBS:
        tokens.pop()
    if tokens and tokens[-1] == ",":
        inner = _apposed_name(tokens)
        if inner is not None:
            return inner  # "Il presidente della Federazione, Paolo Bressanin, ha detto"
        commas = [i for i, token in enumerate(tokens) if token == ","]
        if len(commas) >= 2 and _participial(tokens[commas[-2] + 1 : commas[-1]]):
            # "La direzione, interpellata, ha smentito"
            return _phrase_from_tokens(tokens[: commas[-2]])
        return None  # "..., ha detto X": the speaker, if any, comes after the verb
    return _phrase_from_tokens(tokens)


def _participial(tokens: list[str]) -> bool:
    """A participle between commas, maybe with its agent: "interpellata", "contattato
    dall'ANSA"."""
    return 1 <= len(tokens) <= 5 and bool(_PARTICIPLE.fullmatch(tokens[0]))


def _apposed_name(tokens: list[str]) -> str | None:
    commas = [i for i, token in enumerate(tokens) if token == ","]
    if len(commas) < 2:
        return None
    inner = tokens[commas[-2] + 1 : commas[-1]]
    if 1 <= len(inner) <= 4 and all(_is_name(t) for t in inner):
        return _join(inner)
    return None


def _phrase_from_tokens(tokens: list[str]) -> str | None:
    """A noun phrase ending the token list: capitalised names, or an article and nouns."""
    names: list[str] = []
    index = len(tokens) - 1
    while index >= 0:
        token = tokens[index]
        linked = index > 0 and _is_name(tokens[index - 1]) and token.lower() in cues.NAME_LINKS
        if _is_name(token) or (names and linked):
            names.insert(0, token)
        else:
            break
        index -= 1
    if names:
        if index >= 0 and tokens[index].lower().rstrip("'’") in cues.DETERMINERS:
            names.insert(0, tokens[index])
        return _join(names)
    # An article and one to three lowercase nouns opening a clause: "the energy ministry".
    for size in (1, 2, 3):
        if len(tokens) < size + 1:
            break
        article, words = tokens[-size - 1], tokens[-size:]
        if article.lower().rstrip("'’") in cues.DETERMINERS and all(
            w.isalpha() and w.islower() and len(w) > 2 and w not in _TIME_WORDS for w in words
        ):
            opener = len(tokens) - size - 2
            if (
                opener < 0
                or tokens[opener] in (",", ";", ":", '"', "”", "»")
                or (tokens[opener].lower() in ("e", "and", "but", "ma"))
                or _INTRODUCTION.fullmatch(" ".join(tokens[: opener + 1])) is not None
            ):
                return _join([article, *words])
    return None


def _is_name(token: str) -> bool:
    return bool(_CAP_WORD.fullmatch(token.rstrip("'’"))) and token not in cues.FUNCTION_WORDS


def _join(tokens: list[str]) -> str:
    out = ""
    for token in tokens:
        last = out.split()[-1] if out else ""
        elided = last.endswith(("'", "’")) and len(last) <= 5 and last[:1].islower()
        out += token if elided or not out else " " + token
    return out


def _noun_phrase_after(
    text: str, at: int, limit: int, inverted: bool = False
) -> tuple[str, int] | None:
    """The speaker right after ``at``: "Stoltenberg", "Kyiv e l'Occidente", "il ministero"."""
    match = _AFTER_NAME.match(text, at, limit)
    role = _ROLE_AFTER.match(text, at, limit) if inverted else None
    if role is not None and _object_like(role.group("phrase")):
        role = None  # "..., ha smentito queste cifre": the object, not the speaker
    if role is not None and claimant_of(role.group("phrase")) is not None:
        # "ha detto il portavoce del Cremlino Dmitry Peskov ai giornalisti"
        found = role.group("phrase").strip()
        if match is None or len(found) > len(match.group("phrase").strip()):
            named = _APPOSED_AFTER.match(text, role.end(), limit)
            tail = _ROLE_TAIL.match(text, role.end(), limit) if named is None else None
            if tail is not None:
                named = _APPOSED_AFTER.match(text, tail.end(), limit)
                found = text[role.start("phrase") : tail.end()].strip() if named else found
            if named is not None:
                # "ha spiegato il medico della squadra, Stefano Riva."
                return f"{found}, {named.group('name')}", named.end()
            return found, role.end()
    if match is not None and match.group("name").split()[0] not in cues.FUNCTION_WORDS:
        more = _COORDINATED.match(text, match.end(), limit)
        return match.group("phrase").strip(), more.end() if more else match.end()
    match = _AFTER_COMMON.match(text, at, limit)
    if match is not None:
        return match.group("phrase").strip(), match.end()
    return None


def _object_like(phrase: str) -> bool:
    """A phrase after a verb that reads as its object: "queste cifre", "le accuse"."""
    words = [w.lower().replace("’", "'").split("'")[-1] for w in phrase.split()]
    if words and words[0] in _DEMONSTRATIVES:
        return True
    return any(w in cues.DENIED_STATEMENTS_IT or w in _FIGURES for w in words[:3])


def _sentence_subject(text: str, sentence: Span) -> str | None:
    """The subject opening a sentence: "La Russia ha inviato ..." -> "La Russia", "La tv
    pubblica ha difeso ..." -> "La tv pubblica"."""
    match = _AFTER_NAME.match(text, sentence.start, sentence.end)
    if (
        match is None
        or match.start("phrase") != sentence.start
        or match.group("name").split()[0] in cues.FUNCTION_WORDS
    ):
        common = _COMMON_SUBJECT.match(text, sentence.start, sentence.end)
        if common is None or common.group("noun").split()[-1] in _TIME_WORDS:
            return None
        return common.group("phrase")
    end = match.end()
    tail = _SUBJECT_TAIL.match(text, end, sentence.end)
    if tail is not None:
        end = tail.end()
    if _SUBJECT_VERB.match(text, end, sentence.end) is None and not text.startswith(",", end):
        return None
    return text[match.start("phrase") : end]


# --- content ------------------------------------------------------------------------------------


def _content(
    text: str,
    sentence: Span,
    cue: _Cue,
    after: int,
    speaker_start: int | None,
    previous: int,
    following: int,
) -> tuple[int, int, bool] | None:
    """``(start, end, isolated)`` of what the cue reports."""
    head_end = speaker_start if speaker_start is not None else cue.start
    quoted = _quote_before(text, sentence, previous, head_end) or _quote_after(
        text, after, following
    )
    if quoted is not None:
        return quoted[0], quoted[1], True
    if cue.kind == cues.DENIAL and not cue.preposition:
        joined = _JOINED_VERB.search(text, cue.end, following)
        return _trimmed(text, cue.start, joined.start() if joined else following, True)
    if (cue.verb in _OBJECT_CUES or cue.verb in cues.QUOTED_IT) and after < following:
        return _trimmed(text, after, following, True)
    if cue.verb in _ACCUSE:
        of = _OF.search(text, after, following)
        if of is not None:
            return _trimmed(text, of.end(), following, True)
    clause_start = max(sentence.start, previous)
    head = text[clause_start:head_end].rstrip()
    parenthetical = head.endswith(",") and len(_TOKEN.findall(head)) <= _SHORT_HEAD
    if text.startswith(",", after) and parenthetical and not cue.preposition:
        # A parenthetical: "Il ritardo, sostiene l'associazione, pesa già sui prezzi."
        return _trimmed(text, sentence.start, sentence.end, True)
    between = _BETWEEN.match(text, after, following)
    complement = _COMPLEMENTISER.match(text, between.end() if between else after, following)
    if complement is not None and not cue.preposition:
        if complement.group("che"):
            begin = complement.end()
        elif complement.group("di"):
            begin = complement.start("di")
        else:
            begin = complement.end()
        found = _trimmed(text, begin, following, True)
        if found is not None:
            return found
    if cue.preposition:
        begin = _after_apposition(text, after, following)
        if text[begin:following].strip(_TRAILING_JUNK):
            # "Secondo l'Istat, ...": the clause after the comma is what the source says
            return _trimmed(text, begin, following, text.startswith(",", after))
    # A final ", ha detto X."
    if head.endswith(",") and not cue.gerund:
        return _trimmed(text, clause_start, clause_start + len(head) - 1, True)
    if (cue.gerund or cue.verb in ("said", "says", "told", "added")) and after < following:
        found = _trimmed(text, after, following, False)
        if found is not None:
            return found
    return _trimmed(text, sentence.start, sentence.end, False)


def _after_apposition(text: str, at: int, limit: int) -> int:
    """Past ", analista della società X," after "Secondo Davide Orsenigo"."""
    match = _APPOSITION.match(text, at, limit)
    if match is not None:
        return match.end()
    comma = _LEADING_COMMA.match(text, at, limit)
    return comma.end() if comma else at


def _quote_before(
    text: str, sentence: Span, previous: int, head_end: int
) -> tuple[int, int] | None:
    """A quotation opening its clause and closing just before the cue ('"...", ha detto',
    '"...," the ministry said'), as its inner span."""
    floor = max(sentence.start, previous)
    head = text[floor:head_end].rstrip().rstrip(",").rstrip()
    lead = len(head) - len(head.lstrip(" ,"))
    if not head.strip(" ,") or head[lead] not in _QUOTE_OPEN:
        return None
    tail = _QUOTE_TAIL.search(head)
    if tail is None:
        return None
    if head[tail.start() + 1 :].strip(" ,").lower() in ("e", "ed", "ma", "and", "but"):
        return None  # '«tranquillo» e ha assicurato': the quote is the cue's before it
    return _strip_span(text, floor + lead + 1, floor + tail.start())


def _quote_after(text: str, after: int, following: int) -> tuple[int, int] | None:
    """A quotation right after the cue ('ha risposto: "..."')."""
    match = _QUOTE_AFTER.match(text, after, following)
    if match is None:
        return None
    close = max((i for i in range(match.end(), following) if text[i] in _QUOTE_CLOSE), default=-1)
    if close < 0:
        return None
    return _strip_span(text, match.end(), close)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _LEADING_JUNK:
        start += 1
    while end > start and text[end - 1] in _TRAILING_JUNK:
        end -= 1
    if end <= start:
        return None
    inner = text[start:end]
    for opening, closing in (("«", "»"), ("“", "”")):
        if inner.count(opening) > inner.count(closing) and text.startswith(closing, end):
            end += 1  # 'le tre navi «hanno seguito le rotte»': the quotation closes inside
    if inner.count('"') % 2 and text.startswith('"', end):
        end += 1
    return start, end


def _trimmed(text: str, start: int, end: int, isolated: bool) -> tuple[int, int, bool] | None:
    """The span with punctuation and dangling connectors ("e", "che", ",") cut off."""
    cut = _CONNECTORS.search(text, start, end)
    if cut is not None:
        end = cut.start()
    stripped = _strip_span(text, start, end)
    if stripped is None:
        return None
    return stripped[0], stripped[1], isolated


def _with_claimant(s: Suggestion, claimant: str) -> Suggestion:
    return Suggestion(s.start, s.end, s.kind, claimant, s.cue, s.confidence)
