"""Who says what in English: cues learned from PolNeAR's train split, rules around them.

A cue is a word form that the annotators often marked as one (``cue_rates_en.RATES``, written
by ``bench/train_cues.py``) or "according to". Around each cue the rules find:

* the source: the subject before the cue ("Trump said", "A lawyer for the outlets, David
  Schulz, said", "In a Thursday interview, Clinton said"), the name after an inverted cue
  ('"...," said Alan Cole'), the phrase after "according to"; a pronoun is the speaker last
  named;
* the content: a quotation closing right before the source and cue ('"...," he said', also
  across sentences), the clause after the cue ("said (that) ...", "told reporters that ..."),
  the clause before ("..., officials said"), or the clause around "according to".

The confidence starts from the cue's rate and rises with a named source and a quoted or
introduced content; speech verbs and denials count more than beliefs and intentions.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace

from claimdesk.core.model import ClaimKind, Span, Suggestion
from claimdesk.core.nlp.claimants import FEMALE_NAMES, bare_pronoun, claimant_of, is_pronoun
from claimdesk.core.nlp.cue_rates_en import RATES, WEIGHTS
from claimdesk.core.nlp.cues import FUNCTION_WORDS, words

__all__ = ["suggest_en"]

MIN_RATE = 0.2
BELIEF_WEIGHT = 0.8
SPEECH = frozenset(
    words(
        "said says say saying told tells tell telling added adds adding wrote writes tweeted "
        "stated announced explained claimed claims argued argues insisted insists warned "
        "noted asked replied responded declared asserted testified acknowledged admitted "
        "denied denies deny denying rejected dismissed disputed confirmed reported recalled "
        "stressed emphasized contended maintained alleged suggested conceded countered "
        "according accused accuses accusing warn warns called calling calls urged urges "
        "criticized criticizing blasted slammed praised described describing cited citing "
        "questioned tweeting writing emailed vowed promised pledged predicted"
    )
)
DENIALS = frozenset(
    words("denied denies deny denying rejected rejects rejecting disputed disputes refuted")
)
_ADDRESSED = frozenset(words("told tells tell telling asked asks assured warned reminded urged"))
_NOT_CUES = frozenset(words("about aware clear guilty harsh hostile eager confident known"))
_CUE_WORDS = frozenset(w for w, r in RATES.items() if r >= MIN_RATE and w not in _NOT_CUES)
# Every lowercase word, kept when it is a cue (a set lookup is quicker than an alternation of
# hundreds of words).
_CUE = re.compile(r"\b(?:(?P<according>[Aa]ccording\s+to)\b|[a-z]+\b)")
_QUOTE_CLOSE = re.compile(r"(?:[”\"]|''|’’)\s*[,.!?—-]*\s*\Z|[,.!?—-](?:[”“\"]|''|’’)\s*\Z")
_OPENERS = ("“", '"', "``", "''", "‘‘")
_SKIP_BEFORE = frozenset(
    words(
        "has have had also has been would will did does do is was were are not once first "
        "further even privately quickly just still specifically explicitly repeatedly "
        "reportedly previously later recently publicly again then already often never "
        "long simply flatly openly bluntly frequently initially immediately only who which"
    )
)
_OPENING_WORDS = frozenset(
    words(
        "but and so meanwhile still now then also later instead yet however moreover thus "
        "indeed besides while though although because when after before as if since"
    )
)
_ADVERBIAL_AFTER = re.compile(
    r"(?i:\s*(?:,\s*)?(?:(?:on|in|at|during|last|this|earlier|late|early|from)\b[^,.;:\"“]{0,50}"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"tonight|recently|later|again|repeatedly|publicly|privately|too|also)\b[^,.;:\"“]{0,20})?"
    r"\s*[.!?]?\s*[”\"']*\s*\Z)"
)
_ADVERBIAL_LEAD = re.compile(
    r"(?i:\s*(?:on|in|at|during|last|this|earlier|late|early|from|to)\b[^,.;:\"“]{0,50},)"
)
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|it's|’s|'s)\s+(?:(?:also|not|widely|long|now|still|"
    r"already|generally|often|\w+ly)\s+)*\Z",
    re.IGNORECASE,
)
_COLON_QUOTE = re.compile(r":\s*(?=[“\"]|'')")
_OPENING = " \t\n“\"'‘"
_AND_CUE = re.compile(
    r",?\s+(?:and|but)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|adds|told|tells|"
    r"wrote|argued|insisted|noted|warned|claimed|called|asked)\b"
)
_THAT = re.compile(r"\s*(?:,\s*)?(?:that\b|:)?\s*")
_WORD = re.compile(r"''|[^\W_][\w'’.\-]*|\S")
_NAME_AT_START = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’.\-]+){0,3})"
    r"\s+(?!(?:of|and|or|for|in|at|on|to|from|with|by)\b)[a-z]+\b"
)
_MAX_SUBJECT = 14  # words
_PHRASE_STOP = re.compile(
    r"[,;:!?(—]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bSt)"
    r"(?<!\bJr)(?<!\bLt)(?<!\bGen)(?<!\b[A-Z])\.|"
    r"\s(?:on|in|at|during|that|who|when|after|as|while|said|says|told)\s"
)
_BOUNDARIES = frozenset([",", ";", ":", "“", "”", '"', "''", "(", ")"])
_QUOTE_REACH = 1200  # characters back to a quotation's opening mark


def suggest_en(
    text: str, sentences: Sequence[Span], canonical: Callable[[str], str]
) -> list[Suggestion]:
    """Suggestions for every cue of ``text``; ``canonical(name)`` gives the registry's name.
    The confidence is the trained model's probability that the suggestion is right."""
    found = []
    cues = []
    for suggestion, features, cue in candidates(text, sentences, canonical):
        if WEIGHTS:
            score = WEIGHTS.get("bias", 0.0) + sum(WEIGHTS.get(f, 0.0) for f in features)
            confidence = 1.0 / (1.0 + math.exp(-score))
            if suggestion.cue.casefold().split()[0] not in SPEECH:
                confidence *= BELIEF_WEIGHT  # beliefs and intentions: a weaker kind
            suggestion = replace(suggestion, confidence=round(confidence, 3))
        found.append(suggestion)
        cues.append(cue)
    return _outer_first(found, cues)


