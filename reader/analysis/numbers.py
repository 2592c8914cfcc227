"""Dates and numbers a journalist checks: weekdays, months, years, amounts, percentages, counts."""

from __future__ import annotations

import re
from typing import Iterator

from reader.analysis.letter_tree import letter_tree
from reader.analysis.money import currency_after, currency_before
from reader.analysis.phones import phones
from reader.analysis.tokens import Tokens
from reader.analysis.word_memo import WordMemo
from reader.analysis.word_sets import notable, where
from reader.analysis.lexicon import (
    APPROXIMATORS, DA_MONTHS, DA_NUMBER_WORDS, DA_WEEKDAYS, EN_MONTHS, EN_NUMBER_WORDS,
    EN_WEEKDAYS, TIME_UNITS, UNITS,
)

Span = tuple[int, int, str]


def _alt(words) -> str:
    """An alternation of ``words`` in lower and capitalised case, led by a first-letter test (fast).

    Written as a letter tree ("fem(?:ten)?"): the engine tries at most one branch per letter, and
    still the longest word first, as a longest-first list of the words would.
    """
    forms = {w for word in words for w in (word, word.lower(), word[:1].upper() + word[1:])}
    firsts = "".join(sorted({re.escape(w[0]) for w in forms}))
    return f"(?=[{firsts}]){letter_tree(forms)}"


_DA_RELATIVE = ("sidste", "næste", "forrige", "denne")  # "sidste uge"
# (A word a new alternative opens with goes into ``_DA_OPENERS`` too: the gated scan starts only there.)
_DA_DATE = (
    rf"(?:(?:\d{{1,2}}\.\s?)?(?:{_alt(DA_MONTHS)})(?:\s\d{{4}})?|(?:{_alt(DA_WEEKDAYS)})(?:en)?"
    r"(?:\s(?:den\s)?\d{1,2}\.(?:\s?(?:" + _alt(DA_MONTHS) + r"))?)?"
    r"|[Ii]\s(?:går|dag|morgen|forgårs|overmorgen|aftes|nat|weekenden)"
    r"|(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _DA_RELATIVE) + r")\s(?:uge|måned|år|weekend)"
    r"|\d{4}-\d{2}(?:-\d{2})?|\d{1,2}/\d{1,2}(?:[-/]\d{2,4})?)"
)
_EN_DATE = (
    rf"(?:(?:{_alt(EN_MONTHS)})(?:\s\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s(?:{_alt(EN_MONTHS)})(?:\s\d{{4}})?"
    rf"|(?:{_alt(EN_WEEKDAYS)})|(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)"
    r"|(?:[Ll]ast|[Nn]ext|[Tt]his)\s(?:week|month|year|weekend)"
    r"|\d{4}-\d{2}(?:-\d{2})?|\d{1,2}/\d{1,2}/\d{2,4})"
)


def _words_scan(date: str, date_firsts: str, number_words: frozenset[str]) -> re.Pattern[str]:
    """One scan for dates (group 1) and number words (group 2), each a whole word or more.

    The two never start at the same word, and a number word never holds the start of a date, so
    one scan finds what two separate scans would (less the number words inside a date, which lose
    to the date anyway).
    """
    firsts = {c for w in number_words for c in (w[0].upper(), w[0].lower())} | set(date_firsts)
    chars = re.escape("".join(sorted(firsts)))
    return re.compile(rf"\b(?=[\d{chars}])(?:(?=[\d{date_firsts}])({date})\b|({_alt(number_words)})\b)")


# Both begin with a character class, so the regular expression engine skips ahead to candidates.
_YEAR = re.compile(r"[12](?<=\s.)(?:(?<=1)[89]|(?<=2)0)\d\d\b")
_YEAR_BEFORE = frozenset("i in since siden fra from til until by efter after før before år year inden indtil senest "
                         "early late during".split())
# "udgangen af 2028", "by the end of 2030": a part of a year, then "af"/"of" (review26).
_YEAR_PARTS = frozenset("udgangen slutningen starten begyndelsen midten løbet foråret sommeren efteråret vinteren "
                        "end start beginning middle spring summer autumn winter course".split())


_MAY_BEFORE = frozenset("in of since until by from early late during before after through next last this".split())


def _may_led(text: str, start: int) -> bool:
    """Whether "May" at ``start`` is the month by the word before it ("the end of May", "mid-May")."""
    before = text[max(0, start - 12):start]
    if before.endswith("mid-"):
        return True
    words = before.split()
    return bool(words) and before[-1:].isspace() and words[-1].lower() in _MAY_BEFORE


