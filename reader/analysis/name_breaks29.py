"""A name never runs across a blank line: a press release's "ENDS", a blank line and "Media
contact: X" gave the organisation "ENDS\\n\\nMedia" (probe29). A name whose text holds a blank line
is dropped (in both languages; a name across one line break, as in hard-wrapped text, stays).
"""

from __future__ import annotations

import re

Span = tuple[int, int, str]
ON = True
_BLANK = re.compile(r"\n[ \t]*\n")


def no_breaks(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without each name that runs across a blank line."""
    if "\n" not in text:
        return spans
    kept = [x for x in spans if not _BLANK.search(text, x[0], x[1])]
    return spans if len(kept) == len(spans) else kept
