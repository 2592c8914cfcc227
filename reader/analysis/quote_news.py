"""English news conventions for quotations the reporting clauses leave without a speaker, or give
to a written source: a quotation opening the story before its speaker is named ('"We lost
everything." / That is how Anna Kowal describes the night ...'), and "the statement added" or
"the statement read" as whoever issued the statement."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import replace

from reader.analysis.antecedents import Spans
from reader.analysis.attribution import Context, Found, sentence_begin, speaker_before
from reader.analysis.descriptions import is_person_noun
from reader.analysis.quote_da_turns import colon_described, dialogue_turns, said_after
from reader.analysis.quote_da_headline import danish_after  # noqa: F401 (for quotes.py, quotesda19)
from reader.analysis.gazetteer import FEMALE_NAMES, FIRST_NAMES
from reader.analysis.people import Speaker
from reader.analysis.sentences import end_before
from reader.model import Quote

_FIRST_SENTENCE = re.compile(r"[^\n]*?(?:[.!?](?=\s)|$)", re.MULTILINE)
# A sentence pointing back at the quotation before it: "Those are the words of", "That is how",
# "So says", "With those words,".
_BACK = re.compile(
    r"(?:(?:That|Those|These|This|Such)\s+(?:is|are|was|were)\b|So\s+(?:says|said)\b"
    r"|With\s+(?:that|those|these)(?:\s+words)?\b|(?:Those|These)\s+words\b)"
)


def story_opening(ctx: Context, raw: list[tuple[Found, bool]], spans: Spans) -> None:
    """A quotation that is a whole paragraph with no attribution and no speaker found, before a
    narrative paragraph: the first person named in that paragraph's first sentence, when the
    quotation opens the text (the "quote lede" of news writing: '"I didn't think I would see her
    again." / George Amadi, 80, was reunited ...') or that sentence points back at it ('"Nobody
    knocked on a door." / Those are the words of Marjorie Bell, 74, ...'). Nobody when that
    sentence names no one or opens with a quotation."""
    if ctx.language != "en":
        return said_after(ctx, raw) or dialogue_turns(ctx, raw, spans) or colon_described(ctx, raw)  # Danish (quotesda18)
    text = ctx.text
    for k, (quote, _) in enumerate(raw):
        if quote.speaker is not None or not quote.inherit:
            continue
        opening = k == 0 and not text[:quote.start].strip(" \t\n\"“‘")
        line_start = text.rfind("\n", 0, quote.start) + 1
        line_end = text.find("\n", quote.end)
        if line_end < 0 or text[quote.end:line_end].strip(" \t\"”’.,!?") or text[line_start:quote.start].strip(" \t\"“‘"):
            continue  # not the whole paragraph, or the last one
        following = re.compile(r"\s*").match(text, line_end).end()
        if following >= len(text) or text[following] in "\"“‘'»„-–—" or not (opening or _BACK.match(text, following)):
            continue
        sentence = _FIRST_SENTENCE.match(text, following)
        people = [p for p in ctx.people.last_people(following, sentence.end()) if not spans.covers(p.start)]
        if people:
            quote.speaker = Speaker(people[0].start, people[0].end, "name", people[0].canonical)


_WRITTEN = r"(?:statement|letter|email|e-mail|note|message|post|press\s+release)"
# A written source as a quotation's speaker: '"...," the statement added.', "The letter said:".
_THE_WRITTEN = re.compile(rf"(?:[Tt]he|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+({_WRITTEN})")
# A reporting clause after a quotation whose verb the written source takes: '"...," the statement read.'
_READ_AFTER = re.compile(rf"[\s,.!?\"”’]*(?:the|that|its|their|his|her)\s+({_WRITTEN})\s+(?:read|reads|continued|continues|went\s+on)\b")


def written_sources(ctx: Context, raw: list[tuple[Found, bool]]) -> None:
    """'In a statement, the family said: "..."' / '"...," the statement added.': the statement is
    no speaker; whoever the paragraph that brought in that statement attributed a quote to is."""
    if ctx.language != "en":
        return
    text = ctx.text
    for k, (quote, _) in enumerate(raw):
        speaker = quote.speaker
        named = _THE_WRITTEN.fullmatch(text, speaker.start, speaker.end) if speaker is not None else None
        if named is None and (speaker is None or quote.inherit):
            named = _READ_AFTER.match(text, quote.end, quote.end + 40)
        noun = named.group(1) if named else None
        if noun is None:
            continue
        source = _source_of(text, raw, k, noun)
        if source is not None:
            quote.speaker = source


def _source_of(text: str, raw: list[tuple[Found, bool]], k: int, noun: str) -> Speaker | None:
    """The speaker of the last quote before ``raw[k]`` whose paragraph names the written ``noun``
    outside its attribution's own mention ("In a statement, the company said:")."""
    for quote, _ in reversed(raw[:k]):
        speaker = quote.speaker
        if speaker is None or speaker.kind == "pronoun" or _THE_WRITTEN.fullmatch(text, speaker.start, speaker.end):
            continue
        start = text.rfind("\n", 0, quote.start) + 1
        end = text.find("\n", quote.end)
        line = text[start:end if end >= 0 else len(text)]
        if re.search(rf"\b{noun}\b", line, re.IGNORECASE):
            return speaker
    return None


# The subject of a sentence about issuing something: "Delgado's office later released a statement."
_ISSUER = re.compile(
    r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*(?:'s|’s)\s+(?:[a-z]+\s+)??[a-z]+|[Tt]he\s+(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)"
    r"\s+(?:(?:\w+ly|later|also|then|soon)\s+)?(?:issued|released|published|sent|put\s+out|posted|gave)\s+(?:a|an|its|the)\s"
)


def it_reporter(ctx: Context, before: int) -> str | None:
    """'The airline, SkyNorth, said in a statement that ... It added: "..."': with no organisation
    found as a clause subject, "it" is who the sentence before reported, in this paragraph or the
    last (a name or a description, never a pronoun)."""
    text = ctx.text
    para = text.rfind("\n\n", 0, before)
    window = text.rfind("\n\n", 0, para) + 2 if para > 0 else 0
    start = sentence_begin(text, window, before)
    if start <= window:
        return None
    prev = sentence_begin(text, window, start - 2)
    verb = None
    for verb in ctx.before.finditer(text, prev, start):
        pass
    if verb is None:
        # "Delgado's office later released a statement.": the thing that issued it.
        issuer = _ISSUER.match(text, prev, start)
        org = ctx.people.org_in(prev, issuer.end(1)) if issuer else None
        if org is not None and org.start == prev + (4 if text.startswith("The ", prev) else 0):
            return org.canonical
        return issuer.group(1) if issuer and not is_person_noun(issuer.group(1).split()[-1]) else None
    found = speaker_before(ctx, prev, verb.end())
    if found is None or found.kind == "pronoun":
        return None
    return found.name or text[found.start:found.end]


_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_HONORIFIC_AT = re.compile(r"(Mr|Mrs|Ms|Miss)\.?\s+(?=[A-Z])")


def honorific_fit(text: str, start: int, full: str) -> str:
    """English: "Mrs Hobbs" is no man: when the full name a surname with an honorific was matched
    to has a first name of the other sex, the one named with the spouse ("Jean and Alan Hobbs")
    if the text has her, else the mention as written ("Mrs Hobbs")."""
    honorific = _HONORIFIC_BEFORE.search(text, max(0, start - 6), start) or _HONORIFIC_AT.match(text, start)
    words = full.split()
    if honorific is None or len(words) < 2:
        return full
    female = honorific.group(1) != "Mr"
    first = words[0].lower()
    if first not in FIRST_NAMES or (first in FEMALE_NAMES) == female:
        return full
    surname = words[-1]
    for couple in re.finditer(rf"\b([A-Z][a-z]+)\s+(?:and|&)\s+([A-Z][a-z]+)\s+{re.escape(surname)}\b", text):
        for given in couple.groups():
            if given.lower() in FIRST_NAMES and (given.lower() in FEMALE_NAMES) == female:
                return f"{given} {surname}"
    return f"{honorific.group(1)} {surname}"


_GIVEN_FORM = re.compile(r"[A-ZÆØÅ][a-zæøå]+")


def sibling_surname(text: str, quote: Quote, found: dict[str, str | None] | None = None) -> Quote:
    """A speaker known only by a first name that the text writes with a relative sharing the
    surname ("Michael and Sean Doyle", "Hanne og Kristian Lauridsen"; "Michael said") is "Michael
    Doyle". ``found``: the surname found for each first name so far (the text is searched once per
    name, not per quote)."""
    name = quote.speaker or ""
    if not _GIVEN_FORM.fullmatch(name) or name.lower() not in FIRST_NAMES:
        return quote
    found = {} if found is None else found
    if name not in found:
        pair = _first_pair(text, name) or _second_pair(text, name)
        pair = None if pair is not None and "\n\n" in pair.group(0) else pair  # "... of Tom and Lily\n\nGood afternoon"
        ok = pair is not None and (pair.group(1).lower() not in FIRST_NAMES or pair.group(1).lower() in _SURNAMES_TOO)
        found[name] = pair.group(1) if ok else None
    return quote if found[name] is None else replace(quote, speaker=f"{name} {found[name]}")


def _first_pair(text: str, name: str) -> re.Match | None:
    """``re.search(rf"\\b{name}\\s+(?:and|og|&)\\s+[A-ZÆØÅ][a-zæøå]+\\s+([A-ZÆØÅ][\\w'’-]+)\\b", text)``
    led by the name (a literal the engine skips to; ``\\b`` before a capital is no word character
    before it)."""
    return _first_pattern(name).search(text)


@lru_cache(maxsize=1024)
def _first_pattern(name: str) -> re.Pattern:
    """``_first_pair``'s pattern of ``name`` (compiled once: names repeat from text to text)."""
    return re.compile(rf"{name}(?<!\w{name})\s+(?:and|og|&)\s+[A-ZÆØÅ][a-zæøå]+\s+([A-ZÆØÅ][\w'’-]+)\b")


def _second_pair(text: str, name: str) -> re.Match | None:
    """``re.search(rf"\\b[A-ZÆØÅ][a-zæøå]+\\s+(?:and|og|&)\\s+{name}\\s+([A-ZÆØÅ][\\w'’-]+)\\b", text)``'s
    group 1 (in a match of its own), found from the name (a literal the engine skips to): the first
    place it is written, with white space before and a surname after, that the capitalised word and
    "and", "og" or "&" stand before."""
    tail = _tail_pattern(name)
    at = 0
    while (match := tail.search(text, at)) is not None:
        if _pair_before(text, match.start()):
            return match
        at = match.start() + 1
    return None


@lru_cache(maxsize=1024)
def _tail_pattern(name: str) -> re.Pattern:
    """``_second_pair``'s pattern of ``name`` (compiled once)."""
    return re.compile(rf"{name}(?<=\s{name})\s+([A-ZÆØÅ][\w'’-]+)\b")


_LOWER = frozenset("abcdefghijklmnopqrstuvwxyzæøå")
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")


def _pair_before(text: str, at: int) -> bool:
    """Whether ``\\b[A-ZÆØÅ][a-zæøå]+\\s+(?:and|og|&)\\s+`` ends at ``at`` (read backwards)."""
    k = end_before(text, at)
    if k == at:
        return False
    if text.endswith("and", 0, k):
        k -= 3
    elif text.endswith("og", 0, k):
        k -= 2
    elif text.endswith("&", 0, k):
        k -= 1
    else:
        return False
    word_end = end_before(text, k)
    if word_end == k:
        return False
    k = word_end
    while k and text[k - 1] in _LOWER:
        k -= 1
    if k == word_end or not k or text[k - 1] not in _UPPER:
        return False
    k -= 1
    return not k or not (text[k - 1].isalnum() or text[k - 1] == "_")


_SURNAMES_TOO = frozenset("doyle price bell lee hill reed king may young james thomas davies lewis".split())
