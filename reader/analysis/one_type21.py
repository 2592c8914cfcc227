"""One name, one type, per article (issue 16; names21): a lone word typed as a person that the text
shows to be the short form of an organisation or a place, and a street typed as a person."""

from __future__ import annotations

import re
from collections import Counter

from reader.analysis.gazetteer import FIRST_NAMES

Span = tuple[int, int, str]

# Switches (the CV runs set them on the command line; docs/log/names21.md).
ON = True
HEADS = True  # "Greystone" beside "Greystone Care Ltd": the organisation's short form
STREETS = True  # "Mill Lane": a street, not a person
PLACED = True  # "in Kelby" (twice or more): a place
PERSONAL = True  # "Trump said he", "Murdoch, 92, said": a person, not the firm's short form (attack21)

# The last word of a street's or a place's name in English.
_STREET_HEADS = frozenset(
    "lane street road avenue close crescent terrace square drive grove gardens row hill way".split()
)
# The ending of a Danish street's name, written as one word ("Møllevej", "Algade").
_DA_STREET_ENDS = ("vej", "gade", "stræde", "torv", "allé")
# Words of a public body named after its place ("Caddisford Crown Court", "Hollinsby Parish Council"):
# such a name's first word alone is the place, not the body.
_PLACE_BODIES = frozenset(
    "council court parish county borough hospital university college school police station airport church "
    "cathedral kommune region politi sygehus hospital universitet skole kirke lufthavn station".split()
)
_IN = {"en": re.compile(r"(?:^|\W)in\s+$"), "da": re.compile(r"(?:^|\W)i\s+$")}
# After a mention: a he/she within two words ("Trump said he", "Jensen siger, at hun") or an age
# between commas ("Murdoch, 92, said"): the name is a person's.
_PERSONAL = {
    "en": re.compile(r"(?:\s+[a-z]+,?){1,2}\s+(?:he|she)\b|,\s*\d{1,3},"),
    "da": re.compile(r"(?:\s+[a-zæøå]+,?){1,2}\s+(?:at\s+)?(?:han|hun)\b|,\s*\d{1,3},"),
}
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|hr|fru)\.?\s+$|\b(?:believes?|believed|faith|trust)\s+in\s+$")


def one_type(text: str, spans: list[Span], language: str,
             evidence: dict[tuple[int, int], tuple[float, ...]] | None = None) -> list[Span]:
    """``spans`` with lone "persons" that are short forms of the text's firms or are places, and streets
    typed as persons, given those types (their typer scores left out of the group vote)."""
    names = [text[s:e] for s, e, _label in spans]  # (each span's text, sliced once)
    people = _person_words(names, spans)
    heads = _heads(names, spans) if HEADS else {}
    starts: dict[str, list[int]] = {}  # each name's mentions (where they start)
    for (s, _e, _label), name in zip(spans, names):
        starts.setdefault(name, []).append(s)
    out: list[Span] = []
    moved: dict[str, str | None] = {}
    for (s, e, label), name in zip(spans, names):
        if label in ("PER", "LOC"):
            if name not in moved:
                moved[name] = _new_type(text, starts[name], name, language, people, heads)
            new = moved[name]
            # (a place found as one keeps its type against the typer's scores of the others too)
            if new is not None and (label == "PER" or new == "LOC"):
                label = new
                if evidence is not None:
                    evidence.pop((s, e), None)
        out.append((s, e, label))
    return out


def _new_type(text: str, starts: list[int], name: str, language: str, people: set[str],
              heads: dict[str, str]) -> str | None:
    """The type a person's name ``name`` (mentions at ``starts``) takes in this text, or None."""
    words = name.split()
    if len(words) >= 2:
        if STREETS and language == "en" and words[-1].lower() in _STREET_HEADS and words[0].isalpha() \
                and words[0].lower() not in FIRST_NAMES and not any(w.lower() in people for w in words[:-1]) \
                and _placed(text, starts, language, len(name)) >= 0:  # ("Zadie Row, 41, said she")
            return "LOC"
        return None
    if not name.isalpha() or not name[:1].isupper() or name.isupper() or name.lower() in people \
            or name.lower() in FIRST_NAMES:
        return None
    if STREETS and language == "da" and name.lower().endswith(_DA_STREET_ENDS):
        return "LOC"
    placed = _placed(text, starts, language, len(name))
    if placed < 0:  # "Dr. Verwoerd" (and "the Verwoerd Government"), "Trump said he": a person
        return None
    # (a firm or club named after a place, "Bøvling Borgerforening" beside "i Bøvling": the place)
    if name in heads and not placed:
        return heads[name]
    if PLACED and placed >= 2:
        return "LOC"
    return None


