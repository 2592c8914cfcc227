"""Undo and redo: an entry of this store's undo history applied backwards or forwards."""

from __future__ import annotations

import copy

from reader.store import records, schema
from reader.store.changes import user_fields
from reader.store.core import HistoryConflictError
from reader.store.history import Change, History
from reader.store.quoting import Quoting


class Undoing(Quoting):
    """Undo and redo, refusing a step whose record another window changed since."""

    def undo(self) -> str | None:
        """Undo the newest change; returns its description, or None if there is none."""
        return self._step("undo", "redo", "before")

    def redo(self) -> str | None:
        """Redo the newest undone change; returns its description, or None if there is none."""
        return self._step("redo", "undo", "after")

    def _step(self, source: str, target: str, side: str) -> str | None:
        skipped = ""
        self.last_step_articles = ()
        with self._writing():
            history = History(self._tinydb, self._owner)
            top = history.top(source)
            if top is None:
                return None
            seq, entry = top
            changes = entry["changes"] if side == "after" else list(reversed(entry["changes"]))
            self.last_step_articles = tuple(dict.fromkeys(
                self._index.resolve(c["article"]) for c in changes if isinstance(c.get("article"), str)))
            try:
                if any(self._changed_since(change, side) for change in changes):
                    history.drop(seq, source)  # applying it would throw away the other change
                    skipped = str(entry["description"])
                else:
                    for change in changes:
                        self._apply(change, side)
                    history.move(seq, source, target)
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                raise self._storage.corrupt_error(
                    self._storage.path, f"undo entry {seq} cannot be applied: {type(error).__name__} {error}"
                ) from None
        if skipped:
            raise HistoryConflictError(
                f"cannot {source} '{skipped}': it was changed in another window since (left as it is)")
        return str(entry["description"])

    def _changed_since(self, change: Change, side: str) -> bool:
        """True when what ``change`` would replace is no longer what it left (undo: its ``after``;
        redo: its ``before``): another process changed the record since."""
        op = change["op"]
        if op == "tags":
            return False  # tags are added and removed one by one: others' tags stay
        expected = change["before" if side == "after" else "after"]
        if op == "state":
            return self.get_state(change["key"], None) != expected
        if op == "put":
            aid = self._index.resolve(change["article"])
            current = records.find(self._tinydb, aid, change["kind"], change["id"])
            return user_fields(current) != user_fields(expected)
        current = self._correction(change["text"])
        return (current or {}).get("label", "absent") != (expected or {}).get("label", "absent")

    def _apply(self, change: Change, side: str) -> None:
        op = change["op"]
        if op == "put":
            aid = self._index.resolve(change["article"])
            new = change[side]
            if new is not None:
                new = {**new, "article_id": aid}  # the table it goes into now (ids follow files)
            if new is not None and change["kind"] == schema.NOTE:
                new = self._placed(aid, copy.deepcopy(new))
            self._touch(aid)
            records.put(self._tinydb, aid, change["kind"], change["id"], copy.deepcopy(new))
        elif op == "tags":
            aid = self._index.resolve(change["article"])
            add, remove = (change["add"], change["remove"]) if side == "after" else (change["remove"], change["add"])
            self._touch(aid)
            meta = records.ensure_meta(self._tinydb, aid)
            gone = set(remove)
            tags = [t for t in meta["tags"] if t not in gone]
            present = set(tags)
            records.update_meta(self._tinydb, aid, tags=tags + [t for t in add if t not in present])
        elif op == "correction":
            self._put_correction(change["text"], change[side])
        elif op == "state":
            self._state_put(change["key"], copy.deepcopy(change[side]))
        else:
            raise ValueError(f"unknown change {op!r}")
