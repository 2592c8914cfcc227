"""Where a checked quote changed: short excerpts of the old and the new wording that show the change.

A quote's wording is usually edited in the middle or at the end; cutting both wordings from their
start ("These records were changed to hide the fact that…") hides exactly the words that differ.
"""

from __future__ import annotations

from reader.workspace.exports import NO_SPEAKER, QuoteNote
from reader.textsafe import one_line

CONTEXT = 12  # characters of unchanged wording kept on each side of the change


def around_change(old: str, new: str, width: int, context: int = CONTEXT) -> tuple[str, str]:
    """``old`` and ``new`` on one line each, whole when both fit in ``width`` characters, else cut
    alike to a few words (``context`` characters, to whole words) either side of where they differ
    ("…night shift was empty")."""
    old, new = one_line(old), one_line(new)
    if len(old) <= width and len(new) <= width:
        return old, new
    start, old_end, new_end = _change(old, new, context)
    return _excerpt(old, start, old_end, width, context), _excerpt(new, start, new_end, width, context)


def _change(old: str, new: str, context: int) -> tuple[int, int, int]:
    """Where two wordings start to differ (``context`` characters before, back to a whole word),
    and where the change ends in each."""
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    start = max(0, head - context)
    if start:  # back to the start of a word (the same place in both: they share what comes before)
        start = old.rfind(" ", 0, start + 1) + 1
    return start, len(old) - tail, len(new) - tail


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
        space = body.rfind(" ")
        if space > len(body) // 2:  # to a whole word when that keeps most of it
            body = body[:space].rstrip()
    return lead + body + trail


def _said_by(name: str) -> str:
    return f"said by {name}" if name else NO_SPEAKER


def changed_lines(note: QuoteNote, width: int) -> tuple[str, str]:
    """What a changed check was given for and what stands now, in words: (“old wording”, said by
    the old speaker; “new wording”, said by the new one), the wordings cut around the change."""
    was, now = [], []
    if note.checked_text is not None and (note.gone or note.checked_text != note.text):
        old, new = around_change(note.checked_text, note.text, width)
        was.append(f"“{old}”")
        now.append(f"“{new}”" if not note.gone else "gone from the article")
    if note.checked_speaker is not None and note.checked_speaker != (note.speaker or ""):
        was.append(_said_by(one_line(note.checked_speaker, 40)))
        now.append(_said_by(one_line(note.speaker or "", 40)))
    return ", ".join(was), ", ".join(now)


HINT = "; V checks again"
WORDS_MIN = 16  # the fewest characters of old and new wording worth showing on the status line


def changed_said(note: QuoteNote, who: str, room: int) -> str:
    """What changed in a checked quote, for the status line after "changed since …": the old and
    new wording (cut around the change), the old and new speaker when that changed, and the key to
    press (``HINT``), within ``room`` columns when they can be."""
    room -= len(HINT)
    reworded = note.checked_text is not None and note.checked_text != note.text
    speakers = ""
    if note.checked_speaker is not None and note.checked_speaker != (note.speaker or ""):
        old_name = one_line(note.checked_speaker, 30) or NO_SPEAKER
        speakers = _speakers(old_name, who, room // 2 if reworded else room)
    said = ""
    fixed = len(": “” → “”") + (len(", ") + len(speakers) if speakers else 0)
    if reworded and speakers and room - fixed < WORDS_MIN:  # both do not fit: the names here, the words in the panel
        return f": reworded, {_speakers(old_name, who, room - len(': reworded,'))}{HINT}"
    if reworded:  # at most 52 characters of wording, as much as fits before the key to press
        old, new = _fitting(note.checked_text or "", note.text, max(WORDS_MIN, min(52, room - fixed)))
        said = f": “{old}” → “{new}”"
    if speakers:
        said += f"{',' if said else ':'} {speakers}"
    return said + HINT


HAND = " (set by hand)"


def _speakers(old_name: str, who: str, limit: int) -> str:
    """"was by OLD; now by NEW" within ``limit`` columns (with the ": " before it) when it fits,
    else "by OLD → NEW" without "(set by hand)" (the line above the quote says it), the longer
    name cut only when that still does not fit (at 80 columns both names were cut to 14 and the
    line ran past the key to press)."""
    if len(": was by ; now by ") + len(old_name) + len(who) <= limit:
        return f"was by {old_name}; now by {who}"
    who = who.removesuffix(HAND)
    room = max(8, limit - len(": by  → "))
    if len(old_name) + len(who) > room:
        half = room // 2
        if len(old_name) <= half:
            who = one_line(who, room - len(old_name))
        elif len(who) <= half:
            old_name = one_line(old_name, room - len(who))
        else:
            old_name, who = one_line(old_name, half), one_line(who, room - half)
    return f"by {old_name} → {who}"


def _fitting(old: str, new: str, room: int) -> tuple[str, str]:
    """Excerpts of both wordings around the change, together within ``room`` characters: whole
    when they fit, else with as much context either side of the change as fits, else the shorter
    whole and the longer cut to the rest."""
    old, new = one_line(old), one_line(new)
    if len(old) + len(new) <= room:
        return old, new
    for context in (4, 2, 0):
        start, old_end, new_end = _change(old, new, context)
        cut_old = _excerpt(old, start, old_end, room, context)
        cut_new = _excerpt(new, start, new_end, room, context)
        if len(cut_old) + len(cut_new) <= room:
            return cut_old, cut_new
    short = max(8, room // 2)
    if len(cut_old) <= short:
        return cut_old, _excerpt(new, start, new_end, max(8, room - len(cut_old)), 0)
    if len(cut_new) <= short:
        return _excerpt(old, start, old_end, max(8, room - len(cut_new)), 0), cut_new
    return _excerpt(old, start, old_end, short, 0), _excerpt(new, start, new_end, short, 0)
