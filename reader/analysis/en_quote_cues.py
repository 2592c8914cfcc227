"""English speaker cues found on texts the rules were not tuned on (quotes11, tune7): "As X so aptly
put it, ..." (Danish "som X udtrykker det") before a quotation; a description and its verb right after a quotation closed by a
comma, "!", "?" or a trailing ellipsis ('"Adams! Baker ..." a voice called out.'); "he"/"she"
after a sentence in which a described person addresses the others ("... his commanding officer
addressed the pilots."); a noun phrase right after a preposition is no subject ("The tenants in
their letter stated": the tenants)."""

from __future__ import annotations

import re

from reader.analysis.descriptions import description_fits, is_person_noun, subject_description
from reader.analysis.people import People, Speaker
from reader.analysis.speakers import phrase

# "As Ann Lee so aptly put it in her review, the film is "..."": who put it, before the quotation.
_PUT_IT_BEFORE = re.compile(
    r"\b[Aa]s\s+([^,;:.!?\"“”\n]{1,60}?)\s+(?:(?:so\s+|very\s+)?[a-z]+ly\s+|once\s+|so\s+well\s+)*(?:put|puts)\s+it\b"
)
# Danish: "som Kaj Thomsen udtrykker det - »...«" (after the quotation: attribution.put_it).
_DA_PUT_IT_BEFORE = re.compile(
    r"\b[Ss]om\s+([^,;:.!?\"»«“”\n]{1,40}?)\s+(?:udtrykker|udtrykte|beskriver|beskrev|formulerer|formulerede)\s+det\b"
)


def put_it_before(text: str, start: int, end: int, people: People, language: str = "en") -> Speaker | None:
    """Who "put it" in "As X (so aptly) put it" (Danish "som X udtrykker det") within ``[start,
    end)`` (a name or pronoun), if any."""
    match = None
    for match in (_DA_PUT_IT_BEFORE if language == "da" else _PUT_IT_BEFORE).finditer(text, start, end):
        pass
    found = phrase(text, match.start(1), match.end(1), people, language) if match is not None else None
    own = None
    for own in _OWN_ACCOUNT.finditer(text, start, end) if found is None and language == "en" else ():
        pass  # "taught, by her own estimate, "about nine thousand girls"": her (quotesen19)
    if own is not None:
        return Speaker(own.start(1), own.end(1), "pronoun")
    return found if found is not None and found.kind != "description" else None


_OWN_ACCOUNT = re.compile(
    r"\b(?:[Bb]y|[Ii]n|[Oo]n)\s+(his|her)\s+own\s+(?:estimate|estimation|account|admission|reckoning|words|telling)\b"
)


# A description of a person (or a voice) and a verb in the past right after a quotation.
_DESCRIBED_TAG = re.compile(
    r"\s*((?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*))"
    r"\s+(?:[a-z]+ed|said|cried|called|spoke|rang|came)\b"
)


def described_tag(text: str, quoted: str, close: int, end: int, people: People) -> Speaker | None:
    """'"Adams! Baker! Cole ..." a voice called out.', '"Wait," the clerk answered.': a description of
    a person, or a voice, as the subject of a verb right after a quotation (``quoted``) that a comma,
    "!", "?" or an ellipsis closes; the verb need not be one of speaking."""
    if not quoted.rstrip().endswith((",", "!", "?", "...", "…")):
        return None
    match = _DESCRIBED_TAG.match(text, close, min(end, close + 60))
    if match is None or not (match.group(2) == "voice" or is_person_noun(match.group(2))):
        return None
    found = phrase(text, match.start(1), match.end(1), people, "en")
    return found if found is not None and found.kind == "description" else None


# The sentence right before a quotation (its own paragraph's, else the last of the paragraph
# before) in which a described person turns to speak: "As he watched, his commanding officer had
# addressed the last pilots on the deck.", "The old guide cleared his throat."
_ADDRESSING = re.compile(
    r"(?:^|[.!?]\s+|,\s+)((?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|[Mm]y|[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*))"
    r"\s+(?:had\s+|has\s+|then\s+|now\s+|suddenly\s+)?(?:addressed|addresses|turned\s+to|turns\s+to|spoke\s+up"
    r"|called\s+out\s+to|cleared\s+(?:his|her|their)\s+throat|clears\s+(?:his|her|their)\s+throat)\b[^.!?\"“”\n]*[.!?]?\s*$"
)

_MARKS_ONLY = re.compile(r"[ \t\"“‘']*")


def addressing_described(text: str, quote_start: int, people: People, female: bool, male: bool) -> Speaker | None:
    """'... his commanding officer had addressed the last pilots. / "Listen up," he started.': the
    described person who addresses the others in the sentence right before the quotation, nobody
    named after the description, for a "he"/"she" of fitting sex."""
    line = text.rfind("\n", 0, quote_start) + 1
    opens = _MARKS_ONLY.fullmatch(text, line, quote_start) is not None  # the quotation opens its paragraph
    window = text.rfind("\n", 0, max(line - 2, 0)) + 1 if opens else line
    end = line if opens else quote_start
    while end > window and text[end - 1] in " \t\n\"“‘'":  # (read in place: no copy of the text before)
        end -= 1
    match = _ADDRESSING.search(text, max(window, end - 400), end)  # (a long paragraph: its last 400 characters)
    if match is None or not is_person_noun(match.group(2)) or people.last_people(match.start(1), quote_start):
        return None
    found = phrase(text, match.start(1), match.end(1), people, "en")
    if found is None or found.kind != "description" or not description_fits(text[found.start:found.end], female, male):
        return None
    return found


