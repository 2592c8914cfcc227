"""A telephone number is one number, not a row of them (issue 16, stop 43).

"tlf. 23 45 67 89", "+45 70 20 30 40", "07700 900123", "020 7946 0018", "(555) 201-3344" came out
as four, six or two numbers, and "89 eller 70" of "23 45 67 89 eller 70 20 30 40" as a range: a
reporter's list of figures full of pieces. A telephone number is kept as one NUM span, in place of
the pieces it covers. Forms taken: an international number ("+" and a country code), a national
number opening with 0 (10-11 digits, in groups), an American "(555) 201-3344" / "555-201-3344", and
Danish eight digits in pairs ("23 45 67 89"), or in fours or whole after a telephone word ("tlf.",
"telefon", "ring", "mobil", "sms", "nummer"). Not four pairs of a longer row of them ("Lottotallene
blev 12 23 34 45 56 67": attack31).
"""

from __future__ import annotations

import re

Span = tuple[int, int, str]

_CUES = ("+", "tlf", "Tlf", "TLF", "elefon", "ELEFON", "phone", "Phone", "PHONE", "call", "Call", "ring", "Ring",
         "mobil", "Mobil", "ontact", "ontakt", "sms", "SMS", "fax", "Fax", "nummer", "number")
_PHONE = re.compile(
    r"(?<![\w+.,/-])(?:"
    r"\+\d{1,3}(?:[ -]?\(0\))?(?:[ -]?\d{1,5})(?:[ -]\d{2,6}){1,4}"  # +45 70 20 30 40, +44 (0)20 7946 0018
    r"|0\d{2,4}(?:[ -]\d{3,6}){1,2}"  # 020 7946 0018, 07700 900123
    r"|\(\d{3}\) ?\d{3}-\d{4}|\d{3}-\d{3}-\d{4}"  # (555) 201-3344, 555-201-3344
    r"|\d{2} \d{2} \d{2} \d{2}"  # 23 45 67 89
    r"|\d{4} \d{4}|\d{8}"  # 2345 6789, 23456789: after a telephone word only
    r")(?![\w,.]?\d)"
)
_OR = frozenset((" eller ", " or ", ", ", " og ", " and ", " / ", "/"))
_WORD_BEFORE = re.compile(
    r"(?:tlf|telefon|telefonnummer|ring(?:e)?(?: på)?|mobil|sms|nummer|nr|phone|tel|call|fax)[.:]?\s*(?:på\s*)?$",
    re.IGNORECASE,
)
_ROW_BEFORE = re.compile(r"\d $")
_ROW_AFTER = re.compile(r" \d")


def phones(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each telephone number one NUM span in place of the pieces it covers."""
    if not spans or not any(cue in text for cue in _CUES):
        return spans
    found: list[tuple[int, int]] = []
    for m in _PHONE.finditer(text):
        s, e = m.span()
        if _phone(text, s, e) or found and text[found[-1][1]:s] in _OR and _digits(text, s, e) == 8:
            found.append((s, e))  # "tlf. 86 12 44 90 eller 2391 5507"
    if not found:
        return spans
    out = [x for x in spans if not any(s < x[1] and x[0] < e for s, e in found)]
    out.extend((s, e, "NUM") for s, e in found)
    return sorted(out)


def _digits(text: str, start: int, end: int) -> int:
    return sum(c.isdigit() for c in text[start:end])


def _phone(text: str, start: int, end: int) -> bool:
    """Whether the match at ``start`` is a telephone number by its form and the words before it."""
    digits = _digits(text, start, end)
    first = text[start]
    if first == "+":
        return 8 <= digits <= 15
    if first == "(" or text[start + 3:start + 4] == "-":
        return digits == 10
    if first == "0" and " " in text[start:end] or first == "0" and "-" in text[start:end]:
        return 10 <= digits <= 11
    if digits != 8:
        return False
    if text[start + 2:start + 3] == " ":  # 23 45 67 89, not four of a longer row ("12 23 34 45 56 67": lotto)
        return not _ROW_BEFORE.search(text, max(0, start - 4), start) and not _ROW_AFTER.match(text, end)
    return _WORD_BEFORE.search(text, max(0, start - 24), start) is not None
