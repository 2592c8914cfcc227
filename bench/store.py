"""Benchmark of the annotation store at scale, beside TinyDB's default JSONStorage.

Builds a database of 100,000 annotations over 10,000 articles (written by the store's own
snapshot code), then measures: loading the whole store, saving one annotation (each save is
durable: journal line + fsync), a compaction, and one insert into TinyDB's default storage
holding the same annotations in one table. The last line is machine-readable:

    store save_ms_p50=<x> load_s=<y> speedup_vs_tinydb_default=<z>

Run: python bench/store.py [--articles N] [--per-article N] [--saves N] [--stdlib-json]

Other measurements (each prints its figure beside a baseline from the same run):

    python bench/store.py crash [--seeds N] [--ops N]   simulated power loss, long randomised version
    python bench/store.py tags [--tags N]               adding one tag to an article holding N tags
    python bench/store.py note [--mb N]                 opening an article with a hand-edited huge note
    python bench/store.py scale [--notes N] [--big M]   'reader tag' at N notes, opening at M, save vs sqlite
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.model import Anchor  # noqa: E402
from reader.store import jsonio, open_store, schema  # noqa: E402
from reader.store.storage import JournalStorage  # noqa: E402

WORDS = ("regeringen minister siger at det er vigtigt for Danmark og Nato i år med nye penge til "
         "forsvaret kommunen borgmester Århus København økonomi skat velfærd").split()


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def note_doc(rng: random.Random, i: int) -> dict:
    start = rng.randrange(0, 3000)
    exact = sentence(rng, rng.randint(2, 8))
    anchor = Anchor(start, start + len(exact), exact, sentence(rng, 6)[:32], sentence(rng, 6)[:32])
    note = sentence(rng, rng.randint(0, 12)) if rng.random() < 0.7 else ""
    label = rng.choice(["", "verify", "key quote", "follow up"])
    return schema.note_doc(f"{i:032x}", anchor, note, label, "2026-01-01T00:00:00.000Z", {"status": "exact"})


def build_tables(articles: int, per_article: int, seed: int = 7) -> tuple[dict, list[dict]]:
    """Schema-2 tables for the store, and the same annotations as one flat list (for TinyDB)."""
    rng = random.Random(seed)
    tables: dict = {schema.META: {"1": schema.meta_doc()}}
    flat: list[dict] = []
    counter = 0
    for a in range(articles):
        aid = f"{a:012x}"
        docs = [schema.article_doc(aid, f"/library/{aid}.txt", sentence(rng, 8), f"{a:016x}",
                                   tags=rng.sample(["politik", "sport", "økonomi", "kultur", "forsvar"], rng.randint(0, 2)))]
        for _ in range(per_article):
            doc = note_doc(rng, counter)
            counter += 1
            docs.append(doc)
            flat.append({"article_id": aid, **{k: v for k, v in doc.items() if k != "kind"}})
        tables[schema.article_table(aid)] = {str(i): d for i, d in enumerate(docs, 1)}
    return tables, flat


def write_store(path: Path, tables: dict) -> float:
    """Write the tables as a snapshot through the store's storage; returns seconds taken."""
    storage = JournalStorage(path)
    storage.open()
    started = time.perf_counter()
    storage.rewrite(lambda _: tables)
    elapsed = time.perf_counter() - started
    storage.release()
    return elapsed


def time_load(path: Path, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        store = open_store(path)
        times.append(time.perf_counter() - started)
        store._storage.release()  # no compaction on close: measure loading only
    return statistics.median(times)


def time_saves(path: Path, articles: int, saves: int) -> tuple[list[float], float]:
    rng = random.Random(11)
    store = open_store(path)
    times = []
    for i in range(saves):
        aid = f"{rng.randrange(articles):012x}"
        started = time.perf_counter()
        store.add_annotation(aid, Anchor(i, i + 5, "words"), note=f"bench note {i}", label="verify")
        times.append(time.perf_counter() - started)
    with store._storage._locked():
        started = time.perf_counter()
        store._storage.compact()
        compaction = time.perf_counter() - started
    store._storage.release()
    return times, compaction


def write_tinydb_default(folder: Path, flat: list[dict]) -> Path:
    """The same annotations in one table of a file in TinyDB's default layout."""
    path = folder / "tinydb-default.json"
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"_default": {}, "annotations": {str(i): d for i, d in enumerate(flat, 1)}}, handle)
    return path


