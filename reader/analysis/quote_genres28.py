"""English quotations in personal letters, speeches, essays and transcripts (quotesen28): the
letter's addressee, a speaker known only as "my mother", a comment on a quotation that is no
attribution, a name the name finder missed before ", who"."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis.en_words import EN_VOCABULARY
from reader.analysis.gazetteer import FEMALE_NAMES, FIRST_NAMES
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
        if len(words) >= 2 and not any(w.lower() in EN_VOCABULARY or is_title_word(w) for w in words):
            names.add(" ".join(words))
    return names


# A family member as the subject of a sentence ("my mother gave me one piece of advice", "and your
# grandad climbed through her window"): who a later "he" or "she" is when nobody of that sex is
# named after it (quotesen28: 'My mother ... She said, "..."' was the principal named before).
_FEMALE_KIN = "mother|mum|mom|mummy|mam|grandmother|grandma|gran|granny|nan|nana|aunt|auntie|sister|daughter|wife|niece|stepmother"
_MALE_KIN = "father|dad|daddy|grandfather|grandad|granddad|grandpa|uncle|brother|son|husband|nephew|stepfather"
_KIN_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n)|(?<=,\s)|(?<=\band\s))"
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
    if _DESCRIBED.search(text, after, pronoun):
        return None  # 'When the postman saw it he said,': someone described after the family member
    for person in people:
        if after <= person.start < pronoun and not covered(person.start) and not _label(text, person):
            if _sex_of(text, person) in (None, "f" if female else "m"):
                return None
    return last.group(1)


# A person described as a clause's subject ("the postman saw", "an old miner came"): a person's
# head noun and a lower-case word after it.
_PERSON_NOUNS = (
    "woman|man|boy|girl|lady|child|friend|neighbour|neighbor|nurse|vicar|priest|judge|guard|chef|clerk|cook|coach"
    "|doctor|teacher|officer|official|driver|farmer|miner|owner|worker|manager|librarian|stranger|customer|passenger"
    "|visitor|landlord|landlady|soldier|student|pupil|waiter|waitress|shopkeeper|caretaker|colleague|boss|adviser"
    "|advisor|volunteer|resident|parent|patient|witness|tutor|porter|curate|inspector|engineer|[a-z]+(?:man|woman)"
    r"|(?!(?:never|ever|over|under|after|other|proper|rather|further|either|neither|whether|later|longer|better|summer"
    r"|winter|water|river|paper|number|border|member|corner|matter|letter|power|order|dinner|weather|shelter|chapter"
    r"|quarter|centre|center|meter|metre|liter|litre|finger|danger|anger|hunger|tower|flower|silver|cancer)\b)[a-z]{3,}er"
)
_DESCRIBED = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z]+\s+)?(?:{_PERSON_NOUNS})"
    r"\s+(?!of\b|in\b|on\b|at\b|to\b|for\b|and\b|or\b)[a-z]+"
)


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
    verbs = verb_pattern(tag_verbs("en") | frozenset(("goes", "go", "went", "like", "quote")))
    return re.compile(rf"\b{verbs}\b(?:\s+(?:to\s+)?(?:me|us|him|her|them|you))?(?:\s+\w+){{0,3}}[,:]\s*$")
