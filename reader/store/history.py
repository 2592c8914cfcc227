"""The undo and redo stacks, kept in the database so they survive a restart.

Every undoable change is an entry in a table of its own (``history/<n>``) so that recording
one costs a small write; the ``history`` table holds the two stacks of entry numbers.
"""

from __future__ import annotations

import copy
from typing import Any

from tinydb import TinyDB

from reader.store import schema

CAP = 500
Change = dict[str, Any]


def _entry_table(seq: int) -> str:
    return f"{schema.HISTORY_PREFIX}{seq}"


class History:
    """Undo/redo stacks over one TinyDB database."""

    def __init__(self, db: TinyDB, cap: int | None = None) -> None:
        self.db = db
        self.cap = CAP if cap is None else cap

    def stacks(self) -> dict[str, Any]:
        """``{"undo": [...], "redo": [...], "next": n}`` (entry numbers, oldest first)."""
        docs = self.db.table(schema.HISTORY).all()
        if docs:
            return {"undo": list(docs[0]["undo"]), "redo": list(docs[0]["redo"]), "next": docs[0]["next"]}
        return {"undo": [], "redo": [], "next": 1}

    def push(self, description: str, changes: list[Change]) -> None:
        """Record a new change: it goes on the undo stack and the redo stack is emptied."""
        stacks = self.stacks()
        seq = stacks["next"]
        entry = {"description": description, "time": schema.now(), "changes": copy.deepcopy(changes)}
        self.db.table(_entry_table(seq)).insert(entry)
        for old in stacks["redo"]:
            self.db.drop_table(_entry_table(old))
        undo = stacks["undo"] + [seq]
        for old in undo[:-self.cap]:
            self.db.drop_table(_entry_table(old))
        self._save({"undo": undo[-self.cap:], "redo": [], "next": seq + 1})

    def top(self, stack: str) -> tuple[int, dict[str, Any]] | None:
        """The newest entry of the ``"undo"`` or ``"redo"`` stack, dropping unreadable ones."""
        stacks = self.stacks()
        while stacks[stack]:
            seq = stacks[stack][-1]
            docs = self.db.table(_entry_table(seq)).all()
            if docs:
                return seq, dict(docs[0])
            stacks[stack].pop()
            self._save(stacks)
        return None

    def move(self, seq: int, source: str, target: str) -> None:
        """Move entry ``seq`` from the top of one stack to the top of the other."""
        stacks = self.stacks()
        if stacks[source] and stacks[source][-1] == seq:
            stacks[source].pop()
        stacks[target].append(seq)
        self._save(stacks)

    def _save(self, stacks: dict[str, Any]) -> None:
        table = self.db.table(schema.HISTORY)
        docs = table.all()
        if docs:
            table.update(stacks, doc_ids=[docs[0].doc_id])
        else:
            table.insert(stacks)
