"""Who a reporting clause names: a person (with role and organisation), a pronoun or a description.

"siger Vestkrafts pressechef, Maja Rindom", "siger pressechef hos Vestkraft Maja Rindom", "siger
professor, dr.jur. Ida Berg", "siger den 41-årige", "siger bageren", "the prosecutor said", "a
manager said". A description resolves to the person the article named with it ("bager Hans Juhl",
"Lise Holm (41)", "prosecutor Jane Doe"); when nobody was, the description itself is the speaker.
"""

from __future__ import annotations

import re

from reader.analysis.acronyms30 import short_after
from reader.analysis.gazetteer import FIRST_NAMES
from reader.analysis.lexicon import ABBREVIATIONS
from reader.analysis.people import People, Speaker
from reader.analysis.speaker_owners import org_extent, owner_or_client, person_noun, unnamed_owner
from reader.analysis.speaker_descriptions import _definite_role, _description
from reader.analysis.speaker_patterns import (  # (compiled once)
    CLAUSE_STOP, FROM_SKIP, GENITIVE, JOINT, LAST_WORD, OF_ORG, _DETERMINERS, _WORD,
)
from reader.analysis.speaker_roles import _only_roles, _role_and_org
from reader.analysis.titles import is_honorific, is_title_word

DA_PRONOUNS = ("han", "hun", "de", "vi", "jeg")
EN_PRONOUNS = ("he", "she", "they", "we", "i")
PLURAL = ("de", "they", "vi", "we")
# Capitalised at a sentence start, never a name: "To me the doctor says".
_FUNCTION = frozenset("to in on at for with by from of as after before when while if but and so".split())
# Nobody to name: "Someone once told me:", "Everyone says".
_EN_NOBODY = frozenset("someone somebody anyone anybody everyone everybody nobody no-one".split())
# A role and organisation after the name: "Jens Mølgaard, direktør i Thyborøn Havn".
_AFTER_NAME = re.compile(
    r",\s+([a-zæøåé][\w-]*)\s+(?:i|hos|for|ved|fra|at|of|in)\s+((?:the\s+)?[A-ZÆØÅ][\w&.-]*"
    r"(?:(?<=-)\s(?:og|eller|and|or)\s[A-ZÆØÅ][\w&.-]*)?(?:\s[A-ZÆØÅ][\w&.-]*)*)"  # "for Teknik- og Miljøudvalget"
)
# A document and its author: "a report by", "a statement from", "the ruling of".
_DOCUMENT_BY = re.compile(
    r"(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?:report|statement|study|review|survey|letter|ruling|judgment|judgement"
    r"|inquiry|investigation|analysis|memo|paper|document|assessment|audit|notice|release|post|email|filing)"
    r"\s+(?:by|from|of|issued\s+by|published\s+by)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_BEHALF = re.compile(r"\s(?:på vegne af|on behalf of|ifølge|(?:på|i) (?:sin|sit|sine))\s")  # ("ifølge AFP", "på sin Facebookside": quotesda19)
# Capitalised words and lower-case role words before a name: "Unite national officer ".
_ORG_ROLE = re.compile(r"\s*([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+")


def _clause_end(text: str, pos: int, limit: int) -> int:
    """Where the reporting clause starting at ``pos`` ends: a sentence end or a line end."""
    limit = min(limit, pos + 160)
    for match in CLAUSE_STOP.finditer(text[pos:limit]):
        if match.group() == ".":
            word = LAST_WORD.search(text[pos:pos + match.start()])
            if word and (word.group(1).lower().strip(".") in ABBREVIATIONS or "." in word.group(1)
                         or len(word.group(1)) == 1):
                continue
        return pos + match.start()
    return limit


def after_verb(text: str, pos: int, limit: int, people: People, language: str) -> Speaker | None:
    """The speaker named after a reporting verb ending at ``pos`` ("..., siger X", "said X")."""
    end = _clause_end(text, pos, limit)
    behalf = _BEHALF.search(text, pos, end)  # "på vegne af dronningen": the one spoken for is no speaker
    end = behalf.start() if behalf else end
    skip = FROM_SKIP.match(text[pos:end])
    start = pos + (skip.end() if skip else 0)
    if skip and "fra" in skip.group() and (pronoun := _FROM_PRONOUN.match(text, start, end)):
        return Speaker(start, pronoun.end(), "pronoun")  # "lyder det fra ham" (probe10)
    return phrase(text, start, end, people, language)


_FROM_PRONOUN = re.compile(r"(?:ham|hende|dem)\b")


def phrase(text: str, start: int, end: int, people: People, language: str) -> Speaker | None:
    """Parse a speaker phrase in ``[start, end)``: pronoun, [roles] name, or a description."""
    words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(text[start:end])]
    if not words:
        return None
    first = words[0][2].lower().strip(".")
    if first in DA_PRONOUNS + EN_PRONOUNS and (language != "da" or first in DA_PRONOUNS) or (
        language == "en" and words[0][2] in ("it", "It") and len(words) == 1
    ):
        return Speaker(words[0][0], words[0][0] + len(first), "pronoun")
    person = people.person_in(start, end)
    while person is not None and GENITIVE.fullmatch(person.text.split()[-1]) and re.match(
        r"\s+[a-zæøåé][\w-]*,?\s", text[person.end:end]
    ):
        # "Vestkrafts pressechef, Maja Rindom": a genitive before a role is the organisation.
        after = people.person_in(person.end, end)
        if after is None:
            break
        person = after
    if person is not None and language == "en":
        owned = owner_or_client(text, start, end, person, people)
        if owned is not None:
            return owned
    before_name = ""
    if person is not None:
        # "Thyborøn Havn Jens Mølgaard" typed as two people: the one without a first name, right
        # before one with, is the organisation.
        nxt = people.person_in(person.end, end)
        first = person.text.split()[0].lower()
        if nxt is not None and not text[person.end:nxt.start].strip() and first not in FIRST_NAMES and (
            nxt.text.split()[0].lower() in FIRST_NAMES
        ):
            before_name = person.text
            person = nxt
    holder = person if person is None or person.start > start else people.person_in(person.end, end)  # "Kestrel" taken for a person
    owned = _ORG_ROLE.fullmatch(text, start, holder.start) if holder is not None and language == "en" else None
    if owned is not None and person_noun(owned.group(2).split()[-1]) and not any(
        p.text.split()[0].lower() in FIRST_NAMES for p in people.last_people(start, holder.start)
    ):
        # "Unite national officer Carl Hobbs": an organisation the name finder missed, a role, the name.
        return Speaker(holder.start, holder.end, "name", holder.canonical, owned.group(2), owned.group(1))
    if person is not None and _only_roles(text, start, person.start, people):
        role, affiliation = _role_and_org(text, start, person.start, people)
        affiliation = affiliation if affiliation and affiliation != before_name.rstrip("s") else before_name or affiliation
        after = _AFTER_NAME.match(text, person.end, end)
        if after and not role:
            role, affiliation = after.group(1), affiliation or after.group(2)
        of = OF_ORG.match(text[person.end:end])
        org_after = people.org_at(person.end + of.end()) if of and not affiliation else None
        if org_after is not None and org_after.start == person.end + of.end():
            affiliation = org_after.canonical  # "Sgt Mark Evans of Thames Valley Police"
        elif of and not affiliation:
            named = re.fullmatch(r"([A-ZÆØÅ][\w&'’-]*(?:\s+(?:of\s+)?[A-ZÆØÅ][\w&'’-]*){0,4})[.,]?\s*", text[person.end + of.end():end])
            affiliation = named.group(1) if named else ""  # the clause ends with it: "of Humber Police."
        joint = JOINT.match(text[person.end:end])
        other = people.person_in(person.end + joint.end(), end) if joint else None
        if other is not None and other.start == person.end + joint.end():
            # "Reed and Lee said", "siger Lise Holm og Jens Berg": both speak.
            link = " og " if language == "da" else " and "
            return Speaker(person.start, other.end, "name", person.canonical + link + other.canonical)
        return Speaker(person.start, person.end, "name", person.canonical, role, affiliation)
    if (first in _FUNCTION or first in _EN_NOBODY) and language == "en":
        return None
    the = re.match(r"[Tt]he\s+", text[start:end]) if language == "en" else None
    org = people.org_at(start + the.end()) if the else None
    if org is not None and org.start == start + the.end() and (org.end >= words[-1][1] - 1 or short_after(text, org.end, end)):
        return Speaker(org.start, org.end, "name", org.canonical)  # "the Harbour Workers Union (HWU) writes" (probe30)
    one_of = _ONE_OF.match(text, start, end) if language == "en" else None
    if one_of is not None:  # "One of them, a retired teacher from Falmouth, said:" (probefix23)
        return phrase(text, one_of.start(1), one_of.end(1), people, language)
    if words[0][2][0].isupper() and first not in _DETERMINERS and not (language == "da" and _definite_role(first)):
        return language == "en" and unnamed_owner(text, start, end, people) or _capitalised(text, words, people)
    org = people.org_at(words[1][0]) if len(words) > 1 and words[0][2].isalpha() else None
    if org is not None and org.start == words[1][0] and re.match(r"\s*(?:[,.;:!?]|$)", text[org.end:end]):
        return Speaker(org.start, org.end, "name", org.canonical)  # "svarer nationalistpartiet Sinn Fein, men"
    document = _DOCUMENT_BY.match(text, start, end)
    org = people.org_at(document.end()) if document and language == "en" else None
    if org is not None:
        return Speaker(org.start, org.end, "name", org.canonical)  # "said a report by the Care Quality Commission"
    return org_extent(text, _description(text, words, language), people, end) if language == "en" else _description(text, words, language)


