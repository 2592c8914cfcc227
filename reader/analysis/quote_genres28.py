"""English quotations in personal letters, speeches, essays and transcripts (quotesen28): the
letter's addressee, a speaker known only as "my mother", a comment on a quotation that is no
attribution, a name the name finder missed before ", who"."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from reader.analysis.en_words import EN_VOCABULARY
from reader.analysis.gazetteer import FEMALE_NAMES, FIRST_NAMES, ORG_HEADS, PLACE_HEADS
from reader.analysis.person_nouns import is_person_noun
from reader.analysis.reporting_verbs import tag_verbs, verb_pattern
from reader.analysis.titles import is_title_word

# "Dear Jamie," opening a line of its own: a personal letter to Jamie, who is "you" in it and never
# the "he" or "she" of a quotation (quotesen28: "When he came back he said," was Jamie's).
_SALUTATION = re.compile(r"^[ \t]*(?:Dear|Dearest|My\s+dear|Hi|Hello)\s+([A-Z][a-z][\w'’-]+)[ \t]*,[ \t]*$", re.MULTILINE)


def addressee_mentions(text: str, people: list) -> set[int]:
    """The starts of the person mentions of a personal letter's addressee (a given name alone after
    "Dear" on the letter's first line of text, not "Dear Mr Reed,"), to be forgotten as people."""
    if "Dear" not in text[:400] and "Hi " not in text[:400] and "Hello " not in text[:400]:
        return set()
    match = _SALUTATION.search(text, 0, 400)
    if match is None or text[:match.start()].strip():
        return set()
    name = match.group(1)
    return {p.start for p in people if text[p.start:p.end] == name}


# A writer's comment after a quotation with a modal or a negation: '"..." I could not have put it
# better.' is no '"...," as X put it.' (quotesen28).
_COMMENT = re.compile(r"\b(?:not|never|could|would|couldn['’]t|wouldn['’]t|can['’]t|cannot|should|might)\b", re.IGNORECASE)


def comment_not_source(match_text: str, subject: str) -> bool:
    """Whether a "put it" phrase after a quotation (``match_text``, its subject ``subject``) only
    comments on it: no "as" before the subject, and a modal or negation in it."""
    return re.match(r"\s*,?\s*as\s", match_text) is None and _COMMENT.search(subject) is not None


# "Recruiter Sunita Varma, who has hired for supermarkets, says": two or three capitalised words
# before ", who", which the name finder may leave out (quotesen28).
_WHO = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w'’-]+(?:\s+[A-Z][a-z][\w'’-]+){1,2}),\s+who\s+(?!is\s+)")


_ROLE_END = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman)$")
_PLACE_BEFORE = re.compile(r"\b(?:on|at|in|from|near|outside|inside|behind|across|into|to|via|of)\s+(?:the\s+)?$")
_HEADS = PLACE_HEADS | ORG_HEADS


def who_names(text: str) -> set[str]:
    """Names of people written before ", who" (no common word, no title among their words): a
    person the reporting clause after the relative clause names."""
    if ", who " not in text:
        return set()
    names = set()
    for match in _WHO.finditer(text):
        words = match.group(1).split()
        while words and (words[0].lower() in EN_VOCABULARY or is_title_word(words[0]) or re.search(rf"\b{words[0].lower()}", text)
                         or len(words) == 3 and _ROLE_END.search(words[0]) and words[0].lower() not in FIRST_NAMES):
            words = words[1:]  # "Recruiter Sunita Varma", "Islander X Y" (the text writes "islanders"): the role left out
        if len(words) >= 2 and not any(w.lower() in EN_VOCABULARY or is_title_word(w) for w in words) and not (
            _PLACE_BEFORE.search(text, max(0, match.start() - 12), match.start())
            or words[-1].lower() in _HEADS and words[0].lower() not in FIRST_NAMES
        ):  # not "the gate on Mill Lane, who", "Brook Farm Hospital, who" (attack of probe28's story)
            names.add(" ".join(words))
    return names


