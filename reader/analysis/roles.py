"""Titles and roles of people ("forsvarsminister Claus Hjort Frederiksen", "President Smith"), and
the organisations quotes name them with."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.analysis.en_words import COMMON, EN_VOCABULARY, NATIONALITIES
from reader.analysis.lexicon import EN_ROLES, ROLE_SUFFIXES
from reader.analysis.people import People
from reader.analysis.perceptron import load_model
from reader.analysis.person_nouns import RELATIONS
from reader.analysis.role_after import role_after, role_phrase, role_start
from reader.analysis.sentences import end_before
from reader.analysis.speaker_owners import person_noun
from reader.analysis.titles import as_role, is_honorific, is_title_word, title_run_before
from reader.model import Analysis

_WORD_BEFORE = re.compile(r"([\w.-]+),?\s+$")  # "Foreningens direktør, Signe Holmgaard"


def speaker_roles(result: Analysis) -> dict[str, str]:
    """For each person (canonical name, without a title the name finder took in) the role written
    with a mention: the attribution's own ("siger Vestkrafts pressechef, Maja Rindom"), else the
    whole title before a mention ("Transport Secretary Louise Haigh"), a role written after one
    ("Tom Okafor, president of the union"), or a role word ("minister", "President"). An honorific ("Mr.", "Dr") is never a role, nor a bare word of a longer title."""
    roles: dict[str, str] = {}
    for quote in result.quotes:
        if quote.speaker and quote.role and not is_honorific(quote.role):
            roles.setdefault(quote.speaker, quote.role)
    text = result.text
    lower = _ordinary_word(result)
    people = People(list(result.entities), text)
    for ent, taken in zip(people.people, people.titles):  # titles taken out of the names
        canonical = ent.canonical
        if canonical in roles:
            continue
        title = title_run_before(text, ent.start) or (as_role(taken, text, ent.start - len(taken) - 1) if taken else "")
        if title:
            roles[canonical] = title
            continue
        after = role_after(text, ent.end)  # "Tom Okafor, president of the Fair Pay Union, said"
        if after:
            roles[canonical] = after
            continue
        match = _WORD_BEFORE.search(text, max(0, ent.start - 40), ent.start)
        if not match or is_honorific(match.group(1)):
            continue
        word = match.group(1)
        before = text[max(0, match.start() - 30):match.start()].split()
        if before and before[-1][:1].isupper() and is_title_word(before[-1]) and word[:1].isupper():
            continue  # the last word of a longer title the run above did not take
        if word.lower().endswith(ROLE_SUFFIXES) or word in EN_ROLES:
            roles[canonical] = role_phrase(text, role_start(text, match.start(1)), match.end(1), lower) if word.islower() else word
        elif word[:1].isupper() and word.lower().endswith(_TRADE_ENDS) and word.lower() not in _NO_TRADES and (
            _last_char(text, match.start()) in ("", ".", "!", "?", "\n", '"', "”")
        ):  # "Shopkeeper Amy Cole" opening a sentence, the trade left out of the name (en_web)
            roles[canonical] = as_role(word, text, match.start())
        elif result.language == "en" and word.isalpha() and word.islower() and (
            word.endswith(_TRADE_ENDS) or person_noun(word)
        ):
            opener = _OPENER_BEFORE.search(text, max(0, match.start() - 30), match.start())
            if opener and _last_char(text, opener.start()) in ("", ".", "!", "?", "\n", '"', "”"):
                # "Council member Isla Rendall said", "Local farmer Ben Hoy" opening a sentence: an
                # ordinary word in lower case, a name ("Labour member") as written (lead, stop 42)
                first = opener.group(1)
                if first.lower() in _DETERMINERS:
                    if word not in RELATIONS:
                        roles[canonical] = word  # "The farmer Ben Hoy said"; not "Her son Tom Hill"
                elif first.lower() not in _NO_TRADES and first.lower() not in _ADVERBS and word not in RELATIONS:
                    # (not "Now pensioner X", "Grieving mother X"; "Kettlewick resident X": a word
                    # no dictionary holds is a place's name and keeps its capital: attack28)
                    kept = first in _PARTIES or first.lower() in NATIONALITIES or any(
                        e.start <= opener.start(1) < e.end for e in result.entities) or _unknown(first.lower())
                    roles[canonical] = f"{first if kept else first.lower()} {word}"
    return roles


# Words ending like a trade that are none, opening a sentence before a name ("For Anna Bell, ...",
# "Later Bell said"): no role (lead, stop 42).
_NO_TRADES = frozenset(
    """after later never ever however whatever whenever wherever whoever together under over rather
    further either neither other another for nor per sooner earlier latter whether upper lower inner
    outer winter summer september october november december consequent apparent meanwhile""".split()
)
# Adverbs opening a sentence before a trade and a name ("Now pensioner Harold Briggs says"): no role
# (attack28).
_ADVERBS = frozenset(
    """now then yesterday today tonight tomorrow still also even only both just once soon again already
    here there instead elsewhere recently currently previously finally first next last""".split()
)
_DETERMINERS = frozenset("the a an one this that these those our their his her my its your".split())
_PARTIES = frozenset("Labour Green Conservative Liberal Democrat Republican Reform Independent".split())


_OPENER_BEFORE = re.compile(r"(?<![\w.-])([A-Z][a-z]+)\s+$")


_TRADE_ENDS = ("er", "or", "ist", "eer", "ian", "ant", "ent")


def _unknown(word: str) -> bool:
    """Whether an English word is in none of the project's English word lists (a place's name)."""
    model = load_model("en")
    return word not in EN_VOCABULARY and word not in COMMON and (model is None or word not in model.vocab)


def _ordinary_word(result: Analysis) -> Callable[[str], bool] | None:
    """For Danish, whether a word is one the tagger's training text writes in lower case (its
    vocabulary class "L" or "B"), so that a capital on it came from a sentence's start, and no
    name the article was found to have ("Venstres gruppeformand": the party Venstre)."""
    model = load_model("da") if result.language == "da" else None
    if model is None:
        return None
    vocab = model.vocab
    names = {e.text.lower() for e in result.entities}
    names |= {name[:-1] for name in names if name.endswith("s")}
    return lambda word: vocab.get(word) in ("L", "B") and word not in names


def _last_char(text: str, pos: int) -> str:
    """The last character before ``pos`` that is not white space ("" at the text's start)."""
    end = end_before(text, pos)
    return text[end - 1:end] if end else ""


def speaker_affiliations(result: Analysis) -> dict[str, str]:
    """For each speaker the organisation an attribution names with them ("Vestkraft")."""
    out: dict[str, str] = {}
    for quote in result.quotes:
        if quote.speaker and quote.affiliation:
            out.setdefault(quote.speaker, quote.affiliation)
    return out
