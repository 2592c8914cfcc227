"""Quotes and their speakers: Danish dash paragraphs, quotation marks in both languages, interviews."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.analysis.gazetteer import FEMALE_NAMES, FIRST_NAMES
from reader.analysis.quote_marks import Pair, mark_pairs
from reader.analysis.speakers import (
    PLURAL, People, Speaker, after_verb, phrase, resolve_description, speech_verbs, verb_pattern,
)
from reader.model import Entity, Quote

_DASH = re.compile(r"[-–—]\s+")
_MARKS = re.compile(r"[»«„“”\"]")
_PRONOUN_WORDS = ("han", "hun", "he", "she", "de", "they", "vi", "we", "jeg", "i")
# Words that make a quotation inside a sentence a partial quote of what someone said or wrote.
_PARTIAL_VERBS = frozenset(
    "kalder kaldte betegner betegnede beskriver beskrev called calls describes described describing"
    " calling dubbed labelled labeled".split()
)
_FUNCTION = frozenset("of the a an and to in on for with at by from og i på med til af for fra en et den det de".split())
_OPENS = "“\"»„"
_ADVERBS = frozenset("himself herself themselves also then later again still further once selv også senere igen".split())
_TITLE_BY = re.compile(r",?\s+(?:by|af)\s+\S")
_PASSIVE = re.compile(r"\b(?:been|was|were|is|are|be|being|blev|bliver)\s+$")
_BYLINE = re.compile(r"(?:Af|By|Skrevet af|Written by)\s+[A-ZÆØÅ][^\n]{0,70}$")
_QA_LABEL = re.compile(r"([A-ZÆØÅ][\w.'’-]*(?:\s[A-ZÆØÅ][\w.'’-]*){0,3}):\s+(?=\S)")
_ANSWER = frozenset(("A", "Svar", "Answer"))
_QUESTION = frozenset(("Q", "Spørgsmål", "Question", "Interviewer", "Journalist"))


@dataclass
class _Found:
    start: int
    end: int
    speaker: Speaker | None = None  # the attributing name, pronoun or description
    inherit: bool = False  # no attribution of its own
    kind: str = "full"


class _Context:
    """Per-text lookups: verbs of the language, people, quote spans."""

    def __init__(self, text: str, language: str, entities: list[Entity]) -> None:
        self.text = text
        self.language = "da" if language == "da" else "en"
        self.people = People(entities)
        verbs = speech_verbs(self.language)
        self.verbs = verbs
        say = verb_pattern(verbs)
        self.after = re.compile(rf"\s*,?\s*({say})\b")
        self.dash_after = re.compile(rf"[,?!]\s+({say})\b")
        self.en_subject = re.compile(rf"\s*,?\s*([^\s\"“”»«.!?][^\"“”»«\n.!?]{{0,70}}?)\s+({say})\b")
        self.before = re.compile(rf"\b({say})\b")
        self.partial = re.compile(rf"\b({verb_pattern(verbs | _PARTIAL_VERBS)})\b|\b(?:at|that)\s*$")
        self.according = re.compile(
            r"(?:[Aa]ccording\s+to|[Ii]følge|[Ii]n\s+the\s+(?:\w+\s+)?words\s+of|[Mm]ed\s+\w+\s+ord\s+fra)\s+"
        )
        self.left_open = False  # the last paragraph read left a quotation open
        self.byline = [m.span() for m in re.finditer(r"(?m)^" + _BYLINE.pattern, text)]
        self.byline_starts = [b[0] for b in self.byline]
        self.interviewee: str | None = None
        self.interviewee_known = False


def find_quotes(text: str, language: str, entities: list[Entity]) -> list[Quote]:
    """Quotes in ``text`` with speakers resolved to the fullest names among ``entities``."""
    ctx = _Context(text, language, entities)
    raw: list[tuple[_Found, bool]] = []  # (quote, whether its paragraph is a dash quote or opens a run)
    units = _units(text)
    bridged, closes = _runs_on(text, units)
    continuing = False
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        if _in_byline(ctx, unit[0]):
            continue
        if index in bridged:
            # The middle of a quotation that a later paragraph closes, without marks of its own.
            raw.append((_Found(unit[0], unit[1], None, True), True))
            continuing = True
            continue
        qa = _interview(ctx, unit)
        if qa is not None:
            raw.extend((q, False) for q in qa)
            continue
        dash = _dash_quotes(ctx, unit) if text[unit[0]] in "-–—" and not _list_item(text, unit) else []
        if dash:
            raw.extend((q, True) for q in dash)
            continuing = False
            continue
        closed_later = index + 1 in bridged or index + 1 in closes
        found = _mark_quotes(ctx, unit, continuing or index in closes, closed_later)
        run = following is not None and (text[following[0]] in _OPENS or ctx.left_open)
        raw.extend((q, run and q.end >= unit[1] - 1 and q.start <= unit[0] + 1) for q in found)
        continuing = ctx.left_open
    _inherit(raw, text)
    spans = _Spans([(q.start, q.end) for q, _ in raw])
    _fall_back(ctx, raw, spans)
    quotes = [_resolve(ctx, q, spans) for q, _ in raw]
    return sorted(quotes, key=lambda q: q.start)


def _runs_on(text: str, units: list[tuple[int, int]]) -> tuple[set[int], set[int]]:
    """Quotations over several paragraphs whose middle paragraphs carry no marks: the indexes of
    those middle paragraphs, and of the paragraphs that close such a quotation. A paragraph leaves
    a quotation open when it has an odd number of straight quotes or more openers than closers;
    a later paragraph (within five) whose first mark closes it ends the run."""
    bridged: set[int] = set()
    closes: set[int] = set()
    for index, (s, e) in enumerate(units):
        marks = _MARKS.findall(text, s, e)
        if not marks or not _leaves_open(marks):
            continue
        for j in range(index + 1, min(len(units), index + 6)):
            later = _MARKS.findall(text, units[j][0], units[j][1])
            if not later:
                continue
            if later[0] in "«”" or (later[0] == "\"" and later.count("\"") % 2 == 1):
                if text[units[j][0]] not in _OPENS:
                    bridged.update(range(index + 1, j))
                    closes.add(j)
            break
    return bridged, closes


def _leaves_open(marks: list[str]) -> bool:
    """Whether the marks of a paragraph leave a quotation open at its end."""
    if "\"" in marks:
        return marks.count("\"") % 2 == 1
    return sum(m in "»„" for m in marks) > sum(m in "«" for m in marks) or (
        marks.count("“") > marks.count("”") and "„" not in marks
    )


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


def _in_byline(ctx: _Context, pos: int) -> bool:
    k = bisect.bisect_right(ctx.byline_starts, pos) - 1
    return k >= 0 and ctx.byline[k][0] <= pos < ctx.byline[k][1]


def _list_item(text: str, unit: tuple[int, int]) -> bool:
    """A dash line directly above or below another dash line (no blank line between), neither
    ending like a sentence: a list item ("- mælk og brød"), not a dash quote."""
    s, e = unit
    if text[e - 1] in ".!?…»«”\"":
        return False
    before = text.rfind("\n", 0, max(0, s - 1))
    prev_line = text[before + 1:s - 1] if s > 0 and text[s - 1] == "\n" else ""
    nxt = text[e + 1:text.find("\n", e + 1) if text.find("\n", e + 1) >= 0 else len(text)] if text[e:e + 1] == "\n" else ""
    return any(
        line.lstrip()[:2] in ("- ", "– ", "• ") and line.rstrip()[-1:] not in ".!?…»«”\""
        for line in (prev_line, nxt) if line.strip()
    )


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t,":
        e -= 1
    return s, e


def _dash_quotes(ctx: _Context, unit: tuple[int, int]) -> list[_Found]:
    text = ctx.text
    s, e = unit
    dash = _DASH.match(text, s, e)
    if not dash:
        return []
    start = dash.end()
    best = None
    for match in ctx.dash_after.finditer(text, start, e):
        if e - match.end() < 160:
            speaker = after_verb(text, match.end(), e, ctx.people, ctx.language)
            if speaker is not None:
                best = (match, speaker)
    if best is not None:
        match, speaker = best
        cut = match.start() + (1 if text[match.start()] in "?!" else 0)
        qs, qe = _trim(text, start, cut)
        return [_Found(qs, qe, speaker)] if qe > qs else []
    if ctx.language == "en":
        subject = re.search(rf",\s+([^,\n]{{1,60}}?)\s+({verb_pattern(ctx.verbs)})\b[^,\n]{{0,40}}$", text[start:e])
        if subject:
            speaker = phrase(text, start + subject.start(1), start + subject.end(1), ctx.people, "en")
            if speaker is not None:
                qs, qe = _trim(text, start, start + subject.start())
                return [_Found(qs, qe, speaker)]
    qs, qe = _trim(text, start, e)
    return [_Found(qs, qe, None, True)] if qe > qs else []


def _interview(ctx: _Context, unit: tuple[int, int]) -> list[_Found] | None:
    """An interview answer "Name: ..." or "A: ..." is a quote of that person; a question line is none."""
    text = ctx.text
    s, e = unit
    label = _QA_LABEL.match(text, s, e)
    if not label:
        return None
    name = label.group(1)
    if name in _QUESTION:
        return []
    if name in _ANSWER:
        speaker = Speaker(label.start(1), label.end(1), "interviewee")
    else:
        person = ctx.people.person_in(label.start(1), label.end(1))
        if person is None or person.end != label.end(1):
            return None
        speaker = Speaker(person.start, person.end, "name", person.canonical)
    qs, qe = _trim(text, label.end(), e)
    if qe - qs < 2 or text[qs] in _OPENS:
        return None
    return [_Found(qs, qe, speaker)]


def _mark_quotes(
    ctx: _Context, unit: tuple[int, int], continuing: bool = False, closed_later: bool = False
) -> list[_Found]:
    text = ctx.text
    s, e = unit
    found: list[_Found] = []
    pairs = mark_pairs(text, s, e, ctx.after, continuing)
    ctx.left_open = bool(pairs) and pairs[-1].open_ended
    for pair in pairs:
        qs, qe = pair.start, pair.end
        inner = text[qs:qe]
        at_start = qs <= s + 1
        speaker, kind = _attribution(ctx, unit, pair)
        if pair.open_ended and not (
            at_start or closed_later or _after_colon(text, s, qs) or (speaker and len(inner.split()) >= 8)
        ):
            continue
        split = bool(found) and found[-1].speaker is not None and _continues(text, found[-1].end, pair.before)
        if speaker is None and split:
            speaker = found[-1].speaker
        if _is_scare(inner, speaker is not None, at_start or _after_colon(text, s, qs)):
            continue
        if speaker is None and _TITLE_BY.match(text, pair.after) and inner.rstrip()[-1:] not in ".!?":
            continue  # a work and its maker: '"Close-up of a harbour" by Ann Lee is licensed ...'
        if speaker is None and not at_start and not pair.close_only and inner[:1].islower() and len(inner.split()) < 8:
            continue  # an unattributed phrase in a sentence: 'a shift to "the pleasure of beauty."'

        qs, qe = _trim(text, qs, qe)
        if qe <= qs:
            continue
        found.append(_Found(qs, qe, speaker, speaker is None, kind))
    return found


def _continues(text: str, end: int, before: int) -> bool:
    """Whether only the attribution sentence stands between a quote and the next quotation:
    '"We will rebuild the bridge," Delgado said. "It will take two years."'."""
    between = text[end:before].rstrip()
    return len(between) < 120 and not re.search(r"[.!?]\s+\S", between) and not between.endswith(":")


def _after_colon(text: str, s: int, qs: int) -> bool:
    return text[s:qs - 1].rstrip().endswith((":", "—", "–"))


def _attribution(ctx: _Context, unit: tuple[int, int], pair: Pair) -> tuple[Speaker | None, str]:
    """Who a quotation is attributed to, and whether it is a partial quote."""
    text = ctx.text
    s, e = unit
    close = pair.after
    after = ctx.after.match(text, close, min(e, close + 200))
    if after:
        speaker = after_verb(text, after.end(), e, ctx.people, ctx.language)
        if speaker is not None:
            return speaker, "full"
    new_sentence = text[pair.start:pair.end].rstrip()[-1:] == "." and re.match(r"\s+[A-Z]", text[close:close + 3])
    if ctx.language == "en" and not new_sentence:
        subject = ctx.en_subject.match(text, close, min(e, close + 200))
        if subject:
            speaker = phrase(text, subject.start(1), subject.end(1), ctx.people, "en")
            # "Hull's harbour master, Tom Reed, said": commas only around a named person.
            plain = not re.search(r"[,;]\s", subject.group(1)[1:-1] or "x")
            if speaker is not None and (plain or (speaker.kind == "name" and ctx.people.person_in(speaker.start, speaker.end))):
                return speaker, "full"
    sentence_start = _sentence_start(text, s, pair.before)
    lead = text[sentence_start:pair.before]
    if lead.strip():
        speaker = _before(ctx, sentence_start, pair.before)
        if speaker is not None:
            tail = lead.rstrip()
            partial = not tail.endswith((":", ",")) or bool(re.search(r"\b(?:at|that)$", tail))
            return speaker, "partial" if partial else "full"
    return None, "full"


def _sentence_start(text: str, s: int, pos: int) -> int:
    """Start of the sentence holding ``pos`` within the paragraph starting at ``s``."""
    base = max(s, pos - 400)  # a sentence longer than that starts no further back
    match = None
    for match in re.finditer(r"[.!?][»«\"“”]?\s+(?=[A-ZÆØÅ\"“»„])", text[base:pos + 1]):
        pass  # (the slice takes the opening mark, so a sentence ending just before it counts)
    return base + match.end() if match is not None else base


def _before(ctx: _Context, start: int, end: int) -> Speaker | None:
    """The speaker of a quotation from its own sentence before it: "X er ikke i tvivl:",
    "Hume argues that", "ifølge X er sagen", "the famous quote by Thomas Edison:", "said X,"."""
    text = ctx.text
    lead = text[start:end]
    according = None
    for according in ctx.according.finditer(text, start, end):
        pass
    if according is not None:
        speaker = phrase(text, according.end(), end, ctx.people, ctx.language)
        if speaker is not None and speaker.kind != "pronoun":
            return speaker
    verb = None
    for match in ctx.partial.finditer(text, start, end):
        if match.group(1) or verb is None or not verb.group(1):
            verb = match  # the reporting verb wins over a later bare "at"/"that"
    stripped = lead.rstrip()
    if verb is None and not stripped.endswith(":"):
        return None
    cut = verb.start() if verb is not None else start + len(stripped)
    if verb is not None and _PASSIVE.search(text, max(start, cut - 12), cut):
        # "has been described as", "blev kaldt": only an agent after the verb names the speaker.
        agent = re.search(r"\b(?:by|af)\s+", text[verb.end():end])
        if agent is None:
            return None
        found = phrase(text, verb.end() + agent.end(), end, ctx.people, ctx.language)
        return found if found is not None and found.kind == "name" else None
    if verb is not None and verb.group(1):
        inverted = phrase(text, verb.end(), end, ctx.people, ctx.language)
        if inverted is not None and inverted.kind in ("name", "pronoun") and re.match(r"\s*[:,]\s*$", text[inverted.end:end]):
            return inverted
    found = _last_person_in(ctx, start, cut)
    if found is None and verb is not None and verb.group(1):
        # The subject right before the verb: "In Lavan, the Court stated", "His mother wrote,".
        clause = max(start, text.rfind(", ", start, cut) + 2, text.rfind("; ", start, cut) + 2)
        region_end = clause + len(text[clause:cut].rstrip())
        subject = phrase(text, clause, region_end, ctx.people, ctx.language)
        relative = re.search(r"\b(?:a|an|the|en|et|den|det)\s+[^,;:]{1,40}?(?=\s+(?:who|which|that|der|som)\s*$)", text[clause:region_end])
        if relative is not None:
            # "the letter from a lady which said,": the noun phrase before the relative pronoun.
            last = None
            for last in re.finditer(r"\b(?:a|an|the|en|et|den|det)\s", text[clause + relative.start():clause + relative.end()]):
                pass
            at = clause + relative.start() + (last.start() if last else 0)
            described = phrase(text, at, clause + relative.end(), ctx.people, ctx.language)
            if described is not None and described.kind in ("description", "name"):
                return described
        rest = text[subject.end:region_end].split() if subject is not None else []
        if subject is not None and subject.kind in ("description", "name", "pronoun") and len(rest) <= 2 and all(
            w.lower() in _ADVERBS or w.endswith("ly") for w in rest
        ) and not re.search(r"[»«“”\"!?]", text[subject.start:subject.end]):
            return subject  # "Galois himself famously exclaimed:"
    return found


def _last_person_in(ctx: _Context, start: int, end: int) -> Speaker | None:
    """The last person, or failing that a subject pronoun, named in ``[start, end)``."""
    people = ctx.people.last_people(start, end) or ctx.people.named_like_people(start, end)
    if people:
        person = people[-1]
        return Speaker(person.start, person.end, "name", person.canonical)
    pronoun = None
    for pronoun in re.finditer(r"\b(han|hun|he|she|they|de)\b", ctx.text[start:end], re.IGNORECASE):
        pass
    if pronoun is not None and (ctx.language == "en" or pronoun.group(1).islower() or pronoun.start() == 0):
        return Speaker(start + pronoun.start(), start + pronoun.end(), "pronoun")
    return None


def _is_scare(inner: str, attributed: bool, opens: bool) -> bool:
    """A single quoted word, a short phrase or a title in quotation marks is not a quote."""
    words = inner.split()
    letters = [w for w in words if w[:1].isalpha() and w.lower() not in _FUNCTION]
    titled = sum(1 for w in letters if w[0].isupper())
    end = inner.rstrip()[-1:]
    title = bool(letters) and titled >= len(letters) - (1 if len(letters) >= 5 else 0) and (
        end not in ".!?," or (end == "." and len(letters) >= 3 and titled == len(letters) and len(words) <= 9)
    )
    title = title and (len(letters) >= 2 or words[0][:1].isupper() and len(words) >= 2)
    if attributed:
        return len(words) < 2 or (title and not opens)
    if len(words) < 4 or title:
        return True
    return not opens and len(words) < 8 and inner.rstrip()[-1:] not in ".!?…"


def _inherit(raw: list[tuple[_Found, bool]], text: str) -> None:
    """Unattributed quotes take the speaker of their neighbour in the same run of quotes.

    First the previous quote (a continuation), else the next attributed quote of the run
    ("- ...\n\n- ..., siger han."). Linear: one pass each way.
    """
    count = len(raw)
    linked = [k + 1 < count and _adjacent(text, raw[k][0].end, raw[k + 1][0].start) for k in range(count)]
    for k in range(1, count):
        quote, prev = raw[k][0], raw[k - 1][0]
        if quote.inherit and quote.speaker is None and prev.speaker is not None and linked[k - 1]:
            quote.speaker = prev.speaker
    following: Speaker | None = None
    for k in range(count - 1, -1, -1):
        quote = raw[k][0]
        if k + 1 < count and not linked[k]:
            following = None
        if quote.speaker is not None:
            following = quote.speaker
        elif quote.inherit and following is not None and (raw[k][1] or _same_line(text, quote.end, k, raw)):
            # Backwards only within a run of dash paragraphs or inside one paragraph: a quotation
            # in a paragraph of its own does not borrow the speaker of a later paragraph.
            quote.speaker = following


def _same_line(text: str, end: int, k: int, raw: list[tuple[_Found, bool]]) -> bool:
    """Whether quote ``k`` (ending at ``end``) and the next one share a paragraph."""
    return k + 1 < len(raw) and not re.search(r"[\w\n]", text[end:raw[k + 1][0].start])


def _fall_back(ctx: _Context, raw: list[tuple[_Found, bool]], spans: "_Spans") -> None:
    """A dash quote (or a quotation opening its paragraph) still without a speaker: the person
    named in the narrative paragraph just before it ("Mette Lund er ikke i tvivl:"), else, for a
    dash quote, the speaker of the last quote."""
    text = ctx.text
    last: Speaker | None = None
    for quote, dash in raw:
        opens_paragraph = quote.start <= 1 or text[quote.start - 2:quote.start - 1] in ("\n", "") or text[quote.start - 1] == "\n"
        if quote.speaker is None and quote.inherit and (dash or opens_paragraph):
            line_start, line_end = _previous_line(text, quote.start)
            named = None
            if line_end > line_start and text[line_start] not in "-–—»«“„\"" and not _in_byline(ctx, line_start):
                named = _last_in(ctx.people.people, line_start, line_end, spans)
                if named is not None and not dash and not text[line_start:line_end].rstrip().endswith(":"):
                    named = None
            quote.speaker = named or (last if dash else None)
        if quote.speaker is not None:
            last = quote.speaker


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


def _last_in(people: list[Entity], start: int, end: int, spans: "_Spans") -> Speaker | None:
    """The last person named in ``[start, end)`` outside quotes."""
    k = bisect.bisect_left(spans.people_starts(people), end)
    while k > 0 and people[k - 1].start >= start:
        k -= 1
        if not spans.covers(people[k].start):
            return Speaker(people[k].start, people[k].end, "name", people[k].canonical)
    return None


def _adjacent(text: str, end: int, start: int) -> bool:
    """Whether only quote paragraphs' own attributions lie between two quotes (no narrative line)."""
    between = text[end:start]
    lines = [line.strip() for line in between.split("\n") if line.strip()]
    return all(line[:1] in "-–—»“„\"" or len(line) < 120 and line.startswith((",", "siger", "said")) for line in lines[1:]) and len(between) < 2000


