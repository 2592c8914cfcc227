"""Name forms of council minutes, insolvency, recall, port and racing news that probe33 met
(docs/log/probe33.md).

English, each gated on a literal test of the text:
- a firm of partners with no legal form ("run by Yeomans & Sons under contract"): one or two
  capitalised words and "& Sons"/"& Son"/"& Co" are a body when no name covers them. Gate: " & ".
- councillors listed after "Cllrs" ("Present were Cllrs D. Haskett, P.J. Morrant, Sue Ellery and
  R. O'Driscoll"): the plural title is read out of the first name, and each name of the list
  (initials or a given name and a surname) no span covers is a person. Gate: "Cllrs ".
- a firm's legal form followed by "of <place>" read as one body ("Glenmorven Smokehouse Ltd of Kyle
  of Lochalsh"): the body ends at its legal form; the rest is a place. Gate: the legal forms.
- the short form of a firm named with its legal form ("Holloway Quine LLP" ... "a partner at
  Holloway Quine" typed a place): a mention whose words are the firm's less its legal form is a
  body. Gate: the legal forms.
- a family named by its surname ("owned by the Pryce family"): one capitalised word between "the"
  and "family" is a person. Gate: " family".
- a village named with "Great", "Little", "Long", "Much", "Upper", "Lower" or "Nether" ("the Great
  Tenbury bus shelter" found as "Tenbury"): a name right after the word takes it in (and the word
  when it was a name of its own: "Long John Silver"); a one-word body so extended is a place, a
  person stays a person ("Little Richard"). Gate: the words.
- a choir named by its town ("the Clevedon Community Choir" found as "Clevedon"): one to four
  capitalised words and Choir, Chorus, Singers, Brass Band or Silver Band whose only name inside is
  a place at their start are a body. Gate: the words.
- a place and "Hall" or "Channel" ("at Clevedon Hall", "the Bristol Channel" found as the town):
  the place takes the word in. Gate: the words.
Danish:
- "Brdr." before a firm ("Brdr. Vindelev & Søn A/S" found as "Brdr" and the rest): one body.
  Gate: "Brdr. ".
- a committee opening a sentence ("Økonomiudvalget havde indstillet"): one capitalised word ending
  in "udvalget" (not the word alone) is a body when no name covers it. Gate: "udvalget".
- a ferry company "<Word> Line" ("Color Line" typed a person, "Stena Line" missed): a body, unless
  the word is a given name ("Anne Line"). Gate: " Line".
- a person after a racing role ("med kusk Oda Møllebjerg": an unknown given name typed a body):
  two or three capitalised words right after "kusk", "jockey" or "rytter" are a person ("træner"
  is also a verb: "han træner Silkeborg IF"). Every mention of the name is a person. Gate: the words.
- a racecourse ("Jydsk Væddeløbsbane" typed a body and a person): every mention of a name ending
  in "Væddeløbsbane", "Travbane" or "Galopbane" is a place. Gate: "bane".
"""

from __future__ import annotations

import re

from reader.analysis.gazetteer import FIRST_NAMES

Span = tuple[int, int, str]
Evidence = dict[tuple[int, int], tuple[float, ...]]
ON = True
# The rules by name (each may be turned off alone: tests and cross-validation).
RULES = frozenset("partners cllrs legal_of short_forms family choirs place_heads prefixes "
                  "brdr udvalget line racing_roles courses".split())

_LEGAL = ("Ltd", "Limited", "LLP", "plc", "PLC", "Plc", "LLC", "Inc")
_PARTNERS = re.compile(r"(?<![\w&'-])((?:[A-Z][a-z][\w'-]*\s){1,2}& (?:Sons|Son|Co)\b)(?!\.? (?:Ltd|Limited|LLP|plc|PLC|Plc))")
_CLLRS = re.compile(r"\bCllrs (?=[A-Z])")
_LIST_NAME = re.compile(r"(?:[A-Z]\.(?: ?[A-Z]\.)*|[A-Z][a-z]+) (?:O'|Mc|Mac)?[A-Z][\w'-]+")
_LEGAL_OF = re.compile(r" (?:Ltd|Limited|LLP|plc|PLC|Plc|LLC|Inc)\.? of (?=[A-Z])")
_FAMILY = re.compile(r"\bthe ([A-Z][a-z][\w'-]*) family\b")
_PREFIX = re.compile(r"(?<![\w-])(?:Great|Little|Long|Much|Upper|Lower|Nether) $")
_PREFIX_WORDS = ("Great ", "Little ", "Long ", "Much ", "Upper ", "Lower ", "Nether ")
_CHOIR_WORDS = ("Choir", "Chorus", "Singers", "Brass Band", "Silver Band")
_CHOIR = re.compile(r"(?<![\w-])((?:[A-Z][\w'-]*\s){1,4}(?:Choir|Chorus|Singers|Brass Band|Silver Band))(?![\w-])")
_PLACE_HEAD = re.compile(r" (?:Hall|Channel)(?![\w'’-])")
_UDVALG = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøå-]+udvalget\b")
_LINE = re.compile(r"(?<![\w-])([A-ZÆØÅ][a-zæøå]+) Line\b(?! [A-ZÆØÅ])")
_RACING_ROLE = re.compile(r"\b(?:kusk|jockey|rytter) ([A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?"
                          r"(?: [A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?){1,2})(?=[\s,.:;!?)])")
