"""What ``name_joins`` reads in the tags: a name or a few capitalised words at a position (and the
one ending before it), the names of so many words, whether a token is free, the capitalised words
after a position, a firm's name's end, and the checks a firm named after its kind passes."""

from __future__ import annotations

from reader.analysis.gazetteer import FIRST_NAMES
from reader.analysis.tokens import Tokens

# Short words written with a full stop inside a firm's name ("Brdr. Kjeldsen", "Bros. Smith").
_NAME_ABBREVIATIONS = frozenset("brdr bros co sct st".split())


def _item(words: tuple[str, ...], tags: dict[int, str], k: int) -> int:
    """The end of the name or of the one to three capitalised words in no name at k, or 0."""
    n = len(words)
    if k >= n:
        return 0
    if tags.get(k, "O")[0] == "B":
        j = k + 1
        while tags.get(j, "O")[0] == "I":
            j += 1
        return j if j - k <= 4 else 0
    j = k
    while j < n and j - k < 3 and j not in tags and _plain_capital(words[j]):
        j += 1
    return j if j > k and tags.get(j, "O")[0] != "I" else 0


def _item_before(words: tuple[str, ...], tags: dict[int, str], end: int) -> int:
    """The start of the name, or of the one to three capitalised words in no name, that ends just
    before ``end``, or -1 (the mirror of ``_item``)."""
    k = end - 1
    if k < 0 or tags.get(end, "O")[0] == "I":
        return -1
    if k in tags:
        while k > 0 and tags[k][0] == "I" and k - 1 in tags:
            k -= 1
        return k if tags[k][0] == "B" and end - k <= 4 else -1
    while k >= 0 and end - k <= 3 and k not in tags and _plain_capital(words[k]):
        k -= 1
    return k + 1 if k + 1 < end else -1


def _plain_capital(word: str) -> bool:
    """A capitalised word of letters (a hyphen allowed), not one letter, not in capitals."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and len(word) > 1 and not word.isupper()


def _runs(tags: dict[int, str], least: int = 1) -> list[tuple[int, int, str]]:
    """The names of ``least`` words or more in ``tags`` as (first, end, label), in order."""
    out = []
    get = tags.get
    for k in sorted([k for k, tag in tags.items() if tag[0] == "B"]):
        j = k + 1
        while get(j, "O")[0] == "I":
            j += 1
        if j - k >= least:
            out.append((k, j, tags[k][2:]))
    return out


def _free_or(tags: dict[int, str], k: int, label: str) -> bool:
    """Token k is in no name, or opens a name of ``label``."""
    return k not in tags or tags[k] == "B-" + label


def _single(tags: dict[int, str], k: int) -> bool:
    """Token k is in no name, or is a name of one word."""
    return k not in tags or tags[k][0] == "B" and tags.get(k + 1, "O")[0] != "I"


def _capitals_after(words: tuple[str, ...], tags: dict[int, str], k: int, label: str, most: int) -> int:
    """The end of up to ``most`` capitalised words from k that are in no name or in one name of
    ``label`` that opens at k (then to that name's end)."""
    n = len(words)
    if k < n and tags.get(k) == "B-" + label:
        j = k + 1
        while tags.get(j, "O")[0] == "I":
            j += 1
        return j
    j = k
    while j < n and j - k < most and j not in tags and words[j][:1].isupper() and words[j].replace("-", "").isalpha() and (
        len(words[j]) > 1 and not words[j].isupper()
    ):
        j += 1
    return j


def _firm_end(tokens: Tokens, k: int) -> int:
    """The end of a firm's name that opens at k: capitalised words, "&", "af" or "og" between two of them,
    and a full stop after a short word of a name ("Brdr. Kjeldsen ApS", "Venner af Tangmosen")."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    n = len(words)
    j = k
    while j < n and j - k < 5:
        word = words[j]
        nxt = words[j + 1] if j + 1 < n else ""
        if word[:1].isupper() and (word.replace("/", "").replace("-", "").isalpha()):
            j += 1
        elif j > k and word in ("&", "af", "og") and nxt[:1].isupper():
            j += 1
        elif j > k and word == "." and starts[j] == ends[j - 1] and words[j - 1].lower() in _NAME_ABBREVIATIONS and nxt[:1].isupper():
            j += 1
        else:
            break
    while j > k and not words[j - 1][:1].isupper():
        j -= 1
    return j


def _person_there(words: tuple[str, ...], tags: dict[int, str], kind: int, j: int) -> bool:
    """A person's role before the kind word at ``kind`` and a person the tagger found, by a given
    name, after it: "biolog i forbundet Rasmus Vad" is the union's biologist, not a firm (a firm
    named after someone has its "ApS", "A/S"; "bestyrer tøjforretningen Jørgen og Jørgine" is one)."""
    k = kind + 1
    return (kind >= 2 and words[kind - 1] in ("i", "hos", "ved", "for") and words[kind - 2].isalpha()
            and words[kind - 2].islower() and tags.get(k) == "B-PER" and words[k].lower() in FIRST_NAMES
            and not words[j - 1].endswith(("ApS", "A/S", "I/S")))


def _not_one_org(tags: dict[int, str], k: int, j: int) -> bool:
    """``k..j`` does not open with an organisation the tagger found, unless what it found there is
    only organisations cut apart ("Brdr" and "Lykkegaard ApS" at "Brdr. Lykkegaard ApS")."""
    return tags.get(k) != "B-ORG" or all(tags.get(m, "O") in ("O", "B-ORG", "I-ORG") for m in range(k, j)) and any(
        tags.get(m) == "B-ORG" for m in range(k + 1, j)
    )


def _whole_names(tags: dict[int, str], k: int, j: int) -> bool:
    """No name runs into ``k..j`` from before or out of it after."""
    return tags.get(k, "O")[0] != "I" and tags.get(j, "O")[0] != "I"
