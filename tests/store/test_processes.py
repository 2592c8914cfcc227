"""Real processes: kill -9 at random moments, two writers at once, outside changes picked up."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader.errors import DatabaseLockedError
from reader.store import open_store

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).resolve().parents[1] / "store_helpers" / "writer.py"
KILLS = 40  # a fixed count, not a time budget: a busy machine only makes the test slower


def spawn(db: Path, name: str, count: int, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db), name, str(count), *extra],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )


class Expected:
    """What the writers acknowledged, minus what they were undoing when they died."""

    def __init__(self) -> None:
        self.notes: set[str] = set()
        self.tags: set[str] = set()
        self.uncertain: set[str] = set()

    def read(self, lines: list[str]) -> None:
        for line in lines:
            parts = line.split()
            if len(parts) == 3 and parts[0] == "ack":
                (self.notes if parts[1] == "note" else self.tags).add(parts[2])
            elif len(parts) == 3 and parts[0] == "undoing":
                self.uncertain.add(parts[2])

    def check(self, db: Path, names: list[str]) -> None:
        with open_store(db, readonly=True) as store:
            notes = {a.note for name in [*names, "shared"] for a in store.annotations(name)}
            tags = set(store.tags("shared"))
        missing = (self.notes - notes - self.uncertain) | (self.tags - tags - self.uncertain)
        assert not missing, f"acknowledged writes lost: {sorted(missing)[:10]}"


def test_kill_9_at_random_moments_never_loses_an_acknowledged_write(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    expected = Expected()
    rng = random.Random(1234)
    names: list[str] = []
    kills = 0
    while kills < KILLS:
        name = f"w{kills}"
        names.append(name)
        writer = spawn(db, name, 100_000, "--churn")
        # The kill is placed by the writer's progress, not by the clock, so a busy machine only
        # makes the test slower: after a random number of acknowledged saves, then a moment more.
        target, seen = rng.randint(0, 6), []
        assert writer.stdout is not None
        for line in writer.stdout:
            seen.append(line)
            acks = sum(1 for s in seen if s.startswith("ack"))
            if line.startswith("ready") and target == 0 or line.startswith("ack") and acks >= target:
                break
        threading.Event().wait(rng.uniform(0.0, 0.03))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        # read what is left through the same buffered file the lines above came from (communicate
        # would read the pipe beneath it and miss lines already buffered, an 'undoing' among them)
        out, err = writer.stdout.read(), writer.stderr.read() if writer.stderr else ""
        assert writer.returncode == -signal.SIGKILL, err
        kills += 1
        expected.read(seen + out.splitlines())
        expected.check(db, names)  # opens (never damaged) and holds every acknowledged write
    assert len(expected.notes) + len(expected.tags) > KILLS * 2  # the kills landed among many saves
    with open_store(db) as store:  # a writer can carry on after all of that
        store.add_tags("shared", ["after"])
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]


def test_two_writers_at_once_keep_every_write(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    open_store(db).close()
    writers = [spawn(db, name, 300, "--wait") for name in ("left", "right")]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    expected = Expected()
    for writer in writers:
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        expected.read(out.splitlines())
    assert len(expected.tags) == 300 and len(expected.notes) == 300
    expected.check(db, ["left", "right"])
    with open_store(db, readonly=True) as store:  # the two really took turns
        order = "".join("L" if tag.startswith("left") else "R" for tag in store.tags("shared"))
    assert order.count("LR") + order.count("RL") >= 20, order


def test_app_picks_up_changes_from_another_process(tmp_path: Path) -> None:
    db = tmp_path / "reader.json"
    with open_store(db) as app:
        app.add_tags("mine", ["from-app"])
        assert app.refresh() is False
        writer = spawn(db, "shell", 4)
        out, err = writer.communicate(timeout=30)
        assert writer.returncode == 0, err
        assert app.refresh() is True
        assert set(app.tags("shared")) == {"shell-0", "shell-2"}
        assert app.annotation_counts() == {"shell": 1, "shared": 1}
        assert app.refresh() is False
        app.add_tags("shared", ["from-app"])  # writes on top of, not over, the other process
        assert app.undo() == "added tag 'from-app'"
        assert app.undo() == "added tag 'from-app'"  # its own first change: the one on "mine"
        assert app.undo() is None  # never what the other process did
        assert app.annotation_counts() == {"shell": 1, "shared": 1}
    with open_store(db) as store:
        assert set(store.tags("shared")) == {"shell-0", "shell-2"}
        assert store.tags("mine") == ()


def test_reader_tag_from_the_shell_while_the_app_is_open(tmp_path: Path) -> None:
    article = tmp_path / "nyhed.txt"
    article.write_text(
        "Borgmesteren åbner ny bro\n\nRanders. Borgmester Ole Sand åbnede i dag broen.\n\n"
        "- Det er en stor dag, siger Ole Sand.\n", encoding="utf-8")
    db = tmp_path / "reader.json"
    with open_store(db) as app:
        app.add_tags("other", ["x"])
        result = subprocess.run(
            [sys.executable, "-m", "reader", "tag", "--db", str(db), str(article), "bro", "randers"],
            capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert app.refresh() is True
        tagged = [aid for aid, n in app.all_tags().items()]
        assert {"bro", "randers", "x"} <= set(tagged)


def test_a_busy_lock_fails_with_the_holders_pid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.store import storage

    db = tmp_path / "reader.json"
    open_store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import fcntl, os, sys; f = open(sys.argv[1], 'r+'); fcntl.flock(f, fcntl.LOCK_EX);"
         "f.seek(0); f.truncate(); f.write(str(os.getpid())); f.flush(); print('locked', flush=True);"
         "sys.stdin.read()", str(db) + ".lock"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        monkeypatch.setattr(storage, "LOCK_TIMEOUT", 0.2)
        with open_store(db, readonly=True) as reader:  # reading never waits for the lock
            assert reader.refresh() is False
        with pytest.raises(DatabaseLockedError, match=f"pid {holder.pid}") as caught:
            open_store(db)
        assert "\n" not in str(caught.value)
    finally:
        holder.communicate("")


def test_each_open_store_undoes_only_its_own_changes(tmp_path: Path) -> None:
    """Two app windows on one database: u in one never takes back what the other did."""
    from reader.model import Anchor

    db = tmp_path / "reader.json"
    with open_store(db) as first, open_store(db) as second:
        note = first.add_annotation("a", Anchor(0, 4, "Vejle"), note="from the first window")
        second.refresh()
        second.add_tags("a", ["second"])
        assert second.undo() == "added tag 'second'"
        assert second.undo() is None and not second.can_undo
        assert first.can_undo
        first.refresh()
        assert [n.note for n in first.annotations("a")] == ["from the first window"]
        assert first.undo() == "added a note"
        assert first.annotation_counts() == {}
        assert first.redo() == "added a note" and first.annotation(note.id).note == "from the first window"


def test_undo_of_a_record_changed_elsewhere_is_skipped_not_applied(tmp_path: Path) -> None:
    from reader.model import Anchor
    from reader.store.core import HistoryConflictError

    db = tmp_path / "reader.json"
    with open_store(db) as first, open_store(db) as second:
        note = first.add_annotation("a", Anchor(0, 4, "Vejle"), note="first")
        second.refresh()
        second.update_annotation(note.id, note="first, edited in the second window")
        first.refresh()
        with pytest.raises(HistoryConflictError, match="added a note"):
            first.undo()
        assert first.annotation(note.id).note == "first, edited in the second window"
        assert not first.can_undo  # the step is gone: the next u goes on to older changes
        assert second.undo() == "edited note"  # the second window's own step still works
        assert second.annotation(note.id).note == "first"


def test_a_finished_process_leaves_its_undo_history_to_the_next_store(tmp_path: Path) -> None:
    """The session's history survives a restart: stacks whose owner is gone are taken over."""
    db = tmp_path / "reader.json"
    open_store(db).close()
    writer = spawn(db, "shell", 2)
    out, err = writer.communicate(timeout=30)
    assert writer.returncode == 0, err
    with open_store(db) as store:
        assert store.can_undo
        steps = []
        while (step := store.undo()) is not None:
            steps.append(step)
        assert steps and store.annotation_counts() == {}