_COURSE = re.compile(r"(?:Væddeløbsbane|Travbane|Galopbane)s?$")


def _free(spans: list[Span], s: int, e: int) -> bool:
    return not any(a < e and s < b for a, b, _label in spans)


def _retype(spans: list[Span], s: int, e: int, label: str, evidence: Evidence | None) -> list[Span]:
    """``spans`` with the span of exactly s..e given ``label`` (its typer scores dropped)."""
    out = []
    for a, b, lab in spans:
        if (a, b) == (s, e) and lab != label:
            if evidence is not None:
                evidence.pop((a, b), None)
            lab = label
        out.append((a, b, lab))
    return out


def english(text: str, spans: list[Span], evidence: Evidence | None = None) -> list[Span]:
    """``spans`` with probe33's English forms applied."""
    if not ON:
        return spans
    if "partners" in RULES and " & " in text:  # "run by Yeomans & Sons under contract"
        for m in _PARTNERS.finditer(text):
            if _free(spans, m.start(1), m.end(1)):
                spans = sorted(spans + [(m.start(1), m.end(1), "ORG")])
    if "cllrs" in RULES and "Cllrs " in text:
        spans = _councillors(text, spans)
    if any(f" {w}" in text for w in _LEGAL):
        spans = _legal_of(text, spans) if "legal_of" in RULES else spans
        spans = _short_forms(text, spans, evidence) if "short_forms" in RULES else spans
    if "family" in RULES and " family" in text:  # "owned by the Pryce family"
        for m in _FAMILY.finditer(text):
            s, e = m.span(1)
            if _free(spans, s, e):
                spans = sorted(spans + [(s, e, "PER")])
            else:
                spans = _retype(spans, s, e, "PER", evidence)
    if "choirs" in RULES and any(w in text for w in _CHOIR_WORDS):  # "the Clevedon Community Choir" found as "Clevedon"
        for m in _CHOIR.finditer(text):
            s = m.start(1) + (4 if text.startswith("The ", m.start(1)) else 0)
            town = [sp for sp in spans if s <= sp[0] and sp[1] <= m.end(1)]
            if len(town) == 1 and town[0][0] == s and town[0][2] == "LOC":  # (only a choir named by its town)
                spans = _over(spans, s, m.end(1), "ORG", evidence)
    if "place_heads" in RULES and (" Hall" in text or " Channel" in text):  # "at Clevedon Hall", "the Bristol Channel" found as the town
        out = []
        for s, e, label in spans:
            m = _PLACE_HEAD.match(text, e) if label == "LOC" else None
            if m is not None and _free(spans, e, m.end()):
                if evidence is not None:
                    evidence.pop((s, e), None)
                e = m.end()
            out.append((s, e, label))
        spans = out
    if "prefixes" in RULES and any(w in text for w in _PREFIX_WORDS):  # "the Great Tenbury bus shelter"
        spans = _prefixed(text, spans, evidence)
    return spans


def _prefixed(text: str, spans: list[Span], evidence: Evidence | None) -> list[Span]:
    """Names with "Great", "Little" ... read in ("Great Tenbury"; "Long John Silver", where "Long"
    was a name of its own, is one); a one-word body so extended is a place, a person stays one."""
    out: list[Span] = []
    absorbed: set[tuple[int, int]] = set()
    for s, e, label in spans:
        m = _PREFIX.search(text, max(0, s - 8), s)
        if m and not any(b == m.start() - 1 or a < m.start() < b for a, b, _l in spans):
            absorbed |= {(a, b) for a, b, _l in spans if (a, b) == (m.start(), s - 1)}
            if evidence is not None:
                evidence.pop((s, e), None)
            if " " not in text[s:e] and label != "PER":
                label = "LOC"
            s = m.start()
        out.append((s, e, label))
    return [sp for sp in out if sp[:2] not in absorbed]


def _over(spans: list[Span], s: int, e: int, label: str, evidence: Evidence | None) -> list[Span]:
    """``spans`` with s..e one name of ``label`` in place of the names inside it (none may cross its
    edges)."""
    inside = [sp for sp in spans if s <= sp[0] and sp[1] <= e]
    if any(a < e and s < b for a, b, _l in spans if (a, b, _l) not in inside):
        return spans
    if len(inside) == 1 and inside[0] == (s, e, label):
        return spans
    if evidence is not None:
        for a, b, _l in inside:
            evidence.pop((a, b), None)
    return sorted([sp for sp in spans if sp not in inside] + [(s, e, label)])


