"""English speakers described before they are named (quotesen28): "One librarian he interviewed
told him," is the librarian, not "he"; "My first boss, a ship's engineer called Tomasz Wierzbicki,"
is Tomasz Wierzbicki wherever "my first boss" speaks."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.en_words import EN_VOCABULARY
from reader.analysis.person_nouns import is_person_noun

# A description opening its sentence, then a contact clause ("he interviewed", "she nursed") right
# before the verb of saying: the pronoun is the clause's, the description the speaker.
_CONTACT_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))((?:The|A|An|One|Another)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*))\s+$")
_CONTACT_AFTER = re.compile(r"\s+[a-z]+(?:ed|ew|et|ot|aw)\s+(?:\w+\s+)?[a-z]+")


def contact_description(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the description whose contact clause holds the pronoun ``[start, end)`` ("One
    librarian he interviewed told him,"), else None."""
    if text[start:end].lower() not in ("he", "she", "i", "we", "they") or not _CONTACT_AFTER.match(text, end, end + 40):
        return None
    match = _CONTACT_BEFORE.search(text, max(0, start - 60), start)
    if match is None or not is_person_noun(match.group(2)):
        return None
    return match.span(1)


def called_names(text: str, quotes: list, people: list) -> None:
    """A quote given a description that the text names in apposition with "called"/"named" ("My
    first boss, a ship's engineer called Tomasz Wierzbicki,") goes to that name, when the name finder
    took it as a person (``quotes`` changed in place)."""
    if " called " not in text and " named " not in text:
        return
    for k, quote in enumerate(quotes):
        speaker = quote.speaker
        if not speaker or not speaker[:1].isalpha() or speaker.split()[0].lower() not in _DETERMINERS:
            continue
        match = re.search(
            rf"\b(?i:{re.escape(speaker)})(?:,\s+(?:[Aa]n?|[Tt]he)\s+[^,.;:\"“”]{{1,40}}?)?\s+(?:called|named)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})",
            text[:quote.start])
        if match is None:
            continue
        person = next((p for p in people if p.start == match.start(1)), None)
        name = person.canonical if person is not None else match.group(1)
        if person is not None or not any(w.lower() in EN_VOCABULARY for w in name.split()):
            quotes[k] = replace(quote, speaker=name)  # (a name the name finder missed: no common word in it)


_DETERMINERS = frozenset("my our his her their the your a an".split())
