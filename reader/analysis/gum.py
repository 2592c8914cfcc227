"""Read English names from GUM (CoNLL-U with bracketed entity mentions) as gold sentences.

GUM marks every mention of an entity (pronouns and common nouns too), nested. A name here is a
run of proper-noun tokens (XPOS NNP/NNPS, or UPOS PROPN), joined across a few connectors and
hyphens inside one name ("University of Portsmouth", "Bailey-Ross"); a run ends where a mention
ends and no mention holds the words either side. Its type is that of the smallest mention holding the whole run whose head word lies in the
run: person, organization or place give PER, ORG or LOC; any other type (an event, a work) or no
such mention, and the run is no name. A leading "the" and a courtesy title are not part of it.

The data is read where it lies and never copied.
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.analysis.en_sets import PEOPLES
from reader.analysis.iob import GoldSentence
from reader.analysis.lexicon import EN_ROLES

_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
_CONNECT = frozenset(("of", "the", "and", "&", "de", "du", "la", "le", "von", "van", "der", "'s", "’s", "-", "y"))
_TITLES = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir madam miss prof prof. lord lady".split())
# A title before a person's name is no part of it, and a title alone is no name ("President Biden"
# -> Biden, "the President", "Mr. Chair", "my Lords"), as UNER annotates.
ROLES = frozenset(w.lower() for w in EN_ROLES) | frozenset(
    "speaker chair chairperson emperor empress petitioner respondent lords representative congressman"
    " congresswoman vice deputy lieutenant sergeant detective inspector dean admiral commander"
    " saint members founders".split())
_OPEN = re.compile(r"\((\d+)-([a-z]+)")
_CLOSE = re.compile(r"(\d+)\)")


# Genres whose texts GUM's LICENSE.txt lists as non-commercial (CC BY-NC-SA): not trained on, so
# that the weights can be shared under CC BY-SA like the Danish ones. A file's genre is the word
# after "GUM_" in its name.
NON_COMMERCIAL_GENRES = frozenset({"essay", "fiction", "letter", "podcast", "whow", "reddit"})


def genre_of(path: str | Path) -> str:
    """GUM's genre of a file (``GUM_bio_byron.conllu`` -> ``bio``; "" if the name says none)."""
    parts = Path(path).stem.split("_")
    return parts[1] if len(parts) > 2 and parts[0] == "GUM" else ""


def read_gum(folder: str | Path, exclude: frozenset[str] = NON_COMMERCIAL_GENRES) -> list[GoldSentence]:
    """The sentences of the ``*.conllu`` files under ``folder`` (one document number per file),
    leaving out the genres in ``exclude`` (by default those whose texts are non-commercial)."""
    files = sorted(p for p in Path(folder).rglob("*.conllu") if genre_of(p) not in exclude)
    if not files:
        raise FileNotFoundError(f"no .conllu files under {folder}")
    out: list[GoldSentence] = []
    for doc, path in enumerate(files, 1):
        out.extend(read_conllu(path, doc))
    return out


def read_conllu(path: str | Path, doc: int = 0) -> list[GoldSentence]:
    """The sentences of one GUM CoNLL-U file with their PER/ORG/LOC name spans."""
    sentences: list[GoldSentence] = []
    rows: list[list[str]] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if rows:
                    sentences.append(_sentence(rows, doc))
                rows = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if len(cols) >= 10 and cols[0].isdigit():  # skip multi-word ranges and empty nodes
                    rows.append(cols)
    if rows:
        sentences.append(_sentence(rows, doc))
    return sentences


def _misc(cols: list[str], key: str) -> str:
    for part in cols[9].split("|"):
        if part.startswith(key + "="):
            return part[len(key) + 1:]
    return ""


def _mentions(rows: list[list[str]]) -> list[tuple[int, int, str]]:
    """Every mention of the sentence as (first token, end token, entity type), 0-based."""
    found: list[tuple[int, int, str]] = []
    open_at: dict[str, list[tuple[int, str]]] = {}
    for k, cols in enumerate(rows):
        value = _misc(cols, "Entity")
        if not value:
            continue
        # Openings and closings in order: "(4-abstract-...(5-object-...)" and "4)3)".
        pos = 0
        while pos < len(value):
            if value[pos] == "(":
                m = _OPEN.match(value, pos)
                if not m:
                    pos += 1
                    continue
                ident, etype = m.group(1), m.group(2)
                stop = pos + 1
                while stop < len(value) and value[stop] not in "()":
                    stop += 1
                if stop < len(value) and value[stop] == ")":
                    found.append((k, k + 1, etype))
                    pos = stop + 1
                else:
                    open_at.setdefault(ident, []).append((k, etype))
                    pos = stop
            else:
                m = _CLOSE.match(value, pos)
                if m and open_at.get(m.group(1)):
                    start, etype = open_at[m.group(1)].pop()
                    found.append((start, k + 1, etype))
                    pos = m.end()
                else:
                    pos += 1
    return found


def _proper(cols: list[str]) -> bool:
    return cols[4] in ("NNP", "NNPS") or cols[3] == "PROPN"


def _head_inside(rows: list[list[str]], i: int, j: int, a: int, b: int) -> bool:
    """Whether the head word of the mention ``a..b`` (the word whose head lies outside it) is in ``i..j``."""
    for k in range(a, b):
        head = int(rows[k][6]) - 1 if rows[k][6].isdigit() else -1
        if not a <= head < b:
            return i <= k < j
    return False


