"""Quotations without an attribution of their own: the speaker they borrow from a neighbour in
the same run of quotes, from the person named in the paragraph before ("Mette Lund er ikke i
tvivl:"), or from the subject of reported speech just before ("Finch said the strike would go on.")."""

from __future__ import annotations

import bisect
import re

from reader.analysis.attribution import Context, Found, in_byline, sentence_begin, speaker_before
from reader.analysis.antecedents import Spans
from reader.analysis.en_words import EN_VOCABULARY
from reader.analysis.people import Speaker
from reader.analysis.en_quote_cues import closing_tag, opener_pronoun
from reader.analysis.quote_clauses import person_in_clause
from reader.analysis.quote_cues import colon_pronoun
from reader.analysis.quote_da_lead import subject_over_object
from reader.analysis.quote_genres32 import called_subject
from reader.analysis.quote_interview import answer_opening, interview_answer, kin_turn
from reader.analysis.quote_narrative import _closing_narrative, _new_source, _pronoun_subject, _sole_subject, _subject_or_closing
from reader.analysis.quote_described import described_beat
from reader.analysis.quote_reported_before import asked_one, described_reporter
from reader.analysis.quote_openers import phrased_pronoun
from reader.analysis.quote_running import closing_described, only_one, running_subject
from reader.analysis.reporting_verbs import verb_pattern
from reader.analysis.titles import is_title_word
from reader.model import Entity


def inherit(raw: list[tuple[Found, bool]], text: str, forward_only: bool = False, people=None) -> None:
    """Unattributed quotes take the speaker of their neighbour in the same run of quotes.

    First the previous quote (a continuation), else the next attributed quote of the run
    ("- ...\n\n- ..., siger han."). Linear: one pass each way. ``forward_only``: the second
    round, after fall_back, passes a speaker it found on to the quotes after it in the run
    ('Ann Lee said:\n\n"A."\n\n"B."'), unless narrative follows a quote in its paragraph. Within a
    paragraph, a sentence about someone else between two quotes ends the run ('"Come in," Reed
    said. Lee shook her head. "No."'; ``people``: the article's People).
    """
    count = len(raw)
    linked = [
        k + 1 < count and _adjacent(text, raw[k][0].end, raw[k + 1][0].start)
        and not (people is not None and _other_subject(text, raw[k][0].end, raw[k + 1][0].start, people))
        for k in range(count)
    ]
    if forward_only:
        linked = [link and not _narrative_after(text, raw[k][0].end) for k, link in enumerate(linked)]
    for k in range(1, count):
        quote, prev = raw[k][0], raw[k - 1][0]
        if quote.inherit and quote.speaker is None and prev.speaker is not None and linked[k - 1]:
            quote.speaker = prev.speaker
    if forward_only:
        return
    following: Speaker | None = None
    for k in range(count - 1, -1, -1):
        quote = raw[k][0]
        if k + 1 < count and not linked[k]:
            following = None
        if quote.speaker is not None:
            following = quote.speaker
        elif quote.inherit and following is not None and (
            raw[k][1] and not _question(text, quote.end) and not _closed_turn(text, quote.end) or _same_line(text, quote.end, k, raw)
        ):
            # Backwards only within a run of dash paragraphs or inside one paragraph: a quotation
            # in a paragraph of its own does not borrow the speaker of a later paragraph.
            quote.speaker = following


def _closed_turn(text: str, end: int) -> bool:
    """Whether the quotation ending at ``end`` closes with its mark at the end of its paragraph:
    a turn of its own in dialogue, not the first part of a speech that runs on."""
    return text[end:end + 1] in ("\"", "”") and text[end + 1:end + 3].strip(" \t") in ("", "\n", "\n\n")


def _question(text: str, end: int) -> bool:
    """Whether the quotation ending at ``end`` asks a question: the next paragraph answers it,
    so the speaker of that answer is not the asker's."""
    return text[max(0, end - 2):end + 1].rstrip(" \"”’").endswith("?")


_OPENER = re.compile(r"(?:[.!?][\"”’]?\s+)((?:He|She|They|I|We)\s+[a-z]|[A-Z][\w'’-]+\s)[^.!?]*[.!?]\s*[\"“‘]?$")


def _other_subject(text: str, end: int, start: int, people) -> bool:
    """Whether a sentence of its own, opening with a pronoun or a person named, stands between
    two quotes of one paragraph (after the first one's attribution)."""
    between = text[end:start]
    if "\n" in between:  # the rest of the first quote's paragraph, then the next one's opening mark
        between = between[:between.index("\n")].rstrip() + " " + text[start - 1:start]
    match = _OPENER.search(between)
    if match is None:
        return False
    at = end + match.start(1)
    if match.group(1).split()[0] in ("He", "She", "They", "I", "We"):
        return True
    person = people.person_in(at, at + len(match.group(1)))
    return person is not None and person.start == at


