"""Where a line of a few words ends a unit that no name runs across (a blind probe of new stories,
probe9): an e-mail's header ("From: Ann Lee" over "Sent: Monday"), a signature over its firm ("Ann
Lee" over "Lee & Daughter Books, Kendal"). A hard-wrapped paragraph's lines are of a length, so a
name wrapped onto the next line ("mødte Anders" over "Samuelsen i går") stays one."""

from __future__ import annotations

import re

SHORT = 40  # the most characters of a line that can end a unit
CLOSINGS = True  # a block opened by a letter's closing ("Thanks,") ends a unit at every line (webprobe13)
SIGNED = True  # the text's last block of short lines opened by a name alone ends a unit at every line (probe27)
SIG_DASH = True  # a block opened by a signature's "-- " line ends a unit at every line (web28)
WIDE_SIGNED = True  # in a block opened by a closing or "-- ", a line of up to 2 * SHORT ends a unit (web28)
# A letter's closing alone on its line: "Thanks,", "Best wishes,", "Med venlig hilsen,".
_CLOSING = re.compile(r"[ \t]*[A-Z][a-z]+(?: [a-z]+){0,2},[ \t]*")
_SIG_DASH = re.compile(r"[ \t]*--[ \t]*")  # the line over an e-mail's or a post's signature
_LABEL = re.compile(r"[A-Z][\w-]*:\s")  # "From: ", "Sent: ", "Subject: "
_BLOCK = re.compile(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*")  # lines with no blank line between
# A line that is a name alone: capitalised words and initials ("Derek A. Pennywhistle", "Birthe Krabbe").
_NAME_LINE = re.compile(r"[ \t]*[A-ZÆØÅ][\w'’-]*\.?(?: [A-ZÆØÅ][\w'’-]*\.?){1,4}[ \t]*")


def _signature(text: str, block: re.Match, lines: list[str]) -> bool:
    """A signature under a letter: the text's last block, of at most four short lines, the first
    a name alone ("Derek A. Pennywhistle" over "Uplyme, Dorset"); a wrapped sentence has lower-case
    words on its first line ("mødte Anders" over "Samuelsen i går")."""
    return (len(lines) <= 4 and not text[block.end():].strip() and all(len(line) <= SHORT for line in lines)
            and _NAME_LINE.fullmatch(lines[0]) is not None)


def short_line_ends(text: str) -> list[int]:
    """The offsets where the line after a short line starts: the short line or the next opens with
    a label, or the short line is under 60% of the longest line of its paragraph, or the paragraph
    opens with a letter's closing or a "-- " line (a signature: "Thanks," over "Angela Brooks" over
    "Team parent"; there a line may be twice as long) or is the text's signature (``_signature``)."""
    ends = []
    for block in _BLOCK.finditer(text):
        lines = block.group(0).split("\n")
        if len(lines) < 2:
            continue
        longest = max(len(line) for line in lines)
        closed = (CLOSINGS and _CLOSING.fullmatch(lines[0]) is not None
                  or SIG_DASH and _SIG_DASH.fullmatch(lines[0]) is not None)
        signed = closed or SIGNED and _signature(text, block, lines)
        most = 2 * SHORT if closed and WIDE_SIGNED else SHORT  # ("Office Manager | Harlow & Penn Solicitors")
        at = block.start()
        for line, nxt in zip(lines, lines[1:]):
            at += len(line) + 1
            if len(line) <= most and line.strip() and (
                _LABEL.match(line.lstrip()) or _LABEL.match(nxt.lstrip()) or len(line) < 0.6 * longest
                or signed
            ):
                ends.append(at)
    return ends
