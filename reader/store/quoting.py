"""Quote verification states and speakers, and the personal gazetteer of entity corrections."""

from __future__ import annotations

import copy
from typing import Any

from tinydb.table import Document

from reader.model import Anchor, EntityLabel, QuoteState, REWORDED, wording_likeness
from reader.store import records, schema
from reader.store.changes import correction_change, put_change, user_fields
from reader.store.core import StoreCore

Doc = dict[str, Any]

# How an undo message names an entity type.
_KINDS = {"PER": "a person", "ORG": "an organisation", "LOC": "a place", "MISC": "another name",
          "DATE": "a date", "NUM": "a number"}

MAX_SPEAKER = 120


def clean_speaker(name: str) -> str:
    """A speaker's name on one line: control characters dropped, runs of space collapsed, at
    most MAX_SPEAKER characters."""
    name = "".join(c for c in name if c.isprintable() or c.isspace())
    return " ".join(name.split())[:MAX_SPEAKER].strip()


class Quoting(StoreCore):
    """Quote states, speakers set by hand and entity corrections (undoable)."""

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
                after = schema.quote_doc(schema.new_id(), anchor, state.value, {"status": "exact"}, aid)
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
            if after is not None and before is not None and user_fields(after) == user_fields(before):
                return
            ident = (before or after or {})["id"]
            self._touch(aid)
            records.put(self._tinydb, aid, schema.QUOTE, ident, after)
            self._record(f"marked quote {state.value}",
                         [put_change(aid, schema.QUOTE, ident, dict(before) if before else None, after)])

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
                after = schema.quote_doc(schema.new_id(), anchor, QuoteState.UNVERIFIED.value, {"status": "exact"}, aid)
                after = self._placed(aid, after)
            else:
                after = copy.deepcopy(dict(before))
            if name is None:
                after.pop("speaker", None)
                if after["state"] == QuoteState.UNVERIFIED.value:
                    after = None
            else:
                after["speaker"] = {"name": name}
            if before is not None and after is not None and user_fields(after) == user_fields(before):
                return
            if before is None and after is None:
                return
            ident = (before or after or {})["id"]
            self._touch(aid)
            records.put(self._tinydb, aid, schema.QUOTE, ident, after)
            what = ("speaker back to automatic" if name is None
                    else f"set speaker '{name}'" if name else "cleared the speaker")
            self._record(what, [put_change(aid, schema.QUOTE, ident, dict(before) if before else None, after)])

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
            self._record(what, [correction_change(text, before, new)])

    def remove_correction(self, text: str) -> None:
        """Forget the correction for ``text``."""
        with self._writing():
            before = self._correction(text)
            if before is None:
                return
            self._put_correction(text, None)
            self._record(f"removed correction for '{text}'", [correction_change(text, before, None)])

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
