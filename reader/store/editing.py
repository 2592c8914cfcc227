"""The undoable changes to an article's tags and notes; the Store's editing half.

Quote states and corrections are in ``quoting``, undo and redo in ``undoing`` (both below
``Editing`` in the Store's classes)."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from tinydb.table import Document

from reader.errors import NoteTooLongError
from reader.model import Anchor, Annotation
from reader.store import records, schema
from reader.store.changes import put_change
from reader.store.core import EditConflictError, NotFoundError
from reader.store.undoing import Undoing

Doc = dict[str, Any]


MAX_TAG = 80


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags with runs of space collapsed, control characters dropped, commas splitting one tag
    into two (a comma separates tags everywhere they are shown and typed), at most MAX_TAG
    characters each, empty ones dropped, and repeats dropped ignoring case (the first spelling
    wins), order kept."""
    seen: set[str] = set()
    result = []
    pieces = (piece for tag in tags for piece in (tag or "").split(","))
    for tag in pieces:
        tag = "".join(c for c in tag if c.isprintable() or c.isspace())
        tag = " ".join(tag.split())[:MAX_TAG].strip()
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return result


MAX_NOTE_BYTES = 1_000_000


def check_note_size(note: str) -> None:
    """Raise NoteTooLongError for a note over ``MAX_NOTE_BYTES`` in UTF-8 (1 MB)."""
    if len(note) * 4 <= MAX_NOTE_BYTES:
        return  # short enough whatever its letters
    size = len(note.encode("utf-8", "surrogatepass"))
    if size > MAX_NOTE_BYTES:
        raise NoteTooLongError(
            f"the note is {size / 1e6:.1f} MB; a note can hold at most 1 MB: keep long texts in a "
            "file of their own and note where it is")


