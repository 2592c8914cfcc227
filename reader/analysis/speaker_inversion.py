"""Where the words after a reporting verb are or are not its speaker (a blind probe, probe10): a
Danish naming verb with its subject after it ("I sin forklaring kaldte han sagen »...«"), an English
subject before the verb ("A Downing Street spokesman said the minister, Angela Rayburn, "...""),
and a reporting verb of its own after "according to X," ("According to the FT, Oliver Tremlett
told colleagues that ...")."""

from __future__ import annotations

import re

from reader.analysis.people import People, Speaker
from reader.analysis.speakers import phrase
from reader.analysis.quote_da_lead import danish_lead, danish_verb_after  # noqa: F401 (for attribution.py, quotesda20)

# A reporting verb of its own after "according to X," not in a clause about X ("who said").
OWN_VERB = re.compile(
    r"(?<!\bwho )(?<!\bwhich )\b(?:told|tells|said|says|wrote|writes"
    r"|answered|replied|added|asked|explained|insisted|admitted|recalled|declared|warned|shouted|cried)\b"  # (quotesen23)
)
# Danish verbs of naming: after the inverted subject, one to three lower-case words of object.
NAMING = frozenset("kalder kaldte betegner betegnede beskriver beskrev".split())
OBJECT_ONLY = re.compile(r"\s+(?:[a-zæøå][\wæøå-]*\s+){1,3}")


def subject_before(text: str, start: int, verb: int, people: People) -> bool:
    """English: a name or description opens the clause ``start``..``verb`` right before the verb (no
    comma between them), so the words after the verb are no inverted speaker."""
    lead = text[start:verb]
    if lead.rstrip().endswith(","):
        return False  # "The council, said Akers, "..."": the verb and its speaker between commas
    found = phrase(text, start, verb, people, "en")
    return found is not None and found.kind in ("name", "description") and found.start == start + len(lead) - len(lead.lstrip())


# Danish phrases of place or medium a sentence may open with before its verb and inverted subject.
_FRONTED = re.compile(r"(?:På|I|Under|Efter|Ved|Hos|Over\s+for|Til)\s+[^,.;:!?]{1,40}?\s+$")
# A clause joined to the one before without its own subject: "..., men mener, at".
_JOINED = re.compile(r"\s*(?:men|og|samtidig)\s*$")


def fronted_description(text: str, start: int, verb: int, described: int, end: int) -> bool:
    """Danish: the sentence ``start``..``verb`` opens with a phrase of place, time or medium and
    nothing else before its verb ("På Facebook skriver en skuffet bruger, at »...«"), and ", at" or
    a colon follows the description ending at ``described``, so the description is its subject
    (quotesda18)."""
    rest = text[after_subject(text, described, end, "da"):end]
    return _FRONTED.fullmatch(text, start, verb) is not None and re.match(r"\s*(?:[:,]\s*$|,?\s*at\s)", rest) is not None


def joined_subject(text: str, start: int, clause: int, cut: int, people: People) -> tuple[int, int, str] | None:
    """Danish: a reporting verb in a clause joined by "men"/"og" with no subject of its own
    ("Kommunernes Landsforening erkender problemet, men mener, at ...") takes the name or
    organisation opening the sentence: (start, end, canonical) (quotesda18)."""
    for found in (people.org_at(start), people.person_in(start, start + 1)):
        if found is None or found.start != start:
            continue
        if _JOINED.fullmatch(text, clause, cut) or clause == start and (
            found.end == cut - len(text[start:cut]) + len(text[start:cut].rstrip()) or _OPENER_AND.fullmatch(text, found.end, cut)
        ):
            # "Rådet for Grøn Omstilling skriver", "... hilser udviklingen velkommen og skriver" (quotesda22)
            return found.start, found.end, found.canonical
    return None


# An opening subject's own predicate joined to the reporting verb without a comma: " hilser
# udviklingen velkommen og " (lower-case words only, quotesda22).
_OPENER_AND = re.compile(r"\s+(?:[a-zæøå][\wæøå-]*\s+){1,5}og\s+")


# After a Danish inverted subject, before ", at": a party and a medium or the one told ("skrev
# borgmester X (S) i avisen, at", "skriver hun på Facebook, at", "siger han til Ritzau, at").
_DA_TAIL = re.compile(
    r"(?:\s*\([A-ZÆØÅ]{1,3}\))?(?:\s+(?:i|på|til)\s+(?:en\s+|et\s+|sin\s+|sit\s+)?[\wæøåÆØÅ-]+(?:\s+\d{1,2})?)?"
)


def after_subject(text: str, pos: int, end: int, language: str) -> int:
    """Where the words after an inverted subject ending at ``pos`` go on once a Danish party and
    medium are passed (``pos`` itself in English) (quotesda18)."""
    return _DA_TAIL.match(text, pos, end).end() if language == "da" else pos


# Danish "ifølge" around a reporting verb of its own (quotesda19): in "Ifølge AFP har Pakistans
# premierminister kaldt oversvømmelserne »...«" and "Ministeren skal ifølge Reuters have kaldt det
# »...«" the source after "ifølge" only passes the words on; the speaker is the verb's subject.
_AUX = r"(?:har|havde|skal|skulle|vil|ville)"
# Past participles of Danish verbs of saying and naming.
_SAID = (
    r"(?:have\s+)?(?:kaldt|sagt|udtalt|betegnet|beskrevet|skrevet|erklæret|understreget|advaret|meddelt|oplyst"
    r"|fortalt|lovet|afvist|svaret|tilføjet|forklaret|fremhævet|slået\s+fast)\b"
)
# "Ifølge AFP har <subject> kaldt": the source, the auxiliary, the subject, the participle.
_INVERTED = re.compile(rf"[^,.;:»«]{{1,60}}?\s{_AUX}\s+([^,.;:»«]{{2,80}}?)\s+{_SAID}")
# "<subject> skal ifølge": the subject and the auxiliary before "ifølge" ...
_SUBJECT = re.compile(rf"([^,.;:»«]{{2,80}}?)\s+{_AUX}\s+$")
# ... and the participle after the source: "ifølge nyhedsbureauet have kaldt".
_LATER = re.compile(rf"[^,.;:»«]{{1,60}}?\s{_SAID}")


def reported_subject(text: str, start: int, according: re.Match, end: int, people: People) -> Speaker | None:
    """The subject of a Danish reporting verb around "ifølge X" in the clause ``start``..``end``
    (``according`` is the match of "ifølge "): after the auxiliary when the sentence opens with
    "Ifølge X", else before it; None when there is no such verb."""
    span = None
    if not text[start:according.start()].strip():
        inverted = _INVERTED.match(text, according.end(), end)
        span = inverted.span(1) if inverted is not None else None
    else:
        subject = _SUBJECT.fullmatch(text, start, according.start())
        span = subject.span(1) if subject is not None and _LATER.match(text, according.end(), end) else None
    found = phrase(text, span[0], span[1], people, "da") if span is not None else None
    if found is not None and found.kind == "name" and _OWNED.fullmatch(text, found.end, span[1]):
        return Speaker(span[0], span[1], "description")  # "Pakistans premierminister": the owner's role
    return found if found is not None and found.kind in ("name", "description") else None


# Lower-case words after a genitive name: "Pakistans premierminister".
_OWNED = re.compile(r"(?:\s+[a-zæøå][\wæøå-]*){1,3}")
