"""A speaker's role and organisation from where the article brought the person in: "Pressechef hos
Vestkraft Maja Rindom oplyser, at ..." and, a paragraph later, "..., siger Maja Rindom." gives the
quote Maja Rindom with role pressechef and affiliation Vestkraft (issue 15: roles and organisations
around names), as the attribution itself would have ("siger pressechef hos Vestkraft Maja Rindom").

Only a sentence that opens with role words and organisations right before the name counts (the
same test the attribution uses); a capitalised first word that is no organisation the name finder
found ("Havnens direktør, Lene Kjærsgaard, ...": "the harbour's") is no affiliation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.descriptions import same_sentence
from reader.analysis.lexicon import EN_ROLES, ROLE_SUFFIXES
from reader.analysis.people import People
from reader.analysis.perceptron import load_model
from reader.analysis.speakers import only_roles, role_and_org
from reader.analysis.reporting_verbs import CLAUSE_WORDS, speech_verbs
from reader.analysis.speaker_owners import person_noun
from reader.analysis.role_after import role_phrase, role_start
from reader.analysis.text_window import ShiftedPeople, lowered_window
from reader.analysis.titles import is_honorific, named_prefix, title_run_before
from reader.model import Quote

_SOURCE_WORD = re.compile(r"^(?:ifølge|according to|iflg\.)\s+", re.IGNORECASE)
_OWNER_PRONOUN = re.compile(r"^(?:its|his|her|their|our|my|hans|hendes|deres|dets|dens|vores)\s+", re.IGNORECASE)
_REACH = 90  # characters before the name: as far as the attribution's own test looks
# Only words, commas, "&", hyphens, apostrophes and abbreviations' stops before the name.
_PLAIN = re.compile(r"[^\W\d_][\w&'’.,-]*(?:\s+[^\W\d_][\w&'’.,-]*){0,7},?\s+")


def carry_roles(text: str, quotes: list[Quote], people: People, language: str = "") -> list[Quote]:
    """``quotes`` with a named speaker lacking role and affiliation given those of the sentence
    that introduced the person, if any such sentence opens with them."""
    found: dict[str, tuple[str, str]] = {}
    out = []
    lower_words = _LowerWords(text, language)
    by_name = _ByName(people)
    # Where each speaker's own attributions gave a role: a later bare quote takes the nearest of those
    # (same_roles), not the introduction's ("Tidligere direktør i Vestfisk Jens Bager ..." then "siger
    # formand Jens Bager" then "siger han": formand, not the role he had before).
    stated: dict[str, int] = {}
    for quote in quotes:
        if quote.speaker and (quote.role or quote.affiliation):
            stated[quote.speaker] = min(quote.start, stated.get(quote.speaker, quote.start))
    for quote in quotes:
        if quote.speaker and not quote.role and not quote.affiliation and stated.get(quote.speaker, quote.start) >= quote.start:
            if quote.speaker not in found:  # looked for once a speaker (each look reads all their
                got = _introduced_as(text, quote.speaker, people, lower_words, by_name)  # mentions: a
                if not any(got):  # 5 MB story's thousands of quotes by five people took 15 minutes)
                    got = _appositive(text, quote.speaker, people, by_name)
                if not any(got):
                    got = _according(text, quote.speaker, people, by_name)
                found[quote.speaker] = got
            role, affiliation = found[quote.speaker]
            if role or affiliation:
                quote = replace(quote, role=role, affiliation=affiliation)
        out.append(quote)
    return out


class _ByName:
    """The people's mentions grouped by canonical name, in their order, read once and only when first
    asked (again if the people's list was replaced meanwhile): each speaker's mentions without a pass
    over every mention of the text (a long text's thousands of names, once per speaker)."""

    def __init__(self, people: People) -> None:
        self.people = people
        self.seen: list | None = None
        self.groups: dict[str, list] = {}

    def mentions(self, canonical: str) -> list:
        """The mentions of ``canonical``, in the order of ``people.people``."""
        mentions = self.people.people
        if mentions is not self.seen:
            self.seen, self.groups = mentions, {}
            for mention in mentions:
                self.groups.setdefault(mention.canonical, []).append(mention)
        return self.groups.get(canonical, [])


class _LowerWords:
    """The words a text writes in lower case, read once and only when first asked; with a
    ``language``, also those the name model's training text writes in lower case ("Parish council
    chairman Tom Reed said": "parish" nowhere else in the story)."""

    def __init__(self, text: str, language: str = "") -> None:
        self.text = text
        self.words: frozenset[str] | None = None
        self.language = language

    def __contains__(self, word: str) -> bool:
        if self.words is None:
            self.words = frozenset(_LOWER_WORD.findall(self.text))
        return word in self.words

    def known(self, word: str) -> bool:
        """Whether the name model's training text writes ``word`` in lower case."""
        model = load_model(self.language) if self.language else None
        return model is not None and model.vocab.get(word) in ("L", "B")


_LOWER_WORD = re.compile(r"(?<![\w-])[^\W\d_A-ZÆØÅ][\w-]*")


def _introduced_as(
    text: str, canonical: str, people: People, lower_words: _LowerWords, by_name: _ByName | None = None
) -> tuple[str, str]:
    """The role and organisation of the first sentence that opens with them before a mention of
    ``canonical``; ("", "") when none does."""
    for mention in (by_name or _ByName(people)).mentions(canonical):
        start = _sentence_start(text, mention.start)
        if start is None or start == mention.start or not _plain(text[start:mention.start]):
            continue
        first = re.match(r"[\w&'’-]+", text[start:mention.start])
        # The text the role tests read, the offset of its first character, the people in its positions:
        # the sentence's capital lower-cased in a window around the name, not in a copy of the whole text
        read, shift, seen = text, 0, people
        if first and _role_word(first.group()):
            # "Pressechef hos Vestkraft Maja Rindom": the role's capital is the sentence's, read as the
            # attribution would read it after "siger"
            read, shift = lowered_window(text, start, mention.start)
            seen = ShiftedPeople(people, shift)
        elif first and _modifier_opens(text, start, start + len(first.group()), people, lower_words,
                                       _short_run(text[start:mention.start])):
            lowered, offset = lowered_window(text, start, mention.start)
            shifted = ShiftedPeople(people, offset)
            if only_roles(lowered, start - offset, mention.start - offset, shifted):
                # "Managing director Claire Whitfield said": a role's modifier opens it
                read, shift, seen = lowered, offset, shifted
        if not only_roles(read, start - shift, mention.start - shift, seen):
            continue
        role, affiliation = role_and_org(read, start - shift, mention.start - shift, seen)
        owner = people.person_in(start, mention.start)
        if owner is not None and affiliation and affiliation in owner.text:
            affiliation = ""  # a person's, not an organisation's: "Okonkwo's neighbour, Ann Lee"
        if affiliation and first and people.org_in(start, mention.start) is None and (
            re.sub(r"(?:'s|’s|s)$", "", first.group()) == affiliation
        ):
            affiliation = ""  # a sentence's capital, no organisation: "Havnens direktør"
        title = title_run_before(text, mention.start)
        if title and not is_honorific(title):
            return title, "" if affiliation and affiliation in title else affiliation  # "Chief Constable"
        if not role or not _role_word(role.split()[-1]) or is_honorific(role):
            continue  # no role noun ends it ("søndag er"), or a form of address ("Mr")
        at = read.rfind(role, start - shift, mention.start - shift)
        at = at + shift if at >= 0 else at
        whole = role_phrase(text, role_start(text, at), at + len(role)) if at >= 0 else role
        whole = _OWNER_PRONOUN.sub("", whole)  # "its operations director": whose is not said on its own
        role, whole = _SOURCE_WORD.sub("", role), _SOURCE_WORD.sub("", whole)  # "Ifølge topchef X": "topchef" (stop 43)
        return named_prefix(whole if whole[:1].islower() and whole.endswith(role) else role, text), affiliation
    return "", ""


# "HK Limfjords målmand, Rasmus Fogh, reddede", "SG Als' træner, Morten Lindholm, var skuffet",
# "Bluewater Logistics' chief executive, Ann Lee, said": a body's role set off before the name.
_APPOSITIVE = re.compile(r"(?:s|'|’|'s|’s) ((?:[a-zæøå][\w-]* ){0,2}[a-zæøå][\w-]*), $")


def _appositive(text: str, canonical: str, people: People, by_name: _ByName) -> tuple[str, str]:
    """The role and organisation of the first mention of ``canonical`` set off by commas after an
    organisation's role ("HK Limfjords målmand, Rasmus Fogh,"); ("", "") when none is."""
    for mention in by_name.mentions(canonical):
        if text[mention.end:mention.end + 1] != "," or text[mention.start - 2:mention.start] != ", ":
            continue
        match = _APPOSITIVE.search(text, max(0, mention.start - 40), mention.start)
        if match is None or not _role_word(match.group(1).rpartition(" ")[2]):
            continue
        org = people.org_at(match.start() - 1)  # (the body's name, its genitive "s" or "'" in it or not)
        if org is None or org.end > match.start() + 2:
            continue
        return match.group(1), org.canonical
    return "", ""


# "..., according to freight broker Olivia Marsh of Bluewater Logistics." / "ifølge direktør X": the
# role before the name after the phrase, the organisation after "of" / "fra" / "i" right after it.
_ACCORDING = re.compile(r"(?:[Aa]ccording to|[Ii]følge) ((?:[a-zæøå][\w-]* ){1,3})$")
_OF_ORG = re.compile(r" (?:of|at|from|fra|i|hos) ")
# Words that end no role before a name: "compiled by", "sent to", "the", "og".
_NOT_ROLE_END = frozenset("by to the a an of from with and for in on at af til fra med og for i på den det de en et".split())


def _according(text: str, canonical: str, people: People, by_name: _ByName) -> tuple[str, str]:
    """The role (and organisation) of the first mention of ``canonical`` introduced by "according
    to" or "ifølge" with its role before it ("according to freight broker Olivia Marsh of
    Bluewater Logistics"); ("", "") when none is."""
    for mention in by_name.mentions(canonical):
        match = _ACCORDING.search(text, max(0, mention.start - 50), mention.start)
        role = match.group(1).strip() if match else ""
        if not role or role.rpartition(" ")[2] in _NOT_ROLE_END or is_honorific(role):
            continue  # "according to figures compiled by X": no role
        link = _OF_ORG.match(text, mention.end)
        org = people.org_at(link.end()) if link else None
        return role, org.canonical if org is not None and org.start == link.end() else ""
    return "", ""


def _sentence_start(text: str, at: int) -> int | None:
    """Where the sentence holding ``at`` begins, if within reach before it."""
    left = text[max(0, at - _REACH):at]
    same = same_sentence(left)
    return None if len(same) == len(left) and at > _REACH else at - len(same)


def _short_run(prefix: str) -> bool:
    """Whether a sentence's opening before a name is a few words with no comma ("Parish council
    chairman "), as a role and its modifiers are; not "Prisen stiger, ifølge økonom "."""
    return "," not in prefix and len(prefix.split()) <= 4


def _modifier_opens(
    text: str, start: int, end: int, people: People, lower_words: _LowerWords, short: bool = False,
) -> bool:
    """Whether the sentence's first word (``start``-``end``) is no name the name finder found and is
    a known role modifier or article, or written in lower case elsewhere in the text: a role's
    modifier ("Managing director ...")."""
    if people.org_in(start, end) is not None or people.person_in(start, end) is not None:
        return False
    word = text[start:end].lower()
    return word in _MODIFIERS or word in lower_words or short and lower_words.known(word)


# Modifiers of English and Danish roles that may open a sentence before a role and a name.
# Articles too ("The company's managing director, X, said").
_MODIFIERS = frozenset("managing executive deputy senior chief acting interim assistant associate former "
                       "general regional national local junior head lead principal vice the a an "
                       "administrerende konstitueret fungerende tidligere nuværende den".split())


def _role_word(word: str) -> bool:
    """Whether ``word`` is a role ("Pressechef", "spokeswoman", "formanden", "lawyer")."""
    low = word.lower()
    return (low.endswith(ROLE_SUFFIXES) or word in EN_ROLES or person_noun(low) or low.endswith(_DEFINITE_ROLES)
            or low.endswith(_DA_MORE_ROLES))


# Danish roles a sentence opens with before the person ("Cheftræner Anders Kold overtog holdet",
# "Forstander Birthe Aagaard forklarer ..."; sample articles da-05, mix-01), beyond the suffixes the
# attribution shares with the name finder.
_DA_MORE_ROLES = ("træner", "forstander", "målmand", "indehaver", "stifter", "rektor", "overlæge", "advokat",
                  "forsvarer", "inspektør", "konsulent", "rådgiver", "økonom", "præst", "biskop", "kaptajn",
                  "anfører", "sygeplejerske", "lærer", "instruktør", "dirigent", "arkitekt", "skipper")


# The definite forms of the role suffixes not written definite ("direktøren"; made once, not a call).
_DEFINITE_ROLES = tuple(suffix + "en" for suffix in ROLE_SUFFIXES if not suffix.endswith("en"))


def _plain(prefix: str) -> bool:
    """Whether a sentence's opening before a name is plain words with no verb of a clause or of
    speech ("Pressechef hos Vestkraft ", not "Lone Kvist er formanden for ", "also asked founder ")."""
    if not _PLAIN.fullmatch(prefix):
        return False
    verbs = speech_verbs()
    return not any(w.lower() in CLAUSE_WORDS or w.lower() in verbs for w in re.findall(r"[\w'’-]+", prefix))