def test_stacks_of_another_host_pass_on_only_once_idle() -> None:
    from reader.store.history import Owner, is_gone

    me = Owner.new()
    other = {"owner": "x", "pid": 1, "host": me.host + "-elsewhere", "undo": [], "redo": [], "next": 1}
    assert not is_gone({**other, "time": "2999-01-01T00:00:00.000Z"}, me)  # active: kept apart
    assert is_gone({**other, "time": "2020-01-01T00:00:00.000Z"}, me)  # idle for years: taken over
    assert is_gone({"undo": [1], "redo": [], "next": 2}, me)  # from before owners
    assert not is_gone({**other, "host": me.host, "pid": os.getpid(), "owner": me.id}, me)


def test_a_lock_held_by_another_program_does_not_name_a_reader_that_has_ended(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pid in the lock file is the last reader's; a program that writes none (flock(1), a
    backup tool) holding the lock is not "another reader (pid N)" when N has ended or is us."""
    from reader.store import storage

    db = tmp_path / "reader.json"
    open_store(db).close()
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import fcntl, sys; f = open(sys.argv[1], 'r+'); fcntl.flock(f, fcntl.LOCK_EX);"
         "print('locked', flush=True); sys.stdin.read()", str(db) + ".lock"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        monkeypatch.setattr(storage, "LOCK_TIMEOUT", 0.2)
        for last_writer in (ended.pid, os.getpid()):
            (tmp_path / "reader.json.lock").write_text(f"{last_writer}\n", encoding="ascii")
            with pytest.raises(DatabaseLockedError) as caught:
                open_store(db)
            message = str(caught.value)
            assert f"pid {last_writer}" not in message and "another program holds its lock file" in message
    finally:
        holder.communicate("")
