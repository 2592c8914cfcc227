"""What an undo entry records of one change, and what in a document is a person's change."""

from __future__ import annotations

from typing import Any

from reader.store.history import Change

Doc = dict[str, Any]


def user_fields(doc: Any) -> Doc | None:
    """What a person changed in a note or quote document (not where it was placed last, not when)."""
    if doc is None:
        return None
    return {key: doc.get(key) for key in ("note", "label", "state", "quote", "position", "speaker", "checked")}


def put_change(article_id: str, kind: str, ident: str, before: Doc | None, after: Doc | None) -> Change:
    """A document of an article table set from ``before`` to ``after`` (None: absent)."""
    return {"op": "put", "article": article_id, "kind": kind, "id": ident, "before": before, "after": after}


def correction_change(text: str, before: Doc | None, after: Doc | None) -> Change:
    """The correction for ``text`` set from ``before`` to ``after`` (None: none)."""
    return {"op": "correction", "text": text, "before": before, "after": after}
