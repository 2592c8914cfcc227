"""English speaker cues found on texts the rules were not tuned on (quotes11, tune7): "As X so aptly
put it, ..." before a quotation."""

from __future__ import annotations

import re

from reader.analysis.people import People, Speaker
from reader.analysis.speakers import phrase

# "As Ann Lee so aptly put it in her review, the film is "..."": who put it, before the quotation.
_PUT_IT_BEFORE = re.compile(
    r"\b[Aa]s\s+([^,;:.!?\"“”\n]{1,60}?)\s+(?:(?:so\s+|very\s+)?[a-z]+ly\s+|once\s+|so\s+well\s+)*(?:put|puts)\s+it\b"
)


def put_it_before(text: str, start: int, end: int, people: People) -> Speaker | None:
    """Who "put it" in "As X (so aptly) put it" within ``[start, end)`` (a name or pronoun), if any."""
    match = None
    for match in _PUT_IT_BEFORE.finditer(text, start, end):
        pass
    found = phrase(text, match.start(1), match.end(1), people, "en") if match is not None else None
    return found if found is not None and found.kind != "description" else None
