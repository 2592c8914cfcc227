"""Name forms of foreign, market and science news that probe32 met (docs/log/probe32.md).

English, each gated on a literal test of the text:
- a firm before its Reuters ticker ("Rio Tinto (RIO.L) fell", "Ocado (OCDO.L) jumped"): the
  capitalised words right before "(CODE.X)" are a body. Gate: the ticker's regex.
- the firm of a market analyst ("strategist at ING", "head of markets at AJ Bell"): one to four
  capitalised words after "analyst", "strategist", "economist" or "head of ..." and "at" are a
  body. Gate: " at ".
- an academic "of" a place or body ("Professor Ann Lee of Tsinghua" found as one person): a person
  "X Y of Z" right after "Professor", "Prof" or "Dr" is the person and Z (a place when a known
  town or country, else a body). Gate: " of ".
- a municipality typed a place ("the Izmir Metropolitan Municipality"): a name ending in
  "Municipality" is a body. Gate: "Municipality".
- a person opening a sentence with an apposition of a role at a body ("Susannah Harkort-Lethbridge,
  currency strategist at ING, was cautious" missed: an unknown given name): two capitalised words
  (the second may be hyphenated) followed by ", ", up to three lower-case words, a role noun and
  "at"/"of"/"for" and a capital are a person when no name covers them. Gate: ", ".
- a journal after "the journal" ("in the journal Joule"): its capitalised words are a body. Gate:
  "journal ".
- a transliteration's apostrophe ("near Sana'a", "in Ma'an" found as "Ma"): one to three lower-case
  letters after "'" (not "s", "t", "d", "m", "ll", "re", "ve") are read into the name. Gate: "'".
- a person's name before "district", "neighbourhood" or "suburb" ("the Jabal al-Nuzha district")
  is a place. Gate: the words.
- a name before ", the world's largest battery maker" (also "China's biggest carmaker", "the
  country's leading ... provider") is a body. Gate: "largest", "biggest" or "leading".
- a theatre, orchestra or institution not found or typed a place ("the Royal Lyceum Theatre", "the
  Royal Northern Sinfonia", "the Faraday Institution"): one to three capitalised words and
  Theatre, Theater, Playhouse, Sinfonia, Orchestra, Philharmonic or Institution are a body.
  Gate: the words.
Both: a stock index is no name ("Uden for C25 var dagens vinder" made C25 a body; indexes are not
marked in the test articles). Gate: the indexes' words.
Danish:
- a district after "bydelen" ("i bydelen Son Rapinya") is a place when no name covers it. Gate:
  "bydel".
- a person after a role, "hos"/"i" and a body, read into the body ("Aktieanalytiker hos Jyske Bank
  Kasper Nørbjerg Vittinghus"): a body whose words from a known given name on are two to four
  capitalised words is split into the body and the person. Gate: the words "hos"/"i" before it.
- a journal after "tidsskriftet" ("i tidsskriftet Nature Microbiology"): its capitalised words are
  a body. Gate: "tidsskrift".
"""

from __future__ import annotations

import re

from reader.analysis.gazetteer import CITIES, COUNTRIES, FIRST_NAMES, ORG_HEADS

Span = tuple[int, int, str]
Evidence = dict[tuple[int, int], tuple[float, ...]]
ON = True

_CAP = r"[A-Z][\w&'-]*"
_TICKER = re.compile(r"(?<![\w-])(" + _CAP + r"(?: " + _CAP + r"){0,3}) \([A-Z0-9]{1,6}[a-z]?\.[A-Z]{1,3}\)")
_ANALYST = re.compile(r"\b(?:analysts?|strategists?|economists?|head of [a-z]+(?: [a-z]+)?) at (?:the )?("
                      + _CAP + r"(?: " + _CAP + r"){0,3})")
_APPOSED = re.compile(r", (?:[a-z]+ ){0,3}(?:analyst|strategist|economist|director|manager|officer|executive|"
                      r"spokesperson|chairman|chairwoman|chair|president|professor|lecturer|researcher|head of [a-z]+) "
                      r"(?:at|of|for) (?:the )?[A-Z]")
_APPOSED_NAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
_CLITICS = frozenset("s t d m ll re ve".split())
_APOSTROPHE = re.compile(r"'([a-z]{1,3})(?![\w'’-])")
_AREA = re.compile(r" (?:district|neighbourhood|neighborhood|suburb)\b")
_LARGEST = re.compile(r", (?:the |a |an )?(?:(?:world's|country's|nation's|[A-Z][a-z]+'s) )?(?:largest|biggest|"
                      r"second-largest|second-biggest|leading) (?:[a-z-]+ ){0,2}(?:maker|makers|producer|company|firm|"
                      r"group|bank|retailer|airline|insurer|miner|carmaker|chipmaker|operator|supplier|manufacturer|"
                      r"lender|distributor|provider|exporter|developer)\b")
