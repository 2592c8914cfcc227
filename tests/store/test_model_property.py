"""Property test: random edits, undo/redo and reopenings leave the store equal to a simple model."""

from __future__ import annotations

import copy
import shutil
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from reader.model import EntityLabel, QuoteState
from reader.store import open_store
from reader.anchoring import make_anchor

TEXT = "Æblerne i Århus blev solgt, siger Ole Sand. - Det gik godt, siger han."
ARTICLES = st.sampled_from(["a", "b", "c"])
TAGS = st.lists(st.sampled_from(["politik", "sport", "økonomi", "kultur", " sport "]), max_size=3)
WORDS = st.text("abæø \n", max_size=8)
SPANS = st.tuples(st.integers(0, len(TEXT) - 1), st.integers(1, 12)).map(
    lambda p: (p[0], min(len(TEXT), p[0] + p[1])))
LABELS = st.sampled_from(["", "verify", "key quote"])


def clean(tags: list[str]) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in tags if t.strip()))


class StoreMachine(RuleBasedStateMachine):
    """The real store beside a dict model with snapshot-based undo."""

    @initialize()
    def start(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="store-prop-"))
        self.store = open_store(self.folder / "reader.json")
        self.model: dict = {"notes": {}, "tags": {}, "quotes": {}, "corrections": {}}
        self.undo_stack: list[dict] = []
        self.redo_stack: list[dict] = []

    def teardown(self) -> None:
        if hasattr(self, "store"):
            self.store.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def change(self, new_model: dict) -> None:
        if new_model != self.model:
            self.undo_stack.append(self.model)
            self.redo_stack = []
            self.model = new_model

    def edited(self) -> dict:
        return copy.deepcopy(self.model)

    @rule(article=ARTICLES, span=SPANS, note=WORDS, label=LABELS)
    def add_note(self, article: str, span: tuple[int, int], note: str, label: str) -> None:
        anchor = make_anchor(TEXT, *span)
        made = self.store.add_annotation(article, anchor, note=note, label=label)
        new = self.edited()
        new["notes"][made.id] = (article, anchor, note, label)
        self.change(new)

    @precondition(lambda self: self.model["notes"])
    @rule(pick=st.integers(0, 100), note=st.none() | WORDS, label=st.none() | LABELS, span=st.none() | SPANS)
    def edit_note(self, pick: int, note: str | None, label: str | None, span: tuple[int, int] | None) -> None:
        ident = list(self.model["notes"])[pick % len(self.model["notes"])]  # (creation order: ids are random)
        anchor = make_anchor(TEXT, *span) if span else None
        self.store.update_annotation(ident, note=note, label=label, anchor=anchor)
        new = self.edited()
        article, old_anchor, old_note, old_label = new["notes"][ident]
        new["notes"][ident] = (article, anchor or old_anchor, old_note if note is None else note,
                               old_label if label is None else label)
        self.change(new)

    @precondition(lambda self: self.model["notes"])
    @rule(pick=st.integers(0, 100))
    def delete_note(self, pick: int) -> None:
        ident = list(self.model["notes"])[pick % len(self.model["notes"])]  # (creation order: ids are random)
        self.store.delete_annotation(ident)
        new = self.edited()
        del new["notes"][ident]
        self.change(new)

    @rule(article=ARTICLES, tags=TAGS, how=st.sampled_from(["add", "remove", "set"]))
    def tag(self, article: str, tags: list[str], how: str) -> None:
        getattr(self.store, f"{how}_tags")(article, tags)
        new = self.edited()
        current = new["tags"].get(article, [])
        if how == "add":
            current = current + [t for t in clean(tags) if t not in current]
        elif how == "remove":
            current = [t for t in current if t not in clean(tags)]
        else:
            wanted = clean(tags)
            # Tags are a set to the store: setting the same tags in another order changes nothing.
            current = current if sorted(wanted) == sorted(current) else wanted
        new["tags"][article] = current
        if not current:
            del new["tags"][article]
        self.change(new)

    @rule(article=ARTICLES, span=SPANS, state=st.sampled_from(list(QuoteState)))
    def quote(self, article: str, span: tuple[int, int], state: QuoteState) -> None:
        self.store.set_quote_state(article, make_anchor(TEXT, *span), state)
        new = self.edited()
        key = (article, *span)
        if state is QuoteState.UNVERIFIED:
            new["quotes"].pop(key, None)
        else:
            new["quotes"][key] = state
        self.change(new)

    @rule(text=st.sampled_from(["Nato", "Århus", "De"]), label=st.none() | st.sampled_from(list(EntityLabel)),
          remove=st.booleans())
    def correct(self, text: str, label: EntityLabel | None, remove: bool) -> None:
        new = self.edited()
        if remove:
            self.store.remove_correction(text)
            new["corrections"].pop(text, None)
        else:
            self.store.set_correction(text, label)
            new["corrections"][text] = label
        self.change(new)

    @rule()
    def undo(self) -> None:
        described = self.store.undo()
        assert (described is not None) == bool(self.undo_stack)
        if self.undo_stack:
            self.redo_stack.append(self.model)
            self.model = self.undo_stack.pop()

    @rule()
    def redo(self) -> None:
        described = self.store.redo()
        assert (described is not None) == bool(self.redo_stack)
        if self.redo_stack:
            self.undo_stack.append(self.model)
            self.model = self.redo_stack.pop()

    @rule()
    def reopen(self) -> None:
        self.store.close()
        self.store = open_store(self.folder / "reader.json")

    @invariant()
    def equals_model(self) -> None:
        if not hasattr(self, "store"):
            return
        store = self.store
        notes = {
            n.id: (n.article_id, n.anchor, n.note, n.label)
            for article in ("a", "b", "c") for n in store.annotations(article)
        }
        assert notes == self.model["notes"]
        tags = {a: sorted(store.tags(a)) for a in ("a", "b", "c") if store.tags(a)}
        assert tags == {a: sorted(t) for a, t in self.model["tags"].items()}
        quotes = {(a, *span): s for a in ("a", "b", "c") for span, s in store.quote_states(a).items()}
        assert quotes == self.model["quotes"]
        assert {c.text: c.label for c in store.corrections()} == self.model["corrections"]
        assert store.can_undo == bool(self.undo_stack)
        assert store.can_redo == bool(self.redo_stack)
        counts = {a: n for a, n in store.annotation_counts().items()}
        expected: dict[str, int] = {}
        for article, *_ in self.model["notes"].values():
            expected[article] = expected.get(article, 0) + 1
        assert counts == expected


StoreMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=30, deadline=None)
TestStoreMatchesModel = StoreMachine.TestCase
