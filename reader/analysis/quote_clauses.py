"""The person a clause names as a quotation's speaker: the last person in it (not the one told,
nor a firm after "of"), else a subject pronoun; and the subject of a sentence's first reporting
verb or the organisation a statement comes from, when the last verb names nobody; and the
initials inside a name, which end no sentence ("W. W. Rouse Ball")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.analysis.gazetteer import FIRST_NAMES
from reader.analysis.people import Speaker
from reader.analysis.speakers import owner_or_client, phrase
from reader.analysis.titles import title_run_before
from reader.model import Entity

if TYPE_CHECKING:
    from reader.analysis.attribution import Context

# The one spoken to, right before a name: "told his brother", "to the mayor".
_RECIPIENT = re.compile(
    r"\b(?:to|told|tells|telling|asked|asks|asking|informed|urged|reminded)\s+(?:(?:his|her|their|the|a|an|its|my|our)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}$"
)
# A name in apposition after a description: ", Pennine Link,", ", Hull Port Holdings,".
APPOSITION = re.compile(r"\s*,\s+([A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|&|the)\s+)?[A-Z][\w&'’.-]*){0,5}),\s*")
_OF_AFTER_NAME = re.compile(r",?\s+(?:of|at|from)\s+(?:the\s+)?")


# A described owner of what is said: "The mayor's response was blunt:", "My grandmother's rule was simple:" (quotes32).
_OWNER_SAYS = re.compile(
    r"\b((?:[Tt]he|[Aa]n?|[Mm]y|[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?:'s|’s)\s+(?:[a-z]+\s+)?"
    r"(?:response|reply|answer|verdict|message|words|advice|warning|reaction|explanation|retort|rule|motto)\b"
)
# A statement as the subject: "A statement from the operator, Western Isles Ferries, said".
_STATEMENT = re.compile(r"(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:\w+\s+)?(?:statement|press\s+release)\s+(?:from|by|issued\s+by)\s+")


def first_subject(ctx: Context, start: int, end: int) -> Speaker | None:
    """English reported speech whose last verb names no speaker: the organisation or person
    that is the subject of the sentence's first reporting verb ("The Civil Aviation Authority
    said it had asked the airport for "a full account""), or the one a statement comes from."""
    text = ctx.text
    first = ctx.before.search(text, start, end)
    if first is None:
        return None
    region_end = start + len(text[start:first.start()].rstrip(" ,"))
    statement = _STATEMENT.match(text, start, region_end)
    if statement is not None:
        org = ctx.people.org_in(statement.end(), region_end)
        named = APPOSITION.search(text, statement.end(), region_end + 1) if org is None else None
        if org is not None:
            return Speaker(org.start, org.end, "name", org.canonical)
        return Speaker(named.start(1), named.end(1), "name", named.group(1)) if named is not None else None
    subject = phrase(text, start, region_end, ctx.people, ctx.language)
    if subject is None or subject.kind != "name" or subject.end != region_end or text[start:subject.start].strip() not in ("", "The"):
        return None
    return subject


_GENITIVE_AFTER = re.compile(r"['’]s?\s+[a-z]")  # "Moss' paper", "Reed's report" (the mark after the name)
_GENITIVE_IN = re.compile(r"\s+[a-z]")  # the same with the mark inside the name ("Moss'")


def _genitive(text: str, person: Entity) -> bool:
    """Whether a name found in a clause is a possessor before a noun ("Moss' paper")."""
    if person.text.endswith(("'", "’", "'s", "’s")):
        return _GENITIVE_IN.match(text, person.end) is not None
    return _GENITIVE_AFTER.match(text, person.end) is not None

# A relative clause of the owner before the verb: the people named in it are not the subject.
_WHOSE = re.compile(r",\s+whose\s[^\"“”]{1,200}?,\s*$")


