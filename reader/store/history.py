"""The undo and redo stacks, kept in the database so they survive a restart.

Every undoable change is an entry in a table of its own (``history/<n>``) so that recording
one costs a small write; the ``history`` table holds the stacks of entry numbers, one document per
app that made them (its ``owner``). Each open store undoes only its own changes: ``u`` in a second
window never takes back what the first one did. A store that opens takes over the stacks of owners
that are gone (the app quit or was killed), so the last session's history survives a restart.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from typing import Any

from tinydb import TinyDB

from reader.store import jsonio, schema

CAP = 500
Change = dict[str, Any]

# Owners open in this process (a store closed here is gone even though the process lives on).
_LIVE: set[str] = set()


def _entry_table(seq: int) -> str:
    return f"{schema.HISTORY_PREFIX}{seq}"


def _process_start(pid: int) -> str:
    """When process ``pid`` started (clock ticks since boot, Linux), "" where that cannot be read:
    a process id reused by another program then does not pass for the owner."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read().decode("ascii", "replace")
        return stat.rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return ""


@dataclass(frozen=True)
class Owner:
    """Who made a set of undo stacks: an open store of one process on one host."""

    id: str
    pid: int
    host: str
    started: str

    @classmethod
    def new(cls) -> "Owner":
        pid = os.getpid()
        return cls(uuid.uuid4().hex, pid, socket.gethostname(), _process_start(pid))

    def fields(self) -> dict[str, Any]:
        return {"owner": self.id, "pid": self.pid, "host": self.host, "started": self.started}


FOREIGN_IDLE_SECONDS = 3600


def _idle_for(stamp: object, seconds: float) -> bool:
    """True when the ISO time ``stamp`` lies more than ``seconds`` ago (False if it is unreadable)."""
    from datetime import datetime, timezone

    if not isinstance(stamp, str):
        return False
    try:
        then = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return False
    return (datetime.now(timezone.utc) - then).total_seconds() > seconds


def is_gone(doc: dict[str, Any], me: Owner) -> bool:
    """True when the owner of stacks ``doc`` no longer runs (stacks from before owners: gone)."""
    owner = doc.get("owner")
    if not isinstance(owner, str):
        return True
    if owner == me.id or owner in _LIVE:
        return False
    pid, host = doc.get("pid"), doc.get("host")
    if not isinstance(pid, int):
        return False
    if host != me.host:
        # Another machine's app (a shared folder), or this machine under a new name (a container
        # started again): its process cannot be asked, so its stacks pass on once idle for a while.
        return _idle_for(doc.get("time"), FOREIGN_IDLE_SECONDS)
    if pid == me.pid:
        return True  # an earlier store of this process, closed since
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OSError):
        pass
    started = doc.get("started")
    return bool(started) and _process_start(pid) not in ("", started)