def time_tinydb_default(path: Path, docs: list[dict]) -> list[float]:
    """One insert at a time into TinyDB's default JSONStorage (re-reads and rewrites the file)."""
    from tinydb import TinyDB

    db = TinyDB(path)
    table = db.table("annotations")
    times = []
    for doc in docs:
        started = time.perf_counter()
        table.insert(doc)
        times.append(time.perf_counter() - started)
    db.close()
    return times


def crash_main(argv: list[str]) -> int:
    """The crash simulation of tests/store/test_power_loss.py with random workloads, many seeds."""
    parser = argparse.ArgumentParser(description="simulated power loss after every file operation")
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--ops", type=int, default=150, help="random operations per seed")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from store_helpers import crashcheck

    steps = images = lost = 0
    started = time.perf_counter()
    for seed in range(args.seeds):
        with crashcheck.fast_folder() as root:
            recording = crashcheck.record(Path(root), seed=seed, random_ops=args.ops)
        problems = crashcheck.verify(recording)
        steps += recording.steps
        images += len(recording.images)
        lost += len(problems)
        print(f"seed {seed}: {recording.operations} operations, {recording.steps} file steps, "
              f"{len(recording.images)} crash images, {len(problems)} with a lost or wrong write")
        for problem in problems[:3]:
            print("   ", problem)
    print(f"store crash seeds={args.seeds} steps={steps} images={images} problems={lost} "
          f"seconds={time.perf_counter() - started:.1f}")
    return 1 if lost else 0


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] in MODES:
        return MODES[sys.argv[1]](sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--per-article", type=int, default=10)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--tinydb-inserts", type=int, default=7)
    parser.add_argument("--stdlib-json", action="store_true", help="measure without orjson")
    args = parser.parse_args()
    if args.stdlib_json:
        jsonio._orjson = None
        jsonio.FAST = False
    total = args.articles * args.per_article
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        folder = Path(tmp)
        path = folder / "reader.json"
        tables, flat = build_tables(args.articles, args.per_article)
        write_s = write_store(path, tables)
        tiny_path = write_tinydb_default(folder, flat)
        new_docs = [dict(flat[i], id=f"new{i}") for i in range(args.tinydb_inserts)]
        del tables, flat  # measure the store as a fresh process would see it
        gc.collect()
        size_mb = path.stat().st_size / 1e6
        print(f"built {total:,} annotations over {args.articles:,} articles: snapshot {size_mb:.1f} MB "
              f"written in {write_s:.2f} s (JSON via {'orjson' if jsonio.FAST else 'the standard library'})")
        load_s = time_load(path)
        print(f"load whole store: {load_s:.3f} s (median of 3)")
        saves, compaction = time_saves(path, args.articles, args.saves)
        p50 = statistics.median(saves) * 1000
        p90 = statistics.quantiles(saves, n=10)[-1] * 1000
        print(f"save one annotation (durable): p50 {p50:.2f} ms, p90 {p90:.2f} ms, max {max(saves) * 1000:.2f} ms "
              f"over {len(saves)} saves")
        print(f"compaction (new snapshot + backup, every few thousand saves): {compaction:.2f} s")
        tiny = time_tinydb_default(tiny_path, new_docs)
        tiny_p50 = statistics.median(tiny) * 1000
        print(f"TinyDB default JSONStorage, one insert with {total:,} annotations: p50 {tiny_p50:.1f} ms "
              f"over {len(tiny)} inserts")
        speedup = tiny_p50 / p50
        print(f"store save_ms_p50={p50:.2f} load_s={load_s:.3f} speedup_vs_tinydb_default={speedup:.0f}")
    return 0


