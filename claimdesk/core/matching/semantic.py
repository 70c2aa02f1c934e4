"""Meaning beside wording: one vector per claim from static word-piece vectors.

The vectors are WordLlama's 256-dimension model (``l2_supercat``), whose weights and tokenizer
ship inside the ``wordllama`` wheel: nothing is downloaded. A text's vector is the average of
its pieces' vectors, scaled to length 1, so that two texts compare by a dot product (cosine).
Texts are read as the lexical side reads them (links and sign-offs gone, :mod:`social`), and
without quotation marks, so that one claim quoted two ways gets one vector. Vectors are kept
as float16 (512 bytes a claim). Without the package, matching goes on with wording alone.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from claimdesk.core.matching.social import clean

log = logging.getLogger(__name__)
DIMENSIONS = 256
Vectors = npt.NDArray[np.float16]
_QUOTES = re.compile("[\"'\u2018\u2019\u201c\u201d\u00ab\u00bb`]")
_BATCH = 512
_WEIGHTS = f"l2_supercat_{DIMENSIONS}.safetensors"
_TOKENS = "l2_supercat_tokenizer_config.json"


def text_of(text: str, title: str = "") -> str:
    """What is embedded of a claim (and its headline)."""
    read = clean(text).text
    if title:
        read += " " + clean(title).text
    return _QUOTES.sub("", read)


@lru_cache(maxsize=1)
def _model() -> Any | None:
    try:
        import wordllama  # type: ignore[import-untyped]
    except ImportError:
        log.info("wordllama is not installed: claims are matched by their wording alone")
        return None
    # The package looks for its tokenizer under tokenizers/ of the folder given as cache:
    # its own folder, where the wheel puts it beside the weights.
    folder = Path(wordllama.__file__).parent
    try:
        return wordllama.WordLlama.load(
            config="l2_supercat", dim=DIMENSIONS, cache_dir=folder, disable_download=True
        )
    except (OSError, ValueError) as error:
        log.warning("wordllama's model could not be read, wording alone is matched: %s", error)
        return None


@lru_cache(maxsize=1)
def available() -> bool:
    """True when the model's files are installed (without reading them: the model is read
    when a first text is embedded, so that an index read back needs no model)."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or spec.origin is None:
        return False
    folder = Path(spec.origin).parent
    return (folder / "weights" / _WEIGHTS).is_file() and (folder / "tokenizers" / _TOKENS).is_file()


def embed(texts: list[str]) -> Vectors | None:
    """One unit vector a text (rows, float16), or None when there is no model."""
    model = _model()
    if model is None:
        return None
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float16)
    rows = [model.embed(texts[i : i + _BATCH], norm=True) for i in range(0, len(texts), _BATCH)]
    return np.vstack(rows).astype(np.float16)


class VectorStore:
    """The vectors of an index's claims, one row a slot, grown by doubling."""

    def __init__(self, rows: Vectors | None = None) -> None:
        self._rows: Vectors = (
            np.zeros((64, DIMENSIONS), dtype=np.float16)
            if rows is None
            else rows.astype(np.float16, copy=False)
        )

    def _fit(self, count: int) -> None:
        if count > len(self._rows):  # slots not given a vector yet have zeros
            grown = np.zeros((max(64, 2 * len(self._rows), count), DIMENSIONS), np.float16)
            grown[: len(self._rows)] = self._rows
            self._rows = grown

    def put(self, slot: int, vector: Vectors) -> None:
        """Set the vector of ``slot``."""
        self._fit(slot + 1)
        self._rows[slot] = vector

    def row(self, slot: int) -> Vectors:
        """The vector of ``slot``."""
        self._fit(slot + 1)
        row: Vectors = self._rows[slot]
        return row

    def cosines(self, slots: list[int], query: Vectors) -> npt.NDArray[np.float32]:
        """The cosine of each slot's vector with ``query`` (all of length 1)."""
        if not slots:
            return np.zeros(0, dtype=np.float32)
        self._fit(max(slots) + 1)
        rows = self._rows[np.asarray(slots)].astype(np.float32)
        found: npt.NDArray[np.float32] = rows @ query.astype(np.float32)
        return found

    def keep(self, slots: list[int]) -> None:
        """Keep only ``slots``' vectors, renumbered 0, 1, ... in that order."""
        if slots:
            self._fit(max(slots) + 1)
        self._rows = self._rows[np.asarray(slots, dtype=np.int64)] if slots else self._rows[:0]

    def first(self, count: int) -> Vectors:
        """The vectors of slots 0 to ``count`` - 1 (zero for a slot that was given none)."""
        self._fit(count)
        return self._rows[:count]
