"""Lines of a text that are one paragraph: prose hard-wrapped inside a sentence (quotesda23).

Wire copy gives a paragraph a line, so quotes are read line by line; but a text wrapped by hand
breaks a quotation, or the sentence that attributes it, in the middle:

    »Vi har ventet på den her dag i mange år, og nu
    er den endelig kommet,« siger borgmester Kasper Dahl.

A line is joined to the next when no blank line lies between them, the line stops mid-sentence (on a
lower-case letter, a digit or a comma) and the next line goes on in lower case or with a number.
A headline, a name or a sentence's end never stops that way, nor does a new paragraph start so.

Here too the paragraphs themselves (``_units``), a dash line that is a list item, and quotations run
over paragraphs whose middle carries no marks (``_runs_on``).
"""

from __future__ import annotations

import re

_MARKS = re.compile(r"[»«„“”\"]")
_OPENS = "“\"»„‘"
_LINE = re.compile(r"[^\n]+")


def _mid_sentence(char: str) -> bool:
    return char.islower() or char.isdigit() or char == ","


def join_wrapped(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``units`` (trimmed non-empty lines, in order) with each line wrapped inside a sentence joined
    to the line that goes on with it."""
    out: list[tuple[int, int]] = []
    for unit in units:
        if out:
            s, e = out[-1]
            first = text[unit[0]]
            if (
                _mid_sentence(text[e - 1])
                and (first.islower() or first.isdigit())
                and text.count("\n", e, unit[0]) == 1
            ):
                out[-1] = (s, unit[1])
                continue
        out.append(unit)
    return out


def _runs_on(text: str, units: list[tuple[int, int]]) -> tuple[set[int], set[int]]:
    """Quotations over several paragraphs whose middle paragraphs carry no marks: the indexes of
    those middle paragraphs, and of the paragraphs that close such a quotation. A paragraph leaves
    a quotation open when it has an odd number of straight quotes or more openers than closers;
    a later paragraph (within five) whose first mark closes it ends the run."""
    bridged: set[int] = set()
    closes: set[int] = set()
    for index, (s, e) in enumerate(units):
        marks = _MARKS.findall(text, s, e)
        if not marks or not _leaves_open(marks):
            continue
        for j in range(index + 1, min(len(units), index + 6)):
            later = _MARKS.findall(text, units[j][0], units[j][1])
            if not later:
                continue
            if later[0] in "«”" or (later[0] == "\"" and later.count("\"") % 2 == 1):
                if text[units[j][0]] not in _OPENS:
                    bridged.update(range(index + 1, j))
                    closes.add(j)
            break
    return bridged, closes


def _leaves_open(marks: list[str]) -> bool:
    """Whether the marks of a paragraph leave a quotation open at its end."""
    if "\"" in marks:
        return marks.count("\"") % 2 == 1
    return sum(m in "»„" for m in marks) > sum(m in "«" for m in marks) or (
        marks.count("“") > marks.count("”") and "„" not in marks
    )


def _units(text: str) -> list[tuple[int, int]]:
    """Non-empty lines of ``text`` (paragraphs in wire copy), whitespace trimmed."""
    out: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        s, e = match.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return join_wrapped(text, out)  # a quotation wrapped over two lines is one paragraph (quotesda23)


def _list_item(text: str, unit: tuple[int, int]) -> bool:
    """A dash line directly above or below another dash line (no blank line between), neither
    ending like a sentence: a list item ("- mælk og brød"), not a dash quote."""
    s, e = unit
    if text[e - 1] in ".!?…»«”\"":
        return False
    before = text.rfind("\n", 0, max(0, s - 1))
    prev_line = text[before + 1:s - 1] if s > 0 and text[s - 1] == "\n" else ""
    nxt = text[e + 1:text.find("\n", e + 1) if text.find("\n", e + 1) >= 0 else len(text)] if text[e:e + 1] == "\n" else ""
    return any(
        line.lstrip()[:2] in ("- ", "– ", "• ") and line.rstrip()[-1:] not in ".!?…»«”\""
        for line in (prev_line, nxt) if line.strip()
    )
