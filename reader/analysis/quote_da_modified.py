"""Danish role descriptions the resolver gives to the wrong holder of a role (quotesda19): "den
tidligere rådmand" is not the one introduced as "den nuværende rådmand", "den tyske
forsvarsminister" not the Danish one named before, "direktøren" not the "finansdirektør" when
another is "administrerende direktør"."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.model import Quote

_FORMER = ("tidligere", "daværende", "forhenværende", "fhv.", "afgåede", "afgående")
_PRESENT = ("nuværende", "nye", "nyudnævnte", "siddende")
# "den tidligere rådmand", "den tyske forsvarsminister": a modifier of time or nation and a role.
_MODIFIED = re.compile(r"(?i)(?:den|det)\s+(\S+)\s+(?:[a-zæøå-]+\s+){0,2}?([a-zæøå-]+)")
_NATION = re.compile(r"[a-zæøå]{2,}ske")
# Definite nouns of a body: "skriver foreningen" is the body, never a person introduced with it.
_BODY = frozenset(
    """foreningen klubben kommunen regionen selskabet virksomheden firmaet koncernen kæden ministeriet
    styrelsen forbundet skolen hospitalet partiet politiet""".split()
)


def _group(word: str) -> str | None:
    """The kind of a modifier: former, present, a nation ("tyske"), or None."""
    word = word.lower()
    if word in _FORMER:
        return "former"
    if word in _PRESENT:
        return "present"
    return word if _NATION.fullmatch(word) else None


def _introductions(text: str, name: str, starts: list[int] | None = None) -> list[str]:
    """The words before each mention of ``name`` in its sentence (up to 80 characters); ``starts``:
    where the mentions start, when ``_mention_starts`` found them already."""
    out = []
    for start in [m.start() for m in re.finditer(re.escape(name), text)] if starts is None else starts:
        lead = text[max(0, start - 80):start]
        out.append(re.split(r"[.!?\n]\s", lead)[-1].lower())
    return out


_MANY = 12  # names from which one search of them all is cheaper than a search each (0.4 ms a MB each)


def _mention_starts(text: str, names: list[str]) -> dict[str, list[int]]:
    """Where each of ``names`` that starts with a capital is written, as ``re.finditer`` of the name
    alone finds it (speed25): one search of them all, the longest first, finds every place where one
    starts; each name is then at the places of the names it begins (itself included), apart from
    each other. {} for fewer than ``_MANY`` such names (a search each is cheaper)."""
    fast = sorted({name for name in names if len(name) > 1 and name[0].isupper()})
    if len(fast) < _MANY:
        return {}
    pattern = re.compile("|".join(map(re.escape, sorted(fast, key=len, reverse=True))))
    places: dict[str, list[int]] = {}
    match = pattern.search(text)
    while match is not None:
        places.setdefault(match.group(), []).append(match.start())
        match = pattern.search(text, match.start() + 1)
    out = {}
    for k, name in enumerate(fast):  # the names that begin with ``name`` follow it in sorted order
        found = list(places.get(name, ()))
        j = k + 1
        while j < len(fast) and fast[j].startswith(name):
            found += places.get(fast[j], ())
            j += 1
        starts, end = [], 0
        for at in sorted(found):
            if at >= end:
                starts.append(at)
                end = at + len(name)
        out[name] = starts
    return out


def _has(lead: str, group: str) -> bool:
    """Whether ``lead`` holds a modifier of ``group``."""
    return any(_group(w.strip(",")) == group for w in lead.split())


def modified_roles(text: str, quotes: list[Quote], named: list[str] | None = None) -> list[Quote]:
    """Quotes whose speaker came from a modified role description given to someone introduced
    with no such modifier: the one introduced with it ("den daværende rådmand ..., Jane
    Winther"), else the description itself; and a bare "direktøren" given to a compound role's
    holder when another speaker holds the bare role; "foreningen" given to a person is the body.
    ``named``: the people the text names."""
    roles: dict[str, set[str]] = {}
    for q in quotes:
        if q.speaker and q.role:
            roles.setdefault(q.speaker, set()).update(q.role.lower().split())
    speakers = list(dict.fromkeys([q.speaker for q in quotes if q.speaker] + (named or [])))
    leads: dict[str, list[str]] = {}
    every: dict[str, list[int]] | None = None

    def introductions(name: str, of_all: bool = False) -> list[str]:
        """Each name's introductions read once a text, not once a quote; ``of_all``: every
        speaker's will be asked, so their mentions are found in one search."""
        nonlocal every
        if of_all and every is None:
            every = _mention_starts(text, speakers)
        if name not in leads:
            leads[name] = _introductions(text, name, every.get(name) if every else None)
        return leads[name]

    out = []
    for q in quotes:
        mention = text[q.speaker_start:q.speaker_end] if q.speaker and q.speaker_start is not None else ""
        modified = _MODIFIED.fullmatch(mention) if mention and mention != q.speaker else None
        group = _group(modified.group(1)) if modified else None
        if group is not None and not any(_has(lead, group) for lead in introductions(q.speaker)):
            role = modified.group(2).lower()  # (tested first: cheaper than the modifier, and rarely there)
            others = [s for s in speakers if s != q.speaker and any(role in lead and _has(lead, group)
                                                                 for lead in introductions(s, True))]
            q = replace(q, speaker=others[0] if len(others) == 1 else mention[0].lower() + mention[1:])
        elif mention in _BODY and q.speaker in (named or ()):
            q = replace(q, speaker=mention)  # ("formand for foreningen, Bente Ravn" is not "foreningen")
        elif re.fullmatch(r"[a-zæøå]{4,}(?:en|et)", mention):
            q = _bare_role(q, mention[:-2], roles)
        out.append(q)
    return out


def _bare_role(q: Quote, stem: str, roles: dict[str, set[str]]) -> Quote:
    """"direktøren" given to a "finansdirektør": the one other speaker whose role is the bare one."""
    own = roles.get(q.speaker, set()) - {stem + "en", stem + "et"}
    if stem in own or not any(w.endswith(stem) for w in own):
        return q
    bare = [s for s, words in roles.items() if s != q.speaker and stem in words]
    return replace(q, speaker=bare[0]) if len(bare) == 1 else q
