"""Titles and honorifics written before English and Danish names: "Transport Secretary", "Labour
MP", "Detective Inspector", "borgmester" are roles; "Mr.", "Dr", "fru" are forms of address, never
a role."""

from __future__ import annotations

import re

from reader.analysis.lexicon import EN_ROLES, ROLE_SUFFIXES

# Honorifics and forms of address: never a role ("Mr. Reed", "Dr Helen Marsh", "fru Holm").
HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady madam madame prof. hr hr. fru frk frk. rev.".split()
)
# Title words of English news beyond the shared list: "Labour MP", "Detective Inspector".
_EN_TITLE_WORDS = frozenset(
    """mp mep msp ms ceo cfo coo minister secretary inspector detective constable sergeant superintendent
    councillor councilor leader head chair chairman chairwoman chief spokesman spokeswoman spokesperson
    analyst economist manager coach captain commander officer director president governor mayor senator
    judge justice prosecutor attorney professor chancellor commissioner ambassador editor correspondent
    resident teacher principal headteacher founder executive treasurer deputy vice shadow general
    colonel sheriff bishop pope king queen prince princess""".split()
)


def is_honorific(word: str) -> bool:
    return word.lower() in HONORIFICS


def is_title_word(word: str) -> bool:
    """A word of a title or role ("Secretary", "MP", "Inspector", "borgmester"), not an honorific."""
    low = word.lower().strip(",")
    if is_honorific(low):
        return False
    return low in _EN_TITLE_WORDS or word.strip(",") in EN_ROLES or low.endswith(ROLE_SUFFIXES)


def title_run_before(text: str, start: int) -> str:
    """The whole capitalised title written right before a name at ``start`` ("Transport
    Secretary", "Detective Inspector", "Labour MP"), without honorifics; "" when the words before
    are no title (or only an honorific)."""
    words = re.findall(r"[\w.'’-]+", text[max(0, start - 60):start].split("\n")[-1])
    run: list[str] = []
    for word in reversed(words):
        if is_honorific(word) and not run:
            continue  # "Detective Inspector Mr Reed" is rare; "Dr Helen Marsh" has no title
        if not word[:1].isupper() or is_honorific(word):
            break
        run.insert(0, word)
        if len(run) >= 4:
            break
    while run and not is_title_word(run[-1]):
        run.pop()  # the run ends with its head: "Transport Secretary", not "Transport"
    return " ".join(run) if run and any(is_title_word(w) for w in run) else ""


_CAP = r"[A-Z][\w'’&-]*"
_TITLE_PHRASE = re.compile(
    rf"(?:(?:the|a|an|their|its)\s+)?((?:{_CAP}\s+){{0,3}}(?P<head>{_CAP})"
    rf"(?:\s+(?:for|of)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}})?),?\s*"
)


def title_phrase(text: str, start: int, name_start: int) -> str:
    """A capitalised title filling ``[start, name_start)`` before a name: "the Labour MP for
    Bolton, ", "Shadow Home Secretary ", "Detective Inspector " ("" when it is none)."""
    match = _TITLE_PHRASE.fullmatch(text, start, name_start)
    if match is None or not is_title_word(match.group("head")):
        return ""
    words = match.group(1).split()
    return match.group(1) if not is_honorific(words[0]) else ""
