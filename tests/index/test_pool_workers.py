"""The local process pool of ``reader index --workers N`` ends with the process that started it:
killed (kill -9, a closed terminal), it used to leave its workers waiting on their task queue
forever, each holding its memory."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

STARTER = """
import multiprocessing, sys, time
from reader.index.mapping import map_batches

def work(batch):
    return batch

results = map_batches(work, iter(range(8)), 2, None)
next(results)  # the pool runs: its workers are this process's children
print(" ".join(str(child.pid) for child in multiprocessing.active_children()), flush=True)
time.sleep(600)
"""


def _running(pid: int) -> bool:
    """Whether ``pid`` is a live process (not gone, not a zombie waiting to be reaped)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status and "\nState:\tX" not in status


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads process states from /proc")
def test_pool_workers_end_when_the_process_that_started_them_is_killed():
    starter = subprocess.Popen([sys.executable, "-c", STARTER], stdout=subprocess.PIPE, text=True, cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        workers = [int(pid) for pid in starter.stdout.readline().split()]
        assert len(workers) == 2 and all(_running(pid) for pid in workers)
        starter.send_signal(signal.SIGKILL)
        starter.wait()
        for _ in range(600):  # a hang guard, not a speed check: they end within a second
            if not any(_running(pid) for pid in workers):
                break
            time.sleep(0.1)
        assert not any(_running(pid) for pid in workers), "the pool's workers outlived the killed process"
    finally:
        starter.kill()
        for pid in workers if "workers" in locals() else ():
            if _running(pid):
                os.kill(pid, signal.SIGKILL)
