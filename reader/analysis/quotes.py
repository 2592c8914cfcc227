"""Quotes and their speakers: Danish dash paragraphs and quotation marks in both languages."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.analysis.gazetteer import FEMALE_NAMES, FIRST_NAMES
from reader.analysis.lexicon import DA_SAY, EN_SAY, PERSON_PRONOUNS
from reader.model import Entity, EntityLabel, Quote

_DASH = re.compile(r"[-–—]\s+")
_MARKS = re.compile(r"»[^»«\n]{1,3000}«|“[^“”\n]{1,3000}”|„[^„“”\"\n]{1,3000}[“”\"]|\"[^\"\n]{1,3000}\"")
_NAME = r"(?:[A-ZÆØÅÄÖÜÉ][\w'’.-]*(?:\s(?:[A-ZÆØÅÄÖÜÉ][\w'’.-]*|van|von|de|der|den)){0,4})"
_ROLE = r"(?:[a-zæøåäöüé]+,?\s){0,3}"  # "foreningens formand, Else Dahl"
_PRONOUN = r"(?:han|hun|he|she|they|de|vi|we)"
# An English role before the name: "the museum’s director, Fiona Brackley", "Hull's mayor, ...".
_EN_ROLE = r"(?:(?:[a-zæøåäöüé][\w’'-]*|[A-Z]\w*[’']s),?\s){0,5}"


def _say(words: frozenset[str]) -> str:
    return "(?i:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_DA_AFTER = re.compile(rf"[,?!]\s+(?:{_say(DA_SAY)})\s+(?:det\s+(?:fra\s+)?)?({_PRONOUN}\b|{_ROLE}{_NAME})")
_EN_PRONOUN = r"(?i:he|she|they|we)"
_EN_AFTER = re.compile(
    rf"\s*,?\s*(?:(?:{_say(EN_SAY)})\s+({_EN_PRONOUN}\b|{_NAME}|{_EN_ROLE}{_NAME})"
    rf"|({_EN_PRONOUN}|{_NAME}|{_EN_ROLE}{_NAME}|(?i:the|an?)\s[a-z]\w*)(?:,[^,\n]{{1,80}},)?\s+(?:{_say(EN_SAY)})\b)"
)
_DA_MARK_AFTER = re.compile(
    rf"\s*,?\s*(?:{_say(DA_SAY)})\s+(?:det\s+(?:fra\s+)?)?({_PRONOUN}\b|{_ROLE}{_NAME})"
)
# "According to police spokesman Dan Ortiz, "...", "Ifølge Lone Berg er sagen »...«": the same
# sentence, before the quotation.
_ACCORDING = re.compile(rf"(?:[Aa]ccording\s+to|[Ii]følge)\s+{_ROLE}({_NAME})[^.!?\n\"“»„]{{0,120}}$")
# A quotation that runs over several paragraphs opens each of them and closes only the last.
_OPENS = "“\"»„"
_CLOSES = "”\"«“"
_BEFORE = re.compile(
    rf"({_EN_PRONOUN}|(?i:han|hun)|{_NAME})\s+(?:{_say(EN_SAY | DA_SAY)})(?:\s+[a-zæøå][\w’'-]*){{0,14}}\s*[:,]?\s*$"
    # inverted, between the parts of a sentence: 'The council, said Akers, "has ignored ..."'
    rf"|(?:{_say(EN_SAY | DA_SAY)})\s+({_EN_PRONOUN}\b|(?i:han|hun)\b|{_NAME})\s*[:,]\s*$"
)


@dataclass
class _Found:
    start: int
    end: int
    mention: tuple[int, int] | None = None  # the attributing name or pronoun
    inherit: bool = False  # no attribution of its own


def _units(text: str) -> list[tuple[int, int]]:
    """Non-empty lines of ``text`` (paragraphs in wire copy), whitespace trimmed."""
    out: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        s, e = match.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _is_scare(inner: str, attributed: bool) -> bool:
    """A single quoted word, a short phrase or a title in quotation marks is not a quote."""
    words = inner.split()
    if attributed:
        return len(words) < 2
    if len(words) < 4:
        return True
    letters = [w for w in words if w[:1].isalpha()]
    titled = sum(1 for w in letters if w[0].isupper())
    return titled >= max(3, len(letters) - 1) and inner.rstrip()[-1:] not in ".!?,"


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t,":
        e -= 1
    return s, e


def _mention(text: str, match: re.Match, group: int, base: int) -> tuple[int, int]:
    """The name inside a role phrase: skip lower-case role words ("forsvarsminister Claus")."""
    s, e = match.span(group)
    s, e = s + base, e + base
    words = re.finditer(r"\S+", text[s:e])
    for word in words:
        if word.group()[0].isupper() or word.group().lower() in PERSON_PRONOUNS:
            return s + word.start(), e
    return s, e


def _dash_quotes(text: str, unit: tuple[int, int], language: str) -> list[_Found]:
    s, e = unit
    dash = _DASH.match(text, s, e)
    if not dash:
        return []
    start = dash.end()
    body = text[start:e]
    best = None
    for match in _DA_AFTER.finditer(body):
        best = match
    if best is not None and len(body) - best.end() < 160 and "\n" not in body[best.end():]:
        cut = best.start() + (1 if body[best.start()] in "?!" else 0)
        qs, qe = _trim(text, start, start + cut)
        return [_Found(qs, qe, _mention(text, best, 1, start))] if qe > qs else []
    en = None
    for match in re.finditer(rf",\s+(?:{_say(EN_SAY)})\s+({_NAME}|he|she)|,\s+({_NAME}|he|she)\s+(?:{_say(EN_SAY)})\b", body):
        en = match
    if en is not None and language == "en":
        group = 1 if en.group(1) else 2
        qs, qe = _trim(text, start, start + en.start())
        return [_Found(qs, qe, _mention(text, en, group, start))]
    qs, qe = _trim(text, start, e)
    return [_Found(qs, qe, None, True)] if qe > qs else []


def _mark_quotes(text: str, unit: tuple[int, int], language: str) -> list[_Found]:
    s, e = unit
    found: list[_Found] = []
    after_re = _DA_MARK_AFTER if language == "da" else _EN_AFTER
    for match in _MARKS.finditer(text, s, e):
        qs, qe = match.start() + 1, match.end() - 1
        inner = text[qs:qe]
        after = after_re.match(text, match.end(), min(e, match.end() + 200))
        before = _BEFORE.search(text, max(s, match.start() - 200), match.start())
        mention = None
        if after:
            group = 1 if after.group(1) else 2
            mention = _mention(text, after, group, 0)
        elif before:
            mention = _mention(text, before, 1 if before.group(1) else 2, 0)
        else:
            according = _ACCORDING.search(text, max(s, match.start() - 200), match.start())
            if according:
                mention = _mention(text, according, 1, 0)
        split = bool(found) and found[-1].mention is not None and qs - found[-1].end < 120
        if _is_scare(inner, mention is not None or split):
            continue
        qs, qe = _trim(text, qs, qe)
        if mention is None and split:
            found.append(_Found(qs, qe, found[-1].mention))
        else:
            found.append(_Found(qs, qe, mention, mention is None))
    return found


def find_quotes(text: str, language: str, entities: list[Entity]) -> list[Quote]:
    """Quotes in ``text`` with speakers resolved to the fullest names among ``entities``."""
    people = [ent for ent in entities if ent.label is EntityLabel.PER]
    raw: list[tuple[_Found, bool]] = []  # (quote, whether its paragraph is a dash quote)
    units = _units(text)
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        dash = _dash_quotes(text, unit, language) if text[unit[0]] in "-–—" else []
        if not dash and _open_paragraph(text, unit, following):
            qs, qe = _trim(text, unit[0] + 1, unit[1])
            dash = [_Found(qs, qe, None, True)] if qe > qs else []
        if dash:
            raw.extend((q, True) for q in dash)
        else:
            raw.extend((q, False) for q in _mark_quotes(text, unit, language))
    _inherit(raw, text)
    spans = _Spans([(q.start, q.end) for q, _ in raw])
    _fall_back(raw, text, people, spans)
    quotes = [_resolve(text, q, people, spans) for q, _ in raw]
    return sorted(quotes, key=lambda q: q.start)


def _open_paragraph(text: str, unit: tuple[int, int], following: tuple[int, int] | None) -> bool:
    """A paragraph that opens a quotation it never closes, and the next paragraph opens one too:
    the first part of a quotation that runs on over several paragraphs."""
    s, e = unit
    if following is None or text[s] not in _OPENS or text[following[0]] not in _OPENS:
        return False
    inner = text[s + 1:e]
    return not any(mark in inner for mark in _CLOSES) and len(inner.split()) >= 4


def _inherit(raw: list[tuple[_Found, bool]], text: str) -> None:
    """Unattributed quotes take the speaker of their neighbour in the same run of quotes.

    First the previous quote (a continuation), else the next attributed quote of the run
    ("- ...\n\n- ..., siger han."). Linear: one pass each way.
    """
    count = len(raw)
    linked = [k + 1 < count and _adjacent(text, raw[k][0].end, raw[k + 1][0].start) for k in range(count)]
    for k in range(1, count):
        quote, prev = raw[k][0], raw[k - 1][0]
        if quote.inherit and quote.mention is None and prev.mention is not None and linked[k - 1]:
            quote.mention = prev.mention
    following: tuple[int, int] | None = None
    for k in range(count - 1, -1, -1):
        quote = raw[k][0]
        if k + 1 < count and not linked[k]:
            following = None
        if quote.mention is not None:
            following = quote.mention
        elif quote.inherit and following is not None and (raw[k][1] or _same_line(text, quote.end, k, raw)):
            # Backwards only within a run of dash paragraphs or inside one paragraph: a quotation
            # in a paragraph of its own does not borrow the speaker of a later paragraph.
            quote.mention = following


def _same_line(text: str, end: int, k: int, raw: list[tuple[_Found, bool]]) -> bool:
    """Whether quote ``k`` (ending at ``end``) and the next one share a paragraph."""
    return k + 1 < len(raw) and "\n" not in text[end:raw[k + 1][0].start]


def _fall_back(raw: list[tuple[_Found, bool]], text: str, people: list[Entity], spans: "_Spans") -> None:
    """A dash quote still without a speaker: the person named in the narrative paragraph just
    before it ("Forsvarsminister X betegner det som ..."), else the speaker of the last quote.
    """
    last: tuple[int, int] | None = None
    for quote, dash in raw:
        if quote.mention is None and quote.inherit and dash:
            line_start, line_end = _previous_line(text, quote.start)
            if line_end > line_start and text[line_start] not in "-–—»«“„\"":
                quote.mention = _last_in(people, line_start, line_end, spans) or last
            else:
                quote.mention = last
        if quote.mention is not None:
            last = quote.mention


def _previous_line(text: str, pos: int) -> tuple[int, int]:
    """The non-blank line before the line holding ``pos`` (stripped), or an empty span."""
    end = text.rfind("\n", 0, pos)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip():
            return start + len(line) - len(line.lstrip()), start + len(line.rstrip())
        end = start - 1
    return 0, 0


def _last_in(people: list[Entity], start: int, end: int, spans: "_Spans") -> tuple[int, int] | None:
    """The span of the last person named in ``[start, end)`` outside quotes."""
    k = bisect.bisect_left(spans.people_starts(people), end)
    while k > 0 and people[k - 1].start >= start:
        k -= 1
        if not spans.covers(people[k].start):
            return people[k].start, people[k].end
    return None


def _adjacent(text: str, end: int, start: int) -> bool:
    """Whether only quote paragraphs' own attributions lie between two quotes (no narrative line)."""
    between = text[end:start]
    lines = [line.strip() for line in between.split("\n") if line.strip()]
    return all(line[:1] in "-–—»“„\"" or len(line) < 120 and line.startswith((",", "siger", "said")) for line in lines[1:]) and len(between) < 2000


