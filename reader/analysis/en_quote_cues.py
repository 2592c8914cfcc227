"""English speaker cues found on texts the rules were not tuned on (quotes11, tune7): "As X so aptly
put it, ..." before a quotation; a description and its verb right after a quotation closed by a
comma, "!", "?" or a trailing ellipsis ('"Adams! Baker ..." a voice called out.')."""

from __future__ import annotations

import re

from reader.analysis.descriptions import is_person_noun
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


# A description of a person (or a voice) and a verb in the past right after a quotation.
_DESCRIBED_TAG = re.compile(
    r"\s*((?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*))"
    r"\s+(?:[a-z]+ed|said|cried|called|spoke|rang|came)\b"
)


def described_tag(text: str, quoted: str, close: int, end: int, people: People) -> Speaker | None:
    """'"Adams! Baker! Cole ..." a voice called out.', '"Wait," the clerk answered.': a description of
    a person, or a voice, as the subject of a verb right after a quotation (``quoted``) that a comma,
    "!", "?" or an ellipsis closes; the verb need not be one of speaking."""
    if not quoted.rstrip().endswith((",", "!", "?", "...", "…")):
        return None
    match = _DESCRIBED_TAG.match(text, close, min(end, close + 60))
    if match is None or not (match.group(2) == "voice" or is_person_noun(match.group(2))):
        return None
    found = phrase(text, match.start(1), match.end(1), people, "en")
    return found if found is not None and found.kind == "description" else None
