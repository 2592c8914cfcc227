"""Danish name forms of the ninth blind probe (probe22; run by ``forms22``).

- two bodies written as one with a hyphen and "og" ("Sø- og Handelsretten", "Miljø- og
  Fødevareklagenævnet"): one name, not "Sø-" and "Handelsretten";
- a town's name opening with an abbreviated word ("Sdr. Felding", "Nr. Nebel", "Gl. Rye"): a place;
- a firm's legal form after a number or written with stops ("Grænsepølser 1922 A/S", "Vestjysk
  Protein A.m.b.a."): part of the firm's name;
- a name ending in a body's head word ("Sydslesvigsk Vælgerforenings", "Landdistrikternes
  Fællesråd") is a body, not a person;
- a person's surname in the genitive ("O'Gormans" after "Fintan O'Gorman"): the person.
"""

from __future__ import annotations

import re

from reader.analysis.da_again18 import _common
from reader.analysis.spans22 import free_or_inside, mentions, overlapping, put

Span = tuple[int, int, str]
_UP = "A-ZÆØÅ"
_WORD = rf"[{_UP}][\wæøå'’-]*"

# "Sø- og ": a word cut at its hyphen, joined by "og" or "eller" to the name after it.
# (Each pattern below that must not follow a word's character opens with its capital and asks what
# stands before it second, "[A-Z](?<![\w-].)" for "(?<![\w-])[A-Z]": the same matches, but the engine
# can skip to the capitals (speed23: 18 -> 5 ms over a MB).)
_HYPHEN_PAIR = re.compile(rf"[{_UP}](?<![\w-].)[a-zæøå]+- (?:og|eller) (?=[{_UP}])")
# Abbreviated first words of Danish towns' and streets' names (Sønder, Nørre, Store, Lille, Gammel, Vester).
_ABBREVIATIONS = ("Sdr", "Nr", "Ndr", "Ll", "Gl", "Vr", "Vester", "Øster", "St")
_NOT_AFTER_WORD_OR_STOP = r"(?<![\w.].)"  # (after each abbreviation's first letter)
_ABBREVIATED = re.compile(
    rf"(?:{'|'.join(a[0] + _NOT_AFTER_WORD_OR_STOP + a[1:] for a in _ABBREVIATIONS)})\. ({_WORD})")
# Legal forms after a number ("1922 A/S") and forms written with stops.
_LEGAL = r"(?:A/S|ApS|I/S|K/S|P/S|IVS|[AFS]\.m\.b\.a\.|a\.m\.b\.a\.|f\.m\.b\.a\.)"
_NAME_BEFORE = re.compile(rf"(?<![\w-])({_WORD}(?: {_WORD}){{0,3}})$")
_NUMBER_FORMS = re.compile(rf" \d{{1,4}} {_LEGAL}(?![\w/])")
_STOPPED = re.compile(r" (?:[AFS]\.m\.b\.a\.|a\.m\.b\.a\.|f\.m\.b\.a\.)")
# The head words of bodies (the last word of the name, or its ending).
_CAPITAL_BEFORE = re.compile(r"[A-ZÆØÅ][\w'’&-]* $")
_BODY_ENDS = ("forening", "foreningen", "forbund", "forbundet", "fællesråd", "fællesrådet", "sammenslutning",
              "sammenslutningen", "selskab", "selskabet", "styrelse", "styrelsen", "ministerium", "ministeriet",
              "nævn", "nævnet", "institut", "instituttet", "fond", "fonden")
# (Every ending ends in "s", and the word is followed by a space and a capital: asked first, possessively,
# so that the engine does not try each ending at every letter of every capitalised word; the same matches.)
_GENITIVE_BODY = re.compile(
    rf"[{_UP}](?<![\w-].)(?=[a-zæøå]++(?<=s) [{_UP}])[a-zæøå]+(?:ernes|enes|ens|ets|s) ([{_UP}][a-zæøå]+)\b")
# A bank's or an insurer's head word, found alone after the capitalised word that names it ("Fynske Bank").
_FUNCTION_WORDS = frozenset("Den Det En Et Denne Dette Hver Min Mit Vores Jeres Deres Hans Hendes Sin Sit Til "
                            "Fra Med Og Men I På Om Af For Ved".split())
_BANK_HEADS = frozenset(("Bank", "Sparekasse", "Andelskasse", "Forsikring", "Pension"))


def danish_forms(text: str, spans: list[Span], vocab: dict, tokens) -> list[Span]:
    """``spans`` (sorted) with the Danish probe22 forms applied."""
    spans = _hyphen_pairs(text, spans)
    spans = _abbreviated(text, spans, vocab)
    spans = _legal_forms(text, spans, vocab)
    spans = _bodies(text, spans)
    spans = _banks(text, spans)
    return _genitive_surnames(text, spans, tokens)


_BANK_NAME = re.compile(rf"(?<![\w-])[{_UP}][\wæøå-]+ $")  # (searched in the 40 characters before "Bank")


