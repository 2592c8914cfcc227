"""Reading and writing documents of the article tables through TinyDB."""

from __future__ import annotations

from typing import Any

from tinydb import TinyDB
from tinydb.table import Document, Table

from reader.store import schema

Doc = dict[str, Any]


def article_table(db: TinyDB, article_id: str) -> Table:
    """The TinyDB table of one article."""
    return db.table(schema.article_table(article_id))


def _raw(db: TinyDB, article_id: str) -> dict[str, Any]:
    """The article table's documents as the storage holds them (id string -> document): a
    search through them need not wrap every document as TinyDB's ``all()`` does."""
    return db.storage.read().get(schema.article_table(article_id)) or {}


def docs_of(db: TinyDB, article_id: str, kind: str) -> list[Document]:
    """The article's documents of one kind, in insertion order."""
    return [Document(doc, int(doc_id)) for doc_id, doc in _raw(db, article_id).items() if doc.get("kind") == kind]


def find(db: TinyDB, article_id: str, kind: str, ident: str) -> Document | None:
    """The article's document of ``kind`` with ``id`` == ``ident``."""
    for doc_id, doc in _raw(db, article_id).items():
        if doc.get("id") == ident and doc.get("kind") == kind:
            return Document(doc, int(doc_id))
    return None


def meta(db: TinyDB, article_id: str) -> Document | None:
    """The article's own document, if it has one."""
    for doc_id, doc in _raw(db, article_id).items():
        if doc.get("kind") == schema.ARTICLE:
            return Document(doc, int(doc_id))
    return None


def ensure_meta(db: TinyDB, article_id: str) -> Document:
    """The article's own document, created (empty) if missing."""
    found = meta(db, article_id)
    if found is not None:
        return found
    table = article_table(db, article_id)
    doc = schema.article_doc(article_id)
    doc_id = table.insert(doc)
    return Document(doc, doc_id)


def add(db: TinyDB, article_id: str, doc: Doc) -> bool:
    """Insert a new document (one not in the table yet) into the article's table, after its
    article document (created if missing: then False): in place, without TinyDB's whole-table
    update (which rebuilds the table's dict), so a save costs the document, not the table."""
    had_meta = meta(db, article_id) is not None
    if not had_meta:
        ensure_meta(db, article_id)
    table = article_table(db, article_id)
    docs = db.storage.read()[table.name]
    doc_id = table._get_next_id()  # TinyDB's own choice (pinned 4.9.0): its cached next id stays right
    docs[str(doc_id)] = doc
    db.storage.changed(table.name, str(doc_id))  # type: ignore[attr-defined]
    return had_meta


def replace(db: TinyDB, article_id: str, doc_id: int, new: Doc) -> None:
    """Replace a document's whole content, keeping its place in the table."""

    def fill(doc: dict[str, Any]) -> None:
        doc.clear()
        doc.update(new)

    article_table(db, article_id).update(fill, doc_ids=[doc_id])


def update_meta(db: TinyDB, article_id: str, **fields: Any) -> None:
    """Change fields of the article's own document."""
    doc = ensure_meta(db, article_id)
    article_table(db, article_id).update(fields, doc_ids=[doc.doc_id])


def put(db: TinyDB, article_id: str, kind: str, ident: str, new: Doc | None) -> None:
    """Make the article's ``kind`` document ``ident`` equal ``new`` (None: remove it)."""
    found = find(db, article_id, kind, ident)
    table = article_table(db, article_id)
    if new is None:
        if found is not None:
            table.remove(doc_ids=[found.doc_id])
        return
    if found is not None:
        replace(db, article_id, found.doc_id, new)
    else:
        ensure_meta(db, article_id)
        table.insert(new)
