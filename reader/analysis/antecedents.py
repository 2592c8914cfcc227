"""What a pronoun points back to: the person named as the subject of a clause nearby, the
quote before, the person the story is about, an organisation for "it"; and the quote spans the
search skips (a name inside a quotation is never an antecedent)."""

from __future__ import annotations

import bisect
import re

from reader.analysis.attribution import Context, in_byline, sentence_begin
from reader.analysis.gazetteer import FEMALE_NAMES, FIRST_NAMES, UNISEX_NAMES
from reader.analysis.kin_sex import kin_sex
from reader.analysis.person_nouns import FEMALE_KIN, MALE_KIN
from reader.analysis.speaker_owners import person_noun
from reader.model import Entity


class Spans:
    """Sorted quote spans with a fast "is this offset inside a quote" test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self._people: list[int] | None = None
        self.counted: tuple[int, dict[str, int]] = (0, {})  # main_person's running count

    def covers(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and self.spans[k][0] <= pos < self.spans[k][1]

    def last_outside(self, words: re.Pattern, text: str, start: int, own: int, end: int) -> re.Match | None:
        """The last of ``words.finditer(text, start, end)`` outside these spans (``words`` matches word
        characters only, so none runs across the blank line before ``own``, the paragraph of ``end``:
        that paragraph is read first, the text before it only when it has none)."""
        last = None
        for match in words.finditer(text, own, end):
            if not self.covers(match.start()):
                last = match
        if last is None and own > start:
            for match in words.finditer(text, start, end):
                if match.start() >= own:
                    break
                if not self.covers(match.start()):
                    last = match
        return last

    def names(self, people: list[Entity]) -> dict[str, str]:
        """Mention text and last name -> canonical name (first seen wins)."""
        if not hasattr(self, "_names"):
            table: dict[str, str] = {}
            for ent in people:
                table.setdefault(ent.text, ent.canonical)
                table.setdefault(ent.canonical.split()[-1] if ent.canonical.split() else "", ent.canonical)
            self._names = table
        return self._names

    def people_starts(self, people: list[Entity]) -> list[int]:
        if self._people is None:
            self._people = [ent.start for ent in people]
        return self._people


def last_person(
    people: list[Entity], before: int, spans: Spans, female: bool = False, male: bool = False,
    context: Context | None = None,
) -> str | None:
    """The canonical name of the last person mentioned before ``before``, outside quotes and the
    byline.

    ``female``/``male``: skip people whose first name says otherwise.
    """
    k = bisect.bisect_left(spans.people_starts(people), before)
    tries = 0
    while k > 0 and tries < 200:
        k -= 1
        tries += 1
        ent = people[k]
        if spans.covers(ent.start) or (context is not None and in_byline(context, ent.start)):
            continue
        if not gender_fits_name(ent.canonical, female, male, context):
            continue
        return ent.canonical
    return None


_NOT_SUBJECT = frozenset(
    "of to with by for from about against at in on into over under between among like than as via"
    " after before during without including toward towards upon across behind near af til med for"
    " fra om mod ved i på hos".split()
)


# "Ruth Adeyemi's father": a relative of the other sex than the pronoun, so the owner is its antecedent.
_KIN_OF = re.compile(r"['’]s\s+(?:late\s+|elder\s+|younger\s+|eldest\s+|youngest\s+)?([A-Za-z]+)\b")


OWN_PARAGRAPH = True  # a paragraph's own person before the subject of the paragraph before it (probe27)
_MODIFIER = re.compile(r"\b(?:the|a|an|den|det)\s+$", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]an|[Hh]un|[Hh]ans|[Hh]endes|[Hh]am|[Hh]ende)\b")


def subject_person(ctx: Context, before: int, spans: Spans, female: bool = False, male: bool = False) -> str | None:
    """The last person, since the start of the paragraph before ``before``, named as the subject
    of a clause ("Tom Reed met Joe Platt ..." -> Tom Reed): a pronoun takes the subject rather
    than an object or a genitive named after it. English: one whose sex the text shows to fit
    goes before a later one whose sex is unknown ("Ngozi Okafor said she would stay. Tumelo Dube
    agreed. '...,' she said" -> Ngozi Okafor); a first name either sex carries ("Kim") comes after
    one whose sex fits, in Danish too."""
    text = ctx.text
    para = text.rfind("\n\n", 0, before)
    previous = text.rfind("\n\n", 0, para) if para > 0 else -1
    window = previous + 2 if previous >= 0 else 0
    unknown, unknown_at = None, -1
    own = None  # the last person of this paragraph, subject or not (OWN_PARAGRAPH)
    for ent in reversed(ctx.people.last_people(window, before)):
        if spans.covers(ent.start) or in_byline(ctx, ent.start) or not gender_fits_name(ent.canonical, female, male, ctx):
            continue
        if unknown is not None and ent.start < para <= unknown_at:
            return unknown  # "Lincoln remembers the day. '...,' he said": the subject of this paragraph first
        if OWN_PARAGRAPH and para >= 0 and ent.start < para and own is not None:
            return own  # "X har ansat Jens Holm som leder. Han ...": this paragraph's one person, not the last one's
        if OWN_PARAGRAPH and para >= 0 and ent.start > para and own is None and _PRONOUN.search(text, para, ent.start) is None and (
            _MODIFIER.search(text, max(para, ent.start - 4), ent.start) is None
        ):
            own = ent.canonical  # (not after a pronoun: "He will play Mitch Harlow" goes on with the one before;
            # nor after an article: "the Ann Lee affair" names no one here)
        if ctx.language == "en" and (female or male) and _KIN_OF.match(text, ent.end) and (
            _KIN_OF.match(text, ent.end).group(1).lower() in (MALE_KIN if female else FEMALE_KIN)
        ):
            return ent.canonical  # "Ruth Adeyemi's father, Samuel, lived there. '...,' she said": the owner
        if is_subject(ctx, ent.start, ent.end):
            first = ent.canonical.split()[0].lower()
            if first in UNISEX_NAMES:  # "Kim Enevoldsen": after anyone whose sex is known to fit
                known = ctx.language == "en" and learned_sex(ctx, ent.canonical) is not None
            else:
                known = ctx.language != "en" or first in FIRST_NAMES or (  # (the sex: English only)
                    learned_sex(ctx, ent.canonical) is not None)
            if known or not (female or male):
                return ent.canonical
            if unknown is None:
                unknown, unknown_at = ent.canonical, ent.start
    return unknown


def organisation_subject(ctx: Context, before: int, spans: Spans) -> str | None:
    """The last organisation named as a clause subject since the paragraph before ``before``."""
    text = ctx.text
    para = text.rfind("\n\n", 0, before)
    window = text.rfind("\n\n", 0, para) + 2 if para > 0 else 0
    lo = bisect.bisect_left(ctx.people.org_starts, window)
    hi = bisect.bisect_left(ctx.people.org_starts, before)
    for org in reversed(ctx.people.orgs[lo:hi]):
        if not spans.covers(org.start) and is_subject(ctx, org.start, org.end):
            return org.canonical
    return None


def main_person(ctx: Context, before: int, spans: Spans, female: bool, male: bool) -> str | None:
    """The person the text is about so far (named at least three times before ``before``, twice
    as often as anyone else), when a pronoun finds no subject nearby: "he wrote" in a profile."""
    people = ctx.people.people
    hi = bisect.bisect_left(ctx.people.starts, before)
    done, counts = spans.counted  # the mentions counted by an earlier call (quotes come in order)
    if done > hi:
        done, counts = 0, {}
    while done < hi and people[done].end <= before:
        ent = people[done]
        if not spans.covers(ent.start):
            counts[ent.canonical] = counts.get(ent.canonical, 0) + 1
        done += 1
    spans.counted = (done, counts)
    if done < hi:  # a mention that runs past ``before`` (and any after it): counted for this call only
        counts = dict(counts)
        for ent in people[done:hi]:
            if ent.end <= before and not spans.covers(ent.start):
                counts[ent.canonical] = counts.get(ent.canonical, 0) + 1
    name = dominant(counts)
    return name if name is not None and gender_fits_name(name, female, male, ctx) else None


def dominant(counts: dict[str, int]) -> str | None:
    """The name counted at least three times and at least twice as often as any other, if any."""
    values = list(counts.values())  # (found in C: a text's counts may hold thousands of names)
    top = max(values, default=0)
    if top < 3 or values.count(top) > 1:
        return None
    at = values.index(top)
    del values[at]
    return None if max(values, default=0) * 2 > top else list(counts)[at]


def near(text: str, end: int, pos: int) -> bool:
    """Whether ``pos`` is in the paragraph of ``end`` or the one after it."""
    return end <= pos and pos - end < 1500 and text.count("\n\n", end, pos) <= 1  # (the count last: bounded)


def gender_fits_name(name: str, female: bool, male: bool, ctx: Context | None = None) -> bool:
    """Whether "she" (``female``) or "he" (``male``) can stand for ``name``: by its first name, or
    (``ctx``) by how the text refers to the person ("Mr Okafor", "Ngozi Okafor said she ...")."""
    first = name.split()[0].lower() if name.split() else ""
    if (female or male) and len(name.split()) > 1 and name.split()[-1].lower() in _BODY_HEADS:
        return False  # "Betty Nansen Teatret": a house the name finder took for a woman (quotesda22)
    sex = learned_sex(ctx, name) if ctx is not None and ctx.language == "en" and (
        first not in FIRST_NAMES or first in UNISEX_NAMES) else None
    if sex is None and ctx is not None and ctx.language == "en":
        sex = titled_sex(ctx, name)  # "Sir Robin X": the title before the name over the list of names (probe30)
    if sex is not None:
        return not (female and sex == "m" or male and sex == "f")
    if first in UNISEX_NAMES:
        return True  # "Løbsleder Kim Enevoldsen ... siger han": either sex
    is_female = first in FEMALE_NAMES
    return not ((female and not is_female and first in FIRST_NAMES) or (male and is_female))


# Danish definite nouns that end the name of a house or body, never a person's ("Betty Nansen
# Teatret", "Aarhus Universitetshospitalet" is not; only the whole word counts).
_BODY_HEADS = frozenset(
    "teatret hospitalet sygehuset museet universitetet skolen kirken fabrikken værftet banken selskabet"
    " koncernen gruppen fonden foreningen forbundet klubben partiet ministeriet styrelsen direktoratet"
    " tilsynet rådet nævnet udvalget instituttet operaen orkestret koret avisen forlaget kontoret"
    " centret centeret akademiet gymnasiet biblioteket".split())
_SEX_WORD = re.compile(r"\b(he|she|his|himself|herself)\b")
# A court report's counsel ("Prosecuting, Imogen X said he had ..."): the "he" after is the defendant (probe31).
_COUNSEL = re.compile(r"\b(?:Prosecuting|Defending|Mitigating), $")
_NEXT_HE = re.compile(r"[.!?][\"”’]?[ \t]+(He|She)\s+[a-z]")
_HONORIFIC_SEX = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+$")  # "Prof Sir Robin X" (probe30)
_MALE_HONORIFICS = ("Mr", "Sir", "Lord")


def titled_sex(ctx: Context, name: str) -> str | None:
    """"m" or "f" when every honorific the text puts right before a mention of ``name`` by its first
    name and surname ("Mr", "Sir", "Lord"; "Mrs", "Ms", "Miss", "Dame", "Lady") shows one sex, else
    None ("Mrs Lindsay" alone may stand for another Lindsay)."""
    sexes = {"m" if h.group(1) in _MALE_HONORIFICS else "f" for ent in ctx.people.people if ent.canonical == name
             and " " in ent.text and (h := _HONORIFIC_SEX.search(ctx.text, max(0, ent.start - 6), ent.start)) is not None}
    return sexes.pop() if len(sexes) == 1 else None


def learned_sex(ctx: Context, name: str) -> str | None:
    """"m" or "f" when the text shows the sex of a person whose first name does not: an honorific
    before a mention, or "he"/"his"/"himself" or "she"/"herself" among the four words after one, in
    its clause, with nobody named between ("Santa said he had to go", "Olek put on his coat"; not
    "her", which may be an object), a family word before it ("her husband, Alasdair"). Every
    sign must agree."""
    if ctx.sexes is None:
        votes: dict[str, set[str]] = {}
        text = ctx.text
        people = ctx.people.people
        for k, ent in enumerate(people):
            honorific = _HONORIFIC_SEX.search(text, max(0, ent.start - 6), ent.start)
            if honorific is not None:
                votes.setdefault(ent.canonical, set()).add("m" if honorific.group(1) in _MALE_HONORIFICS else "f")
            kin = kin_sex(text, ent.start)  # "her husband, Alasdair," (probe16)
            if kin is not None:
                votes.setdefault(ent.canonical, set()).add(kin)
            limit = min(people[k + 1].start if k + 1 < len(people) else len(text), ent.end + 80)
            stop = re.search(r"[.!?\n\"“”:;]", text[ent.end:limit])
            words = re.match(r"(?:\s+[\w'’-]+){1,4}", text[ent.end:ent.end + stop.start() if stop else limit])
            word = _SEX_WORD.search(text, ent.end, ent.end + words.end()) if words else None
            if word is not None and not _COUNSEL.search(text, max(0, ent.start - 14), ent.start):
                votes.setdefault(ent.canonical, set()).add("f" if word.group(1) in ("she", "herself") else "m")
            opener = _NEXT_HE.match(text, ent.end, limit)
            if opener is not None and not (k and people[k - 1].end > sentence_begin(text, text.rfind("\n", 0, ent.start) + 1, ent.start)):
                # "..., said Tumelo. He shrugged.": the one person of a sentence, and "He" opening the next.
                votes.setdefault(ent.canonical, set()).add("f" if opener.group(1) == "She" else "m")
        ctx.sexes = {name: sexes.pop() for name, sexes in votes.items() if len(sexes) == 1}
    return ctx.sexes.get(name)


def note_sex(ctx: Context, name: str | None, female: bool, male: bool) -> str | None:
    """Keep the sex a resolved "he"/"she" tag shows for a name the gazetteer does not know
    ('"...," she whispered.' after 'Lena Park stared'): a later "he" is then not her. Returns ``name``."""
    if name and (female or male) and ctx.language == "en" and name.split()[0].lower() not in FIRST_NAMES:
        if learned_sex(ctx, name) is None and ctx.sexes is not None:
            ctx.sexes[name] = "f" if female else "m"
    return name


def is_subject(ctx: Context, start: int, end: int) -> bool:
    """Whether the mention ``[start, end)`` opens its clause and a predicate follows it (kept per
    mention: each pronoun of a long paragraph asks it of every person named before)."""
    known = ctx.people.subjects.get((start, end))
    if known is None:
        known = ctx.people.subjects[start, end] = _is_subject(ctx, start, end)
    return known


def _is_subject(ctx: Context, start: int, end: int) -> bool:
    text = ctx.text
    line = text.rfind("\n", 0, start) + 1
    begin = max([sentence_begin(text, line, start)] + [k + 2 for k in (text.rfind(", ", line, start), text.rfind("; ", line, start)) if k >= 0])
    if ctx.language == "en":
        for sub in _SUBORDINATE.finditer(text, begin, start + 1):
            begin = sub.end()  # "You would think that Ann Lee would ...": the subject of the that-clause
    prefix = text[begin:start].split()
    if prefix and prefix[-1] == "the" and re.match(r"\s[a-z]", text[end:end + 2]):
        return False  # "It 's the Tropic Thunder thing": a name that only modifies a noun
    if [w.lower() for w in prefix] == ["according", "to"] and text[end:end + 1] == ",":
        return True  # "According to Michael, the next trip ...": the source of the sentence
    if ctx.language == "en" and AGENT and _AGENT.search(text, max(0, line, start - 80), start) and (
        not ctx.people.last_people(line, start) or _AGENT.search(text, ctx.people.last_people(line, start)[-1].end, start)
    ):
        return True  # "The group was set up in 2020 by Fiona Hale, a nurse": the doer of a passive (probe29)
    if len(prefix) > 3 or any(w.lower().strip(",") in _NOT_SUBJECT for w in prefix):
        return False
    before = ctx.people.last_people(begin, start)
    if before and not _body_before_role(text, before, start):
        return False
    follow = text[end:end + 12]
    return not re.match(r"(?:\s?'s|\s?’s|s'|\s*[.;:)!?\n]|\s*$|\s+[A-ZÆØÅ])", follow)  # "Reed 's" split off too


AGENT = True  # the person after "by" in a passive is a clause's subject (probe29)
_AGENT = re.compile(r"\b(?:was|were|is|are|been)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en)|set up|run|led|built|made|begun|won)"
                    r"(?:\s+[a-z0-9]+){0,4}\s+by\s+\Z")
_SUBORDINATE = re.compile(r"\b(?:that|because|if|when|whether|although|though|while|since|until)\s+(?=\S)")


def _body_before_role(text: str, before: list[Entity], start: int) -> bool:
    """Whether the one "person" before a name is a body standing before a role word ("Ashcombe
    manager Karen Doyle", "Unite official Carl Hobbs"): a word taken for a person that is no first
    name, a lower-case role, then the name."""
    role = re.fullmatch(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+", text[before[-1].end:start])
    return len(before) == 1 and role is not None and person_noun(role.group(1).split()[-1]) and (
        before[0].text.split()[0].lower() not in FIRST_NAMES)
