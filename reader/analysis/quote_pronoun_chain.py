"""English "she said" at the end of a chain of "she"s that starts at a described person, with
nobody named on the way: 'A younger woman across the table points out that she was born in 2004.
She says she comes for the company.' / '"...," she says.' is the younger woman's, and 'my
grandmother came on the bus. She was eighty-one. She took my hand and said, "..."' is the
grandmother's, not the last person named (quotesen19)."""

from __future__ import annotations

import re

from reader.analysis.attribution import Context, sentence_begin
from reader.analysis.descriptions import description_fits, is_person_noun
from reader.analysis.people import Speaker
from reader.analysis.sentences import end_before
from reader.analysis.speakers import phrase

# A newcomer or the writer's own ("a younger woman", "my grandmother"): an indefinite or "my/our"
# determiner and up to three lower-case words, the last a person noun.
_NEW_PERSON = re.compile(r"\b(?:[Aa]n?|[Mm]y|[Oo]ur)((?:\s+[a-z][\w-]*){1,3})")
_SHE = re.compile(r"\b(?:[Ss]he|her|herself)\b")
_HE = re.compile(r"\b(?:[Hh]e|him|his|himself)\b")
_QUOTE_MARKS = re.compile(r"[\"“”‘’»«]|(?<!\w)'|'(?!\w)")
_STEPS = 6  # sentences walked back at most


def chain_described(ctx: Context, start: int, female: bool, male: bool) -> Speaker | None:
    """The described person a he/she chain before the quotation at ``start`` starts at, walking
    back sentence by sentence (into the paragraph before when the quotation opens its own), each
    with the pronoun, none naming a person or holding a quotation; None if the chain breaks."""
    if not (female or male) or ctx.language != "en":
        return None
    text = ctx.text
    pronoun = _SHE if female else _HE
    line = text.rfind("\n", 0, start) + 1
    pos = sentence_begin(text, line, start - 1)
    crossed = False
    for _ in range(_STEPS):
        if pos <= line:
            if crossed:
                return None
            crossed = True
            pos = end_before(text, line)
            line = text.rfind("\n", 0, pos) + 1
            if pos <= line or text[line] in "\"“‘»„-–—":
                return None
        begin = sentence_begin(text, line, pos - 2)
        if begin >= pos or _QUOTE_MARKS.search(text, begin, pos) or ctx.people.last_people(begin, pos):
            return None
        found = _new_person(ctx, begin, pos, female, male)
        if found is not None:
            return found
        if not pronoun.search(text, begin, pos):
            return None
        pos = begin
    return None


def _new_person(ctx: Context, begin: int, end: int, female: bool, male: bool) -> Speaker | None:
    """The first newcomer or kin of the writer in ``[begin, end)`` whose sex fits, if any."""
    text = ctx.text
    for match in _NEW_PERSON.finditer(text, begin, end):
        words = list(re.finditer(r"\S+", match.group(1)))
        for k in range(len(words), 0, -1):
            head = words[k - 1].group().rstrip(",.;:")
            if is_person_noun(head):
                stop = match.start(1) + words[k - 1].start() + len(head)
                if not description_fits(text[match.start():stop], female, male):
                    break
                found = phrase(text, match.start(), stop, ctx.people, ctx.language)
                if found is not None and found.kind == "description":
                    return found
                break
    return None
