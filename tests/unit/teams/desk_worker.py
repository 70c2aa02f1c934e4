"""One team desk in its own process, for the two-desk tests.

    python -m tests.unit.teams.desk_worker URL FOLDER INDEX_DIR ROUNDS CLAIM_ID...

Signs its changes with $CLAIMDESK_USER. Talks to the test on stdin/stdout, one word a line:
prints ``ready``, waits for ``go``; reads the first claim, prints ``read``, waits for
``write`` and saves it (so that both desks save over the same version at least once); then
edits every claim ROUNDS times as a person would: read, think a moment, save with the version
read. On a conflict it does what the dialog's "add mine to theirs" does: take the current
claim from the conflict and save its own words on top. Prints one JSON line at the end.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from claimdesk.core.desk import Desk
from claimdesk.core.errors import EditConflict
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimChanges, ClaimView
from claimdesk.core.settings import user_name


def _claim(desk: Desk, claim_id: str) -> ClaimView:
    return next(c for c in desk.list_claims() if c.id == claim_id)


def _save(desk: Desk, seen: ClaimView, token: str, log: dict[str, list[str]]) -> None:
    # Append a word to the notes over the version seen; on a conflict, over theirs.
    while True:
        changes = ClaimChanges(notes=f"{seen.notes} {token}".strip(), expected_version=seen.version)
        try:
            desk.update_claim(seen.id, changes)
        except EditConflict as conflict:
            log["conflicts"].append(conflict.changed_by)
            seen = conflict.current
            continue
        log["saved"].append(f"{seen.id} {token}")
        return


def main(argv: list[str]) -> int:
    """Run the scripted editing session described in the module docstring."""
    url, folder, index_dir, rounds, *claim_ids = argv
    location = LibraryLocation(url, Path(folder) if folder else None, Path(index_dir))
    me = user_name()
    log: dict[str, list[str]] = {"saved": [], "conflicts": []}
    rng = random.Random(me)
    with Desk.open(location) as desk:
        print("ready", flush=True)
        assert sys.stdin.readline().strip() == "go"
        seen = _claim(desk, claim_ids[0])
        print("read", flush=True)
        assert sys.stdin.readline().strip() == "write"
        _save(desk, seen, f"{me}first", log)
        for round_no in range(int(rounds)):
            for number, claim_id in enumerate(claim_ids):
                seen = _claim(desk, claim_id)
                time.sleep(rng.uniform(0, 0.01))  # the person types
                _save(desk, seen, f"{me}{round_no}x{number}", log)
    print(json.dumps(log), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
