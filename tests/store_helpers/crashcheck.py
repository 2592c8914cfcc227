"""A store workload run under the crash recorder, and the check of every crash it could meet.

``record(root)`` migrates an old (schema 1) database, then runs sessions of tags, notes, edits,
deletions, corrections, compactions, backup rotation, a hand-damaged file and
``doctor --repair`` through ``crashsim.Recorder``; and every other write path of the
store: a note's label, quote checks and speakers, undo and redo, UI state (a tagging
session's, read positions), corrections in one article and speaker merges (``extra``).
Before each operation it notes the state the database must show if the power goes now:
the state after the last acknowledged operation, or (the operation being under way) the
state after it. ``verify`` writes each distinct crash image into a fresh folder, opens the
database as a user would and compares.
"""

from __future__ import annotations

import json
import os
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.errors import CorruptDatabaseError
from reader.model import Anchor, EntityLabel, QuoteState
from reader.store import fsops, open_store, repair
from reader.store.files import atomic_write, make_folder

from store_helpers.crashsim import Image, Recorder, materialize


class _NoSync(fsops.RealOps):
    """For opening crash images in throwaway folders: durability there does not matter."""

    def fsync(self, fd: int, site: str) -> None:
        pass

    def fsync_dir(self, folder: str, site: str) -> None:
        pass

DB = os.path.join("data", "reader.json")  # its folder is created by the first save
DAMAGED = b'{"meta": {"1": {"schema": 3}}, "article/a": {"1": {"kind": "art'
MISSING, BROKEN = "missing", "damaged"
OLD_DATABASE = json.dumps({  # schema 1, as TinyDB's default storage wrote it
    "meta": {"1": {"schema": 1}},
    "articles": {"1": {"id": "a", "path": "", "title": "", "tags": ["old"]}},
    "annotations": {"1": {"id": "old", "article_id": "a", "start": 0, "end": 3, "exact": "abc", "prefix": "",
                          "suffix": "", "note": "old note", "label": "", "created": "2024-01-01T00:00:00Z",
                          "updated": "2024-01-01T00:00:00Z"}},
}).encode()
# Hundreds of small throwaway folders: in memory where the system offers it (much quicker).
_FAST_DIR = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None


@dataclass
class Recording:
    images: dict[str, Image] = field(default_factory=dict)
    allowed: dict[str, list[frozenset[Any]]] = field(default_factory=dict)
    steps: int = 0
    operations: int = 0
    sites: set[str] = field(default_factory=set)


@dataclass
class Model:
    """What the workload has done, as the database should show it."""

    tags: dict[str, frozenset[str]] = field(default_factory=lambda: {"a": frozenset(), "b": frozenset()})
    notes: frozenset[str] = frozenset()
    corrections: frozenset[tuple[str, str]] = frozenset()
    kept_copy: bool = False
    broken: bool = False
    extra: dict[Any, Any] = field(default_factory=dict)  # the other write paths: key -> value

    def state(self) -> Any:
        if self.broken:
            return BROKEN
        return (self.tags["a"], self.tags["b"], self.notes, self.corrections, self.kept_copy,
                frozenset(self.extra.items()))


def observe(root: Path) -> Any:
    """The state of the database under ``root``, as a user opening it would find it."""
    db = root / DB
    if not db.exists():
        # an absent database may only be a new one: the store must not start it empty if data exists
        try:
            store = open_store(db)
        except CorruptDatabaseError:
            return MISSING
        with store:
            if store.tags("a") or store.annotations("a") or _extra(store):
                return _read(store, root)
            return Model().state()
    try:
        store = open_store(db)
    except CorruptDatabaseError:
        return BROKEN
    with store:
        return _read(store, root)


def _read(store: Any, root: Path) -> Any:
    notes = frozenset(n.note for article in ("a", "b") for n in store.annotations(article))
    corrections = frozenset((c.text, c.label.value if c.label else "") for c in store.corrections())
    kept = any(p.read_bytes() == DAMAGED for p in (root / "data").glob("reader.json.damaged-*"))
    return (frozenset(store.tags("a")), frozenset(store.tags("b")), notes, corrections, kept,
            frozenset(_extra(store).items()))


QUOTE = Anchor(4, 9, "quote", "", "")


def _extra(store: Any) -> dict[Any, Any]:
    """What the other write paths left: labels, quote checks, UI state, article corrections, merges."""
    out: dict[Any, Any] = {}
    for article in ("a", "b"):
        for n in store.annotations(article):
            if n.label:
                out[("label", n.note)] = n.label
        for c in store.quote_checks(article):
            out[("quote", article)] = (c.state.value, c.checked_speaker or "", c.speaker if c.speaker_set else None)
        for c in store.article_corrections(article):
            out[("acorr", article, c.text)] = c.label.value if c.label else ""
    session = store.get_state("session")
    if session is not None:
        out[("state", "session")] = json.dumps(session, sort_keys=True)
    for article, offset in store.read_positions().items():
        out[("read", article)] = offset
    for name, target in store.speaker_overrides().items():
        out[("merge", name)] = target
    return out


