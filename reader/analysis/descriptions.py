"""A description as speaker ("the prosecutor said", "siger bageren", "siger den 41-årige") pointed
at the person the article introduced with that role or age ("prosecutor Jane Doe", "Lise Holm
(41)").

News writing marks who is new: "a resident", "one resident", "another resident", "en beboer"
introduce someone not named before, so an indefinite description is never resolved; nor is a source
kept anonymous ("The linesman, who asked not to be named, said"). A role word only introduces the
name it stands before in the same sentence ("... at a linesman. Manager Sean Dyche said" does not
make Sean Dyche the linesman).
"""

from __future__ import annotations

import bisect
import re

from reader.analysis.people import People, Speaker, near_written
from reader.analysis.reporting_verbs import CLAUSE_WORDS, speech_verbs
from reader.analysis.sentences import word_before
from reader.analysis.person_nouns import _FEMALE, _MALE, is_person_noun, is_sexed  # noqa: F401 (is_sexed: importable here as before)
from reader.analysis.quote_owner_role import other_owner, owned_role_pick
from reader.model import Entity

_AGE = re.compile(r"(\d{1,3})-(?:årige?|year-old)")
_DETERMINERS = frozenset("den det de en et the a an their his her its our my your one another this that".split())
_LINKS = frozenset("hos i fra ved for på at of with from in af over".split())  # ("biskoppen over X Stift": probe12)
# A role written short before a name ("Gov. Mark Delaney") is the role a description names in full
# ("the governor said"; probe12).
_SHORT_ROLES = {"governor": "gov", "senator": "sen", "representative": "rep", "councillor": "cllr",
                "commander": "cdr", "professor": "prof", "sergeant": "sgt", "superintendent": "supt"}