def person_in_clause(ctx: Context, start: int, end: int) -> Speaker | None:
    """The last person, or failing that a subject pronoun, named in ``[start, end)``."""
    people = ctx.people.last_people(start, end) or ctx.people.named_like_people(start, end)
    if ctx.language == "en":
        # The one spoken to is not the speaker: "His last words to his brother Alfred were:".
        people = [p for p in people if not _RECIPIENT.search(ctx.text, max(start, p.start - 60), p.start)]
    whose = _WHOSE.search(ctx.text, start, end) if ctx.language == "en" and len(people) > 1 else None
    if whose is not None and people[0].end <= whose.start():
        people = [p for p in people if p.end <= whose.start()]  # "Keith Barlow, whose wife Anne ..., said"
    affiliation = ""
    if len(people) > 1 and ctx.language == "en" and _OF_AFTER_NAME.fullmatch(ctx.text, people[-2].end, people[-1].start):
        # "Analyst Rob Kemp, of Sandgate Securities, said": the firm the name finder took for a person.
        affiliation = people.pop().text
    if people:
        person = people[-1]
        other = owner_or_client(ctx.text, start, end, person, ctx.people) if ctx.language == "en" else None
        if other is not None and other.kind == "description":
            # "Ann Lee, Tom Reed's lawyer, said" is Ann Lee; "A lawyer for Tom Reed said" the lawyer.
            earlier = people[-2] if len(people) > 1 else None
            if earlier is not None and re.fullmatch(r",\s+(?:the\s+|a\s+|an\s+)?", ctx.text[earlier.end:min(other.start, person.start)]):
                person = earlier
            else:
                return other
        elif other is not None:
            return other
        if ctx.language == "en" and len(people) > 1 and _genitive(ctx.text, person):
            person = people[-2]  # "Ann Lee read Tom Reed's paper and declared it": an owner is no subject
        return Speaker(person.start, person.end, "name", person.canonical, title_run_before(ctx.text, person.start), affiliation)
    pronoun = None
    for pronoun in re.finditer(r"\b(han|hun|he|she|they|de)\b", ctx.text[start:end], re.IGNORECASE):
        pass
    owner = _OWNER_SAYS.search(ctx.text, start, end) if pronoun is None and ctx.language == "en" else None
    if owner is not None and ctx.text[start:end].rstrip().endswith(":"):
        found = phrase(ctx.text, owner.start(1), owner.end(1), ctx.people, ctx.language)
        if found is not None and found.kind == "description":
            return found  # "The mayor's response was blunt:": the mayor
    if pronoun is None and ctx.text[start:end].rstrip().endswith(":"):
        # "His answer was short:", "Hendes svar var klart:": the owner speaks.
        pronoun = re.search(r"\b(his|her|their|hans|hendes|deres)\b", ctx.text[start:end], re.IGNORECASE)
    if pronoun is not None and (ctx.language == "en" or pronoun.group(1).islower() or pronoun.start() == 0):
        return Speaker(start + pronoun.start(), start + pronoun.end(), "pronoun")
    return None


_INITIAL = re.compile(r"(?:^|(?<=\s))(?:([A-ZÆØÅ]\.)|([\w'’-]+))\s+[A-ZÆØÅ]$")  # an initial or a word, then this one


def initial(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an initial inside a name: "W. W. Rouse Ball", "George
    W. Bush" (after another initial, a first name or "by"; not "Plan B. The")."""
    if not text[dot - 1:dot].isupper() or text[dot - 2:dot - 1].isalnum():
        return False
    if re.match(r"\.\s+[A-ZÆØÅ]\.", text[dot:dot + 6]):
        return True  # another initial follows
    before = _INITIAL.search(text, max(0, dot - 40), dot)
    return before is not None and (bool(before.group(1)) or before.group(2).lower() in FIRST_NAMES or before.group(2) in ("by", "af"))


# A subject, then a relative clause between commas, right before the reporting verb.
_RELATIVE = re.compile(r"\s*((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[A-Z])[^,\"“”]{0,80}?),\s+who\s[^\"“”]{1,200}?,\s*$")


def relative_subject(ctx: Context, start: int, end: int) -> Speaker | None:
    """"A senior official, who spoke on condition of anonymity because he was not authorised to
    speak, said": the subject before the relative clause, not a pronoun or name inside it."""
    match = _RELATIVE.fullmatch(ctx.text, start, end)
    if match is None:
        return None
    found = phrase(ctx.text, match.start(1), match.end(1), ctx.people, ctx.language)
    if found is None or found.kind not in ("name", "description") or found.end < match.end(1) - 1:
        return None
    return found
