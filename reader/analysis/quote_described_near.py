"""A definite description nobody was introduced with ("said the skipper", "siger forskeren",
"the spokesperson said"): news writing's way of naming the one person written about just before;
a pair ("siger parret", "the brothers said"): the two people named together (quotes14)."""

from __future__ import annotations

import re

from reader.analysis.descriptions import is_person_noun
from reader.analysis.people import People

# Nouns for two people speaking together.
_PAIRS = frozenset(
    "parret ægteparret brødrene søstrene tvillingerne søskendeparret couple pair brothers sisters twins".split()
)
# The endings of Danish nouns for people by what they do: "træner", "anfører", "psykolog".
_AGENT = re.compile(r"(?:er|ør|ist|log|person|mand|kvinde|chef|direktør)$")
# English sports roles the person-noun lists leave out; people named by no role (a story's characters).
_EN_ROLES = frozenset("skipper striker goalkeeper keeper midfielder defender winger lock flanker fly-half scrum-half".split())
_GENERIC = frozenset("man woman boy girl lady gentleman guy person child kid stranger".split())
_DA_DEFINITE = ("erne", "ene", "en", "et", "ne", "n")


def is_pair(mention: str, language: str) -> bool:
    """Whether ``mention`` names two people speaking together ("parret", "the brothers")."""
    words = mention.lower().split()
    if language == "en":
        return len(words) == 2 and words[0] == "the" and (words[1] in _PAIRS or words[1] == "two")
    return len(words) == 1 and words[0] in _PAIRS


def _person_head(head: str, language: str) -> bool:
    """Whether a description's head word names one person (a Danish one in its definite form)."""
    if language == "en":
        return head in _EN_ROLES or is_person_noun(head) and not head.endswith("s") and head not in _GENERIC
    if head.endswith("ne"):
        return False  # a plural: "spillerne"
    for suffix in _DA_DEFINITE:
        stem = head[: -len(suffix)] if head.endswith(suffix) else ""
        if len(stem) >= 3 and (is_person_noun(stem) or _AGENT.search(stem)):
            return True
    return False


def definite_person(mention: str, language: str) -> bool:
    """Whether ``mention`` is a definite description of one person: "the skipper", "the head
    coach", "forskeren", "udvalgsformanden" (not "a resident", not "the company")."""
    words = mention.split()
    if language == "en":
        ok = 2 <= len(words) <= 3 and words[0].lower() == "the" and all(w.islower() for w in words[1:])
    else:
        ok = len(words) == 1 and words[0].islower() and words[0].isalpha()
    return ok and not is_pair(mention, language) and _person_head(words[-1].lower(), language)


def one_named_near(text: str, people: People, mention: tuple[int, int], covered, language: str = "en") -> str | None:
    """The one person (by canonical name) named outside quotations in the paragraph before the
    description's or in its own before it; None if nobody or more than one person is named there,
    or if a description with its noun is written after that name ("Albert Wynn lost ... A spokeswoman for
    the council said ... the spokeswoman said": someone else)."""
    at = mention[0]
    own = text.rfind("\n\n", 0, at)
    since = text.rfind("\n\n", 0, own) if own > 0 else -1
    named = [p for p in people.last_people(max(0, since), at) if not covered(p.start)]
    if len({p.canonical for p in named}) > 1:  # the one person named in its own paragraph (probe16)
        named = [p for p in named if p.start > own]
    if len({p.canonical for p in named}) != 1:
        return None
    head = text[mention[0]:mention[1]].split()[-1].lower()
    stem = next((head[: -len(s)] for s in _DA_DEFINITE if head.endswith(s) and len(head) - len(s) >= 3), head)
    written = re.compile(rf"\b(?:an?|the|one|another|en|et|den|det)\s+(?:[\w-]+\s+){{0,2}}\w*{re.escape(stem)}\w*", re.IGNORECASE)
    if written.search(text, named[-1].end, at):
        return None
    for match in written.finditer(text, 0, at):
        # A person the story described that way before with no name beside it ("The conductor
        # knocked twice"): that person, not the one named near ("A spokesperson for X, Y," is Y).
        apposed = _APPOSED.match(text, match.end())
        if apposed is None or not any(p.start == apposed.end() for p in people.last_people(apposed.end(), apposed.end() + 80)):
            return None
    if language == "en" and _OWNED.search(text, mention[0], mention[1]) and not _in_sentence(text, named[-1].start, head):
        return None  # "the victim's nephew said": kin of someone else, not the officer named before (quotesen22)
    if language == "da" and any(_other_role(text, p.start, stem) for p in named):
        return None  # "siger formand for fagforeningen Mette Skau ... Ifølge forligsmanden": someone else
    return named[0].canonical if any(_with_role(text, p.start, language) for p in named) else None


