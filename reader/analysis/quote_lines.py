"""Lines of a text that are one paragraph: prose hard-wrapped inside a sentence (quotesda23).

Wire copy gives a paragraph a line, so quotes are read line by line; but a text wrapped by hand
breaks a quotation, or the sentence that attributes it, in the middle:

    »Vi har ventet på den her dag i mange år, og nu
    er den endelig kommet,« siger borgmester Kasper Dahl.

A line is joined to the next when no blank line lies between them, the line stops mid-sentence (on a
lower-case letter, a digit or a comma) and the next line goes on in lower case or with a number.
A headline, a name or a sentence's end never stops that way, nor does a new paragraph start so.
"""

from __future__ import annotations


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