def _resolve(ctx: _Context, quote: _Found, spans: "_Spans") -> Quote:
    """Build the Quote: the speaker is the canonical name of the mention (pronouns: last person)."""
    text = ctx.text
    people = ctx.people.people
    words = text[quote.start:quote.end]
    speaker = quote.speaker
    if speaker is None:
        return Quote(quote.start, quote.end, words, kind=quote.kind)
    ms, me = speaker.start, speaker.end
    mention = text[ms:me]
    extra = {"role": speaker.role, "affiliation": speaker.affiliation, "kind": quote.kind}
    if speaker.kind == "interviewee":
        return Quote(quote.start, quote.end, words, _interviewee(ctx, spans), None, None, **extra)
    if speaker.kind == "pronoun":
        low = mention.lower()
        if low in ("i", "jeg"):
            return Quote(quote.start, quote.end, words, None, ms, me, **extra)  # the writer
        who = None
        if low in PLURAL:
            who = _two_people(ctx, ms, spans)
        female = low in ("hun", "she")
        male = low in ("han", "he")
        who = who or _last_person(people, ms, spans, female, male, ctx) or _last_person(people, ms, spans, in_byline=ctx)
        return Quote(quote.start, quote.end, words, who, ms, me, **extra)
    if speaker.kind == "description":
        resolve_description(text, speaker, ctx.people, ms)
        extra["role"] = speaker.role
        return Quote(quote.start, quote.end, words, speaker.name or mention, ms, me, **extra)
    if speaker.name and ctx.people.person_in(ms, me) is not None:
        return Quote(quote.start, quote.end, words, speaker.name, ms, me, **extra)
    name = (speaker.name or mention).strip(" .,")
    known = spans.names(people).get(name)
    return Quote(quote.start, quote.end, words, known or name or None, ms, me, **extra)


