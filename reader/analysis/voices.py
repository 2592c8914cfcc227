"""Documents that say who speaks: an interview ("Wikinews interviews Ann Lee", "Interview with
founder Hugh Marsh", "Ann Lee interviewed by ...", "... spoke with Ann Lee") or a speech
("Speech by Ann Lee", "Remarks by ..."). There "I said" inside the answers or the speech is that
person; elsewhere "I" is the writer, who is never a speaker."""

from __future__ import annotations

import re

from reader.analysis.attribution import Context

_HEADING = re.compile(
    r"\b(?:[Ii]nterview(?:s|ed)?|[Ss]peech|[Rr]emarks|[Aa]ddress|[Ll]ecture|[Tt]estimony|[Ii]n\s+(?:his|her|their)\s+own\s+words)\b"
)
_SPOKE_WITH = re.compile(r"\b(?:spoke|talked|talks|speaks)\s+(?:with|to)\s+|\binterview(?:ed|s)\s+")


def declared_speaker(ctx: Context) -> str | None:
    """The one person the document's first line names in an interview or speech heading, or the
    one its first paragraphs say the writer spoke with; else None."""
    if ctx.declared_known:
        return ctx.declared
    ctx.declared_known = True
    text = ctx.text
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    found: str | None = None
    if first_end < 300 and _HEADING.search(text, 0, first_end):
        names = {p.canonical for p in ctx.people.last_people(0, first_end)}
        found = names.pop() if len(names) == 1 else None
    if found is None:
        head = text.find("\n\n", first_end + 2)
        head = len(text) if head < 0 else head
        for match in _SPOKE_WITH.finditer(text, 0, min(head, 1200)):
            person = ctx.people.person_in(match.end(), match.end() + 80)
            if person is not None and not text[match.end():person.start].count(","):
                found = person.canonical
                break
    ctx.declared = found
    return found