def savable_text(text: str) -> str:
    """``text`` as UTF-8 can hold it: a surrogate pair joined, a lone surrogate (a stray byte from
    the terminal, a JSON escape) as U+FFFD; any other text as it is."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def _quoted(items: list[str]) -> str:
    return ", ".join(f"'{t}'" for t in items)


def _tag_description(added: list[str], removed: list[str]) -> str:
    parts = []
    if added:
        parts.append(f"added tag{'s' if len(added) > 1 else ''} {_quoted(added)}")
    if removed:
        parts.append(f"removed tag{'s' if len(removed) > 1 else ''} {_quoted(removed)}")
    return "; ".join(parts)


class Editing(Undoing):
    """The mutating half of the Store's API."""

    # -- tags --------------------------------------------------------------------------------

    def add_tags(self, article_id: str, tags: Iterable[str]) -> None:
        """Add tags to an article (ones it already has are ignored)."""
        wanted = clean_tags(tags)
        self._change_tags(article_id, lambda current: clean_tags(current + wanted))

    def remove_tags(self, article_id: str, tags: Iterable[str]) -> None:
        """Remove tags from an article (ones it does not have are ignored)."""
        unwanted = {t.casefold() for t in clean_tags(tags)}
        self._change_tags(article_id, lambda current: [t for t in current if t.casefold() not in unwanted])

    def change_tags(self, article_id: str, add: Iterable[str], remove: Iterable[str]) -> None:
        """Add and remove tags in one step; tags it has that are in neither stay as they are
        (so an edit based on an older view keeps tags another process has added since)."""
        wanted = clean_tags(add)
        unwanted = {t.casefold() for t in clean_tags(remove)} - {t.casefold() for t in wanted}
        self._change_tags(
            article_id, lambda current: clean_tags([t for t in current if t.casefold() not in unwanted] + wanted)
        )

    def set_tags(self, article_id: str, tags: Iterable[str]) -> None:
        """Make the article's tags exactly ``tags``."""
        wanted = clean_tags(tags)
        self._change_tags(article_id, lambda current: wanted)

    def _change_tags(self, article_id: str, compute: Any) -> None:
        with self._writing():
            aid = self._index.resolve(article_id)
            meta = records.meta(self._tinydb, aid)
            current = list(meta["tags"]) if meta else []
            new = compute(current)
            before, after = set(current), set(new)  # sets: linear in the number of tags
            added = [t for t in new if t not in before]
            removed = [t for t in current if t not in after]
            if not added and not removed:
                return
            self._touch(aid)
            records.update_meta(self._tinydb, aid, tags=new)
            self._record(_tag_description(added, removed),
                         [{"op": "tags", "article": aid, "add": added, "remove": removed}])

    # -- annotations -------------------------------------------------------------------------

    def add_annotation(self, article_id: str, anchor: Anchor, note: str = "", label: str = "") -> Annotation:
        """Save a new annotation; returns it with its id and times (NoteTooLongError over 1 MB)."""
        check_note_size(note)
        note, label = savable_text(note), savable_text(label)
        with self._writing():
            aid = self._index.resolve(article_id)
            stamp = schema.now()
            doc = schema.note_doc(schema.new_id(), anchor, note, label, stamp, {"status": "exact"}, aid)
            doc = self._placed(aid, doc)
            touched = self._touch(aid)
            # The index counts the note in (quicker than summarising the table again) when the
            # rest of the article's summary stays as it was.
            if records.add(self._tinydb, aid, doc) and not touched and doc["placed"].get("status") != "orphaned":
                self._summarised(aid, self._index.note_added(aid, doc["id"]))
            what = f"added label '{label}'" if label and not note else "added a note"
            self._record(what, [put_change(aid, schema.NOTE, doc["id"], None, doc)], stamp)
        return schema.to_annotation(doc, aid)

    def update_annotation(self, annotation_id: str, *, note: str | None = None, label: str | None = None,
                          anchor: Anchor | None = None, base: Annotation | None = None) -> Annotation:
        """Change an annotation's note, label and/or anchor; returns it as saved.

        ``base`` is the version the change was made from (an editor opened on it): if another
        process saved a different note or label since, EditConflictError is raised and nothing changes.
        A note over 1 MB raises NoteTooLongError.
        """
        if note is not None:
            check_note_size(note)
            note = savable_text(note)
        label = None if label is None else savable_text(label)
        with self._writing():
            aid, before = self._note(annotation_id)
            if base is not None and (base.note, base.label) != (before["note"], before["label"]):
                raise EditConflictError("the note was changed in another window while you edited it")
            after = copy.deepcopy(dict(before))
            what = []
            if note is not None and note != before["note"]:
                after["note"] = note
                what.append("edited note")
            if label is not None and label != before["label"]:
                after["label"] = label
                what.append(f"changed label to '{label}'" if label else "removed label")
            if anchor is not None and anchor != schema.original_anchor(before):
                after.update(schema.anchor_fields(anchor))
                after = self._placed(aid, after)
                what.append("moved note")
            if not what:
                return schema.to_annotation(before, aid)
            after["updated"] = schema.now()
            records.put(self._tinydb, aid, schema.NOTE, annotation_id, after)
            self._record("; ".join(what), [put_change(aid, schema.NOTE, annotation_id, dict(before), after)])
        return schema.to_annotation(after, aid)

    def delete_annotation(self, annotation_id: str) -> None:
        """Delete an annotation (undo brings it back)."""
        with self._writing():
            aid, before = self._note(annotation_id)
            records.put(self._tinydb, aid, schema.NOTE, annotation_id, None)
            self._record("deleted note", [put_change(aid, schema.NOTE, annotation_id, dict(before), None)])

    def _note(self, annotation_id: str) -> tuple[str, Document]:
        aid = self._index.note_owner.get(annotation_id)
        doc = records.find(self._tinydb, aid, schema.NOTE, annotation_id) if aid else None
        if aid is None or doc is None:
            raise NotFoundError(f"there is no annotation {annotation_id} (it may have been deleted)")
        return aid, doc
