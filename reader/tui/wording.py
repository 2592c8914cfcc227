"""Where a checked quote changed: short excerpts of the old and the new wording that show the change.

A quote's wording is usually edited in the middle or at the end; cutting both wordings from their
start ("These records were changed to hide the fact that…") hides exactly the words that differ.
"""

from __future__ import annotations

from reader.workspace.exports import QuoteNote
from reader.textsafe import one_line

CONTEXT = 12  # characters of unchanged wording kept on each side of the change


def around_change(old: str, new: str, width: int, context: int = CONTEXT) -> tuple[str, str]:
    """``old`` and ``new`` on one line each, whole when both fit in ``width`` characters, else cut
    alike to a few words (``context`` characters, to whole words) either side of where they differ
    ("…night shift was empty")."""
    old, new = one_line(old), one_line(new)
    if len(old) <= width and len(new) <= width:
        return old, new
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    start = max(0, head - context)
    if start:  # back to the start of a word (the same place in both: they share what comes before)
        start = old.rfind(" ", 0, start + 1) + 1
    return (_excerpt(old, start, len(old) - tail, width, context),
            _excerpt(new, start, len(new) - tail, width, context))


def _excerpt(text: str, start: int, changed_end: int, width: int, context: int) -> str:
    """``text`` from ``start`` to a few words past ``changed_end``, at most ``width`` characters."""
    end = min(len(text), changed_end + context)
    if end < len(text):
        space = text.find(" ", end)
        end = len(text) if space < 0 else space
    lead = "\u2026" if start else ""
    body = text[start:end]
    trail = "\u2026" if end < len(text) else ""
    if len(lead) + len(body) + len(trail) > width:
        body, trail = body[: max(1, width - len(lead) - 1)].rstrip(), "\u2026"
    return lead + body + trail


def changed_lines(note: QuoteNote, width: int) -> tuple[str, str]:
    """What a changed check was given for and what stands now, in words: (“old wording”, said by
    the old speaker; “new wording”, said by the new one), the wordings cut around the change."""
    was, now = [], []
    if note.checked_text is not None and (note.gone or note.checked_text != note.text):
        old, new = around_change(note.checked_text, note.text, width)
        was.append(f"“{old}”")
        now.append(f"“{new}”" if not note.gone else "gone from the article")
    if note.checked_speaker is not None and note.checked_speaker != (note.speaker or ""):
        was.append(f"said by {one_line(note.checked_speaker, 40) or 'no one named'}")
        now.append(f"said by {one_line(note.speaker or '', 40) or 'no one named'}")
    return ", ".join(was), ", ".join(now)
