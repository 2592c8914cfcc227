"""English web text: what looks like a name there and is none (issue 16).

Web addresses, e-mail addresses and @-handles are no names; a heading or a letter's closing that
is one ordinary word alone on its line ("Tips", "Warnings", "Respectfully,") is no person; a month
written short before a day ("Jan. 10", "Sept 15") is a date. Each filter was chosen on GUM
cross-validation (permitted genres) and on the GUM genres kept out of training (web-like,
test-only); see docs/log/namesen5.md.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from reader.analysis.en_words import EN_GIVEN_NAMES
from reader.analysis.gum import ROLES, _TITLES
from reader.analysis.titles import is_title_word

Span = tuple[int, int, str]

# Filters on (each one a switch, as chosen on CV; see the log).
ADDRESSES = True
HEADINGS = True
SHORT_MONTHS = True
LETTERS = True
PLAIN = True
RULE_WORDS = True
RULE_TYPES = ("PER", "LOC")  # a body's one word ("Progressive") stays: CV in the log
OKAY = True
TITLES = True
CLOSINGS = True

_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+"  # a web address
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address
    r"|(?<![\w@])@\w+"  # an @-handle
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|io|co\.uk)\b(?:/\S*)?",  # a bare domain
    re.IGNORECASE,
)
_HINT = re.compile(r"@|://|www\.|\.(?:com|org|net|edu|gov|io|co\.uk)\b", re.IGNORECASE)
_SPACE = re.compile(r"\s")
_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(\d{1,2})?")
_TOWN_COMMA = re.compile(r"[A-Z][a-z]+, ?$")
_QUARTER = re.compile(r"Q[1-4]")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss)\.? $")
_ROLES = frozenset(w for w in ROLES | _TITLES if w not in EN_GIVEN_NAMES)  # not "Dean"
_CLOSE_WORDS = frozenset("love luv cheers regards sincerely thanks goodbye bye xoxo yours respectfully hugs".split())
_CLOSE_REST = re.compile(r"(?: [a-z]+)*,")
_LINE_PUNCT = " \t\r,.:;!-"


def address_reaches(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a web address, an e-mail address or an @-handle (in order). Only the
    stretches without spaces around a hint ("@", "://", "www.", ".com") are searched."""
    out: list[tuple[int, int]] = []
    done = 0
    for hint in _HINT.finditer(text):
        if hint.start() < done:
            continue
        start = hint.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = _SPACE.search(text, hint.end())
        done = end.start() if end else len(text)
        out += [(start + m.start(), start + m.end()) for m in _ADDRESS.finditer(text[start:done])]
    return out


def _in_address(reaches: list[tuple[int, int]], span: Span) -> bool:
    k = bisect_right(reaches, (span[0], 1 << 62))  # the first reach starting after the span does
    return any(s < span[1] and span[0] < e for s, e in reaches[max(0, k - 1):k + 1])


def _line_opens(text: str, s: int, skip: str) -> bool:
    """Whether only characters of ``skip`` stand between the line's start and ``s``."""
    while s > 0 and text[s - 1] in skip:
        s -= 1
    return s == 0 or text[s - 1] == "\n"


def _line_ends(text: str, e: int) -> bool:
    """Whether only punctuation and spaces stand between ``e`` and the line's end."""
    while e < len(text) and text[e] in _LINE_PUNCT:
        e += 1
    return e == len(text) or text[e] == "\n"


def _heading(text: str, span: Span, vocab: dict[str, str]) -> bool:
    """One capitalised ordinary word alone on its line: a heading or a letter's closing."""
    s, e, _label = span
    word = text[s:e]
    if not word.isalpha() or word.isupper() or not word[:1].isupper():
        return False
    if not _line_opens(text, s, " \t-*>#") or not _line_ends(text, e):
        return False
    low = word.lower()
    return vocab.get(low) == "L" or low.endswith("s") and vocab.get(low[:-1]) == "L"


def _short_month(text: str, span: Span) -> bool:
    """A month written short before a day: "Jan. 10", "Sept 15", "Sept15"."""
    m = _MONTH.fullmatch(text, span[0], span[1])
    return bool(m) and (m.group(1) is not None or text[span[1]:span[1] + 3].lstrip(" .")[:1].isdigit())


def _plain(text: str, span: Span) -> bool:
    """A word that is alone no name: "TV", a quarter ("Q3"), "Black" or "White" not after a title."""
    word = text[span[0]:span[1]]
    if word == "TV" or _QUARTER.fullmatch(word):
        return True
    return word in ("Black", "White") and not _TITLE_BEFORE.search(text, max(0, span[0] - 8), span[0])


def _ordinary(word: str, vocab: dict[str, str]) -> bool:
    """A capitalised word training text has only in lower case (or its singular): "Films", "Math"."""
    low = word.lower()
    return word[:1].isupper() and not word.isupper() and (
        vocab.get(low) == "L" or low.endswith("s") and vocab.get(low[:-1]) == "L")


def plain_rule_words(text: str, ruled: list[Span], vocab: dict[str, str]) -> list[Span]:
    """The rules' names without those of one ordinary word ("in Films", "Tips")."""
    if not RULE_WORDS:
        return ruled
    return [x for x in ruled if not (x[2] in RULE_TYPES and text[x[0]:x[1]].isalpha() and _ordinary(text[x[0]:x[1]], vocab))]


