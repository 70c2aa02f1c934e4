"""Published rating names ("Falso", "Pants on Fire!", "Fuori contesto", "錯誤") on our scale.

A label is folded (case, accents and punctuation gone) and looked up whole; otherwise the
known phrases found in it, each matched on word boundaries (CJK phrases, which have none, as
substrings), decide: the one starting first, the longest of those starting there. So
"Partially true" is half true (never true), "Not true" is false and "Nì" is half true only
when it is the whole label. A label found nowhere gives no verdict: the caller keeps it as
written and guesses nothing. ``ratingValue`` counts only on a scale whose ends are given.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from claimdesk.core.model import Verdict

T = Verdict.TRUE
MT = Verdict.MOSTLY_TRUE
HT = Verdict.HALF_TRUE
MI = Verdict.MISLEADING
MF = Verdict.MOSTLY_FALSE
F = Verdict.FALSE
U = Verdict.UNVERIFIABLE

# Phrases written folded (see fold). Grouped by language; several languages share a word.
_PHRASES: dict[Verdict, tuple[str, ...]] = {
    T: (
        # en
        "true",
        "correct",
        "accurate",
        "verified",
        "confirmed",
        "geppetto checkmark",
        # it
        "vero",
        "vera",
        "corretto",
        "corretta",
        "confermato",
        "confermata",
        "esatto",
        # es
        "verdadero",
        "verdadera",
        "cierto",
        "cierta",
        "correcto",
        "correcta",
        "verdad",
        # fr
        "vrai",
        "vraie",
        "exact",
        "exacte",
        "juste",
        # de
        "richtig",
        "wahr",
        "stimmt",
        "korrekt",
        "zutreffend",
        # pt
        "verdadeiro",
        "verdadeira",
        "verdade",
        "correto",
        "correta",
        # nl, pl, tr, ru, id, ko, ar, zh, ja
        "waar",
        "prawda",
        "doğru",
        "правда",
        "верно",
        "benar",
        "사실",
        "صحيح",
        "正確",
        "正确",
        "屬實",
        "属实",
    ),
    MT: (
        "mostly true",
        "mostly correct",
        "mostly accurate",
        "largely true",
        "largely accurate",
        "almost true",
        "true but",
        "c eri quasi",
        "quasi vero",
        "sostanzialmente vero",
        "in gran parte vero",
        "vero ma",
        "mayormente verdadero",
        "casi verdadero",
        "verdadero pero",
        "mayormente cierto",
        "plutot vrai",
        "vrai mais",
        "globalement vrai",
        "grosstenteils richtig",
        "weitgehend richtig",
        "uberwiegend richtig",
        "grosstenteils wahr",
        "uberwiegend wahr",
        "praticamente verdadeiro",
        "maioritariamente verdadeiro",
        "verdadeiro mas",
        "grotendeels waar",
        "대체로 사실",
        "one pinocchio",
    ),
    HT: (
        "half true",
        "half truth",
        "half right",
        "mixture",
        "mixed",
        "partly true",
        "partially true",
        "partly correct",
        "partially correct",
        "partially accurate",
        "mezza verita",
        "mezzo vero",
        "vero a meta",
        "parzialmente vero",
        "in parte vero",
        "verdad a medias",
        "medio verdadero",
        "parcialmente verdadero",
        "parcialmente cierto",
        "mitad verdad",
        "discutible",
        "a moitie vrai",
        "en partie vrai",
        "partiellement vrai",
        "ni vrai ni faux",
        "teilweise richtig",
        "teilweise wahr",
        "halb wahr",
        "halbwahr",
        "meia verdade",
        "parcialmente verdadeiro",
        "em parte verdadeiro",
        "deels waar",
        "gedeeltelijk waar",
        "частично правда",
        "절반의 사실",
        "部分正確",
        "部分正确",
        "半真半假",
        "two pinocchios",
    ),
    MI: (
        "misleading",
        "missing context",
        "lacks context",
        "needs context",
        "out of context",
        "lacking context",
        "cherry picks",
        "exaggerated",
        "exaggeration",
        "exaggerates",
        "distorts the facts",
        "spins the facts",
        "decontextualised",
        "decontextualized",
        "old news",
        "outdated",
        "deceptive",
        "fuorviante",
        "fuori contesto",
        "decontestualizzato",
        "decontestualizzata",
        "contesto mancante",
        "manca il contesto",
        "senza contesto",
        "esagerato",
        "esagerata",
        "notizia vecchia",
        "allarmismo",
        "distorto",
        "enganoso",
        "enganosa",
        "sacado de contexto",
        "fuera de contexto",
        "descontextualizado",
        "descontextualizada",
        "falta contexto",
        "exagerado",
        "exagerada",
        "noticia vieja",
        "falta de contexto",
        "trompeur",
        "trompeuse",
        "hors contexte",
        "sorti de son contexte",
        "manque de contexte",
        "contexte manquant",
        "exagere",
        "exageree",
        "sorti du contexte",
        "irrefuhrend",
        "fehlender kontext",
        "fehlt kontext",
        "aus dem kontext gerissen",
        "ubertrieben",
        "irrefuhrende",
        "fora de contexto",
        "sem contexto",
        "distorcido",
        "distorcida",
        "contraditorio",
        "misleidend",
        "manipulacja",
        "yanıltıcı",
        "манипуляция",
        "menyesatkan",
        "مضلل",
        "誤導",
        "误导",
        "易誤解",
        "易误解",
        "断章取义",
        "斷章取義",
        "缺乏背景",
        "ミスリード",
    ),
    MF: (
        "mostly false",
        "largely false",
        "partly false",
        "partially false",
        "mostly inaccurate",
        "mostly wrong",
        "pinocchio andante",
        "quasi falso",
        "parzialmente falso",
        "in gran parte falso",
        "impreciso",
        "imprecisa",
        "notizia imprecisa",
        "mayormente falso",
        "parcialmente falso",
        "parcialmente falsa",
        "casi falso",
        "plutot faux",
        "partiellement faux",
        "en partie faux",
        "imprecis",
        "imprecise",
        "grosstenteils falsch",
        "uberwiegend falsch",
        "teilweise falsch",
        "weitgehend falsch",
        "maioritariamente falso",
        "em parte falso",
        "grotendeels onwaar",
        "deels onwaar",
        "대체로 거짓",
        "three pinocchios",
        "部分錯誤",
        "部分错误",
    ),
    F: (
        "false",
        "incorrect",
        "inaccurate",
        "wrong",
        "fake",
        "fabricated",
        "hoax",
        "untrue",
        "not true",
        "pants on fire",
        "baseless",
        "altered",
        "altered photo",
        "altered video",
        "doctored",
        "photoshopped",
        "manipulated",
        "edited image",
        "not real",
        "four pinocchios",
        "falso",
        "falsa",
        "bufala",
        "non vero",
        "non e vero",
        "sbagliato",
        "sbagliata",
        "errato",
        "errata",
        "inventato",
        "inventata",
        "infondato",
        "infondata",
        "panzana pazzesca",
        "panzana",
        "immagine modificata",
        "foto modificata",
        "video modificato",
        "immagine manipolata",
        "foto manipolata",
        "video manipolato",
        "manipolato",
        "manipolata",
        "notizia falsa",
        "bulo",
        "mentira",
        "incorrecto",
        "incorrecta",
        "inventado",
        "montaje",
        "manipulado",
        "manipulada",
        "no es cierto",
        "no es verdad",
        "insostenible",
        "infundado",
        "falsedad",
        "faux",
        "fausse",
        "infox",
        "intox",
        "inexact",
        "inexacte",
        "errone",
        "erronee",
        "photo truquee",
        "montage",
        "infonde",
        "pas vrai",
        "c est faux",
        "falsch",
        "unwahr",
        "erfunden",
        "frei erfunden",
        "manipuliert",
        "gefalscht",
        "stimmt nicht",
        "nicht richtig",
        "nicht wahr",
        "pimenta na lingua",
        "montagem",
        "adulterado",
        "adulterada",
        "nao e verdade",
        "onwaar",
        "nepnieuws",
        "fałsz",
        "nieprawda",
        "yanlış",
        "ложь",
        "фейк",
        "неправда",
        "salah",
        "hoaks",
        "거짓",
        "كاذب",
        "زائف",
        "झूठ",
        "फर्जी",
        "錯誤",
        "错误",
        "不正確",
        "不正确",
        "不實",
        "不实",
        "虛假",
        "虚假",
        "謠言",
        "谣言",
        "假消息",
        "誤り",
    ),
    U: (
        "unverifiable",
        "unverified",
        "unproven",
        "unsupported",
        "unsubstantiated",
        "no evidence",
        "insufficient evidence",
        "lacks evidence",
        "cannot be verified",
        "can t be verified",
        "not verifiable",
        "too early to tell",
        "non verificabile",
        "senza prove",
        "non ci sono prove",
        "nessuna prova",
        "prove insufficienti",
        "non dimostrato",
        "non provato",
        "sin pruebas",
        "no verificable",
        "inverificable",
        "sin evidencia",
        "no hay pruebas",
        "inchequeable",
        "apresurado",
        "sin fundamento",
        "inverifiable",
        "non prouve",
        "sans preuve",
        "pas de preuve",
        "aucune preuve",
        "unbelegt",
        "nicht belegt",
        "unbewiesen",
        "nicht uberprufbar",
        "ohne beleg",
        "sem provas",
        "nao verificavel",
        "inverificavel",
        "sem evidencias",
        "insustentavel",
        "ainda e cedo para dizer",
        "onbewezen",
        "nieweryfikowalne",
        "근거 없음",
        "根拠不明",
        "無法證實",
        "无法证实",
        "證據不足",
        "证据不足",
        "未經證實",
        "未经证实",
    ),
}
# Too short or too common to be looked for inside a longer label: only as the whole label.
_WHOLE_ONLY: dict[str, Verdict] = {
    "ni": HT,
    "nì": HT,
    "real": T,
    "fact": T,
    "假": F,
    "真": T,
}
# A numeric rating goes to one of these by where it lies between worst and best; a number
# cannot say "misleading" or "unverifiable".
_BY_FRACTION = (F, MF, HT, MT, T)


def fold(text: str) -> str:
    """Case, accents and punctuation gone, spaces single: "C'eri quasi!" -> "c eri quasi"."""
    bare = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", bare).split())


def _is_cjk(phrase: str) -> bool:
    return any(unicodedata.east_asian_width(c) in "WF" for c in phrase)


@cache
def _table() -> tuple[dict[str, Verdict], re.Pattern[str], re.Pattern[str]]:
    whole: dict[str, Verdict] = {}
    for verdict, phrases in _PHRASES.items():
        for phrase in phrases:
            key = fold(phrase)
            if key in whole and whole[key] != verdict:
                raise AssertionError(f"{phrase!r} is listed under two verdicts")
            whole[key] = verdict
    words = sorted((p for p in whole if not _is_cjk(p)), key=len, reverse=True)
    cjk = sorted((p for p in whole if _is_cjk(p)), key=len, reverse=True)
    worded = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in words) + r")\b")
    unspaced = re.compile("|".join(re.escape(p) for p in cjk))
    whole.update({fold(k): v for k, v in _WHOLE_ONLY.items()})
    return whole, worded, unspaced


def known_labels() -> dict[str, Verdict]:
    """Every folded label of the table with its verdict."""
    return dict(_table()[0])


def verdict_from_label(label: str) -> Verdict | None:
    """Our verdict for a published rating name, or None when the table does not know it."""
    folded = fold(label)
    if not folded:
        return None
    whole, worded, unspaced = _table()
    if folded in whole:
        return whole[folded]
    found = [m for m in (worded.search(folded), unspaced.search(folded)) if m is not None]
    if not found:
        return None
    best = min(found, key=lambda m: (m.start(), -len(m.group())))
    return whole[best.group()]


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            return None
    return None


def verdict_from_scale(value: Any, best: Any, worst: Any) -> Verdict | None:
    """A verdict from ``ratingValue`` only when ``bestRating`` and ``worstRating`` are both
    given, differ, and the value lies between them; anything less is not guessed."""
    number, top, bottom = _number(value), _number(best), _number(worst)
    if number is None or top is None or bottom is None or top == bottom:
        return None
    fraction = (number - bottom) / (top - bottom)
    if not 0 <= fraction <= 1:
        return None
    return _BY_FRACTION[round(fraction * (len(_BY_FRACTION) - 1))]


def verdict_from_rating(rating: dict[str, Any]) -> Verdict | None:
    """The verdict of a schema.org Rating: its ``alternateName`` (or ``name``) when the table
    knows it, else its ``ratingValue`` on an explicit scale, else None."""
    for key in ("alternateName", "name", "textualRating"):
        label = rating.get(key)
        if isinstance(label, str):
            found = verdict_from_label(label)
            if found is not None:
                return found
    return verdict_from_scale(
        rating.get("ratingValue"), rating.get("bestRating"), rating.get("worstRating")
    )
