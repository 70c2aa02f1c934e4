"""Sentence segmentation on real news text and on small cases for every rule, both languages."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time

import pytest

from claimdesk.core.model import Span
from claimdesk.core.nlp.sentences import split_sentences
from tests.conftest import REPO, SEED


def seed_text() -> str:
    """The Italian Reuters seed article, as shipped with the demo."""
    return SEED.read_text(encoding="utf-8")


def texts(text: str, language: str) -> list[str]:
    """The sentences of ``text``, after checking the span invariants."""
    spans = split_sentences(text, language)
    check_invariants(text, spans)
    return [span.text for span in spans]


def check_invariants(text: str, spans: list[Span]) -> None:
    """Spans are ordered, disjoint, stripped, exact, and cover every non-space character."""
    owner = [0] * len(text)
    previous_end = 0
    for span in spans:
        assert isinstance(span, Span)
        assert previous_end <= span.start < span.end <= len(text)
        assert span.text == text[span.start : span.end]
        assert not span.text[0].isspace() and not span.text[-1].isspace()
        for index in range(span.start, span.end):
            owner[index] += 1
        previous_end = span.end
    for index, char in enumerate(text):
        # Whitespace may sit inside a sentence; nothing belongs to two.
        expected = (0, 1) if char.isspace() else (1,)
        assert owner[index] in expected, f"character {index} ({char!r}) is in {owner[index]} spans"


# --- the seed article ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[str]]:
    text = seed_text()
    return text, texts(text, "it")


def test_seed_quotation_with_attribution_is_one_sentence(seed: tuple[str, list[str]]) -> None:
    _, sentences = seed
    quoted = [s for s in sentences if s.startswith('"Non sappiamo quando finirà la guerra.')]
    assert quoted == [
        '"Non sappiamo quando finirà la guerra. Ma quello che sappiamo è che quando la guerra '
        'finirà, dobbiamo assicurarci che la storia non si ripeta", ha detto Stoltenberg.'
    ]
    second = [s for s in sentences if s.startswith('"Dobbiamo assicurarci di interrompere')]
    assert len(second) == 1
    assert second[0].endswith("alla periferia di Bruxelles.")


def test_seed_heading_is_its_own_sentence(seed: tuple[str, list[str]]) -> None:
    _, sentences = seed
    assert "'ESPERIENZA IRREALE'" in sentences


def test_seed_numbers_do_not_split(seed: tuple[str, list[str]]) -> None:
    _, sentences = seed
    [thousands] = [s for s in sentences if "100.000" in s]
    assert thousands.startswith("Anche se la NATO")
    assert thousands.endswith('libero e indipendente in Europa".')
    [age] = [s for s in sentences if "63 anni" in s]
    assert age.startswith('"Questa è la più grande crisi di sicurezza')
    assert age.endswith("capo della NATO dal 2014.")


def test_seed_sentence_count_and_edges(seed: tuple[str, list[str]]) -> None:
    text, sentences = seed
    # One sentence a paragraph: every paragraph of this article is a single sentence.
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    assert sentences == paragraphs
    assert sentences[-1].endswith('quello che ho già detto".')


# --- paragraphs and lines -----------------------------------------------------------------


@pytest.mark.parametrize("language", ["it", "en"])
def test_blank_line_always_ends_a_sentence(language: str) -> None:
    text = "Prima parte senza punto\n\nseconda parte, sempre senza punto"
    assert texts(text, language) == [
        "Prima parte senza punto",
        "seconda parte, sempre senza punto",
    ]


def test_heading_line_is_its_own_sentence_it() -> None:
    text = "La guerra in Ucraina\nIl presidente ha parlato ieri. Poi è partito."
    assert texts(text, "it") == [
        "La guerra in Ucraina",
        "Il presidente ha parlato ieri.",
        "Poi è partito.",
    ]


def test_heading_line_is_its_own_sentence_en() -> None:
    text = "NATO CHIEF WARNS MOSCOW\nBRUSSELS (Reuters) - The alliance met on Tuesday."
    assert texts(text, "en") == [
        "NATO CHIEF WARNS MOSCOW",
        "BRUSSELS (Reuters) - The alliance met on Tuesday.",
    ]


def test_wrapped_line_continues_the_sentence() -> None:
    it = "Il ministro ha detto che la riforma\nsarà approvata entro la fine dell'anno."
    assert texts(it, "it") == [it]
    en = "The minister said the reform would be\napproved by the end of the year."
    assert texts(en, "en") == [en]


def test_line_ending_in_a_comma_continues() -> None:
    text = "Secondo il rapporto,\nMosca ha violato l'accordo."
    assert texts(text, "it") == [text]


def test_list_items_are_sentences() -> None:
    text = "Tre punti:\n- più armi\n- più munizioni\n- più addestramento"
    assert texts(text, "it") == [
        "Tre punti:",
        "- più armi",
        "- più munizioni",
        "- più addestramento",
    ]
    numbered = "Steps\n1. Open the file\n2. Mark the claim"
    assert texts(numbered, "en") == ["Steps", "1. Open the file", "2. Mark the claim"]


def test_line_after_a_period_starts_a_sentence() -> None:
    text = "First paragraph ends here.\nSecond paragraph starts here."
    assert texts(text, "en") == ["First paragraph ends here.", "Second paragraph starts here."]


# --- abbreviations ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lo prevede l'art. 5 della Costituzione.",
        "Vedi il comma n. 3 del decreto.",
        "Ha parlato il dott. Rossi.",
        "Ha parlato il sig. Bianchi.",
        "È arrivata la sig.ra Verdi.",
        "Ne ha scritto il prof. Neri.",
        "Mele, pere ecc. sono frutti.",
        "Si legge a pag. 12 del rapporto.",
        "Ha votato l'on. Meloni.",
        "Lo assiste l'avv. Esposito.",
        "Il progetto dell'ing. Russo è pronto.",
        "La Fiat S.p.A. Holding ha chiuso in rialzo.",
        "Alcuni paesi, p.es. la Francia, hanno votato contro.",
        "Ne parla il dott. M. Rossi nel suo libro.",
    ],
)
def test_italian_abbreviations_do_not_split(text: str) -> None:
    assert texts(text, "it") == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith went to Washington.",
        "Mrs. Smith stayed home.",
        "Dr. Jones disagreed.",
        "The U.S. Navy sent two ships.",
        "The U.K. Parliament voted on Feb. 24 last year.",
        "It happened on Jan. 5, 2023.",
        "Bring pens, paper, etc. to the meeting.",
        "Some allies, e.g. Poland, sent tanks.",
        "The hawks, i.e. the defence ministers, won.",
        "He lives at No. 10 Downing Street.",
        "They met at St. Peter's Basilica.",
        "Apple Inc. CEO Tim Cook spoke.",
        "Acme Corp. Chairman John Doe resigned.",
        "Gov. Newsom and Sen. Padilla agreed.",
        "Rep. Smith and Gen. Milley testified.",
        "Lt. Dan was there.",
        "The meeting started at 9 a.m. sharp and ended at 5 p.m. on time.",
        "J. Smith and A. B. Jones signed the letter.",
        "President George W. Bush spoke.",
    ],
)
def test_english_abbreviations_do_not_split(text: str) -> None:
    assert texts(text, "en") == [text]


def test_closable_abbreviation_ends_before_a_sentence_opener() -> None:
    assert texts("Troops left the U.S. The war went on.", "en") == [
        "Troops left the U.S.",
        "The war went on.",
    ]
    assert texts("Ha chiuso la Fiat S.p.A. Il titolo è crollato.", "it") == [
        "Ha chiuso la Fiat S.p.A.",
        "Il titolo è crollato.",
    ]
    assert texts("We met at 5 p.m. The talks failed.", "en") == [
        "We met at 5 p.m.",
        "The talks failed.",
    ]


def test_etc_before_a_capital_ends_the_sentence() -> None:
    assert texts("Bring pens, paper etc. Then wait.", "en") == [
        "Bring pens, paper etc.",
        "Then wait.",
    ]
    assert texts("Mele, pere ecc. Poi il resto.", "it") == ["Mele, pere ecc.", "Poi il resto."]


def test_initial_then_sentence_opener_ends_the_sentence() -> None:
    assert texts("They chose plan B. The vote was close.", "en") == [
        "They chose plan B.",
        "The vote was close.",
    ]


def test_abbreviation_at_end_of_line_before_capital_ends_it() -> None:
    assert texts("The troops came back to the U.S.\nOfficials said so.", "en") == [
        "The troops came back to the U.S.",
        "Officials said so.",
    ]


def test_italian_abbreviation_after_elision() -> None:
    assert texts("Secondo l'art. 11 l'Italia ripudia la guerra.", "it") == [
        "Secondo l'art. 11 l'Italia ripudia la guerra."
    ]


def test_english_contraction_before_period_ends_the_sentence() -> None:
    assert texts("They didn't. Today's incident proves it.", "en") == [
        "They didn't.",
        "Today's incident proves it.",
    ]


# --- numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Più di 100.000 soldati sono entrati in Ucraina.", "it"),
        ("Il PIL è cresciuto del 3.5 per cento.", "it"),
        ("L'inflazione è salita all'1.5% a gennaio.", "it"),
        ("Il decreto del 24.2.2023 è in vigore.", "it"),
        ("Il tasso è al 2,5% e il debito a 2.700 miliardi.", "it"),
        ("Growth was 3.5 percent, or 1.5% a quarter.", "en"),
        ("The deal is worth $1.2 billion.", "en"),
    ],
)
def test_numbers_do_not_split(text: str, language: str) -> None:
    assert texts(text, language) == [text]


def test_year_at_sentence_end_splits() -> None:
    assert texts("La guerra è iniziata nel 2014. Nel 2022 è cambiato tutto.", "it") == [
        "La guerra è iniziata nel 2014.",
        "Nel 2022 è cambiato tutto.",
    ]


def test_article_numbers_opening_a_sentence_do_not_split() -> None:
    text = "Norme generali. 913. Scolo delle acque. Il fondo inferiore riceve le acque."
    assert texts(text, "it") == [
        "Norme generali.",
        "913. Scolo delle acque.",
        "Il fondo inferiore riceve le acque.",
    ]


# --- quotations ---------------------------------------------------------------------------


def test_straight_quotes_with_comma_attribution_stay_one_sentence() -> None:
    text = '"Non lo so. Vedremo domani. Forse", ha detto il ministro. Poi è uscito.'
    assert texts(text, "it") == [
        '"Non lo so. Vedremo domani. Forse", ha detto il ministro.',
        "Poi è uscito.",
    ]


def test_guillemets_with_attribution_stay_one_sentence() -> None:
    text = "«Non sappiamo quando finirà. Ma sappiamo cosa fare», ha detto Stoltenberg. Fine."
    assert texts(text, "it") == [
        "«Non sappiamo quando finirà. Ma sappiamo cosa fare», ha detto Stoltenberg.",
        "Fine.",
    ]


def test_curly_quotes_with_attribution_stay_one_sentence() -> None:
    text = "“We don't know when the war ends. We know what to do,” he said. Then he left."
    assert texts(text, "en") == [
        "“We don't know when the war ends. We know what to do,” he said.",
        "Then he left.",
    ]


def test_comma_inside_quotes_keeps_the_attribution() -> None:
    text = '"We will stand with Ukraine. We will not waver," Biden told reporters. He left.'
    assert texts(text, "en") == [
        '"We will stand with Ukraine. We will not waver," Biden told reporters.',
        "He left.",
    ]


def test_final_mark_inside_quotes_before_lowercase_attribution() -> None:
    assert texts('"Basta! Non ne posso più!" ha gridato Rossi. Poi è uscito.', "it") == [
        '"Basta! Non ne posso più!" ha gridato Rossi.',
        "Poi è uscito.",
    ]
    assert texts("“Are we safe? Nobody knows.” said the mayor.", "en") == [
        "“Are we safe? Nobody knows.” said the mayor."
    ]


def test_closing_quote_after_the_period_belongs_to_the_sentence() -> None:
    text = 'He said: "We will win." Then he left.'
    assert texts(text, "en") == ['He said: "We will win."', "Then he left."]
    text = "Ha detto: «Vinceremo.» Poi è partito."
    assert texts(text, "it") == ["Ha detto: «Vinceremo.»", "Poi è partito."]


def test_closing_bracket_after_the_period_belongs_to_the_sentence() -> None:
    text = "The vote passed. (Two members abstained.) The session closed."
    assert texts(text, "en") == [
        "The vote passed.",
        "(Two members abstained.)",
        "The session closed.",
    ]


def test_quotation_without_attribution_splits_normally() -> None:
    text = '"Non lo so." Il ministro è uscito.'
    assert texts(text, "it") == ['"Non lo so."', "Il ministro è uscito."]


def test_unbalanced_quote_does_not_swallow_the_paragraph() -> None:
    text = '"Ogni paragrafo di una lunga citazione si apre così. Il testo va avanti.'
    assert texts(text, "it") == [
        '"Ogni paragrafo di una lunga citazione si apre così.',
        "Il testo va avanti.",
    ]


# --- ellipses, questions, exclamations ----------------------------------------------------


def test_ellipsis_before_lowercase_continues() -> None:
    assert texts("Non so... forse domani.", "it") == ["Non so... forse domani."]
    assert texts("I don't know… maybe tomorrow.", "en") == ["I don't know… maybe tomorrow."]


def test_ellipsis_before_capital_ends() -> None:
    assert texts("Non so... Domani vedremo.", "it") == ["Non so...", "Domani vedremo."]
    assert texts("We waited… Nobody came.", "en") == ["We waited…", "Nobody came."]


def test_question_and_exclamation_end_sentences() -> None:
    assert texts("Chi pagherà? Nessuno lo sa! Ma si vedrà.", "it") == [
        "Chi pagherà?",
        "Nessuno lo sa!",
        "Ma si vedrà.",
    ]
    assert texts("Who pays? Nobody knows! We will see?! Maybe.", "en") == [
        "Who pays?",
        "Nobody knows!",
        "We will see?!",
        "Maybe.",
    ]


def test_exclamation_in_brackets_before_lowercase_continues() -> None:
    text = "Il ministro (sic!) ha confermato tutto."
    assert texts(text, "it") == [text]


# --- languages and edge cases -------------------------------------------------------------


@pytest.mark.parametrize("language", ["de", "fr", "xx", "", "EN", "en-GB", "it_IT"])
def test_unknown_or_regional_languages_use_english_and_generic_rules(language: str) -> None:
    assert texts("Mr. Smith arrived at 5 p.m. on Monday. He left.", language) == [
        "Mr. Smith arrived at 5 p.m. on Monday.",
        "He left.",
    ]


def test_regional_code_keeps_its_language_rules() -> None:
    assert texts("Ha parlato il dott. Rossi.", "it-IT") == ["Ha parlato il dott. Rossi."]


@pytest.mark.parametrize("text", ["", " ", "\n\n \t\n"])
def test_empty_and_blank_text_has_no_sentences(text: str) -> None:
    assert split_sentences(text, "it") == []


def test_offsets_count_code_points_and_skip_whitespace() -> None:
    text = "  😀 Ciao.  Ça va? \n"
    spans = split_sentences(text, "it")
    assert spans == [Span(2, 9, "😀 Ciao."), Span(11, 17, "Ça va?")]


def test_text_without_final_punctuation_is_one_sentence() -> None:
    assert texts("just some words", "en") == ["just some words"]


# --- span invariants on generated text ----------------------------------------------------

FRAGMENTS = [
    "Il",
    "governo",
    "ha",
    "detto",
    "Mr.",
    "Smith",
    "U.S.",
    "S.p.A.",
    "art.",
    "5",
    "100.000",
    "3.5",
    "ecc.",
    "etc.",
    "e.g.",
    "J.",
    "p.m.",
    "...",
    "…",
    "?",
    "!",
    ".",
    ",",
    ":",
    ";",
    '"',
    "“",
    "”",
    "«",
    "»",
    "'",
    "(",
    ")",
    "[",
    "]",
    "Ma",
    "the",
    "war",
    "È",
    "ça",
    "😀",
    "1.",
    "-",
    "—",
    "?!",
    '."',
    ".»",
    "no.",
    "il",
    "NATO",
    "a.",
    "é",
    "\u00a0",
    "\u200b",
]
SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", "  ", "\t", " \n ", "\u00a0", "\u2003"]


@pytest.mark.parametrize("seed_value", range(40))
@pytest.mark.parametrize("language", ["it", "en", "xx"])
def test_span_invariants_hold_on_random_text(seed_value: int, language: str) -> None:
    rng = random.Random(seed_value)
    parts = []
    for _ in range(rng.randint(0, 120)):
        parts.append(rng.choice(FRAGMENTS))
        parts.append(rng.choice(SEPARATORS))
    text = "".join(parts)
    check_invariants(text, split_sentences(text, language))


def test_span_invariants_hold_on_the_seed_rewrapped() -> None:
    # The seed hard-wrapped at 60 columns, with Windows-style extra spaces: still consistent.
    text = seed_text()
    wrapped = "\n\n".join(
        "\n".join(p[i : i + 60] for i in range(0, len(p), 60)) for p in text.split("\n\n")
    )
    check_invariants(wrapped, split_sentences(wrapped, "it"))


NEWS = (
    "ROMA, 24 febbraio (Reuters) - Il governo ha approvato il decreto n. 34 con 100.000 euro. "
    '"Non sappiamo quando finirà. Ma sappiamo cosa fare", ha detto il dott. Rossi, 63 anni.\n\n'
    "WASHINGTON, Feb. 24 (Reuters) - The U.S. will send more aid, Mr. Biden said at 5 p.m. "
    "on Friday. Officials did not say when... or how. Why now? Nobody knows!\n"
    "A heading without a stop\n"
    "Il PIL è cresciuto del 3.5% nel 2022, ecc. Le stime dell'art. 5 restano valide.\n\n"
)


def test_segments_well_over_a_megabyte_a_second() -> None:
    big = NEWS * (1_000_000 // len(NEWS) + 1)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        spans = split_sentences(big, "it")
        best = min(best, time.perf_counter() - started)
    assert len(spans) > 10_000
    # The bound is loose on purpose (the segmenter does about 15 MB/s here): a regression to
    # something quadratic or a slow import would still trip it.
    assert best < 1.0, f"{len(big) / best:,.0f} characters a second"


@pytest.mark.parametrize(
    "text",
    [
        "." * 200_000 + "x",
        "«" * 50_000 + " fine.",
        '"' * 50_000 + " a",
        "a" + " " * 200_000 + "\nB",
        "a. " * 60_000,
    ],
)
def test_pathological_input_stays_fast(text: str) -> None:
    started = time.perf_counter()
    check_invariants(text, split_sentences(text, "it"))
    assert time.perf_counter() - started < 2.0


def test_import_is_light() -> None:
    code = (
        "import sys, claimdesk.core.nlp.sentences; "
        "heavy = {'dateparser', 'sqlalchemy', 'whoosh', 'PySide6', 'regex'} & set(sys.modules); "
        "print(sorted(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.stdout.strip() == "[]"


def test_an_italian_colon_before_a_capitalised_clause_ends_a_sentence() -> None:
    text = 'Una cosa è certa: La guerra non finirà presto. Ha risposto: "Non lo so".'
    assert texts(text, "it") == [
        "Una cosa è certa:",
        "La guerra non finirà presto.",
        'Ha risposto: "Non lo so".',
    ]


def test_an_english_colon_does_not_end_a_sentence() -> None:
    assert texts("Here's a tip: Don't go there.", "en") == ["Here's a tip: Don't go there."]


def test_informal_english_sentences_may_start_lowercase_after_a_short_word() -> None:
    text = "max is looking for you. call him at noon."
    assert texts(text, "en") == ["max is looking for you.", "call him at noon."]
    assert texts("Vedi la sez. a pagina due.", "it") == ["Vedi la sez. a pagina due."]


def test_an_emoticon_and_a_spaced_ellipsis_close_sentences() -> None:
    assert texts("That was fun :) Now we go home.", "en") == ["That was fun :)", "Now we go home."]
    assert texts("He paused . . . Then he left.", "en") == ["He paused . . .", "Then he left."]


def test_an_e_mail_closing_ends_its_line() -> None:
    text = "Please confirm the figures by Friday. Best regards, Debra Perlingiere"
    assert texts(text, "en") == [
        "Please confirm the figures by Friday.",
        "Best regards,",
        "Debra Perlingiere",
    ]
    assert texts("P.S. I am moving back to Calgary.", "en") == ["P.S. I am moving back to Calgary."]