# A title before a person's name is no part of it, as UNER (and our GUM reading) marks names:
# "Dr. Alondra Nelson" -> "Alondra Nelson", "Speaker Pelosi" -> "Pelosi". Kings, queens, princes
# and saints keep theirs ("King Arthur", "Saint Jerome").
_KEEP = frozenset("king queen prince princess pope saint st st.".split())
_TITLE_WORD = re.compile(r"([A-Z][A-Za-z]*\.?) +(?=[A-Z])")


def _untitled(text: str, span: Span) -> Span:
    s, e, label = span
    while label == "PER" and (m := _TITLE_WORD.match(text, s, e)) and m.group(1).lower() in _ROLES - _KEEP:
        s = m.end()  # "Judiciary Chair Jerry Nadler": each title off
    return (s, e, label)


# A member's title inside a name between a party or council and a person ("Labour MP Diane Abbott",
# "Kirklees Councillor Ann Lee"): the body before it and the person after it are two names, as UNER
# marks them.
INNER_TITLES = True
_INNER = frozenset("mp mep msp mla councillor cllr".split())  # (a party's or a council's member)
# A minister's title with its portfolio before a full name ("Home Secretary Yvette Cooper", "Health
# Minister Ann Lee") is no part of the name, and the name is a person's whatever the span was typed.
# Words before "MP" or "councillor" that say what kind of member, not of which party or council.
_NO_BODY = frozenset("""local former senior veteran backbench backbencher opposition government junior shadow retired ex
    area constituency regional deputy then fellow another one the a newly new outgoing sitting rebel""".split())
_PORTFOLIO = frozenset("secretary minister chancellor".split())
_WORD = re.compile(r"[A-Z][\w'’.-]*")


def _split_title(text: str, span: Span) -> list[Span]:
    s, e, _label = span
    words = list(_WORD.finditer(text, s, e))
    if len(words) < 3 or words[0].start() != s or words[-1].end() != e:
        return [span]
    if not all(text[a.end():b.start()] == " " for a, b in zip(words, words[1:])):
        return [span]
    for k in range(len(words) - 2):
        word = words[k].group().lower().rstrip(".")
        if word in _INNER and k:
            if k == 1 and words[0].group().lower() in _NO_BODY:  # "Local MP Dev Anand": no body (stop 43)
                return [(words[k + 1].start(), e, "PER")]
            return [(s, words[k - 1].end(), "ORG"), (words[k + 1].start(), e, "PER")]
        if word in _PORTFOLIO and len(words) - k > 2:  # "Home Secretary Yvette Cooper": a person
            return [(words[k + 1].start(), e, "PER")]
    return [span]


def _closing(text: str, span: Span) -> bool:
    """A letter's closing opening its line: "Love,", "Love always,", "Cheers,", "Goodbye, Ramon."."""
    s, e, _label = span
    if text[s:e].lower() not in _CLOSE_WORDS or not _line_opens(text, s, " \t"):
        return False
    return bool(_CLOSE_REST.match(text, e))


def web_filter(text: str, spans: list[Span], vocab: dict[str, str]) -> list[Span]:
    """``spans`` without the names that web text's addresses, headings and short dates make."""
    reaches = address_reaches(text) if ADDRESSES else []
    out = []
    for span in spans:
        if reaches and _in_address(reaches, span):
            continue
        if HEADINGS and _heading(text, span, vocab):
            continue
        if SHORT_MONTHS and _short_month(text, span):
            continue
        if LETTERS and span[1] - span[0] == 1 and span[2] in ("LOC", "ORG"):
            continue  # "A, B, C", "a B in Math": a letter alone is no place or body
        if OKAY and text[span[0]:span[1]] == "OK" and not _TOWN_COMMA.search(text, max(0, span[0] - 40), span[0]):
            continue  # "OK, I digress." (but "Vinita, OK" is Oklahoma)
        if CLOSINGS and _closing(text, span):
            continue
        if PLAIN and _plain(text, span):
            continue
        for part in _split_title(text, span) if INNER_TITLES else (span,):
            part = _untitled(text, part) if TITLES else part
            out.append(_role_opened(text, part, vocab) if ROLE_OPENERS else part)
    return out


# A role or trade before a full name is no part of it either, when the words say it is one: a title
# word ("Detective Constable Mark Fenwick" -> "Mark Fenwick") or, before a known given name, a word
# training text has only in lower case or one shaped like a trade ("Auctioneer Claire Balfour",
# "Commuter Harriet Lang"; probe8). A given name first stays ("Will Young", "Rose Byrne").
ROLE_OPENERS = True
_TRADE_ENDS = ("er", "or", "ist", "eer", "ian", "ant", "ent")


def _role_opened(text: str, span: Span, vocab: dict[str, str]) -> Span:
    s, e, label = span
    while (m := _TITLE_WORD.match(text, s, e)) is not None:
        first, rest = m.group(1), text[m.end():e].split()
        low = first.lower().rstrip(".")
        if len(rest) < 2 or low in EN_GIVEN_NAMES or low in _KEEP or not all(w[:1].isupper() for w in rest):
            break
        given = next((w for w in rest if not is_title_word(w)), "").lower() in EN_GIVEN_NAMES
        if not (is_title_word(first) and (label == "PER" or given) or given and (
            _ordinary(first, vocab) or low.endswith(_TRADE_ENDS)
        )):
            break
        s, label = m.end(), "PER"  # "Detective Constable Ruth Ogden": each title off, a person
    return (s, e, label)
