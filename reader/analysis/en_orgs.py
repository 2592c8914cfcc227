"""English names: organisations the typer took for places or people (issue 16).

A name whose head word says what kind of body it is ("Prague Conservatory", "Mango Publishing",
"Abbot Academy", "the University of Dhaka") is an organisation, whatever the words before the head
are; a team is a place's name and a plural ("Boston Red Sox", "Tampa Bay Rays"); a name after a
person's job and "at"/"for"/"with" is the employer ("news editor at Global Voices"); one word with
an inner capital is a firm or a site ("OpenAI", "eBay"). The head words are general knowledge of
English, written here, by kind; each kind and form was chosen on GUM cross-validation (permitted
genres and the web-like genres kept out of training): see docs/log/namesen6.md. These rules only
retype a found name; besides them a body's head written alone with a capital inside a sentence
("the Government", "Congress") is found as a name, and a name of two words or more with such a head
that the typer would drop is kept as an organisation (``name_typing.retype``, namesen8).
"""

from __future__ import annotations

import re
from typing import Sequence

from reader.analysis.gazetteer import lookup
from reader.analysis.span_set import SpanSet

Span = tuple[int, int, str]


def _kinds(**groups: str) -> dict[str, str]:
    return {word: kind for kind, words in groups.items() for word in words.split()}


# Head words of organisations' names, by kind: S school or lab, G government body, A association,
# party, club or group, F firm, M paper or publisher.
HEADS = _kinds(
    S="""university universities college academy institute conservatory conservatoire seminary
    polytechnic faculty laboratory laboratories""",
    G="""government ministry department administration agency authority bureau commission committee
    subcommittee council assembly senate parliament congress tribunal police constabulary army navy corps""",
    A="""association society union federation league club foundation charity alliance coalition party
    movement convention brotherhood fellowship orchestra choir band quartet""",
    F="""inc inc. corp corp. corporation company co. ltd ltd. llc plc holdings partners industries
    enterprises technologies systems software airlines airways motors foods publishing publishers
    records studios rail railway railways""",
    M="""times tribune gazette herald journal magazine bulletin chronicle press""",
    H="""hospital infirmary hospice clinic""",
)
# More last words of papers and a transport firm's word, as heads of the kinds above (namesen33:
# "the Brooklyn Paper", "US Weekly", "the Marion Star", "Tulsa Transit"); last word only.
MEDIA33 = True
HEADS33 = _kinds(
    M="""post mail echo telegraph observer standard mirror express courier weekly news paper register
    advertiser examiner inquirer sentinel dispatch argus mercury recorder star reporter""",
    F="""transit""",
)
# The kinds whose heads retype a name (chosen on CV: the log).
KINDS = frozenset("SGAFMH")  # H: hospitals (probe10)
# Which typer types a head may overrule.
FROM = frozenset(("LOC", "PER"))
TEAMS = True
EMPLOYERS = True
CAMEL = True  # one word with an inner capital ("YouTube", "eBay")
# A university named as its state or town and "State" ("Penn State", "Ohio State"), not after "the"
# or "in" ("the Garden State", "in Washington State") nor a nation's adjective ("the Greek State").
STATE_SCHOOLS = True
_NATION_ENDS = ("an", "ese", "ish", "ic", "ine", "i")
# The last word of a team's name (a plural, or one of these) and plurals that are parts of places.
_TEAM_WORDS = frozenset("sox heat jazz thunder united".split())
_PLACE_PLURALS = frozenset(
    """states islands isles falls springs heights hills woods lakes mountains rocks plains keys sands
    gardens fields meadows downs flats rapids narrows shores pines oaks palms banks glades
    territories emirates provinces lands highlands lowlands alps andes rockies sounds waters
    cliffs bluffs forks crossings mills rivers creeks bays beaches dunes caves lakes""".split()
)
_JOB_BEFORE = re.compile(
    r"\b(?:editor|reporter|writer|columnist|correspondent|producer|director|manager|engineer|analyst"
    r"|researcher|scientist|professor|lecturer|teacher|student|intern|employee|worker|executive"
    r"|officer|spokesman|spokeswoman|spokesperson|president|founder|ceo|cto|cfo|chairman|chair"
    r"|designer|developer|consultant|member|fellow|coach|player|volunteer)s?"
    r"\s+(?:at|for|with)\s+(?:the\s+)?$", re.IGNORECASE)

_NOUN_AFTER = re.compile(r"\s+[a-z]")  # "staff at Cancun airport": the name is a noun's modifier