# (Not "for", "of", "from": "A spokesperson for the council said" is the council's.)
_PREPOSITION = re.compile(r"\b(?:in|on|at|into|under|through|during|i|på)\s+$", re.IGNORECASE)


def after_preposition(text: str, start: int, pos: int) -> bool:
    """Whether the noun phrase at ``pos`` is the object of a preposition right before it (within
    ``[start, pos)``): "in their letter", not the subject of the verb after it."""
    return bool(_PREPOSITION.search(text, max(start, pos - 12), pos))


# "in their notice of appeal", "in a letter to the council": where someone said it, after the subject.
_MEDIUM = re.compile(r"\s*(?:in|on|at)\s+(?:a|an|the|his|her|their|its|our|my)\s+[a-z][^,;:.!?\"“”]{0,50}")


def medium_after(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` (after a subject, before its verb) is only where it was said: "The
    tenants in their letter (stated)"."""
    return _MEDIUM.fullmatch(text, start, end) is not None


def named_after_subject(text: str, subject_end: int, named: list) -> bool:
    """Whether every person named in a beat comes after its described subject and is not joined
    to it ("The old man leaned toward Priya.", not "The old man and Priya left.")."""
    return all(p.start > subject_end and not _NAMING.search(text, subject_end, p.start) for p in named) and not re.match(
        r"\s*(?:and|or|,)\s", text[subject_end:subject_end + 6]) and not any(  # ("A worker named only as Chen told": Chen)
        _APPOSED.fullmatch(text, subject_end, p.start) for p in named)


# A person in apposition to a described subject after its "of" phrase: "The chair of the judges, the
# historian Prof Sir X, said" names the chair, no one else (probe30).
_APPOSED = re.compile(r"\s+(?:of|at|for)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3},\s+(?:(?:the|a|an)\s+[a-z-]+\s+)?"
                      r"(?:[A-Z][a-z]{0,5}\.?\s+){0,3}")


_NAMING = re.compile(r"\b(?:named|called|known|identified|nicknamed)\b")


_CLAUSE_START = re.compile(r"(?:(?<=[.!?])\s+|,\s+(?:and\s+)?|\band\s+)(?=[A-Za-z])")


def chained_subject(text: str, start: int, cut: int, people: People) -> tuple[int, int] | None:
    """'My father came home, saw the pieces, and said,', 'the head chef, a scary man, hands me a
    tray and says,': before "and" + the verb at ``cut``, the described subject opening the nearest
    clause of the sentence from ``start`` whose verbs run on to it, nobody named after it."""
    if not re.search(r"\band\s*$", text[start:cut]):
        return None
    found = None
    for at in [start] + [m.end() for m in _CLAUSE_START.finditer(text, start, cut)]:
        span = subject_description(text, at, cut)
        if span is not None and not people.last_people(span[0], cut):
            found = span
    return found


# A short adverbial opening a sentence before its subject: "At one point", "Then", "Later that night,".
_ADVERBIAL = re.compile(r"(?:(?:[Aa]t|[Oo]n|[Ii]n|[Aa]fter|[Tt]hen|[Ll]ater|[Ss]uddenly|[Ff]inally|[Ss]o|[Aa]nd|[Bb]ut|[Nn]ow"
                        r"|[Oo]ne|[Tt]hat|[Tt]his|[Ee]ventually|[Aa]gain|point|moment|night|day|morning|time|last|once)[ ,]+){1,4}")


def adverbial_only(text: str, start: int, pronoun: int) -> bool:
    """Whether only a short adverbial of time or sequence stands before the pronoun opening its clause."""
    return _ADVERBIAL.fullmatch(text, start, pronoun) is not None


# "In the first she complained of the cold.", "In a 2022 interview he was asked about it.": a short
# phrase of time or place, then the pronoun as the subject (not "When she left, ...": a clause).
_OPENED_PRONOUN = re.compile(
    r"(?:In|At|On|By|After|During|Later|Then|Once|Finally|Eventually)\s+(?:(?!(?:time|when|while|as|if|because|since|until)\b)"
    r"[\w'’-]+\s+){0,4}?(he|she)\s+[a-z][\w'’-]*\s"
)


def opener_pronoun(text: str, start: int, end: int) -> Speaker | None:
    """The he/she subject of the sentence ``[start, end)`` after a short opening phrase, no comma in it."""
    match = _OPENED_PRONOUN.match(text, start, end)
    if match is None or "," in text[start:match.start(1)]:
        return None
    return Speaker(match.start(1), match.end(1), "pronoun")


# A sentence closed by its own tag: "Her sister thinks that is a terrible idea, she says."
_CLOSING_TAG = re.compile(
    r",\s+(she|he)\s+(?:says|said|adds|added|explains|explained|recalls|recalled|admits|admitted|insists|insisted)\s*\.\s*$"
)


def closing_tag(text: str, begin: int, end: int) -> Speaker | None:
    """The pronoun of a tag closing the sentence ``[begin, end)`` before a quotation: its speaker
    goes on in the quotation, whoever the sentence opens with (quotesen19)."""
    match = _CLOSING_TAG.search(text, begin, end)
    return Speaker(match.start(1), match.end(1), "pronoun") if match is not None else None