def _year_led(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a year by the words before it ("i 2028", "In 2028",
    "inden 2030", "udgangen af 2028", "the end of 2030")."""
    before = text[max(0, start - 24):start].split()
    last = before[-1].lower() if before and text[start - 1:start].isspace() else ""
    if last in _YEAR_BEFORE:
        return True
    return last in ("af", "of") and len(before) > 1 and before[-2].lower() in _YEAR_PARTS


def _year_for(text: str, start: int, end: int) -> bool:
    """Whether a year-like number after "for" is the year: "et budget for 2025, der", "the plan for
    2030." (punctuation or a verb or conjunction after it: "for 1850 kroner" and "for 2000
    tickets" are amounts; lead, stop 42)."""
    if text[max(0, start - 4):start].lower() != "for " or (start > 4 and text[start - 5].isalnum()):
        return False
    if text[end:end + 1] in (",", ".") and text[end + 1:end + 2].isdigit():
        return False  # "for 2025,50"
    if end == len(text) or text[end] in ",.;:!?)\n":
        return True
    after = _WORD.match(text, end + 1) if text[end] == " " else None
    if after and _SUM_AFTER.match(text, after.start()):
        return False  # "solgt for 2000 i alt", "for 2000 in cash": a sum (attack28)
    return bool(after) and after.group().lower() in _AFTER_YEAR  # not "for 2000 tickets"


_SUM_AFTER = re.compile(r"(?i:i alt|i kontanter|i kontant|in cash|in total|in all|in fees|in damages)\b")
_AND_YEAR = re.compile(r" (?:og|and|eller|or) ")
# Words after "for 2025" that make it the year: a verb or a conjunction, no noun ("for 2000 billetter").
_AFTER_YEAR = frozenset(
    "er var blev bliver skal vil kan har og men der som med i is was were will would has had and but that which"
    " with in".split()
)


# A magnitude glued to the number is part of it: "£2.7m", "$2bn", "5k".
_NUMBER = re.compile(r"[-−\d](?<![\w.,].)(?:(?<=[-−])\d+|(?<=\d)\d*)(?:[.,]\d+)*(?:bn|mn|tn|m|k|b)?(?:\s?%)?(?!\w)")
_MULTIPLIERS = frozenset(
    "hundred thousand million billion trillion hundrede tusind mio. mia. million millioner"
    " milliard milliarder".split()
)
_DA_SCAN = _words_scan(
    _DA_DATE, "IiSsNnFfDd" + "".join(sorted({w[0].upper() + w[0] for w in DA_MONTHS | DA_WEEKDAYS})), DA_NUMBER_WORDS
)
_EN_SCAN = _words_scan(_EN_DATE, "ytlnTLNYJFMASOND", EN_NUMBER_WORDS)


def _forms(words) -> set[str]:
    """The forms ``_alt`` writes ``words`` in."""
    return {w for word in words for w in (word, word.lower(), word[:1].upper() + word[1:])}


# The words a match of ``_DA_SCAN`` can open with (besides a digit): each alternative of
# ``_DA_DATE`` and the number words opens with one of them, whole (a \b or \s follows each).
_DA_OPENERS = frozenset(
    _forms(DA_MONTHS) | _forms(DA_WEEKDAYS) | {w + "en" for w in _forms(DA_WEEKDAYS)} | {"I", "i"}
    | _forms(_DA_RELATIVE) | _forms(DA_NUMBER_WORDS)
)
_DA_OPENER_HEADS = frozenset(w[:k] for w in _DA_OPENERS for k in range(1, len(w)))
_RUN = re.compile(r"\w+")
# Times. "klokken 14.30", "kl. 9": found from the "l" (a literal start is fast to scan for, a
# leading \\b or [Kk] is not), the "k" before it checked by hand.
_CLOCK = re.compile(r"l(?:okken|\.)\s\d{1,2}(?:[.:]\d\d)?(?![\d:])")
# "5 p.m.", "10:30am", "14:00": read just after a number the number scan found.
_TIME_AFTER = re.compile(r"(?::[0-5]\d)?\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)|:[0-5]\d(?![\d:])")
# A clock time written with am/pm run into it, as British news writes it: "2.10am", "9am", "5.30pm".
_CLOCK_AMPM = re.compile(r"(?<![\w.,:])(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?(?:[ap]m|[AP]M)(?!\w)")
_WORD = re.compile(r"[^\W\d_]+\.?|%")
_WORD_BEFORE = re.compile(r"([^\W\d_]+\.?)\s$")
# Two-word approximators taken whole ("at least six weeks", "more than 300 people", "op til 5 år").
_APPROX_PAIRS = frozenset((
    "at least", "at most", "more than", "less than", "fewer than", "up to", "close to", "as many", "no more",
    "mere end", "mindre end", "færre end", "op til", "op mod", "helt op", "ikke mindre",
    "just under", "just over", "well over", "well under", "lidt over", "lidt under",
))
# Units of weight and area beyond the shared list: "4,000 tonnes", "3.000 kvadratmeter".
_MORE_UNITS = frozenset("tonnes tonne kvadratmeter kvm m2 hektar hectares acres promille ‰".split())
_PAIR_ENDS = frozenset(pair.split()[1] for pair in _APPROX_PAIRS)
# Words between two numbers that make one range or comparison: "42 to 17", "3-4", "fem eller seks".
_RANGE_GAPS = frozenset((" to ", " til ", "-", "–", " – ", " - ", " or ", " eller ", "/"))
_BETWEEN = re.compile(r"(?:^|(?<=\s))(mellem|between|fra|from)\s$", re.IGNORECASE)


def find_dates_numbers(text: str, language: str, tokens: Tokens | None = None) -> list[Span]:
    """DATE and NUM spans in ``text`` (sorted, non-overlapping; ``tokens``: the text's, if known)."""
    spans: list[Span] = []
    english = language != "da"
    number_words = EN_NUMBER_WORDS if english else DA_NUMBER_WORDS
    if english or tokens is None:
        scan = (_EN_SCAN if english else _DA_SCAN).finditer(text)
    else:
        scan = _da_scan(text, tokens)
    for match in scan:
        if match.start(1) >= 0:
            s, e = match.span(1)
            if english and e - s == 3 and text[s:e] == "May" and not _next_is_digit(text, e) and not _may_led(text, s):
                continue  # the verb "May ..." at a sentence start (not "the end of May", "in May")
            spans.append((s, e, "DATE"))
        else:
            s, e, label = _extend(text, match.start(2), match.end(2), number_words)
            if e > match.end(2):  # a number word counts only with a unit: "fire måneder"
                spans.append((s, e, label))
    for match in _YEAR.finditer(text):
        s, e = match.span()
        if _year_led(text, s) or _year_for(text, s, e):
            spans.append((s, e, "DATE"))
        elif spans and spans[-1][2] == "DATE" and _AND_YEAR.fullmatch(text, spans[-1][1], s) and _YEAR.fullmatch(
            text, spans[-1][0], spans[-1][1]
        ):
            spans.append((s, e, "DATE"))  # "i 2024 og 2025", "for 2024 and 2025"
    for match in _CLOCK.finditer(text):
        s = match.start() - 1
        if s >= 0 and text[s] in "Kk" and (s == 0 or not text[s - 1].isalnum()):
            spans.append((s, match.end(), "DATE"))
    if english and ("am" in text or "pm" in text or "AM" in text or "PM" in text):
        spans.extend((m.start(), m.end(), "DATE") for m in _CLOCK_AMPM.finditer(text))
    for match in _NUMBER.finditer(text):
        time = _TIME_AFTER.match(text, match.end()) if text[match.start()].isdigit() else None
        if time:
            spans.append((match.start(), time.end(), "DATE"))
        else:
            spans.append(_extend(text, match.start(), match.end(), number_words))
    return phones(text, _ranges(text, _thousands(text, _non_overlapping(spans))))  # "tlf. 23 45 67 89": one number


def _da_scan(text: str, tokens: Tokens) -> Iterator[re.Match[str]]:
    """What ``_DA_SCAN.finditer(text)`` finds, tried only where a match can open: at a run of word
    characters that opens with a digit or is one of ``_DA_OPENERS`` (the regular expression engine
    tries every word start of the text: some 40 ms a MB). The tokens with openings are picked by
    ``word_sets`` (the names stage's marks of the same words: no look-up of every word again)."""
    words, starts = tokens.words, tokens.starts
    openings = _OPENINGS.value
    match, end = _DA_SCAN.match, 0
    for k in where(words, _opens):
        word, at = words[k], starts[k]
        sure, maybe = openings(word)
        for offset in sure:
            if at + offset >= end:
                found = match(text, at + offset)
                if found is not None:
                    end = found.end()
                    yield found
        if maybe >= 0 and at + maybe >= end:
            after = text[at + len(word):at + len(word) + 1]
            if after.isalnum() or after == "_":  # the run goes on past the token: "p.fred|ag"
                found = match(text, at + maybe)
                if found is not None:
                    end = found.end()
                    yield found


def _openings(word: str) -> tuple[tuple[int, ...], int] | None:
    """Where in a token a match of ``_DA_SCAN`` may open: the runs of word characters that open
    with a digit or are openers, and the last run if it may be the head of an opener that runs on
    into the next token (-1: none); None when neither."""
    sure = []
    maybe = -1
    for run in _RUN.finditer(word):
        head = run.group()
        if head[0].isdecimal() or head in _DA_OPENERS:
            sure.append(run.start())
        elif run.end() == len(word) and head in _DA_OPENER_HEADS:
            maybe = run.start()
    return (tuple(sure), maybe) if sure or maybe >= 0 else None


_OPENINGS = WordMemo(_openings)  # each word's openings, across texts


@notable
def _opens(word: str) -> bool:
    """A token a match of ``_DA_SCAN`` may open in (``_openings``)."""
    return _openings(word) is not None


_BARE = re.compile(r"\d{1,3}")
_GROUP = re.compile(r"\d{3}(?![\d.,]\d)")


def _thousands(text: str, spans: list[Span]) -> list[Span]:
    """A number written with spaces between its thousands is one number ("14 000 kroner", "2 345
    deltagere": were "14" and "000 kroner"), where a bare number of one to three digits is followed,
    after one space, by a number opening with exactly three digits."""
    out: list[Span] = []
    for span in spans:
        if (out and span[2] == "NUM" and out[-1][2] == "NUM" and text[out[-1][1]:span[0]] in (" ", "\u00a0", "\u202f")
                and _GROUP.match(text, span[0]) and _BARE.fullmatch(text, out[-1][0], out[-1][1])):
            out[-1] = (out[-1][0], span[1], "NUM")
            continue
        out.append(span)
    return out


_PERCENT = re.compile(r"(?:%|\bper ?cent|\bpct\.?|\bprocent|\bpercentage points?|\bprocentpoint)$", re.IGNORECASE)


def _ranges(text: str, spans: list[Span]) -> list[Span]:
    """Two amounts joined by "to", "til", a dash or "or" are one range ("42 to 17", "3-4 millioner"),
    and "mellem/between X og/and Y" is one span with its first word ("mellem 3 og 4 millioner")."""
    out: list[Span] = []
    for span in spans:
        if out and out[-1][2] == "NUM" and span[2] in ("NUM", "DATE"):
            s, e, label = out[-1]
            gap = text[e: span[0]]
            piece = text[span[0]: span[1]].lower()
            joined = gap in _RANGE_GAPS or gap == " " and piece.partition(" ")[0] in ("to", "til")
            if joined and _PERCENT.search(text, s, e) and not _PERCENT.search(text, span[0], span[1]):
                joined = gap not in (" to ", " til ")  # "rose 12 per cent to 4,500 units": a change, a level
            if not joined and gap.lower() in (" og ", " and "):
                before = _BETWEEN.search(text[max(0, s - 10): s])
                if before:
                    s -= len(before.group(0))
                    joined = True
            if joined and (gap in (" to ", " til ") or gap == " "):
                before = _BETWEEN.search(text[max(0, s - 10): s])
                if before and before.group(1).lower() in ("fra", "from"):
                    s -= len(before.group(0))  # "fra 3 til 5 år"
            if joined:
                out[-1] = (s, span[1], "DATE" if span[2] == "DATE" else label)
                continue
        out.append(span)
    return out


def _next_is_digit(text: str, end: int) -> bool:
    return text[end: end + 2].strip()[:1].isdigit()


def _extend(text: str, start: int, end: int, number_words: frozenset[str]) -> Span:
    """Grow a number over an approximator before it and a unit after it."""
    label = "NUM"
    after = _WORD.match(text, end + 1) if text[end: end + 1] == " " else None
    steps = 0
    while after and steps < 2:
        word = after.group().lower()
        stop = after.end() if word in UNITS else after.end() - word.endswith(".")
        word = word if word in UNITS else word.rstrip(".")
        if word in TIME_UNITS:
            end, label = stop, "DATE"
            break
        if word in UNITS or word in _MORE_UNITS:
            end = stop
            steps += 1
            after = _WORD.match(text, end + 1) if text[end: end + 1] == " " else None
            continue
        if word in _MULTIPLIERS:
            end = stop
            steps += 1
            after = _WORD.match(text, end + 1) if text[end: end + 1] == " " else None
            continue
        end = currency_after(text, end, after.group().lower())
        break
    if start and text[start - 1] in "$€£¥":
        start -= 1
    start = currency_before(text, start)
    if start and text[start - 1].isspace():
        found = _WORD_BEFORE.search(text[max(0, start - 12): start])
        word = found.group(1).lower() if found else ""
        if word in _PAIR_ENDS and start - len(found.group(0)) > 0:
            first = _WORD_BEFORE.search(text[max(0, start - len(found.group(0)) - 12): start - len(found.group(0))])
            if first and f"{first.group(1)} {word}".lower() in _APPROX_PAIRS:
                return start - len(found.group(0)) - len(first.group(0)), end, label
        if word in APPROXIMATORS:
            start -= len(found.group(0))
    return start, end, label


def _non_overlapping(spans: list[Span]) -> list[Span]:
    """Keep the earliest-starting, then longest, of overlapping spans."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda x: (x[0], -x[1])):
        if out and span[0] < out[-1][1]:
            continue
        out.append(span)
    return out