def learned_names(ctx: Context, raw: list[tuple[Found, bool]]) -> set[str]:
    """English: the names reporting clauses gave speakers that the name finder did not take as
    people ("said Olek"), one to three capitalised words that are no common word or title."""
    names: set[str] = set()
    if ctx.language != "en":
        return names
    for quote, _ in raw:
        speaker = quote.speaker
        if speaker is None or speaker.kind != "name" or not speaker.name or ctx.people.person_in(speaker.start, speaker.end):
            continue
        words = speaker.name.split()
        if 1 <= len(words) <= 3 and all(
            re.fullmatch(r"[A-Z][a-z][\w'’-]*", w) and w.lower() not in EN_VOCABULARY and not is_title_word(w) for w in words
        ) and ctx.people.org_at(speaker.start) is None:
            names.add(speaker.name)
    return names


_SENTENCE_AFTER = re.compile(r"[.!?][\"”’]?\s+\S")


def _narrative_after(text: str, end: int) -> bool:
    """Whether more than one sentence follows a quote in its own paragraph."""
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    return _SENTENCE_AFTER.search(rest.strip(" \"”’,.!?")) is not None


def _same_line(text: str, end: int, k: int, raw: list[tuple[Found, bool]]) -> bool:
    """Whether quote ``k`` (ending at ``end``) and the next one share a paragraph."""
    return k + 1 < len(raw) and not re.search(r"[\w\n]", text[end:raw[k + 1][0].start])


def fall_back(ctx: Context, raw: list[tuple[Found, bool]], spans: Spans) -> None:
    """A dash quote (or a quotation opening its paragraph) still without a speaker: the person
    named in the narrative paragraph just before it ("Mette Lund er ikke i tvivl:"), else, for a
    dash quote, the speaker of the last quote."""
    text = ctx.text
    last: Speaker | None = None
    last_end = 0
    for quote, dash in raw:
        opens_paragraph = quote.start <= 1 or text[quote.start - 2:quote.start - 1] in ("\n", "") or text[quote.start - 1] == "\n"
        answer = None
        if quote.speaker is None and quote.inherit and not dash and answer_opening(text, quote.start):
            answer = interview_answer(ctx, quote.start, spans)  # "What got you started?" / "A night class." (da: quotesda18)
        elif quote.speaker is None and quote.inherit and dash and ctx.language == "da":
            answer = interview_answer(ctx, quote.start, spans)  # a dash answer to a question (probe16)
        if answer is not None:
            quote.speaker = answer
        elif quote.speaker is None and quote.inherit and (dash or opens_paragraph):
            line_start, line_end = _previous_line(text, quote.start)
            named = None
            if line_end > line_start and text[line_start] not in "-–—»«“„\"‘" and not in_byline(ctx, line_start):
                named = _last_in(ctx.people.people, line_start, line_end, spans)
                someone = named is not None
                if someone and not dash and ctx.language == "en" and text[line_start:line_end].rstrip().endswith(":"):
                    # "His last words to his brother Alfred were:": not the one spoken to.
                    named = person_in_clause(ctx, sentence_begin(text, line_start, line_end - 1), line_end)
                if named is not None and ctx.language == "da" and text[line_start:line_end].rstrip().endswith(":"):
                    named = subject_over_object(ctx, sentence_begin(text, line_start, line_end - 1), line_end, named)
                if named is not None and not dash and not text[line_start:line_end].rstrip().endswith(":"):
                    named = _reporter(ctx, line_start, line_end, spans)
                    if named is not None and ctx.language == "en":  # "X asked whether she would ..."
                        named = asked_one(ctx, line_start, line_end, quote.end) or named
                if named is None and ctx.language == "en" and text[line_start:line_end].rstrip().endswith(":"):
                    # "P4 answered at some length:" closing the paragraph before, also over a quotation
                    # of several paragraphs (a run): its own lead (quotes33)
                    lead = speaker_before(ctx, sentence_begin(text, line_start, line_end - 1), line_end)
                    named = lead if lead is not None and lead.kind == "name" else None
                if named is None and not dash and ctx.language == "en":
                    # News writing: a quotation paragraph after a paragraph about one person is
                    # that person's; after a paragraph naming nobody, the last speaker's.
                    named = (closing_described(ctx, quote.start) or _subject_or_closing(ctx, line_start, line_end, spans)) if someone else (
                        _pronoun_subject(text, line_start, line_end)
                        or described_reporter(ctx, line_start, line_end)  # "A neighbour said she ..." (quotesen22)
                        or described_beat(ctx, quote.start)  # "The old sergeant shook his head."
                        or (last if last is not None and not text[last_end:line_start].strip()
                            and not _new_source(text, line_start, line_end) else None)
                        or running_subject(text, line_start, _previous_line,
                                           lambda s, e: _subject_or_closing(ctx, s, e, spans) or only_one(ctx, s, e, spans),
                                           lambda s, e: _last_in(ctx.people.people, s, e, spans) is not None)
                    )
            elif line_end > line_start and not dash and ctx.language == "en" and not in_byline(ctx, line_start):
                named = _closing_narrative(ctx, line_start, line_end, spans)
            said = colon_pronoun(text, line_start, line_end, verb_pattern(ctx.verbs)) if line_end > line_start else None
            named = said if said is not None and not in_byline(ctx, line_start) else named  # "..., svarer hun:"
            if named is None and dash and line_end > line_start and text[line_end - 1] == "?":
                named = _answerer(ctx, line_start, spans)  # "Hvad kommer du til at savne?\n\n- Morgenerne."
            quote.speaker = named or (kin_turn(ctx, line_start, line_end, last) if dash else None)  # "Hans mor smiler."
        elif quote.speaker is None and quote.inherit and ctx.language == "en" and _after_sentence(text, quote.start):
            # "Mrs Hill agreed. 'It is the best £100 I ever spent.'": the previous sentence's subject.
            line = text.rfind("\n", 0, quote.start) + 1
            begin = sentence_begin(text, line, quote.start - 3)
            end = quote.start - 1
            quote.speaker = (
                closing_tag(text, begin, end) or _sole_subject(ctx, begin, end, spans) or _pronoun_subject(text, begin, end)
                or called_subject(ctx.people, text, begin, end) or described_beat(ctx, quote.start)  # "The owner, a tall man called Rashid, came out." (quotes32)
                or (described_reporter(ctx, begin, end) if not ctx.people.last_people(begin, end) else None)  # "A spokesperson said the ... . "...""
                or opener_pronoun(text, begin, end) or phrased_pronoun(text, begin, end)  # "In 1979, she was asked."
            )
            titled = _HONORIFIC_SUBJECT.match(text, begin, end) if quote.speaker is None else None
            if titled is not None and not ctx.people.last_people(begin, end):  # "Mrs Hill" the name finder missed
                quote.speaker = Speaker(titled.start(), titled.end(), "name", titled.group())
        if quote.speaker is not None:
            last = quote.speaker
            eol = text.find("\n", quote.end)  # (not a copy of the rest of the text per quote)
            last_end = eol if eol >= 0 else len(text)


