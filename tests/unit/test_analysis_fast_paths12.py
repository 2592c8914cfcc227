"""speed12's changes answer as the code they replaced."""

from __future__ import annotations

import gc

from reader.analysis import analyze


_TEXT = ("Mette Frederiksen fra Socialdemokratiet besøgte Aarhus Universitet i går. "
         "\"Det er en god dag,\" siger Lars Løkke Rasmussen til Politiken.\n\n") * 3


def test_analysis_leaves_what_it_built_in_the_oldest_generation() -> None:
    """After the collector's pause the analysis's objects are in the oldest generation, so no young
    collection scans them (they were in the youngest, or the middle one after a collection)."""
    if not gc.isenabled():
        gc.enable()
    result = analyze(_TEXT, "da")
    assert gc.isenabled()
    oldest = {id(o) for o in gc.get_objects(2)}
    assert id(result.entities) in oldest and id(result.quotes) in oldest


def test_analysis_leaves_frozen_objects_frozen() -> None:
    """Objects frozen before an analysis (the store's tables, ``jsonio.settle``) stay frozen."""
    kept = [[k] for k in range(1000)]
    gc.freeze()
    try:
        assert not {id(x) for x in kept} & {id(o) for o in gc.get_objects()}  # (all but the frozen)
        analyze(_TEXT, "da")
        assert not {id(x) for x in kept} & {id(o) for o in gc.get_objects()}
    finally:
        gc.unfreeze()


def _medium_cut_before(words: list[tuple[int, int, str]]) -> int:
    """speaker_media.medium_cut as it was (the words after every word read)."""
    from reader.analysis.speaker_media import _HEARINGS, _MEDIA

    for k in range(1, len(words)):
        low = words[k][2].lower()
        rest = [w[2].rstrip(".,").lower() for w in words[k + 1:k + 4]]
        if low == "i" and rest[:1] in (["en"], ["et"], ["sin"], ["sit"]) and any(w in _MEDIA for w in rest[1:3]):
            return k
        if low in ("i", "under") and rest[:1] and rest[0].endswith(_HEARINGS):
            return k
        if low == "på" and len(rest) >= 1 and words[k + 1][2][:1].isupper() and (
            len(words) == k + 2 or words[k + 1][2][-1:] in ".,"
        ):
            return k
    return len(words)


def test_medium_cut_as_before() -> None:
    """speaker_media.medium_cut (the words after a word read only after "i", "under", "på") against
    the version that read them after every word, on random phrases of its words and others."""
    import random

    from reader.analysis.speaker_media import medium_cut

    rng = random.Random(12)
    pool = ["i", "I", "under", "Under", "på", "På", "PÅ", "en", "et", "sin", "sit", "En", "pressemeddelelse",
            "mail.", "e-mail,", "retten", "grundlovsforhøret.", "Facebook", "Facebook.", "X,", "den", "41-årige",
            "manden", "İ", "ı", "", ".", "selskabet", "skriftlig", "kommentar", "debatten", "ungdomsprogrammet"]
    for _ in range(20_000):
        words = [(0, 0, rng.choice(pool)) for _ in range(rng.randint(0, 8))]
        assert medium_cut(words) == _medium_cut_before(words), words