def _outer_first(found: list[Suggestion], cues: list[tuple[int, int]]) -> list[Suggestion]:
    """Without the suggestions whose cue lies inside the content of a surer one: "said allies
    would discuss ...", '"Every contract signed ..." the ministry said' report what the outer
    speaker says (on PolNeAR's dev split, content precision 0.84 -> 0.91, F1 0.711 -> 0.723)."""
    order = sorted(range(len(found)), key=lambda i: (-found[i].confidence, found[i].start))
    kept: list[int] = []
    for index in order:
        at = cues[index][0]
        if not any(found[k].start <= at < found[k].end for k in kept):
            kept.append(index)
    return [found[i] for i in sorted(kept)]


def candidates(
    text: str, sentences: Sequence[Span], canonical: Callable[[str], str]
) -> list[tuple[Suggestion, list[str], tuple[int, int]]]:
    """Every cue's suggestion (with a rule-made confidence) and the features the model reads."""
    starts = [s.start for s in sentences]
    found: list[tuple[Suggestion, list[str], tuple[int, int]]] = []
    people: list[str] = []  # named speakers of strong cues and names opening sentences
    speaker_of: tuple[int, str | None] = (-1, None)  # the last source in a sentence
    scanned = 0
    for match in _CUE.finditer(text):
        if match.group("according") is None and match.group() not in _CUE_WORDS:
            continue
        index = bisect_right(starts, match.start()) - 1
        if index < 0 or match.start() >= sentences[index].end:
            continue
        sentence = sentences[index]
        for passed in sentences[scanned : index + 1]:
            name = _opening_name(text, passed)
            if name is not None and (len(name.split()) > 1 or name in people):
                people.append(canonical(name))
        scanned = index + 1
        if index != speaker_of[0]:
            speaker_of = (index, None)
        made = _one(text, sentence, match, people, speaker_of[1])
        if made is None:
            continue
        start, end, source, confidence, verb, features = made
        claimant = canonical(source) if source else None
        if claimant is not None:
            speaker_of = (index, claimant)
        strong = RATES.get(verb, 0.9 if verb == "according to" else 0.0) >= 0.5
        if claimant is not None and features[-1] == "src=name" and strong:
            people.append(claimant)
        kind = ClaimKind.DENIAL if verb in DENIALS else ClaimKind.CLAIM
        suggestion = Suggestion(start, end, kind, claimant, match.group(), round(confidence, 2))
        features = _context(text, sentence, match, verb) + features
        found.append((suggestion, features, match.span()))
    return found


def _opening_name(text: str, sentence: Span) -> str | None:
    """The name opening a sentence as its subject: "Trump has said ..." -> "Trump"."""
    named = _NAME_AT_START.match(text, sentence.start, sentence.end)
    if named is None or named.group("name").split()[0] in FUNCTION_WORDS:
        return None
    phrase = text[named.start() : named.end("name")]
    return claimant_of(phrase)


