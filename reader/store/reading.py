"""Reading state: which articles were opened, where the reader left each, which were known at
the last launch. Kept in the ``state`` table (not undoable, not user data to export)."""

from __future__ import annotations

import hashlib
from typing import Any, Iterable

from reader.model import EntityCorrection, EntityLabel
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
        for doc in self._tinydb.table(schema.STATE).all():
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
            table = self._tinydb.table(schema.STATE)
            found = [doc.doc_id for doc in table.all() if doc["key"] == key]
            if found:
                table.remove(doc_ids=found)

    def known_ids(self) -> set[str] | None:
        """Digests of the article ids seen at earlier launches (None before the first one)."""
        for doc in self._tinydb.table(schema.STATE).all():
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
        """Set a state value (None removes it), durably."""
        with self._writing():
            self._state_put(key, value)

    def _state_put(self, key: str, value: Any) -> None:
        """Set a state value (None removes it), inside a transaction already open."""
        table = self._tinydb.table(schema.STATE)
        found = [doc.doc_id for doc in table.all() if doc["key"] == key]
        if value is None:
            if found:
                table.remove(doc_ids=found)
        elif not found:
            table.insert({"key": key, "value": value})
        elif table.get(doc_id=found[0]).get("value") != value:
            table.update({"value": value}, doc_ids=found[:1])


CORRECTIONS_PREFIX = "corrections:"  # {"key": "corrections:<id>", "value": {text: label or None}}


class ArticleCorrections:
    """Entity corrections that apply to one article only (undoable; mixed into the Store)."""

    db: Any

    def article_corrections(self, article_id: str) -> tuple[EntityCorrection, ...]:
        """This article's own corrections (they take precedence over the ones for every article)."""
        value = self.get_state(CORRECTIONS_PREFIX + article_id, None)  # type: ignore[attr-defined]
        if not isinstance(value, dict):
            return ()
        out = []
        for text, label in value.items():
            try:
                out.append(EntityCorrection(text, EntityLabel(label) if label else None))
            except ValueError:
                continue
        return tuple(out)

    def set_article_correction(self, article_id: str, text: str, label: EntityLabel | None) -> None:
        """In this article only, treat ``text`` as ``label`` (None: not an entity)."""
        self._change_article_corrections(article_id, text, EntityLabel(label).value if label else None, True)

    def remove_article_correction(self, article_id: str, text: str) -> None:
        """Forget this article's own correction for ``text``."""
        self._change_article_corrections(article_id, text, None, False)

    def _change_article_corrections(self, article_id: str, text: str, label: str | None, keep: bool) -> None:
        key = CORRECTIONS_PREFIX + article_id
        with self._writing():  # type: ignore[attr-defined]
            before = self.get_state(key, None)  # type: ignore[attr-defined]
            after = dict(before) if isinstance(before, dict) else {}
            if keep:
                after[text] = label
            else:
                after.pop(text, None)
            if after == (before or {}):
                return
            self._state_put(key, after or None)  # type: ignore[attr-defined]
            from reader.store.quoting import _KINDS

            kind = _KINDS.get(label, label) if label else "not an entity"
            what = (f"marked '{text}' as {kind} in this article" if keep
                    else f"removed this article's correction for '{text}'")
            self._record(what, [{"op": "state", "key": key, "article": article_id,  # type: ignore[attr-defined]
                                 "before": before, "after": after or None}])


SPEAKERS_KEY = "who:speakers"  # {"key": "who:speakers", "value": {name as written: name it stands for}}


class SpeakerMerges:
    """A journalist's merges and splits of speakers across the library (undoable; mixed into the
    Store). ``{"Samuelsen": "Anders Samuelsen"}`` merges; a name mapped to itself is kept apart
    from the name the automatic merge gave it."""

    def speaker_overrides(self) -> dict[str, str]:
        """Name as written -> the name it stands for, as the journalist decided."""
        value = self.get_state(SPEAKERS_KEY, None)  # type: ignore[attr-defined]
        if not isinstance(value, dict):
            return {}
        return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}

    def set_speaker_override(self, name: str, target: str | None) -> None:
        """Let ``name`` stand for ``target`` everywhere (``name`` itself: keep it apart; None: the
        automatic merge decides again)."""
        self.set_speaker_overrides({name: target})

    def set_speaker_overrides(self, changes: dict[str, str | None]) -> None:
        """Several names at once (one undo step): each as ``set_speaker_override``."""
        from reader.textsafe import one_line

        clean = {one_line(k, 200): (one_line(v, 200) if v is not None else None) for k, v in changes.items()}
        with self._writing():  # type: ignore[attr-defined]
            before = self.get_state(SPEAKERS_KEY, None)  # type: ignore[attr-defined]
            after = dict(before) if isinstance(before, dict) else {}
            for name, target in clean.items():
                if target is None:
                    after.pop(name, None)
                else:
                    after[name] = target
            if after == (before or {}):
                return
            self._state_put(SPEAKERS_KEY, after or None)  # type: ignore[attr-defined]
            names = ", ".join(f"'{n}'" for n in clean)
            targets = {t for t in clean.values()}
            if targets == {None}:
                what = f"{names} merged as the library finds it again"
            elif all(t == n for n, t in clean.items()):
                what = f"{names} kept apart from other speakers"
            else:
                what = f"{names} merged into '{next(t for t in clean.values() if t)}'"
            self._record(what, [{"op": "state", "key": SPEAKERS_KEY, "before": before, "after": after or None}])  # type: ignore[attr-defined]
