"""Sources named through someone else in English news: "Tom Reed's lawyer, Ann Lee" is Ann Lee;
"Tom Reed's lawyer" and "a lawyer for Tom Reed" are descriptions, never Tom Reed."""

from __future__ import annotations

import re

from reader.analysis.people import People, Speaker
from reader.analysis.titles import is_title_word
from reader.model import Entity, EntityLabel

# Words that end a role after a genitive: "Tom Reed's lawyer on Monday", "Ann Lee's response was".
_ENDS_ROLE = frozenset(
    """about after as while when who which because and but hos i fra ved for på at of with from in af
    on during last yesterday today tonight earlier later recently
    has have had is was were will would can could may might must should shall does did""".split()
)

# "Tom Reed's lawyer": the person owns the role. "a lawyer for Tom Reed": the person is the client.
_OWNED = re.compile(r"(?:'s|’s|')?\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})(?=[\s,.;:]|$)")
_CLIENT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:for|of|to|representing)\s+(?:the\s+)?$"
)


_PERSON_NOUNS = frozenset(
    """wife husband son daughter mother father brother sister partner widow widower friend neighbour neighbor
    colleague aide adviser advisor lawyer solicitor attorney barrister agent manager boss deputy assistant
    teacher officer director counsel founder owner leader member worker doctor editor coach trainer player
    fiancé fiancée girlfriend boyfriend cousin uncle aunt niece nephew grandson granddaughter grandmother
    grandfather child parent organiser organizer official representative chief head""".split()
)


def person_noun(word: str) -> bool:
    """Whether ``word`` names a person by a role or a relation ("lawyer", "wife", "spokesman")."""
    low = word.lower()
    low = low[:-1] if low.endswith("s") and low[:-1] in _PERSON_NOUNS else low  # "neighbours"
    return low in _PERSON_NOUNS or is_title_word(low) or low.endswith(("man", "woman", "person", "ist", "ian"))


def owner_or_client(text: str, start: int, end: int, person: Entity, people: People) -> Speaker | None:
    """English: a person named only as the owner of the speaker's role or as the one the speaker
    works for is not the speaker. "Tom Reed's lawyer, Ann Lee" is Ann Lee (role lawyer); "Tom Reed's
    lawyer" and "a lawyer for Tom Reed" are descriptions (the role may resolve to a lawyer named
    before). None when the person is the speaker."""
    genitive = re.search(r"(?:'s|’s|s')$", person.text) or re.match(r"(?:'s|’s)\s|'\s", text[person.end:end])
    owned = _OWNED.match(text, person.end, end) if genitive else None
    role = []
    for word in owned.group(1).split() if owned is not None else []:
        if word in _ENDS_ROLE:
            break
        role.append(word)
    while role and not person_noun(role[-1]):
        role.pop()  # "Ann Lee's response was swift:" and "Ann Lee's office said" are hers
    if role:
        role_end = owned.start(1) + len(" ".join(role))
        after = people.person_in(role_end, end)
        if after is not None and re.fullmatch(r",?\s+", text[role_end:after.start]):
            return Speaker(after.start, after.end, "name", after.canonical, " ".join(role))
        if after is None:
            return Speaker(owned.start(1), role_end, "description", text[person.start:role_end])
    client = _CLIENT.search(text, max(start, person.start - 60), person.start)
    if client is not None and client.start() >= start and not re.match(r"[\w'’-]", text[person.end:person.end + 1]):
        return Speaker(client.start(), person.end, "description", text[client.start():person.end])
    return None


def unnamed_owner(text: str, start: int, end: int, people: People) -> Speaker | None:
    """English: "said Scrooge's nephew" with the owner a name the name finder did not take: the
    description "Scrooge's nephew", not "Scrooge's". None unless a person noun follows."""
    owner = re.match(r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*(?:'s|’s)(?=\s+[a-z])", text[start:end])
    if owner is None:
        return None
    named = Entity(start, start + owner.end(), owner.group(), EntityLabel.PER, owner.group()[:-2])
    found = owner_or_client(text, start, end, named, people)
    return found if found is not None and found.kind == "description" else None


# A second capitalised name joined to an organisation's: "NHS Suffolk and North East Essex".
_ORG_AND = re.compile(r"\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4}(?=\s*(?:[,.;:]|$))")


def org_extent(text: str, found: Speaker | None, people: People, end: int) -> Speaker | None:
    """A description cut inside the organisation it ends with runs to the end of that name ("a
    spokesman for University Hospitals of Derby and Burton NHS Foundation Trust", "a spokesperson for
    NHS Suffolk and North East Essex"; quotesen17), within ``end``."""
    if found is None or found.kind != "description" or not text[found.end - 1:found.end].isalpha():
        return found
    org = people.org_at(found.end - 1)
    link = re.match(r"\s+(?:and|&)\s+", text[found.end:end]) if org is None and text[found.end - 1].isalpha() else None
    org = org or (people.org_at(found.end + link.end()) if link else None)  # "for Tolworth and District ... Trust"
    if org is None or link is not None and org.start != found.end + link.end():
        return found
    stop = max(found.end, org.end) if org.end <= end else found.end
    joined = _ORG_AND.match(text, stop, end)
    if joined is not None and people.person_in(stop, joined.end()) is None:
        stop = joined.end()
    return found if stop == found.end else Speaker(found.start, stop, "description", text[found.start:stop])
