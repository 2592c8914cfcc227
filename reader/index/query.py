"""The search language: words, "phrases", prefix*, filters, and ``-`` to exclude.

``parse_query`` never raises: what it cannot use it leaves out and says why in ``problems``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Iterable

from reader.index.textkeys import Highlighter, query_stems, words

TEXT_COLUMNS = "{title body notes labels tags}"
# filter -> the FTS column it searches
COLUMN_FILTERS = {
    "speaker": "speakers", "person": "people", "org": "orgs", "place": "places",
    "tag": "tags", "label": "labels",
}
FILTERS = (*COLUMN_FILTERS, "source", "lang", "date", "has")
NAME_FILTERS = ("speaker", "person", "org", "place")  # their names are marked in the text opened
HAS = ("notes", "quotes")

_TERM = re.compile(
    r'\s*(?P<neg>-)?(?:(?P<key>[A-Za-z]+):)?(?:"(?P<quoted>[^"]*)"|(?P<bare>[^\s"]+))',
    re.DOTALL,
)
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00bb": '"', "\u00ab": '"'})
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# Terms searched at most: SQLite's FTS5 takes about 45 KB a term, so a pasted 100 KB text (15,000
# terms) took 700 MB and a 16 s wait. A paragraph pasted to find its article is well under it.
MAX_TERMS = 200


@dataclass
class Query:
    """A parsed query: FTS5 match expressions, SQL conditions over ``a`` (articles), problems."""

    text: str
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    where: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    hit_words: list[str] = field(default_factory=list)
    hit_prefixes: list[str] = field(default_factory=list)
    hit_phrases: list[list[str]] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # the filters used (speaker, tag, ...)

    @property
    def empty(self) -> bool:
        """True when nothing usable was typed."""
        return not (self.include or self.exclude or self.where)

    @property
    def match(self) -> str:
        """The FTS5 expression of the included terms ("" when there are none)."""
        return " AND ".join(self.include)

    def highlighter(self) -> Highlighter:
        """Finds this query's hits in an article's text."""
        return Highlighter(self.hit_words, self.hit_prefixes, self.hit_phrases)


def _quoted(tokens: list[str]) -> str:
    return " + ".join(f"\"{t}\"" for t in tokens)  # FTS5: a phrase


def _words(query: Query, value: str) -> list[str]:
    """The words of one term, at most MAX_TERMS of them (a long phrase pasted between quotes)."""
    tokens = words(value)
    if len(tokens) > MAX_TERMS:
        query.problems.append(f"a phrase is long: searched its first {MAX_TERMS} words")
        del tokens[MAX_TERMS:]
    return tokens


def _text_term(query: Query, value: str, phrase: bool, negated: bool) -> str | None:
    """The FTS expression for a word, phrase or prefix over the article text and the notes."""
    prefix = value.endswith("*") and not phrase
    tokens = _words(query, value)
    if not tokens:
        return None
    if prefix:
        expr = f'{TEXT_COLUMNS}: ({_quoted(tokens)}*)'
        if not negated:
            if len(tokens) > 1:
                query.hit_phrases.append(tokens[:-1])
            query.hit_prefixes.append(tokens[-1])
        return expr
    if len(tokens) > 1 or phrase:  # "a phrase", or a compound typed with a hyphen
        if not negated:
            query.hit_phrases.append(tokens) if len(tokens) > 1 else query.hit_words.append(tokens[0])
        return f"{TEXT_COLUMNS}: ({_quoted(tokens)})" if len(tokens) > 1 else f'{TEXT_COLUMNS}: "{tokens[0]}"'
    word = tokens[0]
    if not negated:
        query.hit_words.append(word)
    stems = " OR ".join(f'"{s}"' for s in query_stems(word))
    return f'({TEXT_COLUMNS}: "{word}" OR {{stem}}: ({stems}))'


def _date_range(value: str) -> tuple[str, str] | None:
    """(low, high) ISO prefixes of ``2018-08..2018-12``, ``2018``, ``..2018-12``, ``2018-08..``."""
    low, sep, high = value.partition("..")
    if not sep:
        high = low
    if (low and not is_date(low)) or (high and not is_date(high)) or not (low or high):
        return None
    if low and high and low[:len(high)] > high[:len(low)]:
        return None  # a range that ends before it starts
    return low, high


def is_date(text: str) -> bool:
    """``2018``, ``2018-08`` or ``2018-08-17`` naming a month and day that exist."""
    import datetime as dt

    if not _DATE.match(text):
        return False
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def _mark(query: Query, tokens: list[str], prefix: bool) -> None:
    """Mark ``tokens`` (a name) as hits in the text: a word, a phrase, or with ``prefix`` its start."""
    if prefix:
        if len(tokens) > 1:
            query.hit_phrases.append(tokens[:-1])
        query.hit_prefixes.append(tokens[-1])
    elif len(tokens) > 1:
        query.hit_phrases.append(tokens)
    else:
        query.hit_words.append(tokens[0])


def _filter(query: Query, key: str, value: str, negated: bool,
            speaker_names: Callable[[str], Iterable[str]] | None = None) -> tuple[str, str] | None:
    """("fts", expr) or ("sql", condition) for ``key:value``; None (with a problem) if unusable."""
    if key in COLUMN_FILTERS:
        tokens = _words(query, value.rstrip("*"))
        if not tokens:
            query.problems.append(f"{key}: needs a name")
            return None
        star = "*" if value.endswith("*") else ""
        if key in NAME_FILTERS and not negated:  # the name is marked where the text has it
            _mark(query, tokens, bool(star))
        typed = f"{_quoted(tokens)}{star}"
        if key == "speaker" and speaker_names is not None:  # and the names the journalist merged with it
            others = {tuple(words(name)) for name in speaker_names(value.rstrip("*"))} - {tuple(tokens)}
            typed = " OR ".join([f"({typed})", *(f"({_quoted(list(t))})" for t in sorted(others) if t)])
        return "fts", f"{{{COLUMN_FILTERS[key]}}}: ({typed})"
    if key == "source":
        if not value.strip():
            query.problems.append("source: needs a name")
            return None
        query.params.append(value.casefold())
        return "sql", "instr(fold(a.source), ?) > 0"
    if key == "lang":
        lang = value.lower()
        if lang not in ("da", "en"):
            query.problems.append(f"lang: is da or en (not {value!r})")
            return None
        query.params.append(lang)
        return "sql", "a.language = ?"
    if key == "date":
        bounds = _date_range(value)
        if bounds is None:
            query.problems.append(f"date: wants a real date, 2018, 2018-08 or 2018-08-17, or a range "
                                  f"2018-08..2018-12 that ends after it starts (not {value!r})")
            return None
        low, high = bounds
        parts = []
        if low:
            query.params.append(low)
            parts.append("a.date >= ?")
        if high:
            query.params.extend((len(high), high))
            parts.append("substr(a.date, 1, ?) <= ?")
        return "sql", "(a.date != '' AND " + " AND ".join(parts) + ")"
    if key == "has":
        what = value.lower()
        if what == "notes":
            return "sql", "a.notes > 0"
        if what == "quotes":
            return "sql", "a.quotes > 0"
        query.problems.append(f"has: is one of {', '.join(HAS)} (not {value!r})")
        return None
    query.problems.append(f"unknown filter {key}: (filters: {', '.join(f + ':' for f in FILTERS)})")
    return None


def parse_query(text: str, speaker_names: Callable[[str], Iterable[str]] | None = None) -> Query:
    """Parse what the user typed; never raises. ``speaker_names(typed)``, when given, names every
    speaker that ``speaker:typed`` should also find (the journalist's merges)."""
    query = Query(text)
    pos = 0
    # NFC as the index holds the text: "blåbær" typed or pasted decomposed (a + U+030A) finds it too
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    if text.count('"') % 2:  # an opening quote never closed: the words after it, one by one
        cut = text.rindex('"')
        text = text[:cut] + " " + text[cut + 1:]
        query.problems.append('a " was not closed: searched the words after it one by one')
    while pos < len(text):
        m = _TERM.match(text, pos)
        if m is None or m.end() == pos:
            break
        if len(query.include) + len(query.exclude) + len(query.where) >= MAX_TERMS:
            query.problems.append(f"the query is long: searched its first {MAX_TERMS} terms")
            break
        pos = m.end()
        negated = bool(m["neg"])
        key = (m["key"] or "").lower()
        phrase = m["quoted"] is not None
        value = m["quoted"] if phrase else (m["bare"] or "")
        if not key and not phrase and value.endswith(":") and value[:-1].lower() in FILTERS:
            query.problems.append(f"{value[:-1].lower()}: needs a value (as in {value[:-1].lower()}:...)")
            continue
        if key:
            if m["quoted"] is None and m["bare"] is None:
                continue
            found = _filter(query, key, value, negated, speaker_names)
            if found is None:
                continue
            query.keys.add(key)
            kind, expr = found
        else:
            expr = _text_term(query, value, phrase, negated)
            if expr is None:
                continue
            kind = "fts"
        if kind == "fts":
            terms = query.exclude if negated else query.include
            if expr not in terms:  # the same word twice asks nothing more
                terms.append(expr)
        else:
            query.where.append(f"NOT ({expr})" if negated else f"({expr})")
    return query
