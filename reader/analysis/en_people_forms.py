"""English people and bodies in news forms the tagger runs together or invents (a blind probe,
probe10): a titled person "of" a body taken as one body ("Det Sgt Fiona Laird of South Yorkshire
Police"), a court report's "Prosecuting," opening a sentence taken for a person, a person after a
police or council title written short ("Cllr Lilian Dodd", in the rules: ``NEWS_TITLES``), title
words alone before a person, a body's name run on over "the" ("BBC Radio Sheffield the Reform"), a
person's particles ("Ruiz de la Fuente") and post-nominal letters ("Simon Ashcroft KC")."""

from __future__ import annotations

import re
from typing import Callable

from reader.analysis.en_words import EN_GIVEN_NAMES, EN_VOCABULARY
from reader.analysis.titles import is_honorific, is_title_word

# The last word of a body a person is "of" ("... of South Yorkshire Police", "... of Cardiff University").
_BODY_LAST = frozenset(
    "police constabulary university college school council hospital infirmary trust service services"
    " institute museum library bank society association union federation agency authority board"
    " commission committee foundation charity church party government ministry department office"
    " company group ltd plc fc club".split()
)
# The heads of "University of X", "Bank of England": a body when "of" follows them.
_OF_BODY_FIRST = frozenset("university bank department ministry institute college school society".split())
# A court report's openers ("Prosecuting, Helen Oduya said"; "Mitigating, his barrister said").
_COURT_OPENERS = frozenset("prosecuting defending sentencing mitigating representing summing".split())
# Police and council titles written short, after which up to three capitalised words are a person
# (the long forms, "Councillor", "Inspector", the rules and forms had already).
NEWS_TITLES = frozenset("cllr cllr. sgt sgt. supt supt. insp insp. det det. dci dsi".split())


def _plain(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha() and not word.isupper()


def person_of(words: tuple[str, ...], tags: dict[int, str], k: int, j: int,
              put: Callable[[int, int, str], None]) -> bool:
    """One name "[titles] Given Surname of Body" (tokens k..j): the person and the body, the titles
    left out. The person: two or three plain words, the first a known given name or after a title;
    the body: its last word a body's word, or "University of X"."""
    if "of" not in words[k + 2:j - 1]:
        return False
    m = words.index("of", k + 2, j - 1)
    start = k
    while start < m and (is_title_word(words[start]) or is_honorific(words[start]) or (
        start + 1 < m and is_title_word(words[start + 1]) and _plain(words[start])
    )):
        start += 1
    person, body = words[start:m], words[m + 1:j]
    if not (2 <= len(person) <= 3 and all(_plain(w) for w in person)) or not body:
        return False
    titled = start > k or k > 0 and (is_title_word(words[k - 1]) or words[k - 1].lower() in NEWS_TITLES)
    if not (titled or person[0].lower() in EN_GIVEN_NAMES) or person[0].lower() in _OF_BODY_FIRST:
        return False
    if body[-1].lower() not in _BODY_LAST and not (len(body) >= 3 and body[0].lower() in _OF_BODY_FIRST and body[1] == "of"):
        return False
    for x in range(k, j):
        tags.pop(x, None)
    put(start, m, "PER")
    put(m + 1, j, "ORG")
    return True


def gerund_opener(text: str, span: tuple[int, int, str], vocab: dict[str, str]) -> bool:
    """A one-word person that opens a sentence, is a verb's "-ing" form (its stem an ordinary word)
    and has a comma after it ("Prosecuting, Helen Oduya said"; "Sentencing, the judge said"): no name."""
    s, e, label = span
    word = text[s:e]
    if label != "PER" or not (word.endswith("ing") and word[:1].isupper() and word[1:].islower()) or text[e:e + 1] != ",":
        return False
    before = text[:s].rstrip(" \t")
    if before and before[-1] not in ".!?\n\"“”":
        return False
    stem = word[:-3].lower()
    return word.lower() in _COURT_OPENERS or any(vocab.get(x) == "L" or x in EN_VOCABULARY for x in (stem, stem + "e", stem[:-1]) if len(x) > 2)


def titles_before_people(text: str, spans: list) -> list:
    """``spans`` without a name of title words alone right before a person ("Det Sgt" of "Det Sgt
    Fiona Laird", when the tagger cut the titles off as a name of their own)."""
    out = []
    for x, y in zip(spans, spans[1:] + [None]):
        if y is not None and y[2] == "PER" and text[x[1]:y[0]] == " " and all(
            w.lower() in NEWS_TITLES or is_title_word(w) or is_honorific(w) for w in text[x[0]:x[1]].split()
        ):
            continue
        out.append(x)
    return out


_PARTICLES = re.compile(r" (?:de la|de las|de los|del|de|van der|van den|van|von der|von) (?=[A-ZÀ-Þ])")
_NEXT_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?")
_BEFORE_THE = frozenset("of and for on in at upon under to".split())


def name_particles(text: str, spans: list) -> list:
    """A person's name runs on over "de la", "del", "van der", "von" and one capitalised word
    ("Álvaro Ruiz de la Fuente", "Ruiz de la Fuente") when no name stands there."""
    out = []
    skip = -1
    for i, (s, e, label) in enumerate(spans):
        if i == skip:
            continue
        following = spans[i + 1] if i + 1 < len(spans) else None
        m = _PARTICLES.match(text, e) if label == "PER" else None
        word = _NEXT_WORD.match(text, m.end()) if m else None
        if word and not text[word.end():word.end() + 1].isalpha():
            if following is None or word.end() <= following[0]:
                e = word.end()
            elif following[:2] == (word.start(), word.end()) and following[2] == "PER":
                e, skip = word.end(), i + 1  # "Sergio Martín" and "Vega" found apart
        out.append((s, e, label))
    return out


def split_at_the(text: str, spans: list) -> list:
    """A body's or a place's name that runs over a lower-case "the" after a capitalised word is two
    names ("BBC Radio Sheffield the Reform win"): not "X of the Y", nor one word before "the" ("Save
    the Children"), nor a person ("Alfred the Great")."""
    out = []
    for s, e, label in spans:
        at = text.find(" the ", s, e)
        before = text[s:at].rsplit(" ", 1)[-1] if at > s else ""
        if label == "PER" or at < 0 or not before[:1].isupper() or before.lower() in _BEFORE_THE or at + 5 >= e or (
            " " not in text[s:at]  # "Save the Children", "Protect the Vale": a name that is a phrase
        ):
            out.append((s, e, label))
            continue
        out.extend([(s, at, label), (at + 5, e, label)])
    return out


_POST_NOMINALS = (" KC", " QC", " MP", " MSP", " MEP", " OBE", " MBE", " CBE", " JP")


def post_nominals(text: str, spans: list) -> list:
    """A person's name without the letters after it ("Simon Ashcroft KC", "Jane Hill MP")."""
    out = []
    for s, e, label in spans:
        name = text[s:e]
        if label == "PER" and name.endswith(_POST_NOMINALS) and " " in name[:name.rindex(" ")]:
            e = s + name.rindex(" ")
        out.append((s, e, label))
    return out


def news_people(text: str, spans: list, vocab: dict[str, str]) -> list:
    """``spans`` with the forms above applied: no "-ing" opener, no titles alone before a person,
    names split at "the", particles and no post-nominal letters."""
    spans = titles_before_people(text, [x for x in spans if not gerund_opener(text, x, vocab)])
    return post_nominals(text, name_particles(text, split_at_the(text, spans)))
