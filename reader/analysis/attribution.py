"""Who a quotation is attributed to: the reporting clause after it, the sentence or paragraph
before it (a colon, "ifølge", "according to", a reporting verb with its subject), per text context."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.analysis.en_quote_cues import described_tag
from reader.analysis.news_scans import matches_at
from reader.analysis.quote_before import speaker_before
from reader.analysis.quote_clauses import initial
from reader.analysis.quote_genres28 import comment_not_source
from reader.analysis.quote_cues import QUOTATIVE, beat_after, came_speaker, document_after
from reader.analysis.quote_da_ddt import own_words
from reader.analysis.quote_marks import Pair
from reader.analysis.people import People, Speaker
from reader.analysis.quote_verbs import patterns
from reader.analysis.speaker_inversion import danish_lead, danish_verb_after
from reader.analysis.speakers import after_verb, phrase
from reader.model import Entity

# A byline line: "Af Mette Lund", "By Rowan Ellis, Staff Writer" (capitalised words only, so "By
# Monday, ..." is a sentence, not a byline).
_BYLINE = re.compile(
    r"(?:Af|By|Skrevet af|Written by)\s+[A-ZÆØÅ][\w'’.-]*(?:,?\s+(?:[A-ZÆØÅ][\w'’.-]*|og|and|&)){0,7}[ \t]*$"
)
_BYLINE_LINES = re.compile(r"(?m)^" + _BYLINE.pattern)
_BYLINE_OPENERS = ("Af", "By", "Skrevet af", "Written by")


def _bylines(text: str) -> list[tuple[int, int]]:
    """The spans of ``_BYLINE_LINES.finditer(text)``, the pattern matched only where a line opens
    with one of its openers (found by ``str.find``; a ``(?m)^`` pattern is tried at every position,
    the costliest part of a short article's set-up). Every match starts at such a place."""
    starts = set()
    for opener in _BYLINE_OPENERS:
        k = text.find(opener)
        while k >= 0:
            if k == 0 or text[k - 1] == "\n":
                starts.add(k)
            k = text.find(opener, k + 1)
    return [m.span() for m in matches_at(_BYLINE_LINES, text, sorted(starts))] if starts else []


# A name (up to three capitalised words) or a subject pronoun and a verb in -ed or -s right after a
# quotation: '"...," Pag groaned.', '"...?" she laughed.'
_BEAT = re.compile(
    r"\s*([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}|he|she|they|I|we)\s+[a-z][a-z-]*(?:ed|s)(?=[\s.,!?;]|$)"
)
_BE_HAVE = frozenset("was is has does".split())  # no dialogue tag: '"...!" I was proud.'
_NOT_NAMES = frozenset("Everyone Everybody Nobody Someone Somebody Anyone There Then This That These Those It What When".split())


@dataclass
class Found:
    start: int
    end: int
    speaker: Speaker | None = None  # the attributing name, pronoun or description
    inherit: bool = False  # no attribution of its own
    kind: str = "full"


class Context:
    """Per-text lookups: verbs of the language, people, quote spans."""

    def __init__(self, text: str, language: str, entities: list[Entity]) -> None:
        self.text = text
        self.language = "da" if language == "da" else "en"
        self.people = People(entities, text)
        (self.verbs, self.after, self.dash_after, self.en_subject, self.before, self.according_after,
         self.put_it, self.partial, self.according) = patterns(self.language)
        self.left_open = False  # the last paragraph read left a quotation open
        self.byline = _bylines(text)
        self.byline_starts = [b[0] for b in self.byline]
        self.interviewee: str | None = None
        self.interviewee_known = False
        self.declared: str | None = None  # who speaks in an interview or a speech (voices.py)
        self.declared_known = False
        self.sexes: dict[str, str] | None = None  # the sex the text shows for a person (antecedents.py)
        self.given: dict[str, list[tuple[int, str]]] = {}  # surname -> its given names (quote_surnames.given_name)
        self.labels: set[int] = set()  # the starts of turn labels whose turn quotes someone else (quotesen23)
        self.turns: list[tuple[int, int]] = []  # those turns, after their labels
        self.voices: set[str] = set()  # the people the labels of a transcript name


def in_byline(ctx: Context, pos: int) -> bool:
    k = bisect.bisect_right(ctx.byline_starts, pos) - 1
    return k >= 0 and ctx.byline[k][0] <= pos < ctx.byline[k][1]


def attribute(ctx: Context, unit: tuple[int, int], pair: Pair) -> tuple[Speaker | None, str]:
    """Who a quotation is attributed to, and whether it is a partial quote."""
    text = ctx.text
    s, e = unit
    close = pair.after
    after = ctx.after.match(text, close, min(e, close + 200))
    if after:
        speaker = after_verb(text, after.end(), e, ctx.people, ctx.language)
        if speaker is not None:
            return speaker, "full"
    speaker = came_speaker(text, close, e, ctx.people) if ctx.language == "en" else document_after(text, close, e, ctx.people)
    if speaker is not None:
        return speaker, "full"
    according = ctx.according_after.match(text, close, min(e, close + 40))
    if according:
        # '"The plan will cost jobs," according to union leader Sara Finch.'
        speaker = after_verb(text, according.end(), e, ctx.people, ctx.language)
        if speaker is not None and speaker.kind != "pronoun":
            return speaker, "full"
    signed = re.match(r"[ \t]*\n?[ \t]*[—–][ \t]*(?=\S)", text[close:close + 8])
    if signed and pair.open_ended is False:
        # An epigraph or an embedded post signed with a dash: '"..." — Tom Reed, on the strike'.
        at = close + signed.end()
        line_end = text.find("\n", at)
        speaker = phrase(text, at, line_end if line_end >= 0 else len(text), ctx.people, ctx.language)
        if speaker is not None and speaker.kind == "name" and ctx.people.person_in(speaker.start, speaker.end) and (
            re.match(r"[ \t]*(?:$|\n|,|\()", text[speaker.end:speaker.end + 2])
        ):
            return speaker, "full"
    put = ctx.put_it.match(text, close, min(e, close + 90))
    if put:
        group = 1 if put.group(1) is not None else 2
        speaker = phrase(text, put.start(group), put.end(group), ctx.people, ctx.language)
        inside = group == 2 and text[sentence_begin(text, s, pair.before):pair.before].strip()  # "en »...«, som han"
        if speaker is not None and speaker.kind != "description" and not (
            group == 1 and comment_not_source(put.group(0), put.group(1))
        ):  # '"..." I could not have put it better.' (quotesen28)
            return speaker, "partial" if inside else "full"
    new_sentence = text[pair.start:pair.end].rstrip()[-1:] == "." and re.match(r"\s+[A-Z]", text[close:close + 3])
    if ctx.language == "en" and not new_sentence:
        subject = ctx.en_subject.match(text, close, min(e, close + 200))
        if subject:
            speaker = phrase(text, subject.start(1), subject.end(1), ctx.people, "en")
            # "Hull's harbour master, Tom Reed, said": commas only around a named person.
            # "Finch, 48, told": an age between commas keeps the subject plain.
            bare = re.sub(r",\s*(?:\d{1,3}|[RDI]-[A-Z][\w.]*),?$", "", subject.group(1))  # "Jim Cole, R-Texas,"
            bare = re.sub(r",\s*who\s[^,]{1,60},$", "", bare)  # "Finch, who has led the union since 2015,"
            plain = not re.search(r"[,;]\s", bare[1:-1] or "x")
            if speaker is not None and (plain or (speaker.kind == "name" and ctx.people.person_in(speaker.start, speaker.end))):
                return speaker, "full"
    beat = _BEAT.match(text, close, min(e, close + 60)) if ctx.language == "en" else None
    if beat is not None and text[pair.start:pair.end].rstrip()[-1:] in ",?!" and beat.group(1) not in _NOT_NAMES and (
        text[beat.end(1):beat.end()].strip() not in _BE_HAVE
    ):  # (not '"You're the rice lady!" I was so proud.': quotes32)
        # '"Oh no," Pag groaned.': a comma closing the quotation before a name or pronoun and its verb
        # is a dialogue tag, whatever the verb.
        speaker = phrase(text, beat.start(1), beat.end(1), ctx.people, ctx.language)
        if speaker is not None and speaker.kind in ("name", "pronoun") and text[speaker.start:speaker.end] != "it":
            return speaker, "full"
    described = described_tag(text, text[pair.start:pair.end], close, e, ctx.people) if ctx.language == "en" else None
    if described is not None:  # '"Adams! Baker ..." a voice called out.'
        return described, "full"
    if ctx.language == "en" and pair.start <= s + 1 and text[pair.start:pair.end].rstrip()[-1:] in ".!?":
        speaker = beat_after(text, close, e, ctx.people)  # '"It is late." Omar checked his watch.'
        if speaker is not None:
            return speaker, "full"
    sentence_start = sentence_begin(text, s, pair.before)
    lead = text[sentence_start:pair.before]
    if lead.strip():
        speaker = danish_lead(ctx, sentence_start, pair.before, speaker_before)  # "Hos DI lyder det:" (quotesda20)
        if speaker is not None:
            tail = lead.rstrip()
            partial = not tail.endswith((":", ",", "—", "–")) and not QUOTATIVE.search(tail) or bool(re.search(r"\b(?:at|that)$", tail)) or (
                ctx.language == "da" and own_words(text, sentence_start, pair.before)
            )  # "Han er, med egne ord, »en gammel sur mand«" (quotesda28)
            return speaker, "partial" if partial else "full"
    return danish_verb_after(ctx, pair, e), "full"  # "»...,« kalder borgmester X lukningen" (quotesda20)


_SENTENCE_END = re.compile(r"[.!?][»«\"“”’']?\s+(?=[A-ZÆØÅ\"“»„‘'])")


def sentence_begin(text: str, s: int, pos: int) -> int:
    """Start of the sentence holding ``pos`` within the paragraph starting at ``s``."""
    base = max(s, pos - 400)  # a sentence longer than that starts no further back
    match = None
    for found in _SENTENCE_END.finditer(text[base:pos + 1]):
        if not initial(text, base + found.start()):
            match = found  # (the slice takes the opening mark, so a sentence ending just before it counts)
    return base + match.end() if match is not None else base
