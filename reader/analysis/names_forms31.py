"""Name forms of ordinary wire copy that probe31 met (docs/log/probe31.md).

English, each gated on a literal test of the text:
- a detective constable's rank read into the name ("Det Con Ann Lee" as "Con Ann Lee"): "Con " is
  cut off a person's name after "Det ". Gate: "Det Con ".
- a body's short form before "spokesperson" ("An RSPCA spokesperson said"): two to six capitals
  after "a"/"an"/"the" and before "spokesperson"/"spokesman"/"spokeswoman" are a body. Gate: "spokes".
- a league typed a place or a person ("League Two", "National League"): a name ending in
  "League" is a body. Gate: "League".
- a score line ("Halford United 2-1 Crewe Alexandra"): the names either side of "N-M" on the line
  are bodies, and a name of the line typed a person elsewhere is the club too. Gate: a digit, "-"
  and a digit.
- a player after "Substitute" ("Substitute Reece Tollerton-Pybus made it 3-1"): two capitalised
  words (either hyphenated) after "substitute" and before a lower-case word are a person. Gate:
  "ubstitute ".
- a place named "A and B" ("Brighton and Hove"): when the text names "A and B Council" (or "City",
  "County", "Borough", "District" Council), a bare "A and B" is one place, not two. Gate: " and "
  and "Council".
Danish:
- a European road ("motorvejen E45", "på E20"): "E" and two digits is a place. Gate: the regex.
- a person after a role word typed a body ("advokat Bjarke Solgaard Glerup"): a name of two or
  three plain capitalised words right after a person's role is a person. Gate: the role words.
- a known given name left outside the person after it ("i Sydbank Lone Kølbæk Trolle" as "Kølbæk
  Trolle"): the given name is read into the person. Gate: a person span.
"""

from __future__ import annotations

import re

from reader.analysis.gazetteer import FIRST_NAMES, ORG_HEADS

Span = tuple[int, int, str]
Evidence = dict[tuple[int, int], tuple[float, ...]]
ON = True

_SPOKES = re.compile(r"\b(?:[Aa]n?|[Tt]he) ([A-Z]{2,6}) spokes(?:person|man|woman)\b")
_SUBSTITUTE = re.compile(r"(?<![\w-])[Ss]ubstitute ([A-Z][a-z']+(?:-[A-Z][a-z']+)? [A-Z][a-z']+(?:-[A-Z][a-z']+)?)(?= [a-z])")
_SCORE = re.compile(r"(?<![\w.-])\d{1,2}-\d{1,2}(?![\w.-])")
_COUNCIL = re.compile(r"([A-Z][\w-]*(?: [A-Z][\w-]*)?) and ([A-Z][\w-]*(?: [A-Z][\w-]*)??)"
                      r"(?: City| County| Borough| District)? Council$")


def _free(spans: list[Span], s: int, e: int) -> bool:
    return not any(a < e and s < b for a, b, _label in spans)


def _retyped(old: list[Span], new: list[Span], evidence: Evidence | None) -> list[Span]:
    """``new``, with the typer's scores of every span whose type changed dropped from ``evidence``
    (the rule decides its group's vote, as ``en_body_cues43`` does)."""
    if evidence is not None:
        for a, b in zip(old, new):
            if a != b:
                evidence.pop(a[:2], None)
    return new


def _score_lines(text: str, spans: list[Span]) -> list[Span]:
    """The names either side of a score on one line, and their mentions typed a person, bodies."""
    clubs: set[str] = set()
    out = list(spans)
    for m in _SCORE.finditer(text):
        before = [k for k, (s, e, _l) in enumerate(out) if e == m.start() - 1 and text[e:m.start()] == " "]
        after = [k for k, (s, e, _l) in enumerate(out) if s == m.end() + 1 and text[m.end():s] == " "]
        if not (before and after):
            continue
        for k in before + after:
            s, e, _label = out[k]
            out[k] = (s, e, "ORG")
            clubs.add(text[s:e])
    if not clubs:
        return spans
    return [(s, e, "ORG") if label == "PER" and text[s:e] in clubs else (s, e, label) for s, e, label in out]


