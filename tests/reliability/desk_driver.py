"""A stand-in for the desktop app's worker, run as a process that the crash test kills.

The window hands every user action to one worker thread that owns the desk and runs the
calls in order (claimdesk/gui/ops/ops.py); this script does the same with the same desk calls,
reading actions as JSON lines on stdin and writing one JSON line when each has returned
(committed), so the test knows exactly which actions the user saw finish.

Usage: ``python -m tests.reliability.desk_driver LIBRARY``.
"""

from __future__ import annotations

import json
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.library import folder_location
from claimdesk.core.model import ClaimChanges, ClaimKind, Status, Verdict

_print_lock = threading.Lock()


def _say(data: dict[str, Any]) -> None:
    with _print_lock:
        sys.stdout.write(json.dumps(data) + "\n")
        sys.stdout.flush()


def _perform(desk: Desk, seq: int, command: dict[str, Any]) -> dict[str, Any]:
    op = command["op"]
    if op == "import":
        done: dict[str, str] = {}
        for path, token in zip(command["paths"], command["tokens"], strict=True):
            outcome = desk.import_file(Path(path))
            if outcome.status == "imported" and outcome.id:
                done[token] = outcome.id
                _say({"seq": seq, "file": token, "id": outcome.id})  # one job a file, as the GUI
        return {"imported": done}
    if op == "add":
        start, end = desk.find_quote(command["article"], command["quote"])
        verdict = Verdict(command["verdict"]) if command["verdict"] else None
        view = desk.mark_claim(
            command["article"],
            start,
            end,
            ClaimKind(command["kind"]),
            verdict=verdict,
            notes=command["notes"],
        )
        return {"id": view.id}
    if op == "edit":
        changes = ClaimChanges(
            verdict=Verdict(command["verdict"]),
            status=Status(command["status"]),
            notes=command["notes"],
        )
        return {"id": desk.update_claim(command["claim"], changes).id}
    return {"id": desk.delete_claim(command["claim"]).id}


def main() -> int:
    """Open the library on the worker thread, then run actions until stdin closes."""
    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimdesk-ops")
    desk: Desk = worker.submit(Desk.open, folder_location(Path(sys.argv[1]))).result()
    _say({"ready": True, "writes_index": desk.writes_index})

    def job(seq: int, command: dict[str, Any]) -> None:
        try:
            result = _perform(desk, seq, command)
        except ClaimDeskError as exc:
            result = {"refused": exc.message}
        _say({"seq": seq, "done": True, "result": result})

    pending: list[Future[None]] = []
    for seq, line in enumerate(sys.stdin):
        pending.append(worker.submit(job, seq, json.loads(line)))
    for future in pending:
        future.result()
    worker.submit(desk.close).result()
    return 0


if __name__ == "__main__":
    sys.exit(main())
