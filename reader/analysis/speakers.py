"""Who a reporting clause names: a person (with role and organisation), a pronoun or a description.

"siger Vestkrafts pressechef, Maja Rindom", "siger pressechef hos Vestkraft Maja Rindom", "siger
professor, dr.jur. Ida Berg", "siger den 41-årige", "siger bageren", "the prosecutor said", "a
manager said". A description resolves to the person the article named with it ("bager Hans Juhl",
"Lise Holm (41)", "prosecutor Jane Doe"); when nobody was, the description itself is the speaker.
"""

from __future__ import annotations

import re

from reader.analysis.en_modifiers import genitive_name_at, joined_modifiers
from reader.analysis.gazetteer import FIRST_NAMES
from reader.analysis.lexicon import ABBREVIATIONS
from reader.analysis.people import People, Speaker
from reader.analysis.speaker_owners import org_extent, owner_or_client, person_noun, unnamed_owner
from reader.analysis.speaker_groups import bare_plural
from reader.analysis.speaker_media import BARE_TITLES, medium_cut
from reader.analysis.speaker_patterns import (  # (compiled once)
    CLAUSE_STOP, FROM_SKIP, GENITIVE, JOINT, LAST_WORD, LINK_ORG, OF_ORG, POSSESSIVE_END, SENTENCE_STOP, SHORT_ABBREVIATION,
)
from reader.analysis.titles import is_honorific, is_title_word, title_phrase, title_run_before

DA_PRONOUNS = ("han", "hun", "de", "vi", "jeg")
EN_PRONOUNS = ("he", "she", "they", "we", "i")
PLURAL = ("de", "they", "vi", "we")
_DETERMINERS = frozenset("den det de en et the a an their his her its our my your one another this that".split())
# Capitalised at a sentence start, never a name: "To me the doctor says".
_FUNCTION = frozenset("to in on at for with by from of as after before when while if but and so".split())
_LINKS = frozenset("hos i fra ved for på at of with from in af".split())
_STOP = frozenset(
    "til om og men da der som efter under mens gennem via to about after as while when who which because and but"
    " through".split()
)
_EN_AUXILIARIES = frozenset("has have had is was were will would can could may might must should shall does did".split())
# After the head of a description, a phrase of manner or place that is no part of who speaks:
# "said the voice with a sigh", "came a voice from the back of the hall".
_EN_MANNER = frozenset("with from again too then always never often once also still just used".split())
# Nobody to name: "Someone once told me:", "Everyone says".
_EN_NOBODY = frozenset("someone somebody anyone anybody everyone everybody nobody no-one".split())
# Words in -ly that can end a description: "a close family", "the school bully".
_LY_NOUNS = frozenset("family assembly bully belly rally supply monopoly anomaly homily melancholy elderly orderly".split())
_EN_TIME = frozenset("on in during last yesterday today tonight earlier later recently".split())
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
# Danish words that end a description after a reporting verb: an object pronoun or an adverb
# ("betror aftenens demonstratrice mig", "sagde far så").
_DA_AFTER = frozenset("mig dig os jer ham hende dem så også nu bare lige igen straks".split())
# Danish kin called by the word alone, like a name ("sagde far"): speakers though indefinite.
_DA_KIN = frozenset("far mor farfar farmor morfar mormor bedstefar bedstemor".split())
_WORD = re.compile(r"[^\s,;:()]+")
# A Danish role word right after an organisation's genitive ("Dansk Sygeplejeråds kredsformand").
_DA_ROLE_AFTER = re.compile(
    r"\s+[a-zæøå]*(?:formand|direktør|chef|leder|ordfører|borgmester|talsmand|talskvinde|sekretær|redaktør"
    r"|analytiker|ekspert|forsker|dommer|anklager|politiker|præsident)(?:en)?\b"
)
_BEHALF = re.compile(r"\s(?:på vegne af|on behalf of|ifølge|(?:på|i) (?:sin|sit|sine))\s")  # ("ifølge AFP", "på sin Facebookside": quotesda19)
# Capitalised words and lower-case role words before a name: "Unite national officer ".
_DIGIT_NAME = re.compile(r"\d+[A-ZÆØÅ][\w&-]*")  # "3F", "2M": a name that opens with a digit
_DIGIT_RUN = re.compile(r"\d+[A-ZÆØÅ][\w&-]*(?:\s[A-ZÆØÅ][\w&-]*)*")
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
    if org is not None and org.start == start + the.end() and org.end >= words[-1][1] - 1:
        return Speaker(org.start, org.end, "name", org.canonical)  # "the Harbour Workers Union writes"
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


