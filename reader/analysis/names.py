"""Names (PER, ORG, LOC, MISC) from tokens: the trained tagger plus rules for the known traps."""

from __future__ import annotations

import re
from dataclasses import dataclass
from bisect import bisect_left
from typing import Collection, Sequence

from reader.analysis import typer
from reader.analysis.gazetteer import FIRST_NAMES, lookup
from reader.analysis.lexicon import DA_NON_NAMES, EN_NON_NAMES, PARTY_LETTERS
from reader.analysis.perceptron import _OPENERS as TAGGER_OPENERS, CONNECTORS, candidates, load_model
from reader.analysis.tokens import Tokens

Span = tuple[int, int, str]
TAGGER_WEIGHT = 0.5
CAPITAL_RULE = True
# Added to the typer's "no name" score (its fourth class; cross-validated on train: 0 -> 16 raised
# typed F1 0.802 -> 0.808, precision 0.81 -> 0.83 at recall 0.80 -> 0.79). With bagged runs
# (train.SAMPLE 0.8) 12 is best: CV 0.816 (16) -> 0.818 (12); 10 and 14 give 0.817.
# A name of two words or more gets less (CV 0.8189 -> 0.8197; 3 and 9: 0.8193 and 0.8196).
REJECT_BIAS = 12.0
REJECT_MULTI = 6.0
LONE_CAPITALS = True  # a lone capitalised word inside a sentence is a name candidate (the typer types or drops it)
ALL_CAPITALS = True  # the same for a lone all-capitals word (an acronym)


@dataclass
class Settings:
    """The choices of one language (each made by cross-validation on that language's training data)."""

    capital_rule: bool = CAPITAL_RULE  # a capitalised run the tagger began is a name to its end
    reject_bias: float = REJECT_BIAS
    reject_multi: float = REJECT_MULTI
    lone_capitals: bool = LONE_CAPITALS
    all_capitals: bool = ALL_CAPITALS
    tagger_weight: float = TAGGER_WEIGHT
    non_names: frozenset[str] = DA_NON_NAMES  # capitalised words that do not open a name
    rules: bool = True  # the Danish rules after tagging (party letters, "Det ...", "Chr.", "Paris'")
    # The name patterns in use (see ``name_patterns``; each chosen on cross-validation). Danish 5-fold
    # CV typed F1: none 0.8244, all but "amp"/"amp_merge" 0.8256, all 0.8262.
    patterns: frozenset[str] = frozenset(("kind", "truncated", "amp", "amp_merge", "org_words", "town", "court", "dateline"))


# English: the trained tagger alone ("model"), the hand-written rules alone ("rules"), the tagger's
# names plus the rules' names that overlap none of them ("both"), or the other way round ("rules
# first"). 5-fold CV on GUM (folds 0-3 of tagger runs averaged over 4 seeds; typed F1): model 0.640,
# rules 0.549 (on all of GUM), both 0.646, rules first 0.625 (folds 0-1).
EN_MODE = "both"
EN_COVER = True  # CV 0.6529 -> 0.6541 (rules' names inside the tagger's replacing it instead: 0.6380)
SETTINGS = {
    "da": Settings(),
    # English "no name" bias: 12/6 0.6462, 6/3 0.6481, 0/0 0.6482 (with "both"; the same CV).
    # English patterns: all but "amp_merge" (GUM CV: none 0.6540, all but amp_merge 0.6540, all 0.6498:
    # academic text joins authors with "&"); they are for news, which GUM lacks.
    "en": Settings(non_names=EN_NON_NAMES, rules=False, reject_bias=6.0, reject_multi=3.0,
                   patterns=frozenset(("kind", "truncated", "amp", "org_words", "town", "court", "dateline"))),
}
_OPENERS = frozenset("- – — » « \" “ „ ” : ' ‘ .".split())
_BOTH_OPENERS = _OPENERS & TAGGER_OPENERS  # what opens a sentence for the tagger and the capital rule


def sentence_start_tokens(tokens: Tokens, sentences: tuple[tuple[int, int], ...]) -> set[int]:
    """Indices of the tokens that open a sentence."""
    starts = tokens.starts
    n = len(starts)
    found = (bisect_left(starts, s) for s, _e in sentences)
    return {k for k in found if k < n}