def _interviewee(ctx: _Context, spans: "_Spans") -> str | None:
    """The person an interview is with: the one named most often outside questions and quotes."""
    if ctx.interviewee_known:
        return ctx.interviewee
    ctx.interviewee_known = True
    counts: dict[str, int] = {}
    for ent in ctx.people.people:
        if not spans.covers(ent.start) and not _in_byline(ctx, ent.start):
            counts[ent.canonical] = counts.get(ent.canonical, 0) + 1
    ctx.interviewee = max(counts, key=lambda name: counts[name]) if counts else None
    return ctx.interviewee


def _two_people(ctx: _Context, before: int, spans: "_Spans") -> str | None:
    """"siger de": the two people named together in the paragraph before (or this one)."""
    text = ctx.text
    start = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, before)))
    names: list[str] = []
    for ent in ctx.people.last_people(max(0, start), before):
        if spans.covers(ent.start) or ent.canonical in names:
            continue
        names.append(ent.canonical)
    if len(names) < 2:
        return None
    joint = " og " if ctx.language == "da" else " and "
    return names[-2] + joint + names[-1]


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
    people: list[Entity], before: int, spans: _Spans, female: bool = False, male: bool = False,
    in_byline: _Context | None = None,
) -> str | None:
    """The canonical name of the last person mentioned before ``before``, outside quotes and the
    byline.

    ``female``/``male``: skip people whose first name says otherwise.
    """
    k = bisect.bisect_left(spans.people_starts(people), before)
    tries = 0
    while k > 0 and tries < 200:
        k -= 1
        tries += 1
        ent = people[k]
        if spans.covers(ent.start) or (in_byline is not None and _in_byline(in_byline, ent.start)):
            continue
        first = ent.canonical.split()[0].lower() if ent.canonical.split() else ""
        is_female = first in FEMALE_NAMES
        if (female and not is_female and first in FIRST_NAMES) or (male and is_female):
            continue
        return ent.canonical
    return None
