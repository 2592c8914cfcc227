"""An advisory lock on a side file (``flock``), held only around each write transaction.

``flock`` locks belong to an open file description, so two stores in one process exclude
each other just as two processes do. A busy lock is waited for with a *blocking* ``flock``
in a helper thread on a description of its own: the kernel wakes blocked waiters when the
lock is released, which shares the lock fairly between busy writers (polling with
``LOCK_NB`` let one writer keep it for hundreds of saves in a row) and still allows a
timeout. The holder writes its pid into the file so that a waiting process can name it (not
into a lock file that is a hard link: its other name's bytes are not ours to replace).
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
import threading
from pathlib import Path

from reader.errors import DatabaseBusyError, DatabaseLockedError, StoreError
from reader.store.files import FILE_MODE, display_path


def open_lock_file(path: Path, flags: int) -> int:
    """Open the lock file itself, never what a symbolic link points to, and only a regular file.

    The pid is written into the lock file; through a link (or into a device or pipe) that write
    would land in some other file, so such a lock file is refused with a one-line message.
    """
    try:
        fd = os.open(path, flags | os.O_NOFOLLOW | os.O_NONBLOCK, FILE_MODE)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise StoreError(f"{display_path(path)} (the database's lock file) is a symbolic link; reader "
                             "never writes through one: remove it and try again") from None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise StoreError(f"{display_path(path)} (the database's lock file) is not a regular file: "
                         "remove it and try again")
    return fd


class _Waiter:
    """A blocking ``flock`` in a daemon thread; abandoned waits release as soon as they succeed."""

    def __init__(self, path: Path) -> None:
        self.fd = open_lock_file(path, os.O_RDWR)
        self._done = threading.Event()
        self._mutex = threading.Lock()
        self._abandoned = False
        self._error: OSError | None = None
        threading.Thread(target=self._wait, name="reader-store-lock", daemon=True).start()

    def _wait(self) -> None:
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        except OSError as error:
            self._error = error
        with self._mutex:
            if self._abandoned or self._error is not None:
                os.close(self.fd)
            self._done.set()

    def result(self, timeout: float) -> int | None:
        """The descriptor now holding the lock, or None after ``timeout`` seconds."""
        self._done.wait(timeout)
        with self._mutex:
            if self._error is not None:
                raise self._error
            if self._done.is_set():
                return self.fd
            self._abandoned = True
            return None


class FileLock:
    """A shared/exclusive lock on ``path``, counted so that nested use is harmless."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._held: int | None = None
        self._depth = 0

    @property
    def available(self) -> bool:
        """True when the lock file could be opened."""
        return self._fd is not None

    def open(self, create: bool) -> None:
        """Open (and if asked create) the lock file; raises OSError."""
        flags = os.O_RDWR | os.O_CREAT if create else os.O_RDONLY
        self._fd = open_lock_file(self.path, flags)

    def try_open_readonly(self) -> None:
        """Open the lock file for shared locks if it exists; stay lock-less otherwise."""
        try:
            self._fd = open_lock_file(self.path, os.O_RDONLY)
        except (OSError, StoreError):
            self._fd = None

    def acquire(self, timeout: float) -> None:
        """Take the exclusive lock, waiting up to ``timeout`` seconds."""
        if self._fd is None:
            raise DatabaseLockedError(f"cannot lock {display_path(self.path)}")
        if self._depth:
            self._depth += 1
            return
        try:
            if self._try(fcntl.LOCK_EX):
                held = self._fd
            else:
                waited = _Waiter(self.path).result(timeout)
                if waited is None:
                    raise DatabaseBusyError(self._busy_message())
                held = waited
        except OSError as error:
            reason = (error.strerror or str(error)).lower()
            raise DatabaseLockedError(f"cannot lock {display_path(self.path)}: {reason}") from None
        self._held, self._depth = held, 1
        self._write_pid()

    def try_shared(self) -> bool:
        """Take a shared lock without waiting; False if a writer holds it (or no lock file)."""
        if self._fd is None or self._depth:
            return self._depth > 0
        if self._try(fcntl.LOCK_SH):
            self._held, self._depth = self._fd, 1
            return True
        return False

    def release(self) -> None:
        """Release one level of the lock."""
        if self._held is None or not self._depth:
            return
        self._depth -= 1
        if not self._depth:
            held, self._held = self._held, None
            fcntl.flock(held, fcntl.LOCK_UN)
            if held != self._fd:
                os.close(held)

    def close(self) -> None:
        """Close the lock file (releasing any lock)."""
        if self._held is not None and self._held != self._fd:
            os.close(self._held)
        if self._fd is not None:
            os.close(self._fd)
        self._fd = self._held = None
        self._depth = 0

    def holder(self) -> int | None:
        """The pid written by the last holder, if readable."""
        try:
            text = self.path.read_text(encoding="ascii").strip()
            return int(text) if text else None
        except (OSError, ValueError):
            return None

    def _try(self, kind: int) -> bool:
        assert self._fd is not None
        try:
            fcntl.flock(self._fd, kind | fcntl.LOCK_NB)
            return True
        except OSError as error:
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise

    def _write_pid(self) -> None:
        assert self._held is not None
        try:
            if os.fstat(self._held).st_nlink > 1:  # a hard link: its other name (the database?) keeps its bytes
                return
            data = f"{os.getpid()}\n".encode("ascii")
            if os.pread(self._held, 64, 0) != data:  # unchanged since our last write: no write
                os.ftruncate(self._held, 0)
                os.pwrite(self._held, data, 0)
        except OSError:
            pass  # the pid is only a courtesy for error messages

    def _busy_message(self) -> str:
        pid = self.holder()
        database = display_path(self.path.with_suffix(''))
        holders = flock_holders(self.path)  # the pid is the last writer's, who may have let go since
        if pid and pid != os.getpid() and _running(pid) and (holders is None or pid in holders):
            return f"{database} is busy: another reader (pid {pid}) is writing to it; try again"
        # The pid is the last writer's: this process's own, or one that has ended, so the lock is
        # held by something that wrote no pid (another program, or a copy of reader in this process).
        return f"{database} is busy: another program holds its lock file ({display_path(self.path)}); try again"


def lock_busy(path: Path) -> str:
    """Why the lock ``path`` cannot be taken right now (the one-line busy message), or "" when it can.

    A look only: the lock is taken without waiting and let go at once. A lock file that is absent
    or cannot be opened is "" here; opening the store says what is wrong with it.
    """
    probe = FileLock(path)
    try:
        probe.open(create=False)
        if probe._try(fcntl.LOCK_EX):
            return ""
        return probe._busy_message().removesuffix("; try again")
    except (OSError, StoreError):
        return ""
    finally:
        probe.close()


def flock_holders(path: Path) -> set[int] | None:
    """The pids holding a ``flock`` on ``path`` as Linux lists them in /proc/locks (None when that
    cannot be told: no such file, or no line for this file, as on some overlay file systems)."""
    try:
        found = os.stat(path)
        table = Path("/proc/locks").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    where = f"{os.major(found.st_dev):02x}:{os.minor(found.st_dev):02x}:{found.st_ino}"
    holders = set()
    for line in table.splitlines():
        fields = line.split()  # "1: FLOCK  ADVISORY  WRITE 8945 fe:00:2146659 0 EOF"; waiters have "->"
        if len(fields) >= 6 and fields[1] == "FLOCK" and fields[5] == where and fields[4].isdigit():
            holders.add(int(fields[4]))
    return holders or None


def _running(pid: int) -> bool:
    """True when a process ``pid`` exists (one of another user's counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True
