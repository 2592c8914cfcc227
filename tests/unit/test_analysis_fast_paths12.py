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
