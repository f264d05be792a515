"""A second Naast process for the two-writer and kill -9 trials (run as a script).

``writer.py claims PROJECT TAG ROUNDS PER_ROUND``: ROUNDS times, open PROJECT for writing
(retrying while another process holds it), tag PER_ROUND claims, each its own command and
transaction, and print ``committed <id>`` after each commit; ``refused <reason>`` when the
project is refused outright (a hard link). The note of each claim is ``TAG round k``.

``writer.py undo PROJECT N``: N times undo then redo the latest step, printing ``step <n>``.

``writer.py import PROJECT FOLDER``: import the folder's files, printing ``committed <id>`` for
each imported document.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from naast.core.claims import CreateClaim
from naast.core.errors import ProjectError, ProjectLocked
from naast.store.importer import Outcome, import_paths
from naast.store.project import Project

WHEN = "2026-01-02T10:00:00+00:00"


def open_retrying(path: str) -> Project | None:
    for _ in range(2000):
        try:
            return Project.open(path)
        except ProjectLocked:
            time.sleep(0.005)
        except ProjectError as exc:
            print(f"refused {exc}", flush=True)
            return None
    print("refused: still locked after 2,000 tries", flush=True)
    return None


def claims(path: str, tag: str, rounds: int, per_round: int) -> None:
    for round_ in range(rounds):
        project = open_retrying(path)
        if project is None:
            return
        with project:
            docs = [(r[0], len(r[1])) for r in project.query("SELECT id, text FROM documents ORDER BY id")]
            for k in range(per_round):
                doc, length = docs[(round_ + k) % len(docs)]
                start = (round_ * 97 + k * 31) % (length - 60)
                note = f"{tag} round {round_} claim {k}"
                changes = project.apply(CreateClaim(doc, start, start + 40, WHEN, note=note, coder=tag))
                print(f"committed {next(iter(changes.ids['claims']))} {note}", flush=True)


def undo(path: str, steps: int) -> None:
    with Project.open(path) as project:
        for n in range(steps):
            project.undo()
            print(f"undone {n}", flush=True)
            project.redo()
            print(f"step {n}", flush=True)


def import_folder(path: str, folder: str) -> None:
    with Project.open(path) as project:
        for result in import_paths(project, [Path(folder)]):
            if result.outcome in (Outcome.IMPORTED, Outcome.REIMPORTED):
                print(f"committed {result.document_id} {result.path.name}", flush=True)


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    if mode == "claims":
        claims(rest[0], rest[1], int(rest[2]), int(rest[3]))
    elif mode == "undo":
        undo(rest[0], int(rest[1]))
    else:
        import_folder(rest[0], rest[1])
