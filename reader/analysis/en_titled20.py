"""English: a person named after a title or a job, in news forms the tagger trained on GUM misses
("said Councillor Alun Pritchard", "the sculptor Adebayo Ferris", "The director of the production,
Tomasz Wolak, said") or finds with the title inside ("Sub Officer Len Burrows"); namesen20."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reader.analysis.en_sets import _ROLE_NOUNS, FIRST_NAMES
from reader.analysis.gazetteer import SURNAMES
from reader.analysis.tokens import Tokens
from reader.analysis.word_sets import where

Span = tuple[int, int, str]
ON = True  # names.find_names applies it to English
TRIM = True  # a found person's leading title is cut off ("Sub Officer Len Burrows" -> "Len Burrows")
TITLED = True  # two or three name words after a title are a person
ROLES = True  # ... after a lower-case job noun ("the sculptor Adebayo Ferris")
APPOSED = True  # ... between commas after "the <job noun> ..." ("The director of X, Tomasz Wolak, said")

# Civil titles a news story writes before a name and outside it. Not "Doctor", "Reverend", "Sir",
# "Lord", "St" or military ranks: GUM writes those inside the name ("Doctor Duvall", "Major Kusanagi").
TITLES = frozenset(
    "mr mrs ms miss dr prof professor cllr councillor councilor mayor senator governor president minister"
    " judge officer inspector sergeant sgt constable pc detective superintendent commissioner chair chairman"
    " chairwoman secretary spokesman spokeswoman coroner magistrate headteacher".split()
)
# Capitalised words that may open a title ("Sub Officer", "Detective Chief Inspector", "Fed Chair").
PARTS = frozenset("sub deputy assistant acting chief senior station watch crew police fire vice former"
                  " interim head lead principal district borough county city town council".split())
_ROLE_NAMES = _ROLE_NOUNS | frozenset("sculptor painter poet novelist photographer trader composer".split())
_DETS = frozenset("the a an its his her their our your".split())
_KNOWN = FIRST_NAMES | SURNAMES


def _word(word: str) -> str:
    return word.rstrip(".").lower()


def _name_word(word: str, vocab: dict[str, str]) -> bool:
    """A capitalised word that is a name: a listed first name or surname, or a word the training text
    never wrote in lower case ("Morgan-Price" and "O'Neill" too)."""
    low = word.lower()
    if not (word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()):
        return False
    if low in _KNOWN:
        return True
    return vocab.get(low) in (None, "C")


def _name_run(words: tuple[str, ...], k: int, vocab: dict[str, str], most: int = 3) -> int:
    """How many name words start at ``k`` (0 when more capitalised words follow them)."""
    n = len(words)
    j = k
    while j < n and j - k < most and _word(words[j]) not in TITLES and _name_word(words[j], vocab):
        j += 1
    if j < n and words[j][:1].isupper():
        return 0  # a longer run of capitals: an organisation or a title of a work
    return j - k


def _cue(word: str) -> bool:
    """A title, a lower-case job noun or a comma: a name may follow it."""
    return word == "," or (word[:1].isupper() and _word(word) in TITLES) or (word.islower() and word in _ROLE_NAMES)


def _cues(words: tuple[str, ...], vocab: dict[str, str]) -> list[tuple[int, int]]:
    """(first, end) token ranges of the names the cues point at."""
    found = []
    for k in where(words, _cue):
        k += 1
        if k >= len(words):
            break
        before = words[k - 1]
        if TITLED and before[:1].isupper() and _word(before) in TITLES:
            size = _name_run(words, k, vocab)
        elif ROLES and before.islower() and before in _ROLE_NAMES:
            size = _name_run(words, k, vocab)
        elif APPOSED and before == "," and _apposed(words, k - 1):
            size = _name_run(words, k, vocab)
            size = size if k + size < len(words) and words[k + size] == "," else 0
        else:
            continue
        if size >= 2:
            found.append((k, k + size))
    return found


def _apposed(words: tuple[str, ...], comma: int) -> bool:
    """A job noun after a determiner within the eight words before ``comma``, in the same clause."""
    for j in range(comma - 1, max(0, comma - 9), -1):
        if words[j] in {",", ";", ".", ":", "and", "or"} or words[j][:1] in "\"“”(":
            return False
        if words[j] in _ROLE_NAMES and words[j - 1].lower() in _DETS:
            return True
    return False


def _trim(words: tuple[str, ...], first: int, end: int) -> int:
    """The first name word of a person's span that opens with a title ("Sub Officer", "Fed Chair";
    ``first`` when it does not)."""
    cut = first
    j = first
    while j < end - 1:
        low = _word(words[j])
        if low in TITLES:
            cut = j + 1
        elif not (low in PARTS or (j == first and _word(words[j + 1]) in TITLES | PARTS)):
            break
        j += 1
    return cut


def _headline(text: str, lo: int, hi: int) -> bool:
    """The line around ``lo:hi`` writes most of its other longer words capitalised (a title-case
    headline: "EU Commissioner Defends Cuts to North East Funding")."""
    begin = text.rfind("\n", 0, lo) + 1
    end = text.find("\n", hi)
    words = (text[begin:lo].split()[1:-1] + text[hi:end if end >= 0 else len(text)].split())
    longer = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return len(longer) >= 3 and sum(w[:1].isupper() for w in longer) * 10 >= len(longer) * 6


def titled_people(text: str, tokens: Tokens, spans: list[Span], vocab: dict[str, str]) -> list[Span]:
    """``spans`` with the people the titles and jobs point at, and found people's titles cut off."""
    words, at, ends = tokens.words, tokens.starts, tokens.ends
    out = list(spans)
    changed = False
    if TRIM:
        for i, (s, e, label) in enumerate(spans):
            k = bisect_left(at, s)
            if label != "PER" or k == len(at) or at[k] != s:
                continue
            last = bisect_left(ends, e) + 1
            cut = _trim(words, k, last)
            if cut != k and cut < last:
                out[i] = (at[cut], e, "PER")
                changed = True
    if TITLED or ROLES or APPOSED:
        firsts = [s for s, _e, _label in out]
        for first, end in _cues(words, vocab):
            last = bisect_right(firsts, ends[end - 1] - 1)
            if _headline(text, at[first], ends[end - 1]) or any(out[j][1] > at[first] for j in range(max(0, last - 3), last)):
                continue  # a name another span touches is left
            out.insert(last, (at[first], ends[end - 1], "PER"))
            firsts.insert(last, at[first])
            changed = True
    return sorted(out) if changed else spans
