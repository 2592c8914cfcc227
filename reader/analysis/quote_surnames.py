"""A surname written alone (or after an honorific) as the full name: the person named in full
before ("Mrs Hill", "Reed and Lee"), or the given name the article writes before the same surname
("Analyst Priya Nair ..." / "Nair said")."""

from __future__ import annotations

import re

from reader.analysis.en_words import EN_VOCABULARY
from reader.analysis.gazetteer import FIRST_NAMES
from reader.analysis.news_scans import matches_at
from reader.analysis.titles import is_title_word

_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Hr|Fru|hr|fru)\.?\s+)+")
_AND_SPLIT = re.compile(r"( and | og )")


def in_full(name: str, names: dict[str, str]) -> str:
    """A surname alone, or after an honorific ("Mr. Reed", "fru Holm"), as the person named in full
    before; each of two joint speakers ("Reed and Lee") likewise."""
    parts = _AND_SPLIT.split(name)
    for k in range(0, len(parts), 2):
        bare = _HONORIFIC.sub("", parts[k])
        if " " not in bare:
            parts[k] = names.get(bare, parts[k])
    return "".join(parts)


def given_name(text: str, name: str, before: int, language: str = "en",
               cache: dict[str, list[tuple[int, str]]] | None = None) -> str | None:
    """A surname alone that the name finder did not link to a full name: the given name written
    right before the same surname earlier in the article ("Analyst Priya Nair ..." / "Nair said"),
    a known first name, or an unknown one inside a sentence (at its start "Yesterday Nair" is none).
    ``cache`` (one per text): each surname's candidates found once in the whole text, not per quote."""
    bare = _HONORIFIC.sub("", name or "")
    if language != "en" or not re.fullmatch(r"[A-ZÆØÅ][\w'’-]+", bare):
        return None
    found = cache.get(bare) if cache is not None else None
    if found is None:
        found = _given_before(text, bare, len(text) if cache is not None else before)
        if cache is not None:
            cache[bare] = found
    for end, full in found:
        if end > before:
            break
        return full
    return None


def _given_before(text: str, bare: str, until: int) -> list[tuple[int, str]]:
    """Where "Given Bare" stands in ``text[:until]`` with a given name that counts, in order."""
    out = []
    pattern = re.compile(rf"\b([A-ZÆØÅ][a-zæøåé'’-]+)[^\S\n]+{re.escape(bare)}\b")
    for match in matches_at(pattern, text, _given_starts(text, bare, until), until):
        given = match.group(1)
        k = match.start() - 1  # the last character before the name that is not white space
        while k >= 0 and text[k].isspace():
            k -= 1
        opens = k < 0 or text[k] in ".!?\"”’:\n"
        if given.lower() in FIRST_NAMES or (not opens and given.lower() not in EN_VOCABULARY and given.lower() not in _NOT_GIVEN
                                            and not _HONORIFIC.match(given + " ") and not is_title_word(given)):
            out.append((match.end(), f"{given} {bare}"))
            if until < len(text):
                break  # one is enough without a cache
    return out


_GIVEN_REST = frozenset("abcdefghijklmnopqrstuvwxyzæøåé'’-")
_GIVEN_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")


def _given_starts(text: str, bare: str, until: int) -> list[int]:
    """Where a match of ``_given_before``'s pattern can start: the capital opening the word before
    the white space before each place ``bare`` is written (the pattern, led by a class, was tried
    at every position of the text for each surname)."""
    starts = []
    at = text.find(bare, 0, until)
    while at >= 0:
        k = at
        while k and text[k - 1].isspace():
            k -= 1
        if k < at:
            while k and text[k - 1] in _GIVEN_REST:
                k -= 1
            if k and text[k - 1] in _GIVEN_FIRST:
                starts.append(k - 1)
        at = text.find(bare, at + 1, until)
    return starts


_NOT_GIVEN = frozenset("the a an and but then when while after before if as so yet mr mrs ms miss dr sir dame lady lord hr fru".split())