_HOUSE = re.compile(r"(?:Theatre|Theater|Playhouse|Sinfonia|Orchestra|Philharmonic|Institution)(?![\w-])")
_HOUSE_WORDS = re.compile(r"(?:[A-Z][\w'-]*\s){1,3}$")
_INDEX_WORDS = ("C20", "C25", "FTSE", "S&P", "Stoxx", "CAC", "DAX", "Nikkei")
_INDEX = re.compile(r"(?:OMX)?C(?:20|25)(?:CAP)?|FTSE \d{2,3}|S&P 500|Stoxx (?:Europe )?600|CAC 40|DAX|Nikkei 225")
_ACADEMIC = re.compile(r"(?:Professor|Prof|Dr) $")
_JOURNAL = re.compile(r"(?:\bthe journal|\btidsskriftet) (" + _CAP.replace("A-Z", "A-ZÆØÅ") + r"(?: "
                      + _CAP.replace("A-Z", "A-ZÆØÅ") + r"){0,3})")
_TRAILING = (".", ",", "'s", "’s", "'")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """The run without a sentence's full stop or a possessive at its end."""
    for tail in _TRAILING:
        if text.endswith(tail, s, e) and e - len(tail) > s:
            return s, e - len(tail)
    return s, e


def _as_body(text: str, spans: list[Span], s: int, e: int, evidence: Evidence | None) -> list[Span]:
    """``spans`` with the run s..e a body: a span with exactly its bounds retyped, or the run added
    when no span touches it. Anything else (a longer or a shorter name) is left alone."""
    s, e = _trim(text, s, e)
    inside = [sp for sp in spans if sp[0] < e and s < sp[1]]
    if not inside:
        return sorted(spans + [(s, e, "ORG")])
    if len(inside) == 1 and inside[0][:2] == (s, e) and inside[0][2] != "ORG":
        if evidence is not None:
            evidence.pop((s, e), None)
        return [(a, b, "ORG") if (a, b) == (s, e) else (a, b, label) for a, b, label in spans]
    return spans


def english(text: str, spans: list[Span], evidence: Evidence | None = None) -> list[Span]:
    """``spans`` with probe32's English forms applied."""
    if not ON:
        return spans
    if any(w in text for w in _INDEX_WORDS):
        spans = without_indexes(text, spans)
    if ".L)" in text or re.search(r"\.[A-Z]{1,3}\)", text):
        for m in _TICKER.finditer(text):
            spans = _as_body(text, spans, m.start(1), m.end(1), evidence)
    if " at " in text:
        for m in _ANALYST.finditer(text):
            spans = _as_body(text, spans, m.start(1), m.end(1), evidence)
    if "journal " in text:
        for m in _JOURNAL.finditer(text):
            spans = _as_body(text, spans, m.start(1), m.end(1), evidence)
    if "Municipality" in text:
        spans = [(s, e, "ORG") if label == "LOC" and text.endswith(" Municipality", s, e) else (s, e, label)
                 for s, e, label in spans]
    if "'" in text:  # "solar farms in Ma'an": a transliteration's apostrophe inside the name
        spans = [(s, e + len(m.group(0)), label) if text.startswith("'", e) and (m := _APOSTROPHE.match(text, e))
                 and m.group(1) not in _CLITICS else (s, e, label) for s, e, label in spans]
    if "district" in text or "neighbo" in text or "suburb" in text:  # "the Jabal al-Nuzha district"
        spans = _retyped(spans, [(s, e, "LOC") if label == "PER" and _AREA.match(text, e) else (s, e, label)
                                 for s, e, label in spans], evidence)
    if "largest" in text or "biggest" in text or "leading" in text:  # "CATL, the world's largest battery maker"
        spans = _retyped(spans, [(s, e, "ORG") if label != "ORG" and _LARGEST.match(text, e) else (s, e, label)
                                 for s, e, label in spans], evidence)
    if any(w in text for w in ("Theatre", "Theater", "Playhouse", "Sinfonia", "Orchestra", "Philharmonic", "Institution")):
        for m in _HOUSE.finditer(text):  # "the Royal Lyceum Theatre", "the Faraday Institution"
            words = _HOUSE_WORDS.search(text, max(0, m.start() - 60), m.start())
            st = words.start() if words else m.start()
            if st == m.start() or st > 0 and (text[st - 1].isalnum() or text[st - 1] == "-"):
                continue
            st = st + 4 if text.startswith("The ", st) else st
            spans = _as_body(text, spans, st, m.end(), evidence)
    if " of " in text:
        spans = _academics(text, spans)
    if ", " in text:  # "Susannah X-Y, currency strategist at ING, said": a person opening a sentence
        added = [(m.start(), m.end(), "PER") for m in _opening_apposed(text)
                 if not any(a < m.end() and m.start() < b for a, b, _label in spans)]
        spans = sorted(spans + added) if added else spans
    return spans