def _definite_role(low: str) -> bool:
    """A Danish role noun in its definite form, as a sentence opens with it: "Ministeren mener"."""
    return low.endswith(("en", "et", "ne")) and any(is_title_word(low[:len(low) - k]) for k in (0, 1, 2))


def _description(text: str, words: list[tuple[int, int, str]], language: str) -> Speaker | None:
    """"den 41-årige", "bageren", "manden i nissedragten", "a manager", "the head of the union"."""
    taken: list[tuple[int, int, str]] = []
    words = words[:medium_cut(words)] if language == "da" else words  # "i en pressemeddelelse"
    for k, (s, e, word) in enumerate(words):
        low = word.lower().rstrip(".,")
        upper = word[0].isupper()
        if language == "en" and low == "and" and taken and k + 1 < len(words) and joined_modifiers(taken[-1][2], words[k + 1][2]):
            low = ""  # "my best and only friend": one person
        if not taken and (low in _STOP or (upper and low not in _DETERMINERS and not (
            language == "da" and _definite_role(low))) or not word[0].isalpha()):
            return None
        if taken and (low in _STOP or low in _EN_TIME or language == "en" and low in _EN_AUXILIARIES | _EN_MANNER
                      or language == "da" and low in _DA_AFTER):
            break
        if taken and not word.rstrip(".,"):
            break  # an ellipsis ("den ... Hansen") ends the description
        if language == "da" and taken and low.endswith("ende") and not taken[-1][2].lower().endswith("e") and taken[-1][2].lower() not in _DETERMINERS:
            break  # "siger den 31-årige lærer smilende": the manner is no part of who speaks ("den studerende", "den daværende rådmand" are)
        if language == "en" and taken and len(low) > 4 and low.endswith("ly") and low not in _LY_NOUNS and taken[-1][2].lower() not in _DETERMINERS | _LINKS:
            break  # "said her mother resentfully": the manner is no part of who speaks
        if taken and upper and not (taken[-1][2].lower() in _DETERMINERS | _LINKS or taken[-1][2][0].isupper() or taken[-1][2] == "&"):
            rest = words[words.index((s, e, word)):]
            if language == "da" and len(rest) <= 4 and all(w[2][0].isupper() for w in rest):
                name = text[s:rest[-1][1]].rstrip(".,")  # "skrev det lokale ugeblad Vejle Amts Avis": the name in apposition
                return Speaker(s, s + len(name), "name", name)
            break
        taken.append((s, e, word.rstrip(".,")))
        # A link inside a capitalised name runs on with it: "a spokesperson for the Department for Education".
        in_name = word[0].isupper() or word == "&" or low in _LINKS and len(taken) > 1 and taken[-2][2][0].isupper()
        if text[e:e + 1] in ",.":
            break
        if len(taken) >= (8 if in_name else 5):  # "a spokeswoman for Hull City Council"
            link = max((k for k, w in enumerate(taken) if k > 1 and w[2].lower() in _LINKS), default=0)
            if link and not in_name and e < words[-1][1]:
                taken = taken[:link]  # cut short inside a phrase: "en ansat fra det hollandske [selskab]" is "en ansat"
            break
    while taken and (taken[-1][2].lower() in _LINKS or taken[-1][2].lower() in _DETERMINERS):
        taken.pop()
    if not taken or all(w[2].lower() in _DETERMINERS for w in taken):
        return None
    head = taken[-1][2]
    if language == "da" and len(taken) == 1 and not re.search(r"(?:en|et|ne|n)$", head) and head.lower() not in _DA_KIN and not (
        text[taken[-1][1]:taken[-1][1] + 1] == "." and head.lower().endswith(BARE_TITLES)
    ):
        return None  # "siger noget" is not a speaker: a Danish description is definite (a title alone may be: "svarer rektor.")
    if language == "en" and taken[0][2].lower() not in _DETERMINERS:
        return bare_plural(taken)  # '"...," residents said'
    return Speaker(taken[0][0], taken[-1][1], "description", text[taken[0][0]:taken[-1][1]])


only_roles = _only_roles  # (for quote_roles_carried: the attribution's own tests)
role_and_org = _role_and_org
