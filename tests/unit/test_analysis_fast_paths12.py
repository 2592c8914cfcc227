"""speed12's changes answer as the code they replaced."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reader.analysis import analyze


_TEXT = ("Mette Frederiksen fra Socialdemokratiet besøgte Aarhus Universitet i går. "
         "\"Det er en god dag,\" siger Lars Løkke Rasmussen til Politiken.\n\n") * 3


# The collector's state is the whole process's: a thread an earlier test in the same worker left
# running (an app's analysis worker, a store load) may have it paused, or freeze and unfreeze, while
# these tests look. Each check runs in a process of its own, with no other thread.
_OWN_PROCESS_HEAD = (
    "import gc\n"
    "from reader.analysis import analyze\n"
    f"TEXT = {_TEXT!r}\n"
)


def _in_own_process(body: str) -> str:
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": root}
    done = subprocess.run([sys.executable, "-c", _OWN_PROCESS_HEAD + body], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_analysis_leaves_what_it_built_in_the_oldest_generation() -> None:
    """After the collector's pause the analysis's objects are in the oldest generation, so no young
    collection scans them (they were in the youngest, or the middle one after a collection)."""
    seen = _in_own_process(
        "assert gc.isenabled()\n"
        "result = analyze(TEXT, 'da')\n"
        "oldest = {id(o) for o in gc.get_objects(2)}\n"
        "print(gc.isenabled(), id(result.entities) in oldest, id(result.quotes) in oldest)\n")
    assert seen == "True True True"


def test_analysis_leaves_frozen_objects_frozen() -> None:
    """Objects frozen before an analysis (the store's tables, ``jsonio.settle``) stay frozen."""
    seen = _in_own_process(
        "kept = [[k] for k in range(1000)]\n"
        "gc.freeze()\n"
        "before = bool({id(x) for x in kept} & {id(o) for o in gc.get_objects()})  # (all but the frozen)\n"
        "analyze(TEXT, 'da')\n"
        "after = bool({id(x) for x in kept} & {id(o) for o in gc.get_objects()})\n"
        "print(before, after)\n")
    assert seen == "False False"


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
