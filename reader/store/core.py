"""The Store's foundation: opening, closing, catching up with other processes, and reads."""

from __future__ import annotations

import copy
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from reader.errors import (
    CorruptDatabaseError, EditConflictError, HistoryConflictError, NotFoundError,
)
from reader.anchoring import reanchor
from reader.model import Annotation, Article, EntityCorrection, EntityLabel, QuoteCheck, QuoteState
from reader.store import jsonio, migrations, records, schema
from reader.store import history as history_module
from reader.store.files import DiskFullError
from reader.store.history import Change, History, Owner
from reader.store.index import Index
from reader.store.storage import JournalStorage, Tables
from reader.store.validate import validate


class StoreCore:
    """State and read access shared by the editing and attaching parts of the Store."""

    def __init__(self, storage: JournalStorage, readonly_reason: str = "") -> None:
        self._storage = storage
        self._index = Index()
        self._db: TinyDB | None = None
        self._seen: dict[str, Article] = {}  # articles attached in this session
        self._claimed: set[str] = set()  # ids settle_ids gave to files of this session
        self._current: set[str] = set()  # tables whose summary this transaction already updated
        self.readonly_reason = readonly_reason
        self.warnings: list[str] = []  # worth telling the user on start (backups not being kept)
        self._owner = Owner.new()  # whose undo stacks this store works on
        storage.validator = validate
        storage.listener = self._on_change

    # -- life cycle --------------------------------------------------------------------------

    def _open(self) -> None:
        with jsonio.no_gc():  # frozen before the collector runs again: see jsonio.settle
            self._storage.open()
            if not self.readonly:
                problem = self._storage.backup_problem()
                if problem:
                    self.warnings.append(problem)
            self._storage.rewrite(self._upgrade)
            self._fresh_db()
            self._index.rebuild(self._storage.read())
            jsonio.settle(self._storage.snapshot_size)
        history_module._LIVE.add(self._owner.id)
        history = History(self._tinydb, self._owner)
        if not self.readonly and history.gone():  # a look without the lock; adopt looks again inside it
            try:
                with self._writing():  # the last session's undo history, now this one's
                    history.adopt()
            except DiskFullError as error:  # the notes are still shown; a save says the disk is full
                self.warnings.append(f"{error}: notes are shown, but none can be saved until there is room "
                                     "(and u reaches the last session's changes at a launch with room)")

    def _upgrade(self, tables: Tables) -> Tables | None:
        """Creation of a new database and migration of an old one."""
        try:
            new = migrations.upgrade(dict(tables))
            if new is not None:
                validate(new, True)
        except ValueError as error:
            raise self._storage.corrupt_error(self._storage.path, str(error)) from None
        return new

    def close(self) -> None:
        """Save what is pending (compacting the journal when worthwhile) and release the files."""
        history_module._LIVE.discard(self._owner.id)
        self._storage.close()
        self._storage.listener = None  # no reference cycle keeps a closed store alive
        self._db = None
        self._index = Index()
        self._seen.clear()

    def __enter__(self) -> "StoreCore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        """The database file."""
        return self._storage.path

    @property
    def readonly(self) -> bool:
        """True when changes cannot be saved."""
        return self._storage.readonly

    def refresh(self) -> bool:
        """Pick up changes other processes saved; True if anything changed."""
        return self._storage.refresh()

    def busy(self) -> str:
        """Why a write would wait right now (another program holds the lock) in one line, "" when
        it would not; a look only, it never waits."""
        return self._storage.busy()

    def wait_for_lock(self, seconds: float | None) -> None:
        """How long each write waits for a lock another program holds before DatabaseBusyError
        (None: the usual 10 s); the app waits briefly and keeps the write queued instead."""
        self._storage.wait_for_lock(seconds)

    # -- keeping the TinyDB object and the index in step with the tables ---------------------

    def _fresh_db(self) -> TinyDB:
        storage = self._storage
        self._db = TinyDB(storage=lambda: storage)
        return self._db

    @property
    def _tinydb(self) -> TinyDB:
        """The TinyDB database: private to the store (the NotesStore interface is the way in)."""
        return self._db if self._db is not None else self._fresh_db()

    def _on_change(self, names: set[str] | None, external: bool) -> None:
        if external:
            self._fresh_db()  # TinyDB tables cache their next document id
        current, self._current = self._current, set()
        tables = self._storage.read()
        if names is not None and not external and current:
            names = names - current
        if names is None:
            with jsonio.no_gc():
                self._index.rebuild(tables)
            jsonio.settle(self._storage.snapshot_size)
        else:
            self._index.update(tables, names)

    def _writing(self) -> AbstractContextManager[None]:
        """A durable write transaction (read-only stores refuse)."""
        self._current = set()
        return self._storage.transaction()

    def _summarised(self, article_id: str, done: bool) -> None:
        """Inside a write: the index already holds the article's summary as the write leaves it
        (``done``), so the commit need not summarise its table again."""
        if done:
            self._current.add(schema.article_table(article_id))

    def _touch(self, article_id: str) -> bool:
        """Before a first change to an article: record what attach saw of it (path, title, text);
        True when it did."""
        seen = self._seen.get(article_id)
        if seen is not None and records.meta(self._tinydb, article_id) is None:
            records.article_table(self._tinydb, article_id).insert(
                schema.article_doc(article_id, seen.path, seen.title, seen.fingerprint))
            return True
        return False

    def _placed(self, article_id: str, doc: dict[str, Any]) -> dict[str, Any]:
        """``doc`` with ``placed`` recomputed against the article's text, when it is known."""
        seen = self._seen.get(article_id)
        if seen is None:
            return doc
        original = schema.original_anchor(doc)
        anchor, status = reanchor(original, seen.body)
        return {**doc, "placed": schema.placed_field(anchor, status, original)}

    # Whether changes go on the undo stack. The shell's 'reader tag' turns it off: the app's u
    # undoes what was done in the app, not a tag a script set meanwhile.
    undoable = True

    def _record(self, description: str, changes: list[Change], stamp: str | None = None) -> None:
        if self.undoable:
            History(self._tinydb, self._owner).push(description, changes, stamp)

    # -- reads -------------------------------------------------------------------------------

    # The articles the last undo or redo changed (resolved ids; empty for corrections).
    last_step_articles: tuple[str, ...] = ()

    def is_article(self, article_id: str, other: str) -> bool:
        """True when two ids name the same article (one may be a former id of the other)."""
        return self._index.resolve(article_id) == self._index.resolve(other)

    def holds_path(self, path: str) -> bool:
        """True when an article recorded here (with notes, tags or checks) lies at ``path``."""
        return bool(self._index.by_path.get(path))

    def recorded_paths(self) -> dict[str, str]:
        """Article id -> the path recorded for it, for every article with saved data."""
        return {aid: summary.path for aid, summary in self._index.articles.items()}

    def title_of(self, article_id: str) -> str:
        """The headline recorded for an article ("" if none is)."""
        summary = self._index.articles.get(self._index.resolve(article_id))
        return summary.title if summary else ""

    def tags(self, article_id: str) -> tuple[str, ...]:
        """The article's tags, in the order they were added."""
        summary = self._index.articles.get(self._index.resolve(article_id))
        return summary.tags if summary else ()

    def all_tags(self) -> dict[str, int]:
        """Tag -> number of articles carrying it."""
        return self._index.tag_counts()

    def annotations(self, article_id: str) -> list[Annotation]:
        """The article's annotations, by position, orphans last."""
        resolved = self._index.resolve(article_id)
        notes = [schema.to_annotation(doc, resolved) for doc in records.docs_of(self._tinydb, resolved, schema.NOTE)]
        return sorted(notes, key=schema.annotation_order)

    def annotation(self, annotation_id: str) -> Annotation:
        """One annotation by id (raises NotFoundError)."""
        owner = self._index.note_owner.get(annotation_id)
        doc = records.find(self._tinydb, owner, schema.NOTE, annotation_id) if owner else None
        if doc is None or owner is None:
            raise NotFoundError(f"there is no annotation {annotation_id}")
        return schema.to_annotation(doc, owner)

    def annotation_counts(self) -> dict[str, int]:
        """Article id -> number of annotations (articles without any are left out)."""
        return {aid: s.note_count for aid, s in self._index.articles.items() if s.note_count}

    def orphan_counts(self) -> dict[str, int]:
        """Article id -> number of annotations orphaned at the last attach (none: left out)."""
        return {aid: s.orphans for aid, s in self._index.articles.items() if s.orphans}

    def quote_states(self, article_id: str) -> dict[tuple[int, int], QuoteState]:
        """Quote span (as placed at the last attach) -> its verification state."""
        resolved = self._index.resolve(article_id)
        states: dict[tuple[int, int], QuoteState] = {}
        for doc in records.docs_of(self._tinydb, resolved, schema.QUOTE):
            anchor, status = schema.placed_anchor(doc)
            if status.value != "orphaned" and doc["state"] != QuoteState.UNVERIFIED.value:
                states[(anchor.start, anchor.end)] = QuoteState(doc["state"])
        return states

    def quote_checks(self, article_id: str) -> list[QuoteCheck]:
        """Every quote record of the article (states, speakers set by hand), by position, orphans last."""
        resolved = self._index.resolve(article_id)
        checks = [schema.to_quote_check(doc) for doc in records.docs_of(self._tinydb, resolved, schema.QUOTE)]
        return sorted(checks, key=lambda c: (c.status.value == "orphaned", c.start, c.end))

    def corrections(self) -> tuple[EntityCorrection, ...]:
        """The personal gazetteer, applying to every article."""
        return tuple(
            EntityCorrection(doc["text"], EntityLabel(doc["label"]) if doc["label"] else None)
            for doc in self._tinydb.table(schema.CORRECTIONS).all()
        )

    def get_state(self, key: str, default: Any = None) -> Any:
        """A small piece of saved UI state."""
        for doc in self._tinydb.table(schema.STATE).all():
            if doc["key"] == key:
                return copy.deepcopy(doc.get("value"))
        return default

    def set_state(self, key: str, value: Any) -> None:
        """Save a small JSON value under ``key`` (not undoable)."""
        with self._writing():
            table = self._tinydb.table(schema.STATE)
            found = [doc.doc_id for doc in table.all() if doc["key"] == key]
            if found:
                if table.get(doc_id=found[0]).get("value") != value:  # type: ignore[union-attr]
                    table.update({"value": copy.deepcopy(value)}, doc_ids=found[:1])
            else:
                table.insert({"key": key, "value": copy.deepcopy(value)})

    @property
    def can_undo(self) -> bool:
        """True when there is a change to undo."""
        return bool(History(self._tinydb, self._owner).stacks()["undo"])

    @property
    def can_redo(self) -> bool:
        """True when there is an undone change to redo."""
        return bool(History(self._tinydb, self._owner).stacks()["redo"])


__all__ = ["StoreCore", "NotFoundError", "CorruptDatabaseError", "HistoryConflictError", "EditConflictError"]
