"""English names by rules: capitalised runs, gazetteers and context words (no training data)."""

from __future__ import annotations

from reader.analysis.en_words import (
    COMMON, EN_FAMOUS_SURNAMES, EN_GIVEN_NAMES, EN_ORGS, EN_PLACES, EN_RESTAURANTS, EN_SURNAMES, EN_VOCABULARY,
    NATIONALITIES, _set,
)
from reader.analysis.gazetteer import CITIES, COUNTRIES, ORG_WORDS, SURNAMES, US_STATES
from reader.analysis.gazetteer import FIRST_NAMES as _DA_FIRST_NAMES
from reader.analysis.lexicon import EN_MONTHS, EN_NON_NAMES, EN_ROLES, EN_WEEKDAYS, TITLES
from reader.analysis.tokens import Tokens

Span = tuple[int, int, str]
FIRST_NAMES = _DA_FIRST_NAMES | EN_GIVEN_NAMES
SINGLE_DEFAULT: str | None = None
CONTEXT_DEFAULT: str | None = "LOC"
MULTI_DEFAULT: str | None = None
ACRONYM_DEFAULT: str | None = "ORG"
LONG_DEFAULT: str | None = None


_LOC_CONTEXT = _set("in at from to near visit visiting visited into across outside inside around via toward towards")
_PER_CONTEXT = _set("mr. mrs. ms. dr. mr mrs ms dr sir president senator governor minister secretary")
_ORG_SUFFIX = _set("inc inc. corp corp. co co. ltd ltd. llc plc group company corporation university"
                   " college institute association bank council agency department committee club"
                   " foundation party church school hospital airlines airways motors systems"
                   " technologies news times post journal network services society union court"
                   " orchestra symphony energy partners holdings industries enterprises solutions"
                   " consulting labs laboratories studios records authority commission board ministry"
                   " bureau organization organisation federation alliance league academy fund trust"
                   " insurance pharmaceuticals communications telecom media entertainment tech homes builders"
                   " developments properties logistics foods ferries shipping brewery")
_LOC_SUFFIX = _set("street st. avenue ave road rd. boulevard blvd park river lake mountain mountains"
                   " island islands bay beach county valley city town square bridge airport hall"
                   " heights springs falls canyon ocean sea gulf coast auditorium garage base station"
                   " terminal stadium arena mall plaza memorial monument cathedral tower building"
                   " hotel grill cafe inn motel resort zoo district hills peak highway freeway parkway"
                   " lane drive trail")
# Heads that make a place even when another word of the name is an organisation's ("City Hall").
_FACILITY = _set("street st. avenue ave road rd. boulevard blvd hall airport bridge station auditorium"
                 " garage stadium arena mall plaza memorial monument cathedral tower building hotel grill"
                 " cafe motel highway freeway parkway lane drive trail")
# Words that begin a place name ("St. Thomas", "San Jose", "Fort Worth").
_PLACE_START = _set("st. st saint san santa fort mount mt. lake port")
_NEVER = _set("am pm a.m. p.m. ps p.s. re fw fwd cc bcc tel fax email e-mail phone ok ii iii iv tv usd eur"
              " jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun"
              " word excel powerpoint section chapter article exhibit appendix schedule")
