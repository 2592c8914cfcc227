"""Danish dash turns after a narrative paragraph whose subject is someone's family member
(quotesda20): "- Jeg vil ikke bage hver nat, siger Mads Lund." / "Hans mor smiler." / "- Det
forstår jeg godt." is the mother's turn, not Mads Lund's again."""

from __future__ import annotations

import re

from reader.analysis.people import Speaker

# "Hans mor smiler.", "Hendes far nikker langsomt.": a possessive, a family word, a verb.
_KIN_SUBJECT = re.compile(
    r"\s*(Hans|Hendes|Deres)\s+(mor|far|søster|bror|søn|datter|kone|mand|farmor|farfar|mormor|morfar|onkel|moster|faster)"
    r"\s+[a-zæøå]+[^\"»«:\n.!?,]{0,60}[.!]\s*$"  # one short sentence, no clause of saying
)
# The family word the other way round: the mother of a son is named as "Hendes søn, X".
_CHILD = {"mor": "søn datter", "far": "søn datter", "søn": "mor far", "datter": "mor far", "søster": "søster bror",
          "bror": "søster bror", "kone": "mand", "mand": "kone"}


def kin_turn(ctx, start: int, end: int, last: Speaker | None) -> Speaker | None:
    """The speaker of a Danish dash turn with no attribution after the narrative paragraph
    ``[start, end)``: when it is about a family member ("Hans mor smiler."), the one named so
    ("hans mor, Karen Lund", or "Karen Lund ... Hendes søn, Mads Lund" for the last speaker Mads
    Lund), else the description; otherwise ``last``, the speaker of the turn before."""
    if ctx.language != "da":
        return last
    text = ctx.text
    match = _KIN_SUBJECT.fullmatch(text, start, end)
    if match is None:
        return last
    word = match.group(2)
    people = ctx.people
    for named in re.finditer(rf"\b(?:hans|hendes|deres)\s+{word},\s+", text[:start], re.IGNORECASE):
        person = people.person_in(named.end(), named.end() + 1)
        if person is not None and (last is None or person.canonical != last.name):
            return Speaker(person.start, person.end, "name", person.canonical)  # "hans mor, Karen Lund"
    if last is not None and last.name:
        for other in _CHILD.get(word, "").split():
            for named in re.finditer(rf"\b(?:Hans|Hendes|Deres)\s+{other},\s+", text[:start]):
                person = people.person_in(named.end(), named.end() + 1)
                if person is None or person.canonical != last.name:
                    continue
                before = [p for p in people.last_people(max(0, named.start() - 300), named.start()) if p.canonical != last.name]
                if before:  # "Karen Lund har drevet bageriet. Hendes søn, Mads Lund, er kok."
                    return Speaker(before[-1].start, before[-1].end, "name", before[-1].canonical)
    return Speaker(match.start(1), match.end(2), "description")
