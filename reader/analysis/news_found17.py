"""Danish name forms chosen on cross-validation over the training split (namesda17), applied after
the other news rules: a firm's foreign legal form keeps its full stop ("Carlsberg Agency Inc.,"),
a dateline in capitals run into the name before it is a place of its own ("i Vejle VEJLE: En ..."),
a club's genitive before a person is two names ("B1909s Ole Juel"), a genitive opening a sentence
is a name when the vocabulary knows its stem only capitalised ("Sonjas øjne"), a postal town after
a postcode is a place ("1005 København K."), a party written short in brackets is a body ("Hans
Engell (kons.)"), a lone word after a verb of saying is its speaker ("svarede Holm."), and a lone
word after a lower-case noun for its kind takes the kind's type ("landsbyen Altaussee")."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from reader.analysis.gazetteer import FIRST_NAMES, SURNAMES
from reader.analysis.news_forms13 import _put as put
from reader.analysis.typer import near_kind
from reader.analysis.word_sets import notable, where

Span = tuple[int, int, str]

LEGAL_STOP = True
DATELINE_SPLIT = True
OWNER_SPLIT = True
PARTY_SHORT = True
OPENING_GENITIVE = True
POSTAL = True
SAID_BY = True
KIND_NOUN = True

# Lone capitalised words (no capitalised word or digit after them). After a verb of saying and before
# a stop or a comma, the speaker ("svarede Holm.", "fortæller Dupont,"). After a lower-case noun for
# its kind (``typer.near_kind``): "den norske by Farsund" a place, "tænketanken Brookings" a body,
# "pigen Sjura" a person.
_LONE_WORD = re.compile(r"[A-ZÆØÅ][\w'’]*(?:-[A-ZÆØÅ][\w'’]*)*")
_SAID = frozenset((
    "siger sagde svarede svarer fortæller fortalte mener mente fastslog fastslår forklarer forklarede"
    " tilføjer tilføjede understreger understregede konstaterer konstaterede erkender erkendte"
    " vurderer vurderede påpeger påpegede spørger spurgte indrømmer indrømmede").split())
_STOPS = frozenset(".,!?:;")
_KIND_TYPES = {"K": "ORG", "B": "LOC", "H": "PER"}

# A postal town after an address's postcode ("Postboks 154, 1005 København K.", "W-7530 Pforzheim").
_POSTAL = re.compile(
    r", (?:[A-Z]-)?\d{4} ([A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ][a-zæøå]+)?(?: (?:[KVSNØCFM]|NV|SV|NØ|SØ)\.)?)(?![\w-])")

# A word in the genitive opening a sentence before a lower-case word ("Sonjas øjne lyser",
# "EFs andre medlemslande"), whose stem the tagger's vocabulary knows only capitalised.
_GENITIVE_ENDS = ("'s", "’s", "s", "'")
_ABBREVIATION = re.compile(r"(?<![\w.])[A-ZÆØÅ][a-zæøå]{0,2}\.\Z")  # "Mr. Jays": no sentence's end
_OPEN_MARKS = frozenset("\"»«–-")
_MEMORY_TYPES = {"P": "PER", "O": "ORG", "L": "LOC"}

# A party written short in lower case in brackets after a politician ("Hans Engell (kons.)").
_PARTY_SHORT = re.compile(r"\((kons|rad|soc|lib|soc\.dem|socdem|fremskr|kr\.f|krf)\.\)")

# Foreign legal forms written with a full stop, which the Danish tokenizer cuts off.
_LEGAL = ("Inc", "Ltd", "Corp", "Co", "Bros")


def found_names(text: str, spans: list[Span], evidence: dict, vocab: dict | None = None, tokens=None) -> list[Span]:
    """``spans`` (sorted, non-overlapping) with the forms above applied (``vocab``: the tagger's
    vocabulary classes; ``tokens``: the text's, for the lone words)."""
    new: list[Span] = []
    starts = [x[0] for x in spans]
    genitives = where(tokens.words, _capital_genitive) if tokens is not None else []
    if OPENING_GENITIVE and vocab and genitives:
        new += _opening_genitives(text, spans, starts, vocab, tokens, genitives)
    for s, e, label in spans:
        after = text[e:e + 1]
        if after == "." and LEGAL_STOP and label == "ORG" and text[s:e].rpartition(" ")[2] in _LEGAL:
            after = text[e + 1:e + 3]
            # not a sentence's last stop: a comma, another stop or a lower-case word after it
            if after[:1] in (",", ";", ".", ")") or (after[:1] == " " and after[1:2].islower()):
                new.append((s, e + 1, label))
        elif after == ":" and DATELINE_SPLIT and " " in text[s:e]:
            head, _sp, last = text[s:e].rpartition(" ")
            if len(last) >= 3 and last.isupper() and last.isalpha() and not head.isupper():
                cut = s + len(head)
                new += [(s, cut, label), (e - len(last), e, "LOC")]
    if OWNER_SPLIT and genitives:
        new += _owners(text, spans, starts, tokens, genitives)
    if (SAID_BY or KIND_NOUN) and vocab and tokens is not None:
        new += _lone_words(text, spans, starts, vocab, tokens)
    if POSTAL and ", " in text:
        new += [(m.start(1), m.end(1), "LOC") for m in _POSTAL.finditer(text)]
    if PARTY_SHORT and ".)" in text:
        new += [(m.start(1), m.end() - 1, "ORG") for m in _PARTY_SHORT.finditer(text)]
    return put(spans, new, evidence) if new else spans


def _opening_genitives(text: str, spans: list[Span], starts: list[int], vocab: dict, tokens,
                       genitives: list[int]) -> list[Span]:
    """The genitives above that no found name covers, typed by what the word was in training
    (an acronym an organisation, else a person); ``genitives``: the capitalised tokens in the
    genitive (``word_sets.where``)."""
    words, begins, ends = tokens.words, tokens.starts, tokens.ends
    n = len(words)
    out = []
    for k in genitives:
        s, e = begins[k], ends[k]
        if k + 1 >= n or begins[k + 1] != e + 1 or text[e] != " " or not words[k + 1][:1].islower():
            continue  # a lower-case word after it
        word = words[k]
        end = next(x for x in _GENITIVE_ENDS if word.endswith(x))
        stem = word[:-len(end)]
        if vocab.get(stem.lower()) != "C" or not _opens(text, s):
            continue
        m = bisect_left(starts, e)  # the spans starting before the genitive ends
        if m and spans[m - 1][1] > s:
            continue
        memory = vocab.get("\v" + stem.lower(), "")
        label = "ORG" if stem.isupper() else _MEMORY_TYPES.get(memory[:1], "PER")
        out.append((s, e, label))
    return out


def _opens(text: str, s: int) -> bool:
    """Whether the word at ``s`` opens the text, a line or a sentence (after a stop with a space, a
    quotation mark or a dash between; not after an abbreviation such as "Mr.")."""
    k = s
    while k and text[k - 1] in " \t":
        k -= 1
    if k and text[k - 1] in _OPEN_MARKS:
        k -= 1
    while k and text[k - 1] in " \n\t":
        k -= 1
    if not k or "\n" in text[k:s]:
        return True
    return text[k - 1] in ".!?:" and text[k:k + 1] in (" ", "\t") and not _ABBREVIATION.search(text[max(0, k - 5):k])


@notable
def _capital_genitive(word: str) -> bool:
    """A capitalised word in the genitive ("Sonjas", "EF's"), with a stem of one letter or more."""
    return word[:1].isupper() and len(word) > 1 and word.endswith(_GENITIVE_ENDS) and (
        len(word) > 2 or not word.endswith("'s"))


def _lone_words(text: str, spans: list[Span], starts: list[int], vocab: dict, tokens) -> list[Span]:
    """The lone capitalised words above that no found name overlaps: after a verb of saying and
    before a stop or a comma, a person (not a word in capitals); after a noun for its kind, the
    kind's type when the vocabulary does not know the word in lower case (not a hyphenated word).
    Found from the tokens after such a verb or noun (``word_sets.where``: each distinct word
    tested once)."""
    words, begins, ends = tokens.words, tokens.starts, tokens.ends
    n = len(words)
    size = len(text)
    out = []
    for k in where(words, _before_lone):
        j = k + 1
        if j >= n or begins[j] != ends[k] + 1 or text[ends[k]] != " ":
            continue
        word = words[j]
        if not _LONE_WORD.fullmatch(word):
            continue
        s, e = begins[j], ends[j]
        nxt = text[e:e + 2]
        if nxt[:1] and not (nxt[:1].isspace() or nxt[:1] in _STOPS or nxt[:1] == ")"):
            continue
        if nxt[:1] == " " and (nxt[1:2].isupper() or nxt[1:2].isdigit()):
            continue  # another capitalised word or a number after it: no lone word
        before = words[k]
        if SAID_BY and before in _SAID and (e == size or text[e] in _STOPS) and not word.isupper():
            label = "PER"
        elif KIND_NOUN and (kind := _kind(before)) and "-" not in word and vocab.get(word.lower(), "U") in ("U", "C"):
            label = _KIND_TYPES[kind]
        else:
            continue
        m = bisect_left(starts, e)
        if not (m and spans[m - 1][1] > s):
            out.append((s, e, label))
    return out


@notable
def _before_lone(word: str) -> bool:
    """A verb of saying or a lower-case noun for a kind (``_lone_words`` starts after it)."""
    return word in _SAID or bool(_kind(word))


@lru_cache(maxsize=20_000)
def _kind(word: str) -> str:
    """``typer.near_kind`` of the word before a capitalised one (cached: the same words recur)."""
    return near_kind(word) if len(word) >= 3 and word[0].islower() and not word[0].isdigit() else ""


def _owners(text: str, spans: list[Span], starts: list[int], tokens, genitives: list[int]) -> list[Span]:
    """``_owner_split`` of each found name that holds a capitalised genitive before a given name."""
    words = tokens.words
    n = len(words)
    out = []
    done = -1
    for k in genitives:
        if k + 2 >= n or words[k + 1].lower() not in FIRST_NAMES:
            continue
        at = tokens.starts[k]
        m = bisect_left(starts, at + 1) - 1  # the span starting at or before the genitive
        if m < 0 or m == done or spans[m][1] <= tokens.ends[k + 1]:
            continue
        done = m
        out += _owner_split(text, *spans[m])
    return out


def _owner_split(text: str, s: int, e: int, label: str) -> list[Span]:
    """A club's or firm's genitive before a person, found as one name ("B1909s Ole Juel",
    "Brøndbys Kim Vilfort"): the owner and the person, two names (the owner a body unless the
    name was typed a place)."""
    words = text[s:e].split(" ")
    for k in range(len(words) - 2):
        owner, given = words[k], words[k + 1]
        stem = owner[:-2] if owner.endswith(("'s", "’s")) else owner[:-1] if owner.endswith("s") else ""
        low = owner.lower()
        if (len(stem) >= 2 and given.lower() in FIRST_NAMES and low not in FIRST_NAMES and low not in SURNAMES
                and stem.lower() not in FIRST_NAMES and words[k + 2][:1].isupper()
                and not any(w.lower() in FIRST_NAMES for w in words[:k + 1])):
            cut = s + len(" ".join(words[:k + 1]))
            return [(s, cut, "LOC" if label == "LOC" else "ORG"), (cut + 1, e, "PER")]
    return []
