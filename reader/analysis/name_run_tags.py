"""One run of capitalised words tagged and typed (``names.model_names`` decides each distinct run
once): the tagger, the capital rule and the typer over the words up to two tokens either side; and
the words the tagger looks at."""

from __future__ import annotations

from reader.analysis import en_doc
from reader.analysis.en_openers import opener_candidates
from reader.analysis.lexicon import PARTY_LETTERS
from reader.analysis.name_base import SETTINGS, Settings
from reader.analysis.name_rules import capital_runs
from reader.analysis.name_typing import retype
from reader.analysis.word_sets import notable


@notable
def _candidate(word: str) -> bool:
    """A word the tagger looks at (``perceptron.candidates``): a letter first, not all lower case."""
    return word[:1].isalpha() and not word.islower()


@notable
def _party_letter(word: str) -> bool:
    """A capitalised candidate that is a party letter ("V", "SF"; ``party_letters``)."""
    return word in PARTY_LETTERS and word[:1].isalpha() and not word.islower() and word[0].isupper()


def _inner(starts: set[int], first: int, last: int) -> tuple[int, ...]:
    """The sentence starts among the tokens ``first`` to ``last``, relative to ``first``."""
    if first == last:
        return (0,) if first in starts else ()
    if starts.isdisjoint(range(first, last + 1)):
        return ()
    return tuple([k - first for k in range(first, last + 1) if k in starts])


def _doc_table(model, words: tuple[str, ...], starts: set[int], language: str) -> en_doc.Table | None:
    """The ``en_doc`` table of the text (or of the document being evaluated), when the typer's
    weights read it; else None."""
    if not en_doc.ON.get(language):
        return None
    reads = getattr(model, "reads_en_doc", None)
    if reads is None:  # decided once per model
        reads = model.reads_en_doc = any(feat.startswith(en_doc.PREFIX) for feat in model.typer_dense)
    if not reads:
        return None
    table = en_doc.current()
    return en_doc.doc_table(words, starts) if table is None else table


def _run_tags(
    model, words: tuple[str, ...], cands: list[int], inner: tuple[int, ...], settings: Settings = SETTINGS["da"],
    doc: en_doc.Table | None = None,
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
    # A surname opening a sentence that the text writes capitalised inside one (en_openers; its type
    # is no evidence for one name, one type).
    opened = opener_candidates(near, found, near_starts, local, doc, model.vocab) if doc is not None else ()
    if not found:
        return (), ()
    tags = {k - shift: tag for k, tag in found.items()}
    evidence: dict[int, tuple[float, ...]] = {}
    if model.typer:
        retype(words, first, tags, inner, model, {k - shift: scores for k, scores in begins.items()}, settings,
               evidence, doc)
        for k in opened:
            evidence.pop(k - shift, None)
    return tuple(tags.items()), tuple(evidence.items())
