"""A role written after a name as an apposition: "Tom Okafor, president of the Fair Pay Union, said",
"Ann Lee, 41, a teacher at the school", "Henrik Vestergaard, borgmester i Holbæk"."""

from __future__ import annotations

import re

from reader.analysis.descriptions import is_person_noun
from reader.analysis.titles import is_title_word

_OPENING = re.compile(r",[ \t]+(?:\d{1,3},[ \t]+)?(?P<det>(?:a|an|the|en|et)[ \t]+)?")
_WORDS = re.compile(r"[\w'’.-]+")
_LINK = re.compile(
    r"[ \t]+(?:of|at|for|with|in|on|i|hos|ved|fra|på)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-ZÆØÅ][\w'’&-]*|[a-zæøå][\w-]*)(?:[ \t]+(?:of|for|and|og|&|[A-ZÆØÅ][\w'’&-]*)){0,5}"
)
_END = re.compile(r"[ \t]*(?:[,;:)\n]|\.(?:\s|$)|$|(?:said|says|told|added|siger|sagde|fortæller)\b)")
# Words that make the words after the comma a clause or a list, not a role ("Kasper Holm, vil kalde
# ministeren i samråd"; "Tom Pridmore, as her husband, has").
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
    for _ in range(4):  # up to three modifiers, then the head
        word = _WORDS.match(text, pos)
        if not word or "." in word.group().rstrip("."):
            return ""
        stop = word.end() - (1 if word.group().endswith(".") else 0)
        if _is_head(text[word.start():stop]) and _ends_role(text, stop):
            link = _LINK.match(text, stop)
            if link and _END.match(text, link.end()):
                stop = link.end()
            first = opening.end() if det in ("a", "an", "en", "et") else opening.start("det") if det else opening.end()
            return " ".join(text[first:stop].split()).rstrip(".")
        if word.group().lower() in _NOT_MODIFIER or _capitalised_name(word.group()):
            return ""
        gap = re.match(r"[ \t]+", text[word.end():word.end() + 4])
        if not gap:
            return ""
        pos = word.end() + gap.end()
    return ""


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
