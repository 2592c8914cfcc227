"""Reading state: which articles were opened, where the reader left each, which were known at
the last launch. Kept in the ``state`` table (not undoable, not user data to export)."""

from __future__ import annotations

import hashlib
from typing import Any, Iterable

from reader.store import schema

READ_PREFIX = "read:"  # one state document per opened article: {"key": "read:<id>", "value": offset}
KNOWN_KEY = "library_known"  # short digests of the article ids seen at earlier launches


def id_digest(article_id: str) -> str:
    """A short digest of an article id (10 hex digits), to remember many ids in little room."""
    return hashlib.blake2b(article_id.encode("utf-8"), digest_size=5).hexdigest()


class Reading:
    """Read / unread and the reading position of each article (mixed into the Store)."""

    db: Any

    def _writing(self) -> Any:  # provided by StoreCore
        raise NotImplementedError

    def read_positions(self) -> dict[str, int]:
        """Article id -> character offset where the reader left it, for every article opened."""
        out: dict[str, int] = {}
        for doc in self.db.table(schema.STATE).all():
            key = doc["key"]
            if key.startswith(READ_PREFIX) and isinstance(doc.get("value"), int):
                out[key[len(READ_PREFIX):]] = doc["value"]
        return out

    def set_read_position(self, article_id: str, offset: int) -> None:
        """Mark an article read, the reader being at ``offset`` in it."""
        self._put_state(READ_PREFIX + article_id, max(0, int(offset)))

    def mark_unread(self, article_id: str) -> None:
        """Forget that an article was read."""
        key = READ_PREFIX + article_id
        with self._writing():
            table = self.db.table(schema.STATE)
            found = [doc.doc_id for doc in table.all() if doc["key"] == key]
            if found:
                table.remove(doc_ids=found)

    def known_ids(self) -> set[str] | None:
        """Digests of the article ids seen at earlier launches (None before the first one)."""
        for doc in self.db.table(schema.STATE).all():
            if doc["key"] == KNOWN_KEY:
                value = doc.get("value")
                return set(value) if isinstance(value, list) else set()
        return None

    def add_known_ids(self, article_ids: Iterable[str]) -> None:
        """Remember these article ids as seen (for "new since the last launch")."""
        known = self.known_ids() or set()
        digests = known | {id_digest(aid) for aid in article_ids}
        if digests != known or self.known_ids() is None:
            self._put_state(KNOWN_KEY, sorted(digests))

    def _put_state(self, key: str, value: Any) -> None:
        with self._writing():
            table = self.db.table(schema.STATE)
            found = [doc.doc_id for doc in table.all() if doc["key"] == key]
            if not found:
                table.insert({"key": key, "value": value})
            elif table.get(doc_id=found[0]).get("value") != value:
                table.update({"value": value}, doc_ids=found[:1])
