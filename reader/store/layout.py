"""Where each table lies in a snapshot: its table of contents, written last, read first.

``encode`` writes TinyDB's ``{table: {doc_id: document}}`` one document per line, the header
table ``_storage`` first and the table ``_index`` last::

    {
     "_storage": {
      "1": {"format":1,"epoch":"..."}
     },
     "meta": {
      "1": {"schema":3,...}
     },
     "article/ab12": {
      ...
     },
     "_index": {
      "1": {"epoch":"...","at":<byte where the line ' "_index": {' starts>,"tables":<n>},
      "2": {"table":"meta","at":[<start>,<its '{'>,<end>],"crc":<crc32 of those bytes>},
      "3": {"table":"article/ab12","at":[...],"crc":...,"summary":{"article":{...},"notes":[...],"orphans":0}}
     }
    }

``open_lazily`` finds ``_index`` from the end of the file and hands back every table as a
``Raw`` (decoded when first read) without parsing the rest. The index is used only when it
names the header's epoch, starts where it says and lists as many tables as there are: a hand
edit that changes a length makes it stale, and the file is then decoded whole as before. A
table whose bytes no longer match their CRC is damage, reported when that table is read.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Mapping
from typing import Any

from reader.store import jsonio
from reader.store.lazytables import DamagedTable, Raw, Source

STORAGE_TABLE = "_storage"
INDEX_TABLE = "_index"
FORMAT = 1

# (table, start, its '{', end, crc32, summary) of one table in a snapshot
Placed = tuple[str, int, int, int, int, "dict[str, Any] | None"]
Summariser = Callable[[str, Mapping[str, Any]], "dict[str, Any] | None"]


def _table_text(name: str, table: Mapping[str, Any]) -> tuple[bytes, int]:
    """One table in the layout (no trailing comma), and the offset of its '{' in it."""
    dumps = jsonio.dumps_compact
    head = b" " + dumps(name) + b": {"
    lines = [head]
    last = len(table) - 1
    for d, (doc_id, doc) in enumerate(table.items()):
        lines.append(b"  " + dumps(doc_id) + b": " + dumps(doc) + (b"," if d < last else b""))
    lines.append(b" }")
    return b"\n".join(lines), len(head) - 1


def encode(tables: Mapping[str, Any], epoch: str,
           summarise: Summariser | None = None) -> tuple[bytes, list[Placed]]:
    """The snapshot's bytes and, for every table, where it lies in them.

    A table still ``Raw`` (never decoded) is copied as its very bytes, its CRC checked first
    (raises DamagedTable); its stored summary is kept. ``summarise`` makes the summary of a
    decoded table (None: it has none).
    """
    chunks: list[bytes] = [b"{\n"]
    pos = 2
    header, _ = _table_text(STORAGE_TABLE, {"1": {"format": FORMAT, "epoch": epoch}})
    chunks.append(header + b",\n")
    pos += len(header) + 2
    placed: list[Placed] = []
    for name, table in dict.items(tables) if isinstance(tables, dict) else tables.items():
        if type(table) is Raw:
            try:
                text, value = table.text(), table.value - table.start
            except DamagedTable as error:
                raise DamagedTable(f"table {name!r}: {error}") from None
            summary = table.summary
        else:
            text, value = _table_text(name, table)
            summary = summarise(name, table) if summarise is not None else None
        placed.append((name, pos, pos + value, pos + len(text), zlib.crc32(text), summary))
        chunks.append(text + b",\n")
        pos += len(text) + 2
    dumps = jsonio.dumps_compact
    lines = []
    for n, (name, start, value, end, crc, summary) in enumerate(placed, 2):
        entry: dict[str, Any] = {"table": name, "at": [start, value, end], "crc": crc}
        if summary is not None:
            entry["summary"] = summary
        lines.append(b'  "%d": ' % n + dumps(entry))
    body = b",\n".join(lines)
    head = {"epoch": epoch, "at": pos, "tables": len(placed), "crc": zlib.crc32(body)}
    chunks.append(_INDEX_LINE[1:] + b'\n  "1": ' + dumps(head) + (b",\n" + body if body else b"") + _END)
    return b"".join(chunks), placed


_END = b"\n }\n}\n"  # the end of the index and of the file


_INDEX_LINE = b'\n "' + INDEX_TABLE.encode() + b'": {'


def read_header(head: bytes) -> str | None:
    """The epoch in the header table of a file in this layout (None if it is not), from the
    file's first bytes."""
    lines = head.split(b"\n", 3)
    if len(lines) < 4 or lines[0] != b"{" or lines[1] != b' "' + STORAGE_TABLE.encode() + b'": {':
        return None
    line = lines[2]
    if not line.startswith(b'  "1": '):
        return None
    try:
        doc = jsonio.loads(line[7:])
    except jsonio.DecodeError:
        return None
    epoch = doc.get("epoch") if isinstance(doc, dict) else None
    return epoch if isinstance(epoch, str) else None


