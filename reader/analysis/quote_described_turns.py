"""English dialogue between a named person and a described one: 'Priya Mandal was digging when an
elderly man leaned on her gate.' / '"Leave those a week."' / '"They're ready now."' / '"Ready is
not done."': the turn after the narrative that brings the described person in is theirs, and
the bare turns after it go back and forth between the two."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from reader.analysis.antecedents import gender_fits_name
from reader.analysis.attribution import Found, sentence_begin
from reader.analysis.descriptions import description_fits, is_person_noun, is_sexed, subject_description
from reader.analysis.people import People
from reader.analysis.quote_called_kin import kin_sex
from reader.analysis.quote_pronoun_turns import addressed
from reader.analysis.sentences import end_before
from reader.model import Quote

_PARAGRAPHS_BACK = 6  # how far back the scene's named person and earlier voices are looked for
_DESCRIPTION = re.compile(r"\b(?=((?:[Aa]n?|[Tt]he|[Tt]his)(?:\s+[a-z][\w-]*){1,3}))")  # (overlapping: "the slipway when the girl")
_PRONOUN = re.compile(r"(He|She)\s+[a-z]")
_TOLD = re.compile(r"\b(?:told|tells|said|says|asked|asks|explained|explains)\b")


class _Run(Protocol):
    quotes: list[int]
    who: str | None
    bare: bool


def described_turns(text: str, raw: list[tuple[Found, bool]], quotes: list[Quote], runs: list[list[_Run]], cast: People) -> None:
    """A run of quotation paragraphs right after a narrative paragraph whose last sentence brings
    in a described person D (its subject: "an elderly man in a flat cap leaned on her gate"; or a
    "he"/"she" opening it after the last description that fits, no name between): the run's
    first turn is D's when it has no attribution or a "he"/"she" that fits D, and when the run
    reads as an exchange (see _exchange) the bare turns after it alternate between the scene's
    one named person (when there is one) and D. A definite description ("the old man") of a
    person already named by that noun, or in a scene that had two voices before, is left alone;
    a turn calling its would-be speaker by name ends the run (in place)."""
    for run in runs:
        first = run[0].quotes[0]
        line = text.rfind("\n", 0, quotes[first].start) + 1
        if text[line:quotes[first].start].strip(" \t\"“‘'"):
            continue  # a beat before the turn names its speaker
        found = _newcomer(text, line, cast)
        if found is None:
            continue
        start, end = found
        female, male = _sex(text, raw[first][0])
        if not (run[0].who is None and run[0].bare or (female or male) and description_fits(text[start:end], female, male)):
            continue
        if text[start].lower() == "t" and _definite_known(text, quotes, first, start, end, cast):
            continue
        other = _named_other(text, quotes, first, start, cast) or _tagged_in(quotes, run, cast)
        exchange = _exchange(text, quotes, run)
        described = (text[start:end], start, end)
        for m, turn in enumerate(run if exchange else run[:1]):
            k = turn.quotes[0]
            who = described if m % 2 == 0 else other
            if who is None:
                continue  # (the one named person is unknown: only the described person's turns)
            lead = _lead(text, quotes[k].start)
            if addressed(quotes[k].text, who[0]) or lead and quotes[k].speaker != who[0]:
                break  # (a beat naming the one whose turn it is goes on: 'Finnegan did not look up. "..."')
            if lead:
                continue
            female, male = _sex(text, raw[k][0])
            if not (turn.bare and turn.who is None or (female or male) and description_fits(who[0], female, male) and m % 2 == 0
                    or quotes[k].speaker == who[0]):
                break
            quotes[k] = replace(quotes[k], speaker=who[0], speaker_start=who[1], speaker_end=who[2], role="", affiliation="")


def _exchange(text: str, quotes: list[Quote], run: list[_Run]) -> bool:
    """Whether a run reads as an exchange between two, not one voice going on ('"It was like a
    bomb."' / '"We all ran out."'): a turn asks a question or has a tag or a beat, or the first
    one speaks to a "you"."""
    return any("?" in quotes[t.quotes[0]].text or not t.bare or t.who is not None or _lead(text, quotes[t.quotes[0]].start)
               for t in run) or re.search(r"\b[Yy]ou(?:r|'ll|’ll|'re|’re)?\b", quotes[run[0].quotes[0]].text) is not None


def _sex(text: str, found: Found) -> tuple[bool, bool]:
    """(she, he): whether the quotation's own attribution is "she" or "he"."""
    said = found.speaker
    word = text[said.start:said.end].lower() if said is not None and said.kind == "pronoun" and not found.inherit else ""
    return word == "she", word == "he"


def _told_sex(text: str, found: Found) -> tuple[bool, bool]:
    """(she, he): a "she"/"he" that tells who speaks a quotation: its own tag, a beat opening its
    paragraph ('He stopped. "Yes."'), or the subject opening the last sentence of a narrative
    paragraph right before it ('He looked at it for a long time.')."""
    female, male = _sex(text, found)
    if female or male:
        return female, male
    line = text.rfind("\n", 0, found.start) + 1
    at = line
    if not _lead(text, found.start):
        end = end_before(text, line)
        begin = text.rfind("\n", 0, end) + 1
        if end <= begin or re.search(r"[\"“”]", text[begin:end]):
            return False, False
        at = sentence_begin(text, begin, end - 2)
        if _reported(text, at, end):
            return False, False  # ('He told her he had ridden the 40 for years.' / '"What did you do?"': her)
    pronoun = _PRONOUN.match(text, at)
    return (pronoun.group(1) == "She", pronoun.group(1) == "He") if pronoun else (False, False)


def _reported(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``[start, end)`` reports speech ("He told her he had ridden the 40"),
    not counting an aside that only says who tells the story ("A little girl, she said, came")."""
    return _TOLD.search(_ASIDE.sub("", text[start:end])) is not None


_ASIDE = re.compile(r",\s+(?:she|he|they|I|we)\s+(?:said|says|recalled|recalls),")


def _newcomer(text: str, line: int, cast: People) -> tuple[int, int] | None:
    """The described person the narrative paragraph before ``line`` brings in last (see
    described_turns): its span, or None."""
    end = end_before(text, line)
    begin = text.rfind("\n", 0, end) + 1
    if end <= begin or re.search(r"[\"“”]", text[begin:end]) or text[begin:end].endswith(":"):
        return None
    last = sentence_begin(text, begin, end - 2)
    if _reported(text, last, end):
        return None  # reported speech: the quotation may go on with it or answer it
    pronoun = _PRONOUN.match(text, last, end)
    found = None
    for match in _DESCRIPTION.finditer(text, begin if pronoun else last, last if pronoun else end):
        span = _person_span(text, match.start(), match.end(1))
        if span is None:
            continue
        subject = subject_description(text, span[0], end) is not None
        if subject or pronoun and is_sexed(text[span[0]:span[1]].split()[-1], pronoun.group(1) == "She"):
            found = span
    if found is None or cast.last_people(found[1], end):
        return None  # ("the old man set up his board, and Nadia sat down": Nadia)
    if pronoun:
        she = pronoun.group(1) == "She"
        if not description_fits(text[found[0]:found[1]], she, not she):
            return None
    return found


def _person_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The description from ``start`` up to the last person noun in ``[start, end)``."""
    words = list(re.finditer(r"[\w-]+", text[start:end]))
    for k in range(len(words), 1, -1):
        if is_person_noun(words[k - 1].group()):
            return start, start + words[k - 1].end()
    return None


def _window(text: str, start: int) -> int:
    """The start of the paragraph six paragraphs before ``start``."""
    window = start
    for _ in range(_PARAGRAPHS_BACK):
        window = text.rfind("\n\n", 0, max(0, window - 1))
        if window < 0:
            return 0
    return window


def _named_other(text: str, quotes: list[Quote], first: int, at: int, cast: People) -> tuple[str, int | None, int | None] | None:
    """The one person named outside quotations (or speaking) in the paragraphs before the
    description at ``at``: (name, start, end), or None when there are none or several."""
    window = _window(text, at)
    before = [q for q in quotes[:first] if q.end > window]
    others: dict[str, tuple[str, int | None, int | None]] = {}
    for person in cast.last_people(window, at):
        if not any(q.start <= person.start < q.end for q in before):
            others.setdefault(person.canonical.split()[-1].lower(), (person.canonical, person.start, person.end))
    for quote in before:
        if quote.speaker and quote.speaker[:1].isupper() and cast.person_in(quote.speaker_start or 0, quote.speaker_end or 0):
            others.setdefault(quote.speaker.split()[-1].lower(), (quote.speaker, quote.speaker_start, quote.speaker_end))
    return next(iter(others.values())) if len(others) == 1 else None


def _tagged_in(quotes: list[Quote], run: list[_Run], cast: People) -> tuple[str, int | None, int | None] | None:
    """The one person a turn of the run names as its speaker (by a name in the text), if one."""
    named = {quotes[t.quotes[0]].speaker: quotes[t.quotes[0]] for t in run[1:]
             if quotes[t.quotes[0]].speaker and cast.person_in(quotes[t.quotes[0]].speaker_start or 0, quotes[t.quotes[0]].speaker_end or 0)}
    if len(named) != 1:
        return None
    (quote,) = named.values()
    return quote.speaker, quote.speaker_start, quote.speaker_end


def _definite_known(text: str, quotes: list[Quote], first: int, start: int, end: int, cast: People, voices: bool = True) -> bool:
    """Whether a definite description may be someone the scene already has: two voices spoke in
    it before, none of them by its noun, or a person named before is called by its noun next to
    the name ("the helmsman, Ryan Tregear")."""
    window = _window(text, start)
    spoke = {q.speaker.split()[-1].lower() for q in quotes[:first] if q.speaker and q.end > window}
    noun = text[start:end].split()[-1].lower()
    if voices and len(spoke) >= 2 and noun not in spoke:  # ("an elderly man" spoke: "The old man" is him)
        return True
    return any(re.search(rf"\b{re.escape(noun)}\b", text[max(0, p.start - 40):p.end + 40], re.IGNORECASE)
               for p in cast.last_people(0, start))


_SEX_AFTER = re.compile(r"[^.!?;\"“”]{0,40}?\b(his|her)\b")


def sexed_voices(text: str, raw: list[tuple[Found, bool]], quotes: list[Quote], runs: list[list[_Run]], cast: People) -> None:
    """'The mechanic wiped his hands.' ... 'He stopped. "Yes."': a turn that "he"/"she" attributes
    (its tag or a beat) but that went to a name the text gives no sex for (Lena, Nadia) is the
    last person described before it whose sex fits (by the noun, or "his"/"her" after it in its
    clause), when no name of a known fitting sex stands in the six paragraphs before; the bare
    turns of its run before and after it then alternate with that name (in place)."""
    for run in runs:
        for m, turn in enumerate(run):
            k = turn.quotes[0]
            female, male = _told_sex(text, raw[k][0])
            name = quotes[k].speaker
            if not (female or male) or not name or not any(p.canonical == name for p in cast.people) \
                    or not gender_fits_name(name, not female, not male):
                continue  # (a name the gazetteer knows the sex of)
            window = _window(text, quotes[k].start)
            if any(gender_fits_name(p.canonical, female, male) and not gender_fits_name(p.canonical, not female, not male)
                   for p in cast.last_people(window, quotes[k].start)):
                continue
            found = _last_sexed(text, quotes, window, quotes[k].start, female)
            spoke = next((q for q in reversed(quotes[:k]) if q.end > window and q.speaker and (
                q.speaker_start is not None and _DESCRIPTION.match(text, q.speaker_start) and (found is None or q.speaker_start > found[0])
                and _person_span(text, q.speaker_start, q.speaker_end) and is_sexed(q.speaker.split()[-1], female)
                or kin_sex(q.speaker) == female and q.speaker_start is None)), None)
            if spoke is not None:  # a described voice of the scene ("the old man", "Mum", who spoke before)
                described = (spoke.speaker, spoke.speaker_start, spoke.speaker_end)
            elif found is None or _definite_known(text, quotes, k, found[0], found[1], cast, voices=False):
                continue
            else:
                described = (text[found[0]:found[1]], found[0], found[1])
            other = (name, quotes[k].speaker_start, quotes[k].speaker_end)
            _alternate_from(text, quotes, run, m, described, other)
            break


def _alternate_from(text: str, quotes: list[Quote], run: list[_Run], at: int, who: tuple, other: tuple) -> None:
    """Give turn ``at`` of ``run`` to ``who`` and the bare turns on either side of it, back and
    forth, to ``other`` and ``who`` (until a turn with a beat or tag, or one calling its would-be
    speaker by name)."""
    for step in (-1, 1):
        m = at
        while 0 <= m < len(run):
            k = run[m].quotes[0]
            speaker = who if (m - at) % 2 == 0 else other
            if m != at and (not run[m].bare or run[m].who is not None or _lead(text, quotes[k].start)):
                break
            if addressed(quotes[k].text, speaker[0]):
                break
            quotes[k] = replace(quotes[k], speaker=speaker[0], speaker_start=speaker[1], speaker_end=speaker[2], role="", affiliation="")
            m += step


def _lead(text: str, start: int) -> str:
    """The words before a quotation in its paragraph (a beat), stripped."""
    return text[text.rfind("\n", 0, start) + 1:start].strip(" \t\"“‘'")


def _last_sexed(text: str, quotes: list[Quote], start: int, end: int, female: bool) -> tuple[int, int] | None:
    """The last description of a person in ``[start, end)``, outside quotations, whose sex is
    shown and is ``female`` (or male): by its noun, or "his"/"her" after it in its clause."""
    found = None
    for match in _DESCRIPTION.finditer(text, start, end):
        span = _person_span(text, match.start(), match.end(1))
        if span is None or any(q.start <= span[0] < q.end for q in quotes):
            continue
        noun = text[span[0]:span[1]].split()[-1]
        after = _SEX_AFTER.match(text, span[1], end)
        shown = is_sexed(noun, True) or is_sexed(noun, False) or after is not None
        if shown and (is_sexed(noun, female) or not is_sexed(noun, not female) and after is not None
                      and (after.group(1) == "her") == female):
            found = span
    return found