_HONORIFIC_SUBJECT = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+(?=\s+[a-z])")


def _after_sentence(text: str, pos: int) -> bool:
    """Whether the quotation mark at ``pos - 1`` opens a sentence after another in its paragraph."""
    return re.search(r"[.!?]\s+$", text[max(0, pos - 4):pos - 1]) is not None and text.rfind("\n", 0, pos) < pos - 4


def _reporter(ctx: Context, start: int, end: int, spans: Spans) -> Speaker | None:
    """The subject of reported speech in the last sentence of a narrative paragraph, which a
    quotation paragraph after it continues: 'Finch said the strike would go on.' (a name or a
    pronoun before the reporting verb, outside quotes)."""
    text = ctx.text
    verb = None
    for verb in ctx.before.finditer(text, start, end):
        pass
    if verb is None or spans.covers(verb.start()) or _SENTENCE_AFTER.search(text, verb.end(), end):
        return None  # (the verb's sentence must end the paragraph)
    begin = sentence_begin(text, start, verb.start())
    if text[begin:verb.start()].count(",") > 1:
        return None
    found = person_in_clause(ctx, begin, verb.start())
    if found is None or spans.covers(found.start) or found.end + 40 < verb.start():
        return None
    return found


_SENTENCE_AFTER = re.compile(r"[.!?][\"”’]?\s+[A-Z\"“‘]")


def _answerer(ctx: Context, question: int, spans: Spans) -> Speaker | None:
    """Who answers the questions of an interview written as question paragraphs and dash answers:
    the last person named in the narrative paragraph before the first question ("Vi har talt med
    Tove Hald om de 60 år."), never the speaker of a quote before it."""
    text = ctx.text
    start, end = _previous_line(text, question)
    while end > start and (text[end - 1] == "?" or text[start] in "-–—"):  # back over the questions and answers
        start, end = _previous_line(text, start)
    if end <= start or text[start] in "»«“„\"‘" or in_byline(ctx, start):
        return None
    return _last_in(ctx.people.people, start, end, spans)


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


def _last_in(people: list[Entity], start: int, end: int, spans: Spans) -> Speaker | None:
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
    # The first piece is the rest of the first quote's paragraph (its attribution), skipped; every
    # line after it counts, the second quote's own opening mark last: "vurdering.\n\nHans kollega
    # er uenig.\n\n- " has narrative between.
    lines = [line.strip() for line in between.split("\n")[1:] if line.strip()]
    if lines and "\n" in between and lines[-1] in ("'", "’"):
        lines.pop()  # the second quote opens with a single mark
    return all(line[:1] in "-–—»“„\"‘" or len(line) < 120 and line.startswith((",", "siger", "said")) for line in lines) and len(between) < 2000
