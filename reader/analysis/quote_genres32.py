"""English quotations outside news (quotes32). Interview turns the plain "Name: ..." rule missed: a
bold label ("**Hana Okonkwo:**"), a label of initials ("MA: ...", the person named in the text with
those initials), an interviewer whose every turn is a question (no quote), and an answer going on in
a paragraph with no label before the next question. A forum's user names ("what marnie_b wrote:")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from reader.analysis.people import Speaker
from reader.analysis.person_nouns import is_sexed

# "**Hana Okonkwo:** ..." or "**Hana Okonkwo**: ...": the same groups as quotes._QA_LABEL.
BOLD_LABEL = re.compile(r"(?:\*\*|__)([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})(?::(?:\*\*|__)|(?:\*\*|__):)\s+(?=\S)")
_INITIALS = re.compile(r"[A-Z]{2,3}")
# A labelled turn at the start of a line (plain or bold), and the rest of its line.
_TURN = re.compile(r"^[ \t]*(?:\*\*|__)?([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3})(?:\*\*|__)?:(?:\*\*|__)?[ \t]+(\S[^\n]*)$", re.MULTILINE)


def label_match(text: str, s: int, e: int):
    """A bold interview label opening the paragraph at ``s``, else None."""
    return BOLD_LABEL.match(text, s, e) if text.startswith(("**", "__"), s) else None


def initials_person(people: list, label: str):
    """The one person whose full name has the label's initials ("MA" for Marion Achterberg), else None."""
    if not _INITIALS.fullmatch(label):
        return None
    found = {
        p.canonical for p in people
        if len(p.canonical.split()) == len(label) and "".join(w[:1] for w in p.canonical.split()) == label
    }
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=8)
def question_labels(text: str) -> frozenset[str]:
    """Labels of an interviewer: two turns or more, every one a question, beside another label."""
    turns: dict[str, list[bool]] = {}
    for match in _TURN.finditer(text):
        turns.setdefault(match.group(1), []).append(match.group(2).rstrip(" *_").endswith("?"))
    if len(turns) < 2:
        return frozenset()
    return frozenset(label for label, asked in turns.items() if len(asked) >= 2 and all(asked))


def answer_label(text: str, label: str) -> bool:
    """Whether ``label`` answers an interviewer (two of its turns right after the interviewer's
    questions), a person even when the name finder missed the name ("**Agnieszka Borowska:** ...")."""
    questions = question_labels(text)
    if not questions or label in questions:
        return False
    turns = list(_TURN.finditer(text))
    answers = sum(
        m.group(1) == label and k > 0 and turns[k - 1].group(1) in questions and not text[turns[k - 1].end():m.start()].strip()
        for k, m in enumerate(turns)
    )
    return answers >= 2  # (two of its turns right after a question: no headline label "Letters: ..." of joined articles)


def question_turn(text: str, unit: tuple[int, int], question_words: frozenset[str]) -> bool:
    """Whether the paragraph ``unit`` is a labelled question ("Q: ...", an interviewer's turn)."""
    match = _TURN.match(text, unit[0], unit[1])
    return match is not None and (match.group(1) in question_words or match.group(1) in question_labels(text))


def answer_goes_on(text: str, unit: tuple[int, int], following: tuple[int, int] | None, question_words: frozenset[str]) -> bool:
    """Whether a paragraph right after an interview answer goes on with it: no label, no quotation
    mark, and the next paragraph is a labelled question ("A: ..." / "..." / "Q: ...")."""
    if following is None or _TURN.match(text, unit[0], unit[1]) or re.search(r"[\"“”‘«»]", text[unit[0]:unit[1]]):
        return False
    return question_turn(text, following, question_words)


# A forum or comment user name with an underscore ("marnie_b", "tidewalker_82"), taken for a person
# where the text writes it as one who posts or speaks: after "from"/"by"/"@"/"u/", or before a verb
# of writing or saying.
_HANDLE = r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+"
_HANDLE_POSTS = re.compile(
    rf"(?:(?<=\bfrom\s)|(?<=\bby\s)|(?<=@)|(?<=\bu/))({_HANDLE})(?![\w@/.-])"
    rf"|(?<![\w@/.-])({_HANDLE})(?=\s+(?:wrote|writes|said|says|posted|posts|replied|replies|commented|comments|asked|asks)\b)"
)


def user_names(text: str) -> set[str]:
    """User names with an underscore that the text writes as someone posting or saying something."""
    if "_" not in text:
        return set()
    return {m.group(1) or m.group(2) for m in _HANDLE_POSTS.finditer(text)}


# A participant's code in a study ("One participant (R4), a woman in her seventies, said:"), blanked
# out like a citation (offsets kept) so that the description before it is read as the subject.
_CODE = re.compile(r"(?<=\w)\s\((?:[A-Z]{1,2}\d{1,3}|(?:[Pp]articipant|[Ii]nterviewee|[Rr]espondent)\s+[A-Z0-9]{1,3})\)([,;:]?)(?=[\s.])")