def runs(tags: dict[int, str]) -> list[tuple[int, int, str]]:
    """The names in sparse IOB2 ``tags`` as (first index, end index, label)."""
    out: list[tuple[int, int, str]] = []
    for k in sorted(tags):
        tag = tags[k]
        if out and tag[0] == "I" and out[-1][1] == k and out[-1][2] == tag[2:]:
            out[-1] = (out[-1][0], k + 1, out[-1][2])
        else:
            out.append((k, k + 1, tag[2:]))
    return out


def tags_to_spans(tokens: Tokens, tags: dict[int, str]) -> list[Span]:
    """Entity spans ``(start, end, label)`` from sparse IOB2 tags."""
    starts, ends = tokens.starts, tokens.ends
    return [(starts[k], ends[j - 1], label) for k, j, label in runs(tags)]


def party_letters(tokens: Tokens, tags: dict[int, str], caps: list[int]) -> None:
    """``Name (V)``: a party letter in parentheses after a person is an organisation (in place)."""
    words = tokens.words
    for k in caps:
        if words[k] in PARTY_LETTERS and 2 <= k < len(words) - 1 and words[k - 1] == "(" and words[k + 1] == ")":
            if tags.get(k - 2, "O").endswith("PER"):
                tags[k] = "B-ORG"


def paragraph_starts(text: str, tokens: Tokens) -> frozenset[int]:
    """The tokens that open a paragraph after a blank line (a name never runs across one: a
    headline without a full stop followed by a paragraph that opens with a name)."""

    starts = tokens.starts
    return frozenset(bisect_left(starts, m.end()) for m in _BLANK_LINE.finditer(text))


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


def model_names(
    tokens: Tokens, sentences: tuple[tuple[int, int], ...], breaks: frozenset[int] = frozenset(),
    language: str = "da", evidence: dict[tuple[int, int], tuple[float, ...]] | None = None,
) -> list[Span] | None:
    """Spans the trained tagger finds, or None when no weights are installed.

    Each run of capitalised tokens (with connectors between them) is tagged on its own: what the
    tagger, the capital rule and the typer decide for it depends only on the words up to two tokens
    either side (``typer.CONTEXT``) and on where sentences start, so identical runs are decided once.
    """

    model = load_model(language)
    if model is None:
        return None
    settings = SETTINGS[language]
    words = tokens.words
    starts = sentence_start_tokens(tokens, sentences)
    cands = candidates(words)
    memo = model.run_memo
    vocab = model.vocab
    width = max(2, typer.CONTEXT)  # the words either side that the tagger and the typer read
    if len(memo) > 200_000 or len(model.left_cache) + len(model.right_cache) > 400_000:
        model.clear()
    tags: dict[int, str] = {}
    scores: dict[int, tuple[float, ...]] = {}
    n = len(words)
    count = len(cands)
    m = 0
    while m < count:
        first = cands[m]
        last = first
        begin = m
        m += 1
        while m < count and cands[m] not in breaks and (cands[m] == last + 1 or (
            cands[m] == last + 2 and words[last + 1].lower() in CONNECTORS
        )):
            last = cands[m]
            m += 1
        if first == last and (first in starts or first and words[first - 1] in _BOTH_OPENERS) and (
            vocab.get(words[first].lower()) == "L"
        ):
            continue  # "Derfor", "Nu", "Her": an ordinary word opening a sentence (the tagger skips it)
        lo = first - width if first >= width else 0
        hi = last + width + 1
        inner = _inner(starts, first, last)
        key = (words[lo:hi], first - lo, inner, hi >= n)
        found = memo.get(key)
        if found is None:
            found = memo[key] = _run_tags(model, words, cands[begin:m], inner, settings)
        for k, tag in found[0]:
            tags[first + k] = tag
        for k, typed in found[1]:
            scores[first + k] = typed
    if settings.rules:
        party_letters(tokens, tags, [k for k in cands if words[k][0].isupper()])
        article_names(words, tags, starts, cands)
        genitive_apostrophes(tokens, tags)
        short_given_names(tokens, tags)
    if settings.patterns:
        for k in name_patterns(tokens, tags, breaks, language, vocab, settings.patterns):
            scores.pop(k, None)  # a type the patterns decide is not the typer's
    if evidence is not None:
        for k, j, _label in runs(tags):
            if k in scores:
                evidence[(tokens.starts[k], tokens.ends[j - 1])] = scores[k]
    return tags_to_spans(tokens, tags)


