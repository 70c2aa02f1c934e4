"""Reading a typed query before Whoosh does: repair what does not parse, and say how.

Whoosh's parser never fails, but it silently reads broken input in surprising ways (a
dangling ``AND`` becomes the word "and", an unknown field is dropped). This module lexes the
query itself, repairs each problem locally (a stray quote or bracket is dropped, an unknown
field becomes plain words, an unreadable date is left out) and reports each repair in one
line, then renders a query string that Whoosh reads as intended.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from claimdesk.core.messages import Message, joined
from claimdesk.core.search.dates import query_period

# Lowercase field names a query may use; kept here too so this module needs no Whoosh.
KNOWN_FIELDS = frozenset(
    {
        "type",
        "kind",
        "claimant",
        "verdict",
        "status",
        "tag",
        "lang",
        "outlet",
        "article",
        "title",
        "published",
        "date",
    }
)
DATE_FIELDS = frozenset({"published", "date"})
OPERATORS = frozenset({"AND", "OR", "NOT"})

_FIELD = re.compile(r"([^\W\d_]\w*):")
_WORD = re.compile(r"[^\s()\"\[\]{}]+")
_PHRASE_SUFFIX = re.compile(r"(?:~\d+)?(?:\^\d+(?:\.\d+)?)?")
_RANGE = re.compile(r"([\[{])([^\[\]{}\"]*)([\]}])")
_RANGE_PARTS = re.compile(r"^(.*?)(?:^|\s)to(?:\s|$)(.*)$", re.IGNORECASE | re.DOTALL)
_COMPARISON = re.compile(r"^(>=|<=|=>|=<|>|<)")
_FUZZY = re.compile(r"(?P<stem>[^~]+)~(?P<dist>\d?)(?:/(?P<prefix>\d+))?")
_BOOST = re.compile(r"(?P<stem>[^^]+)\^(?P<boost>\d+(?:\.\d+)?)")
_STRAY = re.compile(r"[~^<>=]")
# Date values Whoosh can be handed as one word: TimeML-like, no spaces or slashes.
_SIMPLE_DATE = re.compile(r"[0-9][0-9A-Za-z-]*")
_DATE_HINT = Message("write 2023, 2023-05, 2023-05-14 or a range like [2022-01 to 2022-06]")

# Token kinds.
WORD, PHRASE, RANGE, LPAREN, RPAREN, OP, FIELD = (
    "word",
    "phrase",
    "range",
    "lparen",
    "rparen",
    "op",
    "field",
)
_OPERAND_START = frozenset({WORD, PHRASE, RANGE, LPAREN, FIELD})
_OPERAND_END = frozenset({WORD, PHRASE, RANGE, RPAREN})
_FIELD_VALUE = frozenset({WORD, PHRASE, RANGE, LPAREN})


@dataclass(frozen=True, slots=True)
class Token:
    """One lexical piece of a query."""

    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class RepairedQuery:
    """A query string Whoosh can read as meant, and what was changed to get it."""

    text: str
    notices: tuple[str, ...]

    @property
    def notice(self) -> str | None:
        """All repairs in one line, or ``None`` when the query was read as written."""
        return joined(" ", self.notices) if self.notices else None


def repair_query(text: str) -> RepairedQuery:
    """Lex ``text``, repair what would not parse and render it back for Whoosh."""
    notices: list[str] = []
    tokens = _lex(text, notices)
    tokens = _balance_parens(tokens, notices)
    tokens = _check_field_values(tokens, notices)
    tokens = _drop_dangling(tokens, notices)
    return RepairedQuery(_render(tokens), tuple(dict.fromkeys(notices)))


def plain_words(text: str) -> str:
    """The words of ``text`` with every bit of syntax removed: the last-resort reading."""
    return " ".join(word for word in re.findall(r"\w+", text) if word not in OPERATORS)


def _lex(text: str, notices: list[str]) -> list[Token]:
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char.isspace():
            i += 1
        elif char == '"':
            close = text.find('"', i + 1)
            if close < 0:
                notices.append(
                    Message("Unbalanced quote: searched for the words instead of a phrase.")
                )
                i += 1
                continue
            end = _PHRASE_SUFFIX.match(text, close + 1)
            stop = end.end() if end else close + 1
            if text[i + 1 : close].strip():
                tokens.append(Token(PHRASE, text[i:stop]))
            i = stop
        elif char in "[{":
            match = _RANGE.match(text, i)
            if match is None:
                notices.append(
                    Message(
                        'Unclosed "{char}": searched for the words instead of a range.', char=char
                    )
                )
                i += 1
                continue
            tokens.append(Token(RANGE, match.group(0)))
            i = match.end()
        elif char in "]}":
            notices.append(Message('Stray "{char}": ignored it.', char=char))
            i += 1
        elif char == "(":
            tokens.append(Token(LPAREN, char))
            i += 1
        elif char == ")":
            tokens.append(Token(RPAREN, char))
            i += 1
        elif char in "+-" and i + 1 < n and not text[i + 1].isspace():
            # "-word" is NOT word; "+word" is what the default AND already means.
            if char == "-":
                tokens.append(Token(OP, "NOT"))
            i += 1
        else:
            i = _lex_word_or_field(text, i, tokens, notices)
    return tokens


def _lex_word_or_field(text: str, i: int, tokens: list[Token], notices: list[str]) -> int:
    field = _FIELD.match(text, i)
    if field is not None:
        name = field.group(1)
        after = field.end()
        if name.lower() not in KNOWN_FIELDS:
            notices.append(
                Message('Unknown field "{name}": searched for the words instead.', name=name)
            )
            tokens.append(Token(WORD, name))
            return after
        if after >= len(text) or text[after].isspace() or text[after] in ")]}":
            notices.append(
                Message('Field "{field}:" has no value: ignored it.', field=name.lower())
            )
            return after
        tokens.append(Token(FIELD, name.lower()))
        return after
    match = _WORD.match(text, i)
    if match is None:  # cannot happen: every other character was handled by the caller
        return i + 1
    word = match.group(0)
    tokens.append(Token(OP if word in OPERATORS else WORD, word))
    return match.end()


def _balance_parens(tokens: list[Token], notices: list[str]) -> list[Token]:
    open_at: list[int] = []
    unmatched: set[int] = set()
    for index, token in enumerate(tokens):
        if token.kind == LPAREN:
            open_at.append(index)
        elif token.kind == RPAREN:
            if open_at:
                open_at.pop()
            else:
                unmatched.add(index)
    unmatched.update(open_at)
    if unmatched:
        notices.append(Message("Unbalanced parenthesis: ignored it."))
    return [token for index, token in enumerate(tokens) if index not in unmatched]


def _check_field_values(tokens: list[Token], notices: list[str]) -> list[Token]:
    """Drop fields without a value, check date values, and turn field-less ranges into words."""
    out: list[Token] = []
    # One entry per open parenthesis: the date field the group's values belong to, if any.
    group_fields: list[str | None] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.kind == FIELD:
            if following is None or following.kind not in _FIELD_VALUE:
                notices.append(
                    Message('Field "{field}:" has no value: ignored it.', field=token.text)
                )
                index += 1
                continue
            if following.kind == LPAREN:
                out.extend((token, following))
                group_fields.append(token.text if token.text in DATE_FIELDS else None)
                index += 2
                continue
            value = _field_value(token.text, following, notices)
            if value is not None:
                out.extend((token, value))
            index += 2
            continue
        if token.kind == LPAREN:
            group_fields.append(group_fields[-1] if group_fields else None)
        elif token.kind == RPAREN and group_fields:
            group_fields.pop()
        date_field = group_fields[-1] if group_fields else None
        if date_field is not None and token.kind in (WORD, PHRASE, RANGE):
            value = _field_value(date_field, token, notices)
            if value is not None:
                out.append(value)
        elif token.kind == RANGE:
            notices.append(
                Message(
                    "A range needs a date field, as in published:[2022-01 to 2022-06]: "
                    "searched for the words instead."
                )
            )
            out.extend(
                Token(WORD, clean)
                for word in _range_words(token.text)
                for clean in _clean_word(word)
            )
        elif token.kind == WORD:
            out.extend(Token(WORD, word) for word in _clean_word(token.text))
        else:
            out.append(token)
        index += 1
    return out


def _field_value(field: str, value: Token, notices: list[str]) -> Token | None:
    """The value as Whoosh should see it, or ``None`` (with a notice) to leave it out."""
    if field not in DATE_FIELDS:
        if value.kind != WORD:
            return value
        comparison = _COMPARISON.match(value.text)
        prefix = comparison.group(0) if comparison else ""
        words = _clean_word(value.text[len(prefix) :])
        return Token(WORD, prefix + words[0]) if words else None
    if value.kind == RANGE:
        return _date_range(value.text, notices)
    raw = value.text
    if value.kind == PHRASE:
        raw = raw[1 : raw.rfind('"')]
    comparison = _COMPARISON.match(raw)
    prefix = comparison.group(0) if comparison else ""
    date_text = raw[len(prefix) :].strip()
    period = query_period(date_text)
    if period is None:
        notices.append(
            Message(
                'Date "{date}" not understood ({hint}): searched without it.',
                date=date_text,
                hint=_DATE_HINT,
            )
        )
        return None
    if _SIMPLE_DATE.fullmatch(date_text):
        return Token(WORD, prefix + date_text)
    # Words ("l'anno scorso") or a European day: handed to Whoosh as the days they cover.
    first = period[0].date().isoformat()
    last = (period[1] - dt.timedelta(days=1)).date().isoformat()
    ranges = {
        "": f"[{first} TO {last}]",
        ">": f"{{{last} TO]",
        ">=": f"[{first} TO]",
        "=>": f"[{first} TO]",
        "<": f"[TO {first}}}",
        "<=": f"[TO {last}]",
        "=<": f"[TO {last}]",
    }
    return Token(RANGE, ranges[prefix])


def _date_range(text: str, notices: list[str]) -> Token | None:
    opening, inner, closing = text[0], text[1:-1], text[-1]
    parts = _RANGE_PARTS.match(inner.strip())
    if parts is None:
        notices.append(
            Message(
                'Range "{text}" not understood ({hint}): searched without it.',
                text=text,
                hint=_DATE_HINT,
            )
        )
        return None
    start, end = parts.group(1).strip(), parts.group(2).strip()
    for endpoint in (start, end):
        if endpoint and query_period(endpoint) is None:
            notices.append(
                Message(
                    'Date "{date}" not understood ({hint}): searched without it.',
                    date=endpoint,
                    hint=_DATE_HINT,
                )
            )
            return None
    if not start and not end:
        notices.append(
            Message(
                'Range "{text}" has no dates ({hint}): searched without it.',
                text=text,
                hint=_DATE_HINT,
            )
        )
        return None
    # Rendered as Whoosh's range syntax, with an upper-case TO Whoosh cannot mistake
    # for letters of a date.
    rendered = f"{opening}{start + ' ' if start else ''}TO{' ' + end if end else ''}{closing}"
    return Token(RANGE, rendered)


def _clean_word(word: str) -> list[str]:
    """The word(s) Whoosh should see for one typed word, without stray syntax.

    Whoosh reads a colon, a leading comparison, "~" and "^" anywhere in a word as syntax,
    and some of those readings fail; keep only a well-formed fuzzy or boost suffix.
    """
    cleaned: list[str] = []
    for part in word.split(":"):
        part = part.lstrip("<>=")
        match = _FUZZY.fullmatch(part)
        if match:
            stem = _STRAY.sub(" ", match["stem"]).split()
            distance = min(max(int(match["dist"] or 1), 1), 2)
            if stem:
                # A prefix longer than the word makes Whoosh index past its end.
                keep = min(int(match["prefix"] or 0), len(stem[-1]) - 1)
                prefix = f"/{keep}" if keep > 0 else ""
                cleaned.extend(stem[:-1])
                cleaned.append(f"{stem[-1]}~{distance}{prefix}")
            continue
        match = _BOOST.fullmatch(part)
        suffix = ""
        if match:
            part, suffix = match["stem"], f"^{match['boost']}"
        words = _STRAY.sub(" ", part).split()
        if words and suffix:
            words[-1] += suffix
        cleaned.extend(words)
    return [w for w in cleaned if re.search(r"\w", w) and w not in OPERATORS]


def _range_words(text: str) -> list[str]:
    inner = text[1:-1]
    return [word for word in _WORD.findall(inner) if word.lower() != "to"]


def _drop_dangling(tokens: list[Token], notices: list[str]) -> list[Token]:
    """Drop operators with nothing to join and empty groups, until nothing changes."""
    changed = True
    while changed:
        changed = False
        out: list[Token] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            previous = out[-1] if out else None
            if token.kind == LPAREN and following is not None and following.kind == RPAREN:
                if previous is not None and previous.kind == FIELD:
                    out.pop()
                index += 2
                changed = True
                continue
            if _is_not(token) and following is not None and _is_not(following):
                # A double negation cancels out (and trips Whoosh's parser).
                index += 2
                changed = True
                continue
            if token.kind == OP and not _joins(token, previous, following):
                if token.text == "NOT":
                    notices.append(Message('"NOT" has nothing after it: ignored it.'))
                else:
                    notices.append(
                        Message(
                            '"{operator}" has nothing on one side: ignored it.', operator=token.text
                        )
                    )
                index += 1
                changed = True
                continue
            out.append(token)
            index += 1
        tokens = out
    return tokens


def _joins(op: Token, previous: Token | None, following: Token | None) -> bool:
    right = following is not None and (
        following.kind in _OPERAND_START or (following.kind == OP and following.text == "NOT")
    )
    if op.text == "NOT":
        return right
    return right and previous is not None and previous.kind in _OPERAND_END


def _render(tokens: list[Token]) -> str:
    parts: list[str] = []
    glue = False
    for token in tokens:
        if parts and not glue:
            parts.append(" ")
        if token.kind == FIELD:
            parts.append(f"{token.text}:")
            glue = True
            continue
        parts.append(token.text)
        glue = False
    return "".join(parts)


def _is_not(token: Token) -> bool:
    return token.kind == OP and token.text == "NOT"
