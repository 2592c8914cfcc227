"""Currencies around an amount, so a reporter checking a figure sees it whole: "40 euros",
"300 svenske kroner", "5 billion US dollars", "kr. 450", "DKK 1.200", "USD 20 million", "US$5"."""

from __future__ import annotations

import re

# Currency words and codes written after an amount (lower case; the shared UNITS list already holds
# kr. kroner euro dollar dollars pund).
AFTER = frozenset(
    "euros pound pounds sterling yen yuan renminbi francs franc kronor krona kronur rupees rupee"
    " pence cents cent roubles rubles rouble ruble lira lire zloty øre dkk sek nok eur usd gbp chf"
    " isk".split()
)
# A country's word before a currency written after the amount: "svenske kroner", "US dollars".
COUNTRY = frozenset(
    "svenske norske islandske færøske danske schweiziske amerikanske canadiske australske"
    " us u.s. american canadian australian swiss swedish norwegian danish icelandic hong new"
    " singapore".split()
)
_CURRENCIES = AFTER | frozenset("kroner krone euro dollar dollars pund kr. kr".split())
# A currency code or "kr." written before the amount: "kr. 450", "DKK 1.200", "USD 20 million".
_BEFORE = re.compile(r"(?<![\w.])(kr\.|DKK|SEK|NOK|EUR|USD|GBP|CHF|ISK)\s?$")
_WORD = re.compile(r"[^\W\d_]+\.?")


def currency_after(text: str, end: int, word: str) -> int:
    """Where an amount ending at ``end`` ends once a currency written after it is taken in, where
    ``word`` (lower case, as it stands after ``end``) opens what follows; ``end`` when none does."""
    if word.rstrip(".") in _LOWER_CODES and not text[end + 1:end + 4].isupper():
        return end  # "Der kom 500 nok", "10,2 sek.": a code only as written, "500 NOK" (attack28)
    if word in AFTER or word.rstrip(".") in AFTER:
        stop = end + 1 + len(word) - (word not in AFTER)
        if word.startswith("pound") and text[stop: stop + 9].lower() == " sterling":
            stop += 9  # "2 pounds sterling"
        return stop
    bare = word.rstrip(".")
    if bare in ("hong", "new") and not text[end + 1:end + 2].isupper():
        return end  # "the 3 new euro coins": no "New Zealand dollars" (attack28)
    if bare in COUNTRY or word in COUNTRY:
        start = end + 1 + len(word)
        if text[start: start + 1] == " ":
            # "Hong Kong dollars", "New Zealand dollars": one more capitalised word before the currency
            nxt = _WORD.match(text, start + 1)
            if nxt and nxt.group().lower() not in _CURRENCIES and bare in ("hong", "new") and nxt.group()[:1].isupper():
                start = nxt.end()
                nxt = _WORD.match(text, start + 1) if text[start: start + 1] == " " else None
            if nxt and nxt.group().lower() in _CURRENCIES:
                return nxt.end()
            if nxt and nxt.group().lower().rstrip(".") in _CURRENCIES:
                return nxt.end() - 1  # "300 svenske kroner." ends before the full stop
    return end


def currency_before(text: str, start: int) -> int:
    """Where an amount starting at ``start`` starts once a currency code or "kr." before it is taken
    in ("US$5": "US" before the dollar sign taken in before), ``start`` when none stands there."""
    if text[start: start + 1] == "$" and text[max(0, start - 2): start] == "US":
        return start - 2 if start == 2 or not text[start - 3].isalnum() else start
    found = _BEFORE.search(text, max(0, start - 5), start)
    if found and re.search(r"\d\s?$", text[max(0, found.start() - 3):found.start()]):
        return start  # "koster 75 kr. 200 børn deltog": "kr." ends the amount before (attack28)
    return found.start() if found else start


CODES = frozenset("DKK SEK NOK EUR USD GBP CHF ISK".split())
_LOWER_CODES = frozenset(code.lower() for code in CODES)