_ARTICLES = frozenset(("Det", "Den", "De"))
_ADJECTIVES = frozenset(("blå", "grå", "ny", "fri", "gl", "kgl"))


def article_names(words: Sequence[str], tags: dict[int, str], starts: Collection[int], cands: list[int]) -> None:
    """Danish: a capitalised "Det"/"Den"/"De" inside a sentence opens the name after it ("Det
    Radikale Venstre"), also across lower-case adjectives ("Den jyske Opera", "Det konservative
    Folkeparti"; "Det"/"Den" only, as "De" is also the polite "you"). In place."""
    n = len(words)
    for k in cands:
        word = words[k]
        if word not in _ARTICLES or k in starts or not k or words[k - 1] in _BOTH_OPENERS or k in tags:
            continue
        m = k + 1
        while m < n and m - k <= 2 and word != "De" and words[m].isalpha() and words[m].islower() and (
            words[m][-1] == "e" or words[m] in _ADJECTIVES
        ):
            m += 1
        if m >= n or not words[m][:1].isupper() or words[m] in _ARTICLES:
            continue
        tag = tags.get(m, "O")
        if tag[0] == "B":
            label = tag[2:]
            end = m + 1
            while tags.get(end, "O") == "I-" + label:
                end += 1
        elif m > k + 1 and tag == "O" and words[m].isalpha():
            label = "ORG"
            end = m + 1
            while end < n and words[end][:1].isupper() and words[end].isalpha() and end not in tags:
                end += 1
        else:
            continue
        tags[k] = "B-" + label
        for x in range(k + 1, end):
            tags[x] = "I-" + label


_SHORT_GIVEN = frozenset("Chr Joh Vilh Jac Edv Ths Th Kr Fr".split())


def short_given_names(tokens: Tokens, tags: dict[int, str]) -> None:
    """A person's name with the short form of a given name ("Hans Chr. Schmidt", "Jens Chr.
    Birch") is one name across the dot, not "Hans Chr" and "Schmidt". In place."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    n = len(words)
    for k in [k for k, tag in tags.items() if tag.endswith("PER") and words[k] in _SHORT_GIVEN]:
        if k + 2 >= n or words[k + 1] != "." or starts[k + 1] != ends[k] or not words[k + 2][:1].isupper():
            continue
        if tags.get(k + 1) is not None or tags.get(k + 2, "O")[0] == "I":
            continue
        tags[k + 1] = tags[k + 2] = "I-PER"
        m = k + 3
        while tags.get(m, "O")[0] == "I":
            tags[m] = "I-PER"
            m += 1


def genitive_apostrophes(tokens: Tokens, tags: dict[int, str]) -> None:
    """Danish genitive of a name in s, x or z: "Paris'", "KTAS'" (the apostrophe is part of it). In place."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    n = len(words)
    for k in [k for k in tags if k + 1 < n and words[k + 1] in ("'", "’")]:
        if k + 1 in tags or starts[k + 1] != ends[k] or words[k][-1:] not in ("s", "x", "z", "S", "X", "Z"):
            continue
        if k + 2 < n and starts[k + 2] == ends[k + 1] and words[k + 2][:1].isalnum():
            continue
        tags[k + 1] = "I-" + tags[k][2:]


def _inner(starts: set[int], first: int, last: int) -> tuple[int, ...]:
    """The sentence starts among the tokens ``first`` to ``last``, relative to ``first``."""
    if first == last:
        return (0,) if first in starts else ()
    return tuple(k - first for k in range(first, last + 1) if k in starts)