def _resolve(text: str, quote: _Found, people: list[Entity], spans: "_Spans") -> Quote:
    """Build the Quote: the speaker is the canonical name of the mention (pronouns: last person)."""
    words = text[quote.start:quote.end]
    if quote.mention is None:
        return Quote(quote.start, quote.end, words)
    ms, me = quote.mention
    mention = text[ms:me]
    if mention.lower() in PERSON_PRONOUNS or mention.lower() in ("de", "they", "vi", "we"):
        female = mention.lower() in ("hun", "she")
        male = mention.lower() in ("han", "he")
        who = _last_person(people, ms, spans, female, male) or _last_person(people, ms, spans)
        return Quote(quote.start, quote.end, words, who, ms, me)
    k = bisect.bisect_left(spans.people_starts(people), ms)
    if k < len(people) and people[k].end <= me:
        ent = people[k]
        return Quote(quote.start, quote.end, words, ent.canonical, ent.start, ent.end)
    name = mention.strip(" .,")
    known = spans.names(people).get(name)
    if known:
        return Quote(quote.start, quote.end, words, known, ms, ms + len(name))
    return Quote(quote.start, quote.end, words, name or None, ms, ms + len(name))


class _Spans:
    """Sorted quote spans with a fast "is this offset inside a quote" test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self._people: list[int] | None = None

    def covers(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and self.spans[k][0] <= pos < self.spans[k][1]

    def names(self, people: list[Entity]) -> dict[str, str]:
        """Mention text and last name -> canonical name (first seen wins)."""
        if not hasattr(self, "_names"):
            table: dict[str, str] = {}
            for ent in people:
                table.setdefault(ent.text, ent.canonical)
                table.setdefault(ent.canonical.split()[-1] if ent.canonical.split() else "", ent.canonical)
            self._names = table
        return self._names

    def people_starts(self, people: list[Entity]) -> list[int]:
        if self._people is None:
            self._people = [ent.start for ent in people]
        return self._people


def _last_person(
    people: list[Entity], before: int, spans: _Spans, female: bool = False, male: bool = False
) -> str | None:
    """The canonical name of the last person mentioned before ``before``, outside quotes.

    ``female``/``male``: skip people whose first name says otherwise.
    """
    k = bisect.bisect_left(spans.people_starts(people), before)
    tries = 0
    while k > 0 and tries < 200:
        k -= 1
        tries += 1
        ent = people[k]
        if spans.covers(ent.start):
            continue
        first = ent.canonical.split()[0].lower() if ent.canonical.split() else ""
        is_female = first in FEMALE_NAMES
        if (female and not is_female and first in FIRST_NAMES) or (male and is_female):
            continue
        return ent.canonical
    return None
