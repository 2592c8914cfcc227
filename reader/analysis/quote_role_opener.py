"""Danish: "siger hun" after a paragraph that opens with a role in its definite form and names
nobody ("Sognepræsten frygter, at ...", "Hospitalsdirektøren beklager ...") is the person the
article introduced with that role ("sognepræst Birthe Kallesøe"), else the role itself (a blind
probe of new stories, probe11); "Tiltalte sagde ..." is "tiltalte" (quotes14)."""

from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_left
from weakref import WeakKeyDictionary

from reader.analysis.attribution import Context
from reader.analysis.descriptions import description_fits
from reader.analysis.people import People
from reader.analysis.quote_da_subject import paragraph_before, paragraph_subject
from reader.analysis.lexicon import ROLE_SUFFIXES

ON = True
_OPENER = re.compile(r"[A-ZÆØÅ][a-zæøå]{3,}(?:en|et)(?=\s)")
# Adjectives that name a person in a court report, never written before a name (quotes14).
_ADJECTIVAL = re.compile(
    r"(?:(?:Den|De)\s+(?=[a-zæøå]))?(?:[Tt]iltalte|[Ss]igtede|[Aa]nklagede|[Ff]orurettede|[Aa]fdøde|[Dd]ømte)(?=\s)"
)  # (with its article, "Den tiltalte havde selv det sidste ord.": quotesda18)
# Plain nouns for someone a story does not name ("Kvinden tilstod i retten."): the noun itself.
_PLAIN = re.compile(r"(?:Kvinden|Manden|Pigen|Drengen)(?=\s)")
# An age standing for someone brought in unnamed ("En 46-årig pædagog ..."; quotesda22).
_AGED = re.compile(r"Den\s+(\d{1,3})-årige(?=\s)")
# A later sentence of the paragraph opened by another definite noun: someone, or a body, else is the
# subject now ("Manden døde. Politiet efterlyser vidner." / "- ..., siger han.": attack18).
_NEW_SUBJECT = re.compile(r"[.!?]\s+([A-ZÆØÅ][a-zæøå]{3,}(?:en|et|ne))(?=\s)")


def role_opener(ctx: Context, before: int, female: bool, male: bool, named_only: bool = True) -> str | None:
    """The speaker a role opening the paragraph right before the one at ``before`` names (Danish),
    when that paragraph holds no quotation and names nobody: the person introduced with the role,
    else (unless ``named_only``) the role itself; else the unnamed subject of its last sentence."""
    return _role_opener(ctx, before, female, male, named_only) or paragraph_subject(ctx, before, female, male)


def _role_opener(ctx: Context, before: int, female: bool, male: bool, named_only: bool) -> str | None:
    """``role_opener`` without the last sentence's subject."""
    if not ON or ctx.language != "da" or not (female or male):
        return None
    text = ctx.text
    bounds = paragraph_before(text, before)
    if bounds is None:
        return None
    start, para = bounds
    body = text[start:para]
    m = _ADJECTIVAL.match(body) or _OPENER.match(body) or _PLAIN.match(body)
    aged = _AGED.match(body) if m is None else None
    if (m is None and aged is None) or any(ch in body for ch in "»«\"“”") or body.lstrip().startswith(("-", "–")):
        return None
    if ctx.people.last_people(start, para) or aged is None and not description_fits(m.group(), female, male):
        return None
    if aged is not None:  # "En 46-årig pædagog ... / Den 46-årige nægtede sig skyldig. / ..., sagde hun" (quotesda22)
        unnamed = re.search(rf"\b[Ee]n\s+{aged.group(1)}-årig\b", text[:start])
        return f"den {aged.group(1)}-årige" if unnamed else None
    word = m.group()
    if _ADJECTIVAL.match(word + " "):
        return word.lower()  # "Tiltalte sagde i sit sidste ord, at ... / »...,« sagde han."
    stem = word[:-2]
    introduced, starts = _introduced(ctx, stem)
    k = bisect_left(starts, start)
    while k:  # the last one introduced before the paragraph ("sognepræst Birthe Kallesøe")
        k -= 1
        if introduced[k].end <= start:
            return introduced[k].canonical
    if named_only or any(m.group(1) != word for m in _NEW_SUBJECT.finditer(body)):
        return None
    return word.lower() if word.lower().endswith(ROLE_SUFFIXES) or _PLAIN.match(word + " ") else None


def _introduced(ctx: Context, stem: str) -> tuple[list, list[int]]:
    """The person mentions right after the role ``stem`` ("sognepræst Birthe Kallesøe", in any
    case), in order, and their starts; kept in ``ctx.people.cache`` (a person added clears it).
    Each paragraph went through every person before it (150 ms on the bench's articles text); now
    only the people whose word before ends in the stem's last four letters are tried."""
    people = ctx.people
    key = ("role opener", stem)
    found = people.cache.get(key)
    if found is None:
        role = _role_pattern(stem)
        text = ctx.text
        ends, always = _word_ends(people)
        tail = stem[-4:]
        # (an opener's stem has four letters or more; past Latin-1 lower() and (?i) may not agree)
        every = len(stem) < 4 or any(ord(ch) > 255 for ch in tail)
        candidates = range(len(people.people)) if every else ends.get(tail.lower(), ())
        if always and not every:
            candidates = sorted((*candidates, *always))
        found = [people.people[k] for k in candidates
                 if role.search(text[max(0, people.people[k].start - len(stem) - 3):people.people[k].start])]
        people.cache[key] = found
        people.cache_starts[key] = [p.start for p in found]
    return found, people.cache_starts[key]


_ENDS: WeakKeyDictionary = WeakKeyDictionary()  # People -> (its list of people, _word_ends of it)


def _word_ends(people: People) -> tuple[dict[str, list[int]], list[int] | None]:
    """The indices of the people by the four characters (lowered) that end what comes before them
    with a comma or not and one to three white spaces: where a role pattern's stem must end. When
    lower() does not lower the text as (?i) compares ("İ", "ı", "ſ" somewhere in it), a key is made
    only of four Latin-1 characters (there ``(?i)`` and lower() agree) and the people after anything
    else come second, to be tried for every stem (None when the whole text lowers well). Such a text
    had every person tried for every stem: 0.43 s of the bench's articles text (speed28)."""
    cached = _ENDS.get(people)
    if cached is not None and cached[0] is people.people:
        return cached[1]
    lowered, text = people.lowered(), people.text
    ends: dict[str, list[int]] = {}
    always: list[int] | None = None if lowered or not text else []
    for k, person in enumerate(people.people):
        at = person.start
        while at and text[at - 1].isspace() and person.start - at < 3:
            at -= 1
        if at == person.start or at and text[at - 1].isspace():
            continue  # no white space, or more than three characters of it
        at -= at > 0 and text[at - 1] == ","
        if always is None:
            ends.setdefault(lowered[max(0, at - 4):at], []).append(k)
            continue
        end = text[max(0, at - 4):at]
        if any(ord(ch) > 255 for ch in end):
            always.append(k)
        else:
            ends.setdefault(end.lower(), []).append(k)
    _ENDS[people] = (people.people, (ends, always))
    return ends, always


@lru_cache(maxsize=512)
def _role_pattern(stem: str) -> re.Pattern:
    """The role ``stem`` in any case, a comma maybe and white space, ending where it is searched to."""
    return re.compile(r"(?i)" + re.escape(stem) + r",?\s+$")
