"""Make untrusted text safe to show: control characters become visible placeholders.

The mapping is one character to one character, so offsets into the text stay valid.
"""

from __future__ import annotations

import re

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

_UNSAFE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")


def visible(text: str) -> str:
    """``text`` with every control or bidi-override character replaced by a visible one."""
    if _UNSAFE.search(text) is None:
        return text
    return text.translate(_TABLE)


def one_line(text: str, limit: int = 0) -> str:
    """``visible(text)`` on one line (newlines become spaces), cut to ``limit`` characters if set."""
    flat = " ".join(visible(text).split())
    if limit and len(flat) > limit:
        return flat[: max(1, limit - 1)] + "\u2026"
    return flat


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """``1 word``, ``2 words``; ``nouns`` for irregular plurals."""
    return f"{count} {noun if count == 1 else (nouns or noun + 's')}"
