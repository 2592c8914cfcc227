"""An organisation called by a common noun as speaker ("the company said in a statement", "the
council said", "oplyser selskabet i en pressemeddelelse", "skriver kommunen i en mail") pointed at
the organisation the article named before.

News writing names a firm or body once ("Harwell Foods has recalled ...", "Randers Kommune lukker
...") and then calls it by what it is. The noun fits an organisation whose name ends in it ("Ashby
Town Council" for "the council", "Randers Kommune" for "kommunen"), or one it (or another word for
the same kind) stood before ("the retailer Coltham Stores plc", "Vindmøllefirmaet Nordvind A/S");
a word for a business besides fits a name with a company form ("plc", "A/S") and a business named
as a clause subject ("Harwell Foods has recalled"), never a public body ("the London Stock
Exchange", "Police Scotland"). An organisation in the description's own sentence is another one
("In a statement to the London Stock Exchange, the firm said").
"""

from __future__ import annotations

import bisect
import re
from operator import methodcaller

from reader.analysis.antecedents import Spans, is_subject
from reader.analysis.attribution import Context, sentence_begin
from reader.analysis.descriptions import _LINKS, _stems
from reader.analysis.people import People
from reader.analysis.speaker_owners import person_noun
from reader.model import Entity

# Words for a business: any of them stands for any firm the article named.
_BUSINESS = frozenset(
    """company firm business group retailer supplier manufacturer maker operator chain brand app developer
    builder producer carrier airline insurer lender bank brewery bakery shop store
    selskab selskabet virksomhed virksomheden firma firmaet koncern koncernen kæde kæden butik butikken
    producent producenten leverandør leverandøren forretning forretningen""".split()
)
# Other bodies: the noun must end the name or stand before it ("the council", "kommunen").
_BODIES = frozenset(
    """council trust club charity school university college hospital board authority agency union society
    association federation league museum theatre festival church force
    kommune kommunen region regionen klub klubben forening foreningen skole skolen hospital hospitalet
    styrelse styrelsen forbund forbundet museum museet""".split()
)
# Words in the name of a public body, no business.
_PUBLIC = frozenset(
    """council police office ministry department commission authority agency exchange court parliament government
    service nhs kommune kommunen region regionen politi politiet ministerium ministeriet styrelsen styrelse retten
    rigspolitiet""".split()
)
_POLICE = frozenset(("police", "constabulary"))
# "Rail workers at Northern Pennine Trains": the one they work at is a business (attack19).
_EMPLOYER = re.compile(r"\b(?:workers|staff|employees|drivers|engineers|pilots)\s+(?:at|for)\s+$")
_FORMS = re.compile(r"\b(?:plc|ltd|limited|llp|inc|corp|a/s|aps|i/s|amba|group|holdings?)\.?$", re.IGNORECASE)


def _base(noun: str) -> str:
    """The indefinite form of a Danish definite noun ("kommunen" -> "kommune"); English unchanged."""
    for suffix in ("et", "en", "n"):
        if noun.endswith(suffix) and noun[: -len(suffix)] in _BUSINESS | _BODIES:
            return noun[: -len(suffix)]
    return noun


# A role for a body called by what it is: "a spokeswoman for the company", "a spokesman for the council".
_ROLE_FOR_BODY = re.compile(r"((?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+(?:for|of|at))\s+(the\s+[a-z]+)")


def body_noun(mention: str, language: str) -> str | None:
    """The noun of a description that calls an organisation by what it is ("the company",
    "selskabet"), lower case in its indefinite form; None for anything else."""
    words = mention.lower().split()
    if language == "en":
        if len(words) != 2 or words[0] != "the":
            return None
        noun = words[1]
    else:
        if len(words) != 1:
            return None
        noun = words[0]
    if noun not in _BUSINESS and noun not in _BODIES:
        return None
    return _base(noun)