def _shape(token: str) -> str:
    if not token:
        return "none"
    if token[0].isupper():
        return "Cap"
    if token[0].islower():
        return "low"
    if token[0].isdigit():
        return "num"
    return token[0]


def _context(text: str, sentence: Span, cue: re.Match[str], verb: str) -> list[str]:
    before = _WORD.findall(text, max(sentence.start, cue.start() - 40), cue.start())
    after = _WORD.findall(text, cue.end(), min(sentence.end, cue.end() + 40))
    prev = before[-1] if before else ""
    nxt = after[0] if after else ""
    paragraph = text.rfind("\n", 0, cue.start()) + 1
    opened = text.count("“", paragraph, cue.start()) - text.count("”", paragraph, cue.start())
    opened += text.count('"', paragraph, cue.start()) % 2
    verb = "according" if cue.group("according") else verb
    return [
        f"w={verb}",
        f"p={prev.casefold()}",
        f"n={nxt.casefold()}",
        f"wn={verb}|{nxt.casefold()}",
        f"pw={prev.casefold()}|{verb}",
        f"ps={_shape(prev)}|{verb}",
        f"ns={_shape(nxt)}|{verb}",
        f"q={opened > 0}",
        f"first={not before}",
    ]


def _resolved(pronoun: str, people: list[str]) -> str | None:
    """The person a pronoun stands for: the latest one named, of the right sex when the
    first name tells ("she" after "Hillary Clinton")."""
    low = pronoun.casefold()
    if low in ("i", "we", "you") or not people:
        return people[-1] if people else None
    if low in ("he", "she"):
        for name in reversed(people[-6:]):
            female = name.split()[0].casefold() in FEMALE_NAMES
            if female == (low == "she") or (low == "he" and len(name.split()) == 1):
                return name
    return people[-1]


def _one(
    text: str,
    sentence: Span,
    cue: re.Match[str],
    people: list[str],
    clause_speaker: str | None = None,
) -> tuple[int, int, str | None, float, str, list[str]] | None:
    """(start, end, source, confidence, cue verb, features) for one cue, or ``None``;
    ``clause_speaker`` is the source of the sentence's cue before it, if any."""
    according = cue.group("according") is not None
    verb = "according to" if according else cue.group()
    rate = RATES.get("according" if according else verb, 0.5)
    head = text[sentence.start : cue.start()]
    tail_end = sentence.end
    source: str | None = None
    quoted = introduced = passive = gerund = False
    content: tuple[int, int] | None = None
    if according:
        source, reach = _phrase_after(text, cue.end(), tail_end)
        if not head.strip(" ,"):
            content = _span(text, reach, tail_end)
            introduced = True
        else:
            content = _span(text, sentence.start, cue.start())
    else:
        quote = _QUOTE_CLOSE.search(head)
        subject_text, subject_start = _subject(text, sentence.start, cue.start())
        passive = not verb.endswith("ing") and _PASSIVE.search(head) is not None
        following = verb.endswith("ing") and head.rstrip().endswith(",")
        if following and len(head.split()) >= 3:
            # "the ministry said in a statement, adding that ...": the main clause's speaker
            source = ""
            content = _after_cue(text, cue.end(), tail_end, verb)
            introduced = content is not None and text[cue.end() : content[0]].strip(" ,") in (
                "that",
                ":",
            )
            gerund = True
        elif subject_text is None and quote is None:
            # '..., said Mr. Holtz-Eakin.' / 'says Paul Rieckhoff, founder of ...'
            inverted, _ = _phrase_after(text, cue.end(), tail_end)
            if inverted is not None and head.rstrip().endswith((",", "”", '"', "'")):
                source = inverted
                content = _before(text, sentence, cue.start())
                quoted = content is not None and _opens_quote(text, content[0])
        elif quote is not None and not head[quote.end() :].strip():
            # '"...," said Alan Cole' (the cue right after the quotation)
            source, _ = _phrase_after(text, cue.end(), tail_end)
            content = _quotation(text, sentence.start + quote.start(), sentence)
            quoted = content is not None
        else:
            source = subject_text
            before_subject = subject_start if subject_start is not None else cue.start()
            closing = _QUOTE_CLOSE.search(text[sentence.start : before_subject])
            after = _after_cue(text, cue.end(), tail_end, verb)
            if closing is not None:
                content = _quotation(text, sentence.start + closing.start(), sentence)
                if content is not None and text[sentence.start : content[0]].strip(_OPENING):
                    content = None  # 'on Fox's "Hannity," Gingrich said': a title, not a quote
                quoted = content is not None
            lead = text[sentence.start : before_subject].rstrip()
            clause_before = lead.endswith(",") and len(lead.split()) >= 4
            adverbial = _ADVERBIAL_LEAD.match(text, cue.end(), tail_end) is not None
            if content is None and clause_before and adverbial:
                after = None  # "Prices will stay high, the council said on Thursday, despite"
            if content is None and after is not None:
                content = after
                introduced = text[cue.end() : after[0]].strip(" ,") in ("that", ":")
                quoted = _opens_quote(text, after[0])
            if content is None:
                content = _before(text, sentence, before_subject)
            if content is None and not text[sentence.start : before_subject].strip():
                # '"Who do they think they are?" Trump said.' read as two sentences
                content = _quotation_before(text, sentence)
                quoted = content is not None
    if content is None:
        return None
    if passive and source:
        # "Energy security is also expected to ...", "he was told that ...": the subject is
        # what is reported or who was told, not the source.
        source = None
    start, end = content
    if end - start < 3:
        return None
    if verb in DENIALS and start >= cue.end():
        start = cue.start()  # a denial reads with its verb: "denied that ..."
    how = "according" if according else ("quote" if quoted else ("that" if introduced else "plain"))
    where = "after" if start >= cue.end() else "before"
    if source is None:
        named = "passive" if passive else "none"
    elif not source and gerund:
        named, source = "gerund", clause_speaker or (people[-1] if people else None)
    elif not source:
        named, source = "dropped", people[-1] if people else None
    elif is_pronoun(source):
        named = "pronoun"
        source = _resolved(bare_pronoun(source), people)
    else:
        source = claimant_of(source)
        named = "none" if source is None else ("name" if source[:1].isupper() else "common")
    size = len(text[start:end].split())
    length = "short" if size <= 4 else ("mid" if size <= 15 else "long")
    features = [
        f"how={how}|{where}",
        f"len={length}|{how}",
        f"srchow={named}|{how}",
        f"src={named}|{verb}",
        f"src={named}",
    ]
    confidence = 0.25 + 0.45 * rate
    confidence += 0.15 if source else -0.1
    confidence += 0.1 if quoted or introduced else 0.0
    confidence += 0.05 if verb in SPEECH or according else -0.1
    return start, end, source, max(0.05, min(0.95, confidence)), verb, features


