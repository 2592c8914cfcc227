"""kill -9 in the middle of `doctor --repair`, a schema migration and the app saving a note.

Each test kills a real process at random moments (seeded) and then checks the database: it
opens (or is still the damaged file repair was working on, never missing), and every write
acknowledged before the kill is there. READER_KILLS raises the number of kills per test.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.errors import CorruptDatabaseError
from reader.model import Anchor
from reader.store import open_store, repair, schema, snapshot
from reader.store.backups import Backups

ROOT = Path(__file__).resolve().parents[2]
HELPERS = Path(__file__).resolve().parents[1] / "store_helpers"
KILLS = int(os.environ.get("READER_KILLS", "2"))
NOTES = 3000


def spawn(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TEXTUAL_ANIMATIONS": "none"}
    return subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)


def kill_when(args: list[str], seen: Callable[[], bool]) -> bool:
    """Start a process and SIGKILL it the moment ``seen()`` holds; False if it finished first."""
    process = spawn(*args)
    hit = False
    while process.poll() is None:
        if seen():
            process.send_signal(signal.SIGKILL)
            hit = True
            break
    process.communicate(timeout=60)
    return hit


def run_and_kill(args: list[str], delay: float, after_line: str | None = None) -> tuple[list[str], int]:
    """Start a process, SIGKILL it ``delay`` s after it starts (or after it prints a line
    starting with ``after_line``)."""
    process = spawn(*args)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line.strip())
            if after_line is not None and line.startswith(after_line):
                ready.set()
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if after_line is not None:
        ready.wait(120)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(60)
    reader.join(60)
    assert process.stderr is not None
    process.stderr.close()
    return lines, process.returncode


def note_tables(count: int, articles: int = 300) -> dict:
    tables: dict = {schema.META: {"1": schema.meta_doc()}}
    for n in range(count):
        aid = f"a{n % articles}"
        table = tables.setdefault(schema.article_table(aid), {"1": schema.article_doc(aid, tags=["t"])})
        doc = schema.note_doc(f"{n:032x}", Anchor(0, 3, "abc", "", ""), f"note {n} " + "x" * 200, "",
                              "2026-01-01T00:00:00.000Z", {"status": "exact"}, aid)
        table[str(len(table) + 1)] = doc
    return tables


def count_notes(db: Path) -> int:
    with open_store(db, readonly=True) as store:
        return sum(store.annotation_counts().values())


# -- doctor --repair ---------------------------------------------------------------------------

def test_kill_9_during_doctor_repair_never_leaves_no_database(tmp_path: Path) -> None:
    template = tmp_path / "template"
    template.mkdir()
    db = template / "reader.json"
    blob = snapshot.encode(note_tables(NOTES), snapshot.new_epoch())
    Backups(db).save(blob)
    damaged = blob[: len(blob) // 2]
    db.write_bytes(damaged)
    work = tmp_path / "work"
    target = work / "reader.json"
    command = ["-m", "reader", "doctor", "--repair", "--db", str(target)]
    shutil.copytree(template, work)
    started = time.monotonic()
    whole = spawn(*command)
    whole.communicate(timeout=120)
    span = time.monotonic() - started  # how long one repair takes here: random kills land within it
    assert whole.returncode == 0 and count_notes(target) == NOTES
    rng = random.Random(11)

    def names() -> list[str]:
        try:
            return os.listdir(work)
        except OSError:
            return []

    # where a kill lands: at a random moment, as the damaged file's copy appears, while the
    # restored file is being written
    points: dict[str, Callable[[], object]] = {
        "random": lambda: run_and_kill(command, rng.uniform(0.0, span))[1] == -signal.SIGKILL,
        "damaged copy made": lambda: kill_when(command, lambda: any(".damaged-" in n for n in names())),
        "restored file being written": lambda: kill_when(command, lambda: any(".tmp-" in n for n in names())),
    }
    for point, kill in points.items():
        outcomes = {"landed": 0, "still damaged": 0, "repaired": 0}
        for _ in range(KILLS):
            shutil.rmtree(work)
            shutil.copytree(template, work)
            outcomes["landed"] += bool(kill())  # killed before it finished
            assert target.exists(), f"a repair killed at '{point}' left no database"
            if target.read_bytes() == damaged:
                outcomes["still damaged"] += 1
                with pytest.raises(CorruptDatabaseError):
                    open_store(target)
            else:
                outcomes["repaired"] += 1
                assert count_notes(target) == NOTES
            assert [p.read_bytes() for p in work.glob("reader.json.damaged-*")] in ([], [damaged])
            repair.repair(target)  # and a repair run again finishes the job
            assert count_notes(target) == NOTES
        print(f"doctor --repair killed {KILLS} times at '{point}': {outcomes}, no note lost")


# -- a schema migration ------------------------------------------------------------------------

def write_v1(path: Path, count: int) -> None:
    """A schema-1 database as TinyDB's default storage wrote it (one line of JSON)."""
    annotations = {str(n + 1): {"id": f"n{n}", "article_id": f"a{n % 300}", "start": 0, "end": 3, "exact": "abc",
                                "prefix": "", "suffix": "", "note": f"note {n} " + "x" * 200, "label": "",
                                "created": "2024-01-02T03:04:05Z", "updated": "2024-01-02T03:04:05Z"}
                   for n in range(count)}
    articles = {str(a + 1): {"id": f"a{a}", "path": f"/lib/a{a}.txt", "title": f"T{a}", "tags": ["t"]}
                for a in range(300)}
    path.write_text(json.dumps({"meta": {"1": {"schema": 1}}, "articles": articles, "annotations": annotations}),
                    encoding="utf-8")