_CONNECT = frozenset(("of", "the", "and", "&", "de", "la", "du", "van", "von", "al", "bin", "for"))
_PLACES = COUNTRIES | CITIES | EN_PLACES
_ORGS = ORG_WORDS | EN_ORGS
# Organisations whose name is also an ordinary word or a team nickname: not at a sentence start.
_ORGS_SAFE = EN_ORGS - COMMON - EN_VOCABULARY - _set(
    "gap virgin discover progressive enterprise fortune slate salon borders staples michaels time fox"
    " delta giants bears saints eagles jets heat rangers cardinals pirates rockets spurs mavericks"
    " dolphins raiders vikings texans cowboys patriots packers steelers broncos braves astros"
    " mariners orioles phillies mets cubs nazis sprint orange chase ford lotus bain edison canon"
    " norton marines navy congress senate coke shell visa target apple amazon"
)
_LOWER_PLACES = frozenset(p for p in _PLACES if p not in COMMON and " " not in p and len(p) > 4) - _set(
    "turkey china georgia jordan chad mobile reading nice bath wales bonn split essen victoria charlotte"
    " austin jackson lincoln dover buffalo phoenix orlando florence eugene gent lund rio sale salvador"
    " santiago columbus richmond kent hamilton cork lima cali split canton ry thy mors fyn give"
    " providence mesa boulder flint pueblo garland billings riverside clearwater aspen queens midtown"
    " newport wellington oxford cambridge chelsea surrey atlantic pacific mediterranean caribbean"
    " arctic midwest southwest northeast southeast rockies stateside hollywood everest patagonia marin"
    " napa branson lakeland savannah florence geneva sydney brittany devon gulf states island"
) - FIRST_NAMES
# Lower-case country and state names count anywhere ("we drove to ohio", "is peru or chile cheaper").
_LOWER_ANYWHERE = frozenset(p for p in COUNTRIES | US_STATES if " " not in p and len(p) > 3) & _LOWER_PLACES | _set(
    "london paris chicago boston seattle atlanta toronto vancouver montreal mumbai delhi kerala goa"
    " bangalore karachi lahore baghdad tehran kabul beijing shanghai tokyo moscow berlin madrid"
    " barcelona dublin manchester liverpool glasgow edinburgh melbourne brisbane auckland"
    " philadelphia pittsburgh cleveland detroit denver sacramento hawaii manila bangkok singapore"
    " dubai cairo istanbul jerusalem noida gurgaon hyderabad chennai kolkata"
)
# Lower-case names of more than one word ("san francisco", "new york") count anywhere.
_LOWER_MULTI = frozenset(
    p for p in _PLACES if " " in p and not all(w in COMMON or w in EN_VOCABULARY or w in _LOC_SUFFIX for w in p.split())
)
_LOWER_MULTI_ORG = frozenset(
    p for p in EN_ORGS if " " in p and not all(w in COMMON or w in EN_VOCABULARY for w in p.split())
) - _LOWER_MULTI
_MULTI_FIRST = frozenset(p.split()[0] for p in _LOWER_MULTI | _LOWER_MULTI_ORG)
# Lower-case brands and sites that are seldom anything else ("i searched google").
_LOWER_ORGS = _set(
    "google facebook youtube myspace microsoft yahoo paypal ebay walmart starbucks firefox netflix"
    " craigslist twitter wikipedia skype linkedin instagram whatsapp mozilla airasia"
)
_SPLIT_BEFORE = _set("monday tuesday wednesday thursday friday saturday sunday january february march"
                     " april june july august september october november december")


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isalpha() and any(c.isupper() for c in word[1:3]))


