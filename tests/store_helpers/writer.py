"""A writer process for the store's crash and concurrency tests.

usage: writer.py DB NAME COUNT [--churn] [--wait]

Adds COUNT annotations and tags (to its own article NAME and to one shared by all writers) and prints
``ack <kind> <value>`` after each save returns, i.e. once the store says it is durable.
``--churn`` makes it also undo now and then (printing ``undoing <kind> <value>`` first),
reopen the store, and compact often, so that a kill can land anywhere. ``--wait`` makes it
wait for a line on stdin after opening, so several writers can start at the same moment, and
pause 2 ms after each save, so that on a busy machine one writer does not hold the CPU (and the
lock) for all its saves while the other waits: the writers really take turns.
"""

from __future__ import annotations

import random
import sys
import time

from reader.model import Anchor
from reader.store import open_store
from reader.store import diskstate


def main() -> int:
    db, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    churn = "--churn" in sys.argv
    if churn:
        diskstate.COMPACT_ON_COMMIT = 0  # compact whenever the journal outgrows half the snapshot
    rng = random.Random()
    store = open_store(db)
    print("ready", flush=True)
    paced = "--wait" in sys.argv
    if paced:
        sys.stdin.readline()  # start together with the other writers
    last: tuple[str, str] | None = None
    for i in range(count):
        value = f"{name}-{i}"
        if i % 2:
            article = name if i % 4 == 1 else "shared"
            note = store.add_annotation(article, Anchor(i, i + 1, "x"), note=value)
            print(f"ack note {note.note}", flush=True)
            last = ("note", value)
        else:
            store.add_tags("shared", [value])
            print(f"ack tag {value}", flush=True)
            last = ("tag", value)
        if paced:
            time.sleep(0.002)  # give the other writers a moment to take the lock
        if churn and last and rng.random() < 0.1:
            print(f"undoing {last[0]} {last[1]}", flush=True)
            store.undo()
            last = None
        if churn and rng.random() < 0.05:
            store.close()
            store = open_store(db)
    store.close()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
