"""A role written after a name as an apposition: "Tom Okafor, president of the Fair Pay Union, said",
"Ann Lee, 41, a teacher at the school", "Henrik Vestergaard, borgmester i Holbæk"."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.analysis.descriptions import is_person_noun
from reader.analysis.titles import is_title_word

_OPENING = re.compile(r",[ \t]+(?:\d{1,3},[ \t]+)?(?P<det>(?:a|an|the|en|et)[ \t]+)?")
_WORDS = re.compile(r"[\w'’.-]+")
_LINK = re.compile(
    r"[ \t]+(?:of|at|for|with|in|on|i|hos|ved|fra|på)[ \t]+(?:the[ \t]+)?"
    r"(?:\w+-[ \t]+(?:og|eller|and|or)[ \t]+)?"  # "for teknik- og miljøudvalget"
    r"(?:[A-ZÆØÅ][\w'’&-]*|[a-zæøå][\w-]*)(?:[ \t]+(?:(?:of|for|and|og|i|in)\b|&|[A-ZÆØÅ][\w'’&-]*)){0,5}"
)
_END = re.compile(r"[ \t]*(?:[,;:)\n]|\.(?:\s|$)|$|(?:said|says|told|added|siger|sagde|fortæller)\b)")
# Words that make the words after the comma a clause or a list, not a role ("Kasper Holm, vil kalde
# ministeren i samråd"; "Tom Pridmore, as her husband, has").
_RANKING = frozenset(
    """best worst greatest finest biggest most least top richest oldest youngest brightest bedste værste
    største dygtigste mest mindst ældste yngste rigeste""".split()
)
_NOT_MODIFIER = frozenset(
    """and or who which that og eller som der said says told siger sagde as has have had is was are were will
    would can could may might should must not also vil har havde er var skal skulle kan kunne blev bliver må
    ikke også""".split()
)


def role_after(text: str, end: int) -> str:
    """The role written right after a name ending at ``end`` ("president of the Fair Pay Union",
    "the union's president"), as written without a leading "a"/"an"; "" when there is none."""
    opening = _OPENING.match(text, end, min(len(text), end + 40))
    if not opening:
        return ""
    det = (opening.group("det") or "").strip().lower()
    pos = opening.end()
    bare = opening.start("det") if det else pos
    one_of = _ONE_OF.match(text, bare) if det in ("", "en", "et") else None
    if one_of:  # "Naomi Fairbanks, one of the project's three maintainers" (lead, stop 42)
        # (no superlative before the group: "one of the best players in the league" is praise; attack28)
        return _scan(text, one_of.end(), bare, _plural_head, lambda word: word.lower() in _NOT_MODIFIER or word.lower() in _RANKING)
    first = opening.end() if det in ("a", "an", "en", "et") else opening.start("det") if det else opening.end()
    return _scan(text, pos, first, _is_head, lambda word: word.lower() in _NOT_MODIFIER or _capitalised_name(word))


def _scan(text: str, pos: int, first: int, head: Callable[[str], bool], stops: Callable[[str], bool]) -> str:
    """The role from ``first`` to a ``head`` word within four words of ``pos`` (up to three
    modifiers before it) that ends the apposition, with a link to an organisation after it; "" when
    a word ``stops`` it or none comes."""
    for _ in range(4):
        word = _WORDS.match(text, pos)
        if not word or "." in word.group().rstrip("."):
            return ""
        stop = word.end() - (1 if word.group().endswith(".") else 0)
        if head(text[word.start():stop]) and _ends_role(text, stop):
            link = _LINK.match(text, stop)
            if link and _END.match(text, link.end()):
                stop = link.end()
            return " ".join(text[first:stop].split()).rstrip(".")
        if stops(word.group()):
            return ""
        gap = re.match(r"[ \t]+", text[word.end():word.end() + 4])
        if not gap:
            return ""
        pos = word.end() + gap.end()
    return ""


_TRADES = ("er", "or", "ist", "ian", "ant", "ent", "ee")
_ONE_OF = re.compile(r"(?:one|en|et)[ \t]+(?:of|af)[ \t]+(?:(?:the|its|their|his|her|our|de)[ \t]+)?")


def _plural_head(head: str) -> bool:
    """A plural noun for people in lower case ("maintainers", "trustees", "stiftere", "trænere")."""
    singles = (head[:-1], head[:-2]) if head.endswith(("s", "e", "r")) else ()
    return head[:1].islower() and any(is_person_noun(x) or len(x) > 5 and x.endswith(_TRADES) for x in singles)


def _ends_role(text: str, stop: int) -> bool:
    """The role may end at ``stop``: a link to an organisation or the apposition's end follows."""
    return bool(_LINK.match(text, stop) or _END.match(text, stop))