_OWNED = re.compile(r"\w['’]s\s")  # "the victim's nephew"


def _in_sentence(text: str, at: int, head: str) -> bool:
    """Whether the sentence holding ``at`` has the word ``head`` ("Tom Reed, the victim's nephew,")."""
    begin = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    stop = re.compile(r"[.!?](?:\s|$)").search(text, at)
    return re.search(rf"\b{re.escape(head)}\b", text[begin:stop.start() if stop else len(text)], re.IGNORECASE) is not None


def _other_role(text: str, start: int, stem: str) -> bool:
    """Danish: whether the name at ``start`` comes after a person noun in its own sentence and
    none of them is the description's or part of it ("formand" for "forligsmanden"; "Forligsmand Ole
    Bjerre" and "formand" for "udvalgsformanden" fit)."""
    lead = re.split(r"[.!?]\s+|\n", text[max(0, start - 100):start])[-1]
    nouns = [w for w in (m.group().lower() for m in re.finditer(r"[^\W\d_]+", lead)) if is_person_noun(w)]
    return bool(nouns) and not any(w.startswith(stem) or stem.startswith(w) or stem.endswith(w) or w.endswith(stem) for w in nouns)


def _with_role(text: str, start: int, language: str) -> bool:
    """Whether the name at ``start`` comes after a role in its own sentence ("Captain Lee
    Whitcombe", "A spokesperson for X, which ..., Daniel Oakes", "Psykolog Mikkel Vestergaard"): a
    person introduced as the one a role points to ("Tom Reed watched from the gallery." is not)."""
    lead = text[max(0, start - 100):start]
    lead = re.split(r"[.!?]\s+|\n", lead)[-1]
    return any(is_person_noun(w) or w in _EN_ROLES or language == "da" and _AGENT.search(w) and len(w) > 5
               for w in (m.group().lower() for m in re.finditer(r"[^\W\d_]+", lead)))


# What may stand between a description and the name it introduces: "for Penbury Leisure Trust,
# which runs the pool, " / " of the swimming club, " / " ".
_APPOSED = re.compile(r"(?:\s+(?:for|of|at|hos|for|ved|i)\s[^.!?:;\n]{0,80}?)?,\s*(?:which|who|der|som)?[^.!?:;,\n]{0,60}?,?\s*(?=[A-ZÆØÅ])|\s+(?=[A-ZÆØÅ])")


def genitive_in_full(name: str, names: dict[str, str]) -> str | None:
    """A surname in the genitive the name finder took for a name ("Kjærsgaards svar til kritikerne
    er kort:", "Lee's answer was short:"): the person named in full before; None otherwise."""
    bare = re.sub(r"(?:'s|’s|s|'|’)$", "", name)
    if bare == name or " " in bare or len(bare) < 2:
        return None
    return names.get(bare)


# A Danish document opening the sentence before a quotation: "I rapporten står der, at »...«".
_DOCUMENT_BEFORE = re.compile(
    r"\s*I\s+([a-zæøå]{3,}(?:en|et))\s+(?:står|stod|hedder|hed)\s+(?:der|det)(?:\s+blandt\s+andet)?\s*(?:,\s*at|:)\s*"
)


def document_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the document is in a lead "I opgørelsen står der, at" (``[start, end)``), if it is one."""
    found = _DOCUMENT_BEFORE.fullmatch(text, start, end)
    return found.span(1) if found else None


def name_right_after(text: str, people: People, mention: tuple[int, int]) -> str | None:
    """The person named right after a role the description stopped inside, at a word cut by a
    hyphen ("siger formand for teknik- og miljøudvalget Jens Ole Bank (V)": the phrase ended at
    "teknik-"), with only lower-case words and no preposition between."""
    start, end = mention
    gap = _ROLE_GAP.match(text, end, end + 60) if text[end - 1:end] == "-" else None
    if gap is None or text[start:end].split()[0].lower() in _INDEFINITE or _PREPOSITION.search(text, end, gap.end()):
        return None
    found = next((p for p in people.last_people(gap.end(), gap.end() + 80) if p.start == gap.end()), None)
    return found.canonical if found is not None else None


_INDEFINITE = frozenset("a an one another some en et".split())
_ROLE_GAP = re.compile(r"\s+(?:og|and|eller|or)(?:\s+[a-zæøå][a-zæøå-]*){1,2}\s(?=[A-ZÆØÅ])")
_PREPOSITION = re.compile(r"\b(?:for|of|til|hos|af|i|på|ved|fra|med|to|with|at|in|on|by|om)\b")
