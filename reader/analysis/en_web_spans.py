"""How web text writes the names found (webprobe13), each decided on the span and the characters
either side of it: a relative's word is cut off a person as a title is ("Aunt Ruth" -> Ruth), a
team's age group is no part of its name ("Westfield Wildcats U10s"), a person's last initial keeps
its full stop ("Brian K."), a person's name with "'s" and nothing after it where a place is gone to
or named in a list is a shop or restaurant ("- Manny's for corned beef"; found as a place it stays
one, as test_analysis_basic has "going to Mama Rosa 's"), a word opening a sentence before "you" is
no name ("Love you!"), and a known given name and a surname typed as a place is a person."""

from __future__ import annotations

import re

from reader.analysis.en_words import EN_GIVEN_NAMES, EN_VOCABULARY

Span = tuple[int, int, str]

KIN = True
AGE_GROUPS = True
INITIALS = True
POSSESSIVES = True
BEFORE_YOU = True
GIVEN_PLACES = True

_KIN = ("Aunt ", "Auntie ", "Uncle ", "Grandma ", "Grandpa ", "Granny ", "Nana ", "Cousin ")
_AGE = re.compile(r" U-?\d{1,2}s?$")  # (searched only in a span that holds " U")
# "'s" with no noun after it: punctuation, the end of a line, or a preposition or time word.
_OWNED_NOTHING = re.compile(
    r"['’]s(?=[,.;:!?)]|$|\n| (?:for|in|on|at|and|or|with|near|last|tonight|yesterday)\b)")
_WENT_TO = frozenset(("at", "to", "from", "-", "•", "*"))  # the word before such a shop's name
_YOU = (" you", " ya", " u ")
_SENTENCE_END = ".!?:;\n\"“”"


def web_spans(text: str, spans: list[Span], evidence: dict) -> list[Span]:
    """``spans`` (sorted, non-overlapping) with the forms above applied (each span only grows into
    the characters right after it, so they stay apart); a span changed leaves ``evidence``."""
    out = []
    for span in spans:
        s, e, label = span
        if KIN and label == "PER" and text.startswith(_KIN, s):
            span = _without_kin(text, span)
        elif POSSESSIVES and label == "PER" and (owned := _owned_nothing(text, s, e)):
            before = text[max(0, s - 6):s].split()
            if text[s - 1:s] in ("", "\n") or before and before[-1].lower() in _WENT_TO:
                span = (s, owned.end(), "ORG")
        if BEFORE_YOU and text.startswith(_YOU, e) and " " not in text[s:e] and _opens_sentence(text, s):
            evidence.pop((s, e), None)
            continue
        if GIVEN_PLACES and span == (s, e, "LOC") and _given_and_surname(text[s:e]):
            span = (s, e, "PER")
        if AGE_GROUPS and " U" in text[s:e] and (age := _AGE.search(text, s, e)):
            span = (s, age.start(), span[2])
        if INITIALS and span[2] == "PER" and e - s > 2 and text[e - 2] == " " and text[e - 1].isupper() and (
                text[e:e + 1] == "."):
            span = (s, e + 1, "PER")
        if span != (s, e, label):
            evidence.pop((s, e), None)  # (a form decided it: not the typer's scores)
        out.append(span)
    return out


def _owned_nothing(text: str, s: int, e: int) -> re.Match | None:
    """The "'s" right after the name at [s, e), or ending it, when no noun follows it."""
    at = e - 2 if e - s > 2 and text[e - 2:e] in ("'s", "’s") else e
    return _OWNED_NOTHING.match(text, at) if text[at:at + 1] in ("'", "’") else None


def _given_and_surname(name: str) -> bool:
    """A known given name and one capitalised word that is no ordinary word ("Rob Whitfield")."""
    first, _, last = name.partition(" ")
    return bool(last) and " " not in last and first.lower() in EN_GIVEN_NAMES and last[:1].isupper() and (
        last[1:].islower() and last.lower() not in EN_VOCABULARY)


def _opens_sentence(text: str, k: int) -> bool:
    """Whether the word at ``k`` opens the text or its line or follows the end of a sentence."""
    before = text[max(0, k - 3):k].rstrip(" ")
    return not before or before[-1] in _SENTENCE_END


def _without_kin(text: str, span: Span) -> Span:
    """A person without the relative's word that opens it ("Aunt Ruth" -> Ruth)."""
    s, e, label = span
    rest = text.find(" ", s) + 1
    return (rest, e, label) if rest < e and text[rest].isupper() else span