def english_names(tokens: Tokens, sentence_starts: set[int], text: str = "") -> list[Span]:
    """PER/ORG/LOC spans found by rules in English text (``text``: where line breaks are seen)."""
    words = tokens.words
    n = len(words)
    starts, ends = tokens.starts, tokens.ends
    offset = 0

    def broken(j: int) -> bool:
        """Whether a line break separates token ``j - 1`` from token ``j``."""
        return bool(text) and "\n" in text[ends[j - 1] - offset: starts[j] - offset]

    def line_alone(i: int, j: int) -> bool:
        """Whether tokens ``i..j-1`` fill their line (a signature, a greeting, a list item)."""
        if not text:
            return False
        before = text[text.rfind("\n", 0, starts[i] - offset) + 1: starts[i] - offset]
        stop = text.find("\n", ends[j - 1] - offset)
        after = text[ends[j - 1] - offset: len(text) if stop < 0 else stop]
        return not before.strip(" \t-*>") and not after.strip(" \t,.:;!-")

    def glued(j: int) -> bool:
        """Whether token ``j`` follows token ``j - 1`` with no space between."""
        return 0 < j < n and starts[j] == ends[j - 1]

    spans: list[Span] = []
    later: list[int] = []
    lower_lines = sorted(sentence_starts | {0})
    k = 0
    while k < n:
        word = words[k]
        low = word.lower()
        if not _is_cap(word):
            size, label = _lower_multi(words, k) if low in _MULTI_FIRST else (0, "")
            if size:
                spans.append((starts[k], ends[k + size - 1], label))
                k += size
                continue
            if low in _LOWER_ORGS:
                spans.append((starts[k], ends[k], "ORG"))
            elif k + 1 < n and words[k + 1] in _GENITIVE and low + "'s" in EN_RESTAURANTS:
                spans.append((starts[k], ends[k + 1], "LOC"))  # "lunch at denny 's"
                k += 2
                continue
            elif low in _LOWER_GIVEN and _lower_sentence(words, lower_lines, k):
                stop = k + 1 if k + 1 < n and words[k + 1] in SURNAMES and words[k + 1] not in _PLAIN else k
                spans.append((starts[k], ends[stop], "PER"))  # "anna and ben are ...", "tina holm replied"
                k = stop + 1
                continue
            elif low in _LOWER_ANYWHERE or low in _LOWER_PLACES and (k == 0 or words[k - 1].lower() in _LOC_CONTEXT):
                spans.append((tokens.starts[k], tokens.ends[k], "LOC"))
            k += 1
            continue
        j = k + 1
        while j < n and not broken(j) and (_is_cap(words[j]) or _joins(words, j, k)):
            if words[j].lower() in _SPLIT_BEFORE or words[j] == "I":
                break  # "Fallujah Wednesday"
            j += 1
        if j - k > 12:  # a shouted line or a list of capitalised words, not a name
            k = j
            continue
        j = _split_person(words, k, j)
        if _surname_comma(words, k, n) and (k == 0 or words[k - 1] in _QUOTES or broken(k)) and (
            k + 3 == n or words[k + 3] in _QUOTES or words[k + 3] == "<" or broken(k + 3)
        ):
            spans.append((starts[k], ends[k + 2], "PER"))  # "McGilloway, Vangie" <...>
            k += 3
            continue
        start_k = k
        # Drop leading words that are not names (sentence starts, titles, months, nationalities).
        first_in_sentence = k in sentence_starts or (
            k > 0 and words[k - 1] in ('"', "“", "(", ":", "-", "'") and tokens.ends[k - 1] == tokens.starts[k]
        )
        if j - k <= 3 and line_alone(k, j) and _signature(words[k:j]) and not (
            j - k == 1 and j < n and words[j] in ("!", ".", "?") and low not in FIRST_NAMES
        ):  # "Kudos." or "Trivia!" alone on a line is an exclamation, not a signature
            spans.append((starts[k], ends[j - 1], "PER"))
            k = j
            continue
        while start_k < j and _skip_word(words[start_k], first_in_sentence, j - start_k == 1):
            start_k += 1
            first_in_sentence = False
        run = words[start_k:j]
        while run and run[-1].lower() in _CONNECT and (run[-1].islower() or run[-1].lower() in _LEAD_CONNECT):
            run = run[:-1]
        if len(run) > 1 and run[-1].lower() in _STATE_TAIL and start_k + len(run) == j and " ".join(
            w.lower() for w in run[:-1]
        ) not in ORG_WORDS:  # "Boulder Colorado", "Eugene Or": two places
            stop = start_k + len(run) - 1
            spans.append((starts[stop], ends[stop], "LOC"))
            run = run[:-1]
        stop = start_k + len(run)
        if run and stop == j and j + 1 < n and words[j] == "," and words[j + 1].lower() in _COMMA_SUFFIX:
            spans.append((starts[start_k], ends[j + 1], "ORG"))  # "Google, Inc."
            k = j + 2
            continue
        if run and not _all_caps_sentence(words, k, j):
            if len(run) > 1 and run[-1].lower() in _ERA and " ".join(run[:-1]).lower() in _KNOWN_SURNAMES:
                run = run[:-1]  # "the Harlow Administration": the person
                label = "PER"
            else:
                label = _type(run, words, start_k, start_k + len(run))
            if label == "LOC" and len(run) > 1:
                run = _place_head(run)  # "Houston Consultant", "Iran Cartoon": the place
            stop = start_k + len(run)
            if not label and stop + 2 < n and words[stop] == "(" and words[stop + 2] == ")" and _initials(
                run, words[stop + 1]
            ):
                label = "ORG"  # "Lakeside Tenants Rights Center (LTRC)"
            if not label and stop < n and words[stop] in _GENITIVE and " ".join(run).lower() + "'s" in EN_RESTAURANTS:
                label = "LOC"  # "lunch at Denny s"
            if label != "ORG" and stop < n and words[stop] in _GENITIVE and _business(words, start_k, stop, run):
                spans.append((starts[start_k], ends[stop], "LOC"))  # "Denny's", "dinner at Mama Rosa's"
                k = stop + 1
                continue
            if label == "PER" and stop + 1 < n and words[stop] == "@" and glued(stop) and glued(stop + 1):
                spans.append((starts[start_k], ends[stop + 1], "PER"))  # "Maria Odegard@NORTHWIND"
                k = stop + 2
                continue
            if label:
                spans.append((tokens.starts[start_k], tokens.ends[start_k + len(run) - 1], label))
            elif run and len(run) == 1:
                later.append(start_k)
        elif start_k == j and j == k + 1 and words[k].lower() not in COMMON:
            later.append(k)  # a lone sentence-initial word: a name only if the text names it elsewhere
        k = j
    return _known_parts(tokens, spans, later)


