"""Text normalisation shared by every format: line ends, NFC, visible controls, paragraphs, dates, ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from reader.textsafe import visible

_DASH_LINE = re.compile(r"^[-\u2013\u2014] ")
_WRAP_WIDTH = 100  # lines longer than this were not hard-wrapped: each is a paragraph of its own
_PARAGRAPH_END = (".", "!", "?", ":", "\"", "\u201d", "\u00bb", "\u00ab", "'", "\u2019")


def prep(text: str) -> str:
    """``\\n`` line ends, NFC, and every control character made visible (one to one)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return visible(text)


def clean_meta(value: object) -> str:
    """A metadata value as one safe, trimmed line of text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return " ".join(prep(str(value)).split())


def _ends_short(previous: str, line: str, width: int) -> bool:
    """Whether ``previous`` ends a sentence with room left for ``line``'s first word: a wrapper
    that broke lines at ``width`` or wider would have put that word on it, so the break is the
    writer's. Wire copy written a paragraph a line, each under 100 characters, with no blank line
    between, was joined into one paragraph and its quotes given to the wrong speaker (review33)."""
    if not previous.endswith(_PARAGRAPH_END):
        return False
    first_word = line.split(None, 1)[0] if line.strip() else ""
    return len(previous) + 1 + len(first_word) <= width


def _split_block(lines: list[str]) -> list[list[str]]:
    """Split one blank-line-separated block into paragraphs (dash quotes, indents, long lines,
    a sentence's end where the next line's first word would have fitted; three lines or more that
    each end a sentence are a paragraph a line)."""
    unwrapped = any(len(line) > _WRAP_WIDTH for line in lines[:-1]) or (
        len(lines) >= 3 and all(line.rstrip().endswith(_PARAGRAPH_END) for line in lines))
    width = max(len(line.strip()) for line in lines)
    paragraphs: list[list[str]] = []
    previous_indented = True
    for line in lines:
        indented = line[:1].isspace()
        stripped = line.strip()
        starts_new = (
            not paragraphs
            or unwrapped
            or _DASH_LINE.match(stripped) is not None
            or (indented and not previous_indented)
            or _ends_short(paragraphs[-1][-1], stripped, width)
        )
        if starts_new:
            paragraphs.append([stripped])
        else:
            paragraphs[-1].append(stripped)
        previous_indented = indented
    return paragraphs


_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")


def text_paragraphs(text: str) -> list[str]:
    """Paragraphs of prepared plain text: blank lines separate, hard-wrapped lines are joined."""
    result: list[str] = []
    for block in _BLANK_LINES.split(text):
        if "\n" not in block:
            block = block.strip()
            if block:
                result.append(block)
            continue
        lines = [line.rstrip() for line in block.split("\n") if line.strip()]
        if lines:
            result.extend(" ".join(p) for p in _split_block(lines))
    return result


def join_body(paragraphs: list[str]) -> str:
    """Paragraphs (each may keep single line breaks) joined with exactly one blank line."""
    clean: list[str] = []
    for para in paragraphs:
        para = prep(para).strip()
        if "\n" in para:
            lines = [line.rstrip() for line in para.split("\n") if line.strip()]
            para = "\n".join(lines)
        if para:
            clean.append(para)
    body = "\n\n".join(clean)
    if not unicodedata.is_normalized("NFC", body):
        body = unicodedata.normalize("NFC", body)
    return body


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan januar",
            "february feb februar",
            "march mar marts",
            "april apr",
            "may maj",
            "june jun juni",
            "july jul juli",
            "august aug",
            "september sep sept",
            "october oct okt oktober",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
_ISO = re.compile(r"^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?![\d])")
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})")
_MONTH_DAY = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})")
_MONTH_YEAR = re.compile(r"^([^\W\d_]+)\.?\s+(\d{4})$")


def _iso(year: str, month: int | None = None, day: int | None = None) -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, dropping parts that are out of range."""
    if month is None or not 1 <= month <= 12:
        return year
    if day is None or not 1 <= day <= 31:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{day:02d}"


def normalise_date(value: object) -> str:
    """An ISO-8601 prefix (``2018``, ``2018-08``, ``2018-08-17``) from common date spellings, or ""."""
    text = clean_meta(value).lower()
    if not text:
        return ""
    if m := _ISO.match(text):
        return _iso(m[1], int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)
    if m := _DMY.match(text):
        return _iso(m[3], int(m[2]), int(m[1]))
    if (m := _DAY_MONTH.match(text)) and m[2] in _MONTHS:
        return _iso(m[3], _MONTHS[m[2]], int(m[1]))
    if (m := _MONTH_DAY.match(text)) and m[1] in _MONTHS:
        return _iso(m[3], _MONTHS[m[1]], int(m[2]))
    if (m := _MONTH_YEAR.match(text)) and m[1] in _MONTHS:
        return _iso(m[2], _MONTHS[m[1]])
    return ""


_WEEKDAY = re.compile(
    r"^(?:mon|tues|wednes|thurs|fri|satur|sun|man|tirs|ons|tors|fre|lør|søn)(?:day|dag)\.?,?\s+",
    re.IGNORECASE,
)
_DATE_WORDS = re.compile(r"[\d\s.,/-]+")


def date_line(line: str) -> str:
    """The ISO date of a line that holds nothing but a date ("March 4, 2025", "Tuesday 4. marts 2025")."""
    text = _WEEKDAY.sub("", line.strip())
    if not 4 <= len(text) <= 40:
        return ""
    iso = normalise_date(text)
    if len(iso) < 7:  # a bare year on its own line is too weak a sign
        return ""
    rest = [w for w in _DATE_WORDS.split(text.lower()) if w]
    return iso if all(w.rstrip(".") in _MONTHS for w in rest) else ""


_LANGUAGE_NAMES = {"danish": "da", "dansk": "da", "english": "en", "engelsk": "en"}


def normalise_language(value: object) -> str:
    """``da``/``en`` (or another lower-case primary subtag) from ``da-DK``, ``Danish``...; "" if unknown."""
    text = clean_meta(value).lower()
    if not text:
        return ""
    if text in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[text]
    primary = re.split(r"[-_\s]", text, maxsplit=1)[0]
    if primary in ("dan", "eng"):
        return primary[:2]
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else ""


def _id_part(text: str) -> str:
    """One component of an id: NFC, casefolded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def make_id(source: str, date: str, title: str) -> str:
    """The stable id of an article that declares none: 12 hex chars of sha1(source, date, title)."""
    key = "\n".join((_id_part(source), _id_part(date), _id_part(title)))
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]  # a title from a file name


def clean_tags(value: object) -> tuple[str, ...]:
    """Tags from a list or a comma-separated string: trimmed, safe, unique, in order."""
    if value is None:
        return ()
    items = value if isinstance(value, (list, tuple)) else str(value).split(",")
    seen: dict[str, None] = {}
    for item in items:
        tag = clean_meta(item)
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)
