"""English names typed by the words around them (probefix23, after probe23):

- British parties: "the Conservatives", "the Liberal Democrats", "Lib Dems", "Plaid Cymru" are
  organisations wherever written with their capitals; the singular "Conservative" / "Liberal
  Democrat" / "Labour" only before a word of party politics ("the Conservative group leader",
  "a Liberal Democrat councillor");
- a firm named after a word for a firm ("supermarket Tesco", "broker Peel Hunt", "rival Barratt
  Redrow"), where a person works ("an analyst at AJ Bell", "Analysts at Peel Hunt") or before a
  job and a name ("AJ Bell analyst Ruth Pine"): an organisation, not a person; the firm word opening
  a sentence ("Supermarket Tesco", "Rival Barratt Redrow") is no part of the name;
- a player's role opening a sentence ("Substitute Callum Fenwick scored") is no part of the name.

Each is gated by a literal test on the text, so a text without the cue words costs a few scans."""

from __future__ import annotations

import re

from reader.analysis.gazetteer import FIRST_NAMES

Span = tuple[int, int, str]
ON = True  # pipeline._analyze applies it to English after forms23_en
INSIDE = True  # a party over names found inside it ("Reform UK" over "UK"; probe28)

_PARTIES = re.compile(
    r"(?:Conservatives|Liberal Democrats|Lib Dems|Plaid Cymru|Reform UK|Scottish National Party"
    r"|Democratic Unionist Party|Green Party)(?![\w-])"
)
_PARTY_ADJECTIVES = re.compile(
    r"(?:Conservative|Liberal Democrat|Lib Dem|Labour)(?= (?:group|groups|leader|leaders|MP|MPs|MSP"
    r"|MSPs|MEP|MEPs|MS|councillor|councillors|candidate|candidates|member|members|peer|peers|government"
    r"|administration|minister|ministers|voters|activists|whip|whips|cabinet|council|majority|opposition"
    r"|spokesman|spokeswoman|spokesperson|party|Party)\b)"
)
# The literal gate of both: a text without these words has no party name.
_PARTY_WORDS = ("Conservative", "Liberal Democrat", "Lib Dem", "Labour", "Plaid Cymru", "Reform UK", "Scottish National",
                "Democratic Unionist", "Green Party")
# Words for a firm written right before its name.
_FIRM_WORDS = (
    "supermarket supermarkets retailer retailers grocer grocers broker brokers stockbroker stockbrokers"
    " housebuilder housebuilders lender lenders insurer insurers carmaker carmakers airline airlines"
    " brewer brewers bank banks chain chains manufacturer manufacturers firm company rival rivals"
    " operator operators supplier suppliers builder builders outsourcer developer developers"
    " conglomerate broadcaster publisher miner miners estate_agent estate_agents wholesaler wholesalers"
).split()
# Jobs held at a firm: "an analyst at X", "X analyst Y".
_JOBS = (
    "analyst analysts economist economists strategist strategists trader traders broker brokers"
).split()
# Player roles opening a sentence before the player's name.
_PLAYER_ROLES = frozenset(
    "substitute striker midfielder defender goalkeeper keeper winger forward skipper debutant teenager"
    " youngster veteran captain".split()
)
# (in lower case: "rival" alone names people too, so it counts only opening a sentence)
_FIRM_BEFORE = re.compile(
    r"(?<![\w-])(" + "|".join(w.replace("_", " ") for w in _FIRM_WORDS if not w.startswith("rival")) + r") $"
)
_JOB_AT = re.compile(r"(?<![\w-])(?:" + "|".join(_JOBS) + r") at $", re.I)
_JOB_AFTER = re.compile(r" (?:" + "|".join(_JOBS) + r") [A-Z]")
_CUES = re.compile(
    r"(?<![\w-])(?:" + "|".join(w.replace("_", " ") for w in _FIRM_WORDS + _JOBS) + "|"
    + "|".join(_PLAYER_ROLES) + r")(?![\w-])", re.I
)


def forms(text: str, names: list[Span]) -> list[Span]:
    """``names`` with the parties found and typed, and the firms and players cut and typed."""
    names = _parties(text, names)
    if _CUES.search(text) is not None:
        names = _firms_and_players(text, names)
    return names


def _parties(text: str, names: list[Span]) -> list[Span]:
    """The parties, where no longer name holds them: typed ORG (a name of the same extent retyped)."""
    if not any(word in text for word in _PARTY_WORDS):
        return names
    # (no look-behind in the patterns, so that the engine skips to their first letters: the word
    # boundary before is tested here)
    hits = [m.span() for pattern in (_PARTIES, _PARTY_ADJECTIVES) for m in pattern.finditer(text)
            if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_")]
    if not hits:
        return names
    out = list(names)
    changed = False
    for s, e in hits:
        over = [k for k, (ns, ne, _l) in enumerate(names) if ns < e and s < ne]
        if not over:
            out.append((s, e, "ORG"))
            changed = True
        elif len(over) == 1 and names[over[0]][:2] == (s, e) and names[over[0]][2] != "ORG":
            out[over[0]] = (s, e, "ORG")
            changed = True
        elif INSIDE and all(s <= names[k][0] and names[k][1] <= e and names[k][:2] != (s, e) for k in over):
            for k in over:  # "Reform UK's X": "UK" found as a place inside the party (probe28)
                out[k] = None
            out.append((s, e, "ORG"))
            changed = True
    if changed:
        out = [span for span in out if span is not None]
    return sorted(out) if changed else names


def _first_name(text: str, s: int, e: int) -> bool:
    """Whether the name's first word is a given name ("retailer John Lewis" is left alone)."""
    return text[s:e].split(" ", 1)[0].lower() in FIRST_NAMES


def _firms_and_players(text: str, names: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e, label in names:
        piece = text[s:e]
        first, _, rest = piece.partition(" ")
        low = first.lower()
        if rest and low in _PLAYER_ROLES and label == "PER" and _opens(text, s) and " " in rest:
            out.append((s + len(first) + 1, e, "PER"))  # "Substitute Callum Fenwick" (two words at least)
            continue
        if rest and low in _FIRM_WORDS and first[:1].isupper() and _opens(text, s) and not _first_name(
            text, s + len(first) + 1, e
        ):
            out.append((s + len(first) + 1, e, "ORG"))  # "Supermarket Tesco", "Rival Barratt Redrow"
            continue
        if label in ("PER", "LOC", "MISC") and not _first_name(text, s, e) and (
            _FIRM_BEFORE.search(text, max(0, s - 20), s) is not None
            or (label != "MISC" and _JOB_AT.search(text, max(0, s - 16), s) is not None)
            or (label == "PER" and _JOB_AFTER.match(text, e) is not None)
        ):
            out.append((s, e, "ORG"))
            continue
        out.append((s, e, label))
    return out


def _opens(text: str, s: int) -> bool:
    """Whether a sentence or line opens at ``s`` (after a full stop, a line break or the start)."""
    before = text[max(0, s - 3):s].rstrip(" \"'“‘")
    return not before or before[-1] in ".!?\n:"
