"""Danish headline labels (quotesda19): "Sygeplejerske: »Vi kan ikke mere«" over a story is the
person the story introduces with that role ("Camilla Østergaard har været sygeplejerske ..."),
else the one the story quotes most."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from reader.analysis.people import People
from reader.analysis.quote_da_aged import aged_speakers
from reader.analysis.quote_da_answers import answer_turns
from reader.analysis.quote_da_bare_role import bare_roles
from reader.analysis.quote_da_bodies import body_nouns
from reader.analysis.quote_da_modified import modified_roles
from reader.model import Quote

# A label of one to seven words and a colon before the headline's opening mark or dash: "Vidne:",
# "AGF's målmand efter fejl:", "Hun har kørt bus i 40 år: - ..." (quotesda22); its first word
# capitalised.
_LABEL = re.compile(r"([A-ZÆØÅ][\wæøåÆØÅ'’-]*(?:\s+[\wæøåÆØÅ'’-]+){0,6}):\s*(?:[»\"„“]\s*|[-–—]\s+)")
_WORD = re.compile(r"[\wæøåÆØÅ]+")
# A label naming the kind of piece, not a role: the opinion under "Kommentar: »…«" is the writer's,
# not that of the person the piece quotes (attack19).
_GENRES = frozenset("kommentar leder debat klumme kronik analyse anmeldelse læserbrev essay blog satire".split())
_SENTENCE_END = re.compile(r"[.!?]\s")


def danish_after(text: str, quotes: list[Quote], people: People, language: str) -> list[Quote]:
    """The Danish passes over resolved quotes: ages, modified roles, then the headline's label."""
    if language != "da":
        return quotes
    quotes = answer_turns(text, aged_speakers(text, quotes, people))  # "siger den 79-årige", "- Hvor stod De?" (quotesda22)
    quotes = bare_roles(text, body_nouns(text, quotes, people), people)  # "skriver organisationen", "siger kurator" (quotesda22)
    return headline_label(text, modified_roles(text, quotes, [p.canonical for p in people.people]), people)


def headline_label(text: str, quotes: list[Quote], people: People) -> list[Quote]:
    """The Danish headline quotation after a role label with no speaker found: the body's quoted
    person whose first mention (its sentence or the one before) has a word the label's nouns
    begin ("vidne" in "vidnede"), else the one the body quotes most (two quotes or more, more than
    anyone else); the body quotation repeating the headline's words first."""
    line_end = text.find("\n")
    if not quotes or line_end < 0 or quotes[0].speaker is not None or quotes[0].end > line_end:
        return quotes
    first = quotes[0]
    label = _LABEL.fullmatch(text, 0, first.start)
    if label is None:
        return quotes
    if label.group(1).lower() in _GENRES:
        return quotes
    named = people.person_in(0, label.end(1)) or people.org_at(0)
    if named is not None and named.end >= label.end(1):
        return quotes  # "Mette Frederiksen:", "Novo Nordisk:": a name, not a role
    persons = {p.canonical for p in people.people}
    body = [q for q in quotes[1:] if q.speaker in persons]
    if named is not None and named.start == 0 and getattr(named, "canonical", None) in {q.speaker for q in body}:
        # "Pernille Vestergaard efter VM-sølv: - ...": the person the label opens with, quoted below
        return [replace(first, speaker=named.canonical, speaker_start=named.start, speaker_end=named.end)] + quotes[1:]
    words = label.group(1).split()
    if all(w[:1].isupper() for w in words) and len(words) > 1 or any(w.isupper() and len(w) > 1 for w in words[:1]):
        return quotes  # a name or an organisation ("Novo Nordisk:", "DSB:"), not a role
    short = len(label.group(1).split()) <= 4  # a longer label is a sentence, not a role to look up
    speaker = _repeated(first, body) or short and _introduced(text, label.group(1), body, line_end) or _most_quoted(body)
    if speaker is None:
        return quotes
    return [replace(first, speaker=speaker, speaker_start=label.start(1), speaker_end=label.end(1))] + quotes[1:]


def _repeated(first: Quote, body: list[Quote]) -> str | None:
    """The speaker of the body quotation holding the headline's words."""
    words = " ".join(_WORD.findall(first.text.lower()))
    for q in body:
        if words and words in " ".join(_WORD.findall(q.text.lower())):
            return q.speaker
    return None


def _introduced(text: str, label: str, body: list[Quote], line_end: int) -> str | None:
    """The first quoted person whose first mention in the body, in its sentence or the one before,
    has a word beginning with one of the label's words of four letters or more."""
    stems = [w.lower().rstrip("s'’") for w in _WORD.findall(label) if len(w) >= 4]
    firsts = sorted((text.find(name, line_end), name) for name in {q.speaker for q in body if q.speaker})
    for at, name in firsts:
        if at < 0:
            continue
        ends = [m.end() for m in _SENTENCE_END.finditer(text, line_end, at)]
        begin = ends[-2] if len(ends) > 1 else line_end
        stop = _SENTENCE_END.search(text, at)
        region = text[begin:stop.start() if stop else len(text)].lower()
        if any(w.startswith(stem) for w in _WORD.findall(region) for stem in stems):
            return name
    return None


def _most_quoted(body: list[Quote]) -> str | None:
    """The one the body quotes most: two quotes or more and more than anyone else."""
    ranked = Counter(q.speaker for q in body).most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]
