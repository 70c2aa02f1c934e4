"""Gold attributions for ``bench/attribution.py``: PolNeAR (brat standoff) and the Italian set.

PolNeAR (``../shared/data/polnear/{train,dev}``): one ``text/STEM.txt`` per article, one
``attributions/STEM_ANNOTATOR.ann`` per annotator. Offsets index the NFC-normalised text.
An attribution is an ``E`` line tying an ``Attribution`` (or ``Attribution-no-source``) trigger
to its ``Content``, ``Cue`` and (when it has one) ``Source`` spans; a span may be discontinuous
(``start end;start end``). Lines without a content are left out.
"""

from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
POLNEAR = Path(os.environ.get("CLAIMDESK_POLNEAR_DIR", str(REPO.parent / "shared/data/polnear")))
ITALIAN = REPO / "bench" / "data" / "attribution_it.jsonl"
TUNING = REPO / "bench" / "data" / "attribution_it_tuning.jsonl"
HELD_OUT = REPO / "bench" / "data" / "attribution_it_heldout.jsonl"

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Gold:
    """One annotated attribution: content, cue and source spans with their text."""

    content: Spans
    cue: Spans
    cue_text: str
    source: Spans
    source_text: str
    kind: str = "claim"  # the Italian set also says claim or denial

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


@dataclass(slots=True)
class Document:
    """A text with one annotator's attributions (``annotator`` names who)."""

    name: str
    annotator: str
    text: str
    language: str
    attributions: list[Gold] = field(default_factory=list)


def _spans(field_text: str) -> Spans:
    out = []
    for part in field_text.split(";"):
        start, end = part.split()[-2:]
        out.append((int(start), int(end)))
    return tuple(out)


def _read_ann(path: Path, text: str) -> list[Gold]:
    spans: dict[str, Spans] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            spans[parts[0]] = _spans(parts[1])
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            events.append(roles)
    found = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        cue = spans.get(roles.get("Cue", ""), ())
        if not content:
            continue
        source = spans.get(roles.get("Source", ""), ())
        found.append(
            Gold(
                content=content,
                cue=cue,
                cue_text=" ".join(text[s:e] for s, e in cue),
                source=source,
                source_text=" ".join(text[s:e] for s, e in source),
            )
        )
    return sorted(found, key=lambda g: (g.start, g.end))


def polnear(split: str, limit: int | None = None) -> list[Document]:
    """Every (article, annotator) of a PolNeAR split, in file order."""
    root = POLNEAR / split
    if not (root / "text").is_dir():
        raise SystemExit(f"{root}/text is missing: check out ../shared beside the project")
    docs: list[Document] = []
    texts = sorted((root / "text").glob("*.txt"))
    for path in texts[:limit] if limit else texts:
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        for ann in sorted((root / "attributions").glob(f"{path.stem}_*.ann")):
            annotator = ann.stem.rsplit("_", 1)[1]
            docs.append(Document(path.stem, annotator, text, "en", _read_ann(ann, text)))
    return docs


def italian(path: Path = ITALIAN) -> tuple[list[Document], dict[str, str]]:
    """The Italian set: one paragraph a line, and the claimant registry its claimants use.

    A line is ``{"text": ..., "attributions": [{"content", "cue", "source", "kind"}]}``;
    each string is found in the text (``content`` after ``cue`` or before it as written);
    ``source`` is the claimant a fact-checker writes (empty when there is none). The first
    line may be ``{"registry": {alias: canonical}}``.
    """
    if not path.is_file():
        raise SystemExit(f"{path} is missing: the Italian set ships with the repository")
    docs: list[Document] = []
    registry: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if "registry" in row:
            registry = dict(row["registry"])
            continue
        text = row["text"]
        golds = []
        for item in row["attributions"]:
            content_at = text.find(item["content"])
            cue_at = text.find(item["cue"])
            if content_at < 0 or cue_at < 0:
                raise SystemExit(f"{path}:{number}: content or cue not in the text: {item}")
            golds.append(
                Gold(
                    content=((content_at, content_at + len(item["content"])),),
                    cue=((cue_at, cue_at + len(item["cue"])),),
                    cue_text=item["cue"],
                    source=((0, 0),) if item["source"] else (),
                    source_text=item["source"],
                    kind=item.get("kind", "claim"),
                )
            )
        docs.append(Document(f"it-{number}", "gold", text, "it", golds))
    return docs, registry