def _opening_apposed(text: str) -> list[re.Match[str]]:
    """The names of two capitalised words that open a line or a sentence right before ", <role> at"."""
    out = []
    for m in _APPOSED.finditer(text):
        name = _APPOSED_NAME.search(text, max(0, m.start() - 60), m.start())
        if name and (name.start() == 0 or text[name.start() - 1] == "\n" or text[name.start() - 2:name.start()] in
                     (". ", "! ", "? ")):
            out.append(name)
    return out


def _retyped(old: list[Span], new: list[Span], evidence: Evidence | None) -> list[Span]:
    """``new``, with the typer's scores of every retyped span dropped from ``evidence`` (the rule
    decides its group's vote, as in ``names_forms31``)."""
    if evidence is not None:
        for a, b in zip(old, new):
            if a != b:
                evidence.pop(a[:2], None)
    return new


def without_indexes(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without stock indexes ("C25", "FTSE 100", "DAX"): not marked, as the test articles
    have it (they were bodies: "Uden for C25 var dagens vinder")."""
    return [sp for sp in spans if not _INDEX.fullmatch(text[sp[0]:sp[1]])]


def _academics(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e, label in spans:
        at = text.find(" of ", s, e) if label == "PER" else -1
        head = text[s:at].split(" ") if at > s else []
        tail = text[at + 4:e] if at > s else ""
        if (2 <= len(head) <= 3 and all(w[:1].isupper() for w in head) and tail[:1].isupper()
                and _ACADEMIC.search(text, max(0, s - 10), s)):
            low = tail.lower()
            out += [(s, at, "PER"), (at + 4, e, "LOC" if low in CITIES or low in COUNTRIES else "ORG")]
        else:
            out.append((s, e, label))
    return out


_DA_ROLE = re.compile(r"(?:analytiker|økonom|strateg|chef|direktør|formand|ordfører|talsmand|talskvinde|"
                      r"konsulent|leder|forsker|partner|advokat) (?:hos|i) $", re.IGNORECASE)
_BYDEL = re.compile(r"\bbydel(?:en)? ([A-ZÆØÅ][^\W\d_]+(?:[ -][A-ZÆØÅ][^\W\d_]+)?)")
_WORD = re.compile(r"[A-ZÆØÅÁÉÍÓÚÑ][^\W\d_]+(?:-[A-ZÆØÅÁÉÍÓÚÑ][^\W\d_]+)?")


def _person_words(words: list[str]) -> bool:
    return (2 <= len(words) <= 4 and words[0].lower() in FIRST_NAMES and all(_WORD.fullmatch(w) for w in words)
            and not any(w.lower() in ORG_HEADS for w in words))


def danish(text: str, spans: list[Span], evidence: Evidence | None = None) -> list[Span]:
    """``spans`` with probe32's Danish forms applied."""
    if not ON:
        return spans
    out: list[Span] = []
    for s, e, label in spans:
        words = text[s:e].split(" ")
        if label == "ORG" and len(words) >= 3 and _DA_ROLE.search(text, max(0, s - 20), s):
            cut = next((k for k in range(1, len(words) - 1) if _person_words(words[k:])), 0)
            if cut:  # "hos Jyske Bank Kasper Nørbjerg Vittinghus": the bank and its analyst
                p = s + len(" ".join(words[:cut])) + 1
                out += [(s, p - 1, "ORG"), (p, e, "PER")]
                if evidence is not None:
                    evidence.pop((s, e), None)
                continue
        out.append((s, e, label))
    if any(w in text for w in _INDEX_WORDS):
        out = without_indexes(text, out)
    if "bydel" in text:  # "i bydelen Son Rapinya": a district
        for m in _BYDEL.finditer(text):
            if not any(a < m.end(1) and m.start(1) < b for a, b, _label in out):
                out = sorted(out + [(m.start(1), m.end(1), "LOC")])
    if "tidsskrift" in text:
        for m in _JOURNAL.finditer(text):
            out = _as_body(text, out, m.start(1), m.end(1), evidence)
    return out
