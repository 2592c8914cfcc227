"""What one journal entry holds: whole tables, or the documents of tables changed since the snapshot.

An entry is either ``{"tables": {name: table or null}}`` (whole tables, null: dropped; the one
shape journals had before) or ``{"whole": {...}, "docs": {name: {id: document or null}}}``: the
``docs`` part sets documents in the table as it stands. A reader that knows only ``tables``
refuses the second shape as damaged instead of passing over its documents.

A table's documents in an entry are *every* document of it changed since the snapshot the
journal continues, not only those the commit changed (``since`` keeps their ids, also across
processes: catching up adds the ids of others' entries). So any later entry about a table
restores all that an earlier one did to it, as when every entry held whole tables: repair
passing over a damaged entry loses only what that entry alone changed. A table written whole
(made, dropped, changed through TinyDB, or its changed documents half of it) stays whole in the
entries that follow, until a compaction starts a new journal.

Documents are set in order of their ids: an existing one keeps its place in the table, a new one
goes at the end, as TinyDB's increasing ids put it in memory, so replay gives the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

# Table name -> the ids of its documents changed since the snapshot, or None: written whole.
Since = dict[str, "set[str] | None"]


def _by_id(doc_id: str) -> tuple[int, str]:
    return int(doc_id), doc_id


def build(tables: Mapping[str, Any], dirty: set[str], changed_docs: Mapping[str, set[str]],
          since: Since) -> tuple[dict[str, Any], Since]:
    """The entry for a commit that changed the ``dirty`` tables (``changed_docs``: those changed
    only document by document, with their ids), and what it makes of ``since`` for them (to be
    merged into it once the entry is written)."""
    whole: dict[str, Any] = {}
    docs: dict[str, Any] = {}
    after: Since = {}
    for name in sorted(dirty):
        ids = changed_docs.get(name)
        before = since.get(name, ())
        table = tables.get(name)
        if ids is not None and before is not None and table is not None:
            wanted = ids.union(before)  # ``before``'s ids were checked when they came in
            if 2 * len(wanted) < len(table) and all(i.isascii() and i.isdigit() for i in ids):
                docs[name] = {doc_id: table.get(doc_id) for doc_id in sorted(wanted, key=_by_id)}
                after[name] = wanted
                continue
        whole[name] = table
        after[name] = None
    entry = {"whole": whole, "docs": docs} if docs else {"tables": whole}
    return entry, after


def parts(entry: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(whole tables, documents by table) of an entry; ValueError for an entry of neither shape."""
    if "tables" in entry:
        whole, docs = entry["tables"], {}
    else:
        whole, docs = entry.get("whole"), entry.get("docs")
    if not isinstance(whole, dict) or not isinstance(docs, dict):
        raise ValueError("an entry without tables")
    for name, changed in docs.items():
        if not isinstance(changed, dict):
            raise ValueError(f"an entry with documents of table {name!r} that are not an object")
    return whole, docs


def fold(entries: list[Mapping[str, Any]], current: Callable[[str], Any],
         since: Since | None = None) -> dict[str, Any]:
    """The tables ``entries`` leave, by name (None: dropped), applied in order: whole tables
    replace, documents are set in a copy of the table as it stands (``current(name)`` for one the
    entries have not held yet). ``since`` learns what each entry held. ValueError for an entry of
    neither shape, or documents of a table that is missing."""
    result: dict[str, Any] = {}
    copied: set[str] = set()
    for entry in entries:
        whole, docs = parts(entry)
        for name, table in whole.items():
            result[name] = table
            copied.discard(name)
            if since is not None:
                since[name] = None
        for name, changed in docs.items():
            if name not in copied:
                base = result[name] if name in result else current(name)
                if not isinstance(base, dict):
                    raise ValueError(f"an entry with documents of table {name!r}, which is missing")
                result[name] = dict(base)
                copied.add(name)
            table = result[name]
            for doc_id, doc in changed.items():
                if doc is None:
                    table.pop(doc_id, None)
                else:
                    table[doc_id] = doc
            if since is not None:
                held = since.get(name, set())
                if held is not None:  # a new set: the caller's stays as it was
                    plain = all(i.isascii() and i.isdigit() for i in changed)
                    since[name] = held | changed.keys() if plain else None  # odd ids: whole from now
    return result


def holds_more(entries: list[Mapping[str, Any]], current: Callable[[str], Any]) -> bool:
    """Whether ``entries``, from a journal that continues another snapshot, change what
    ``current(name)`` gives (None: no such table). A compaction stopped between writing its new
    file and its new journal leaves entries the file already holds (False); an older copy of the
    file put back over a newer one (an editor's stale buffer, a copy) leaves entries it lacks."""
    if not entries:
        return False
    try:
        changes = fold(entries, current)
    except ValueError:  # documents of a table the file does not have
        return True
    return any(table != current(name) for name, table in changes.items())