def described_body(ctx: Context, mention: str, at: int, spans: Spans) -> str | None:
    """The organisation named before ``at`` (not in its own sentence) that ``mention`` ("the
    company", "kommunen") calls by what it is, the last one that fits; None when none does."""
    noun = body_noun(mention, ctx.language)
    role = _ROLE_FOR_BODY.fullmatch(mention) if noun is None and ctx.language == "en" else None
    if role is not None:  # "a spokeswoman for the company": for the company named before (quotesen17)
        body = described_body(ctx, role.group(2), at, spans)
        return f"{role.group(1)} {body}" if body is not None else None
    if noun is None:
        return None
    text = ctx.text
    business = noun in _BUSINESS
    own = sentence_begin(text, text.rfind("\n", 0, at) + 1, at)
    for org in reversed(ctx.people.orgs):
        if org.start >= own or spans.covers(org.start):
            continue
        if _fits(ctx, org, noun, business):
            return org.canonical
    return None


def _fits(ctx: Context, org, noun: str, business: bool) -> bool:
    text = ctx.text
    words = [w.lower() for w in org.text.split()]
    if not words:
        return False
    if _base(words[-1]) == noun or noun == "force" and _POLICE.intersection(words):
        return True  # "Ashby Town Council", "Randers Kommune"; "the force" of "Cumbria Police" (probe10)
    kinds = _BUSINESS if business else {noun}
    lead = re.search(r"([\wæøåÆØÅ]+)\s+$", text[max(0, org.start - 40):org.start])
    if lead and any(lead.group(1).lower().endswith(k) or _base(lead.group(1).lower()) == k for k in kinds):
        return True  # "the retailer Coltham Stores plc", "Vindmøllefirmaet Nordvind A/S"
    if not business or any(w in _PUBLIC or _base(w) in _PUBLIC for w in words):
        return False
    return bool(_FORMS.search(org.text)) or is_subject(ctx, org.start, org.end) or bool(
        _EMPLOYER.search(text, max(0, org.start - 40), org.start)
    )


def body_named_before(text: str, people: People, mention: str, at: int) -> str | None:
    """Danish: the organisation a definite noun as speaker points back to ("skriver styrelsen",
    "lyder det fra rådet", "skriver bandet"), the last one named before ``at`` whose name ends in
    that noun ("Miljøstyrelsen", "Statens Sundhedsråd") or that the noun stood before ("Rockbandet
    Nordlys")."""
    words = mention.lower().split()
    link = next((k for k, w in enumerate(words) if w in _LINKS), len(words))  # "bandet på Instagram"
    low = words[0] if link == 1 else ""
    stems = [stem for stem in _stems(low)[1:] if len(stem) >= 3]  # definite nouns only
    if not stems:
        return None
    if ("bodies", low) not in people.found:  # which organisations fit, once per text and noun
        people.found["bodies", low] = _bodies(text, people, low, stems)
    fits = people.found["bodies", low]
    k = bisect.bisect_left(fits, bisect.bisect_left(people.org_starts, at))
    return people.orgs[fits[k - 1]].canonical if k else None


def _bodies(text: str, people: People, low: str, stems: list[str]) -> list[int]:
    """The indices in ``people.orgs`` of the organisations the definite noun ``low`` may stand for."""
    ends = tuple([low] + stems)
    person = any(stem in _DA_PERSONS or person_noun(stem) for stem in stems)  # "manden" is no "Ombudsmand"
    if ("org words", "") not in people.found:  # (once a text: every noun asked reads them)
        people.found["org words", ""] = [_org_words(text, org) for org in people.orgs]  # type: ignore[misc]
    fit = ends.__contains__ if person else methodcaller("endswith", ends)
    # (not the noun itself: "Rådet peger på" taken for a name)
    return [k for k, (last, alone, before) in enumerate(people.found["org words", ""])  # type: ignore[misc]
            if alone != low and (last and fit(last) or before.endswith(ends))]


def _org_words(text: str, org: Entity) -> tuple[str, str | None, str]:
    """What ``_bodies`` reads of an organisation: the last word of its name (lower case), the name
    when it is one word, and the 30 characters before it less the white space ending them ("" if
    none does: ``(?:noun)\\s+$`` must find white space there)."""
    words = org.canonical.lower().split()
    window = text[max(0, org.start - 30):org.start]
    kept = window.rstrip()
    return words[-1] if words else "", words[0] if len(words) == 1 else None, kept if len(kept) < len(window) else ""


# Danish nouns for a person, no body: the tail of a body's name only when written whole.
_DA_PERSONS = frozenset("mand kvinde pige dreng fyr dame herre person borger".split())
