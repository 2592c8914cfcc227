"""Bad conditions: disk full, read-only file systems, permission denied. One line, nothing lost."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.errors import ReaderError, ReadOnlyStoreError, StoreError
from reader.model import Anchor
from reader.store import NotWritableError, Store, open_store
from store_helpers.tmpfs import IS_ROOT, mounted_tmpfs

ROOT = Path(__file__).resolve().parents[2]


def state(store: Store) -> tuple:
    return (store.all_tags(), store.annotation_counts(), {a: store.tags(a) for a in ("a", "b")},
            store.can_undo, store.can_redo, [n.note for n in store.annotations("a")])


def fail_with(monkeypatch: pytest.MonkeyPatch, name: str, code: int = errno.ENOSPC) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, name, broken)


@pytest.mark.parametrize("call", ["write", "fsync"])
def test_disk_full_during_a_save(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: str) -> None:
    db = tmp_path / "reader.json"
    store = open_store(db)
    store.add_tags("a", ["kept"])
    store.add_annotation("a", Anchor(0, 1, "x"), note="kept")
    before = state(store)
    with monkeypatch.context() as patch:
        fail_with(patch, call)
        if call == "fsync":  # a journal append syncs with fdatasync (its data and length)
            fail_with(patch, "fdatasync")
        if call == "write":  # a journal entry is written over the room of zeros made ahead
            fail_with(patch, "pwrite")
        for action in (lambda: store.add_tags("a", ["lost"]),
                       lambda: store.add_annotation("a", Anchor(0, 1, "x"), note="lost"),
                       store.undo,
                       lambda: store.set_state("k", 1)):
            with pytest.raises(StoreError) as caught:
                action()
            assert str(caught.value).startswith("disk full while saving")
            assert "reader.json" in str(caught.value) and "\n" not in str(caught.value)
            assert state(store) == before  # memory is what the disk holds
    store.add_tags("b", ["later"])  # space again: carries on
    store.close()
    with open_store(db) as again:
        assert again.tags("a") == ("kept",) and again.tags("b") == ("later",)
        assert [n.note for n in again.annotations("a")] == ["kept"]


def test_disk_full_during_compaction_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "reader.json"
    store = open_store(db)
    store.add_tags("a", ["one"])
    with monkeypatch.context() as patch:
        real_replace = os.replace

        def no_space(src: str, dst: str) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        patch.setattr(os, "replace", no_space)
        store.close()  # compaction fails quietly; the journal still holds the change
        assert real_replace is not None
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]
    with open_store(db) as again:
        assert again.tags("a") == ("one",)


def test_permission_denied_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "reader.json"
    open_store(db).close()
    real_open = os.open

    def denied(path: object, *args: object, **kwargs: object) -> int:
        if str(path) == str(db):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(StoreError) as caught:
        open_store(db)
    assert str(caught.value) == f"permission denied: {db}" or str(caught.value).startswith("permission denied: ")


@pytest.mark.skipif(not IS_ROOT or not shutil.which("setpriv"), reason="needs root to switch to another user")
def test_permission_denied_for_another_user(tmp_path: Path) -> None:
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    db = private / "reader.json"
    open_store(db).close()
    os.chmod(tmp_path, 0o755)
    code = ("import sys\nfrom reader.errors import ReaderError\nfrom reader.store import open_store\n"
            "try:\n    open_store(sys.argv[1])\nexcept ReaderError as e:\n    print(type(e).__name__, e)\n")
    result = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c", code, str(db)],
        capture_output=True, text=True, cwd="/", env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60,
    )
    assert result.stdout.startswith("NotWritableError permission denied:"), result.stdout + result.stderr
    assert result.stderr == ""


@pytest.mark.skipif(IS_ROOT, reason="root ignores folder permissions (the tmpfs test covers it)")
def test_read_only_folder_without_root(tmp_path: Path) -> None:
    db = tmp_path / "ro" / "reader.json"
    open_store(db).close()
    os.chmod(db.parent, 0o500)
    try:
        with pytest.raises(StoreError) as caught:
            open_store(db)
        assert "\n" not in str(caught.value)
        with open_store(db, readonly=True) as store:
            assert store.all_tags() == {}
    finally:
        os.chmod(db.parent, 0o700)


@pytest.fixture
def tiny_tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 256 KiB tmpfs mounted for the test (needs root and mount permission)."""
    with mounted_tmpfs(tmp_path / "tiny", "256k") as mount_point:
        yield mount_point


def test_really_full_disk(tiny_tmpfs: Path) -> None:
    db = tiny_tmpfs / "reader.json"
    acknowledged = []
    store = open_store(db)
    error = None
    for i in range(2000):
        try:
            store.add_annotation("a", Anchor(0, 1, "x"), note=f"{i:05d} " + "æ" * 2000)
        except ReaderError as caught:
            error = caught
            break
        acknowledged.append(f"{i:05d}")
    assert error is not None and str(error).startswith("disk full while saving")
    assert {n.note[:5] for n in store.annotations("a")} == set(acknowledged)
    store.close()
    with open_store(db, readonly=True) as again:
        assert {n.note[:5] for n in again.annotations("a")} == set(acknowledged)