# Determiners that bring in someone new: "a resident", "another resident", "one resident".
_INDEFINITE = frozenset("a an one another some en et".split())
# A source kept anonymous, in the clause after the description.
_ANONYMOUS = re.compile(
    r"[^.!?\n]{0,40}?\b(?:(?:not|n't)\s+(?:want\s+|wish\s+|wanting\s+|wishing\s+)?(?:to\s+)?(?:be\s+)?(?:named|identified)"
    r"|(?:not|n't)\s+(?:want|wish|wanting|wishing)\s+to\s+(?:give|be\s+given|reveal|share)\s+(?:his|her|their)\s+(?:full\s+)?name"
    r"|declined\s+to\s+(?:be\s+named|give\s+(?:his|her|their)\s+(?:full\s+)?name)|refused\s+to\s+give\s+(?:his|her|their)\s+name"
    r"|(?:on\s+(?:the\s+)?condition\s+of\s+)?anonymity|anonym\w*"
    r"|ikke\s+(?:ønsker|vil)\s+(?:at\s+)?(?:stå\s+frem\s+med|oplyse|have)\s+(?:sit\s+)?(?:fulde\s+)?navn)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"\s*(?:By|Af|Skrevet\s+af|Written\s+by)\s+(?:[A-ZÆØÅ][\w'’.-]*\s*)*$")
_SENTENCE_END = re.compile(r"[.!?][\"”’»']?\s+|\n")


def resolve_description(text: str, speaker: Speaker, people: People, before: int) -> None:
    """Point a description at the person the article named with it, if any (in place)."""
    desc = text[speaker.start:speaker.end]
    words = desc.split()
    if words and words[0].lower() in _INDEFINITE:
        return  # "a resident said": someone new, the description is the speaker
    if _ANONYMOUS.match(text, speaker.end, min(len(text), speaker.end + 120)):
        return  # "the linesman, who asked not to be named"
    age = _AGE.search(desc)
    words_in = re.findall(r"[\wæøåÆØÅ-]+", desc)
    link = next((k for k, w in enumerate(words_in) if k and w.lower() in _LINKS), len(words_in))
    nouns = [w for w in words_in[:link] if w.lower() not in _DETERMINERS | _LINKS]  # before "for", "hos", "of"
    if not age and not nouns:
        return
    key = ("age", age.group(1)) if age else ("role", nouns[-1].lower())  # the head: "the health board" is a board
    candidates = people.cache.get(key)
    if candidates is None:
        # Every person introduced with that age or role, once per text (then bisected by offset).
        find = _by_age if age else _by_role
        candidates = find(text, key[1], people, len(text) + 1)
        people.cache[key] = candidates
        people.cache_starts[key] = [p.start for p in candidates]
    k = bisect.bisect_left(people.cache_starts[key], before)
    person = candidates[k - 1] if k > 0 else None
    if not age and k > 1:  # two people with the role: the one whose team the text names ("Himmerlands træner")
        person = owned_role_pick(text, candidates[:k], people, before, tuple(_stems(nouns[-1].lower()))) or person
    if person is not None and not age and other_owner(text, desc, person.start, nouns[-1]):
        return  # "Venstres gruppeformand" is not the one introduced as "Socialdemokratiets gruppeformand"
    if person is not None and re.search(rf"\b{re.escape(person.canonical.split()[-1])}(?:'s|’s)", speaker.name or desc):
        return  # "Scrooge's nephew" is never Scrooge, though "this nephew of Scrooge's" was written
    if person is not None:
        speaker.name = person.canonical
        speaker.role = speaker.role or (nouns[-1] if not age else "")
    elif age and words and words[0].lower() == "den":
        person = _introduced_just_before(text, people, before, age.group(1))
        if person is not None:
            speaker.name = person.canonical


_PARAGRAPH = re.compile(r"\n\s*\n")


def _introduced_just_before(text: str, people: People, before: int, age: str) -> Entity | None:
    """Who "den 58-årige" stands for when no one was given that age: Danish news calls the person
    it has just introduced by age alone, so the one person named in the paragraph before the
    quote's (or in its own, before it). Never when someone of that age was brought in unnamed
    ("en 58-årig mand er anholdt"): then the description is the speaker."""
    found = people.found  # each search made once per text, not once per quote
    if ("paragraphs", "") not in found:
        found["paragraphs", ""] = [m.end() for m in _PARAGRAPH.finditer(text)]
    unnamed = _unnamed_ends(text, people, age)
    if unnamed and unnamed[0] <= before:
        return None
    starts = found["paragraphs", ""]
    k = bisect.bisect_right(starts, before)  # the paragraphs that start before the quote
    if not k:
        return None
    since = starts[k - 2] if k > 1 else 0  # the paragraph before the quote's, and its own
    named = people.people[bisect.bisect_left(people.starts, since):bisect.bisect_left(people.starts, before)]
    return named[0] if named and all(p.canonical == named[0].canonical for p in named) else None


def _unnamed_ends(text: str, people: People, age: str) -> list[int]:
    """Where "en 58-årig" brings in someone unnamed of ``age``: searched once per text and age."""
    found = people.found
    if ("unnamed", age) not in found:
        # rf"\b(?:en|et)\s+{age}-årig\b" (any case) led by the age: a literal the engine skips to
        found["unnamed", age] = [m.end() for m in re.finditer(rf"{age}-årig\b", text, re.IGNORECASE)
                                 if word_before(text, m.start(), ("en", "et"))]
    return found["unnamed", age]


def quoted_just_before(text: str, people: People, mention: str, at: int, previous_end: int, previous: str | None) -> str | None:
    """Who "siger den 46-årige" at ``at`` stands for when nobody was given that age nor named in the
    paragraph before: the one quoted just before (``previous``, whose quote ends at ``previous_end``)
    when nobody else is named since, within three paragraphs. Never after "en 46-årig mand" brought
    in someone unnamed."""
    age = re.fullmatch(r"den\s+(\d{1,3})-årige", mention, re.IGNORECASE)
    if age is None or not previous or text.count("\n\n", previous_end, at) > 2:
        return None
    unnamed = _unnamed_ends(text, people, age.group(1))
    if unnamed and unnamed[0] <= at:
        return None
    named = people.last_people(previous_end, at)
    if any(p.canonical != previous for p in named) or not any(p.canonical == previous for p in people.people):
        return None
    return previous


def _stems(noun: str) -> list[str]:
    """The indefinite forms a definite Danish noun may have been written in ("bageren" -> "bager")."""
    out = [noun]
    for suffix in ("erne", "ene", "en", "et", "ne", "n"):
        if noun.endswith(suffix) and len(noun) - len(suffix) >= 3:
            out.append(noun[: -len(suffix)] + ("er" if suffix == "erne" else ""))
    return out


_SHORT_WRITTEN = frozenset(_SHORT_ROLES.values())


def same_sentence(left: str) -> str:
    """The part of ``left`` (text before a name) in the name's own sentence."""
    last = None
    for match in _SENTENCE_END.finditer(left):
        if not (match.group().startswith(".") and left[:match.start()].rpartition(" ")[2].lower() in _SHORT_WRITTEN):
            last = match  # ("Gov. Mark Delaney": no sentence ends after a role written short)
    return left[last.end():] if last is not None else left


def _by_role(text: str, noun: str, people: People, before: int) -> list[Entity]:
    """People introduced with ``noun`` as their role before ``before``."""
    found: list[Entity] = []
    stems = tuple(_stems(noun))
    short = _SHORT_ROLES.get(noun)
    seen: dict = people.found.setdefault(("role words", ""), {})  # type: ignore[arg-type]
    for person in near_written(text, stems + (short,) if short else stems, people):
        if person.start >= before:
            break
        at = person.start, person.end
        if at not in seen:
            seen[at] = _role_words(text, person)
        words = seen[at]
        if words is not None and (any(w.endswith(stems) or w == short for w in words[0]) or (
            words[1] is not None and words[1].startswith(stems)
        )):
            found.append(person)
    return found


def _role_words(text: str, person: Entity) -> tuple[tuple[str, ...], str | None] | None:
    """What ``_by_role`` tests of a mention whatever the role: the words before it (lower case) that
    would introduce it as a role word, and the word after "Name, (the) ..."; None for a byline or an owner."""
    if _BYLINE.match(text, text.rfind("\n", 0, person.start) + 1, person.start):
        return None  # "By Hannah Reeve, Health Correspondent": the writer is no source
    if text[max(0, person.start - 3):person.start] == "of " and text[person.end:person.end + 2] in ("'s", "’s"):
        return None  # "this nephew of Scrooge's": the owner, not the nephew
    written = re.findall(r"[\wæøåÆØÅ-]+", same_sentence(text[max(0, person.start - 60):person.start]))[-5:]
    right = text[person.end:person.end + 60].lower()
    right_m = re.match(r",\s+(?:der\s+er\s+|who\s+is\s+)?(?:the\s+|an?\s+|[\wæøå]+s\s+)?([\wæøå-]+)", right)
    apposed = text[max(0, person.start - 2):person.start] == ", "  # "En nabo til krydset, Ole Mikkelsen,"
    roles = tuple(w.lower() for k, w in enumerate(written) if (
        _only_modifiers(written[k + 1:]) or apposed and _prepositional(written[k + 1:])
    ))
    head = _apposed_subject_head(text, person.start) if apposed else None
    return roles + (head,) if head else roles, right_m.group(1) if right_m else None


def _apposed_subject_head(text: str, start: int) -> str | None:
    """The role a sentence opens with when a name is set beside it after a phrase of place or belonging:
    "The prosecutor in a separate case over the sale, Jane Whitcombe, told", "Anklageren i sagen om
    salget, Jane Holm, siger" (lower case); None for anything else before the comma."""
    left = text[max(0, start - 100):start]
    same = same_sentence(left)
    if len(same) == len(left) and start > 100 or "," in same.rstrip()[:-1]:
        return None  # the sentence's opening out of reach, or another clause before the name
    words = re.findall(r"[\wæøåÆØÅ'’-]+", same)
    first = 1 if words and words[0].lower() in _DETERMINERS else 0
    link = next((k for k in range(first + 1, min(len(words), first + 3)) if words[k].lower() in _LINKS), None)
    if link is None or len(words) > 14 or not all(w[:1].islower() for w in words[1:link]):
        return None
    verbs = speech_verbs()
    if any(w in CLAUSE_WORDS or w in verbs or w.endswith(("ed", "ede")) for w in map(str.lower, words[link:])):
        return None  # a clause, not a phrase of place: "The prosecutor in the case called a witness, X,"
    return words[link - 1].lower()


def _only_modifiers(after: list[str]) -> bool:
    """Whether only names, links and determiners stand between a role word and the name after it:
    "prosecutor Jane Doe", "pressechef hos Vestkraft Maja Rindom", not a clause ("Mom has Cara on a
    diet": the mother is not Cara)."""
    return all(w[0].isupper() or w.lower() in _LINKS or w.lower() in _DETERMINERS or _AGE.fullmatch(w)
               for w in after)  # "Bageren, 44-årige Anders Kjær"


def _prepositional(after: list[str]) -> bool:
    """Whether the words between a role word and the comma before a name are one short phrase
    of place or belonging: "nabo til krydset", "a neighbour of the family"."""
    return 2 <= len(after) <= 3 and after[0].lower() in _LINKS | {"til"} and all(w[0].islower() for w in after)


def _by_age(text: str, age: str, people: People, before: int) -> list[Entity]:
    """People introduced with ``age`` ("den 41-årige Lise Holm", "Lise Holm (41)", "Lise Holm, 41",
    "Lise Holm er 41 år")."""
    found: list[Entity] = []
    # (an apposition too: "En 62-årig fisker, Poul Erik Sand", "a 58-year-old driver, Ann Lee")
    before_pattern = re.compile(rf"\b{age}-(?:årige?|year-old)(?:\s+\w+\s+|\s+\w+,\s+|\s+)$")
    after_pattern = re.compile(rf"\s*(?:\(|,\s*){age}\b|\s+(?:er|blev|fylder)\s+{age}\s+år\b")  # "Lene Dahl er 41 år"
    for person in people.people:
        if person.start >= before:
            break
        left = text[max(0, person.start - 30):person.start]
        right = text[person.end:person.end + 12]
        # (each pattern's match holds the age: looked for first)
        if age in left and before_pattern.search(left) or age in right and after_pattern.match(right):
            found.append(person)
    return found


def description_fits(description: str, female: bool, male: bool) -> bool:
    """Whether "he" (``male``) or "she" (``female``) can stand for the person a description names:
    "her brother" is no "she", "a police spokeswoman" no "he"."""
    words = description.lower().split()
    head = next((words[k - 1] for k, w in enumerate(words) if k and w in _LINKS), words[-1] if words else "").strip(".,")  # "a spokesman for X"
    return not (female and head in _MALE or male and head in _FEMALE)


# A description opening a sentence as its subject: a determiner, up to three words, and a verb
# after them ("The nurse cleans", "A neighbour was", "The old man turned").
_SUBJECT = re.compile(
    r"(?:(?:Then|Suddenly|Finally|Now|Later|Soon|At\s+last|Yesterday|Recently|Once"
    r"|(?:Last|This|One|Every)\s+(?:week|month|year|night|morning|evening|day|summer|winter|spring|autumn|weekend)),?\s+"  # "Last week a young man" (quotesen23)
    r"|[A-Z][a-z]*(?:\s+[a-z][\w-]*){1,4},\s+|(?:Edit|EDIT|Update|UPDATE|PS|P\.S\.)\s*:\s+)?"  # "Then a guard", "Behind the desk, a guard"; "Edit: my brother" (quotes32)
    r"((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+|[A-Z]{2,5}\s+(?=[a-z])){0,2}?[a-z][\w-]*)"  # "the AA guy" (quotes32)
    r"(?:\s+(?:at|in|on|from|behind|beside|near|with)\s+(?:(?:the|a|an|his|her|my)(?:\s+[a-z][\w-]*){1,3}?"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=[\s,])))?"  # "The man at the desk looked up", "A shopkeeper in Leeds, ..., recalled" (quotesen28)
    r"(?:,\s[^,.;:!?\"“”]{1,60},|\s+(?:she|he|they|I|we|you)(?:\s+[a-z]+){1,3}?|\s+of\s+(?:about\s+|around\s+)?(?:\d+|[a-z]+))?"  # "The nurse, a woman in her fifties, leaned over", "A man she nursed", "A boy of ten"
    r"(?:\s+(?:just|then|simply|only|suddenly|quietly|finally|also|still|once|always|never|slowly|immediately)(?=\s))?"  # "My mum just looked" (quotesen23)
    r"(?=\s+(?:[a-z][\w-]*(?:ed|s)|was|is|had|has|stood|sat|came|went|took|made|shook|spoke|looked|turned|kept"
    r"|bent|held|put|got|gave|let|ran|felt|left|knew|saw|heard|threw|rose|fell|drew|wrote|leant|leapt|hung|struck"
    r"|rang|read|rode|sang|sent|told|thought|brought|caught|found|met|began|drove|woke"  # "My nan rang and said," (quotes32)
    r"|did|didn['’]t|does|doesn['’]t|could|couldn['’]t|would|wouldn['’]t|wasn['’]t|hadn['’]t|will|can)\b)"  # "The clerk didn't look up"
)


def subject_description(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a description of a person opening ``[start, end)`` as the subject of its clause,
    if any ("The nurse cleans", not "The kettle boiled")."""
    match = _SUBJECT.match(text, start, end)
    if match is None:
        return None
    if is_person_noun(match.group(1).split()[-1]):
        return match.span(1)
    plural = re.match(r"\s+([a-z][\w-]*s)\s+[a-z]", text[match.end(1):end])  # "The tribal members waved": not "tribal"
    if plural and is_person_noun(plural.group(1)) and len(match.group(1).split()) < 4:
        return match.start(1), match.end(1) + plural.end(1)
    return None