def _run_tags(
    model, words: tuple[str, ...], cands: list[int], inner: tuple[int, ...], settings: Settings = SETTINGS["da"]
) -> tuple[tuple[tuple[int, str], ...], tuple[tuple[int, tuple[float, ...]], ...]]:
    """The tags of the run of capitalised words ``cands`` (indices relative to its first word;
    ``inner``: the sentence starts in it, relative too), and the typer's PER/ORG/LOC scores of each
    name (by its first index)."""
    first, last = cands[0], cands[-1]
    low = first - 2 if first >= 2 else 0
    near = words[low: last + 3]  # all the tagger and the capital rule read
    shift = first - low
    local = [k - low for k in cands]
    near_starts = {k + shift for k in inner}
    found, begins = model.tag(near, near_starts, local)
    if settings.capital_rule:
        capital_runs(near, found, near_starts, [k for k in local if near[k][0].isupper()], settings)
    if not found:
        return (), ()
    tags = {k - shift: tag for k, tag in found.items()}
    evidence: dict[int, tuple[float, ...]] = {}
    if model.typer:
        retype(words, first, tags, inner, model, {k - shift: scores for k, scores in begins.items()}, settings,
               evidence)
    return tuple(tags.items()), tuple(evidence.items())


def _acronym(word: str) -> bool:
    """Whether a lone word inside a sentence looks like an organisation's acronym."""
    return word.isupper()


def find_names(
    text: str, tokens: Tokens, sentences: tuple[tuple[int, int], ...], language: str,
    evidence: dict[tuple[int, int], tuple[float, ...]] | None = None,
) -> list[Span]:
    """PER/ORG/LOC/MISC spans of ``text`` (sorted, non-overlapping); ``evidence``, when given, gets
    the typer's PER/ORG/LOC scores of each name the tagger found, by its (start, end)."""
    breaks = paragraph_starts(text, tokens) if "\n" in text else frozenset()
    if language == "en":
        from reader.analysis.english import english_names

        spans = model_names(tokens, sentences, breaks, "en", evidence) if EN_MODE != "rules" else None
        if spans is None:  # no English weights installed: the rules alone
            return english_names(tokens, sentence_start_tokens(tokens, sentences), text)
        if EN_MODE in ("both", "rules first"):
            ruled = english_names(tokens, sentence_start_tokens(tokens, sentences), text)
            if EN_MODE == "rules first":
                spans, ruled = ruled, spans
            if EN_COVER:
                # A rule's name that holds the tagger's names overlapping it wins ("Zentrix, Inc." over
                # "Inc.", "Larsen, Peter" over "Peter").
                wide = [r for r in ruled if any(r[0] < e and s < r[1] for s, e, _ in spans) and all(
                    r[0] <= s and e <= r[1] for s, e, _ in spans if r[0] < e and s < r[1])]
                spans = [x for x in spans if not any(r[0] <= x[0] and x[1] <= r[1] for r in wide)] + wide
            spans = sorted(spans + [r for r in ruled if not any(r[0] < e and s < r[1] for s, e, _ in spans)])
            if "org_words" in SETTINGS["en"].patterns:
                # The rules' names get the organisation pattern too ("Thames Valley Police").
                spans = [(s, e, "ORG") if text[s:e].rpartition(" ")[2].lower() in _ORG_LAST and " " in text[s:e]
                         else (s, e, label) for s, e, label in spans]
        return spans
    spans = model_names(tokens, sentences, breaks, "da", evidence)
    return spans or []