def test_read_only_file_system(tiny_tmpfs: Path) -> None:
    db = tiny_tmpfs / "reader.json"
    with open_store(db) as store:
        store.add_tags("a", ["x"])
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_tmpfs)], check=True)
    with pytest.raises(NotWritableError) as caught:
        open_store(db)
    assert "read-only" in str(caught.value) and "\n" not in str(caught.value)
    with open_store(db, readonly=True) as store:
        assert store.tags("a") == ("x",)
    with open_store(db, fallback_readonly=True) as store:
        assert store.readonly and "read-only file system" in store.readonly_reason
        assert store.tags("a") == ("x",)
        with pytest.raises(ReadOnlyStoreError):
            store.add_tags("a", ["y"])


_READ_ONLY_CODE = """
import sys
from reader.errors import ReaderError
from reader.store import NotWritableError, open_store
try:
    store = open_store(sys.argv[1])
    store.add_tags("a", ["written"])
    store.close()
    print("written")
except NotWritableError as e:
    print("NotWritableError", e)
with open_store(sys.argv[1], fallback_readonly=True) as store:
    print("fallback", store.readonly, store.tags("a"), store.readonly_reason)
"""


def test_a_read_only_database_file_is_never_replaced(tmp_path: Path) -> None:
    """chmod 444 on the database, in a folder the user may write (attack14): once, a save
    renamed a new file over it (and its mode became 0600)."""
    folder = Path(tempfile.mkdtemp(prefix="ro-db-", dir="/dev/shm" if os.access("/dev/shm", os.W_OK) else None))
    try:
        os.chmod(folder, 0o777)
        db = folder / "reader.json"
        with open_store(db) as store:
            store.add_tags("a", ["kept"])
        for path in folder.rglob("*"):
            os.chown(path, 65534, 65534) if IS_ROOT else None
        os.chmod(db, 0o444)
        kept = db.read_bytes()
        if IS_ROOT:
            if not shutil.which("setpriv"):
                pytest.skip("needs setpriv to switch to another user")
            run = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]
        else:
            run = [sys.executable]
        result = subprocess.run([*run, "-c", _READ_ONLY_CODE, str(db)], capture_output=True, text=True,
                                cwd="/", env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
        lines = result.stdout.splitlines()
        assert result.stderr == "" and len(lines) == 2, result.stdout + result.stderr
        assert lines[0].startswith("NotWritableError ") and "read-only" in lines[0]
        assert lines[1].startswith("fallback True ('kept',) ")
        assert db.read_bytes() == kept and (os.stat(db).st_mode & 0o777) == 0o444
    finally:
        shutil.rmtree(folder, ignore_errors=True)


_DOCTOR_CODE = """
import sys
from pathlib import Path
from reader.store.check import inspect
report = inspect(Path(sys.argv[1]))
print(len(report.unreadable), *report.problems, sep="\\n")
"""


@pytest.mark.parametrize("what", ["file", "folder"])
def test_doctor_names_a_database_that_cannot_be_written(tmp_path: Path, what: str) -> None:
    """doctor said `status ok` for a 444 database file and for a 0555 folder without a lock file,
    though every save was refused (attack14)."""
    folder = Path(tempfile.mkdtemp(prefix="ro-doctor-", dir="/dev/shm" if os.access("/dev/shm", os.W_OK) else None))
    try:
        os.chmod(folder, 0o755)
        db = folder / "data" / "reader.json"
        with open_store(db) as store:
            store.add_tags("a", ["kept"])
        (folder / "data" / "reader.json.lock").unlink()
        for path in [db.parent, *db.parent.rglob("*")]:
            os.chown(path, 65534, 65534) if IS_ROOT else None
        os.chmod(db if what == "file" else db.parent, 0o444 if what == "file" else 0o555)
        if IS_ROOT and not shutil.which("setpriv"):
            pytest.skip("needs setpriv to switch to another user")
        run = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if IS_ROOT else []
        result = subprocess.run([*run, sys.executable, "-c", _DOCTOR_CODE, str(db)], capture_output=True, text=True,
                                cwd="/", env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
        lines = result.stdout.splitlines()
        assert result.stderr == "" and lines and lines[0] == "1", result.stdout + result.stderr
        expected = "is read-only (its permissions)" if what == "file" else "cannot be written (permission denied)"
        assert expected in lines[1] and "nothing can be saved" in lines[1], lines
    finally:
        os.chmod(folder / "data", 0o755)
        shutil.rmtree(folder, ignore_errors=True)