# A family member as the subject of a sentence ("my mother gave me one piece of advice", "and your
# grandad climbed through her window"): who a later "he" or "she" is when nobody of that sex is
# named after it (quotesen28: 'My mother ... She said, "..."' was the principal named before).
_FEMALE_KIN = "mother|mum|mom|mummy|mam|grandmother|grandma|gran|granny|nan|nana|aunt|auntie|sister|daughter|wife|niece|stepmother"
_MALE_KIN = "father|dad|daddy|grandfather|grandad|granddad|grandpa|uncle|brother|son|husband|nephew|stepfather"
_KIN_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n)|(?<=,\s)|(?<=:\s)|(?<=\band\s))"
    r"(?:(?:And|But|So|Then|Once|Later|Even)\s+)?"
    rf"((?:[Mm]y|[Yy]our|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|old|own|older|elder|younger|little|big)\s+)?"
    rf"(?:({_FEMALE_KIN})|({_MALE_KIN})))(?=\s+(?!of\b|in\b|from\b|at\b|on\b|to\b|and\b|or\b|who\b|with\b|for\b)[a-z])"
)


def kin_antecedent(text: str, people: list, pronoun: int, female: bool, male: bool, covered) -> str | None:
    """The family member (as written, "my mother") a "he"/"she" at ``pronoun`` stands for: the last
    one of that sex opening a clause as its subject within 1,500 characters before, outside
    quotations (``covered``), when no person who may be of that sex is named after it (a turn
    label "OWEN:" is no such person)."""
    if not (female or male):
        return None
    window = text[max(0, pronoun - 1500):pronoun]
    if re.search(rf"\b(?:{_FEMALE_KIN if female else _MALE_KIN})\b", window, re.IGNORECASE) is None:
        return None
    base = pronoun - len(window)
    last = None
    for match in _KIN_SUBJECT.finditer(window):
        if (match.group(2) if female else match.group(3)) and not covered(base + match.start(1)):
            last = match
    if last is None:
        return None
    after = base + last.end(1)
    if not re.search(r"[.!?]", text[after:pronoun]):
        return None  # 'Her sister thinks that is a terrible idea, she says.': the sister is reported
    if _described_between(text, after, pronoun):
        return None  # 'When the postman saw it he said,': someone described after the family member
    for person in people:
        if after <= person.start < pronoun and not covered(person.start) and not _label(text, person):
            if _sex_of(text, person) in (None, "f" if female else "m"):
                return None
    return last.group(1)


# A person described as a clause's subject ("the postman saw", "an old miner came"): a person's
# head noun (person_nouns) and a lower-case word after it.
_DESCRIBED = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+([a-z]+)\s+([a-z]+)(?:\s+([a-z]+))?")
_NOT_VERB = frozenset("of in on at to for and or".split())


def _described_between(text: str, start: int, end: int) -> bool:
    """Whether a person described as a subject ("the postman saw it", "an old miner came") stands in
    ``[start, end)``: a person's head noun, one or two words after the determiner, and a word after it."""
    for m in _DESCRIBED.finditer(text, start, end):
        if is_person_noun(m.group(1)) and m.group(2) not in _NOT_VERB:
            return True
        if m.group(3) and is_person_noun(m.group(2)) and m.group(3) not in _NOT_VERB:
            return True
    return False


def _label(text: str, person) -> bool:
    """Whether ``person`` is a transcript's turn label ("OWEN MADDOX: ...")."""
    return text[person.end:person.end + 1] == ":" and (person.start == 0 or text[person.start - 1] == "\n")


def _sex_of(text: str, person) -> str | None:
    first = text[person.start:person.end].split()[0].lower().strip(".,")
    if first in ("mrs", "ms", "miss", "lady", "sister", "mother"):
        return "f"
    if first in ("mr", "sir", "lord", "brother", "father"):
        return "m"
    if first in FEMALE_NAMES:
        return "f"
    if first in FIRST_NAMES:
        return "m"
    return None


def singles_beside(text: str, gaps: list[tuple[int, int]], single_marks) -> list[tuple[int, int]]:
    """Quotations in single marks beside double ones in a paragraph (not nested in them): 'she goes,
    ‘You'll never keep them off, love.’ And I was like, "Watch me."' (quotesen28). Read in the
    ``gaps`` between the double quotations, with ``single_marks`` (quote_marks): an opening mark right
    after a comma or colon that ends a clause with a verb of saying ("goes", "was like", "said to
    me"), its closing mark two words or more later; (open, close) offsets."""
    found = []
    for gs, ge in gaps:
        if text.find("‘", gs, ge) < 0 and text.find("'", gs, ge) < 0:
            continue
        marks = single_marks(text, gs, ge)
        for k in range(len(marks) - 1):
            at, to = marks[k], marks[k + 1]
            if text[at] not in "‘'" or text[to] not in "’'" or not re.search(r"[,:]\s*$", text[max(gs, at - 3):at]):
                continue
            lead = re.split(r"[.!?]\s", text[max(gs, at - 80):at])[-1]
            if len(text[at + 1:to].split()) >= 2 and _said_lead().search(lead) and not any(o <= at < c for o, c in found):
                found.append((at, to))
    return found


