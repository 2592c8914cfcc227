"""Running the pure per-file work (parse, analyse) in-process, on a local process pool, or on a
Dask distributed cluster; results always come back to the caller, which writes the index."""

from __future__ import annotations

import os
from collections import deque
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def _in_process(fn: Callable[[T], R], batches: Iterable[T]) -> Iterator[R]:
    for batch in batches:
        yield fn(batch)


def _follow_parent(parent: int) -> None:
    """In each pool worker: end when the process that started the pool is gone. A worker waits on
    its task queue forever otherwise: ``reader index`` killed (kill -9, a closed terminal) left its
    workers idle, holding memory, until the machine restarted."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="follow-parent", daemon=True).start()


def _pool(fn: Callable[[T], R], batches: Iterable[T], workers: int) -> Iterator[R]:
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor

    # fork starts fast and shares what is loaded; but forking a process that runs other threads
    # (the app) can deadlock the child, so there the workers are spawned
    method = "fork" if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                             initializer=_follow_parent, initargs=(os.getpid(),)) as pool:
        pending: deque = deque()
        for batch in batches:  # a window of tasks in flight keeps memory flat
            pending.append(pool.submit(fn, batch))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def check_scheduler(scheduler: str) -> None:
    """Raise a one-line ReaderError unless Dask is installed and ``scheduler`` reads as an address."""
    from reader.errors import ReaderError

    try:
        from distributed.comm.addressing import parse_address, parse_host_port
        from distributed.comm.registry import get_backend
    except ImportError:
        raise ReaderError("--scheduler needs Dask: pip install 'reader[cluster]'") from None
    try:  # before the Client: a Client made of a bad address fails, then waits 20 s as it is dropped
        scheme, location = parse_address(scheduler)
        get_backend(scheme)
        if scheme in ("tcp", "tls", "ws", "wss"):
            parse_host_port(location)
    except (ValueError, TypeError) as error:
        raise ReaderError(f"--scheduler {scheduler!r} is not a Dask scheduler's address such as "
                          f"tcp://HOST:8786 ({error})") from None


def _dask(fn: Callable[[T], R], batches: Iterable[T], scheduler: str) -> Iterator[R]:
    check_scheduler(scheduler)
    from distributed import Client

    with Client(scheduler, timeout=10, set_as_default=False) as client:
        ncores = max(1, sum(client.ncores().values()))
        pending: deque = deque()
        for batch in batches:
            pending.append(client.submit(fn, batch, pure=False))
            if len(pending) >= 2 * ncores:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def map_batches(fn: Callable[[T], R], batches: Iterable[T], workers: int = 1,
                scheduler: str | None = None) -> Iterator[R]:
    """``fn`` over ``batches``, results in order: on the cluster at ``scheduler``, else on
    ``workers`` local processes (1: in this process)."""
    if scheduler:
        return _dask(fn, batches, scheduler)
    if workers > 1:
        return _pool(fn, batches, workers)
    return _in_process(fn, batches)


def chunked(items: list[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start:start + size]