_FIRST_TAIL = 1 << 20


def _index_bytes(source: Source, size: int) -> tuple[int, bytes, int] | None:
    """(where the line ' "_index": {' starts in the file, the file's last bytes, where it starts in
    them), reading from the end."""
    tail = _FIRST_TAIL
    while True:
        start = max(0, size - tail)
        data = source.read(start, size)
        found = data.rfind(_INDEX_LINE)
        if found >= 0:
            return start + found + 1, data, found + 1
        if start == 0:
            return None
        tail *= 4


def _entries_crc(data: bytes, at: int) -> int | None:
    """The CRC of the index's entries (its lines after the first document); ``at``: where the
    index starts in ``data``, which ends with it (None if it is not in the layout)."""
    head_end = data.find(b"\n", at)
    first_end = data.find(b"\n", head_end + 1)
    if head_end < 0 or first_end < 0:
        return None
    if data[first_end - 1:first_end] != b",":
        return zlib.crc32(b"")
    return zlib.crc32(memoryview(data)[first_end + 1:len(data) - len(_END)])


def read_index(source: Source, size: int) -> tuple[str, dict[str, Raw]] | None:
    """(epoch, every table as a ``Raw`` reading from ``source``) when the file's table of
    contents is intact, else None. Reads the file's first bytes and its index only."""
    epoch = read_header(source.read(0, 4096))
    if epoch is None or source.read(max(0, size - len(_END)), size) != _END:
        return None
    located = _index_bytes(source, size)
    if located is None:
        return None
    at, data, offset = located
    try:  # (a view: the index of a million notes is tens of megabytes, not copied again)
        index = jsonio.loads(memoryview(data)[offset + len(_INDEX_LINE) - 2:len(data) - 3])
    except jsonio.DecodeError:
        return None
    head = index.get("1") if isinstance(index, dict) else None
    if not isinstance(head, dict) or head.get("epoch") != epoch or head.get("at") != at \
            or head.get("tables") != len(index) - 1 or head.get("crc") != _entries_crc(data, offset):
        return None
    del data
    raws: dict[str, Raw] = {}
    previous = 0
    for n in range(2, len(index) + 1):
        entry = index.get(str(n))
        try:
            name, (start, value, end), crc = entry["table"], entry["at"], entry["crc"]
            if not (type(start) is int and type(value) is int and type(end) is int and type(crc) is int
                    and type(name) is str and previous <= start < value < end <= at) or name in raws:
                return None
        except (TypeError, KeyError, ValueError):
            return None
        summary = entry.get("summary")
        previous = end
        raws[name] = Raw(source, start, value, end, crc, summary if type(summary) is dict else None)
    return epoch, raws


def verify(blob: bytes) -> None:
    """Raise DamagedTable naming the first table whose bytes do not match the index's CRC
    (for a full decode: ``reader doctor`` judges a file as opening it would)."""
    found = read_index(Source(blob=blob), len(blob))
    if found is None:
        return
    for name, raw in found[1].items():
        try:
            raw.text()
        except DamagedTable as error:
            raise DamagedTable(f"table {name!r}: {error}") from None