# One of a group named before, then who that one is: the description after the comma is the speaker.
_ONE_OF = re.compile(
    r"\s*(?:One|Another|Some|Several|Two|Three|Many|Most)\s+of\s+(?:them|those|these|the\s+[a-z]+)\s*,\s*"
    r"((?:an?|the|another)\s+[^,;:.!?\"“”]{2,60}?)\s*,?\s*$"
)




def _capitalised(text: str, words: list[tuple[int, int, str]], people: People) -> Speaker | None:
    """A capitalised run the name finder did not take as a person ("Silius", "Thyborøn Havn Jens
    Mølgaard"): an organisation standing before a first name is the affiliation, not the speaker."""
    run: list[tuple[int, int, str]] = []
    for s, e, word in words:
        if not word[0].isupper() or len(run) >= 5:
            break
        run.append((s, e, word.rstrip(".,")))
        if text[e:e + 1] in ",.":
            break
    if not run:
        return None
    org = people.org_in(run[0][0], run[-1][1])
    if org is not None and org.start == run[0][0] and org.end < run[-1][1]:
        rest = [w for w in run if w[0] >= org.end]
        if rest:  # an organisation ending inside a word leaves no name after it
            return Speaker(rest[0][0], rest[-1][1], "name", " ".join(w[2] for w in rest), "", org.canonical)
    lead = 0
    while lead < len(run) and (is_title_word(run[lead][2]) or is_honorific(run[lead][2])):
        lead += 1
    if 0 < lead < len(run) and org is None and is_title_word(run[0][2]):
        # "said Councillor Alun Pritchard": the title is the role, not part of the name (attack19).
        title = " ".join(w[2] for w in run[:lead] if not is_honorific(w[2]))
        return Speaker(run[lead][0], run[-1][1], "name", " ".join(w[2] for w in run[lead:]), title)
    for k in range(1, len(run)):
        if run[k][2].lower() in FIRST_NAMES and run[0][2].lower() not in FIRST_NAMES:
            name = " ".join(w[2] for w in run[k:])
            before = " ".join(w[2] for w in run[:k] if not is_honorific(w[2]))
            if any(is_title_word(w[2]) for w in run[:k]):
                return Speaker(run[k][0], run[-1][1], "name", name, before)  # "Labour MP Diane Abbott"
            return Speaker(run[k][0], run[-1][1], "name", name, "", before)
    if org is not None and org.start == run[0][0]:
        # An organisation is no person's name; on its own as the subject ("Hull City Council
        # said:") it is the source, and the speaker; with more words after it, nobody.
        if org.end >= run[-1][1] - 1:
            return Speaker(org.start, org.end, "name", org.canonical)
        return None
    return Speaker(run[0][0], run[0][0] + len(" ".join(w[2] for w in run)), "name", " ".join(w[2] for w in run))




only_roles = _only_roles  # (for quote_roles_carried: the attribution's own tests)
role_and_org = _role_and_org
