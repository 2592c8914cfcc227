"""Names (PER, ORG, LOC, MISC) from tokens: the trained tagger plus rules for the known traps."""

from __future__ import annotations

from reader.analysis.gazetteer import lookup
from reader.analysis.lexicon import DA_NON_NAMES, PARTY_LETTERS
from reader.analysis.tokens import Tokens

Span = tuple[int, int, str]
TAGGER_WEIGHT = 0.5
CAPITAL_RULE = True
SURE_MARGIN = 10.0
_OPENERS = frozenset("- – — » « \" “ „ ” : ' ‘ .".split())


def sentence_start_tokens(tokens: Tokens, sentences: tuple[tuple[int, int], ...]) -> set[int]:
    """Indices of the tokens that open a sentence."""
    out: set[int] = set()
    k = 0
    starts = tokens.starts
    n = len(starts)
    for s, _e in sentences:
        while k < n and starts[k] < s:
            k += 1
        if k < n:
            out.add(k)
    return out


def tags_to_spans(tokens: Tokens, tags: list[str]) -> list[Span]:
    """Entity spans ``(start, end, label)`` from IOB2 tags."""
    spans: list[Span] = []
    open_start = -1
    label = ""
    end = 0
    for k, tag in enumerate(tags):
        if tag == "O" or tag[0] == "B" or tag[2:] != label:
            if open_start >= 0:
                spans.append((open_start, end, label))
                open_start = -1
            if tag != "O":
                open_start, label = tokens.starts[k], tag[2:]
        if tag != "O":
            end = tokens.ends[k]
    if open_start >= 0:
        spans.append((open_start, end, label))
    return spans


def party_letters(tokens: Tokens, tags: list[str]) -> None:
    """``Name (V)``: a party letter in parentheses after a person is an organisation (in place)."""
    words = tokens.words
    for k in range(1, len(words) - 1):
        if words[k - 1] == "(" and words[k + 1] == ")" and words[k] in PARTY_LETTERS:
            if k >= 2 and tags[k - 2].endswith("PER"):
                tags[k] = "B-ORG"


def model_names(tokens: Tokens, sentences: tuple[tuple[int, int], ...]) -> list[Span] | None:
    """Spans the trained tagger finds, or None when no weights are installed."""
    from reader.analysis.perceptron import load_model

    model = load_model()
    if model is None:
        return None
    starts = sentence_start_tokens(tokens, sentences)
    tags, begins = model.tag(tokens.words, starts)
    if CAPITAL_RULE:
        capital_runs(tokens.words, tags, starts)
    if model.typer:
        retype(tokens.words, tags, starts, model, begins)
    party_letters(tokens, tags)
    return tags_to_spans(tokens, tags)


def find_names(text: str, tokens: Tokens, sentences: tuple[tuple[int, int], ...], language: str) -> list[Span]:
    """PER/ORG/LOC/MISC spans of ``text`` (sorted, non-overlapping)."""
    if language == "en":
        from reader.analysis.english import english_names

        return english_names(tokens, sentence_start_tokens(tokens, sentences))
    spans = model_names(tokens, sentences)
    return spans or []


def retype(words: list[str], tags: list[str], starts: set[int], model, begins: dict[int, list[float]]) -> None:
    """Give every tagged span the type the span typer prefers (in place)."""
    from reader.analysis.typer import best_type, span_features

    k = 0
    n = len(tags)
    memo: dict[tuple, str] = {}
    while k < n:
        if tags[k] == "O":
            k += 1
            continue
        j = k + 1
        while j < n and tags[j][0] == "I":
            j += 1
        tagger = begins.get(k)
        if tagger is not None and SURE_MARGIN and j == k + 1:
            b_scores = sorted(tagger[1::2], reverse=True)
            if b_scores[0] - b_scores[1] > SURE_MARGIN:
                k = j
                continue
        prior = [TAGGER_WEIGHT * tagger[1 + 2 * t] for t in range(4)] if tagger else None
        key = (tuple(words[max(0, k - 2): j + 2]), min(k, 2), k in starts, tuple(prior or ()))
        label = memo.get(key)
        if label is None:
            feats = span_features(words, k, j, k in starts, model.vocab)
            label = memo[key] = best_type(model.typer_dense, feats, prior)[0]
        tags[k] = "B-" + label
        for m in range(k + 1, j):
            tags[m] = "I-" + label
        k = j


def capital_runs(words: list[str], tags: list[str], starts: set[int]) -> None:
    """Danish: a run of capitalised words inside a sentence is a name; the tagger may miss a part."""
    n = len(words)
    k = 0
    while k < n:
        word = words[k]
        if not (word[:1].isupper() and word[:1].isalpha()) or tags[k] != "O" and tags[k][0] == "I":
            k += 1
            continue
        j = k
        while j < n and words[j][:1].isupper() and words[j][:1].isalpha():
            j += 1
        initial = k in starts or (k > 0 and words[k - 1] in _OPENERS)
        first = k + 1 if initial and tags[k] == "O" else k
        while first < j and tags[first] == "O" and words[first] in DA_NON_NAMES:
            first += 1
        labels = [tags[m][2:] for m in range(first, j) if tags[m] != "O"]
        if first < j and labels:
            label = labels[0]
            if all(tags[m][2:] in ("", label) for m in range(first, j)):
                lead = first
                while lead > k and tags[lead - 1] != "O":
                    lead -= 1
                tags[lead] = "B-" + label
                for m in range(lead + 1, j):
                    tags[m] = "I-" + label
        elif first < j and not initial and j - first == 1 and len(words[first]) > 1 and (
            words[first].isupper() or lookup(words[first].lower())[:3] in ("ORG", "LOC", "PER")
        ):
            tags[first] = "B-" + (lookup(words[first].lower())[:3] or "ORG")
            for m in range(first + 1, j):
                tags[m] = "I-MISC"
        k = max(j, k + 1)
