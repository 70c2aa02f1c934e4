"""The language of what arrives, in any language: the detector keeps every ISO 639-1 code it
finds, says when it is unsure, and the language tools read other languages plainly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimdesk.core.importers import from_text, read_file
from claimdesk.core.importers.language import _model, detect_language, guess_language
from claimdesk.core.model import ArticleMeta
from claimdesk.core.nlp.analyze import analyze
from claimdesk.core.nlp.languages import PLAIN, tools_language
from tests.conftest import shared_path

# One news sentence a language, written for this test.
SAMPLES = {
    "el": "Ο υπουργός δήλωσε χθες ότι οι τιμές της ενέργειας μειώθηκαν κατά δέκα τοις εκατό.",
    "ru": "Министр заявил вчера, что цены на энергию снизились на десять процентов за год.",
    "uk": "Міністр заявив учора, що ціни на енергію знизилися на десять відсотків за рік.",
    "ja": "大臣は昨日、エネルギー価格が一年で十パーセント下がったと述べた。",
    "zh": "部长昨天表示，能源价格在一年内下降了百分之十，但专家对此表示怀疑。",
    "ar": "قال الوزير أمس إن أسعار الطاقة انخفضت بنسبة عشرة في المئة خلال عام واحد.",
    "tr": "Bakan dün yaptığı açıklamada enerji fiyatlarının bir yılda yüzde on düştüğünü söyledi.",
    "hu": "A miniszter tegnap azt mondta, hogy az energiaárak egy év alatt csökkentek.",
    "fi": "Ministeri sanoi eilen, että energian hinnat laskivat vuodessa kymmenen prosenttia.",
    "cs": "Ministr včera prohlásil, že ceny energií za rok klesly o deset procent.",
    "ca": "El ministre va dir ahir que els preus de l'energia han baixat un deu per cent.",
    "fr": "Le ministre a déclaré hier que les prix de l'énergie ont baissé de dix pour cent.",
    "de": "Der Minister sagte gestern, die Energiepreise seien um zehn Prozent gesunken.",
    "it": "Il ministro ha detto ieri che i prezzi dell'energia sono scesi del dieci per cento.",
    "en": "The minister said yesterday that energy prices fell by ten per cent in a year.",
}


@pytest.mark.parametrize(("code", "text"), sorted(SAMPLES.items()))
def test_any_language_keeps_its_iso_code(code: str, text: str) -> None:
    assert guess_language(text) == code
    assert from_text(text).language == code


def test_every_answer_is_an_iso_639_1_code() -> None:
    assert all(len(label) == 2 for label in _model().nb_classes)


@pytest.mark.parametrize("text", ["2023 - 45%", "OK", "…", "https://t.co/x1"])
def test_texts_without_words_are_unsure(text: str) -> None:
    assert guess_language(text) is None
    assert detect_language(text) == "en"


def test_a_confident_detection_beats_a_declared_default(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f'<html lang="en"><body><article><p>{SAMPLES["de"]}</p><p>{SAMPLES["de"]}</p>'
        "</article></body></html>",
        encoding="utf-8",
    )
    assert read_file(page).language == "de"
    assert from_text(SAMPLES["el"], ArticleMeta(language="it")).language == "it"


def test_the_language_tools_read_other_languages_plainly() -> None:
    text = (
        "Le 3/4/2023, le ministre a déclaré que les prix avaient baissé. "
        "Le 2023-04-05, il a nié avoir dit « une hausse ». Il a démenti hier."
    )
    analysis = analyze(text, "fr", dt.date(2023, 5, 1))
    assert tools_language("fr") == PLAIN
    assert len(analysis.sentences) == 3
    # Only the date written alike everywhere; "3/4/2023" is not read month first.
    assert [(d.text, d.value) for d in analysis.dates] == [("2023-04-05", "2023-04-05")]
    assert analysis.suggestions == []
    for code in ("ja", "ar", "zh", "und", "xx-YY"):
        analyze(SAMPLES["ja"], code, dt.date(2023, 5, 1))


def test_tags_of_known_languages_keep_their_rules() -> None:
    assert tools_language("it-IT") == "it"
    assert tools_language("EN_gb") == "en"
    assert tools_language("") == "en"
    analysis = analyze("Il 3/4/2023 il ministro ha detto che i prezzi sono scesi.", "it-IT", None)
    assert [d.value for d in analysis.dates] == ["2023-04-03"]


def _ud_sentences(name: str) -> list[str]:
    lines = shared_path("data", "ud", name).read_text("utf-8").splitlines()
    return [line[len("# text = ") :] for line in lines if line.startswith("# text = ")]


def test_ud_dev_sentences_and_runs_of_them() -> None:
    """On the dev splits: confident answers on single sentences are right, runs of ten are
    named (bench/language_detect.py prints the full figures)."""
    total = answered = right = runs = runs_right = 0
    for code, name in (("it", "it_isdt-ud-dev.conllu"), ("en", "en_ewt-ud-dev.conllu")):
        sentences = _ud_sentences(name)
        total += len(sentences)
        for sentence in sentences:
            found = guess_language(sentence)
            answered += found is not None
            right += found == code
        for start in range(0, len(sentences), 10):
            runs += 1
            runs_right += detect_language(" ".join(sentences[start : start + 10])) == code
    assert right / answered >= 0.99
    assert answered / total >= 0.7
    assert runs_right / runs >= 0.99