def _place_head(run: list[str]) -> list[str]:
    """The known place that begins ``run`` when ordinary words follow it, else ``run``."""
    lows = [w.lower() for w in run]
    if " ".join(lows) in _PLACES:
        return run
    for size in range(min(3, len(run) - 1), 0, -1):
        if " ".join(lows[:size]) in _PLACES and all(w in _PLAIN and w not in _LOC_SUFFIX for w in lows[size:]):
            return run[:size]
    return run


def _initials(run: list[str], short: str) -> bool:
    """Whether the all-capitals ``short`` abbreviates the capitalised words of ``run``."""
    caps = "".join(w[0] for w in run if w[:1].isupper())
    return len(short) > 2 and short.isupper() and short.isalpha() and (
        caps.startswith(short) or len(caps) > 2 and short.startswith(caps)
    )


def _lower_sentence(words: tuple[str, ...] | list[str], sentence_starts: list[int], k: int) -> bool:
    """Whether the sentence holding token ``k`` is written in lower case (its first word is)."""
    import bisect

    at = bisect.bisect_right(sentence_starts, k)
    first = sentence_starts[at - 1]
    while first < k and not words[first][:1].isalpha():
        first += 1
    if first < k:
        return words[first][:1].islower()
    end = sentence_starts[at] if at < len(sentence_starts) else len(words)
    return all(not w[:1].isupper() or w == "I" for w in words[k:end])


def _split_person(words: tuple[str, ...] | list[str], k: int, j: int) -> int:
    """End of a person's name at the head of the capitalised run ``k..j``: "Laura B. Finch" of
    "Laura B. Finch Deloitte", "Paula Mertens" of "Paula Mertens Direct Dial"."""
    if j - k < 3 or words[k].lower() not in FIRST_NAMES:
        return j
    lows = [w.lower() for w in words[k:j]]
    if any(w in _ORG_SUFFIX for w in lows):
        second = lows[1]
        if j - k > 3 and second.isalpha() and not (second in _PLAIN or second in _ORGS or second in _PLACES):
            return k + 2  # "Paula Mertens Northwind Energy Services": a person, then the company
        return j
    if len(words[k + 1]) == 2 and words[k + 1][1] == "." and j - k > 3:
        return k + 3
    second, third = lows[1], lows[2]
    if second not in _PLAIN and second.isalpha() and (third in _PLAIN or third in _ORGS or third in _PLACES):
        return k + 2
    return j


def _surname_comma(words: tuple[str, ...] | list[str], k: int, n: int) -> bool:
    """Whether tokens ``k..k+2`` read "Surname, Firstname"."""
    return (
        k + 2 < n and words[k + 1] == "," and _is_cap(words[k + 2]) and words[k + 2].lower() in FIRST_NAMES
        and words[k].isalpha() and words[k].lower() not in _PLAIN and not words[k].isupper()
    )


def _business(words: tuple[str, ...] | list[str], i: int, stop: int, run: list[str]) -> bool:
    """Whether ``run`` (tokens ``i..stop``) with the "'s" at ``stop`` names a restaurant or a shop."""
    full = " ".join(run).lower()
    if full + "'s" in EN_RESTAURANTS or full + "s" in EN_RESTAURANTS:
        return True
    prev = words[i - 1].lower() if i > 0 else ""
    nxt = words[stop + 1] if stop + 1 < len(words) else ""
    return prev in ("at", "to") and (not nxt[:1].isalpha() or nxt[:1].isupper() or nxt.lower() in _AFTER_PLACE)