def without_codes(text: str) -> str:
    """``text`` with its participants' codes blanked out by spaces (a comma after the code moved
    up to the word before it: "participant (R4), a woman" reads "participant,      a woman")."""
    if "(" not in text or not _CODE.search(text):
        return text
    return _CODE.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text)


# "Response from the owner, 14 October:" / "Reply from Tom Reed:" opening a sentence before a quotation.
_REPLY_FROM = re.compile(
    r"(?:Response|Reply|Answer|Comment|Message|Note)\s+(?:from|by)\s+((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)"
    r"(?:,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?)?\s*:\s*$"
)


def reply_from(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of who a reply is from when ``[start, end)`` is "Response from the owner, 14 October:"."""
    match = _REPLY_FROM.match(text, start, end)
    return match.span(1) if match is not None else None


# A sentence whose subject is a description naming its person with "called"/"named": "The owner,
# a tall man called Rashid, came out from the back." / "A woman named Oona Kerr waved."
_CALLED_SUBJECT = re.compile(
    r"(?:(?:The|A|An|My|Our|His|Her)\s+[^,.;:\"“”]{1,40}?,\s+)?(?:[Aa]n?|[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er)\s+[^,.;:\"“”]{1,40}?\s+(?:called|named)\s+"
)


def called_subject(people, text: str, begin: int, end: int) -> Speaker | None:
    """The person a sentence's described subject names with "called"/"named", when a verb follows."""
    match = _CALLED_SUBJECT.match(text, begin, end)
    person = people.person_in(match.end(), match.end() + 1) if match is not None else None
    if person is None or person.start != match.end() or not re.match(r",?\s+[a-z]", text[person.end:end]):
        return None
    return Speaker(person.start, person.end, "name", person.canonical)


# "When I asked Grant where the crab came from, she pointed ... and said:": the one the writer
# asked answers.
_ASKED = re.compile(r"(?:When|After|As|Once)\s+(?:I|we)\s+asked\s+")


def asked_answers(text: str, people, sentence: int, pronoun: int) -> str | None:
    """The person a sentence opening "When I asked X ..." names, when the pronoun at ``pronoun``
    comes after a comma later in that sentence; else None."""
    match = _ASKED.match(text, sentence, pronoun)
    person = people.person_in(match.end(), match.end() + 1) if match is not None else None
    if person is None or person.start != match.end() or "," not in text[person.end:pronoun] or re.search(r"[.!?;:]", text[person.end:pronoun]):
        return None
    return person.canonical


# "In their words, "..."", "In Reed's own words:": the owner of the words speaks.
_IN_WORDS = re.compile(
    r"(?<![\w'’])(?:[Ii]n|[Tt]o\s+use|[Tt]o\s+borrow)\s+(his|her|their|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?(?=['’]s?\s))(?:['’]s?)?"
    r"\s+(?:own\s+)?words\s*[,:]?\s*$"
)


def in_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of whose words a lead ending "In their words," gives, else None."""
    match = _IN_WORDS.search(text, start, end)
    return match.span(1) if match is not None else None


# "Following Ruiz and Coleman (2016), we treat attachment as "..."": the authors a paper follows give
# the phrase it takes over (the bracketed year is blanked out before this is read).
_FOLLOWING = re.compile(
    r"(?:Following|Like|With)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:\s+(?:and|&)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?"
    r"(?:\s+et\s+al\.)?)\s*,\s+"
    r"(?:we|I|this\s+(?:paper|study|chapter|article|book))\s+(?:treat|define|see|understand|read|describe|take|regard|view)s?"
    r"\s+[^\"“”.;:]{1,60}?\s+as\s*$"
)


def followed_authors(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the authors in a lead "Following X (2016), we treat Y as", else None."""
    match = _FOLLOWING.match(text, start, end)
    return match.span(1) if match is not None else None


# "Her name, it turned out, was Dorota.": the woman described before it ("an old woman in a green
# coat" who spoke) is Dorota.
_NAME_WAS = re.compile(r"\b(Her|His)\s+name(?:,\s*[^,.;:\"“”]{1,40},)?\s+(?:was|is)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=[\s.,;])")


def named_later(text: str, quotes: list) -> None:
    """A description of one sex that spoke just before "Her name was X." (the only such one in the
    600 characters before it) becomes X in every quote given to it (``quotes`` changed in place)."""
    if " name" not in text:
        return
    for match in _NAME_WAS.finditer(text):
        female = match.group(1) == "Her"
        before = {
            q.speaker for q in quotes
            if match.start() - 600 < q.start < match.start() and q.speaker and q.speaker.split()[0].lower() in ("a", "an", "the")
            and is_sexed(q.speaker.split()[-1], female)
        }
        if len(before) != 1:
            continue
        described = before.pop()
        for k, q in enumerate(quotes):
            if q.speaker == described:
                quotes[k] = replace(q, speaker=match.group(2))
