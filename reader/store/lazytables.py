"""The tables in memory, each decoded from the snapshot's bytes only when first asked for.

At open, a snapshot whose table of contents is intact (see ``layout``) is not parsed: each table
is a ``Raw`` holding where its text lies in the file's bytes, that text's CRC and (for an article)
its stored summary. ``TrackedTables`` decodes a ``Raw`` the first time it is read (TinyDB's
``tables[name]``), checking its CRC and schema then; a compaction writes a table still ``Raw``
back as the very bytes it was read as. ``TrackedTables`` also remembers which tables TinyDB
replaced or dropped, so that a commit knows what to save.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterator
from typing import Any

from reader.store import jsonio


class DamagedTable(ValueError):
    """A table's bytes do not match their checksum, or do not parse as a table."""


# Where a document line of ``encode``'s layout begins (two spaces and its id's quote); JSON
# text holds no raw line break, so each such line is one document.
_DOC_LINE = b'\n  "'


class Source:
    """Where ``Raw`` tables read their bytes: a snapshot held open (its own descriptor, closed
    when the last table reading from it is let go), or bytes in memory."""

    __slots__ = ("fd", "blob")

    def __init__(self, fd: int | None = None, blob: bytes = b"") -> None:
        self.fd = fd
        self.blob = blob

    def read(self, start: int, end: int) -> bytes:
        if self.fd is None:
            return self.blob[start:end]
        parts: list[bytes] = []
        while start < end:
            part = os.pread(self.fd, end - start, start)
            if not part:
                break  # the file got shorter: the CRC check reports it
            parts.append(part)
            start += len(part)
        return b"".join(parts)

    def __del__(self) -> None:
        if self.fd is not None:
            try:
                os.close(self.fd)
            except OSError:
                pass
            self.fd = None


class Raw:
    """One table's text in a snapshot, not decoded yet."""

    __slots__ = ("source", "start", "value", "end", "crc", "summary")

    def __init__(self, source: Source, start: int, value: int, end: int, crc: int,
                 summary: dict[str, Any] | None = None) -> None:
        self.source = source  # the snapshot (shared by every Raw of it)
        self.start = start    # where the line ' "name": {' begins
        self.value = value    # where the table's object (its '{') begins
        self.end = end        # just after its closing '}'
        self.crc = crc        # zlib.crc32 of those bytes
        self.summary = summary  # what ``index.stored_summary`` made of it (article tables)

    def text(self) -> bytes:
        """The table's bytes as written (name line to closing brace); raises DamagedTable
        (and OSError when the file cannot be read)."""
        data = self.source.read(self.start, self.end)
        if zlib.crc32(data) != self.crc:
            raise DamagedTable("its bytes do not match the checksum written with them "
                               "(damaged on disk, or edited by hand without changing its length)")
        return data

    def parse(self) -> dict[str, Any]:
        """The table's documents (CRC checked, each id once); raises DamagedTable."""
        data = self.text()
        try:
            table = jsonio.loads(data[self.value - self.start:])
        except jsonio.DecodeError as error:
            raise DamagedTable(f"not valid JSON: {str(error).splitlines()[0]}") from None
        if not isinstance(table, dict):
            raise DamagedTable("it is not an object")
        if data.count(_DOC_LINE) != len(table):
            raise DamagedTable("a document id appears twice")
        return table


Decoder = Callable[[str, Raw], dict[str, Any]]


def _plain_decode(name: str, raw: Raw) -> dict[str, Any]:
    return raw.parse()


def decoded(tables: dict[str, Any], name: str, decode: Decoder | None) -> Any:
    """Table ``name`` as it stands, decoded if it was not yet (journal entries set documents in it)."""
    value = tables.get(name)  # (TrackedTables decode as they are read)
    if type(value) is Raw:
        return decode(name, value) if decode is not None else value.parse()
    return value


class TrackedTables(dict):  # type: ignore[type-arg]
    """The tables in memory; decodes a ``Raw`` table on first read; remembers what TinyDB changed.

    ``decode`` turns a ``Raw`` into the table (the storage's version also validates it and
    raises the store's one-line CorruptDatabaseError). Keys, ``in`` and ``len`` never decode.
    """

    def __init__(self, *args: Any, decode: Decoder | None = None) -> None:
        super().__init__(*args)
        self.dirty: set[str] = set()
        # Of the dirty tables, those changed only document by document in place (``doc_changed``),
        # with the ids of those documents: the journal may hold just them. Any other change to a
        # table (TinyDB's whole-table update, a drop) takes it out of here.
        self.changed_docs: dict[str, set[str]] = {}
        self.decode: Decoder = decode or _plain_decode

    def __getitem__(self, key: str) -> Any:
        value = dict.__getitem__(self, key)
        if type(value) is Raw:
            value = self.decode(key, value)
            dict.__setitem__(self, key, value)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if dict.__contains__(self, key) else default

    def items(self) -> list[tuple[str, Any]]:  # type: ignore[override]
        return [(key, self[key]) for key in list(dict.keys(self))]

    def __rich_repr__(self) -> Any:
        """What a crash report shows (Textual's lists every frame's locals through Rich): the
        names, never a decode, which for a damaged table would raise again inside the report and
        leave the app hanging."""
        yield "tables", len(self)

    def values(self) -> list[Any]:  # type: ignore[override]
        return [self[key] for key in list(dict.keys(self))]

    def raw(self, key: str) -> Any:
        """The value as held: a ``Raw`` when not decoded yet (None when there is no such table)."""
        return dict.get(self, key)

    def stored_summary(self, key: str) -> dict[str, Any] | None:
        """The summary stored with a table not decoded yet (None once decoded or changed)."""
        value = dict.get(self, key)
        return value.summary if type(value) is Raw else None

    def undecoded(self) -> Iterator[str]:
        """Names of the tables still held as ``Raw``."""
        return (key for key, value in dict.items(self) if type(value) is Raw)

    def put(self, key: str, value: Any) -> None:
        """Set a table without marking it changed (catching up with the journal)."""
        dict.__setitem__(self, key, value)

    def doc_changed(self, key: str, doc_id: str) -> None:
        """Note that document ``doc_id`` of table ``key`` was added or replaced in place."""
        if key not in self.dirty:
            self.dirty.add(key)
            self.changed_docs[key] = {doc_id}
        elif key in self.changed_docs:
            self.changed_docs[key].add(doc_id)

    def changed(self, key: str) -> None:
        """Note that table ``key`` changed as a whole."""
        self.dirty.add(key)
        self.changed_docs.pop(key, None)

    def clear_changes(self) -> None:
        """Forget what changed (a transaction begins or ends)."""
        self.dirty.clear()
        self.changed_docs.clear()

    def __setitem__(self, key: str, value: Any) -> None:
        self.changed(key)
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self.changed(key)
        super().__delitem__(key)

    def pop(self, key: str, *default: Any) -> Any:
        if dict.__contains__(self, key):
            value = self[key]
            self.changed(key)
            super().pop(key)
            return value
        self.changed(key)
        return super().pop(key, *default)