def retype(
    words: Sequence[str], offset: int, tags: dict[int, str], starts: Collection[int], model,
    begins: dict[int, Sequence[float]], settings: Settings = SETTINGS["da"],
    evidence: dict[int, tuple[float, ...]] | None = None,
) -> None:
    """Give every tagged span the type the span typer prefers (in place; ``tags``, ``starts`` and
    ``begins`` index ``words`` from ``offset``).

    The typer decides every span, also a lone word the tagger is sure of (letting the tagger's
    type stand when its margin was over 10 cost CV typed F1: 0.8168 -> 0.8189 without it).
    """
    scorer = model.span_scorer
    for k, j, _label in _split_people(words, offset, _split_descriptions(words, offset, runs(tags), tags), tags):
        # The capital rule may have let the name begin before the tagger did ("HK Limfjord" where the
        # tagger began at "Limfjord"): the tagger's scores where it began still count (CV neutral,
        # 0.8197 -> 0.8194; the sample article's club was lost without them).
        tagger = begins.get(k)
        if tagger is None:
            tagger = next((begins[m] for m in range(k + 1, j) if m in begins), None)
        prior = [settings.tagger_weight * tagger[1 + 2 * t] for t in range(4)] if tagger else None
        if settings.reject_bias or settings.reject_multi:
            prior = prior or [0.0] * 4
            prior[3] += settings.reject_bias if j == k + 1 else settings.reject_multi
        totals = scorer.totals(words, k + offset, j + offset, k in starts, prior)
        label = typer.TYPES[totals.index(max(totals))]
        if label == typer.REJECT:
            if not lookup(" ".join(words[k + offset: j + offset]).lower()):
                for m in range(k, j):
                    del tags[m]
                continue
            # A name in the gazetteers stays a name: its best type.
            prior = prior or [0.0] * 4
            prior[3] = -1e9
            totals = scorer.totals(words, k + offset, j + offset, k in starts, prior)
            label = typer.TYPES[totals.index(max(totals))]
        if evidence is not None:
            evidence[k] = tuple(totals[:3])
        tags[k] = "B-" + label
        for m in range(k + 1, j):
            tags[m] = "I-" + label


def _split_descriptions(
    words: Sequence[str], offset: int, found: list[tuple[int, int, str]], tags: dict[int, str]
) -> list[tuple[int, int, str]]:
    """Runs that open with a hyphenated word ending in an ordinary lower-case word, a description
    ("Sønderborg-klubben SG Als", "Tholstrup-familien Kosan Gruppen", "FN-styrke Dancon"), split in
    two: that word and the name after it (CV typed F1 0.8194 -> 0.8224). Likewise such a word
    after a genitive ends the run on its own ("Danmarks EF-udspil", "Tyrkiets FN-ambassadør":
    0.8224 -> 0.8241). The typer then types or drops each part."""
    out: list[tuple[int, int, str]] = []
    for k, j, label in found:
        if j - k >= 2 and _description(words[k + offset]):
            tags[k + 1] = "B-" + label
            out += [(k, k + 1, label), (k + 1, j, label)]
            continue
        before = words[j - 2 + offset] if j - k >= 2 else ""
        if len(before) > 2 and before.endswith(("s", "'s", "’s")) and _description(words[j - 1 + offset]):
            tags[j - 1] = "B-" + label
            out += [(k, j - 1, label), (j - 1, j, label)]
            continue
        out.append((k, j, label))
    return out


def _description(word: str) -> bool:
    """Whether ``word`` is hyphenated and ends in a lower-case word of three letters or more."""
    parts = typer.hyphen_parts(word)
    return parts is not None and len(parts[1]) >= 3 and parts[1].isalpha() and parts[1].islower()


# Words before a given name that make it part of a place or a title ("Sankt Hans Torv", "Kong
# Frederik"), and endings of a last word that make the whole a place ("Christian IX's Gade").
_NOT_BEFORE_PERSON = frozenset("sankt skt kong dronning prins prinsesse kronprins kronprinsesse hellige".split())
_PLACE_ENDINGS = ("gade", "vej", "torv", "plads", "allé", "alle", "kirke", "skole", "bro", "havn", "park", "hus",
                  "stræde", "hospital", "gymnasium", "centret", "center")