def fast_folder() -> tempfile.TemporaryDirectory[str]:
    """A throwaway folder, in memory where possible."""
    return tempfile.TemporaryDirectory(prefix="crash-", dir=_FAST_DIR)


def record(root: Path, skip: frozenset[str] = frozenset(), sessions: int = 7,
           seed: int | None = None, random_ops: int = 60) -> Recording:
    """Run the workload under a recorder; every step's crash images with their allowed states.

    With ``seed``, ``random_ops`` random operations (tags, notes, edits, deletions,
    corrections, reopening) follow the fixed ones, before the damage and the repair.
    """
    recorder = Recorder(root, skip)
    out = Recording()
    model = Model()
    acked: list[Any] = [model.state()]
    pending: list[Any] = []

    def on_step() -> None:
        allowed = frozenset([acked[0], *pending])
        for key, image in recorder.keyed_images().items():
            out.images.setdefault(key, image)
            constraints = out.allowed.setdefault(key, [])
            if allowed not in constraints:
                constraints.append(allowed)

    recorder.on_step.append(on_step)

    def do(action: Callable[[], Any], change: Callable[[], None] = lambda: None) -> Any:
        change()
        pending[:] = [model.state()]
        result = action()
        acked[0], pending[:] = model.state(), []
        out.operations += 1
        return result

    db = root / DB
    with fsops.use(recorder):
        def old_database() -> None:  # what an older reader left: migrated by the first open
            make_folder(db.parent)
            atomic_write(db, OLD_DATABASE)

        def old_content() -> None:
            model.tags["a"], model.notes = frozenset({"old"}), frozenset({"old note"})

        do(old_database, old_content)
        store = do(lambda: open_store(db))

        def tag(article: str, name: str) -> None:
            def change() -> None:
                model.tags[article] = model.tags[article] | {name}
            do(lambda: store.add_tags(article, [name]), change)

        def untag(article: str, name: str) -> None:
            def change() -> None:
                model.tags[article] = model.tags[article] - {name}
            do(lambda: store.remove_tags(article, [name]), change)

        def note(article: str, text: str) -> str:
            def change() -> None:
                model.notes = model.notes | {text}
            return do(lambda: store.add_annotation(article, Anchor(0, 3, "abc", "", ""), note=text), change).id

        def edit(note_id: str, old: str, new: str) -> None:
            def change() -> None:
                model.notes = (model.notes - {old}) | {new}
            do(lambda: store.update_annotation(note_id, note=new), change)

        def delete(note_id: str, old: str) -> None:
            def change() -> None:
                model.notes = model.notes - {old}
            do(lambda: store.delete_annotation(note_id), change)

        def correct(text: str, label: EntityLabel) -> None:
            def change() -> None:
                model.corrections = model.corrections | {(text, label.value)}
            do(lambda: store.set_correction(text, label), change)

        def reopen() -> None:
            nonlocal store
            do(store.close)
            store = do(lambda: open_store(db))

        def extra(key: Any, value: Any, action: Callable[[], Any]) -> None:
            def change() -> None:
                if value is None:
                    model.extra.pop(key, None)
                else:
                    model.extra[key] = value
            do(action, change)

        def label(note_id: str, text: str, name: str) -> None:
            extra(("label", text), name or None, lambda: store.update_annotation(note_id, label=name))

        def check(article: str, state: QuoteState, speaker: str) -> None:
            old = model.extra.get(("quote", article))
            by_hand = old[2] if old else None
            value = None if state is QuoteState.UNVERIFIED and by_hand is None else (
                state.value, speaker if state is not QuoteState.UNVERIFIED else "", by_hand)
            extra(("quote", article), value, lambda: store.set_quote_state(article, QUOTE, state, speaker))

        def who(article: str, name: str) -> None:
            old = model.extra.get(("quote", article)) or (QuoteState.UNVERIFIED.value, "", None)
            extra(("quote", article), (old[0], old[1], name), lambda: store.set_quote_speaker(article, QUOTE, name))

        def tag_then_undo(article: str, name: str, redo: bool) -> None:
            tag(article, name)

            def undone() -> None:
                model.tags[article] = model.tags[article] - {name}
            do(store.undo, undone)
            if redo:
                def redone() -> None:
                    model.tags[article] = model.tags[article] | {name}
                do(store.redo, redone)

        def ui_state(value: dict[str, Any]) -> None:
            extra(("state", "session"), json.dumps(value, sort_keys=True), lambda: store.set_state("session", value))

        def read_at(article: str, offset: int) -> None:
            extra(("read", article), offset, lambda: store.set_read_position(article, offset))

        def article_correction(article: str, text: str, entity: EntityLabel) -> None:
            extra(("acorr", article, text), entity.value,
                  lambda: store.set_article_correction(article, text, entity))

        def merge(name: str, target: str) -> None:
            extra(("merge", name), target, lambda: store.set_speaker_override(name, target))

        tag("a", "t1")
        first = note("a", "n1")
        correct("Mette", EntityLabel.PER)
        reopen()
        tag("b", "t2")
        edit(first, "n1", "n1 edited")
        second = note("b", "n2")
        reopen()
        note("a", "n3")  # journalled as the notes added since the snapshot, not the table
        note("a", "n4")
        delete(second, "n2")
        untag("a", "t1")
        tag("a", "t3")
        labelled = note("b", "labelled")  # never edited or deleted: its label changes
        label(labelled, "labelled", "verify")
        check("a", QuoteState.VERIFIED, "Mette")
        who("a", "Lars")
        tag_then_undo("b", "undone", redo=False)
        tag_then_undo("b", "redone", redo=True)
        ui_state({"tags": ["politik"], "position": 3})
        read_at("a", 42)
        article_correction("a", "Vejle", EntityLabel.LOC)
        merge("M. Frederiksen", "Mette Frederiksen")
        reopen()  # the undo history adopted by the next session: undo again after a restart
        tag_then_undo("a", "after restart", redo=False)
        for i in range(sessions - 3):  # enough compactions to rotate backups out
            reopen()
            tag("a", f"s{i}")
        if seed is not None:
            rng = random.Random(seed)
            live: dict[str, str] = {first: "n1 edited", "old": "old note"}
            for i in range(random_ops):
                roll = rng.random()
                article = rng.choice("ab")
                if roll < 0.25:
                    tag(article, f"r{i}")
                elif roll < 0.35 and model.tags[article]:
                    untag(article, rng.choice(sorted(model.tags[article])))
                elif roll < 0.6:
                    live[note(article, f"note {i}")] = f"note {i}"
                elif roll < 0.7 and live:
                    ident = rng.choice(sorted(live))
                    edit(ident, live[ident], f"edit {i}")
                    live[ident] = f"edit {i}"
                elif roll < 0.8 and live:
                    ident = rng.choice(sorted(live))
                    delete(ident, live.pop(ident))
                elif roll < 0.84:
                    correct(f"Name{i}", rng.choice(list(EntityLabel)))
                elif roll < 0.9:  # the other write paths; reopening stays at one in ten
                    pick = rng.randrange(7)
                    if pick == 0:
                        label(labelled, "labelled", rng.choice(["", "verify", "follow up"]))
                    elif pick == 1:
                        check(article, rng.choice(list(QuoteState)), rng.choice(["", "Mette", "Lars"]))
                    elif pick == 2:
                        tag_then_undo(article, f"u{i}", redo=rng.random() < 0.5)
                    elif pick == 3:
                        ui_state({"tags": [f"r{i}"], "position": i})
                    elif pick == 4:
                        read_at(article, i)
                    elif pick == 5:
                        article_correction(article, f"Place{i}", rng.choice(list(EntityLabel)))
                    else:
                        merge(f"N{i}", rng.choice(["Mette", "Lars"]))
                else:
                    reopen()
        do(store.close)

        def damage() -> None:
            model.broken = True
        do(lambda: atomic_write(db, DAMAGED), damage)  # a hand edit gone wrong, saved by an editor

        def repaired() -> None:
            model.broken, model.kept_copy = False, True
        do(lambda: repair.repair(db), repaired)
        store = do(lambda: open_store(db))
        tag("a", "after repair")
        do(store.close)
    out.steps = recorder.steps
    out.sites = recorder.sites_used
    return out


def verify(recording: Recording, stop_at_first: bool = False, limit: int | None = None) -> list[str]:
    """Open every crash image (or the first ``limit``); the problems found, one line each."""
    problems: list[str] = []
    keys = list(recording.images)[:limit]
    with fast_folder() as scratch, fsops.use(_NoSync()):
        for n, key in enumerate(keys):
            root = Path(scratch) / str(n)
            root.mkdir()
            materialize(recording.images[key], root)
            try:
                found = observe(root)
            except Exception as error:  # noqa: BLE001 - any failure to open is a finding
                found = f"error: {type(error).__name__}: {error}"
            for allowed in recording.allowed[key]:
                if found not in allowed:
                    problems.append(f"image {n}: found {_short(found)}; allowed {[_short(a) for a in allowed]}")
                    break
            if problems and stop_at_first:
                break
    return problems


def _short(state: Any) -> str:
    if isinstance(state, tuple):
        a, b, notes, corrections, kept, extra = state
        return (f"a={sorted(a)} b={sorted(b)} notes={sorted(notes)} corr={len(corrections)} kept={kept} "
                f"extra={sorted(map(repr, extra))}")
    return str(state)
