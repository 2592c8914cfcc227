"""Every undoable change: tags, annotations, quote states, entity corrections; undo and redo."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterable
from typing import Any

from tinydb.table import Document

from reader.errors import NoteTooLongError
from reader.model import Anchor, Annotation, EntityLabel, QuoteState, REWORDED, wording_likeness
from reader.store import records, schema
from reader.anchoring import reanchor
from reader.store.core import EditConflictError, HistoryConflictError, NotFoundError, StoreCore
from reader.store.history import Change, History

Doc = dict[str, Any]


MAX_TAG = 80
# How an undo message names an entity type.
_KINDS = {"PER": "a person", "ORG": "an organisation", "LOC": "a place", "MISC": "another name",
          "DATE": "a date", "NUM": "a number"}


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


MAX_SPEAKER = 120


def clean_speaker(name: str) -> str:
    """A speaker's name on one line: control characters dropped, runs of space collapsed, at
    most MAX_SPEAKER characters."""
    name = "".join(c for c in name if c.isprintable() or c.isspace())
    return " ".join(name.split())[:MAX_SPEAKER].strip()


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


def _quoted(items: list[str]) -> str:
    return ", ".join(f"'{t}'" for t in items)


def _tag_description(added: list[str], removed: list[str]) -> str:
    parts = []
    if added:
        parts.append(f"added tag{'s' if len(added) > 1 else ''} {_quoted(added)}")
    if removed:
        parts.append(f"removed tag{'s' if len(removed) > 1 else ''} {_quoted(removed)}")
    return "; ".join(parts)


class Editing(StoreCore):
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
        with self._writing():
            aid = self._index.resolve(article_id)
            stamp = schema.now()
            doc = schema.note_doc(uuid.uuid4().hex, anchor, note, label, stamp, {"status": "exact"}, aid)
            doc = self._placed(aid, doc)
            touched = self._touch(aid)
            # The index counts the note in (quicker than summarising the table again) when the
            # rest of the article's summary stays as it was.
            if records.add(self._tinydb, aid, doc) and not touched and doc["placed"].get("status") != "orphaned":
                self._summarised(aid, self._index.note_added(aid, doc["id"]))
            what = f"added label '{label}'" if label and not note else "added a note"
            self._record(what, [_put(aid, schema.NOTE, doc["id"], None, doc)], stamp)
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
            self._record("; ".join(what), [_put(aid, schema.NOTE, annotation_id, dict(before), after)])
        return schema.to_annotation(after, aid)

    def delete_annotation(self, annotation_id: str) -> None:
        """Delete an annotation (undo brings it back)."""
        with self._writing():
            aid, before = self._note(annotation_id)
            records.put(self._tinydb, aid, schema.NOTE, annotation_id, None)
            self._record("deleted note", [_put(aid, schema.NOTE, annotation_id, dict(before), None)])

    def _note(self, annotation_id: str) -> tuple[str, Document]:
        aid = self._index.note_owner.get(annotation_id)
        doc = records.find(self._tinydb, aid, schema.NOTE, annotation_id) if aid else None
        if aid is None or doc is None:
            raise NotFoundError(f"there is no annotation {annotation_id} (it may have been deleted)")
        return aid, doc

    def _placed(self, article_id: str, doc: Doc) -> Doc:
        """``doc`` with ``placed`` recomputed against the article's text, when it is known."""
        seen = self._seen.get(article_id)
        if seen is None:
            return doc
        body = seen.body
        original = schema.original_anchor(doc)
        anchor, status = reanchor(original, body)
        return {**doc, "placed": schema.placed_field(anchor, status, original)}

    # -- quote states and corrections --------------------------------------------------------

    def set_quote_state(self, article_id: str, anchor: Anchor, state: QuoteState, speaker: str | None = None) -> None:
        """Set a quote's verification state for its wording now (``anchor.exact``) and the speaker
        it has now (``speaker``; None or "": none); unverified is the default and is not stored.

        The record keeps what was checked (``checked``), so a later change of either wording or
        speaker shows as "changed since verified"; setting a state again moves the record to
        ``anchor`` (the quote's current wording)."""
        state = QuoteState(state)
        checked = {"exact": anchor.exact, "speaker": clean_speaker(speaker or "")}
        with self._writing():
            aid = self._index.resolve(article_id)
            before = self._find_quote(aid, anchor)
            after: Doc | None
            if before is None:
                if state is QuoteState.UNVERIFIED:
                    return
                after = schema.quote_doc(uuid.uuid4().hex, anchor, state.value, {"status": "exact"}, aid)
                after = self._placed(aid, {**after, "checked": checked})
            else:
                after = copy.deepcopy(dict(before))
                after["state"] = state.value
                if state is QuoteState.UNVERIFIED:
                    after.pop("checked", None)
                    if "speaker" not in after:
                        after = None
                else:
                    after.update(checked=checked, **schema.anchor_fields(anchor))
                    after = self._placed(aid, after)
            if after is not None and before is not None and _user_fields(after) == _user_fields(before):
                return
            ident = (before or after or {})["id"]
            self._touch(aid)
            records.put(self._tinydb, aid, schema.QUOTE, ident, after)
            self._record(f"marked quote {state.value}",
                         [_put(aid, schema.QUOTE, ident, dict(before) if before else None, after)])

    def set_quote_speaker(self, article_id: str, anchor: Anchor, speaker: str | None) -> None:
        """Set the speaker of a quote by hand (``""``: the quote has no speaker), or with None go
        back to the speaker the analysis finds. A verified quote keeps the speaker it was checked
        for, so a new speaker shows it as changed since verified."""
        name = None if speaker is None else clean_speaker(speaker)
        with self._writing():
            aid = self._index.resolve(article_id)
            before = self._find_quote(aid, anchor)
            after: Doc | None
            if before is None:
                if name is None:
                    return
                after = schema.quote_doc(uuid.uuid4().hex, anchor, QuoteState.UNVERIFIED.value, {"status": "exact"}, aid)
                after = self._placed(aid, after)
            else:
                after = copy.deepcopy(dict(before))
            if name is None:
                after.pop("speaker", None)
                if after["state"] == QuoteState.UNVERIFIED.value:
                    after = None
            else:
                after["speaker"] = {"name": name}
            if before is not None and after is not None and _user_fields(after) == _user_fields(before):
                return
            if before is None and after is None:
                return
            ident = (before or after or {})["id"]
            self._touch(aid)
            records.put(self._tinydb, aid, schema.QUOTE, ident, after)
            what = ("speaker back to automatic" if name is None
                    else f"set speaker '{name}'" if name else "cleared the speaker")
            self._record(what, [_put(aid, schema.QUOTE, ident, dict(before) if before else None, after)])

    def _find_quote(self, article_id: str, anchor: Anchor) -> Document | None:
        """The quote record for ``anchor``: at its span or made on it; else, of the records whose
        wording changed since (placed by approximate match, or orphaned), the one placed over it
        most, else the orphan most like it."""
        best, overlap = None, 0
        orphans = []
        for doc in records.docs_of(self._tinydb, article_id, schema.QUOTE):
            placed, status = schema.placed_anchor(doc)
            if (placed.start, placed.end) == (anchor.start, anchor.end) or schema.original_anchor(doc) == anchor:
                return doc
            if status.value == "orphaned":
                orphans.append(doc)
                continue
            if status.value != "fuzzy":
                continue
            shared = min(placed.end, anchor.end) - max(placed.start, anchor.start)
            if shared > overlap:
                best, overlap = doc, shared
        if best is None and orphans:
            scored = [(wording_likeness(doc["quote"]["exact"], anchor.exact), n) for n, doc in enumerate(orphans)]
            score, n = max(scored)
            if score >= REWORDED:
                best = orphans[n]
        return best

    def set_correction(self, text: str, label: EntityLabel | None) -> None:
        """Always treat ``text`` as ``label`` (None: never as an entity), in every article."""
        new = {"text": text, "label": EntityLabel(label).value if label is not None else None}
        with self._writing():
            before = self._correction(text)
            if before is not None and before["label"] == new["label"]:
                return
            self._put_correction(text, new)
            kind = _KINDS.get(str(new.get("label")), str(new.get("label"))) if label is not None else ""
            what = f"marked '{text}' as {kind}" if label is not None else f"marked '{text}' as not an entity"
            self._record(what, [_correction_change(text, before, new)])

    def remove_correction(self, text: str) -> None:
        """Forget the correction for ``text``."""
        with self._writing():
            before = self._correction(text)
            if before is None:
                return
            self._put_correction(text, None)
            self._record(f"removed correction for '{text}'", [_correction_change(text, before, None)])

    def _correction(self, text: str) -> Doc | None:
        for doc in self._tinydb.table(schema.CORRECTIONS).all():
            if doc["text"] == text:
                return {"text": doc["text"], "label": doc["label"]}
        return None

    def _put_correction(self, text: str, new: Doc | None) -> None:
        table = self._tinydb.table(schema.CORRECTIONS)
        found = [doc.doc_id for doc in table.all() if doc["text"] == text]
        if found:
            table.remove(doc_ids=found)
        if new is not None:
            table.insert(dict(new))

    # -- undo and redo -----------------------------------------------------------------------

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
            return _user_fields(current) != _user_fields(expected)
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


def _user_fields(doc: Any) -> Doc | None:
    """What a person changed in a note or quote document (not where it was placed last, not when)."""
    if doc is None:
        return None
    return {key: doc.get(key) for key in ("note", "label", "state", "quote", "position", "speaker", "checked")}


def _put(article_id: str, kind: str, ident: str, before: Doc | None, after: Doc | None) -> Change:
    return {"op": "put", "article": article_id, "kind": kind, "id": ident, "before": before, "after": after}


def _correction_change(text: str, before: Doc | None, after: Doc | None) -> Change:
    return {"op": "correction", "text": text, "before": before, "after": after}