def _split_people(
    words: Sequence[str], offset: int, found: list[tuple[int, int, str]], tags: dict[int, str]
) -> list[tuple[int, int, str]]:
    """Runs with a person's full name after an organisation or a party in one capitalised run
    ("formand for Ældresagen Poul Erik Skov", "Dansk Metal Claus Jensen", "Venstres Jakob
    Ellemann-Jensen") split in two: the part before the first given name, and the person (tagged
    PER here; the typer then types both parts). A given name after another word that is not one
    starts the person; the person has two or three words."""
    out: list[tuple[int, int, str]] = []
    for k, j, label in found:
        cut = None
        if j - k >= 3:
            for m in range(k + 1, j - 1):
                here, before = words[m + offset], words[m - 1 + offset]
                last = words[j - 1 + offset].lower()
                if (
                    2 <= j - m <= 3 and here[:1].isupper() and here.lower() in FIRST_NAMES
                    and before.lower() not in FIRST_NAMES and before[:1].isupper() and before.isalpha()
                    and before.lower() not in _NOT_BEFORE_PERSON and not last.endswith(_PLACE_ENDINGS)
                ):
                    cut = m
                    break
        if cut is None:
            out.append((k, j, label))
            continue
        tags[k] = "B-" + label
        tags[cut] = "B-PER"
        for m in range(cut + 1, j):
            tags[m] = "I-PER"
        out += [(k, cut, label), (cut, j, "PER")]
    return out


def capital_runs(
    words: list[str], tags: dict[int, str], starts: set[int], caps: list[int], settings: Settings | str = "da"
) -> None:
    """Danish: a run of capitalised words inside a sentence is a name; the tagger may miss a part.

    ``caps``: the sorted indices of the capitalised words (the only ones looked at).
    """
    if isinstance(settings, str):
        settings = SETTINGS[settings]
    non_names = settings.non_names
    m = 0
    count = len(caps)
    while m < count:
        k = caps[m]
        if tags.get(k, "O")[0] == "I":
            m += 1
            continue
        r = m
        while r + 1 < count and caps[r + 1] == caps[r] + 1:
            r += 1
        j = caps[r] + 1
        m = r + 1
        initial = k in starts or (k > 0 and words[k - 1] in _OPENERS)
        first = k + 1 if initial and k not in tags else k
        while first < j and first not in tags and words[first] in non_names:
            first += 1
        labels = [tags[x][2:] for x in range(first, j) if x in tags]
        if first < j and labels:
            label = labels[0]
            if all(tags.get(x, "O")[2:] in ("", label) for x in range(first, j)):
                lead = first
                while lead > k and lead - 1 in tags:
                    lead -= 1
                tags[lead] = "B-" + label
                for x in range(lead + 1, j):
                    tags[x] = "I-" + label
        elif first < j and not initial and j - first == 1 and len(words[first]) > 1 and (
            settings.lone_capitals or settings.all_capitals and _acronym(words[first]) or lookup(words[first].lower())[:3] in ("ORG", "LOC", "PER")
        ):
            tags[first] = "B-" + (lookup(words[first].lower())[:3] or "ORG")


# Organisation forms and other name patterns the tagger and typer get wrong (general knowledge of
# how Danish and English names are written; each group switched by ``Settings.patterns``).
# A legal form or an institution's head word as the last word of a name makes it an organisation.
_ORG_LAST = frozenset(
    "a/s aps i/s p/s k/s amba a.m.b.a. smba fmba holding gruppen koncernen politi brandvæsen beredskab"
    " redningsberedskab kommune kommunes landsret byret sygehus hospital jobcenter efterskole højskole"
    " gymnasium universitet fond fonden forening foreningen forbund forbundet & co co. inc inc. ltd ltd."
    " plc llc corp corp. police council government authority trust charity service brigade".split()
)
# ... or as the first word ("Jobcenter Slagelse", "Region Syddanmark", "Sygehus Lillebælt").
_ORG_FIRST = frozenset("jobcenter region sygehus beredskab politiskolen retten byretten".split())
# A common noun for a kind of firm or body, capitalised at a sentence start before the name
# ("Ingeniørfirmaet Holt & Ravn", "Busselskabet Nordlys"): not part of the name.
_KIND_ENDINGS = (
    "firmaet", "selskabet", "virksomheden", "foreningen", "organisationen", "koncernen", "kæden",
    "rederiet", "forbundet", "partiet", "fabrikken", "butikken", "banken", "fonden", "bureauet",
)
# First words of two-word Danish place names ("Store X", "Nørre X", "Hvide X").
_TOWN_FIRST = frozenset("store lille nørre søndre sønder øster vester nye gamle hvide sorte nr. sdr.".split())


