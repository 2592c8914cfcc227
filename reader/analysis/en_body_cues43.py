"""English: a name after "a spokesperson for", "shares in", "staff at" ... is a body, at every
mention in the article (issue 16: "one name, one type, per article"; stop 43); a name between
"its" and "works" is a place (``sites``).

"Severn Trent has been fined ... A spokesperson for Severn Trent said": the tagger typed the water
company a person twice (two words shaped like a name) and cut its first mention at the sentence's
opening ("Trent"). A name right after such a cue is an organisation unless its first word is a
known given name or a title ("a spokesman for Prince Harry"), and so is every other mention of it:
a found name written the same is retyped, one that covers only part of a mention ("Trent" of
"Severn Trent has") is widened to the whole, and a mention nobody found is added. Not a name the
text writes as a person's surname ("Boris Johnson ... a spokesman for Johnson", "Mrs Morrison":
attack31).
"""

from __future__ import annotations

import re

from reader.analysis.gazetteer import FIRST_NAMES
from reader.analysis.titles import is_title_word

Span = tuple[int, int, str]

ON = True
_LITERALS = ("spokes", "statement from", "executive of", "director of", "boss", "staff at", "workers at",
             "employees of", "customers of", "shares in", "shareholders", "owner of", "owned by", "subsidiary of")
_CUE = re.compile(
    r"(?:\bspokes(?:person|man|woman) for|\bstatement from|\bchief executive of|\bmanaging director of|\bboss(?:es)? (?:of|at)"
    r"|\bstaff at|\bworkers at|\bemployees of|\bcustomers of|\bshares in|\bshareholders (?:of|in)|\bowner of|\bowned by"
    r"|\bsubsidiary of)\s+$"
)


_SITE = re.compile(r"\s+(?:works|plant|site|factory|depot|mine|refinery|warehouse|terminal|smelter|mill|facility|"
                   r"power station|treatment works|sewage works|distribution centre|distribution center)\b")
_OWNER = re.compile(r"\b(?:its|their|the|a|his|her|our)\s+$", re.IGNORECASE)


_VENUE_HEADS = frozenset("Park Stadium Arena Ground Gardens Road Street Lane Avenue Square".split())
_AT = re.compile(r"\b(?:at|in|near|outside|inside|from|to|into|around|across)\s+$")


def sites(text: str, spans: list[Span], evidence: dict[tuple[int, int], tuple[float, ...]] | None = None) -> list[Span]:
    """A person's name between "its"/"the" and a works' noun is the place of the site ("at its Stoke
    Bardolph works", "the Teesside plant"), not a person; so is one of two words or more after
    "at"/"in"/"near" ... whose last word is a venue's or a street's ("at Victoria Park": the rules
    read "Victoria" as a given name)."""
    if ON and any(" " + head in text for head in _VENUE_HEADS):
        spans = _venues(text, spans, evidence)
    if not ON or not any(w in text for w in (" works", " plant", " site", " factory", " depot", " mine", " refinery",
                                             " warehouse", " terminal", " smelter", " mill", " facility", " station",
                                             " centre", " center")):
        return spans
    out = []
    for s, e, label in spans:
        if label == "PER" and _SITE.match(text, e) and _OWNER.search(text, max(0, s - 8), s):
            label = "LOC"
            if evidence is not None:
                evidence.pop((s, e), None)
        out.append((s, e, label))
    return out


def _venues(text: str, spans: list[Span], evidence: dict | None) -> list[Span]:
    out = []
    for s, e, label in spans:
        name = text[s:e]
        if label == "PER" and " " in name and name.rpartition(" ")[2] in _VENUE_HEADS and _AT.search(text, max(0, s - 10), s):
            label = "LOC"
            if evidence is not None:
                evidence.pop((s, e), None)
        out.append((s, e, label))
    return out


# A department named by its portfolios, the last joined by "and": "the Department for Environment,
# Food and Rural Affairs" (was cut at the first comma).
_PORTFOLIOS = re.compile(r"(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)+,? and [A-Z][a-z]+(?: [A-Z][a-z]+)?")
_DEPARTMENT = re.compile(r"(?:Department|Ministry|Secretary of State|Minister) (?:for|of) [A-Z]")


def departments(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a department's name widened over its list of portfolios (see above)."""
    if not ON or "Department " not in text and "Ministry " not in text and "Minister " not in text and "State for" not in text:
        return spans
    out: list[Span] = []
    reach = -1
    for s, e, label in spans:
        if s < reach:
            continue  # (a portfolio the department's name now holds: "Culture", "Media and Sport")
        if label == "ORG" and _DEPARTMENT.match(text, s) and (m := _PORTFOLIOS.match(text, e)):
            if not any(x[0] < m.end() < x[1] for x in spans):
                e, reach = m.end(), m.end()
        if label == "ORG" and " and the " in text[s:e]:
            left, _, right = text[s:e].partition(" and the ")
            if left.rsplit(" ", 1)[-1] in _HEADS and right.rsplit(" ", 1)[-1] in _HEADS:
                out.append((s, s + len(left), "ORG"))  # "the Ministry of Defence and the Home Office": two
                s = e - len(right)
        out.append((s, e, label))
    return out


_HEADS = frozenset("""Office Treasury Ministry Department Agency Council Commission Police Service Board Authority Bank
    Court Defence Justice Health Education Transport Affairs Executive Government Parliament Senate Congress""".split())


def body_cues(text: str, spans: list[Span], evidence: dict[tuple[int, int], tuple[float, ...]] | None = None) -> list[Span]:
    """``spans`` with the names after a body's cue, and their other mentions, typed ORG (and the
    typer's scores of those mentions dropped from ``evidence``: the cue decides their group's type)."""
    if not ON or not spans or not any(cue in text for cue in _LITERALS):
        return spans
    bodies = set()
    for s, e, label in spans:
        if label == "PER" and _CUE.search(text, max(0, s - 40), s):
            name = text[s:e]
            first = name.split()[0]
            if first.lower() not in FIRST_NAMES and not is_title_word(first):
                bodies.add(name)
    bodies = {name for name in bodies if not _surname(text, spans, name)}
    if not bodies:
        return spans
    whole = sorted({(m.start(), m.end()) for name in bodies
                    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text)})
    out = list(spans)
    for a, b in whole:
        inside = [x for x in out if x[0] < b and a < x[1]]
        if any(x[0] < a or x[1] > b for x in inside):
            continue  # a longer name holds it ("Severn Trent Water")
        out = [x for x in out if x not in inside] + [(a, b, "ORG")]
        if evidence is not None:
            evidence.pop((a, b), None)
    return sorted(out)


_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?\s+$")


def _surname(text: str, spans: list[Span], name: str) -> bool:
    """Whether the text writes ``name`` as a person's surname: at the end of a longer name found a
    person ("Boris Johnson ... a spokesman for Johnson") or after an honorific ("Mrs Morrison")."""
    if any(label == "PER" and text[s:e].endswith(" " + name) for s, e, label in spans):
        return True
    return any(_HONORIFIC.search(text, max(0, m.start() - 6), m.start())
               for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text))
