"""Names with a number in them, kept whole: a name found without the number that is part of it
("TV 2", "BBC Radio 4") and letters written onto a digit or an ampersand ("3F",
"B&O"). Only names already found are widened, so a name that is no name stays one mistake, not
two. Works on the tags of ``names.model_names`` in place."""

from __future__ import annotations

from reader.analysis.gazetteer import FIRST_NAMES
from reader.analysis.tokens import Tokens
from reader.analysis.word_sets import notable, where

# What may follow the number of a name ("TV 2 og DR", "Radio 4, the station", "TV 2 Nord"): not a
# unit or a noun ("Arla 2 millioner").
_AFTER_NUMBER = frozenset(", ; : ) ( og and or eller samt on in at i på til from fra ' ’ \" ” »".split())


# The names whose number is part of them: a channel, a station, a team ("TV 2", "Radio 4"). A
# street's house number is not part of the street's name (UNER: "Bredegade 55" marks Bredegade).
_NUMBERED = frozenset(("ORG", "MISC"))
# A sports club's founding year is part of its name ("FC Lyngby 1921", "Boldklubben 1903", "B 93"):
# the club word opening the name, then a year of four digits.
_CLUBS = frozenset("fc bk if ik sk gf fk ab b boldklub boldklubben idrætsforening".split())


def digit_names(tokens: Tokens, tags: dict[int, str]) -> list[int]:
    """Widen names over the numbers and glued letters that belong to them (in place); returns the
    first indices of the names widened."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    n = len(words)
    widened: list[int] = []

    def label_at(k: int) -> str:
        return tags[k][2:] if k in tags else ""

    def first_of(k: int) -> int:
        while k > 0 and tags.get(k, "O")[0] == "I":
            k -= 1
        return k

    for k in _beside_numbers(words, tags):
        if tags.get(k, "O")[0] != "B":  # taken into a name widened before it
            continue
        label = label_at(k)
        j = k + 1
        while tags.get(j, "O")[0] == "I":
            j += 1
        start, end = k, j
        # "3F", "B&O": letters glued to a digit or an ampersand before the name.
        while start >= 1 and ends[start - 1] == starts[start] and (
            words[start - 1].isdigit() and len(words[start - 1]) <= 2 and words[start].isupper()
        ):
            start -= 1
        if start == k and k >= 2 and words[k - 1] == "&" and ends[k - 2] == starts[k - 1] == ends[k - 1] - 1 and (
            ends[k - 1] == starts[k] and words[k - 2].isupper() and len(words[k - 2]) <= 2 and words[k].isupper()
            and k - 2 not in tags
        ):
            start = k - 2
        # "TV 2": a number of one or two digits after the name, with nothing after it that it counts.
        if label in _NUMBERED and end < n and words[end].isdigit() and len(words[end]) <= 2 and (
            starts[end] > ends[end - 1] and end not in tags and (end + 1 == n or starts[end + 1] > ends[end] or not words[end + 1][:1].isalnum())
        ) and (end + 1 == n or words[end + 1] in _AFTER_NUMBER or words[end + 1] == "." and (
            end + 2 == n or words[end + 2][:1].isupper()
        ) or words[end + 1][:1].isupper() and words[end + 1].isalpha()):
            end += 1
            end = _region_after(words, tags, end)
        elif label == "ORG" and end < n and len(words[end]) == 4 and words[end].isdigit() and (
            words[k].lower() in _CLUBS and "18" <= words[end][:2] <= "20" and end not in tags
            and (end + 1 == n or words[end + 1] in _AFTER_NUMBER or words[end + 1] == ".")
        ):
            end += 1  # "FC Lyngby 1921"
        if (start, end) != (k, j):
            for m in range(start, end):
                tags.pop(m, None)
            tags[start] = "B-" + label
            for m in range(start + 1, end):
                tags[m] = "I-" + label
            widened.append(first_of(start))
    return widened


# A day or a month after a channel's number is when, not its region ("told Radio 4 Tuesday that").
_TIMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mandag tirsdag onsdag torsdag fredag lørdag
    søndag january february march april june july august september october november december januar
    februar marts juni juli oktober""".split()
)


def _region_after(words: tuple[str, ...] | list[str], tags: dict[int, str], end: int) -> int:
    """The end of a numbered name that goes on with one capitalised word of its own ("TV 2 Nord",
    "TV 2 Sport", "DR P4 Fyn" aside): that word found alone, or not at all, and no name going on
    after it. A given name there opens a person instead."""
    n = len(words)
    if end >= n or not (words[end][:1].isupper() and words[end].isalpha()) or words[end].lower() in FIRST_NAMES | _TIMES:
        return end
    if tags.get(end, "B")[0] != "B" or tags.get(end + 1, "O")[0] == "I":
        return end
    if end + 1 < n and words[end + 1][:1].isupper():
        return end
    return end + 1


@notable
def _number_or_ampersand(word: str) -> bool:
    return word.isdigit() or word == "&"


def _beside_numbers(words: tuple[str, ...], tags: dict[int, str]) -> list[int]:
    """The first indices of the names (B tags) that a number or "&" stands right before or right
    after, in order: the only names ``digit_names`` can widen (found from the numbers, as a text
    has far fewer of them beside a name than names)."""
    found = set()
    for p in where(words, _number_or_ampersand):
        if tags.get(p + 1, "O")[0] == "B":
            found.add(p + 1)  # "3F", "B&O": the name after it
        k = p - 1
        while tags.get(k, "O")[0] == "I":
            k -= 1
        if tags.get(k, "O")[0] == "B":
            found.add(k)  # "TV 2": the name before it
    return sorted(found)
