"""Quotes and their speakers: Danish dash paragraphs, quotation marks in both languages, interviews."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.attribution import Context, Found, attribute, in_byline, sentence_begin, speaker_before
from reader.analysis.quote_reported import reported_phrase, said_sentence, spoken_in_brackets, work_title
from reader.analysis.quote_da_party import party_speakers
from reader.analysis.quote_da_dash import after_question, dash_before
from reader.analysis.quote_da_ddt import attribution_inside, said_after_colon, spaced_reply
from reader.analysis.quote_dashes import _dash_quotes, _trim
from reader.analysis.quote_filters import (
    CITED, MEANT, NAMED, TERM, TITLE_BY, after_colon, bracketed_title, continues, far_from_verb, is_scare, listed_line, one_word_reply,
    own_sentence, reported, reported_word, shouted, tagged, whole_paragraph_sentence,
)
from reader.analysis.quote_described28 import called_names
from reader.analysis.quote_genres28 import addressee_mentions, quotes_in_turn, transcript_turns, who_names
from reader.analysis.quote_genres23 import church_names, cited_authors, quotes_someone, turn_pronouns, without_citations, writers_questions
from reader.analysis.quote_headline_dash import colon_dash_quote, title_line
from reader.analysis.quote_genres33 import conversation_labels, judged_term, letter_you, nickname
from reader.analysis.quote_genres32 import answer_goes_on, answer_label, initials_person, label_match, named_later, question_labels, user_names, without_codes
from reader.analysis.quote_da_nested import nested_pairs
from reader.analysis.quote_da_phrases import colon_sentence, spoken_phrase
from reader.analysis.quote_da_swiss import swiss_pairs
from reader.analysis.quote_marks import mark_pairs, opens_single
from reader.analysis.quote_news import danish_after, sibling_surname, story_opening, written_sources
from reader.analysis.quote_roles_carried import carry_roles
from reader.analysis.quote_roles_same import same_roles
from reader.analysis.quote_resolve import Spans, resolve
from reader.analysis.quote_kin import kin_names
from reader.analysis.quote_bare_bodies import bare_bodies
from reader.analysis.quote_lines import _OPENS, _list_item, _runs_on, _units
from reader.analysis.quote_name_cut import _unswallowed
from reader.analysis.quote_nickname import nicknamed
from reader.analysis.quote_continued import as_said_tags, went_on_tags
from reader.analysis.quote_issuers import document_issuers
from reader.analysis.quote_runs import fall_back, inherit, learned_names
from reader.analysis.quote_turns import alternate
from reader.analysis.people import Speaker
from reader.analysis.speakers import after_verb
from reader.analysis.reporting_verbs import verb_pattern
from reader.analysis.speaker_inversion import danish_lead
from reader.model import Entity, EntityLabel, Quote

LISTS = True  # dash lines listed under a heading with a colon are no quotes (quote_filters.listed_line)
_QA_LABEL = re.compile(r"([A-ZÆØÅ][\w.'’-]*(?:\s[A-ZÆØÅ][\w.'’-]*){0,3}):\s+(?=\S)")
_ANSWER = frozenset(("A", "Svar", "Answer"))
_QA_DOT = re.compile(r"([QA])\.\s+(?=\S)")
_SPACES = re.compile(r"\s*")

_THAT_AT = re.compile(r",\s+at\s+\S?$")  # ', at "...' (the mark is the last character searched)
_QUESTION = frozenset(("Q", "Spørgsmål", "Question", "Interviewer", "Journalist"))


def find_quotes(text: str, language: str, entities: list[Entity]) -> list[Quote]:
    """Quotes in ``text`` with speakers resolved to the fullest names among ``entities``."""
    original = text
    if language != "da":
        text = without_codes(without_citations(text))  # "As Hartley (1998, p. 42) puts it," (quotesen23); "One participant (R4)," (quotes32)
    ctx = Context(text, language, entities)
    if language != "da":
        ctx.people.learn(cited_authors(original), text)  # "Kwan (2019) goes further:"
        ctx.people.learn(who_names(text), text)  # "Recruiter Sunita Varma, who ..., says" (quotesen28)
        ctx.people.learn(user_names(text), text)  # "what marnie_b wrote:" (quotes32)
        ctx.people.forget(addressee_mentions(text, ctx.people.people))  # "Dear Jamie," (quotesen28)
    raw: list[tuple[Found, bool]] = []  # (quote, whether its paragraph is a dash quote or opens a run)
    units = _units(text)
    bridged, closes = _runs_on(text, units)
    continuing = False
    answer: Found | None = None  # the interview answer of the paragraph before
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
            answer = qa[0] if len(qa) == 1 and qa[0].speaker is not None else None
            continue
        if answer is not None and ctx.language == "en" and answer_goes_on(text, unit, following, _QUESTION):
            # "A: ..." / "The lime trees are the secret. ..." / "Q: ...": the answer goes on (quotes32)
            qs, qe = _trim(text, unit[0], unit[1])
            raw.append((Found(qs, qe, answer.speaker), False))
            continue
        answer = None
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
        transcript_turns(text, quotes, ctx.people.people, spans.covers)  # 'DEV: ... I was like, "..."' (quotesen28)
        called_names(text, quotes, ctx.people.people)  # "My first boss, a ship's engineer called X," (quotesen28)
        named_later(text, quotes)  # "an old woman" who spoke, then "Her name was Dorota." (quotes32)
        letter_you(text, quotes, ctx.people.people)  # "Dear Ms Lisle, ... you said: "..."" (quotes33)
    quotes = danish_after(text, carry_roles(text, quotes, ctx.people, ctx.language), ctx.people, ctx.language)  # "Vidne: »...«" (quotesda19)
    quotes = party_speakers(text, quotes) if ctx.language == "da" else quotes  # "siger Venstres X" (quotesda23)
    quotes = same_roles(quotes)  # "siger hun" five paragraphs after "siger direktør Mette Sørensen"
    quotes = bare_bodies(text, quotes, ctx.people) if ctx.language == "da" else quotes  # "lyder rådet fra styrelsen" (probe33)
    if text is not original:
        quotes = [replace(q, text=original[q.start:q.end]) if q.text != original[q.start:q.end] else q for q in quotes]
    return sorted(quotes, key=lambda q: q.start)


def _interview(ctx: Context, unit: tuple[int, int]) -> list[Found] | None:
    """An interview answer "Name: ..." or "A: ..." is a quote of that person; a question line is none."""
    text = ctx.text
    s, e = unit
    label = (_QA_LABEL.match(text, s, e) or label_match(text, s, e)) if text.find(":", s, e) >= 0 else None  # (no colon: no label)
    if not label and (text[s:s + 3] == "Q. " and _before_answer(text, e) or text[s:s + 3] == "A. " and _after_question(text, s)):
        label = _QA_DOT.match(text, s, e)  # "Q. Why now?" / "A. Because ..." (an answer right after a question)
    if not label or title_line(text, s, e):  # (a headline, "Storm Edith Live: Trains Cancelled ...": quotes14)
        return None
    name = label.group(1)
    if name in _QUESTION or ctx.language == "en" and name in question_labels(text):
        return []  # (an interviewer whose every turn is a question: "JT: How did you start?", quotes32)
    if name in _ANSWER:
        if not after_question(text, s):
            return None  # a lone "Svar: ..." (an advice column's answer) is no interview answer (quotesf22)
        speaker = Speaker(label.start(1), label.end(1), "interviewee")
    else:
        person = ctx.people.person_in(label.start(1), label.end(1))
        initialled = initials_person(ctx.people.people, name) if person is None and ctx.language == "en" else None
        if initialled is not None:  # "MA: ..." after "Marion Achterberg has taken ..." (quotes32)
            person = Entity(label.start(1), label.end(1), name, EntityLabel.PER, initialled)
        elif person is None and ctx.language == "en" and answer_label(text, name):  # (a name the name finder missed)
            person = Entity(label.start(1), label.end(1), name, EntityLabel.PER, name)
        if person is None or person.end != label.end(1):
            return None
        canonical = person.canonical.title() if person.canonical.isupper() else person.canonical  # "ROSA DELGADO:"
        speaker = Speaker(person.start, person.end, "name", canonical)
        ctx.voices.add(canonical)
    qs, qe = _trim(text, label.end(), e)
    if qe - qs < 2 or text[qs] in _OPENS:
        return None
    if ctx.language == "en" and (quotes_someone(text, qs, qe, ctx.before) or quotes_in_turn(text, qs, qe) or name in conversation_labels(text)):  # ("goes,": quotesen28)
        # 'PRIYA: My mum said, "Where will you put your books?"': the quotation, not the turn, read
        # after the label, which is no mention a "he" or "she" in the turn can be (quotesen23); a
        # podcast's turns, with no interviewer among its voices, are speech throughout (quotes33)
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
    if ctx.language == "da":
        pairs = nested_pairs(text, s, e, swiss_pairs(text, s, e, pairs), ctx.after)  # '"Vi har sagt "nej tak" til ..."', «...» (quotesda33)
    ctx.left_open = bool(pairs) and pairs[-1].open_ended
    for pair in pairs:
        qs, qe = pair.start, pair.end
        inner = text[qs:qe]
        if ctx.language == "en" and inner.lstrip()[:1] in ",;":
            continue  # the rest of a sentence between two quoted words, paired the wrong way: '"...called "research", would it?"'
        at_start = qs <= s + 1
        speaker, kind = attribute(ctx, unit, pair)
        inside = attribution_inside(text, qs, qe, ctx.dash_after, lambda a, b: after_verb(text, a, b, ctx.people, "da")) if (
            speaker is None and pair.close_only and ctx.language == "da"
        ) else None
        if inside is not None:  # '..., siger hun."': the mark closes after the attribution (quotesda28)
            qe, speaker = inside
            inner = text[qs:qe]
        if kind == "partial" and ctx.language == "en" and len(inner.split()) <= 3 and (
            far_from_verb(ctx, s, pair.before) or judged_term(text, s, pair.before, inner)
        ):
            speaker = None  # 'asked me about ... and berated them for "their fourteen million"': a term; 'found ... "void for uncertainty"' (quotes33)
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
            attributed and (one_word_reply(text, s, pair.before, inner) or ctx.language == "da" and spaced_reply(text, s, pair.before, pair.after, e, inner))
        ) and not (
            kind == "partial" and speaker is not None and reported_word(text, s, pair.before, inner, ctx.language)
        ) and not whole_paragraph_sentence(text, unit, pair, inner, ctx.language) and not (
            own_sentence(text, unit, pair, inner, ctx.language) or shouted(text, unit, pair, inner, ctx.language)
        ) and not (ctx.language == "en" and said_sentence(text, s, pair.before, inner)) and not (
            ctx.language == "da" and said_after_colon(text, s, pair.before, pair.after, e, inner, ctx.before)
        ) and not (ctx.language == "da" and (
            spoken_phrase(text, s, pair.before, inner) or colon_sentence(text, s, pair.before, pair.after, e, inner)
        )):  # (quotesda28: '..., lyder svaret altid: "Sne på sporet."')
            continue
        if NAMED.search(text, max(s, pair.before - 20), pair.before) or work_title(
            text, s, pair.before, inner
        ) or len(inner.split()) <= 3 and (
            TERM.search(text, max(s, pair.before - 60), pair.before) or ctx.language == "en" and nickname(text, s, pair.before, inner)
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