def _head_kind(words: Sequence[str]) -> str:
    """The kind of body the words' head names ("" when none): the last word, or the first when an
    "of" follows it ("University of X")."""
    low = words[-1].lower()
    if MEDIA33 and "-" in low and low[:1].isalpha():  # "the Scranton Times-Tribune": the last part's head
        low = low.rpartition("-")[2]
    last = HEADS.get(low, "") or (HEADS33.get(low, "") if MEDIA33 else "")
    if last:
        return last
    if len(words) > 2 and words[1].lower() == "of":
        return HEADS.get(words[0].lower(), "")
    return ""


def names_body(words: Sequence[str]) -> bool:
    """Whether the head of a name of two words or more (``words``) names a kind of body in use."""
    return len(words) > 1 and _head_kind(words) in KINDS


_SURNAME_CAPS = ("mc", "mac", "o'", "o’", "d'", "d’", "de", "la", "le", "van", "von", "di", "da")


def _camel(word: str) -> bool:
    """An inner capital after a lower-case letter ("OpenAI", "eBay"; not "McDonald", "DeLuca")."""
    if len(word) < 3 or not word.isalpha() or not any(a.islower() and b.isupper() for a, b in zip(word, word[1:])):
        return False
    return word[0].islower() or not word.lower().startswith(_SURNAME_CAPS)


def _team(words: list[str]) -> bool:
    """A place's name and a plural ("Boston Red Sox", "St. Louis Cardinals")."""
    last = words[-1]
    low = last.lower()
    if len(words) < 2 or not last[:1].isupper() or low in _PLACE_PLURALS:
        return False
    if not (low in _TEAM_WORDS or (low.endswith("s") and not low.endswith("ss") and len(low) > 3)):
        return False
    if "LOC" in lookup(" ".join(words).lower()):
        return False
    return any("LOC" in lookup(" ".join(words[:k]).lower()) for k in range(len(words) - 1, 0, -1))


# A body's head written alone with a capital inside a sentence ("the Government's intentions",
# "a bill before Congress"): the body of the text's country, a name (GUM and UNER mark it so).
LONE_BODIES = True
_LONE = re.compile(
    r"(?<=[a-z,;] )(?:Government|Parliament|Congress|Senate|Army|Navy|Administration|Opposition"
    r"|Cabinet|Commonwealth|Legislature|Ministry)\b(?![ -][A-Z])")


def _state_school(text: str, start: int, words: list[str]) -> bool:
    """"Penn State" as a university: two words, the second "State" (see ``STATE_SCHOOLS``)."""
    if len(words) != 2 or words[1] != "State" or not words[0].isalpha() or words[0].lower().endswith(_NATION_ENDS):
        return False
    before = text[max(0, start - 6):start].split()
    return not before or before[-1].lower() not in ("the", "in")


# The word before a lone head is no capitalised word of a longer name: "the Social Security
# Administration", "Undergraduate Student Government" gave "Administration", "Government" alone
# (the look-behind saw only the last letter of "Security"; namesen33). A nation's adjective
# ("the Albanian Government") or a determiner ("The Government said") may stand before it.
LONE_AFTER_LOWER = True
_DETERMINERS = frozenset("The A An This That Our My Your His Her Its Their".split())


def _after_name(text: str, start: int) -> bool:
    """Whether the word before ``start`` (after one space) is a capitalised word of a name."""
    k = start - 1
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    word = text[k:start - 1]
    return word[:1].isupper() and word not in _DETERMINERS and not word.lower().endswith(_NATION_ENDS)


def lone_bodies(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` and the lone capitalised heads of bodies outside them (ORG)."""
    found = [(m.start(), m.end(), "ORG") for m in _LONE.finditer(text) if not (LONE_AFTER_LOWER and _after_name(text, m.start()))]
    if not found:
        return spans
    taken = SpanSet(spans)
    new = [f for f in found if not taken.overlaps(f[0], f[1])]
    return sorted(spans + new) if new else spans


def org_types(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with the organisations among the places and people typed ORG (a name the
    gazetteers know as a place stays one: "Soviet Union")."""
    out = []
    for start, end, label in spans:
        if label in FROM and _body(text, start, end, label) and "LOC" not in lookup(text[start:end].lower()):
            label = "ORG"
        out.append((start, end, label))
    return lone_bodies(text, out) if LONE_BODIES else out


def _body(text: str, start: int, end: int, label: str) -> bool:
    """Whether the place or person ``text[start:end]`` is a body: by its head, as a team, as an employer."""
    words = text[start:end].split()
    if names_body(words):
        return True
    if len(words) == 1 and CAMEL and _camel(words[0]):
        return True
    if label != "LOC":
        return False
    if STATE_SCHOOLS and _state_school(text, start, words):
        return True
    if TEAMS and _team(words):
        return True
    return EMPLOYERS and bool(_JOB_BEFORE.search(text, max(0, start - 40), start)) and not _NOUN_AFTER.match(text, end)