def _councillors(text: str, spans: list[Span]) -> list[Span]:
    """"Cllrs A. Bee, Cy Dee and E. Eff": the plural title out of the first name, each name a person."""
    for m in _CLLRS.finditer(text):
        at = m.end()
        spans = [(at, e, label) if s == m.start() and e > at else (s, e, label) for s, e, label in spans]
        while True:
            n = _LIST_NAME.match(text, at)
            if n is None:
                break
            if _free(spans, n.start(), n.end()):
                spans = sorted(spans + [(n.start(), n.end(), "PER")])
            if text.startswith(", ", n.end()):
                at = n.end() + 2
            elif text.startswith(" and ", n.end()):
                at = n.end() + 5
            else:
                break
    return spans


def _legal_of(text: str, spans: list[Span]) -> list[Span]:
    """"X Ltd of Kyle of Lochalsh" found as one body: the body to its legal form, the rest a place."""
    out: list[Span] = []
    for s, e, label in spans:
        m = _LEGAL_OF.search(text, s, e) if label == "ORG" else None
        if m is not None and m.end() < e:
            cut = m.start() + len(m.group(0)) - 4
            out += [(s, cut, "ORG"), (m.end(), e, "LOC")]
        else:
            out.append((s, e, label))
    return out


def _short_forms(text: str, spans: list[Span], evidence: Evidence | None) -> list[Span]:
    """A firm's name less its legal form ("Holloway Quine" after "Holloway Quine LLP") is a body."""
    shorts = set()
    for s, e, _label in spans:
        name = text[s:e]
        head, _, form = name.rpartition(" ")
        if form.rstrip(".") in _LEGAL and " " in head:
            shorts.add(head)
    if not shorts:
        return spans
    out = []
    for s, e, label in spans:
        if label != "ORG" and text[s:e] in shorts:
            if evidence is not None:
                evidence.pop((s, e), None)
            label = "ORG"
        out.append((s, e, label))
    return out


def danish(text: str, spans: list[Span], evidence: Evidence | None = None) -> list[Span]:
    """``spans`` with probe33's Danish forms applied."""
    if not ON:
        return spans
    if "brdr" in RULES and "Brdr. " in text:  # "Brdr. Vindelev & Søn A/S": one body
        out: list[Span] = []
        for s, e, label in spans:
            if label == "ORG" and text.startswith("Brdr. ", s - 6) and s >= 6:
                out = [sp for sp in out if not (sp[0] == s - 6 and sp[1] == s - 2)]
                s = s - 6
                if evidence is not None:
                    evidence.pop((s + 6, e), None)
            out.append((s, e, label))
        spans = out
    if "udvalget" in RULES and "udvalget" in text:  # "Økonomiudvalget havde indstillet"
        for m in _UDVALG.finditer(text):
            if _free(spans, m.start(), m.end()):
                spans = sorted(spans + [(m.start(), m.end(), "ORG")])
    if "line" in RULES and " Line" in text:  # "Color Line", "Stena Line": ferry companies
        for m in _LINE.finditer(text):
            if m.group(1).lower() in FIRST_NAMES:
                continue
            s, e = m.start(), m.end()
            if _free(spans, s, e):
                spans = sorted(spans + [(s, e, "ORG")])
            else:
                spans = _retype(spans, s, e, "ORG", evidence)
    if "racing_roles" in RULES and any(w in text for w in ("kusk ", "jockey ", "rytter ")):  # "med kusk Oda Møllebjerg"
        people = set()
        for m in _RACING_ROLE.finditer(text):
            s, e = m.span(1)
            if _free(spans, s, e):
                spans = sorted(spans + [(s, e, "PER")])
            people.add(text[s:e])
        spans = _retype_all(text, spans, {name: "PER" for name in people}, evidence)
    if "courses" in RULES and "bane" in text:  # "på Jydsk Væddeløbsbane": a racecourse is a place
        courses = {text[s:e]: "LOC" for s, e, _label in spans if _COURSE.search(text, s, e)}
        spans = _retype_all(text, spans, courses, evidence) if courses else spans
    return spans


def _retype_all(text: str, spans: list[Span], types: dict[str, str], evidence: Evidence | None) -> list[Span]:
    """``spans`` with every mention of a name in ``types`` given its type there (the rule decides the
    name's group vote: its mentions' typer scores are dropped)."""
    out = []
    for s, e, label in spans:
        want = types.get(text[s:e])
        if want is not None:
            if evidence is not None:
                evidence.pop((s, e), None)
            label = want
        out.append((s, e, label))
    return out
