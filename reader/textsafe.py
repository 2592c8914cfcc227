"""Make untrusted text safe to show: control characters become visible placeholders.

The mapping is one character to one character, so offsets into the text stay valid. File names
are untrusted text too: a name that is not valid UTF-8 arrives with its bad bytes as lone
surrogates (Python's surrogateescape); they are shown as U+FFFD and never written raw.
"""

from __future__ import annotations

import base64
import json
import os
import re
import unicodedata

# C0 controls (except newline) -> the Unicode "Control Pictures" block, DEL -> U+2421,
# C1 controls and bidirectional overrides/isolates -> U+FFFD (a visible replacement box).
_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20) if code != 0x0A}
_TABLE[0x09] = " "  # a tab is whitespace, not a hazard; one column keeps offsets simple
_TABLE[0x7F] = "\u2421"
for _code in range(0x80, 0xA0):
    _TABLE[_code] = "\ufffd"
for _code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C):
    _TABLE[_code] = "\ufffd"
for _code in (0x2028, 0x2029, 0x0085):
    _TABLE[_code] = " "

for _code in range(0xD800, 0xE000):  # lone surrogates: undecodable bytes of a file name
    _TABLE[_code] = "\ufffd"

_UNSAFE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE) if c < 0xD800) + "\ud800-\udfff]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
# Characters that JSON may carry raw but a terminal could act on: written as \u escapes.
_JSON_ESCAPE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


# Invisible format characters a pasted name or a scraped title carries (soft hyphen, zero-width
# space and joiners, direction marks, BOM): no part of a word for matching.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def folded(text: str) -> str:
    """``text`` for matching a typed filter: composed (NFC) and case-folded, so "Søren" pasted in
    decomposed form (a macOS file name, some web pages) matches "Søren" typed, and "STRASSE" "straße".
    Invisible format characters are dropped, and a capital dotted I (Turkish "İmamoğlu", which
    case-folds to i and a combining dot) matches a plain i (attack33: neither matched)."""
    folded_text = unicodedata.normalize("NFC", text).casefold()
    if not folded_text.isascii():
        folded_text = _INVISIBLE.sub("", folded_text).replace("i\u0307", "i")
    return unicodedata.normalize("NFC", folded_text)


def visible(text: str) -> str:
    """``text`` with every control or bidi-override character replaced by a visible one."""
    if _UNSAFE.search(text) is None:
        return text
    return text.translate(_TABLE)


def one_line(text: str, limit: int = 0) -> str:
    """``visible(text)`` on one line (newlines become spaces), cut to ``limit`` characters if set."""
    if limit and len(text) > limit * 8 + 1024:  # a megabyte note shown in 60 characters: read its start only
        text = text[: limit * 8 + 1024] + " …"
    flat = " ".join(visible(text).split())
    if limit and len(flat) > limit:
        return flat[: max(1, limit - 1)] + "\u2026"
    return flat


def title_field(title: str, limit: int, stream=None) -> str:
    """A headline as a field of a command's line: cut to ``limit`` on a terminal, whole when the
    output goes to a pipe or a file (a script wants the whole title; review32)."""
    import sys

    stream = sys.stdout if stream is None else stream
    tty = hasattr(stream, "isatty") and stream.isatty()
    return one_line(title, limit if tty else 0)


def shown_name(name: str) -> str:
    """A file name for a message: as it is, or quoted when spaces at its ends, runs of spaces or
    line breaks would otherwise be lost on the line (`` notes.md`` is shown as ``' notes.md'``)."""
    flat = one_line(name)
    if flat == name:
        return flat
    return "'" + visible(name).replace("\n", "\u240a").replace("'", "'\\''") + "'"


def path_field(path: str) -> str:
    """A file name as a field of a tab-separated line: the name as it is (runs of spaces and spaces
    at its ends kept, so a script can open it), only a tab, a line break and other control
    characters shown as visible placeholders (``␉``, ``␊``, ``␛``); ``--json`` has the exact name."""
    return visible(path.replace("\t", "\u2409").replace("\n", "\u240a"))


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """``1 word``, ``2 words``, ``10,000 words``; ``nouns`` for irregular plurals."""
    return f"{count:,} {noun if count == 1 else (nouns or noun + 's')}"


def text_for_json(text: str) -> str:
    """``text`` that encodes as UTF-8: lone surrogates (bytes of a name that were not UTF-8)
    become U+FFFD; everything else is kept."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def path_record(path: str) -> dict[str, str]:
    """``{"path": ...}`` for JSON output, plus ``path_bytes`` (the name's raw bytes in base64)
    when the name is not valid UTF-8 and ``path`` therefore shows U+FFFD in their place."""
    record = {"path": text_for_json(path)}
    if record["path"] != path:
        record["path_bytes"] = base64.b64encode(os.fsencode(path)).decode("ascii")
    return record


def path_from_record(record: dict) -> str:
    """The file name a ``path_record`` stands for (its raw bytes when ``path_bytes`` is there)."""
    path = record.get("path", "")
    raw = record.get("path_bytes")
    if isinstance(raw, str) and raw:
        try:
            name = os.fsdecode(base64.b64decode(raw, validate=True))
        except ValueError:
            return path
        if text_for_json(name) == path:
            return name
    return path


def _escape_json(match: re.Match[str]) -> str:
    return f"\\u{ord(match[0]):04x}"


def json_text(data: object, indent: int | None = 2, stream: object = None) -> str:
    """JSON for output: always valid UTF-8 (lone surrogates become U+FFFD) and no raw C1 control,
    DEL or bidirectional-override character (written as ``\\u`` escapes, the same value). For a
    ``stream`` whose encoding is not UTF (``PYTHONIOENCODING=ascii``) every non-ASCII letter is
    escaped, so nothing is lost."""
    encoding = str(getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    text = json.dumps(data, ensure_ascii=not encoding.startswith("utf"), indent=indent)
    text = _JSON_ESCAPE.sub(_escape_json, text)
    return text_for_json(text)
