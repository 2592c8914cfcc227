"""Cues of English speech around a quotation that name its speaker without a reporting verb of
the usual kind: "came a voice", "we heard the children shouting:", "she was like,", "and then I
said,", '"It is late." Omar checked his watch.', "As the union writes,", "Ann Lee of Leeds
University said:"; and a Danish pronoun or document ("svarer hun:", "står der i rapporten")."""

from __future__ import annotations

import re

from reader.analysis.people import People, Speaker
from reader.analysis.speakers import after_verb, phrase

# A subordinate "as" before the subject of a reporting verb: "As the union writes,".
AS = re.compile(r"(?:[Aa]s|[Ll]ike|[Jj]ust\s+as)\s+(?=(?:the\s+)?[A-Z])")
# The writer (or who gives a speech) right before a reporting verb: "and then I said,".
FIRST_PERSON = re.compile(r"\b(I|[Ww]e)\s+(?:(?:then|also|just|finally|only|simply|\w+ly)\s+)?$")
# Speech as people talk: "she was like,", "he goes,".
# "she would just be like," (quotes11) too: the speech someone would give, quoted.
QUOTATIVE = re.compile(
    r"(?:\s+(?:was|were|is|are|am)|['’](?:s|re|m)|\s+would\s+(?:(?:just|probably|totally)\s+)?be)"
    r"\s+(?:all\s+|just\s+|kind\s+of\s+)?like,?\s*$|\s+(?:goes|went),?\s*$"
)
# An organisation after a name: "Ann Lee of Leeds University".
OF_ORG = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’.-]*){0,5})\s*")
# A quotation someone was heard saying: "we heard the children shouting:", "I heard my mother
# whisper,".
HEARD = re.compile(
    r"\b(?:heard|hear|hears|overheard)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?:say|says|saying|shout|shouting|call|calling|cry|crying|whisper|whispering|yell|yelling|mutter|muttering"
    r"|scream|screaming|ask|asking|sing|singing|tell|telling)\b[^.!?:\"“”]{0,40}[:,]\s*$"
)
# Inverted after a quotation: '"No!" came the reply.', '"Stop," came a voice from the back.'
CAME = re.compile(r"\s*,?\s*came\s+(?:back\s+|again\s+)?(?=(?:the|a|an|his|her|their|my|our)\s|[A-Z])")
# A sentence after a quotation opening its paragraph, about what its subject does.
NEXT_BEAT = re.compile(
    r"[ \t]+([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2})[ \t]+(?:[a-z][a-z-]*(?:ed|s)|bent|held|gave|got|ran|sat|stood|shook|took"
    r"|turned|looked|smiled|frowned|shrugged|nodded|sighed|laughed|grinned|put|let|felt|kept|made|went|came)\b"
)
_NOT_NAMES = frozenset("Everyone Everybody Nobody Someone Somebody Anyone There Then This That These Those It What When".split())


# A paragraph closing on a pronoun and a reporting verb before a colon, the quotation below it
# that person's: "Adspurgt om en ny bog svarer hun:", "Hun siger:", "Asked why, she replied:".
_PRONOUN_DA = r"han|hun|de|He|She|They|he|she|they|Han|Hun|De"


def colon_pronoun(text: str, start: int, end: int, verbs: str) -> Speaker | None:
    """The pronoun of a reporting clause ending the paragraph ``[start, end)`` with a colon
    (``verbs``: the alternation of the language's reporting verbs)."""
    if not text[start:end].rstrip().endswith(":"):
        return None
    verbs = f"{verbs}|addressed|greeted"  # "he suddenly addressed her with:"
    clause = re.search(
        rf"(?:\b(?:{verbs})\s+({_PRONOUN_DA})|(?<![\w-])({_PRONOUN_DA})\s+(?:\w+\s+)?(?:{verbs}))\b[^.!?:;\"“”»«]{{0,40}}:\s*$",
        text[start:end],
    )
    if clause is None:  # 'She looked up, and then said, not loudly, but firmly:' (English only)
        clause = re.search(rf"(?:^|[.!?]\s+)(He|She)\s(?:(?!\b(?:he|she|who|they|[A-Z]\w*)\b)[^.!?:;\"“”])"
                           rf"{{0,100}}?\b(?:{verbs})\b[^.!?:;\"“”]{{0,80}}:\s*$", text[start:end])
        if clause is None or not clause.group(1):
            return None
    group = 1 if clause.group(1) else 2
    return Speaker(start + clause.start(group), start + clause.end(group), "pronoun")


# A Danish document as the source after a quotation: "står der i rapporten", "hedder det i meddelelsen".
_DOCUMENT_DA = re.compile(r"\s*,?\s*(?:står|stod|hedder|hed)\s+(?:der|det)\s+(?:blandt\s+andet\s+)?(?:i|på)\s+(?=\w)")


def document_after(text: str, close: int, end: int, people: People) -> Speaker | None:
    """'»...,« står der i rapporten': the document ("rapporten") is the source."""
    found = _DOCUMENT_DA.match(text, close, min(end, close + 60))
    speaker = after_verb(text, found.end(), end, people, "da") if found else None
    return speaker if speaker is not None and speaker.kind != "pronoun" else None


def came_speaker(text: str, close: int, end: int, people: People) -> Speaker | None:
    """'"Stop that!" came a voice from the hall.': the subject after "came" (a name or description)."""
    came = CAME.match(text, close, min(end, close + 40))
    speaker = after_verb(text, came.end(), end, people, "en") if came else None
    return speaker if speaker is not None and speaker.kind in ("name", "description") else None


def beat_after(text: str, close: int, end: int, people: People) -> Speaker | None:
    """The subject of the sentence after a quotation that opens its paragraph, when a person the
    name finder knows, or he/she, does something: '"It is late." Omar checked his watch.'"""
    beat = NEXT_BEAT.match(text, close, min(end, close + 60))
    if beat is None or beat.group(1) in _NOT_NAMES:
        return None
    speaker = phrase(text, beat.start(1), beat.end(1), people, "en")
    if speaker is None or speaker.end != beat.end(1):
        return None
    return speaker if speaker.kind == "pronoun" or speaker.kind == "name" and people.person_in(speaker.start, speaker.end) else None


def heard_speaker(text: str, start: int, end: int, people: People) -> Speaker | None:
    """"we heard the children shouting:", "I heard Ann Lee say,": the one heard speaks."""
    heard = HEARD.search(text, start, end)
    found = phrase(text, heard.start(1), heard.end(1), people, "en") if heard else None
    return found if found is not None and found.kind in ("name", "description") and found.end == heard.end(1) else None


# The sentence after '"...!" cried a cheerful voice.' that says whose voice it was.
_VOICE_OF = re.compile(r"[^.!?\n]{0,80}?[.!?][ \t]+(?:It|That|This)\s+was\s+the\s+voice\s+of\s+([^,.;:!?\"“”\n]{1,60})")


def voice_owner(text: str, end: int, people: People) -> Speaker | None:
    """'"A merry Christmas!" cried a cheerful voice. It was the voice of Scrooge's nephew': the
    nephew (``end``: the end of the description "a cheerful voice")."""
    match = _VOICE_OF.match(text, end)
    return phrase(text, match.start(1), match.end(1), people, "en") if match else None