OPEN = "import sys\nfrom reader.store import open_store\nopen_store(sys.argv[1]).close()\nprint('done')\n"


def test_kill_9_during_a_schema_migration_loses_nothing(tmp_path: Path) -> None:
    template = tmp_path / "v1.json"
    write_v1(template, NOTES)
    db = tmp_path / "reader.json"
    shutil.copy(template, db)
    started = time.monotonic()
    whole = spawn("-c", OPEN, str(db))
    whole.communicate(timeout=120)
    span = time.monotonic() - started
    assert whole.returncode == 0 and count_notes(db) == NOTES
    rng = random.Random(12)
    landed = 0
    for _ in range(KILLS):  # the before-migration copy, the new snapshot, the new journal: any moment
        for leftover in tmp_path.glob("reader.json*"):
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
        shutil.copy(template, db)
        lines, code = run_and_kill(["-c", OPEN, str(db)], rng.uniform(0.0, span))
        landed += code == -signal.SIGKILL and "done" not in lines
        assert count_notes(db) == NOTES  # opens, migrated now or then, every note there
        with open_store(db) as store:
            assert store.tags("a1") == ("t",)
    print(f"migration killed {KILLS} times ({landed} before it finished), no note lost")


# -- the app saving a note ---------------------------------------------------------------------

def test_kill_9_while_the_app_saves_a_note_keeps_every_acknowledged_save(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tui_helpers import WIRE

    library = tmp_path / "library"
    library.mkdir()
    (library / "ribe.txt").write_text(WIRE, encoding="utf-8")
    db = tmp_path / "reader.json"
    rng = random.Random(13)
    acked = ""
    saves = 0
    for n in range(max(2, KILLS // 2)):
        # once a first save is acknowledged (however busy the machine), kill amid the next ones
        lines, code = run_and_kill([str(HELPERS / "tui_writer.py"), str(db), str(library), f"k{n}", "100000"],
                                   rng.uniform(0.0, 0.8), after_line="ack note")
        assert code == -signal.SIGKILL and "ready" in lines, lines
        acks = [line.split(" ", 2)[2] for line in lines if line.startswith("ack note ")]
        saves += len(acks)
        acked = acks[-1] if acks else acked
        with open_store(db, readonly=True) as store:
            notes = [a.note for aid in store.annotation_counts() for a in store.annotations(aid)]
        assert len(notes) <= 1
        held = notes[0] if notes else ""
        assert held.startswith(acked), f"acknowledged {acked!r}, the database holds {held!r}"
    assert saves >= max(2, KILLS // 2)  # at least one acknowledged save before each kill
    print(f"app killed {max(2, KILLS // 2)} times while saving: {saves} saves acknowledged, none lost")
