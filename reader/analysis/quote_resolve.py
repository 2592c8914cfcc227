"""Turning an attribution into a speaker: the canonical name of a mention, the person a pronoun or
description points back to, two people for "siger de", the interviewee; never the byline."""

from __future__ import annotations

import re

from reader.analysis.antecedents import (
    Spans, gender_fits_name, last_person, learned_sex, main_person, near, note_sex, organisation_subject, subject_person,
)
from reader.analysis.attribution import Context, Found, in_byline, sentence_begin
from reader.analysis.en_quote_cues import addressing_described
from reader.analysis.gazetteer import FEMALE_NAMES, FIRST_NAMES, SURNAMES
from reader.analysis.quote_continued import continues_tag, goes_on, goes_on_previous, reporter_before
from reader.analysis.quote_demonym import demonym_person
from reader.analysis.quote_described import described_beat, described_subject, own_described
from reader.analysis.quote_described_near import definite_person, genitive_in_full, is_pair, name_right_after
from reader.analysis.quote_described_back import near_or_introduced
from reader.analysis.quote_cues import voice_owner
from reader.analysis.quote_forward import named_after
from reader.analysis.quote_genres28 import kin_antecedent
from reader.analysis.quote_genres32 import asked_answers
from reader.analysis.quote_described28 import contact_description
from reader.analysis.quote_met_by_writer import described_here
from reader.analysis.quote_pronoun_chain import chain_described, topic_speaker
from reader.analysis.quote_news import honorific_fit, it_reporter
from reader.analysis.quote_role_opener import paragraph_subject, role_opener
from reader.analysis.quote_surnames import given_name, in_full
from reader.analysis.quote_they_firm import firm_group
from reader.analysis.descriptions import _ANONYMOUS, description_fits, resolve_description
from reader.analysis.quote_da_described import described_before
from reader.analysis.speaker_bodies import body_named_before, described_body
from reader.analysis.speaker_sexed import described_opener, sexed_description
from reader.analysis.speakers import PLURAL
from reader.analysis.voices import declared_speaker, headline_voice
from reader.model import Quote