def _person_words(names: list[str], spans: list[Span]) -> set[str]:
    """The words (lower case) of the text's persons' names (``names``: the spans' texts) of two words
    or more (not streets')."""
    words: set[str] = set()
    for name in {n for n, (_s, _e, label) in zip(names, spans) if label == "PER" and " " in n}:
        if name.rpartition(" ")[2].lower() not in _STREET_HEADS:
            words.update(w.lower() for w in name.split())
    return words


def _heads(names: list[str], spans: list[Span]) -> dict[str, str]:
    """First word -> "ORG" for the text's organisations' names of two words or more, when most
    mentions of names of two words or more with that first word are organisations' (a place's first
    word, "Santa Monica", is no evidence: "Santa" alone is as often a person's; ``names``: the spans'
    texts)."""
    pairs = [(n, label) for n, (_s, _e, label) in zip(names, spans) if label in ("ORG", "LOC") and " " in n]
    if not pairs:
        return {}  # (no Counter made for a text without such names: a few microseconds a text)
    seen: dict[str, Counter[str]] = {}
    for (name, label), n in Counter(pairs).items():
        words = name.split()
        if len(words) >= 2 and words[0].isalpha() and not _place_body(words):
            kinds = seen.get(words[0])
            if kinds is None:
                kinds = seen[words[0]] = Counter()
            kinds[label] += n
    out: dict[str, str] = {}
    for word, kinds in seen.items():
        (best, n), *rest = kinds.most_common()
        if best == "ORG" and (not rest or rest[0][1] < n):
            out[word] = best
    return out


def _placed(text: str, starts: list[int], language: str, size: int) -> int:
    """How many mentions (at ``starts``, ``size`` long) stand after "in" ("i"); -1 when one stands
    after a title or before a person's pronoun or age."""
    before = _IN.get(language)
    personal = _PERSONAL.get(language) if PERSONAL else None
    count = 0
    for s in starts:
        left = text[max(0, s - 12):s]
        if _TITLED.search(left) or personal and personal.match(text, s + size, min(len(text), s + size + 40)):
            return -1
        count += bool(before and before.search(left))
    return count


def head_pairs(spans: list[Span], canon: list[str]) -> list[tuple[str, str]]:
    """(short, full) canonical names to group: a one-word organisation's name that begins the names
    of exactly one organisation of two words or more in the text ("Greystone", "Greystone Care Ltd"),
    or ends it after a hyphen ("Mærsk", "A.P. Møller-Mærsk"), and is found as nothing else there;
    not an acronym."""
    if not (ON and HEADS):
        return []
    longer: dict[str, set[str]] = {}
    for (_s, _e, label), name in zip(spans, canon):
        first, _, rest = name.partition(" ")
        if label == "ORG" and rest and not _place_body(name.split()):
            longer.setdefault(first, set()).add(name)
            tail = name.rpartition(" ")[2].rpartition("-")[2]  # "Mærsk" in "A.P. Møller-Mærsk" (stop 44)
            if tail != name.rpartition(" ")[2] and tail[:1].isupper():
                longer.setdefault(tail, set()).add(name)
    other = {c for (_s, _e, label), c in zip(spans, canon) if label != "ORG"}  # ("i Bøvling" as well)
    pairs = []
    # (an acronym is a name of its own: "BBC" beside "BBC Radio Stowley", "3F" beside "3F Transport")
    lone = {c for (_s, _e, label), c in zip(spans, canon) if label == "ORG" and " " not in c and c.isalpha()
            and not c.isupper() and c[1:].islower()}
    for name in lone - other:
        full = longer.get(name, ())
        if len(full) == 1:
            pairs.append((name, next(iter(full))))
    return pairs


def _place_body(words: list[str]) -> bool:
    """Whether a name's words after the first hold a public body's word ("Crown Court")."""
    return any(w.lower() in _PLACE_BODIES for w in words[1:])
