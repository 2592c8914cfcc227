"""English names that news forms show by the words around them (a blind probe of new stories,
probe9): teams in a result ("Harrowgate Town beat Stokesby Rovers 3-1", "drew 1-1 with Selby Road"),
a place after the word for its kind ("the market town of Thirsk"), a place before "-based"
("the Manchester-based company"), a firm's legal form in lower case ("Garland Hythe plc"), a force
named "Police" and its country ("Police Scotland"), a body named by an office's possessive ("the
Information Commissioner's Office") and a brand written in lower case that a kind of firm or a
spokesperson introduces ("the fitness app zoomfit", "a spokesperson for stitchly"), found again at
every mention. Works on the spans of ``names.find_names`` (English) after the other rules."""

from __future__ import annotations

import re

from reader.analysis.en_words import EN_GIVEN_NAMES, EN_VOCABULARY
from reader.analysis.span_set import SpanSet, mentions

Span = tuple[int, int, str]

_SCORE = r"\d{1,2}-\d{1,2}\b"
# A team before its result ("X beat Y 3-1", "X lost 4-2 at home to Y", "X won 2-0").
_RESULT_AFTER = re.compile(
    r"\s+(?:beat|defeated|edged|thrashed|hammered|drew|lost|won)\b[^.;:\n]{0,40}?\b" + _SCORE)
# A team after a result's verb ("beat Y 3-1") or after the score ("drew 1-1 with Y", "lost 2-0 to Y").
_BEAT = r"(?:beat|defeated|edged|thrashed|hammered)"
_LEAD = (r"\b(?:" + _BEAT + r"\s+"
         r"|(?:drew|draw|drawn)\s+" + _SCORE + r"\s+(?:with|against|at)\s+"
         r"|(?:lost|losing|won|winning)\s+" + _SCORE + r"\s+(?:at home |away )?(?:to|against|at)\s+)")