def _lower_multi(words: tuple[str, ...] | list[str], k: int) -> tuple[int, str]:
    """How many lower-case words from ``k`` spell a place ("san francisco") or an organisation
    ("air asia") of several words, and which; (0, "") when none."""
    for size in (3, 2):
        if k + size <= len(words):
            piece = words[k: k + size]
            if not all(w.islower() for w in piece):
                continue
            name = " ".join(piece)
            if name in _LOWER_MULTI:
                return size, "LOC"
            if name in _LOWER_MULTI_ORG:
                return size, "ORG"
    return 0, ""


def _joins(words: list[str], j: int, k: int) -> bool:
    """Whether the connector at ``j`` ("of", "and", "de") continues the name begun at ``k``."""
    low = words[j].lower()
    if low not in _CONNECT or j + 1 >= len(words) or not _is_cap(words[j + 1]) or words[j + 1] == "I":
        return False
    if low in ("and", "&"):  # "Procter and Gamble Co.", not "Ann Bell and Tom Holt"
        near = words[k: j + 5]
        return any(w.lower() in _ORG_SUFFIX for w in near) and not any(w.lower() in FIRST_NAMES for w in near)
    if low == "for":  # "Center for Disease Control", not "a Denver Consultant for Paula Mertens"
        return any(w.lower() in _ORG_SUFFIX or w.lower() == "center" for w in words[k:j])
    return True


def _signature(run: list[str]) -> bool:
    """A line holding only a short capitalised name: a person signing or being greeted."""
    lows = [w.lower() for w in run]
    if any(w in COMMON or w in EN_VOCABULARY or w in _PLACES or w in ORG_WORDS for w in lows):
        return lows[0] in FIRST_NAMES and len(run) > 1 and lows[-1] not in COMMON
    if any(not w.isalpha() for w in run if w != "."):
        return False
    return not (len(run) == 1 and run[0].isupper() and len(run[0]) > 3)


def _known_parts(tokens: Tokens, spans: list[Span], singles: list[int]) -> list[Span]:
    """A lone word that is part of a name found elsewhere in the text takes that name's type."""
    piece_label: dict[str, str] = {}
    for s, e, label in spans:
        for piece in _pieces(tokens, s, e):
            piece_label.setdefault(piece, label)
    for s, e, label in spans:
        if label == "PER":  # "George Smith" ... "Smith"
            for piece in _pieces(tokens, s, e)[1:]:
                piece_label[piece] = "PER"
    out = list(spans)
    people_end = {e for _s, e, label in spans if label == "PER"}
    people_start = {s for s, _e, label in spans if label == "PER"}
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    for k in singles:
        label = piece_label.get(words[k])
        if not label and words[k].isalpha() and not words[k].isupper() and words[k].lower() not in _PLAIN and (
            k > 1 and words[k - 1] in _LIST_JOIN and ends[k - 2] in people_end
            or k + 2 < len(words) and words[k + 1] in _LIST_JOIN and starts[k + 2] in people_start
        ):
            label = "PER"  # "Ann, Rolf and Kim": one of a list of people
            people_end.add(ends[k])
        if label and words[k].lower() not in EN_VOCABULARY:
            out.append((starts[k], ends[k], label))
    return sorted(out)


def _pieces(tokens: Tokens, start: int, end: int) -> list[str]:
    """The words of the name at ``[start, end)``."""
    import bisect

    k = bisect.bisect_left(tokens.starts, start)
    out = []
    while k < len(tokens.starts) and tokens.ends[k] <= end:
        if tokens.words[k][:1].isupper() and len(tokens.words[k]) > 1:
            out.append(tokens.words[k])
        k += 1
    return out


def _skip_word(word: str, sentence_first: bool, alone: bool) -> bool:
    """Whether a capitalised word should not start a name."""
    low = word.lower()
    if word in EN_NON_NAMES or word in EN_MONTHS or word in EN_WEEKDAYS or low in NATIONALITIES:
        return low not in _PLACES
    if low in _NEVER or any(c.isdigit() for c in word) or len(word) == 1:
        return True
    if low in _LEAD_SKIP:
        return True
    if word in TITLES or word in EN_ROLES or low in _CONNECT and (word.islower() or low in _LEAD_CONNECT):
        return True
    if len(word) == 1 and not word.isalpha():
        return True
    if sentence_first and low in COMMON and low not in _PLACES and low not in FIRST_NAMES:
        return True
    if alone and low in COMMON and word != word.upper():
        return True
    if sentence_first and alone and low not in _PLACES and low not in FIRST_NAMES and low not in ORG_WORDS and (
        low not in EN_FAMOUS_SURNAMES and low not in _ORGS_SAFE and low not in EN_RESTAURANTS
    ):
        return True
    return False


