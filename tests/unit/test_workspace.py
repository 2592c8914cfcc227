"""The workspace's use cases: what both front ends (shell and app) ask of the parts below."""

from __future__ import annotations

from reader.model import EntityCorrection, EntityLabel
from reader.store import memory_store
from reader.workspace import corrections_for

def test_an_articles_own_corrections_win_over_those_for_every_article() -> None:
    store = memory_store()
    store.set_correction("Ribe", EntityLabel.ORG)
    store.set_correction("Dahl", EntityLabel.PER)
    store.set_article_correction("a1", "Ribe", EntityLabel.LOC)
    assert set(corrections_for(store, "a1")) == {EntityCorrection("Dahl", EntityLabel.PER), EntityCorrection("Ribe", EntityLabel.LOC)}
    assert set(corrections_for(store, "a2")) == {EntityCorrection("Dahl", EntityLabel.PER), EntityCorrection("Ribe", EntityLabel.ORG)}
    assert set(corrections_for(store, None)) == set(store.corrections())
