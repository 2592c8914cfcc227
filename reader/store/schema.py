"""Schema 3: table names and the documents in them, and conversion to the model's types.

``meta``            one document: ``{"schema": 3, "created": ...}``
``article/<id>``    one table per article: its ``article`` document (path, title, fingerprint,
                    tags, former ids) and its ``note`` and ``quote`` documents
``corrections``     the personal gazetteer: ``{"text", "label"}`` (label null: never an entity)
``state``           small UI state: ``{"key", "value"}``
``history``         undo and redo stacks of entry numbers, one document per app (``owner``)
``history/<n>``     one undo entry: ``{"description", "time", "changes"}``

A note or quote names its article (``article_id``, the id of the table it is in) and keeps the anchor it was made with (``quote`` = W3C TextQuoteSelector,
``position`` = TextPositionSelector) and where it was ``placed`` at the last attach.
A quote document may also hold ``checked`` (``{"exact", "speaker"}``: the wording and speaker its
state was given for) and ``speaker`` (``{"name"}``: set by hand, "" for none); both are optional.
"""

from __future__ import annotations

import os
import time
from typing import Any

# A file name that is not valid UTF-8 cannot be stored as JSON text: "path" holds it with U+FFFD
# in place of the bad bytes and "path_bytes" the raw name in base64.
from reader.textsafe import path_from_record, path_record

from reader.model import Anchor, AnchorStatus, Annotation, QuoteCheck, QuoteState

SCHEMA_VERSION = 3
META = "meta"
CORRECTIONS = "corrections"
STATE = "state"
HISTORY = "history"
ARTICLE_PREFIX = "article/"
HISTORY_PREFIX = "history/"

ARTICLE, NOTE, QUOTE = "article", "note", "quote"

Doc = dict[str, Any]


def now() -> str:
    """The current time, ISO-8601 UTC with milliseconds (``2026-01-31T12:00:00.000Z``)."""
    seconds, millis = divmod(time.time_ns() // 1_000_000, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{millis:03d}Z"


def new_id() -> str:
    """A new random id: the hex of a version-4 UUID, as ``uuid.uuid4().hex`` gives (without
    building a UUID object: one of these is made on every note saved)."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    return raw.hex()


def article_table(article_id: str) -> str:
    """The table holding one article's documents."""
    return ARTICLE_PREFIX + article_id


def article_id_of(table: str) -> str | None:
    """The article id of an article table name, else None."""
    return table[len(ARTICLE_PREFIX):] if table.startswith(ARTICLE_PREFIX) else None


def meta_doc() -> Doc:
    """The ``meta`` document of a new database."""
    return {"schema": SCHEMA_VERSION, "created": now()}


def article_doc(article_id: str, path: str = "", title: str = "", fingerprint: str = "",
                tags: list[str] | None = None, aliases: list[str] | None = None) -> Doc:
    """An article's own document (``file``: which file it is, see ``file_key``)."""
    return {
        "kind": ARTICLE, "id": article_id, **path_record(path), "title": title,
        "fingerprint": fingerprint, "tags": list(tags or []), "aliases": list(aliases or []),
        "file": file_key(path),
    }


def stored_path(doc: Doc) -> str:
    """The file name an article document stands for (see ``path_record``)."""
    return path_from_record(doc)


def file_key(path: str) -> str:
    """Device and inode of the file at ``path`` ("" if none): a renamed file keeps them, a copy
    gets its own, so a rename beside an identical copy is told apart from the copy."""
    if not path or path == "-" or path.startswith("<"):
        return ""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return ""
    return f"{info.st_dev}:{info.st_ino}"


def anchor_fields(anchor: Anchor) -> Doc:
    """The selector fields for ``anchor``."""
    return {
        "quote": {"exact": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix},
        "position": {"start": anchor.start, "end": anchor.end},
    }


def placed_field(anchor: Anchor, status: AnchorStatus, original: Anchor) -> Doc:
    """Where an anchor was placed; the span is kept only when it differs from the original."""
    if status in (AnchorStatus.EXACT, AnchorStatus.ORPHANED) or anchor == original:
        return {"status": status.value}
    return {"status": status.value, "start": anchor.start, "end": anchor.end,
            "exact": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix}


def note_doc(note_id: str, anchor: Anchor, note: str, label: str, created: str, placed: Doc,
             article_id: str = "") -> Doc:
    """A note (annotation) document."""
    return {"kind": NOTE, "id": note_id, "article_id": article_id, "label": label, "note": note,
            "created": created, "updated": created, **anchor_fields(anchor), "placed": placed}


def quote_doc(quote_id: str, anchor: Anchor, state: str, placed: Doc, article_id: str = "") -> Doc:
    """A quote-verification document."""
    return {"kind": QUOTE, "id": quote_id, "article_id": article_id, "state": state,
            **anchor_fields(anchor), "placed": placed}


def to_quote_check(doc: Doc) -> QuoteCheck:
    """The model's QuoteCheck for a quote document (``checked`` and ``speaker`` are optional:
    a record without ``checked`` was made before it existed, on the wording of its anchor)."""
    anchor, status = placed_anchor(doc)
    checked = doc.get("checked")
    state = QuoteState(doc["state"])
    if checked is None and state is not QuoteState.UNVERIFIED:
        checked = {"exact": doc["quote"]["exact"], "speaker": None}
    speaker = doc.get("speaker")
    return QuoteCheck(
        start=anchor.start, end=anchor.end, exact=doc["quote"]["exact"], state=state,
        checked_text=checked["exact"] if checked else None,
        checked_speaker=checked.get("speaker") if checked else None,
        speaker_set=speaker is not None, speaker=speaker["name"] if speaker else "", status=status,
    )


def original_anchor(doc: Doc) -> Anchor:
    """The anchor a note or quote was made with."""
    quote, position = doc["quote"], doc["position"]
    return Anchor(position["start"], position["end"], quote["exact"], quote["prefix"], quote["suffix"])


_STATUSES = {status.value: status for status in AnchorStatus}  # quicker than AnchorStatus(value)


def placed_anchor(doc: Doc) -> tuple[Anchor, AnchorStatus]:
    """Where a note or quote sits now, and how it got there."""
    placed = doc.get("placed") or {}
    value = placed.get("status", "exact")
    status = _STATUSES.get(value) if type(value) is str else None
    status = status or AnchorStatus(value)  # (the enum's own lookup, and its error, for others)
    if "start" in placed:
        return Anchor(placed["start"], placed["end"], placed["exact"], placed["prefix"], placed["suffix"]), status
    return original_anchor(doc), status


def to_annotation(doc: Doc, article_id: str) -> Annotation:
    """The model's Annotation for a note document."""
    anchor, status = placed_anchor(doc)
    return Annotation(
        id=doc["id"], article_id=article_id, anchor=anchor, note=doc["note"], label=doc["label"],
        created=doc["created"], updated=doc["updated"], status=status,
    )


def annotation_order(annotation: Annotation) -> tuple[int, int, int, str]:
    """Sort key: placed ones by position, orphans last."""
    orphan = annotation.status is AnchorStatus.ORPHANED
    return (orphan, annotation.anchor.start, annotation.anchor.end, annotation.created)
