"""English name forms of the ninth blind probe (probe22; run by ``forms22``).

- "Friends of the Freshney", "University of the Highlands and Islands": a body's head word, "of
  the" and capitalised words are one body;
- a title with a possessive inside the name ("King's College London", "Bishop's Stortford", "St
  Cuthbert's" after "St Cuthbert's Hospice"): one name, not "King" and "College London";
- a town joined by "-on-", "-upon-", "-next-the-" ("Stoke-on-Trent"): a place;
- "Patrick O'Keefe, 52, of Woodford Green": the words after the age and "of" are a place;
- "HM Coastguard": a body; "District Judge X": the person without the title.
"""

from __future__ import annotations

import re

from reader.analysis.spans22 import free_or_inside, overlapping, put

Span = tuple[int, int, str]
_CAP = r"[A-Z][\w'’-]*"
_HEADS = ("Friends|University|Museum|Church|Bank|Society|Order|Institute|Academy|Federation|Association|"
          "League|Union|Department|Ministry|Office|Commission|Council|College|School|Guild|Company|Trust")
_OF_THE = re.compile(rf"\b(?:{_HEADS}) of (?:the )?{_CAP}(?: (?:and |of (?:the )?|for |& )?{_CAP})*")
_TITLED = re.compile(
    rf"\b(?:St|Saint|King|Queen|Bishop|Lord|Lady|Prince|Princess)(?: [A-Z][a-z]+)?['’]s((?: {_CAP})+)")
_BODY_HEADS = frozenset(("college", "university", "hospital", "hospice", "school", "academy", "church", "cathedral",
                         "trust", "society", "club", "court", "centre", "center", "infirmary", "chapel", "foundation"))
_PLACE_HEADS = frozenset(("hall", "house", "park", "gardens", "road", "street", "lane", "square", "cross", "wood",
                          "green", "field", "fields", "bridge", "place", "gate", "common"))
_JOINED_TOWN = re.compile(r"\b[A-Z][a-z]+(?:-(?:on|upon|under|in|by|le|next|super|cum|with|the)){1,2}-[A-Z][a-z]+\b")
_TOWN_ENDS = frozenset(("sea", "water", "hill", "wold", "wolds", "marsh", "moor", "mare"))
_AGE_OF = re.compile(rf", \d{{1,3}}, (?:of|from) ({_CAP}(?: {_CAP}){{0,2}})(?=[,.;]| and )")
# Seats of government that stand for the government or parliament in them ("told Holyrood").
_SEATS = re.compile(r"\b(?:Holyrood|Westminster|Stormont|Whitehall|Downing Street)(?=['’]s |[ ,.;:][^A-Z]|[,.;:]?$)")
_NOUN_AFTER = re.compile(r" (?:parliament|politicians|politics|government|village|bridge|abbey|palace|council|"
                         r"system|elite|bubble|hall|school|station|road|area|estate|building|buildings)\b")
_PLACE_WORDS = frozenset("in at to from near outside into of on around across inside the through".split())
_JUDGES = ("District Judge ", "Deputy District Judge ", "Circuit Judge ", "High Court Judge ")


def english_forms(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """``spans`` (sorted) with the English probe22 forms applied."""
    spans = _of_the(text, spans)
    spans = _titled(text, spans, vocab)
    spans = _joined_towns(text, spans, vocab)
    spans = _age_of(text, spans)
    spans = _seats(text, spans)
    return _titles(text, spans)


def _of_the(text: str, spans: list[Span]) -> list[Span]:
    """"Friends of the Freshney": one body (reaching back over a found name that holds the head; a
    found place after "and" stays out: "the University of Birmingham and London")."""
    for m in _OF_THE.finditer(text):
        start, end = m.start(), m.end()
        if " of the " not in m.group(0) and m.group(0).split(" ")[0] != "Friends":
            continue  # ("University of Edinburgh": the tagger's own)
        for x in overlapping(spans, start, end):
            if x[2] == "LOC" and text[start:x[0]].endswith(" and ") and " of the " not in text[start:x[0]]:
                end = x[0] - 5
        before = [x for x in overlapping(spans, start, start + 1) if x[0] < start]
        if before:
            start = before[0][0]
        if free_or_inside(spans, start, end):
            spans = put(spans, (start, end, "ORG"))
    return spans


def _titled(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """A title's possessive inside a name: a body when a body's head word is in it, else a place of
    one more word that is no ordinary word ("Bishop's Stortford"); "St Cuthbert's" alone after "St
    Cuthbert's Hospice": the body."""
    for m in _TITLED.finditer(text):
        words = m.group(1).split()
        if words[-1].lower() in _PLACE_HEADS:
            label = "LOC"  # ("Bishop's Court Hall")
        elif any(w.lower() in _BODY_HEADS for w in words):
            label = "ORG"
        elif len(words) == 1 and vocab.get(words[0].lower()) not in ("L", "B") and words[0].isalpha():
            label = "LOC"
        else:
            continue
        if free_or_inside(spans, m.start(), m.end()):
            spans = put(spans, (m.start(), m.end(), label))
    bodies = {text[s:e] for s, e, label in spans if label == "ORG"}
    for name in bodies:
        cut = re.match(r"(?:St|Saint) [A-Z][a-z]+['’]s(?= )", name)
        if not cut:
            continue
        for m in re.finditer(re.escape(cut.group(0)) + r"(?![\w'’-])(?! [A-Z])", text):
            if free_or_inside(spans, m.start(), m.end()):
                spans = put(spans, (m.start(), m.end(), "ORG"))
    return spans


def _joined_towns(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """"Stoke-on-Trent": a place, unless inside a longer found name."""
    for m in _JOINED_TOWN.finditer(text):
        last = m.group(0).rpartition("-")[2].lower()
        if last not in _TOWN_ENDS and vocab.get(last) in ("L", "B"):
            continue  # ("Commander-in-Chief")
        if free_or_inside(spans, m.start(), m.end()):
            spans = put(spans, (m.start(), m.end(), "LOC"))
    return spans


def _age_of(text: str, spans: list[Span]) -> list[Span]:
    """", 52, of Woodford Green": a place (found as the same words or not found)."""
    for m in _AGE_OF.finditer(text):
        s, e = m.span(1)
        found = overlapping(spans, s, e)
        if not found or (len(found) == 1 and found[0][:2] == (s, e)):
            spans = put(spans, (s, e, "LOC"))
    return spans


def _seats(text: str, spans: list[Span]) -> list[Span]:
    """"told Holyrood that", "Westminster had agreed", "Stormont's minister": the body, not the place
    ("in Westminster", "the Westminster parliament" stay as they are)."""
    for m in _SEATS.finditer(text):
        before = text[max(0, m.start() - 12):m.start()].split()
        after = text[m.end():m.end() + 2]
        if (before and before[-1].lower() in _PLACE_WORDS) or (after[:1] == " " and after[1:2].isalpha()
                                                                and _NOUN_AFTER.match(text, m.end())):
            continue
        if free_or_inside(spans, m.start(), m.end()):
            spans = put(spans, (m.start(), m.end(), "ORG"))
    return spans


def _titles(text: str, spans: list[Span]) -> list[Span]:
    """"HM Coastguard": a body; "District Judge Felicity X": the person after the title."""
    out = []
    for s, e, label in spans:
        name = text[s:e]
        if name.startswith("HM ") and len(name) > 4:
            label = "ORG"
        for title in _JUDGES:
            if name.startswith(title) and len(name.split()) > len(title.split()):
                s, label = s + len(title), "PER"
                break
        out.append((s, e, label))
    return sorted(out)
