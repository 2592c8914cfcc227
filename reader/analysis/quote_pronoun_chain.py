"""English "she said" at the end of a chain of "she"s that starts at a described person, with
nobody named on the way: 'A younger woman across the table points out that she was born in 2004.
She says she comes for the company.' / '"...," she says.' is the younger woman's, and 'my
grandmother came on the bus. She was eighty-one. She took my hand and said, "..."' is the
grandmother's, not the last person named (quotesen19). And a "she said" in a paragraph about "she"
with nobody named is the person the text is about (quotesen20)."""

from __future__ import annotations

import re

from reader.analysis.antecedents import Spans, gender_fits_name, main_person, near
from reader.analysis.attribution import Context, sentence_begin
from reader.analysis.descriptions import description_fits, is_person_noun
from reader.analysis.people import Speaker
from reader.analysis.sentences import end_before
from reader.analysis.speakers import phrase
from reader.model import Quote

# A newcomer or the writer's own ("a younger woman", "my grandmother"): an indefinite or "my/our"
# determiner and up to three lower-case words, the last a person noun.
_NEW_PERSON = re.compile(r"\b(?:[Aa]n?|[Mm]y|[Oo]ur)((?:\s+[a-z][\w-]*){1,3})")
_SHE = re.compile(r"\b(?:[Ss]he|her|herself)\b")
_HE = re.compile(r"\b(?:[Hh]e|him|his|himself)\b")
_QUOTE_MARKS = re.compile(r"[\"“”‘’»«]|(?<!\w)'|'(?!\w)")
_STEPS = 6  # sentences walked back at most
_SHE_SUBJECT = re.compile(r"\b[Ss]he\b")
_HE_SUBJECT = re.compile(r"\b[Hh]e\b")
_REPORTED = re.compile(r"\b(?:said|says|told|tells|added|adds|explained|insisted|argued|warned|claimed)\b")


def topic_speaker(ctx: Context, start: int, tag: int, spans: Spans, female: bool, male: bool, previous: Quote | None = None) -> str | None:
    """The person the text is about (``main_person``) for a he/she tag when the quotation at
    ``start`` follows narrative in its paragraph (or, opening its paragraph, a narrative paragraph
    with no reporting verb: quotesen22) that holds that pronoun besides the tag at ``tag``
    and names, describes or quotes nobody, and the quote just before (this paragraph or the one
    before) is not by someone of that sex: 'In old age she gave one interview. Asked why, she
    said: "..."' in a life of a poet is the poet's, not her sister's who spoke three paragraphs up."""
    if not (female or male) or ctx.language != "en":
        return None
    text = ctx.text
    line = text.rfind("\n", 0, start) + 1
    stop = start
    if start - 1 <= line:  # the quotation opens its paragraph: the narrative paragraph before it (quotesen22)
        stop = end_before(text, line)
        line = text.rfind("\n", 0, stop) + 1
        if stop <= line or _REPORTED.search(text, line, stop):
            return None  # ("He said the plan would work." goes on with whoever was quoted)
    if stop - 1 <= line or text[line] in "\"“‘»„-–—" or _QUOTE_MARKS.search(text, line, stop - 1):
        return None
    if ctx.people.last_people(line, stop):
        return None
    if previous is not None and previous.speaker and near(text, previous.end, tag) and gender_fits_name(previous.speaker, female, male, ctx) and (
        description_fits(previous.speaker, female, male)
    ):
        return None  # '"...," he said. / Asked whether ..., he said:' goes on with the speaker
    pronoun = _SHE_SUBJECT if female else _HE_SUBJECT
    first = next((m.start() for m in pronoun.finditer(text, line, stop) if m.start() != tag), None)
    if first is None or any(is_person_noun(w.group().removesuffix("'s").removesuffix("’s")) for w in re.finditer(r"[a-z][\w'’-]*", text[line:first])):
        return None  # ("It was my uncle's. He ran it ... he said": the uncle)
    return main_person(ctx, tag, spans, female, male) or _heading_person(ctx, female, male)


def _heading_person(ctx: Context, female: bool, male: bool) -> str | None:
    """The one person the title line names (not after "by": the speaker of a eulogy), if the
    pronoun fits: the subject of a life, an obituary or a profile."""
    text = ctx.text
    end = text.find("\n")
    found = {p.canonical for p in ctx.people.last_people(0, end if end > 0 else len(text))
             if not re.search(r"\bby\s+(?:[\w'-]+\s+){0,3}$", text[max(0, p.start - 40):p.start])}
    if len(found) != 1:
        return None
    (name,) = found
    return name if gender_fits_name(name, female, male, ctx) else None


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