def resolve(ctx: Context, quote: Found, spans: "Spans", previous: Quote | None = None, earlier: list[Quote] | None = None) -> Quote:
    """Build the Quote: the speaker is the canonical name of the mention (pronouns: last person,
    else the speaker of ``previous``, the quote before, when it is in this or the last paragraph,
    else in English the last speaker of ``earlier`` quotes whose sex fits)."""
    text = ctx.text
    people = ctx.people.people
    words = text[quote.start:quote.end]
    speaker = quote.speaker
    if speaker is None:  # (a headline quotation before ": an interview with Ann Lee" is hers)
        return Quote(quote.start, quote.end, words, headline_voice(ctx, quote.start, quote.end), kind=quote.kind)
    ms, me = speaker.start, speaker.end
    mention = text[ms:me]
    extra = {"role": speaker.role, "affiliation": speaker.affiliation, "kind": quote.kind}
    if speaker.kind == "interviewee":
        return Quote(quote.start, quote.end, words, interviewee(ctx, spans), None, None, **extra)
    if speaker.kind == "pronoun" and previous is not None and (previous.speaker_start, previous.speaker_end) == (ms, me):
        # A quote continuing the one before borrows its attribution: the same person, as resolved there.
        return Quote(quote.start, quote.end, words, previous.speaker, ms, me, previous.role, previous.affiliation, quote.kind)
    if speaker.kind == "pronoun":
        low = mention.lower()
        if low in ("i", "jeg"):
            # The writer, never a speaker; in an interview or a speech, the one who speaks.
            return Quote(quote.start, quote.end, words, declared_speaker(ctx), ms, me, **extra)
        who = None
        if low in PLURAL or low in ("their", "deres", "dem"):
            who = two_people(ctx, ms, spans)
            if who is None and low == "they" and ctx.language == "en":
                who = firm_group(ctx, quote.start)  # "Analysts at X cut ... "...," they wrote"
        female = low in ("hun", "she", "her", "hendes", "hende")
        male = low in ("han", "he", "his", "hans", "ham")
        if who is None and (female or male) and earlier and ctx.language == "en" and (
            goes_on(text, me, ctx.people, spans) or _tag_of(text, previous, ms) is not None and continues_tag(text, me)
        ):  # ('"...," Mr Mead replied. "...," he added.' in a paragraph naming others: quotesen23)
            who = goes_on_previous(ctx, previous, ms, female, male) or reporter_before(ctx, quote.start, spans, female, male) or _speaker_of_sex(
                ctx, earlier, ms, female, male)  # "she added"
        contact = contact_description(text, ms, me) if ctx.language == "en" else None
        if contact is not None:  # "One librarian he interviewed told him," (quotesen28)
            return Quote(quote.start, quote.end, words, text[contact[0]:contact[1]], ms, me, **extra)
        asked = asked_answers(text, ctx.people, sentence_begin(text, text.rfind("\n", 0, ms) + 1, ms), ms) if (
            who is None and (female or male) and ctx.language == "en") else None
        if asked is not None and gender_fits_name(asked, female, male, ctx):  # "When I asked Grant ..., she said:" (quotes32)
            return Quote(quote.start, quote.end, words, asked, ms, me, **extra)
        kin = kin_antecedent(text, people, ms, female, male, spans.covers) if who is None and ctx.language == "en" else None
        if kin is not None:  # 'My mother gave me one piece of advice. She said, "..."' (quotesen28)
            return Quote(quote.start, quote.end, words, kin, ms, me, **extra)
        who = who or paragraph_subject(ctx, quote.start, female, male) or named_after(ctx, quote.start, quote.end, spans, female, male)  # (quote_forward, probe12; quotesda19)
        described = None if who else described_here(ctx, ms, spans, female, male, quote.start) or described_subject(ctx, ms, spans, female, male)
        if described is not None:
            resolve_description(text, described, ctx.people, described.start)
            extra["role"] = described.role
            return Quote(quote.start, quote.end, words, described.name or text[described.start:described.end], ms, me, **extra)
        opener = role_opener(ctx, quote.start, female, male) if who is None else None
        if opener is not None:  # "Sognepræsten frygter, at ..." / "- ..., siger hun." (probe11)
            return Quote(quote.start, quote.end, words, opener, ms, me, **extra)
        if low == "it":  # '"...," it said': an organisation, never a person
            source = organisation_subject(ctx, ms, spans) or (it_reporter(ctx, ms) if ctx.language == "en" else None)
            return Quote(quote.start, quote.end, words, source, ms, me, **extra)
        if who is None and (female or male) and earlier and ctx.language == "en" and _after_narrator(text, previous, ms):
            # '"I can make a sandwich," I say. / "Stay at home, then," she says.': the one the
            # writer talks with, not someone the writer was thinking about.
            who = _speaker_of_sex(ctx, earlier, ms, female, male)
        own = (own_described(ctx, ms, female, male) or addressing_described(text, quote.start, ctx.people, female, male)
               ) if who is None and (female or male) and ctx.language == "en" else None  # "X addressed the pilots."
        if own is not None:
            resolve_description(text, own, ctx.people, own.start)
            extra["role"] = own.role
            return Quote(quote.start, quote.end, words, own.name or text[own.start:own.end], ms, me, **extra)
        who = who or topic_speaker(ctx, quote.start, ms, spans, female, male, previous) or subject_person(ctx, ms, spans, female, male)
        if who is not None and (female or male) and ctx.language == "en" and not _sex_shown(ctx, who):
            beat = described_beat(ctx, quote.start, female, male)
            if beat is not None and _sex_shown(ctx, text[beat.start:beat.end]):
                # 'Nadia Berg came in. Behind the counter, an old man looked up. "...," he said.':
                # a man described just before, rather than a name whose sex the text does not show.
                resolve_description(text, beat, ctx.people, beat.start)
                extra["role"] = beat.role
                return Quote(quote.start, quote.end, words, beat.name or text[beat.start:beat.end], ms, me, **extra)
        if who is None and low not in PLURAL and previous is not None and previous.speaker and near(text, previous.end, ms):
            # '"I was there," said Reed. He added:' (a surname the name finder did not take).
            joint = " and " in previous.speaker or " og " in previous.speaker
            shown = " " in previous.speaker or male and previous.speaker.lower() in FEMALE_NAMES or (  # "Bridget" is no "he"
                ctx.language == "en" and (learned_sex(ctx, previous.speaker) is not None or previous.speaker.lower() in FIRST_NAMES - SURNAMES)
            )  # "Derek" is no "she"; "Lee" may be her surname
            fits = (not shown or gender_fits_name(previous.speaker, female, male, ctx)) and (  # "Lee": a surname
                description_fits(previous.speaker, female, male)  # "her brother" is no "she"
            )
            body = (female or male) and any(o.canonical == previous.speaker for o in ctx.people.orgs)
            who = previous.speaker if fits and not joint and not body else None  # "he" is no "Office for Students" (attack31)
        if who is None and low not in PLURAL:
            beat = described_beat(ctx, quote.start, female, male, anywhere=female or male) or chain_described(ctx, quote.start, female, male)
            if beat is not None:  # 'The chemist was furious. "...!" she cried.'
                resolve_description(text, beat, ctx.people, beat.start)
                extra["role"] = beat.role
                return Quote(quote.start, quote.end, words, beat.name or text[beat.start:beat.end], ms, me, **extra)
        if who is None and (female or male) and earlier and ctx.language == "en":
            who = _speaker_of_sex(ctx, earlier, ms, female, male)
        who = who or main_person(ctx, ms, spans, female, male) or last_person(people, ms, spans, female, male, ctx)
        who = who or role_opener(ctx, quote.start, female, male, named_only=False)  # "Hospitalsdirektøren beklager"
        lady = sexed_description(text, ms, female) if who is None and (female or male) and ctx.language == "en" else None
        lady = lady or (described_opener(text, quote.start, female, male) if who is None and (female or male) and ctx.language == "en" else None)
        if lady is not None:  # 'The old lady looked up. ... She said:' with no woman named
            return Quote(quote.start, quote.end, words, lady.name, ms, me, **extra)
        return Quote(quote.start, quote.end, words, note_sex(ctx, who, female, male), ms, me, **extra)
    country = demonym_person(ctx, ms, me, spans) if ctx.language == "en" and speaker.kind != "pronoun" else None
    if country is not None:  # '"...," the Scot said.' after "Scotland's Callum Reid" (quotesen22)
        return Quote(quote.start, quote.end, words, country, ms, me, **extra)
    if speaker.kind == "description":
        owner = voice_owner(text, me, ctx.people) if mention.endswith("voice") and ctx.language == "en" else None
        speaker = owner if owner is not None and owner.kind != "pronoun" else speaker  # "It was the voice of Ann."
        if speaker.kind == "description":
            right_after = name_right_after(text, ctx.people, (ms, me))  # (quotes14)
            if right_after is None:
                resolve_description(text, speaker, ctx.people, ms)
            speaker.name = right_after or speaker.name
        extra["role"] = speaker.role
        variation = _VARIATION.fullmatch(mention)
        written = re.sub(r"[- ]", "[- ]", variation.group(1)) if variation else ""
        if speaker.name in (None, mention) and variation and not re.search(rf"\b{written}\b", text[:ms], re.IGNORECASE):
            # "said the 34-year-old", "the father of three said" with no one introduced that way
            # before: no role, but news writing's way of naming the person just written about.
            speaker.name = subject_person(ctx, ms, spans) or (  # else the one quoted just before
                previous.speaker if previous is not None and previous.speaker and near(text, previous.end, ms) else None
            ) or speaker.name
        if speaker.name in (None, mention) and ctx.language == "da":
            speaker.name = (described_before(text, ctx.people, mention, ms, previous, spans.covers) if previous else None
                            ) or body_named_before(text, ctx.people, mention, ms) or speaker.name
        if speaker.name in (None, mention):  # "the company said in a statement": the firm named before
            speaker.name = described_body(ctx, mention, ms, spans) or speaker.name
        if speaker.name in (None, mention) and is_pair(mention, ctx.language):  # "siger parret" (quotes14)
            speaker.name = two_people(ctx, ms, spans) or speaker.name
        if speaker.name in (None, mention) and definite_person(mention, ctx.language) and not _ANONYMOUS.match(text, me, me + 120):
            speaker.name = near_or_introduced(text, ctx.people, (ms, me), spans.covers, ctx.language) or speaker.name  # "said the skipper"
        return Quote(quote.start, quote.end, words, speaker.name or mention, ms, me, **extra)
    if speaker.name and ctx.people.person_in(ms, me) is not None:
        # A surname on its own ("Ms. Lee said") is the person named in full before.
        full = in_full(speaker.name, spans.names(people))
        full = honorific_fit(text, ms, full) if ctx.language == "en" else full  # "Mrs Hobbs" is not Alan Hobbs
        full = genitive_in_full(full, spans.names(people)) or full  # "Kjærsgaards svar er kort:" (quotes14)
        return Quote(quote.start, quote.end, words, given_name(text, full, ms, ctx.language, ctx.given) or full, ms, me, **extra)
    name = (speaker.name or mention).strip(" .,")
    known = spans.names(people).get(name) or in_full(name, spans.names(people))  # "Mrs Hill"
    return Quote(quote.start, quote.end, words, given_name(text, known, ms, ctx.language, ctx.given) or known or None, ms, me, **extra)


