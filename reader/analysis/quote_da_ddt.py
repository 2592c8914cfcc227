"""Danish quotations in lone newspaper sentences as DDT writes them (quotesda28): a document lead
with the document's issuer or a clause subject before the mark ("I beretningen fra Rigsrevisionen
hedder det, at ministeriet »...«", "Af dommen fremgår det, at »...«"), a dash quote ended by "som
X udtrykker det", a source after a fronted "Ifølge" before any finite verb ("Ifølge anklageren
handlede ..."), a subordinate or comparative opener before the speaker ("Når ministeren siger, at",
"Som min gamle lærer sagde:"), and a phrase quoted "med egne ord"."""

from __future__ import annotations

import re

from reader.analysis.speaker_descriptions import _definite_role as definite_role

# "I/Af <document> [fra <issuer>] står/hedder/fremgår der/det[ blandt andet], at [subject] »...«"
_DOCUMENT = re.compile(
    r"\s*(?:I|Af)\s+(?:(?:den|det|de|en|et|sin|sit|sine)\s+)?(?:[a-zæøå]+e\s+)?([a-zæøå]{3,})"
    r"(?:\s+fra\s+([^,:»«\"]{2,50}?))?"
    r"\s+(?:står|stod|hedder|hed|fremgår|fremgik)\s+(?:der|det)(?:\s+blandt\s+andet|\s+også|\s+videre)?\s*(?:,\s*at|:)"
    r"((?:\s+[a-zæøå][\wæøå-]*){0,3})\s*"
)