def _opens_quote(text: str, at: int) -> bool:
    return text.startswith(_OPENERS, at) or text[at - 1 : at] in ("“", '"')


def _span(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in " \t\n,;:—-“\"'‘":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:.—-”\"'’":
        end -= 1
    return (start, end) if end - start >= 3 else None


def _before(text: str, sentence: Span, at: int) -> tuple[int, int] | None:
    """The clause before the source and cue: '..., officials said.'"""
    span = _span(text, sentence.start, at)
    if span is None:
        return None
    inner = text[span[0] : span[1]]
    if len(inner.split()) < 2:
        return None
    start, end = span
    if text[start] in "“\"'‘" and end - start > 2:
        start += 1
    while end > start and text[end - 1] in "”\"'’,":
        end -= 1
    return (start, end) if end - start >= 3 else None


def _quotation(text: str, close: int, sentence: Span) -> tuple[int, int] | None:
    """The quotation whose closing mark is at ``close``: back to its opening mark, which may
    lie a few sentences before (within the paragraph)."""
    floor = max(0, close - _QUOTE_REACH)
    paragraph = text.rfind("\n", floor, sentence.start)
    floor = max(floor, paragraph + 1)
    opening = max(
        text.rfind("“", floor, close),
        text.rfind('"', floor, close),
        text.rfind("''", floor, close - 1),
    )
    if opening < 0:
        return None
    start = opening + (2 if text.startswith("''", opening) else 1)
    end = close
    while end > start and text[end - 1] in " ,.!?—-":
        end -= 1
    return (start, end) if end - start >= 3 else None


def _quotation_before(text: str, sentence: Span) -> tuple[int, int] | None:
    """The quotation closing right before the sentence, in the same paragraph."""
    head = text[max(0, sentence.start - 4) : sentence.start]
    stripped = head.rstrip()
    if not stripped.endswith(("”", '"', "''")):
        return None
    close = sentence.start - (len(head) - len(stripped)) - (2 if stripped.endswith("''") else 1)
    return _quotation(text, close, sentence)


def _after_cue(text: str, at: int, end: int, verb: str) -> tuple[int, int] | None:
    """The clause after the cue: past "that", an addressee ("told reporters that") or a
    colon; ``None`` when only an adverbial follows ("said on Tuesday.")."""
    rest = text[at:end]
    if _ADVERBIAL_AFTER.fullmatch(rest):
        return None
    if verb in _ADDRESSED:
        that = re.search(r"\bthat\b|:", rest[:80])
        if that is not None:
            return _span(text, at + that.end(), end)
    coordinated = _AND_CUE.search(text, at, end)
    if coordinated is not None:
        end = coordinated.start()  # "said A and said B": A ends before the second cue
    skip = _THAT.match(text, at, end)
    start = skip.end() if skip else at
    if text.startswith(("of ", "about "), start) and verb in ("said", "says", "say"):
        colon = _COLON_QUOTE.search(text, start, min(end, start + 80))
        if colon is not None:
            return _span(text, colon.end(), end)  # 'He said of Congress: "They ..."'
        return None  # "he said of the prospect": the quotation is before
    return _span(text, start, end)


def _subject(text: str, floor: int, at: int) -> tuple[str | None, int | None]:
    """The subject written before the cue in its clause, and where it starts."""
    head = text[floor:at]
    tokens = _unbracketed([(m.start() + floor, m.group()) for m in _WORD.finditer(head)])
    while tokens and tokens[-1][1].casefold() in _SKIP_BEFORE:
        tokens.pop()
    if not tokens:
        return None, None
    # "X, the group's economist, said", "X — a scholar — said": the apposition goes with the
    # subject before it; "Sen. Jack Reed (D-R.I.), said": the phrase before the comma.
    if tokens[-1][1] in (",", "—"):
        mark = tokens[-1][1]
        marks = [i for i, (_, t) in enumerate(tokens) if t == mark]
        opened = marks[-2] if len(marks) >= 2 else len(tokens) - 1
        left = max(
            (i for i, (_, t) in enumerate(tokens[:opened]) if t in _BOUNDARIES),
            default=-1,
        )
        piece = _trim_opening(tokens[left + 1 : len(tokens) - 1])
        if piece and len(piece) <= _MAX_SUBJECT + 8 and not _has_quote(piece):
            capitalised = sum(t[:1].isupper() for _, t in piece)
            if len(marks) >= 2 or (len(piece) <= 6 and 2 * capitalised >= len(piece)):
                return _joined(text, piece), piece[0][0]
        return None, None
    if tokens[-1][1].casefold() in ("and", "but", "or"):
        return "", None  # "X said ... and said": the subject is the one before
    # The clause: after the last comma, quotation, semicolon, colon, dash or "that".
    cut = 0
    for i, (_, token) in enumerate(tokens):
        if token in (",", ";", ":", "—", "”", '"', "“", "(", ")") or token.casefold() in (
            "that",
            "''",
        ):
            cut = i + 1
        elif token in SPEECH and RATES.get(token, 0.0) >= 0.5:
            cut = i + 1  # "diplomats said allies would discuss": "allies" discuss
    piece = _trim_opening(tokens[cut:])
    if not piece or len(piece) > _MAX_SUBJECT:
        return None, None
    if piece[-1][1].islower() and piece[-1][1].endswith(("ed", "ing")) and len(piece) > 1:
        return None, None  # "the official who resigned said": a clause, not a subject
    return _joined(text, piece), piece[0][0]


def _unbracketed(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The tokens without closed brackets and what they hold ("Reed (D-R.I.)")."""
    out: list[tuple[int, str]] = []
    held: list[tuple[int, str]] = []
    depth = 0
    for token in tokens:
        if token[1] == "(":
            depth += 1
        elif token[1] == ")" and depth:
            depth -= 1
            if not depth:
                held = []
        elif depth:
            held.append(token)
        else:
            out.append(token)
    return out + held


def _trim_opening(piece: list[tuple[int, str]]) -> list[tuple[int, str]]:
    while piece and (piece[0][1].casefold() in _OPENING_WORDS or piece[0][1] in _BOUNDARIES):
        piece = piece[1:]
    return piece


def _has_quote(piece: list[tuple[int, str]]) -> bool:
    return any(t in ("“", "”", '"') for _, t in piece)


def _joined(text: str, piece: list[tuple[int, str]]) -> str:
    start = piece[0][0]
    end = piece[-1][0] + len(piece[-1][1])
    return text[start:end]


def _phrase_after(text: str, at: int, end: int) -> tuple[str | None, int]:
    """The noun phrase right after ``at`` up to a comma, a period or a clause word, and
    where it ends: the speaker of '"...," said Alan Cole, an economist at ...'."""
    rest = text[at:end]
    stop = _PHRASE_STOP.search(rest)
    phrase = rest[: stop.start()] if stop else rest
    first = phrase.split()[:1]
    if not first or len(phrase.split()) > 10:
        return None, at
    return phrase.strip(), at + (stop.start() if stop else len(rest))
