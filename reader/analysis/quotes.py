"""Quotes and their speakers: Danish dash paragraphs, quotation marks in both languages, interviews."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.attribution import Context, Found, attribute, in_byline, sentence_begin, speaker_before
from reader.analysis.da_quote_cues import resumed_at
from reader.analysis.quote_reported import reported_phrase, said_sentence, spoken_in_brackets, work_title
from reader.analysis.quote_da_party import party_speakers
from reader.analysis.quote_da_dash import (
    after_question, dash_before, infinitive_attribution, name_line, resume_points, stop_name, stray_stop,
)
from reader.analysis.quote_filters import (
    CITED, MEANT, NAMED, TERM, TITLE_BY, after_colon, bracketed_title, continues, far_from_verb, is_scare, listed_line, one_word_reply,
    own_sentence, reported, reported_word, shouted, tagged, whole_paragraph_sentence,
)
from reader.analysis.quote_genres23 import church_names, cited_authors, quotes_someone, turn_pronouns, without_citations, writers_questions
from reader.analysis.quote_headline_dash import colon_dash_quote, title_line
from reader.analysis.quote_marks import mark_pairs, opens_single
from reader.analysis.quote_news import danish_after, sibling_surname, story_opening, written_sources
from reader.analysis.quote_roles_carried import carry_roles
from reader.analysis.quote_resolve import Spans, resolve
from reader.analysis.quote_kin import kin_names
from reader.analysis.quote_lines import join_wrapped
from reader.analysis.quote_nickname import nicknamed
from reader.analysis.quote_continued import as_said_tags, went_on_tags
from reader.analysis.quote_issuers import document_issuers
from reader.analysis.quote_runs import fall_back, inherit, learned_names
from reader.analysis.quote_turns import alternate
from reader.analysis.en_words import EN_VOCABULARY
from reader.analysis.people import Speaker
from reader.analysis.reporting_verbs import verb_pattern
from reader.analysis.speaker_inversion import danish_lead
from reader.analysis.speakers import after_verb, phrase
from reader.model import Entity, Quote

_DASH = re.compile(r"[-–—]\s+")
LISTS = True  # dash lines listed under a heading with a colon are no quotes (quote_filters.listed_line)
_MARKS = re.compile(r"[»«„“”\"]")
_OPENS = "“\"»„‘"
_QA_LABEL = re.compile(r"([A-ZÆØÅ][\w.'’-]*(?:\s[A-ZÆØÅ][\w.'’-]*){0,3}):\s+(?=\S)")
_ANSWER = frozenset(("A", "Svar", "Answer"))
_QA_DOT = re.compile(r"([QA])\.\s+(?=\S)")
_SPACES = re.compile(r"\s*")
_LINE = re.compile(r"[^\n]+")

_THAT_AT = re.compile(r",\s+at\s+\S?$")  # ', at "...' (the mark is the last character searched)
_QUESTION = frozenset(("Q", "Spørgsmål", "Question", "Interviewer", "Journalist"))


def find_quotes(text: str, language: str, entities: list[Entity]) -> list[Quote]:
    """Quotes in ``text`` with speakers resolved to the fullest names among ``entities``."""
    original = text
    if language != "da":
        text = without_citations(text)  # "As Hartley (1998, p. 42) puts it," (quotesen23)
    ctx = Context(text, language, entities)
    if language != "da":
        ctx.people.learn(cited_authors(original), text)  # "Kwan (2019) goes further:"
    raw: list[tuple[Found, bool]] = []  # (quote, whether its paragraph is a dash quote or opens a run)
    units = _units(text)
    bridged, closes = _runs_on(text, units)
    continuing = False
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        if in_byline(ctx, unit[0]):
            continue
        if index in bridged:
            # The middle of a quotation that a later paragraph closes, without marks of its own.
            raw.append((Found(unit[0], unit[1], None, True), True))
            continuing = True
            continue
        qa = _interview(ctx, unit)
        if qa is not None:
            raw.extend((q, False) for q in qa)
            continue
        dash = _dash_quotes(ctx, unit) if text[unit[0]] in "-–—" and not _list_item(text, unit) and not (
            LISTS and listed_line(ctx, unit[0])) else []
        dash = dash or (colon_dash_quote(text, unit) if ctx.language == "da" and not continuing else [])  # (quotes14)
        if dash and dash[0].speaker is None and text[unit[0]] not in "-–—":
            # "Gunnar rystede på hovedet: - Nej, sagde han, - man ved ...": the dash part read as a dash quote
            at = dash_before(text, unit[0], dash[0].start)
            spoken = _dash_quotes(ctx, (at, unit[1])) if at is not None else []
            dash = spoken if spoken and spoken[0].speaker is not None else dash
            if dash[0].speaker is None and at is not None:  # "som doktor Berg sagde: - ..." (quotesda23)
                lead = danish_lead(ctx, sentence_begin(text, unit[0], at), at, speaker_before)
                dash = [Found(q.start, q.end, lead, False, q.kind) for q in dash[:1]] + dash[1:] if lead else dash
        if dash:
            raw.extend((q, True) for q in dash)
            continuing = False
            continue
        # A quotation left open at the end of a paragraph whose next paragraph opens with a mark
        # runs on (the convention for a quotation over several paragraphs).
        opens_next = following is not None and (text[following[0]] in _OPENS or opens_single(text, following[0]))
        closed_later = index + 1 in bridged or index + 1 in closes or opens_next
        found = _mark_quotes(ctx, unit, continuing or index in closes, closed_later)
        run = following is not None and (opens_next or ctx.left_open)
        raw.extend((q, run and q.end >= unit[1] - 1 and q.start <= unit[0] + 1) for q in found)
        continuing = ctx.left_open
    ctx.people.learn(learned_names(ctx, raw), text)
    ctx.people.forget(ctx.labels)
    if ctx.language == "en":
        ctx.people.learn(kin_names(text), text)  # "Aunt Bea", which the name finder leaves out
        ctx.people.learn(church_names(text), text)  # "Mother Agnes Kearney founded ..." (quotesen23)
        went_on_tags(text, raw)  # '"...," she went on.'
        as_said_tags(text, raw, ctx.people.person_in)  # '"...," as Churchill said.'
        ctx.people.learn_surnames(text)
    inherit(raw, text, people=ctx.people)
    spans = Spans([(q.start, q.end) for q, _ in raw])
    fall_back(ctx, raw, spans)
    inherit(raw, text, forward_only=True)  # a run goes on with the speaker fall_back found for its first
    story_opening(ctx, raw, spans)
    written_sources(ctx, raw)
    document_issuers(ctx, raw)  # "The company wrote to us." / '"...," the letter said.'
    quotes: list[Quote] = []
    for q, _ in raw:
        quotes.append(resolve(ctx, q, spans, quotes[-1] if quotes else None, quotes))
    surnames: dict[str, str | None] = {}  # a first name's sibling surname, looked up once
    if ctx.language == "en":
        known = {p.canonical for p in ctx.people.people} | {p.text for p in ctx.people.people}
        quotes = nicknamed(text, [sibling_surname(text, _unswallowed(ctx, q, known), surnames) for q in quotes])  # 'Dot'
    else:
        quotes = [sibling_surname(text, q, surnames) for q in quotes]  # "Hanne og Kristian Lauridsen"
    if ctx.language == "en":
        alternate(text, raw, quotes, ctx.people)
        turn_pronouns(text, quotes, ctx.turns, ctx.voices)  # 'RAJ: ... When I left, he said, "..."' (quotesen23)
        writers_questions(text, quotes)  # 'I met her. / "Do you miss London?" / "Not for a minute."' (quotesen23)
    quotes = danish_after(text, carry_roles(text, quotes, ctx.people), ctx.people, ctx.language)  # "Vidne: »...«" (quotesda19)
    quotes = party_speakers(text, quotes) if ctx.language == "da" else quotes  # "siger Venstres X" (quotesda23)
    if text is not original:
        quotes = [replace(q, text=original[q.start:q.end]) if q.text != original[q.start:q.end] else q for q in quotes]
    return sorted(quotes, key=lambda q: q.start)


def _unswallowed(ctx: Context, quote: Quote, known: set[str]) -> Quote:
    """A speaker's name that ran into the words after it ("Ann Lee Justice" for the Ann Lee Justice
    Act): cut back to a full name the text gives on its own (``known``: the names of the people
    found), when only common words follow it."""
    words = (quote.speaker or "").split()
    if len(words) < 2 or " and " in quote.speaker:
        return quote
    for k in range(len(words) - 1, 1, -1):  # a full name at least ("Tom" alone is no cut of "Tom Reed")
        head = " ".join(words[:k])
        if head in known and all(_common(ctx.text, w) for w in words[k:]):
            return replace(quote, speaker=head)
    return quote


def _common(text: str, word: str) -> bool:
    """Whether a capitalised ``word`` is a common word: known as one, or written in lower case in
    the text too ("Justice" beside "justice")."""
    low = word.lower()
    if low in EN_VOCABULARY:
        return True
    if _RUN.fullmatch(low):  # a run of word letters: one of the text's runs, looked up in a set
        return low in _runs_of(text)
    return re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is not None


_RUN = re.compile(r"[\w-]+")
_LAST_RUNS: tuple[str, frozenset[str]] = ("", frozenset())


def _runs_of(text: str) -> frozenset[str]:
    """The runs of word letters and hyphens in ``text``, kept for the last text asked about (one
    search of the whole text per speaker's word made a long text's analysis grow as its square)."""
    global _LAST_RUNS
    last = _LAST_RUNS
    if last[0] is text or last[0] == text:
        return last[1]
    runs = frozenset(_RUN.findall(text))
    _LAST_RUNS = (text, runs)
    return runs


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
    for match in _LINE.finditer(text):
        s, e = match.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return join_wrapped(text, out)  # a quotation wrapped over two lines is one paragraph (quotesda23)


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


def _dash_quotes(ctx: Context, unit: tuple[int, int]) -> list[Found]:
    """A dash paragraph's quotes; in Danish one resumed with a new dash after its attribution's full
    stop ("- Først del, siger X. - Anden del.") is cut there, the rest taking X when it names no one
    (quotesf22; at most eight parts are tried, so a long paragraph stays linear)."""
    s, e = unit
    if ctx.language != "da" or not _DASH.match(ctx.text, s, e):
        return _dash_quote(ctx, unit)
    found: list[Found] = []
    begin = s
    for stop, dash in resume_points(ctx.text, s, e, 8):
        head = _dash_quote(ctx, (begin, stop))
        if head and head[0].speaker is not None:
            found.extend(head)
            begin = dash
    rest = _dash_quote(ctx, (begin, e))
    if found:
        rest = [q if q.speaker is not None else Found(q.start, q.end, found[-1].speaker, False, q.kind) for q in rest]
    return found + rest


def _dash_quote(ctx: Context, unit: tuple[int, int]) -> list[Found]:
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
            if speaker is None and ctx.language == "da":
                speaker = stop_name(text, match.end(), e, ctx.people.person_in)  # ", udbrød. Annette."
            if speaker is not None:
                best = (match, speaker)
    if best is None and ctx.language == "da":
        if name_line(text, start, e, ctx.people.person_in):
            return []  # "- Valter Johnsen.": a signature (quotesf22)
        spoken = infinitive_attribution(text, start, e, lambda a, b: phrase(text, a, b, ctx.people, ctx.language))
        if spoken is not None:  # "- Det er mig, skyndte Orla sig at sige."
            qs, qe = _trim(text, start, spoken[0])
            return [Found(qs, qe, spoken[1])] if qe > qs else []
        stray = stray_stop(text, start, e, ctx.before,
                           lambda at, limit: after_verb(text, at, limit, ctx.people, ctx.language))
        if stray is not None:  # "- Vi er overvældede. Sagde X til radioen."
            qs, qe = _trim(text, start, stray[0])
            return [Found(qs, qe, stray[1])] if qe > qs else []
    if best is not None:
        match, speaker = best
        cut = match.start() + (1 if text[match.start()] in "?!" else 0)
        qs, qe = _trim(text, start, cut)
        if qe <= qs:
            return []
        resumed = resumed_at(text, speaker, e) if ctx.language == "da" else None  # ", grinede X, - men ..."
        rs, re_ = _trim(text, resumed, e) if resumed is not None else (0, 0)
        return [Found(qs, qe, speaker)] + ([Found(rs, re_, speaker)] if re_ > rs else [])
    if ctx.language == "en":
        subject = re.search(rf",\s+([^,\n]{{1,60}}?)\s+({verb_pattern(ctx.verbs)})\b[^,\n]{{0,40}}$", text[start:e])
        if subject and subject.group(2).islower():  # "the United States" is no verb
            speaker = phrase(text, start + subject.start(1), start + subject.end(1), ctx.people, "en")
            if speaker is not None:
                qs, qe = _trim(text, start, start + subject.start())
                return [Found(qs, qe, speaker)]
    if ctx.language == "en":
        return []  # English has no dash quotes: an unattributed dash line is a list item or a signature
    qs, qe = _trim(text, start, e)
    return [Found(qs, qe, None, True)] if qe > qs else []


def _interview(ctx: Context, unit: tuple[int, int]) -> list[Found] | None:
    """An interview answer "Name: ..." or "A: ..." is a quote of that person; a question line is none."""
    text = ctx.text
    s, e = unit
    label = _QA_LABEL.match(text, s, e) if text.find(":", s, e) >= 0 else None  # (no colon: no label)
    if not label and (text[s:s + 3] == "Q. " and _before_answer(text, e) or text[s:s + 3] == "A. " and _after_question(text, s)):
        label = _QA_DOT.match(text, s, e)  # "Q. Why now?" / "A. Because ..." (an answer right after a question)
    if not label or title_line(text, s, e):  # (a headline, "Storm Edith Live: Trains Cancelled ...": quotes14)
        return None
    name = label.group(1)
    if name in _QUESTION:
        return []
    if name in _ANSWER:
        if not after_question(text, s):
            return None  # a lone "Svar: ..." (an advice column's answer) is no interview answer (quotesf22)
        speaker = Speaker(label.start(1), label.end(1), "interviewee")
    else:
        person = ctx.people.person_in(label.start(1), label.end(1))
        if person is None or person.end != label.end(1):
            return None
        canonical = person.canonical.title() if person.canonical.isupper() else person.canonical  # "ROSA DELGADO:"
        speaker = Speaker(person.start, person.end, "name", canonical)
        ctx.voices.add(canonical)
    qs, qe = _trim(text, label.end(), e)
    if qe - qs < 2 or text[qs] in _OPENS:
        return None
    if ctx.language == "en" and quotes_someone(text, qs, qe, ctx.before):
        # 'PRIYA: My mum said, "Where will you put your books?"': the quotation, not the turn, read
        # after the label, which is no mention a "he" or "she" in the turn can be (quotesen23)
        ctx.labels.add(label.start(1))
        ctx.turns.append((label.end(), e))
        return _mark_quotes(ctx, (label.end(), e))
    return [Found(qs, qe, speaker)]


def _after_question(text: str, s: int) -> bool:
    """Whether the last non-blank line before ``s`` is a "Q. " question."""
    # Read in place: a copy of the text before each answer made a long interview quadratic.
    end = min(s, len(text))
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text.startswith("Q. ", text.rfind("\n", 0, end) + 1)


def _before_answer(text: str, e: int) -> bool:
    """Whether the next non-blank line after ``e`` is an "A. " answer."""
    return text.startswith("A. ", _SPACES.match(text, e).end())


def _mark_quotes(
    ctx: Context, unit: tuple[int, int], continuing: bool = False, closed_later: bool = False
) -> list[Found]:
    text = ctx.text
    s, e = unit
    found: list[Found] = []
    pairs = mark_pairs(text, s, e, ctx.after, continuing, closed_later)
    ctx.left_open = bool(pairs) and pairs[-1].open_ended
    for pair in pairs:
        qs, qe = pair.start, pair.end
        inner = text[qs:qe]
        if ctx.language == "en" and inner.lstrip()[:1] in ",;":
            continue  # the rest of a sentence between two quoted words, paired the wrong way: '"...called "research", would it?"'
        at_start = qs <= s + 1
        speaker, kind = attribute(ctx, unit, pair)
        if kind == "partial" and ctx.language == "en" and len(inner.split()) <= 3 and far_from_verb(ctx, s, pair.before):
            speaker = None  # 'asked me about ... and berated them for "their fourteen million"': a term
        if pair.open_ended and not (
            at_start or closed_later or after_colon(text, s, qs) or (speaker and len(inner.split()) >= 8)
            or ctx.language == "da" and len(inner.split()) >= 8 and _THAT_AT.search(text, max(s, qs - 8), qs)
            or found and text[found[-1].end:pair.before].rstrip().endswith(",") and continues(text, found[-1].end, pair.before)
        ):  # (quotesf22: 'Det hedder samtidig, at "WEU skal ...' left open at the end of a DDT sentence;
            # quotesda23: '"Nej," siger han, "men ...' resumed after its attribution and left open)
            continue
        split = bool(found) and found[-1].speaker is not None and continues(text, found[-1].end, pair.before)
        if split and (speaker is None or speaker.start < found[-1].end or (
            speaker.kind == "name" and speaker.name == found[-1].speaker.name and not speaker.role and not speaker.affiliation
        )):  # (a name inside the first half is the one spoken to: '"My dear Ann," said her mother, "..."')
            speaker = found[-1].speaker  # the second half of a split sentence: the same speaker, role and all
        attributed = speaker is not None or tagged(ctx, unit, pair, inner)
        if is_scare(inner, attributed, at_start or after_colon(text, s, qs), ctx.language) and not (
            attributed and one_word_reply(text, s, pair.before, inner)
        ) and not (
            kind == "partial" and speaker is not None and reported_word(text, s, pair.before, inner, ctx.language)
        ) and not whole_paragraph_sentence(text, unit, pair, inner, ctx.language) and not (
            own_sentence(text, unit, pair, inner, ctx.language) or shouted(text, unit, pair, inner, ctx.language)
        ) and not (ctx.language == "en" and said_sentence(text, s, pair.before, inner)):
            continue
        if NAMED.search(text, max(s, pair.before - 20), pair.before) or work_title(
            text, s, pair.before, inner
        ) or len(inner.split()) <= 3 and (
            TERM.search(text, max(s, pair.before - 60), pair.before)
        ):
            continue  # a name, title or term: 'a post titled "Why I am leaving"', 'what economists call "stagflation"'
        if speaker is None and TITLE_BY.match(text, pair.after) and inner.rstrip()[-1:] not in ".!?" or MEANT.match(text, pair.after):
            continue  # a work and its maker: '"Close-up of a harbour" by Ann Lee is licensed ...'; words as words
        if speaker is None and not at_start and not pair.close_only and inner[:1].islower() and len(inner.split()) < 8 and (
            ctx.language == "en" and not reported(text, s, pair.before)
            and not reported_phrase(text, s, pair.before, verb_pattern(ctx.verbs))
        ):
            continue  # an unattributed phrase in a sentence: 'a shift to "the pleasure of beauty"'
        if CITED.search(text, max(s, pair.before - 30), pair.before) or speaker is None and (
            bracketed_title(text, pair.before, pair.after, inner) and not spoken_in_brackets(text, pair.before, inner)
        ):
            continue  # a cited title: 'Reed, A. (June 2007). "Grit and the long haul".', '("Council to ...", 4 March)'

        qs, qe = _trim(text, qs, qe)
        if qe <= qs:
            continue
        found.append(Found(qs, qe, speaker, speaker is None, kind))
    return found
