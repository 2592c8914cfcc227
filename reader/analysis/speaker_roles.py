"""The roles and organisation written before a speaker's name ("Vestkrafts pressechef, Maja
Rindom", "the Labour MP for Bolton, Yasmin Qureshi"): whether only such words stand there, and which."""

from __future__ import annotations

import re

from reader.analysis.en_modifiers import genitive_name_at
from reader.analysis.people import People
from reader.analysis.speaker_patterns import (
    LINK_ORG, POSSESSIVE_END, SENTENCE_STOP, SHORT_ABBREVIATION, _DETERMINERS, _LINKS, _STOP, _WORD,
)
from reader.analysis.titles import is_honorific, is_title_word, title_phrase, title_run_before

# A Danish role word right after an organisation's genitive ("Dansk Sygeplejeråds kredsformand").
_DA_ROLE_AFTER = re.compile(
    r"\s+[a-zæøå]*(?:formand|direktør|chef|leder|ordfører|borgmester|talsmand|talskvinde|sekretær|redaktør"
    r"|analytiker|ekspert|forsker|dommer|anklager|politiker|præsident)(?:en)?\b"
)
_DIGIT_NAME = re.compile(r"\d+[A-ZÆØÅ][\w&-]*")  # "3F", "2M": a name that opens with a digit
_DIGIT_RUN = re.compile(r"\d+[A-ZÆØÅ][\w&-]*(?:\s[A-ZÆØÅ][\w&-]*)*")


def _only_roles(text: str, start: int, name_start: int, people: People) -> bool:
    """Whether only role words, organisations and commas stand between ``start`` and a name."""
    between = text[start:name_start]
    if title_phrase(text, start, name_start):
        return True  # "the Labour MP for Bolton, Yasmin Qureshi"
    cut = SHORT_ABBREVIATION.sub("", between)  # abbreviations: "dr.jur.", "prof."
    if len(between) > 90 or SENTENCE_STOP.search(cut):
        return False
    after_link = False
    prev = ""
    for match in _WORD.finditer(between):
        word = match.group()
        low = word.lower()
        if low in ("og", "eller") and prev.endswith("-"):
            prev = word
            continue  # "børne- og undervisningsminister": one compound role (quotesda22)
        prev = word
        if low in _STOP and low not in _LINKS:
            return False
        if word[0].isupper() and people.org_at(start + match.start()) is None and not after_link and not (
            is_title_word(word) or is_honorific(word) or is_title_word(title_run_before(text, name_start).split(" ")[-1])
        ):
            if not re.search(r"(?:s|'s|’s)$", word) and low not in _LINKS and not genitive_name_at(people, start + match.start()):
                # A capitalised word that is neither an organisation nor a genitive: a name run.
                return False
        after_link = low in _LINKS or (after_link and (word[0].isupper() or _DIGIT_NAME.fullmatch(word) is not None))
    return True


def _role_and_org(text: str, start: int, name_start: int, people: People) -> tuple[str, str]:
    """The role and the organisation written before a name ("Vestkrafts pressechef, ")."""
    between = text[start:name_start]
    org = people.org_in(start, name_start)
    affiliation = org.canonical if org is not None else ""
    if org is not None and affiliation.endswith("s") and _DA_ROLE_AFTER.match(text, org.end, name_start):
        affiliation = affiliation[:-1]  # a Danish genitive: "Dansk Sygeplejeråds kredsformand"
    span: tuple[int, int] | None = None  # the last run of role words: "police spokesman", "head of communications"
    chain = False  # the run may go on through a link or an article: "formand for udvalget"
    for match in _WORD.finditer(between):
        word = match.group()  # (_WORD takes no commas)
        low = word.lower()
        if not affiliation and _DIGIT_NAME.fullmatch(word) and (run := _DIGIT_RUN.match(between, match.start())):
            affiliation = run.group()  # "næstformand i 3F Esbjerg, Lone Dalsgaard" (attack19)
        if "." in word or word[0].isdigit() or (word[0].islower() and POSSESSIVE_END.search(word)):
            chain = False  # "the company's planning director": the owner is no part of the role
            continue
        comma = between[match.end():match.end() + 1] == ","
        if low in _LINKS or low in _DETERMINERS:
            chain = chain and not comma
            continue
        if org is not None and org.start <= start + match.start() < org.end:
            chain = False
            continue
        if word[0].isupper():
            if not affiliation and not is_honorific(word) and not is_title_word(word):  # "Ms Denby", "Councillor"
                affiliation = re.sub(r"(?:'s|’s|s)$", "", word)
            chain = False
            continue
        span = (span[0], match.end()) if chain and span else (match.start(), match.end())
        chain = not comma
    role = " ".join(between[span[0]:span[1]].split()) if span else ""
    if not affiliation:
        link = LINK_ORG.search(between)
        if link:
            affiliation = link.group(1)
    title = title_phrase(text, start, name_start) or title_run_before(text, name_start)
    if title and not role:
        # "Detective Inspector Tom Reed", "Labour MP Diane Abbott": a capitalised title is the role.
        role = title
        affiliation = "" if affiliation and affiliation in title else affiliation
    if is_honorific(affiliation):
        affiliation = ""  # "Dr Helen Marsh"
    return role, affiliation
