"""Danish: "siger han/hun" right after a narrative paragraph whose last sentence has an unnamed
person as its subject (quotesda19): "En nabo vækkede de andre beboere." / "En sejler, der har sin
båd i havnen, er træt af lugten.", or a described person reporting ("Den sydafrikanske
transportminister siger til nyhedsbureauet, at ...", "Natos generalsekretær sagde, at ...")."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis.attribution import Context
from reader.analysis.descriptions import description_fits
from reader.analysis.reporting_verbs import verb_pattern

_WORDS = r"(?:[a-zæøå0-9][\wæøå-]*\s+){0,2}?[a-zæøå][\wæøå-]*"
# "En nabo vækkede", "En sejler, der har": an indefinite subject before a relative clause or an
# active verb in the past or present (not "blev"/"er"/"var": "En 34-årig mand blev anholdt").
# (probefix23: a place after the person, "En ældre mand fra Fjellerup havde malet", and "har"/"havde"
# before a participle there, "En kvinde fra Vorup har skrevet"; four words before a relative clause,
# "En 34-årig mor til tre, som ...")
_INDEFINITE = re.compile(
    rf"(?:Men\s+|Og\s+)?((?:En|Et)\s+{_WORDS.replace('{0,2}', '{0,3}')})(?=,\s+(?:der|som)\s"
    r"|\s+(?:fra|i)\s+[A-ZÆØÅ][\wæøå-]+\s+(?:har|havde)\s+[a-zæøå]+(?:et|t)\b)"
    rf"|(?:Men\s+|Og\s+)?((?:En|Et)\s+{_WORDS})(?=\s+(?!(?:blev|bliver|er|var|har|havde)\b)[a-zæøå]+(?:ede|te|de|er)\b)"
    # "En lokal købmand er mindre tilgivende.": a stance before the quote (stop 44)
    rf"|(?:Men\s+|Og\s+)?((?:En|Et)\s+{_WORDS})(?=\s+(?:er|var)\s+(?:(?:ikke|mindre|mere|meget|noget|også|lige|helt|slet\s+ikke|knap\s+så)\s+)?"
    r"(?:[a-zæøå]+ende|i\s+tvivl|træt|glad|vred|enig|uenig|utilfreds|tilfreds|bekymret|begejstret|skuffet|overrasket|lettet"
    r"|forarget|rystet|stolt|optimistisk|skeptisk|kritisk|chokeret|frustreret|harm|sur|ked\s+af\s+det|bange|nervøs|fortrøstningsfuld)\b)"
)
# The head of an organisation ("Det danske firma", "Den lokale fodboldklub"): "siger han" never
# stands for it (attack19).
_BODY_HEAD = re.compile(
    r"(?:klub|firma|forening|kommune|region|selskab|virksomhed|koncern|kæde|ministerium|styrelse|forbund"
    r"|skole|hospital|parti|politi|fabrik|organisation|myndighed|regering|bank|butik)(?:en|et|n|t)?$"
)
# A person's head noun, by the endings Danish gives people ("sejler", "chauffør", "generalsekretær",
# "bilist", "betjent", "landmand", "lærerinde", "psykolog", "advokat", "en 34-årig") or a short list:
# "En lastbil væltede" / "En storm ramte" are no one "siger han" can stand for (attack19).
_PERSON_HEAD = re.compile(r"(?:er|ør|ær|ist|ent|ende|mand|kvinde|dame|inde|ske|ling|log|ant|at|årig|chef|ejer)$")
_PERSON_WORDS = frozenset(
    """nabo vidne barn medlem pige dreng kone mor far søn datter bror søster ven veninde kæreste kollega
    læge pilot elev borger gæst turist patient kunde makker pensionist""".split()
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")


@lru_cache(maxsize=8)
def _definite(verbs: frozenset[str]) -> re.Pattern:
    """A described person reporting: "Den sydafrikanske transportminister siger", "Natos
    generalsekretær sagde"; no age ("Den 44-årige sagde": the one named before), no possessive
    ("Hendes søster griner"), no bare definite noun ("Vagtchefen oplyser": ``role_opener``'s)."""
    return re.compile(
        rf"((?:Den|Det)\s+(?![\w-]*\d){_WORDS}|(?!(?:Hans|Hendes|Deres|Dens|Dets|Sins)\s)[A-ZÆØÅ][\wæøå]+s\s+[a-zæøå][\wæøå-]*)"
        rf"(?:\s+selv)?\s+{verb_pattern(verbs)}\b"
    )


def _person_head(word: str) -> bool:
    """Whether a word is a person's head noun by ``_PERSON_WORDS`` or the endings of ``_PERSON_HEAD``."""
    return word in _PERSON_WORDS or _PERSON_HEAD.search(word) is not None


def paragraph_before(text: str, before: int) -> tuple[int, int] | None:
    """Where the paragraph before the one holding ``before`` starts and ends (None at the first)."""
    para = text.rfind("\n\n", 0, before)
    if para <= 0:
        return None
    start = text.rfind("\n\n", 0, para)
    return (start + 2 if start >= 0 else 0), para


def paragraph_subject(ctx: Context, before: int, female: bool, male: bool) -> str | None:
    """The unnamed person the last sentence of the paragraph before the one at ``before`` has as
    its subject, when that paragraph is narrative (no quotation, no dash) and names nobody."""
    if ctx.language != "da" or not (female or male):
        return None
    text = ctx.text
    bounds = paragraph_before(text, before)
    if bounds is None:
        return None
    start, para = bounds
    body = text[start:para].strip()
    if not body or any(ch in body for ch in "»«\"“”") or body.startswith(("-", "–", "—")):
        return None
    if ctx.people.last_people(start, para):
        return None
    last = _SENTENCES.split(body)[-1]
    found = _INDEFINITE.match(last) or _definite(ctx.verbs).match(last)
    phrase = found and (next((g for g in found.groups() if g), None) if found.re is _INDEFINITE else found.group(1))
    if not phrase or not description_fits(phrase, female, male):
        return None
    words = phrase.split()
    # The description ends at its first person word: "En 34-årig mor til tre, der ..." is "en
    # 34-årig mor" (probefix23; the age alone, "En 34-årig", is no head when a noun follows it).
    cut = next((k for k in range(1, len(words)) if _person_head(words[k].lower()) and not (
        words[k].lower().endswith("årig") and k + 1 < len(words))), len(words) - 1) if found.re is _INDEFINITE else len(words) - 1
    head = words[cut].lower()
    if _BODY_HEAD.search(head) or not _person_head(head):
        return None
    described = " ".join(words[:cut + 1])
    return described[0].lower() + described[1:] if described.split()[0] in ("En", "Et", "Den", "Det") else described