def tags_main(argv: list[str]) -> int:
    """Adding one tag to an article that holds N tags, beside N/10: linear means a ratio near 10."""
    parser = argparse.ArgumentParser(description="adding one tag to an article with many tags")
    parser.add_argument("--tags", type=int, default=20_000)
    args = parser.parse_args(argv)
    timings = {}
    for n in (args.tags // 10, args.tags):
        with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
            with open_store(Path(tmp) / "reader.json") as store:
                store.add_tags("a", [f"tag {i}" for i in range(n)])
                started = time.perf_counter()
                store.add_tags("a", ["one more"])
                added = time.perf_counter() - started
                started = time.perf_counter()
                store.undo()
                undone = time.perf_counter() - started
        timings[n] = (added, undone)
        print(f"{n:,} tags: add one {added * 1000:.1f} ms, undo it {undone * 1000:.1f} ms")
    small, big = timings[args.tags // 10], timings[args.tags]
    print(f"store tags={args.tags} add_ms={big[0] * 1000:.1f} ratio_vs_tenth={big[0] / small[0]:.1f} "
          f"undo_ratio={big[1] / small[1]:.1f} (linear: about 10; quadratic: about 100)")
    return 0


def note_main(argv: list[str]) -> int:
    """Opening a database whose one note a hand edit made huge, beside the same with a short note."""
    parser = argparse.ArgumentParser(description="a hand-edited huge note")
    parser.add_argument("--mb", type=int, default=10)
    args = parser.parse_args(argv)
    article = "Vejle Kommune hæver grundskylden. " * 200
    timings = {}
    for label, size in (("short note", 0), (f"{args.mb} MB note", args.mb * 1_000_000)):
        with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
            db = Path(tmp) / "reader.json"
            with open_store(db) as store:
                store.add_annotation("a", Anchor(0, 5, article[:5], "", article[5:37]), note="x")
            text = db.read_text(encoding="utf-8")
            if size:
                db.write_text(text.replace('"note":"x"', '"note":"' + "ord " * (size // 4) + '"', 1), encoding="utf-8")
            started = time.perf_counter()
            with open_store(db) as store:
                opened = time.perf_counter() - started
                [note] = store.annotations("a")
                store.add_tags("a", ["after"])
                saved = time.perf_counter() - started - opened
        timings[label] = opened + saved
        print(f"{label}: open {opened:.3f} s, read it and save a tag {saved:.3f} s ({len(note.note):,} characters)")
    short, huge = timings.values()
    print(f"store huge_note_mb={args.mb} open_and_save_s={huge:.3f} ratio_vs_short={huge / short:.1f}")
    return 0


def _sqlite_baseline(folder: Path, rows: int):  # -> sqlite3.Connection
    """Stdlib sqlite3 in WAL mode with synchronous=FULL, holding ``rows`` notes."""
    import sqlite3

    con = sqlite3.connect(folder / "baseline.sqlite", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, article TEXT, note TEXT, anchor TEXT)")
    con.execute("BEGIN")
    con.executemany("INSERT INTO notes (article, note, anchor) VALUES (?, ?, ?)",
                    ((f"{i % 10_000:012x}", f"note {i}", "x" * 120) for i in range(rows)))
    con.execute("COMMIT")
    return con


def _sqlite_insert(con, i: int) -> tuple[float, float]:  # noqa: ANN001
    """Seconds for one durable insert (one transaction): wall clock and this thread's CPU."""
    started, cpu = time.perf_counter(), time.thread_time()
    con.execute("BEGIN")
    con.execute("INSERT INTO notes (article, note, anchor) VALUES (?, ?, ?)", ("a", f"bench {i}", "x" * 120))
    con.execute("COMMIT")
    return time.perf_counter() - started, time.thread_time() - cpu


def _saves_beside_sqlite(path: Path, articles: int, folder: Path, rows: int,
                         saves: int = 100) -> dict[str, float]:
    """p50 ms of one durable note save on a random article (its table read first, as ``reader``
    commands do), of one more on the same article (already read, as in the app where the article
    is open), and of one sqlite insert; taken in turn so that all see the same load on a shared disk.
    Also the p50 CPU time (this thread's: without the wait for the disk) of the warm save and of
    the insert, and the journal bytes per save."""
    rng = random.Random(11)
    con = _sqlite_baseline(folder, rows)
    store = open_store(path)
    cold, warm, theirs, cpu_warm, cpu_theirs = [], [], [], [], []
    journal = store._storage.journal_size
    for i in range(saves):
        aid = f"{rng.randrange(articles):012x}"
        for times, cpus in ((cold, None), (warm, cpu_warm)):
            started, cpu = time.perf_counter(), time.thread_time()
            store.add_annotation(aid, Anchor(i, i + 5, "words"), note=f"bench note {i}", label="verify")
            times.append(time.perf_counter() - started)
            if cpus is not None:
                cpus.append(time.thread_time() - cpu)
            wall, cpu = _sqlite_insert(con, i)
            theirs.append(wall)
            cpu_theirs.append(cpu)
    journal = (store._storage.journal_size - journal) / (2 * saves)
    store._storage.release()
    con.close()
    p50 = {name: statistics.median(values) * 1000 for name, values in
           (("cold", cold), ("warm", warm), ("sqlite", theirs), ("cpu_warm", cpu_warm), ("cpu_sqlite", cpu_theirs))}
    return {**p50, "journal_bytes": journal}


def _peak_rss_mb(code: str, env: dict[str, str] | None = None) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of a fresh Python process running ``code``.

    The peak is the child's own ``VmHWM``: ``getrusage(RUSAGE_CHILDREN)`` would also count the
    memory of this process, which the child shares between fork and exec.
    """
    import subprocess

    report = ("\nimport sys\nfor _l in open('/proc/self/status'):\n"
              "    if _l.startswith('VmHWM:'):\n        print('VmHWM', _l.split()[1], file=sys.stderr)\n"
              "sys.exit(globals().get('_rc', 0))\n")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code + report], check=True, stderr=subprocess.PIPE,
                          text=True, cwd=Path(__file__).resolve().parents[1], env=env)
    seconds = time.perf_counter() - started
    peak = [line.split()[1] for line in done.stderr.splitlines() if line.startswith("VmHWM ")]
    return seconds, int(peak[-1]) / 1024 if peak else float("nan")


def scale_main(argv: list[str]) -> int:
    """Issue 12's opening costs: 'reader tag' with N notes stored (whole process), opening the store
    with M notes (time and peak memory beside the file's size), and one save beside sqlite's durable
    insert. Targets: tag <= 0.3 s at 100k, ready <= 3 s and memory <= 2x the file at 1M, save <= 1.5x."""
    parser = argparse.ArgumentParser(description="opening costs at scale")
    parser.add_argument("--notes", type=int, default=100_000, help="notes for the 'reader tag' figure")
    parser.add_argument("--big", type=int, default=1_000_000, help="notes for the open/memory figure (0: skip)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        folder = Path(tmp)
        db = folder / "reader.json"
        write_store(db, build_tables(args.notes // 10, 10)[0])
        article = folder / "story.txt"
        article.write_text(" date 2024-01 Kommunen lukker skolen\n\nKøbenhavn. Tekst.\n", encoding="utf-8")
        # As installed, Python reads its modules' cached bytecode; with PYTHONDONTWRITEBYTECODE
        # set (as here), every process compiles every module again. Both are shown: the cached
        # one after a first run has written the bytecode (in this run's folder, not the tree).
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        tag_code = f"from reader.cli import main; _rc = main(['--db', {str(db)!r}, 'tag', {str(article)!r}, %r])"
        _peak_rss_mb(tag_code % "w", cached)  # writes the bytecode
        bare, _ = _peak_rss_mb("import reader.cli", cached)
        tag, _ = _peak_rss_mb(tag_code % "x", cached)
        compiling, _ = _peak_rss_mb(tag_code % "y", {**cached, "PYTHONDONTWRITEBYTECODE": "1",
                                                      "PYTHONPYCACHEPREFIX": str(folder / "none")})
        print(f"reader tag with {args.notes:,} notes stored: {tag:.2f} s whole process "
              f"(python + 'import reader.cli' alone {bare:.2f} s; {compiling:.2f} s compiling every module "
              f"as with PYTHONDONTWRITEBYTECODE; target 0.3 s)")
        saved = _saves_beside_sqlite(db, args.notes // 10, folder, args.notes)
        cold, warm, base = saved["cold"], saved["warm"], saved["sqlite"]
        print(f"one durable note save: p50 {warm:.2f} ms on an article already read (the app), {cold:.2f} ms "
              f"reading its table first; sqlite3 synchronous=FULL insert {base:.2f} ms; "
              f"ratio {warm / base:.2f}x and {cold / base:.2f}x (target 1.5x)")
        print(f"  of which CPU (thread time, p50): save {saved['cpu_warm']:.3f} ms, sqlite insert "
              f"{saved['cpu_sqlite']:.3f} ms; journal {saved['journal_bytes']:,.0f} bytes per save; "
              f"load average {os.getloadavg()[0]:.1f}")
        if args.big:
            big = folder / "big.json"
            write_store(big, build_tables(args.big // 10, 10)[0])
            size = big.stat().st_size / 1e6
            seconds, rss = _peak_rss_mb(f"from reader.store import open_store; open_store({str(big)!r})._storage.release()")
            print(f"open with {args.big:,} notes: {seconds:.2f} s, peak memory {rss:.0f} MB for a {size:.0f} MB file "
                  f"({rss / size:.1f}x; targets 3 s and 2x)")
    return 0


MODES = {"crash": crash_main, "tags": tags_main, "note": note_main, "scale": scale_main}


if __name__ == "__main__":
    sys.exit(main())
