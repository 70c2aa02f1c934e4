"""The claimant registry's side of who says what: aliases, fuller names met before, display.

A speaker matching an alias (ignoring case, apostrophe style and a leading article) takes the
registry's canonical name ("Mosca" -> "Russia"); a short name is read as the fuller one met
earlier in the article ("Menegazzi" -> "Carla Menegazzi"); any other speaker is written as a
fact-checker writes it (:func:`claimdesk.core.nlp.claimants.claimant_of`).
"""

from __future__ import annotations

from collections.abc import Mapping

from claimdesk.core.nlp import cues
from claimdesk.core.nlp.claimants import claimant_of

__all__ = ["alias_table", "canonical", "display", "known_entity", "name_key"]


def alias_table(known: Mapping[str, str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for alias, canonical in known.items():
        table[name_key(alias)] = canonical
        table[name_key(canonical)] = canonical
    return table


def name_key(name: str) -> str:
    """A name compared ignoring case, apostrophe style and a leading article."""
    words = name.replace("’", "'").casefold().split()
    if len(words) > 1 and words[0] in cues.DETERMINERS:
        words = words[1:]
    elif words and "'" in words[0] and words[0].split("'")[0] in ("l", "dell", "all"):
        words[0] = words[0].split("'", 1)[1]
    return " ".join(words)


def canonical(speaker: str, aliases: dict[str, str]) -> str:
    """The registry's name for ``speaker``, else the speaker as a fact-checker writes it
    (:func:`claimant_of`: "il ministro dell'Ambiente Gilberto Pichetto Fratin" -> "Gilberto
    Pichetto Fratin")."""
    key = name_key(speaker)
    if key in aliases:
        return aliases[key]
    clean = claimant_of(speaker)
    if clean is None:
        return display(speaker)
    return aliases.get(name_key(clean), clean)


def known_entity(name: str, entities: list[str]) -> str:
    """The fuller name of an entity met before ("Menegazzi" -> "Carla Menegazzi")."""
    key = name_key(name)
    for entity in reversed(entities):
        words = name_key(entity).split()
        if len(words) > len(key.split()) and key in (words[-1], words[0]):
            return entity
    if name not in entities:
        entities.append(name)
    return name


def display(speaker: str) -> str:
    """A speaker as written, without a leading article before a name ("la Russia")."""
    words = speaker.split()
    if not words:
        return speaker
    first = words[0].replace("’", "'")
    if "'" in first:
        article, _, rest = first.partition("'")
        if article.lower() in cues.DETERMINERS and rest[:1].isupper():
            return " ".join([rest, *words[1:]])
        if article.lower() in cues.DETERMINERS:
            return " ".join([first.lower(), *words[1:]])
    if first.lower() in cues.DETERMINERS and len(words) > 1:
        if words[1][:1].isupper():
            return " ".join(words[1:])
        return " ".join([first.lower(), *words[1:]])
    return speaker