def document_lead(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The document and its issuer (``[start, end)`` spans, the issuer None when not given) of a
    lead "I beretningen fra Rigsrevisionen hedder det, at ministeriet" that runs up to the quotation
    at ``end``; None when the lead is no such thing. The words after "at" are the reported clause's
    subject (at most three lower-case words)."""
    found = _DOCUMENT.fullmatch(text, start, end)
    if found is None or found.group(1) in ("dag", "går", "år", "morgen", "aften") or not (
        found.group(1).endswith(("en", "et", "erne", "ene")) or re.match(r"\s*\S+\s+(?:en|et|sin|sit)\s", text[start:end])
    ):
        return None  # a definite noun or an article before it: "I rapporten", "I en skrivelse"; not "I dag står det klart"
    return found.span(1), (found.span(2) if found.group(2) else None)


# "- ..., som fiskeren Ib Sørensen udtrykker det." (a dash quote's own attribution).
_PUT_IT = re.compile(
    r",\s+som\s+([^\"“”»«\n.!?,]{1,50}?)\s+(?:udtrykker|udtrykte|beskriver|beskrev|formulerer|formulerede|siger|sagde)\s+det\b[^,\n]{0,30}$"
)


def put_it_end(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """Where a Danish dash quote ``[start, end)`` ends before ", som X udtrykker det" closing it:
    (the comma, X's start, X's end); None when it does not end so."""
    found = _PUT_IT.search(text, start, end)
    return (found.start(), found.start(1), found.end(1)) if found is not None else None


# "Ifølge <definite noun | capitalised name> <finite verb>": the next word after a short source
# fronted by "Ifølge" is the finite verb in Danish word order, whatever verb it is ("Ifølge
# anklageren handlede den tiltalte »...«").
_ACCORDING_VERB = re.compile(
    r"\s*[Ii]følge\s+((?:[A-ZÆØÅ][\wæøå.-]*\s+){1,4}|(?:[a-zæøå]+\s+)?[a-zæøå]{3,}(?:en|et|erne|ene)\s+)"
    r"(?=(?:[a-zæøå]{2,}(?:ede|te|de|er|r)|lød|var|fik|gik|kom|stod|blev|fandt|lå|gav|tog|så)\s)"
)  # (the strong past tenses: "Ifølge naboen lød det som »...«", quotesda33)


def according_source(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The source span of a fronted "Ifølge X" before a finite verb in ``[start, end)``."""
    found = _ACCORDING_VERB.match(text, start, end)
    if found is None:
        return None
    return found.start(1), found.start(1) + len(found.group(1).rstrip())


# A subordinate or comparative conjunction opening the clause before its subject: "Når ministeren
# siger, at", "Som min gamle lærer sagde:", "Da direktøren skrev, at".
OPENER = re.compile(r"(?:Når|Som|Da|Hvis|Mens|Selv\s+om|Fordi|Efter\s+at|Før)\s+(?=\S)")

# "Han er, med egne ord, »...«", "..., med hans egne ord, »...«", "efter eget udsagn »...«": the subject's own words.
_OWN_WORDS = re.compile(
    r"\b(?:[Mm]ed\s+(?:(?:sine|hans|hendes|deres|mine)\s+)?egne\s+ord|[Ee]fter\s+(?:(?:sit|hans|hendes|deres)\s+)?eget\s+udsagn)\s*,?\s*$"
)


def own_words(text: str, start: int, before: int) -> bool:
    """Whether the quotation opening at ``before`` follows "med (sine) egne ord" in its sentence."""
    return _OWN_WORDS.search(text, max(start, before - 40), before) is not None


# "kaldte de tiltaltes forklaringer »...«": "de" before a genitive is an article, no subject pronoun.
GENITIVE_ARTICLE = re.compile(r"de\s+(?:[a-zæøå]+e\s+)?[a-zæøå]{2,}s\s+[a-zæøå]")


# The parties of a Danish court case and definite roles, as a colon lead's inverted subject names
# them: "Da dommeren spurgte, svarede den tiltalte:", "svarede anklageren:".
_COURT = frozenset("tiltalte tiltalede sigtede anklagede domfældte vidnet vidnerne offeret forurettede".split())


def court_person(word: str) -> bool:
    """Whether the Danish ``word`` closing a speaker phrase is a court party or a definite role."""
    low = word.lower()
    return low in _COURT or definite_role(low)


# "Beskeden fra kommunen var klar:", "Svaret fra ministeriet lød:": who sent the message.
_MESSAGE_FROM = re.compile(
    r"\s*(?:Men\s+|Og\s+)?(?:[Bb]eskeden|[Ss]varet|[Mm]eldingen|[Rr]eaktionen|[Kk]ommentaren|[Bb]udskabet|[Kk]onklusionen|[Vv]urderingen)"
    r"\s+fra\s+([^:»«,\"]{2,50}?)\s+(?:var|er|lød|lyder|blev)\b[^:»«\"]{0,30}:\s*"
)


def message_source(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Who sent the message a colon lead ``[start, end)`` names: "Beskeden fra kommunen var klar:"."""
    found = _MESSAGE_FROM.fullmatch(text, start, end)
    return found.span(1) if found is not None else None


_SAYS_WORD = re.compile(r"\b(?:lyder|lød|svar|svaret|svarer|svarede|beskeden|meldingen)\b", re.IGNORECASE)


def said_after_colon(text: str, s: int, before: int, after: int, end: int, inner: str, verbs: re.Pattern) -> bool:
    """A short quoted sentence closing a colon lead that names speech but nobody ("..., lyder
    svaret altid: "Sne på sporet.""): capitalised, two words or more, ending with . ! or ? inside
    the marks, with nothing after it in the paragraph; the lead holds a verb of saying or an answer."""
    words = inner.split()
    if len(words) < 2 or not words[0][:1].isupper() or inner.rstrip()[-1:] not in ".!?" or text[after:end].strip():
        return False
    lead = text[max(s, before - 80):before].rstrip()
    return lead.endswith(":") and bool(verbs.search(lead) or _SAYS_WORD.search(lead))


# "Formanden citeres (i avisen) for at sige, at": the subject before the passive is the one quoted.
_CITED_PASSIVE = re.compile(r"\s*(?:Men\s+|Og\s+)?([^,:»«\"]{2,60}?)\s+(?:citeres|citeredes|blev\s+citeret|er\s+citeret)\s+(?:[^,:»«\"]{0,30}?\s+)?for\b")


def cited_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject of a Danish passive "X citeres for at sige" opening ``[start, end)``."""
    found = _CITED_PASSIVE.match(text, start, end)
    return found.span(1) if found is not None else None


def spaced_reply(text: str, s: int, before: int, after: int, end: int, inner: str) -> bool:
    """A one-word reply opening its sentence whose comma stands after its closing mark, as DDT's
    spacing writes it ('" Ja " , svarede han .'): one capitalised word, then only a comma, ! or ?
    before the attribution (the caller has found a speaker)."""
    words = inner.split()
    opens = not text[s:before].strip() or text[s:before].rstrip()[-1:] in ".!?"
    return opens and len(words) == 1 and words[0][:1].isupper() and words[0].isalpha() and bool(
        re.match(r"\s*[,!?]\s+[a-zæøå]", text[after:min(end, after + 6)])
    )


def attribution_inside(text: str, start: int, end: int, verbs: re.Pattern, speaker_after) -> tuple[int, object] | None:
    """A quotation's end whose closing mark stands after its own attribution ('..., siger hun."',
    a DDT sentence holding only a quotation's end): where the quote ends (the comma) and the
    speaker ``speaker_after(at, limit)`` finds after the verb; None when the quotation
    ``[start, end)`` does not end with ", siger X." (at most five words after the verb)."""
    last = None
    for last in verbs.finditer(text, start, end):
        pass
    if last is None or len(text[last.end():end].split()) > 5 or text[last.start()] != ",":
        return None
    speaker = speaker_after(last.end(), end)
    return (last.start(), speaker) if speaker is not None else None
