"""Writing one file's rows and one article's analysis into the library index."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from reader.index import who
from reader.index.articles import TAG_SEP
from reader.index.records import AnalysisRecord, FileRecord, ItemRecord
from reader.index.walking import to_db
from reader.textsafe import text_for_json


class RowWriting:
    """The index's row writes, inside a transaction the caller holds."""

    @staticmethod
    def _drop(conn: sqlite3.Connection, path: str) -> None:
        path = to_db(path)
        who.drop_path(conn, path)
        conn.execute("DELETE FROM fts WHERE rowid IN (SELECT rowid FROM articles WHERE path = ?)", (path,))
        conn.execute("DELETE FROM articles WHERE path = ?", (path,))
        conn.execute("DELETE FROM files WHERE path = ?", (path,))
        conn.execute("DELETE FROM heads WHERE path = ?", (path,))  # its provisional row: read now

    def _write_file(self, conn: sqlite3.Connection, job: tuple[str, int, int, str], record: FileRecord | None) -> None:
        path, size, mtime, _digest = job
        if record is None:  # touched but the same bytes
            conn.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?", (size, mtime, to_db(path)))
            return
        self._drop(conn, path)
        path = to_db(path)
        conn.execute("INSERT INTO files VALUES (?, ?, ?, ?, ?)", (path, size, mtime, record.digest, text_for_json(record.skipped)))
        for item_no, item in enumerate(record.items):
            item = _safe_item(item)
            tags = TAG_SEP.join(item.meta_tags)
            result = record.analyses[item_no] if record.analyses else None
            cur = conn.execute(
                "INSERT INTO articles (path, item, id, uid, title, date, source, dateline, language, format,"
                " byline, meta_tags, fingerprint, analysed, quotes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (path, item_no, item.id, item.id, item.title, item.date, item.source, item.dateline,
                 item.language, item.format, item.byline, tags, item.fingerprint,
                 int(result is not None), result.quotes if result is not None else 0),
            )
            conn.execute(
                "INSERT INTO fts (rowid, title, body, stem, notes, labels, tags, people, orgs, places, speakers)"
                " VALUES (?, ?, ?, ?, '', '', ?, ?, ?, ?, ?)",
                (cur.lastrowid, item.title, item.body, item.stem, " ; ".join(item.meta_tags), *_names(result)),
            )
            if result is not None:
                who.write_analysis(conn, replace(result, rowid=cur.lastrowid))

    @staticmethod
    def _write_analysis(conn: sqlite3.Connection, result: AnalysisRecord) -> None:
        if conn.execute("SELECT 1 FROM articles WHERE rowid = ?", (result.rowid,)).fetchone() is None:
            return  # its file changed or went away meanwhile
        conn.execute("UPDATE fts SET people = ?, orgs = ?, places = ?, speakers = ? WHERE rowid = ?",
                     (*_names(result), result.rowid))
        conn.execute("UPDATE articles SET analysed = 1, quotes = ? WHERE rowid = ?", (result.quotes, result.rowid))
        who.write_analysis(conn, result)


def _names(result: AnalysisRecord | None) -> tuple[str, str, str, str]:
    """The people, organisations, places and speakers search columns of one analysis."""
    if result is None:
        return ("", "", "", "")
    return tuple(" ; ".join(names) for names in (result.people, result.orgs, result.places, result.speakers))  # type: ignore[return-value]


def _safe_item(item: ItemRecord) -> ItemRecord:
    """``item`` with every text field storable in SQLite: a lone surrogate (a hostile JSON escape, a
    file name's stray byte) as U+FFFD, one character for one (the same object if none changes)."""
    fields = ("id", "title", "body", "date", "source", "dateline", "language", "byline", "stem")
    changes: dict[str, object] = {}
    for name in fields:
        value = getattr(item, name)
        if text_for_json(value) is not value:
            changes[name] = text_for_json(value)
    if any(text_for_json(t) is not t for t in item.meta_tags):
        changes["meta_tags"] = tuple(text_for_json(t) for t in item.meta_tags)
    return replace(item, **changes) if changes else item