def _all_caps_sentence(words: list[str], k: int, j: int) -> bool:
    """Shouting or a headline in capitals: a long run of upper-case words is not a name."""
    return j - k > 4 and all(w.isupper() for w in words[k:j])


def _type(run: list[str], words: list[str], i: int, j: int) -> str | None:
    """PER, ORG or LOC for a capitalised run, from gazetteers and context (None: not a name)."""
    lows = [w.lower() for w in run]
    full = " ".join(lows)
    last = lows[-1]
    prev = words[i - 1].lower() if i > 0 else ""
    nxt = words[j].lower() if j < len(words) else ""
    sentence = i == 0 or words[i - 1] in (".", "!", "?", "\n")
    if len(run) == 1 and run[0].isupper() and full in _STATES:
        return "LOC"  # US, LA, OH
    if len(run) == 1 and run[0].isupper() and low_common(lows[0]):
        return None  # TOO, ASAP, DVD
    if full in EN_RESTAURANTS:
        return "LOC"
    if full in _STATES or full in _PLACES:
        return "LOC"
    if full in _ORGS or last in _ORG_SUFFIX:
        return "ORG"
    if "of" in lows[1:] and lows[lows.index("of") - 1] in _ORG_SUFFIX:
        return "ORG"  # "Water Authority of Denver", "University of Oslo"
    if len(run) > 2 and last in ("center", "centre"):
        return "ORG"  # "Lakeside Tenants Rights Center"; two words are a place ("Civic Center")
    if len(run) > 1 and (last in _FACILITY or lows[0] in _PLACE_START):
        return "LOC"
    if len(run) > 1 and any(w in _ORGS for w in lows if len(w) > 3 and w.isalpha() and w not in FIRST_NAMES):
        return "ORG"
    if prev in _PER_CONTEXT or i > 0 and (words[i - 1] in TITLES or words[i - 1] in EN_ROLES):
        return "PER"
    if 2 <= len(run) <= 3 and all(w[:1].isupper() for w in run) and (
        words[i - 1:i] and words[i - 1] in _ROLE_NOUNS  # "historian Desmond Achterberg"
        or words[j:j + 3] and words[j] == "," and j + 2 < len(words) and words[j + 1].isdigit()
        and words[j + 2] == ","  # "Desmond Achterberg, 81,"
    ):
        return "PER"
    if len(run) <= 3 and last in _LOC_SUFFIX and not (len(run) == 2 and lows[0] in FIRST_NAMES):
        return "LOC"
    if lows[0] in FIRST_NAMES and len(run) <= 3 or last in EN_FAMOUS_SURNAMES and len(run) <= 3:
        return "PER"
    if 2 <= len(run) <= 3 and last in _FAMILY and lows[0] not in EN_VOCABULARY and lows[0] not in COMMON:
        return "PER"  # "Usman Shaukat"-like names end in a known family name
    if len(run) == 1 and run[0].isupper() and 1 < len(run[0]) <= 6:
        return ACRONYM_DEFAULT
    if lows[-1] in _PLACES or lows[0] in _PLACES:
        return "LOC"
    if nxt in _SAID:
        return "PER"
    if len(run) == 1 and nxt == "," and (sentence or prev in ("hi", "hello", "dear", "thanks", "hey", "thx")):
        return "PER"  # "Renee," opening a mail
    if prev in _LOC_CONTEXT and prev != "to" and not (len(run) == 1 and lows[0] in _PLAIN):
        return CONTEXT_DEFAULT
    if len(run) in (2, 3) and all(w[:1].isupper() and w[1:].islower() for w in run if w.isalpha()):
        return MULTI_DEFAULT
    if len(run) == 1:
        return SINGLE_DEFAULT if lows[0] not in EN_VOCABULARY and lows[0] not in COMMON else None
    return LONG_DEFAULT if len(run) > 3 else MULTI_DEFAULT


def low_common(low: str) -> bool:
    """Whether an all-capitals word is an ordinary word or abbreviation shouted."""
    return low in COMMON or low in _SHOUTED


