"""Which languages the language tools know, and what they do with the others.

Sentences, dates and claim suggestions have rules for Italian and English. An article in any
other language (the importer keeps whatever ISO 639-1 code its detector finds) is read
plainly, never with another language's rules: sentences by punctuation and capitals alone,
only dates written the same way everywhere (ISO, ``2023-02-24``), and no claim suggestions,
since the cues that find them are words of one language. No code given reads as English.
"""

from __future__ import annotations

KNOWN = ("it", "en")
# The code the tools use for "a language we have no rules for" (ISO 639-2 "undetermined").
PLAIN = "und"
DEFAULT = "en"


def tools_language(language: str | None) -> str:
    """``"it"`` or ``"en"`` for a tag of a language the tools know (``"it-IT"``, ``"EN"``),
    ``"en"`` for none, and :data:`PLAIN` for any other language."""
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    if not code:
        return DEFAULT
    return code if code in KNOWN else PLAIN