class History:
    """Undo/redo stacks of one owner over one TinyDB database."""

    def __init__(self, db: TinyDB, owner: Owner, cap: int | None = None) -> None:
        self._tinydb = db
        self.owner = owner
        self.cap = CAP if cap is None else cap

    def _docs(self) -> list[Any]:
        return self._tinydb.table(schema.HISTORY).all()

    def _next(self, docs: list[Any]) -> int:
        return max([int(doc.get("next", 1)) for doc in docs] + [1])

    def stacks(self) -> dict[str, Any]:
        """``{"undo": [...], "redo": [...], "next": n}`` (this owner's entry numbers, oldest first)."""
        docs = list((self._tinydb.storage.read().get(schema.HISTORY) or {}).values())
        for doc in docs:
            if doc.get("owner") == self.owner.id:
                return {"undo": list(doc["undo"]), "redo": list(doc["redo"]), "next": self._next(docs)}
        return {"undo": [], "redo": [], "next": self._next(docs)}

    def gone(self) -> list[Any]:
        """The stacks documents whose owners no longer run."""
        return [doc for doc in self._docs() if doc.get("owner") != self.owner.id and is_gone(doc, self.owner)]

    def adopt(self) -> int:
        """Take over the stacks of owners that are gone (inside a write); the number taken over."""
        gone = self.gone()
        if not gone:
            return 0
        stacks = self.stacks()
        undo = sorted(set(stacks["undo"]).union(*(doc["undo"] for doc in gone)))
        redo = [seq for doc in gone for seq in doc["redo"]] + stacks["redo"]
        for old in undo[:-self.cap]:
            self._tinydb.drop_table(_entry_table(old))
        self._tinydb.table(schema.HISTORY).remove(doc_ids=[doc.doc_id for doc in gone])
        self._save({"undo": undo[-self.cap:], "redo": redo, "next": stacks["next"]})
        return len(gone)

    def push(self, description: str, changes: list[Change], stamp: str | None = None) -> None:
        """Record a new change: it goes on the undo stack and the redo stack is emptied.

        The entry's table is new and the stacks document changes in place: both are set in the
        tables TinyDB reads rather than through its whole-table updates (a note saved costs the
        same with 500 steps to undo as with one), in one pass over the stacks documents."""
        stamp = stamp or schema.now()
        tables = self._tinydb.storage.read()
        docs = tables.get(schema.HISTORY) or {}
        seq, mine_id, mine = 1, None, None
        for doc_id, doc in docs.items():
            seq = max(seq, int(doc.get("next", 1)))
            if mine is None and doc.get("owner") == self.owner.id:
                mine_id, mine = doc_id, doc
        entry = {"description": description, "time": stamp, "changes": jsonio.copy_json(changes)}
        name = _entry_table(seq)
        if dict.__contains__(tables, name):  # a leftover (a hand edit): TinyDB adds to it
            self._tinydb.table(name).insert(entry)
        else:
            tables[name] = {"1": entry}  # marks it changed
        for old in mine["redo"] if mine is not None else ():
            self._tinydb.drop_table(_entry_table(old))
        undo = (list(mine["undo"]) if mine is not None else []) + [seq]
        for old in undo[:-self.cap]:
            self._tinydb.drop_table(_entry_table(old))
        stacks = {"undo": undo[-self.cap:], "redo": [], "next": seq + 1, **self.owner.fields(), "time": stamp}
        if mine is None:
            self._tinydb.table(schema.HISTORY).insert(stacks)
        else:
            mine.update(stacks)  # in place, as TinyDB's update does, without rebuilding the table
            self._tinydb.storage.changed(schema.HISTORY, mine_id)  # type: ignore[attr-defined]

    def top(self, stack: str) -> tuple[int, dict[str, Any]] | None:
        """The newest entry of the ``"undo"`` or ``"redo"`` stack, dropping unreadable ones."""
        stacks = self.stacks()
        while stacks[stack]:
            seq = stacks[stack][-1]
            docs = self._tinydb.table(_entry_table(seq)).all()
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

    def drop(self, seq: int, stack: str) -> None:
        """Forget entry ``seq`` (on top of ``stack``): it can no longer be applied."""
        stacks = self.stacks()
        if stacks[stack] and stacks[stack][-1] == seq:
            stacks[stack].pop()
        self._tinydb.drop_table(_entry_table(seq))
        self._save(stacks)

    def _save(self, stacks: dict[str, Any], stamp: str | None = None) -> None:
        doc = {**stacks, **self.owner.fields(), "time": stamp or schema.now()}
        docs = self._tinydb.storage.read().get(schema.HISTORY) or {}
        for doc_id, old in docs.items():
            if old.get("owner") == self.owner.id:
                old.update(doc)  # in place, as TinyDB's update does, without rebuilding the table
                self._tinydb.storage.changed(schema.HISTORY, doc_id)  # type: ignore[attr-defined]
                return
        self._tinydb.table(schema.HISTORY).insert(doc)


def count_steps(docs: list[dict[str, Any]]) -> tuple[int, int]:
    """Undo and redo steps over all owners' stacks."""
    return sum(len(d.get("undo", [])) for d in docs), sum(len(d.get("redo", [])) for d in docs)