def _banks(text: str, spans: list[Span]) -> list[Span]:
    """"Fynske Bank" found as "Bank": the capitalised word before it too (not a function word)."""
    for s, e, label in list(spans):
        if label != "ORG" or text[s:e] not in _BANK_HEADS:
            continue
        m = _BANK_NAME.search(text[max(0, s - 40):s])  # (a slice: the look-behind must not see past it)
        if m is None:
            continue
        start = s - len(m.group(0))
        if m.group(0)[:-1] not in _FUNCTION_WORDS and not overlapping(spans, start, s):
            spans = put(spans, (start, e, "ORG"))
    return spans


def _hyphen_pairs(text: str, spans: list[Span]) -> list[Span]:
    """"Sø- og Handelsretten": the found name after "X- og " reaches back over it."""
    if "- og " not in text and "- eller " not in text:
        return spans
    starts = {s: (s, e, label) for s, e, label in spans}
    for m in _HYPHEN_PAIR.finditer(text):
        after = starts.get(m.end())
        if after is not None and after[2] in ("ORG", "LOC") and " " not in text[after[0]:after[1]]:
            spans = put(spans, (m.start(), after[1], after[2]))
    return spans


def _ordinary(word: str, vocab: dict) -> bool:
    """A word the tagger's vocabulary knows in lower case, or the definite form of one ("Fabrikken")."""
    return _common(word, vocab)


def _abbreviated(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """"Sdr. Felding": a place (a found body or place after the abbreviation keeps its type)."""
    for m in _ABBREVIATED.finditer(text):
        word_start, word_end = m.span(1)
        if _ordinary(m.group(1), vocab):
            continue
        after = [x for x in overlapping(spans, word_start, word_end) if x[0] == word_start]
        if after:
            end, label = after[0][1], after[0][2] if after[0][2] in ("ORG", "LOC") else "LOC"
        else:
            end, label = word_end, "LOC"
        if free_or_inside(spans, m.start(), end):
            spans = put(spans, (m.start(), end, label))
    return spans


def _legal_forms(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """A firm's name, a number and its legal form ("Grænsepølser 1922 A/S"); a found name followed
    by a legal form written with stops ("Vestjysk Protein A.m.b.a.")."""
    for form in _NUMBER_FORMS.finditer(text):
        w = _NAME_BEFORE.search(text, max(0, form.start() - 120), form.start())
        if w is None:
            continue
        start, name = w.start(1), w.group(1)
        first = name.split(" ")[0]
        inside = [x[0] for x in overlapping(spans, start, form.start()) if x[0] > start]
        if " " in name and (_ordinary(first, vocab) or inside):
            start = inside[0] if inside else start + len(first) + 1  # ("Pølsefabrikken Xyz 1922 A/S")
        if not _ordinary(text[start:form.start()].split(" ")[0], vocab) and free_or_inside(spans, start, form.end()):
            spans = put(spans, (start, form.end(), "ORG"))
    if ".m.b.a." not in text:
        return spans
    ends = {e: (s, e, label) for s, e, label in spans}
    for m in _STOPPED.finditer(text):
        before = ends.get(m.start())
        if before is not None and free_or_inside(spans, before[0], m.end()):
            spans = put(spans, (before[0], m.end(), "ORG"))
    return spans


def _bodies(text: str, spans: list[Span]) -> list[Span]:
    """A person or place whose last word is a body's head word: a body; "Landdistrikternes
    Fællesråd", unfound: a body."""
    out = []
    for span in spans:
        s, e, label = span
        if label in ("PER", "LOC"):
            name = text[s:e]
            if " " in name and name.rpartition(" ")[2].lower().removesuffix("s").endswith(_BODY_ENDS):
                span = (s, e, "ORG")
        out.append(span)
    for m in _GENITIVE_BODY.finditer(text):
        if m.group(1).lower().removesuffix("s").endswith(_BODY_ENDS) and not overlapping(out, m.start(), m.end()):
            out = put(out, (m.start(), m.end(), "ORG"))
    return out


def _genitive_surnames(text: str, spans: list[Span], tokens) -> list[Span]:
    """The genitive of a found person's surname, or of the whole name, unfound and alone ("O'Gormans",
    "Yousef al-Masris"): the person."""
    people = {text[s:e] for s, e, label in spans if label == "PER" and " " in text[s:e]}
    genitives = {p.rpartition(" ")[2] + "s": p.rpartition(" ")[2] for p in people}
    genitives = {g: name for g, name in genitives.items() if len(name) > 2 and not name.endswith(("s", "x", "z"))}
    for start, end, name in list(mentions(text, tokens, genitives)) if genitives else ():
        whole = [p for p in people if p.endswith(" " + name) and text.endswith(p[:-len(name)], 0, start)]
        if whole:
            start -= len(whole[0]) - len(name)  # ("Yousef al-Masris")
        elif _CAPITAL_BEFORE.search(text, max(0, start - 40), start):
            continue
        if overlapping(spans, start, end) or text[end:end + 2][1:2].isupper():
            continue
        spans = put(spans, (start, end, "PER"))
    return spans
