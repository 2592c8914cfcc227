"""Where a line of a few words ends a unit that no name runs across (a blind probe of new stories,
probe9): an e-mail's header ("From: Ann Lee" over "Sent: Monday"), a signature over its firm ("Ann
Lee" over "Lee & Daughter Books, Kendal"). A hard-wrapped paragraph's lines are of a length, so a
name wrapped onto the next line ("mødte Anders" over "Samuelsen i går") stays one."""

from __future__ import annotations

import re

SHORT = 40  # the most characters of a line that can end a unit
CLOSINGS = True  # a block opened by a letter's closing ("Thanks,") ends a unit at every line (webprobe13)
# A letter's closing alone on its line: "Thanks,", "Best wishes,", "Med venlig hilsen,".
_CLOSING = re.compile(r"[ \t]*[A-Z][a-z]+(?: [a-z]+){0,2},[ \t]*")
_LABEL = re.compile(r"[A-Z][\w-]*:\s")  # "From: ", "Sent: ", "Subject: "
_BLOCK = re.compile(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*")  # lines with no blank line between


def short_line_ends(text: str) -> list[int]:
    """The offsets where the line after a short line starts: the short line or the next opens with
    a label, or the short line is under 60% of the longest line of its paragraph, or the paragraph
    opens with a letter's closing (a signature: "Thanks," over "Angela Brooks" over "Team parent")."""
    ends = []
    for block in _BLOCK.finditer(text):
        lines = block.group(0).split("\n")
        if len(lines) < 2:
            continue
        longest = max(len(line) for line in lines)
        signed = CLOSINGS and _CLOSING.fullmatch(lines[0]) is not None
        at = block.start()
        for line, nxt in zip(lines, lines[1:]):
            at += len(line) + 1
            if len(line) <= SHORT and line.strip() and (
                _LABEL.match(line.lstrip()) or _LABEL.match(nxt.lstrip()) or len(line) < 0.6 * longest
                or signed
            ):
                ends.append(at)
    return ends