_VARIATION = re.compile(
    r"the\s+(\d{1,3}-year-old|teenager|(?:father|mother|grandfather|grandmother|dad|mum|mom)[- ]of[- ]"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))",
    re.IGNORECASE,
)
def interviewee(ctx: Context, spans: "Spans") -> str | None:
    """The person an interview is with: the one named most often outside questions and quotes."""
    if ctx.interviewee_known:
        return ctx.interviewee
    ctx.interviewee_known = True
    counts: dict[str, int] = {}
    for ent in ctx.people.people:
        if not spans.covers(ent.start) and not in_byline(ctx, ent.start):
            counts[ent.canonical] = counts.get(ent.canonical, 0) + 1
    ctx.interviewee = max(counts, key=lambda name: counts[name]) if counts else None
    return ctx.interviewee


def two_people(ctx: Context, before: int, spans: "Spans") -> str | None:
    """"siger de": the two people named together in the paragraph before (or this one)."""
    text = ctx.text
    start = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, before)))
    names: list[str] = []
    for ent in ctx.people.last_people(max(0, start), before):
        if spans.covers(ent.start) or ent.canonical in names:
            continue
        names.append(ent.canonical)
    joint = " og " if ctx.language == "da" else " and "
    if len(names) < 2:
        return _named_together(ctx, before, spans, joint)
    return names[-2] + joint + names[-1]