_RESULT_BEFORE = re.compile(_LEAD + "$")
_RESULT_LEAD = re.compile(_LEAD)
_SCORE_AFTER = re.compile(r"\s+" + _SCORE)
# The capitalised words of a team's name the tagger passed over ("Brigg Town Reserves").
_CAPITALS = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:&\s+)?[A-Z][\w'’-]*)*")
_KIND_OF_PLACE = re.compile(r"\b(?:town|village|city|hamlet|county|island|port|suburb|parish) of\s+$")
_CAPITALS_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’&-]*(?:\s+(?:&\s+)?[A-Z][\w'’&-]*)*$")
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*\s$")  # a mention inside a longer name: "Thirsk Road" or "North Thirsk"
_KIND_OF_PLACE_LEAD = re.compile(r"\b(?:town|village|city|hamlet|county|island|port|suburb|parish) of\s+")
_APPOSED = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}(?:firm|company|charity|retailer|brewery|bakery|business|supplier|"
    r"manufacturer|broker|consultancy|chain|works|mill|shop|developer|housebuilder|operator|start-?up)\b")
_BODY_LAST = re.compile(r"(?<=[a-z]) (?:Office|Exchange)$")
_FUNCTION = frozenset("the a an this that these those its their our his her my your".split())
_BASED = re.compile(r"\b(?:([A-Z][a-z]+)\s)?([A-Z][a-z]+)-(?:based|headquartered)\b")
_LEGAL = re.compile(r"\s(?:plc|ltd|llp)\b(?![-'’])")
_POLICE = re.compile(r"\bPolice\s+$")
_OFFICE = re.compile(r"['’]s\s+(?:Office|Department|Institute|Fund|Trust|Society|Foundation|Commission)\b")
_SPOKESPERSON = re.compile(r"\b(?:(?:spokesperson|spokesman|spokeswoman) for|a statement from) (?:the )?")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")  # (the look-behinds of the mentions searched below, by hand)
_BRAND_BEFORE = re.compile(r"[\w@./-]")
# A brand in lower case after the kind of firm it is or after a spokesperson "for" it.
_BRAND = re.compile(
    r"\b(?:app|platform|start-?up|brand|website|retailer|firm|company|service|site|spokesperson for"
    r"|spokesman for|spokeswoman for|a statement from)\s+([a-z][a-z0-9]{3,})\b(?![-'’]\w)")


def news_forms(text: str, spans: list[Span], vocab: dict[str, str] | None = None) -> list[Span]:
    """``spans`` with the forms above applied (sorted, non-overlapping)."""
    spans = sorted(spans)
    if any(map(str.isdigit, text)):
        spans = _results(text, spans)
    spans = _places_of_kind(text, [_apposed_kind(text, _place_or_force(text, x)) for x in spans])
    spans = _apposed_firms(text, spans) if ", a" in text else spans
    spans = _suffixes(text, spans)
    return _brands(text, _spokesperson_for(text, _based(text, spans)), vocab)


def _team_label(text: str, span: Span, other: Span | None) -> str:
    """ORG for a team's name; a person's name stays a person when its first word is a given name,
    when it is a lone word (a player's surname) or when the other side is a person too ("Novak
    Djokovic beat Andy Murray 6-3")."""
    s, e, label = span
    words = text[s:e].split()
    if label == "PER" and (len(words) == 1 or words[0].lower() in EN_GIVEN_NAMES or other and other[2] == "PER"):
        return label
    return "ORG"


def _results(text: str, spans: list[Span]) -> list[Span]:
    """Teams named by a result: the names before and after a result's verb and its score, and the
    capitalised words after it that the tagger passed over."""
    out = []
    for k, x in enumerate(spans):
        s, e, label = x
        if _RESULT_AFTER.match(text, e):
            label = _team_label(text, x, spans[k + 1] if k + 1 < len(spans) else None)
        elif _after_result(text, s, e):
            label = _team_label(text, x, spans[k - 1] if k else None)
        out.append((s, e, label))
    new = []
    taken = SpanSet(out)
    for m in _RESULT_LEAD.finditer(text):
        found = _CAPITALS.match(text, m.end())
        if not found or not _after_result(text, found.start(), found.end()):
            continue
        start, end = found.start(), found.end()
        if text[start:end].lower() in EN_VOCABULARY or taken.overlaps(start, end):
            continue
        new.append((start, end, "ORG"))
    return sorted(out + new) if new else out


def _after_result(text: str, start: int, end: int) -> bool:
    """A name after a result's lead: after "beat" only with the score after it."""
    lead = _RESULT_BEFORE.search(text, max(0, start - 40), start)
    return bool(lead) and (_SCORE_AFTER.match(text, end) is not None or not re.match(_BEAT, lead.group(0)))


def _places_of_kind(text: str, spans: list[Span]) -> list[Span]:
    """"the market town of Thirsk": a capitalised word the tagger passed over after the word for a
    kind of place and "of" (LOC), and the other mentions of the places so named."""
    new = []
    taken = SpanSet(spans)
    for m in _KIND_OF_PLACE_LEAD.finditer(text):
        found = _CAPITALS.match(text, m.end())
        if found and found.group(0).lower() not in EN_VOCABULARY and not taken.overlaps(found.start(), found.end()):
            new.append((found.start(), found.end(), "LOC"))
    named = {text[s:e] for s, e, label in spans if label == "LOC" and _KIND_OF_PLACE.search(text, max(0, s - 20), s)}
    taken = SpanSet(spans + new)  # and each added below (it overlaps none of them)
    for place in named | {text[a:b] for a, b, _ in new}:  # "the Appledore crew"
        for m in mentions(text, place, r"(?![\w-]|\s[A-Z])", before=_WORD_OR_HYPHEN):
            if not _inside_name(text, m.start()) and not taken.overlaps(m.start(), m.end()):
                new.append((m.start(), m.end(), "LOC"))
                taken.add(m.start(), m.end())
    return sorted(spans + new) if new else spans


def _inside_name(text: str, start: int) -> bool:
    """Whether a capitalised word that is no ordinary word stands right before ``start``."""
    before = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    word = before.group(0).strip().lower() if before else ""
    return bool(word) and word not in EN_VOCABULARY and word not in _FUNCTION


def _apposed_firms(text: str, spans: list[Span]) -> list[Span]:
    """The capitalised words before ", a family firm" that the tagger passed over (ORG)."""
    new = []
    taken = SpanSet(spans)
    for m in _APPOSED.finditer(text):
        before = _CAPITALS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if not before or taken.overlaps(before.start(), m.start()):
            continue
        words = before.group(0).split()
        if len(words) >= 2 and words[0].lower() not in _FUNCTION and not all(w.lower() in EN_VOCABULARY for w in words):
            new.append((before.start(), m.start(), "ORG"))
    return sorted(spans + new) if new else spans


def _apposed_kind(text: str, span: Span) -> Span:
    """"Hallside Interiors, a family firm based in Dunfermline": a name the kind of body after it in
    apposition names (ORG); a person's name whose first word is a given name stays a person."""
    s, e, label = span
    if label != "ORG" and _APPOSED.match(text, e) and not (
            label == "PER" and text[s:e].split()[0].lower() in EN_GIVEN_NAMES):
        return (s, e, "ORG")
    return span


def _place_or_force(text: str, span: Span) -> Span:
    """"the town of Thirsk": a place; "Police Scotland": a force; "the Met Office", "the London
    Stock Exchange": a body."""
    s, e, label = span
    if label != "ORG" and _BODY_LAST.search(text, s, e):
        return (s, e, "ORG")
    if label != "LOC" and _KIND_OF_PLACE.search(text, max(0, s - 20), s):
        return (s, e, "LOC")
    police = _POLICE.search(text, max(0, s - 10), s)
    if label == "LOC" and police and " " not in text[s:e]:
        return (police.start(), e, "ORG")
    if label == "LOC" and text.startswith("Police ", s) and " " not in text[s + 7:e]:
        return (s, e, "ORG")
    return span


def _suffixes(text: str, spans: list[Span]) -> list[Span]:
    """A legal form in lower case after a name, and an office after an organisation's possessive,
    belong to the name (ORG); a name the office's head word was found as alone is dropped."""
    out: list[Span] = []
    for s, e, label in spans:
        if out and out[-1][1] > s:
            continue  # taken by the name before it
        legal = _LEGAL.match(text, e)
        office = _OFFICE.match(text, e) if label == "ORG" else None
        if legal:
            e, label = legal.end(), "ORG"
        elif office:
            e = office.end()
        out.append((s, e, label))
    return out


def _based(text: str, spans: list[Span]) -> list[Span]:
    """"the Manchester-based company": the place before "-based" (LOC), when no name holds it."""
    new = []
    taken = SpanSet(spans)
    for m in _BASED.finditer(text):
        first = (m.group(1) or "the").lower()
        start = m.start(1) if first not in EN_VOCABULARY and first not in _FUNCTION else m.start(2)
        if text[start:m.end(2)].lower() not in EN_VOCABULARY and not taken.overlaps(start, m.end()):
            new.append((start, m.end(2), "LOC"))
    return sorted(spans + new) if new else spans


def _spokesperson_for(text: str, spans: list[Span]) -> list[Span]:
    """"A spokesperson for Unite said": the capitalised words after it the tagger passed over (ORG)."""
    new = []
    taken = SpanSet(spans)
    for m in _SPOKESPERSON.finditer(text):
        found = _CAPITALS.match(text, m.end())
        if found and not taken.overlaps(found.start(), found.end()) and (
                found.group(0).lower() not in EN_VOCABULARY and found.group(0).lower() not in _FUNCTION):
            new.append((found.start(), found.end(), "ORG"))
    return sorted(spans + new) if new else spans


def _brands(text: str, spans: list[Span], vocab: dict[str, str] | None) -> list[Span]:
    """A lower-case brand that is no English word, after its kind or its spokesperson, mentioned
    twice at least, and every mention of it (ORG)."""
    brands = set()
    places: dict[str, list[re.Match]] = {}  # each word's mentions, found once
    for m in _BRAND.finditer(text):
        word = m.group(1)
        if word in EN_VOCABULARY or word in (vocab or {}) or word.endswith(("ing", "ed", "s")):
            continue
        if word not in places:  # (the word is letters and digits: the same as the pattern)
            places[word] = list(mentions(text, word, r"(?![\w@/+-]|\.\w)", before=_BRAND_BEFORE))
        if len(places[word]) >= 2:
            brands.add(word)
    if not brands:
        return spans
    new = []
    taken = SpanSet(spans)
    for brand in brands:
        for m in places[brand]:
            if not taken.overlaps(m.start(), m.end()):
                new.append((m.start(), m.end(), "ORG"))
    return sorted(spans + new) if new else spans