def _is_head(word: str) -> bool:
    """A word that names a person by role or trade (lower case, or a title word such as "President")."""
    if word[:1].isupper():
        return is_title_word(word)
    return is_person_noun(word)


def _capitalised_name(word: str) -> bool:
    """A capitalised word that is not an owner's ("Vestkraft's") or a title: another name in a list."""
    return word[:1].isupper() and not word.endswith(("'s", "’s")) and not is_title_word(word)


# Words that narrow a role written before it ("chief technology officer", "fungerende borgmester").
_NARROWING = frozenset(
    """chief deputy senior junior acting interim former assistant managing executive vice head lead principal
    associate general regional national local health transport finance foreign justice defence defense
    education culture environment energy housing technology press communications marketing sales research
    medical clinical legal political financial fungerende tidligere nuværende konstitueret kommende afgående
    administrerende ansvarlige ledende daglig daglige""".split()
)
_BEFORE_WORD = re.compile(r"([\w'’-]+)[ \t]+$")


def role_start(text: str, start: int) -> int:
    """Where a lower-case role word at ``start`` begins with the words that narrow it or name its
    owner ("the firm's chief technology officer", "Enhedslistens transportordfører",
    "Den svenske landsbygdsminister"): at most three words back, an owner ending the phrase."""
    for _ in range(3):
        match = _BEFORE_WORD.search(text, max(0, start - 40), start)
        if not match:
            break
        word = match.group(1)
        low = word.lower()
        if low.endswith(("'s", "’s")) or (word[:1].isupper() and low.endswith("s") and not is_title_word(word)) or (
            low.endswith(("ets", "ens", "ernes")) and len(low) > 5
        ):
            return match.start(1)  # the owner: "Vestkraft's", "Forbundets", "kommunens"
        if low in _NARROWING or (word.islower() and low.endswith("ske") and len(low) > 5):
            start = match.start(1)
            continue
        break
    return start


def role_phrase(text: str, start: int, end: int, lower: Callable[[str], bool] | None = None) -> str:
    """The role ``text[start:end]`` as written, its first word lower-cased when only its place at a
    sentence's start gave it a capital ("Foreningens direktør" when "foreningen" is written too, or
    when ``lower`` says a stem of it is an ordinary lower-case word)."""
    phrase = " ".join(text[start:end].split())
    first = phrase.split(" ", 1)[0]
    before = text[max(0, start - 3):start].rstrip(" \t")
    if not first[:1].isupper() or first.isupper() or before[-1:] not in ("", ".", "!", "?", "\n", "\"", "”", "»"):
        return phrase
    low = first.lower()
    stem = low[:-1] if low.endswith("s") and not low.endswith(("'s", "’s")) else low
    if low.endswith(("ets", "ens")) and len(low) > 7:
        stem = low[:-3]  # "foreningens": "forening" written in lower case elsewhere
    if low in _NARROWING or written_alone(text, stem):
        return low + phrase[len(first):]
    if lower is not None and low.endswith("s") and any(lower(x) for x in (low[:-1], low[:-3]) if len(x) > 3):
        return low + phrase[len(first):]  # "Kommunens direktør": "kommunen" is an ordinary word
    return phrase


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def written_alone(text: str, stem: str) -> bool:
    """Whether ``stem`` is written in ``text`` with no letter, digit, "_" or hyphen before it: the
    answer of ``re.search(r"(?<![\\w-])" + re.escape(stem), text)``, found from the stem's literal
    places instead of a look-behind tried at every position of a long text (speed25)."""
    at = text.find(stem)
    while at > 0 and _WORD_OR_HYPHEN.match(text, at - 1):
        at = text.find(stem, at + 1)
    return at >= 0