def _joined_places(text: str, spans: list[Span]) -> list[Span]:
    """A bare "A and B" of a council "A and B Council" as one place."""
    names = {m.group(0)[: m.end(2) - m.start(0)] for s, e, label in spans if label == "ORG"
             and (m := _COUNCIL.search(text[s:e])) is not None and m.start() == 0}
    out = list(spans)
    for name in names:
        for m in re.finditer(re.escape(name) + r"(?![\w-])", text):
            inside = [sp for sp in out if sp[0] < m.end() and m.start() < sp[1]]
            if inside and all(sp[2] == "LOC" and m.start() <= sp[0] and sp[1] <= m.end() for sp in inside):
                out = [sp for sp in out if sp not in inside] + [(m.start(), m.end(), "LOC")]
    return sorted(out)


def english(text: str, spans: list[Span], evidence: Evidence | None = None) -> list[Span]:
    """``spans`` with probe31's English forms applied."""
    if not ON:
        return spans
    if "Det Con " in text:
        spans = [(s + 4, e, label) if label == "PER" and text.startswith("Con ", s) and text[max(0, s - 4):s] == "Det "
                 else (s, e, label) for s, e, label in spans]
    if "spokes" in text:
        added = [(m.start(1), m.end(1), "ORG") for m in _SPOKES.finditer(text) if _free(spans, m.start(1), m.end(1))]
        spans = sorted(spans + added) if added else spans
    if "ubstitute " in text:
        added = [(m.start(1), m.end(1), "PER") for m in _SUBSTITUTE.finditer(text) if _free(spans, m.start(1), m.end(1))]
        spans = sorted(spans + added) if added else spans
    if "League" in text:
        spans = _retyped(spans, [(s, e, "ORG") if label != "ORG" and text[s:e].endswith(" League") or text[s:e] in ("League One", "League Two")
                 else (s, e, label) for s, e, label in spans], evidence)
    if "-" in text and _SCORE.search(text):
        spans = _retyped(spans, _score_lines(text, spans), evidence)
    if " and " in text and "Council" in text:
        spans = _joined_places(text, spans)
    return spans


_EROAD = re.compile(r"(?<![\w-])E\d{2}(?![\w-])")
_DA_ROLE = re.compile(r"(?:advokat|forsvarer|anklager|dommer|advokaten|forsvareren|anklageren|dommeren|"
                      r"analytiker|direktør|formand|borgmester|chef|ordfører|talsmand|talskvinde|redaktør|professor) $",
                      re.IGNORECASE)
_PLAIN = re.compile(r"[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?")
_GIVEN_BEFORE = re.compile(r"(?<![\w-])([A-ZÆØÅ][a-zæøå]+) $")


def _role_person(text: str, s: int, e: int) -> bool:
    words = text[s:e].split(" ")
    if not 2 <= len(words) <= 3 or not all(_PLAIN.fullmatch(w) for w in words):
        return False
    if any(w.lower() in ORG_HEADS for w in words):
        return False
    return _DA_ROLE.search(text, max(0, s - 12), s) is not None  # also "forsvarsadvokat", "chefanalytiker"


def danish(text: str, spans: list[Span], evidence: Evidence | None = None) -> list[Span]:
    """``spans`` with probe31's Danish forms applied."""
    if not ON:
        return spans
    out = []
    for s, e, label in spans:
        if label == "ORG" and _role_person(text, s, e):
            label = "PER"  # "advokat Bjarke Solgaard Glerup": the lawyer, no firm
            if evidence is not None:
                evidence.pop((s, e), None)
        if label == "PER":
            given = _GIVEN_BEFORE.search(text, max(0, s - 20), s)
            if given and given.group(1).lower() in FIRST_NAMES and _free(spans, given.start(1), s - 1):
                s = given.start(1)  # "Sydbank Lone Kølbæk Trolle": "Lone" is hers
        out.append((s, e, label))
    if "E" in text:
        added = [(m.start(), m.end(), "LOC") for m in _EROAD.finditer(text) if _free(out, m.start(), m.end())]
        out = sorted(out + added) if added else out
    return out
