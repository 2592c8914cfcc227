"""Danish names in forms a blind probe of new news (probe28) showed the tagger mistyping:

- a person right before a party letter in brackets ("Formand for regionsrådet Heino Skafte Lyhne
  (S) kalder det"): the tagger types an unknown given name with two unknown surnames a body; two to
  four name words before "(S)", "(V)", "(SF)" ..., none of them a body's word or a word the tagger
  knows in lower case, are a person (a party's own name before its letter, "Venstre (V)", stays);
- a party's name cut to its last word ("Radikale Venstres spidskandidat" -> "Venstres"): the
  parties of more than one word are one body, the genitive too.

Each is gated by a literal test (" (" and a party's word in the text)."""

from __future__ import annotations

import re

from reader.analysis.gazetteer import lookup
from reader.analysis.lexicon import PARTY_LETTERS
from reader.analysis.spans22 import overlapping, put

Span = tuple[int, int, str]
ON = True  # pipeline._analyze applies it to Danish after forms27_da
PARTY_PEOPLE = True
PARTIES = True

_LETTER = re.compile(r" \((?:" + "|".join(sorted(PARTY_LETTERS, key=len, reverse=True)) + r")\)")
_NAME_WORD = re.compile(r"[A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?")
_PARTY = re.compile(
    r"(?<![\w-])(?:Det )?(?:Radikale Venstre|Konservative Folkeparti|Socialistisk Folkeparti|Dansk Folkeparti"
    r"|Liberal Alliance|Nye Borgerlige|Borgernes Parti|Frie Grønne|Slesvigsk Parti)s?(?![\w-])"
)
_PARTY_GATE = ("Radikale", "Folkeparti", "Liberal Alliance", "Borgerlige", "Borgernes", "Frie Grønne", "Slesvigsk")


def forms(text: str, names: list[Span], vocab: dict[str, str]) -> list[Span]:
    """``names`` with people before party letters typed and parties found whole."""
    if PARTY_PEOPLE and " (" in text:
        names = _party_people(text, names, vocab)
    if PARTIES and any(cue in text for cue in _PARTY_GATE):
        names = _parties(text, names)
    return names


def _party_people(text: str, names: list[Span], vocab: dict[str, str]) -> list[Span]:
    out = names
    for k, (s, e, label) in enumerate(names):
        if label not in ("ORG", "LOC") or text[e:e + 2] != " (" or _LETTER.match(text, e) is None:
            continue
        words = text[s:e].split(" ")
        if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
            continue
        parts = [p for w in words for p in w.lower().split("-")]
        if any(vocab.get(p) in ("L", "B") or "O" in vocab.get(p, "") or "ORG" in lookup(p) for p in parts):
            continue  # an ordinary word ("Dansk Folkeparti"), a body's word or one seen in bodies' names
        if "ORG" in lookup(text[s:e].lower()):
            continue  # a known body
        if out is names:
            out = list(names)
        out[k] = (s, e, "PER")
    return out


def _parties(text: str, names: list[Span]) -> list[Span]:
    out = list(names)
    for m in _PARTY.finditer(text):
        s, e = m.span()
        over = overlapping(out, s, e)
        if any(x[0] < s or x[1] > e for x in over) or (s, e, "ORG") in over:
            continue
        out = put(out, (s, e, "ORG"))
    return out
