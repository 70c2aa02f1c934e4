"""What an import or a merge did, counted, with the ids the search index must refresh."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class MergeSummary:
    """Counts of things added, updated, left unchanged, merged with a conflict, or skipped.

    ``article_ids`` and ``claim_ids`` are every article and claim added or changed: the
    search index must update those documents after the transaction commits. ``notes`` holds
    one line per conflict or skipped item, for the user.
    """

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    skipped: int = 0
    history_added: int = 0
    article_ids: set[str] = field(default_factory=set)
    claim_ids: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    # What was added when it is not library items ("published fact-checks"): said in line().
    noun: str = ""

    def line(self) -> str:
        """One line for the command line and the status bar."""
        if self.noun:
            text = (
                f"{self.added} {self.noun} added, {self.updated} updated, "
                f"{self.unchanged} unchanged"
            )
            return text + (f", {self.skipped} skipped" if self.skipped else "")
        text = (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.conflicts} merged with conflicts"
        )
        if self.skipped:
            text += f", {self.skipped} skipped"
        return text
