"""Simulated power loss for the store, in the manner of SQLite's crash tests.

``Recorder`` stands in for ``reader.store.fsops.ops``: it performs every operation for real
(so the store runs as usual) and keeps a model of what the disk would hold after a power
loss at that moment:

* a file's data is durable only up to its last fsync; what was written since may be lost
  (``dropped``), all there (``kept``) or cut anywhere (``torn``: half the writes since the
  fsync, the next one cut in half);
* a name created, renamed, linked or removed in a folder is durable only once that folder
  was fsynced; before that the names may show any prefix of the changes since (all undone,
  the first few done, all done) or all of them but one (no order is promised without the
  fsync); a rename is one change, so it is whole or not at all.

After every operation ``images()`` lists the distinct disk contents a crash could leave;
``materialize`` writes one into an empty folder, where the test opens the database.

``skip`` names fsync sites (``fsops.SITES``) to treat as missing, to show the check catches it.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from reader.store.fsops import RealOps

DIR = "<dir>"


@dataclass
class FileModel:
    """One inode: what an fsync made durable, and the writes since."""

    synced: bytes = b""
    pending: list[tuple[str, int, bytes]] = field(default_factory=list)  # ("write", offset, data) / ("trunc", n, b"")
    _key: tuple | None = field(default=None, repr=False, compare=False)
    _variants: tuple[list[bytes], list[bytes]] = field(default=([], []), repr=False, compare=False)

    def data(self, upto: int | None = None, cut_last: bool = False) -> bytes:
        buf = bytearray(self.synced)
        ops = self.pending if upto is None else self.pending[:upto]
        for n, (kind, offset, data) in enumerate(ops):
            if cut_last and n == len(ops) - 1 and kind == "write":
                data = data[: len(data) // 2]
            if kind == "trunc":
                del buf[offset:]
                continue
            if len(buf) < offset:
                buf.extend(b"\0" * (offset - len(buf)))
            buf[offset:offset + len(data)] = data
        return bytes(buf)

    def variants(self) -> list[bytes]:
        """What a crash may leave of this file: dropped, kept, torn."""
        return self._cached()[0]

    def digests(self) -> list[bytes]:
        """The SHA-1 of each of ``variants()``."""
        return self._cached()[1]

    def _cached(self) -> tuple[list[bytes], list[bytes]]:
        # Rebuilt only when the file changed: ``pending`` is only appended to, or replaced with
        # ``synced`` at an fsync; the cache holds both objects, so ``is`` cannot match a new one.
        key = self._key
        if key is None or key[0] is not self.synced or key[1] is not self.pending or key[2] != len(self.pending):
            if not self.pending:
                variants = [self.synced]
            else:
                half = len(self.pending) // 2 + 1
                variants = [self.synced, self.data(), self.data(half, cut_last=True)]
            self._key = (self.synced, self.pending, len(self.pending))
            self._variants = (variants, [hashlib.sha1(v).digest() for v in variants])
        return self._variants

    def size(self) -> int:
        """The length of ``data()``."""
        return len(self.variants()[1 if self.pending else 0])


Image = dict[str, bytes | None]  # relative path -> bytes (None: a folder)


class Recorder(RealOps):
    """Performs the store's file operations and models their durability."""

    def __init__(self, root: Path, skip: frozenset[str] = frozenset()) -> None:
        self.root = str(root)
        self.skip = skip
        self.current: dict[str, object] = {}  # path -> inode number, or DIR
        self.durable: dict[str, object] = {}
        self.log: list[dict[str, object]] = []  # folder changes not yet fsynced, in order (None: removed)
        self.files: dict[int, FileModel] = {}
        self.fds: dict[int, tuple[int, bool]] = {}  # fd -> (inode, append)
        self.pos: dict[int, int] = {}
        self._next_ino = 1
        self.steps = 0
        self.sites_used: set[str] = set()
        self.on_step: list = []  # callbacks run after every operation

    # -- operations -------------------------------------------------------------------------

    def _inside(self, path: str) -> bool:
        return path == self.root or path.startswith(self.root + os.sep)

    def _step(self) -> None:
        self.steps += 1
        for callback in self.on_step:
            callback()

    def open(self, path: str, flags: int, mode: int) -> int:
        existed = os.path.exists(path)
        fd = super().open(path, flags, mode)
        if not self._inside(path):
            return fd
        if not existed or path not in self.current:
            ino = self._next_ino
            self._next_ino += 1
            self.files[ino] = FileModel()
            self._change({path: ino})
            created = True
        else:
            ino = self.current[path]  # type: ignore[assignment]
            created = False
        self.fds[fd] = (ino, bool(flags & os.O_APPEND))
        self.pos[fd] = 0
        if created:
            self._step()
        return fd

    def close(self, fd: int) -> None:
        super().close(fd)
        self.fds.pop(fd, None)

    def write(self, fd: int, data: memoryview | bytes) -> int:
        written = super().write(fd, data)
        known = self.fds.get(fd)
        if known is not None:
            ino, append = known
            model = self.files[ino]
            offset = model.size() if append else self.pos[fd]
            model.pending.append(("write", offset, bytes(data[:written])))
            self.pos[fd] = offset + written
            self._step()
        return written

    def pwrite(self, fd: int, data: memoryview | bytes, offset: int) -> int:
        written = super().pwrite(fd, data, offset)
        known = self.fds.get(fd)
        if known is not None:
            self.files[known[0]].pending.append(("write", offset, bytes(data[:written])))
            self._step()
        return written

    def truncate(self, fd: int, length: int) -> None:
        super().truncate(fd, length)
        known = self.fds.get(fd)
        if known is not None:
            self.files[known[0]].pending.append(("trunc", length, b""))
            self._step()

    def fsync(self, fd: int, site: str) -> None:
        super().fsync(fd, site)
        self.sites_used.add(site)
        known = self.fds.get(fd)
        if known is not None and site not in self.skip:
            model = self.files[known[0]]
            model.synced, model.pending = model.data(), []
            self._step()

    def fsync_dir(self, folder: str, site: str) -> None:
        super().fsync_dir(folder, site)
        self.sites_used.add(site)
        if site in self.skip or not self._inside(folder):
            return
        kept: list[dict[str, object]] = []
        for entry in self.log:
            rest = {}
            for path, value in entry.items():
                if os.path.dirname(path) == folder:
                    _set(self.durable, path, value)
                else:
                    rest[path] = value
            if rest:
                kept.append(rest)
        self.log = kept
        self._step()

    def _change(self, changes: dict[str, object]) -> None:
        for path, value in changes.items():
            _set(self.current, path, value)
        self.log.append(changes)

    def replace(self, src: str, dst: str) -> None:
        super().replace(src, dst)
        if self._inside(dst):
            self._change({dst: self.current[src], src: None})
            self._step()

    def link(self, src: str, dst: str) -> None:
        super().link(src, dst)
        if self._inside(dst):
            self._change({dst: self.current[src]})
            self._step()

    def unlink(self, path: str) -> None:
        super().unlink(path)
        if self._inside(path):
            self._change({path: None})
            self._step()

    def mkdir(self, path: str, mode: int) -> None:
        super().mkdir(path, mode)
        if self._inside(path):
            self._change({path: DIR})
            self._step()

    # -- what a crash now could leave ---------------------------------------------------------

    def _names(self) -> list[dict[str, object]]:
        """Folder states a crash may leave: the durable names plus each prefix of the changes
        since, or plus all of them but one."""
        states = [dict(self.durable)]
        for entry in self.log:
            state = dict(states[-1])
            for path, value in entry.items():
                _set(state, path, value)
            states.append(state)
        if len(self.log) > 1:
            for left_out in range(len(self.log) - 1):
                state = dict(self.durable)
                for n, entry in enumerate(self.log):
                    if n != left_out:
                        for path, value in entry.items():
                            _set(state, path, value)
                states.append(state)
        return states

    def images(self) -> list[Image]:
        """The distinct disk contents a power loss right now could leave."""
        return list(self.keyed_images().values())

    def keyed_images(self) -> dict[str, Image]:
        """``images()`` by their ``fingerprint``: each file's digest is taken once, not per image,
        and a choice of variant that cannot change the image (no file with several) is not built."""
        found: dict[str, Image] = {}
        rels: dict[str, str] = {}
        for names in self._names():
            entries: list[tuple[str, FileModel | None]] = []
            for path, ino in names.items():
                parent = os.path.dirname(path)
                if parent != self.root and names.get(parent) is not DIR:
                    continue  # its folder did not survive
                rel = rels.get(path)
                if rel is None:
                    rel = rels[path] = os.path.relpath(path, self.root)
                entries.append((rel, None if ino is DIR else self.files[ino]))  # type: ignore[index]
            shape: Image = {rel: None if model is None else b"" for rel, model in entries}
            entries = [(rel, model) for rel, model in entries if _reachable(rel, shape)]
            widest = max((len(model.variants()) for _, model in entries if model is not None), default=1)
            for choice in range(min(3, widest)):
                image: Image = {}
                digests: dict[str, bytes | None] = {}
                for rel, model in entries:
                    if model is None:
                        image[rel] = digests[rel] = None
                    else:
                        variants, sums = model.variants(), model.digests()
                        pick = min(choice, len(variants) - 1)
                        image[rel], digests[rel] = variants[pick], sums[pick]
                found.setdefault(_fingerprint(digests), image)
        return found


def _set(names: dict[str, object], path: str, value: object) -> None:
    if value is None:
        names.pop(path, None)
    else:
        names[path] = value


def _reachable(rel: str, image: Image) -> bool:
    parent = os.path.dirname(rel)
    while parent:
        if image.get(parent, b"") is not None:
            return False
        parent = os.path.dirname(parent)
    return True


def fingerprint(image: Image) -> str:
    return _fingerprint({rel: None if data is None else hashlib.sha1(data).digest() for rel, data in image.items()})


def _fingerprint(digests: dict[str, bytes | None]) -> str:
    """``fingerprint`` from each file's SHA-1 (None: a folder)."""
    digest = hashlib.sha1()
    for rel in sorted(digests):
        data = digests[rel]
        digest.update(rel.encode() + b"\0" + (b"<dir>" if data is None else data))
    return digest.hexdigest()


def materialize(image: Image, root: Path) -> None:
    """Write a crash image into the empty folder ``root``."""
    for rel in sorted(image, key=lambda r: r.count(os.sep)):
        data = image[rel]
        target = root / rel
        if data is None:
            target.mkdir(exist_ok=True)
        else:
            target.write_bytes(data)