def name_runs(rows: list[list[str]]) -> list[tuple[int, int, str]]:
    """The names of one sentence as (first token, end token, PER/ORG/LOC), 0-based."""
    mentions = _mentions(rows)
    # A boundary where a mention ends and no mention holds the words either side ends a name.
    closed = {b for _a, b, _t in mentions}
    ends = closed - {b for a, b2, _t in mentions for b in range(a + 1, b2)}
    n = len(rows)
    runs: list[tuple[int, int]] = []
    k = 0
    while k < n:
        if not _proper(rows[k]):
            k += 1
            continue
        j = k + 1
        while j < n and j not in ends:
            if _proper(rows[j]):
                j += 1
                continue
            # A connector continues the name only when a proper noun follows it and no mention ends
            # before it ("Dalmatia and Pannonia" are two).
            m = j
            while j not in closed and m < n and m - j < 2 and m not in ends and not _proper(rows[m]) and rows[m][1].lower() in _CONNECT:
                m += 1
            if m > j and m < n and m not in ends and _proper(rows[m]):
                j = m
                continue
            break
        runs.append((k, j))
        k = j
    out: list[tuple[int, int, str]] = []
    for i, j in runs:
        out.extend(_typed(rows, mentions, i, j))
    return out


def _typed(rows: list[list[str]], mentions: list[tuple[int, int, str]], i: int, j: int) -> list[tuple[int, int, str]]:
    """The name (or names) of the run ``i..j`` with their types."""
    while i < j and rows[i][1].lower() in _TITLES | {"the"} and j - i > 1:
        i += 1
    while j > i and not _proper(rows[j - 1]):
        j -= 1
    holders = sorted((b - a, a, b, t) for a, b, t in mentions if a <= i and j <= b)
    for _size, a, b, etype in holders:
        if not _head_inside(rows, i, j, a, b):
            continue
        if etype == "person":
            # "Tom Hale of the University of Bath": a person's name ends before a connector.
            cut = next((k for k in range(i + 1, j) if rows[k][1].lower() in ("of", "the", "and", "&")), None)
            if cut is not None:
                rest = cut
                while rest < j and not _proper(rows[rest]):
                    rest += 1
                return _typed(rows, mentions, i, cut) + _typed(rows, mentions, rest, j)
            inner = [(x, y, t) for x, y, t in mentions if i <= x and y <= j and (x, y) != (i, j)
                     and t in ("organization", "place") and all(_proper(rows[z]) for z in range(x, y))]
            if inner:
                # "NASA Administrator": a title after a name is no person; the name inside is.
                return [(x, y, _TYPES[t]) for x, y, t in _outermost(inner)]
            return _person(rows, i, j)
        if etype not in _TYPES:
            # "Jean Cocteau 's La Machine Infernale": a work or a thing named after its owner; the
            # owner's name is a name.
            cut = next((k for k in range(i + 1, j - 1) if rows[k][1] in ("'s", "’s")), None)
            return [] if cut is None else _typed(rows, mentions, i, cut) + _typed(rows, mentions, cut + 1, j)
        return [(i, j, _TYPES[etype])]
    return _after_noun(rows, holders, i, j)


def _after_noun(rows: list[list[str]], holders: list, i: int, j: int) -> list[tuple[int, int, str]]:
    """A name that ends a mention headed by a common noun before it: "Biologist Nick Bos", "the state
    of Texas" (UD makes the noun the head; UNER marks the name), typed by that mention."""
    if not CUE_NOUN_NAMES:
        return []
    for _size, a, b, etype in holders:
        if b != j:
            continue
        if etype not in _TYPES:
            return []
        # "Nick Bos" hangs on "Biologist" (flat, appos), "of Texas" on "state" (nmod after a case word).
        if rows[i][7] not in ("flat", "appos") and not (rows[i][7] == "nmod" and 0 < i and rows[i - 1][7] == "case"):
            continue
        head = int(rows[i][6]) - 1 if rows[i][6].isdigit() else -1
        if a <= head < i and rows[head][3] == "NOUN":
            return _person(rows, i, j) if etype == "person" else [(i, j, _TYPES[etype])]
        return []
    return []


# Names after a common noun that heads their mention are read (GUM's names 4399 -> 4460).
CUE_NOUN_NAMES = True


def _person(rows: list[list[str]], i: int, j: int) -> list[tuple[int, int, str]]:
    """A person's name without the titles before it; none for a title alone or a people ("the
    Americans", "Democrats", "the Thais": UNER leaves nationalities and groups out)."""
    while i < j and rows[i][1].lower() in ROLES:
        i += 1
    if i == j or rows[j - 1][4] == "NNPS" or (j - i == 1 and rows[i][1].lower() in PEOPLES):
        return []
    return [(i, j, "PER")]


def _outermost(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans not inside another of ``spans``."""
    return sorted({(x, y, t) for x, y, t in spans if not any(a <= x and y <= b and (a, b) != (x, y) for a, b, _ in spans)})


def _sentence(rows: list[list[str]], doc: int) -> GoldSentence:
    """The text of the sentence (from the tokens and their SpaceAfter flags) with its name spans."""
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for cols in rows:
        starts.append(pos)
        parts.append(cols[1])
        pos += len(cols[1])
        if _misc(cols, "SpaceAfter") != "No":
            parts.append(" ")
            pos += 1
    text = "".join(parts).rstrip(" ")
    spans = tuple(
        (starts[i], starts[j - 1] + len(rows[j - 1][1]), label) for i, j, label in name_runs(rows)
    )
    return GoldSentence(text, spans, doc)
