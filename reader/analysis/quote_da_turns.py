"""Danish news conventions for quotes without an attribution of their own (quotesda18): a quotation
followed by "Det siger X" / "Sådan lyder det fra X" is X's, and in dash dialogue the turn after a
question put to someone present is the other party's."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis.antecedents import Spans
from reader.analysis.attribution import Context, Found, in_byline
from reader.analysis.people import Speaker
from reader.analysis.quote_described_near import definite_person
from reader.analysis.reporting_verbs import verb_pattern
from reader.analysis.speakers import after_verb

# What may stand between a quotation and the clause naming its speaker: closing punctuation and
# marks, and at most one paragraph break.
_GAP = re.compile(r"[.,!?…«”\"\s]*")
# "Det siger X", "Dét fortæller X", "Sådan lyder det fra X", "Således skriver X".
_POINTER = re.compile(r"(?:Det|Dét|Sådan|Således)\s+")
# "Det siger noget om X, at ...", "Det siger alt om sagen": a judgement, no speaker named (attack18).
# "Det siger Ole Berg nej til at kommentere": he declines; the quotation is not his (attack18).
_DECLINES = re.compile(r"[\s,]*(?:nej|ja)\s+til\b", re.IGNORECASE)
_NO_SPEAKER = re.compile(r"\s+(?:noget|meget|alt|intet|ingenting)\b", re.IGNORECASE)


def said_after(ctx: Context, raw: list[tuple[Found, bool]]) -> None:
    """'»Folk holder på pengene.«\n\nDet siger avler X.' / '»...« Sådan siger X.': a quotation with no
    attribution of its own that a sentence opening "Det"/"Sådan" with a reporting verb follows at
    once (in its paragraph or as the next one's opening) is the speaker that sentence names."""
    if ctx.language != "da":
        return
    text = ctx.text
    verb = None
    for quote, _ in raw:
        if not quote.inherit:
            continue
        gap = _GAP.match(text, quote.end)
        if gap.group().count("\n") > 2 or not gap.group()[-1:].isspace():  # (not the next quotation's mark)
            continue
        pointer = _POINTER.match(text, gap.end())
        if pointer and verb is None:
            verb = _said(ctx.verbs)
        said = verb.match(text, pointer.end()) if pointer else None
        if said is None or _NO_SPEAKER.match(text, said.end()):
            continue
        line_end = text.find("\n", said.end())
        speaker = after_verb(text, said.end(), line_end if line_end >= 0 else len(text), ctx.people, "da")
        if speaker is not None and speaker.kind != "pronoun" and not _DECLINES.match(text, speaker.end):
            quote.speaker = speaker


@lru_cache(maxsize=8)
def _said(verbs: frozenset[str]) -> re.Pattern:
    """A reporting verb of ``verbs`` before a white space (made once a set of verbs, when a text
    first needs it: building and looking up the pattern's text cost every text some microseconds)."""
    return re.compile(verb_pattern(verbs) + r"(?=\s)")


# A second person in a question: it is put to someone present ("Hvad så De fra vinduet?").
_YOU = re.compile(r"\b(?:du|dig|din|dit|dine|jer|jeres)\b|(?<![.!?»\-–—]\s)\b(?:De|Dem|Deres|I)\b")
_SENTENCE = re.compile(r"[^.!?]*[.!?]*$")


def dialogue_turns(ctx: Context, raw: list[tuple[Found, bool]], spans: Spans) -> None:
    """Dash dialogue: a turn with no attribution of its own right after a question turn is the
    other party's when the question speaks to someone ("du", "De") or the two before it were two
    people's: the speaker of the turn before the question, else the last person the narrative
    paragraph before the exchange names, not the asker ('- Hvad så De? spurgte anklager X. / - Jeg
    så dem.')."""
    if ctx.language != "da":
        return
    text = ctx.text
    for k in range(1, len(raw)):
        quote, dash = raw[k]
        asked, asked_dash = raw[k - 1]
        if not (dash and asked_dash and quote.inherit and asked.speaker is not None) or not _next_paragraph(text, asked.end, quote.start):
            continue
        question = text[asked.start:asked.end].rstrip(" «»”\"")
        if not question.endswith("?"):
            continue
        before = raw[k - 2] if k >= 2 and raw[k - 2][1] and _next_paragraph(text, raw[k - 2][0].end, asked.start) else None
        two = before is not None and before[0].speaker is not None and _key(text, before[0].speaker) != _key(text, asked.speaker)
        if not (two or _YOU.search(_SENTENCE.search(question).group())):
            continue
        other = before[0].speaker if two else _narrated(ctx, asked.start, _key(text, asked.speaker), spans)
        if other is not None:
            quote.speaker = other


def _key(text: str, speaker: Speaker) -> str:
    return speaker.name or text[speaker.start:speaker.end]


def _next_paragraph(text: str, end: int, start: int) -> bool:
    """Whether the quote starting at ``start`` opens the paragraph right after the one ending at
    or after ``end`` (the first quote's own attribution may close its paragraph)."""
    between = text[end:start]
    return between.count("\n") in (1, 2) and not between[between.rfind("\n") + 1:].strip(" \t-–—")


def _narrated(ctx: Context, start: int, asker: str, spans: Spans) -> Speaker | None:
    """The last person named, outside quotes, in the narrative paragraph before the run of dash
    paragraphs holding ``start``, if not the asker."""
    text = ctx.text
    end = text.rfind("\n", 0, start)
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if line and line[:1] not in "-–—":
            break
        end = begin - 1
    begin = text.rfind("\n", 0, max(end, 0)) + 1
    if end <= begin or text[begin:end].lstrip()[:1] in "»«\"“„" or in_byline(ctx, begin):
        return None
    people = [p for p in ctx.people.last_people(begin, end) if not spans.covers(p.start)]
    if not people or people[-1].canonical == asker:
        return None
    return Speaker(people[-1].start, people[-1].end, "name", people[-1].canonical)


# A described person opening the sentence before a colon: "Min nabo, der har boet her i 50 år, sagde
# det præcist:", "Hans kone er ikke i tvivl:", "Naboen siger det sådan:".
_OWNER_NOUN = re.compile(r"(?:Min|Mit|Hans|Hendes|Vores|Deres)\s+[a-zæøå][a-zæøå-]+(?=[\s,])")
_DEFINITE_NOUN = re.compile(r"[A-ZÆØÅ][a-zæøå]{2,}(?:en|et)(?=[\s,])")
# Who a possessive can own and quote: kin, friends, colleagues ("Deres krav er enkelt:" and "Hendes
# budskab var klart:" name no speaker: attack18).
_OWNED_PEOPLE = frozenset(
    """nabo naboer kone hustru mand ægtefælle datter døtre søn sønner mor far forældre bror brødre søster
    søstre barn børn ven venner veninde veninder kæreste sambo partner kollega kolleger kollegaer makker
    chef leder advokat forsvarer læge træner mormor morfar farmor farfar bedstemor bedstefar oldemor
    oldefar svigermor svigerfar svigerdatter svigersøn svoger svigerinde onkel moster faster tante
    fætter kusine nevø niece barnebarn børnebørn familie mester lærer elev""".split()
)


def colon_described(ctx: Context, raw: list[tuple[Found, bool]]) -> None:
    """A quotation paragraph left without a speaker after a paragraph ending with a colon that
    names nobody: the described person opening that colon's sentence, a noun after a possessive
    or a definite person noun ("Min nabo, der har boet på Vestergade i 50 år, sagde det sådan:")."""
    if ctx.language != "da":
        return
    text = ctx.text
    for quote, _ in raw:
        line = text.rfind("\n", 0, quote.start)
        if quote.speaker is not None or not quote.inherit or text[line + 1:quote.start].strip(" \t»„“\"-–—"):
            continue
        end = len(text[:line].rstrip())
        begin = text.rfind("\n", 0, end) + 1
        if end <= begin or text[end - 1] != ":" or ctx.people.last_people(begin, end) or in_byline(ctx, begin):
            continue
        opening = max(begin, *(k + 2 for k in (text.rfind(". ", begin, end), text.rfind("? ", begin, end))))
        found = _OWNER_NOUN.match(text, opening) or _DEFINITE_NOUN.match(text, opening)
        if found is not None and (definite_person(found.group().lower(), "da") if found.re is _DEFINITE_NOUN
                                  else found.group().split()[-1] in _OWNED_PEOPLE):
            quote.speaker = Speaker(found.start(), found.end(), "description", found.group()[0].lower() + found.group()[1:])