@lru_cache(maxsize=1)
def _said_lead() -> re.Pattern:
    """A verb of saying (or "goes", "was like", "quote") in the clause before an opening mark."""
    verbs = verb_pattern(tag_verbs("en") | frozenset("goes go going went like quote saying telling asking".split()))
    return re.compile(rf"\b{verbs}\b(?:\s+(?:to\s+)?(?:me|us|him|her|them|you))?(?:\s+\w+){{0,3}}[,:]\s*$")


# A transcript's turn label in capitals opening a paragraph: "DEV: ...", "ELSPETH RAE: ...".
_LABEL = re.compile(r"^([A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2}):[ \t]+(?=\S)", re.MULTILINE)
# "I remember her saying," / "I heard him say:": the object pronoun speaks the quotation after it.
_HEARD = re.compile(r"\b(her|him)\s+(?:say|saying|tell|telling|shout|shouting|ask|asking|go|going)\s*[,:]?\s*$")


def transcript_turns(text: str, quotes: list, people: list, covered) -> None:
    """Quotations inside the capitalised labelled turns of a transcript (three labels or more), each
    turn quoting someone (quotesen28): 'DEV: ... And I was like, "Watch me."' is the label's
    person; a "he"/"she" given one of the labels' people is the last other speaker of the
    transcript before it whose sex fits (the voices say "I"); 'I remember her saying, "..."'
    is the family member or person of that sex named before in the turn (``quotes`` changed in place)."""
    if text.count(":") < 3:
        return
    labels = list(_LABEL.finditer(text))
    if len(labels) < 3:
        return
    voices = {m.group(1).title() for m in labels}
    voice_words = {w for v in voices for w in v.split()}
    starts = [m.start() for m in labels]
    for k, quote in enumerate(quotes):
        turn = _turn_of(text, labels, starts, quote.start)
        if turn is None or quote.start <= turn.end() + 1:
            continue  # not in a turn, or the turn itself
        voice = turn.group(1).title()
        mention = text[quote.speaker_start:quote.speaker_end] if quote.speaker_start is not None else ""
        if mention == "I":
            quotes[k] = replace(quote, speaker=voice, role="", affiliation="")
        elif mention.lower() in ("he", "she") and (quote.speaker is None or set(quote.speaker.split()) & voice_words):
            female = mention.lower() == "she"
            other = next((q.speaker for q in reversed(quotes[:k]) if q.speaker and not set(q.speaker.split()) & voice_words
                          and _sex_fits(q.speaker, female)), None)
            quotes[k] = replace(quote, speaker=other, role="", affiliation="")
        elif quote.speaker is None and quote.speaker_start is None:
            begin = max(turn.end(), quote.start - 80)
            segment = text[begin:quote.start].rstrip("\"“‘'")
            lead = re.split(r"[.!?]\s", segment)[-1]
            heard = _HEARD.search(lead)
            if heard is not None:
                at = begin + len(segment) - len(lead) + heard.start(1)
                female = heard.group(1) == "her"
                who = kin_antecedent(text, people, at, female, not female, covered)
                if who is not None:
                    quotes[k] = replace(quote, speaker=who, speaker_start=at, speaker_end=at + len(heard.group(1)))


def _turn_of(text: str, labels: list, starts: list[int], pos: int):
    """The label match of the turn (paragraph) holding ``pos``, else None."""
    import bisect
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0:
        return None
    return labels[k] if "\n" not in text[labels[k].start():pos] else None


def _sex_fits(name: str, female: bool) -> bool:
    first = name.split()[0].lower()
    if first in FEMALE_NAMES:
        return female
    if first in FIRST_NAMES:
        return not female
    return True


def quotes_in_turn(text: str, start: int, end: int) -> bool:
    """Whether a labelled turn ``[start, end)`` quotes someone after "goes,", "was like," or "her
    saying," (``_said_lead``), which quote_genres23.quotes_someone does not read."""
    for match in re.finditer(r"[\"“‘]", text[start:end]):
        at = start + match.start()
        lead = re.split(r"[.!?]\s", text[max(start, at - 80):at])[-1]
        if _said_lead().search(lead):
            return True
    return False
