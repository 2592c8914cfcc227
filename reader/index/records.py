"""What the index keeps of one file: pure functions from a file's bytes to records (no database).

These run in worker processes (a local pool or a Dask cluster), so they take and return plain,
picklable values.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace

from reader.index.textkeys import stems
from reader.index.walking import changed_ns


@dataclass(frozen=True, slots=True)
class ItemRecord:
    """One article of a file as the index stores it."""

    id: str
    title: str
    body: str
    date: str
    source: str
    dateline: str
    language: str
    format: str
    byline: str
    meta_tags: tuple[str, ...]
    fingerprint: str
    stem: str


@dataclass(frozen=True, slots=True)
class FileRecord:
    """One file: its identity, its articles, or why it was skipped."""

    path: str
    size: int
    mtime_ns: int
    digest: str
    items: tuple[ItemRecord, ...] = ()
    skipped: str = ""
    # ``read_analysed``: each item's analysis (rowid 0 until written; None: analysed later), else ()
    analyses: tuple["AnalysisRecord | None", ...] = ()


@dataclass(frozen=True, slots=True)
class AnalysisRecord:
    """The names and quotes the analysis found in one article (canonical names, no offsets)."""

    rowid: int
    people: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    quotes: int = 0
    failed: str = ""
    # who said what (reader.index.who): (label, canonical name, mentions) per name, and per quote
    # (start, end, speaker or "", role, party, text)
    mentions: tuple[tuple[str, str, int], ...] = ()
    quote_rows: tuple[tuple[int, int, str, str, str, str], ...] = ()
    quote_marks: tuple[tuple[str, str, str], ...] = ()  # per quote: kind, its own role, affiliation


def _reason(message: str, path: str) -> str:
    prefix = f"{path}: "
    reason = message[len(prefix):] if message.startswith(prefix) else message
    return " ".join(reason.split())[:300]


def read_record(path: str, size: int = -1, mtime_ns: int = -1, known_digest: str = "") -> FileRecord | None:
    """Read and parse one file; None when its content hash equals ``known_digest`` (unchanged)."""
    from reader.errors import ArticleError
    from reader.library.scanner import read_file

    try:
        data = read_file(path)
    except ArticleError as error:
        return FileRecord(path, size, mtime_ns, "", skipped=_reason(str(error), path))
    digest = hashlib.blake2b(data, digest_size=16).hexdigest()
    if known_digest and digest == known_digest:
        return None
    return parse_record(path, data, size, mtime_ns, digest)


def parse_record(path: str, data: bytes, size: int, mtime_ns: int, digest: str = "") -> FileRecord:
    """The record of a file whose bytes are ``data`` (pure: no reads)."""
    from reader.errors import ArticleError
    from reader.library import parse_bytes

    digest = digest or hashlib.blake2b(data, digest_size=16).hexdigest()
    try:
        articles = parse_bytes(data, path)
    except ArticleError as error:
        return FileRecord(path, size, mtime_ns, digest, skipped=_reason(str(error), path))
    except Exception as error:  # a parser bug skips the file, it never stops the index
        return FileRecord(path, size, mtime_ns, digest, skipped=f"cannot parse: {type(error).__name__}: {error}"[:300])
    items = tuple(
        ItemRecord(
            a.id, a.title, a.body, a.date, a.source, a.dateline, a.language, a.format, a.byline,
            a.meta_tags, a.fingerprint, stems(f"{a.title}\n{a.body}", a.language),
        )
        for a in articles
    )
    return FileRecord(path, size, mtime_ns, digest, items)


def read_records(jobs: list[tuple[str, int, int, str]]) -> list[FileRecord | None]:
    """``read_record`` over a batch of (path, size, mtime_ns, known digest): one task for a worker."""
    return [read_record(*job) for job in jobs]


def read_analysed(jobs: list[tuple[str, int, int, str]]) -> list[FileRecord | None]:
    """``read_records``, each article analysed too: its search row is then written once, names
    and all (FTS5 writes an update as a delete and an insert of the whole row, body included)."""
    records = read_records(jobs)
    for k, record in enumerate(records):
        if record is not None and record.items:
            records[k] = replace(record, analyses=tuple(
                analyse_item(0, item.title, item.body, item.language) if _storable(item) else None
                for item in record.items))
    return records


def _storable(item: ItemRecord) -> bool:
    """Whether SQLite keeps the item's text as it is (else a lone surrogate becomes U+FFFD, and
    the analysis is made later from the text as stored)."""
    try:
        for text in (item.title, item.body, item.language):
            text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def analyse_item(rowid: int, title: str, body: str, language: str) -> AnalysisRecord:
    """The canonical names of the people, organisations and places, and the quotes' speakers."""
    from reader.analysis import analyze

    try:
        result = analyze(body, language or None, (), title=title)
    except Exception as error:  # an analysis bug leaves the article searchable by its text
        return AnalysisRecord(rowid, failed=f"{type(error).__name__}: {error}"[:200])
    kinds: dict[str, dict[str, None]] = {"PER": {}, "ORG": {}, "LOC": {}}
    for entity in (*result.title_entities, *result.entities):
        bucket = kinds.get(entity.label.value)
        if bucket is not None:
            bucket[entity.canonical] = None
    speakers = dict.fromkeys(q.speaker for q in result.quotes if q.speaker)
    from reader.index.who import mentions_of, quote_marks_of, quote_rows_of

    return AnalysisRecord(
        rowid, tuple(kinds["PER"]), tuple(kinds["ORG"]), tuple(kinds["LOC"]), tuple(speakers),
        len(result.quotes), mentions=mentions_of(result), quote_rows=quote_rows_of(result),
        quote_marks=quote_marks_of(result),
    )


def analyse_items(jobs: list[tuple[int, str, str, str]]) -> list[AnalysisRecord]:
    """``analyse_item`` over a batch of (rowid, title, body, language): one task for a worker."""
    return [analyse_item(*job) for job in jobs]


def stat_key(path: str) -> tuple[int, int] | None:
    """(size, changed ns: ``walking.changed_ns``) of a regular file, None when it cannot be read."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, changed_ns(info)