def name_patterns(
    tokens: Tokens, tags: dict[int, str], breaks: Collection[int], language: str, vocab: dict[str, str] | None = None,
    patterns: Collection[str] = SETTINGS["da"].patterns,
) -> list[int]:
    """Fix names by how they are written (in place); returns the first indices of the names whose type
    a pattern decided."""
    words = tokens.words
    n = len(words)
    decided: list[int] = []

    def put(k: int, j: int, label: str) -> None:
        tags[k] = "B-" + label
        for m in range(k + 1, j):
            tags[m] = "I-" + label
        decided.append(k)

    if "amp_merge" in patterns and "&" in words:
        # "Hartley & Moss": a name, "&" and a capitalised word are one firm.
        for amp in [m for m in range(1, n - 1) if words[m] == "&" and m not in tags]:
            left, right = words[amp - 1], words[amp + 1]
            if not (left[:1].isupper() and right[:1].isupper() and len(left) > 1 and len(right) > 1
                    and (amp - 1 in tags or amp + 1 in tags)):
                continue
            start = amp - 1
            while start in tags and tags[start][0] == "I":
                start -= 1
            end = amp + 2
            while tags.get(end, "O")[0] == "I":
                end += 1
            put(start, end, "ORG")
    for k, j, label in runs(tags):
        lows = [w.lower() for w in words[k:j]]
        # "Ingeniørfirmaet Holt & Ravn": the kind of firm before the name is no part of it.
        if "kind" in patterns and j - k >= 2 and lows[0].endswith(_KIND_ENDINGS) and words[k + 1][:1].isupper():
            del tags[k]
            tags[k + 1] = "B-" + label
            k += 1
            lows = lows[1:]
        # "Midt- og Vestsjællands Politi": a truncated first part joined by og/eller belongs to it.
        if "truncated" in patterns and k >= 3 and words[k - 1] in ("og", "eller", "and", "or") and words[k - 2] in ("-", "–") and (
            tokens.starts[k - 2] == tokens.ends[k - 3] and words[k - 3][:1].isupper()
        ):
            k -= 3
            put(k, j, label)
            lows = [w.lower() for w in words[k:j]]
        kind = None
        if "amp" in patterns and "&" in words[k:j] and words[k][:1].isupper() and words[j - 1][:1].isupper():
            kind = "ORG"  # two names joined by "&" are a firm, never a person
        elif "org_words" in patterns and (lows[-1] in _ORG_LAST or (lows[0] in _ORG_FIRST and j - k >= 2)):
            kind = "ORG"
        elif "town" in patterns and j - k == 2 and lows[0] in _TOWN_FIRST and label != "LOC" and language == "da":
            kind = "LOC"
        if kind and (kind != label or decided and decided[-1] == k):
            put(k, j, kind)
    # "Retten i Holbæk": a court is named by its town.
    courts = "court" in patterns and ("Retten" in words or "Byretten" in words)
    for k in [k for k in range(n - 2) if words[k] in ("Retten", "Byretten") and words[k + 1] in ("i", "på")] if courts else ():
        end = k + 2
        while end < n and words[end][:1].isupper() and words[end].isalpha():
            end += 1
        if end > k + 2 and tags.get(end, "O")[0] != "I" and tags.get(k, "O")[0] != "I":
            put(k, end, "ORG")
    # A dateline in capitals opening the text or a paragraph ("HULL.", "AARHUS:"): a place.
    for k in [0, *sorted(m for m in breaks if m)] if "dateline" in patterns else ():
        if k + 1 < n and words[k].isupper() and words[k].isalpha() and len(words[k]) >= 3 and words[k + 1] in (
            ".", ":", "—", "–", "-", ","
        ) and "ORG" not in lookup(words[k].lower()) and (
            "LOC" in lookup(words[k].lower()) or k in tags and (vocab or {}).get(words[k].lower(), "U") in ("U", "C")
        ):  # a known place, or a name the tagger found that is no ordinary word ("MOTOR:", "OBS:" are headings)
            put(k, k + 1, "LOC")
    return decided