_LEAD_CONNECT = _set("of the and & for")
# Lower-case job and role nouns a news story puts before a person's name ("historian X Y").
_ROLE_NOUNS = frozenset(
    "historian economist spokesman spokeswoman spokesperson analyst director chairman chairwoman"
    " chair mayor minister president leader councillor councilor official lawyer attorney prosecutor"
    " judge professor teacher worker resident owner executive manager founder researcher scientist"
    " doctor nurse officer captain coach player striker goalkeeper midfielder defender author writer"
    " artist singer actor actress farmer fisherman engineer curator secretary governor senator"
    " candidate colleague neighbour neighbor witness victim student activist campaigner planner"
    " detective inspector commissioner superintendent sergeant constable meteorologist forecaster"
    " vicar priest rabbi imam pastor economist boss chief ceo cfo treasurer clerk auditor"
    " historian archaeologist biologist chemist physicist surgeon dentist pilot driver manager"
    " organiser organizer volunteer shopkeeper landlord tenant developer designer architect".split()
)
_LIST_JOIN = frozenset((",", "and", "&", "or"))
# Greetings and kinship or job words before a name ("Good Morning Helga", "Aunt Bea", "Doctor Olsen").
_LEAD_SKIP = _set("morning afternoon evening hey hello hi dear welcome congratulations congrats thanks"
                  " aunt auntie uncle cousin grandma grandpa granny doctor nurse pastor"
                  " senior vice executive assistant deputy associate acting former")
_QUOTES = frozenset('"“”\'')
_GENITIVE = frozenset(("'s", "’s", "s"))
_AFTER_PLACE = _set("in on at for with near tonight tomorrow today and or is was are were on instead")
_ERA = _set("administration government campaign presidency era doctrine family")
_KNOWN_SURNAMES = SURNAMES | EN_FAMOUS_SURNAMES
_PLAIN = COMMON | EN_VOCABULARY
# Family names that end a person's name after an unknown first word ("Usman Shaukat"-like runs).
_FAMILY = SURNAMES | (EN_SURNAMES - _PLAIN - _LOC_SUFFIX - _ORG_SUFFIX - _set(
    "house head key rich small short strong church branch bond love moon snow chase wall crane swift frost"
    " golden flowers glass case power powers summers winters sun ma he hu du fan pan song tang le das han"
    " lim park jung kang cho ye lu wei costa bruno gallo marks holder hood stark stein sellers"
))
# Given names written in lower case in a lower-case sentence ("anna and ben are on their way");
# not those that are also words.
_LOWER_GIVEN = frozenset(
    w for w in EN_GIVEN_NAMES if len(w) > 2 and w.isalpha() and w not in _PLAIN
) - _set(
    "will may june april mark bill pat sue rob jack frank grace hope joy faith dawn summer autumn rose"
    " ivy holly iris ruby pearl amber crystal jade chase drew lance dean grant chuck buck bud rich wade"
    " miles gene don ray guy sandy rocky penny angel destiny melody misty carol max art bob nick cliff"
    " glen heath lane dale brook clay cole rusty sky chip stan sal victor jesus christian norman earl"
    " noel hank mo tad nat kat lou bev deb sid liv tish shel marina olive violet ginger candy brandy"
    " sonny harmony hunter carter mason tyler taylor cooper spencer parker jordan logan madison"
    " bailey riley casey jean jan gay les ned ted pete bart harry homer august reed"
    " ming jun min hui jin sung wei akira kenji yuki ali lee kim"
)
_COMMA_SUFFIX = _set("inc inc. llc ltd ltd. corp corp. co. l.p. plc")
_SAID = frozenset("said says told wrote writes asked added explained".split())
_SHOUTED = _set("rfp ipo dui seo adhd vhs iso lng mba phd usb html http www jpg gif mp3 gps atm pin sms"
                " gdp coo cto svp evp aka eta rip tba tbd vip wifi lcd led dm nb rofl idk np thx pls plz"
                " asap dvd cd tv faq fyi lol omg btw pdf url svp ceo cfo vp hr pr it pc fax id ok rsvp"
                " am pm est pst cst edt cdt irr re fw mba phd bbq wtf imo imho diy")
_STATE_TAIL = US_STATES | _set("ca ny tx fl wa il ma pa oh nj uk usa")
_STATES = _set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH"
               " NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC SF LA NYC UK US USA")