def _named_together(ctx: Context, before: int, spans: "Spans", joint: str) -> str | None:
    """The last two people the article named together ("Brødrene Emil og Jonas Winther", "Tom Reed
    and Ann Lee") before a "siger de" whose paragraphs around name fewer than two."""
    people = [e for e in ctx.people.last_people(0, before) if not spans.covers(e.start)]
    for first, second in zip(reversed(people[:-1]), reversed(people[1:])):
        if ctx.text[first.end:second.start] == joint and first.canonical != second.canonical:
            return first.canonical + joint + second.canonical
    return None


def _sex_shown(ctx: Context, name: str) -> bool:
    """Whether the sex of a person named or described so is known: a known first name, the text's
    own signs, or a description of one sex ("an old man")."""
    first = name.split()[0].lower() if name.split() else ""
    return first in FIRST_NAMES or learned_sex(ctx, name) is not None or (
        description_fits(name, True, False) != description_fits(name, False, True)
    )


def _after_narrator(text: str, previous: Quote | None, pos: int) -> bool:
    """Whether the quote before, in this paragraph or the one before, is the writer's ("I say")."""
    return previous is not None and previous.speaker_start is not None and near(text, previous.end, pos) and (
        text[previous.speaker_start:previous.speaker_end] == "I"
    )


def _speaker_of_sex(ctx: Context, earlier: list[Quote], before: int, female: bool, male: bool) -> str | None:
    """An exchange: "he said" with nobody named nearby is the last speaker of the quotes before
    (within four paragraphs) whose sex, shown by the first name, the text or a description ("her
    brother"), fits."""
    for quote in reversed(earlier[-8:]):
        name = quote.speaker
        if ctx.text.count("\n\n", quote.end, before) > 4:
            break
        if not name or " and " in name:
            continue
        shown = name.split()[0].lower() in FIRST_NAMES or learned_sex(ctx, name) is not None or not (
            description_fits(name, True, False) and description_fits(name, False, True)
        )
        if shown and gender_fits_name(name, female, male, ctx) and description_fits(name, female, male):
            return name
    return None


def _tag_of(text: str, previous: Quote | None, pronoun: int) -> tuple[int, int] | None:
    """The name in the tag of the quote just before a pronoun, when only that tag and a mark stand
    between them ('"...," Mr Mead replied. "...," he added.'), else None."""
    if previous is None or previous.speaker_start is None or previous.speaker_end is None:
        return None
    if not previous.end <= previous.speaker_start < previous.speaker_end <= pronoun:
        return None
    between = text[previous.speaker_end:pronoun]
    return (previous.speaker_start, previous.speaker_end) if len(between) < 80 and "\n" not in between and between.count(".") <= 1 else None

