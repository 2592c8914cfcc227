"""Exports go through the store's one atomic writer (fsync of file and folder) and fail in one line."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from reader.errors import ReaderError, describe_os_error
from reader.fileio import write_text_atomic
from reader.store import fsops


class Recording(fsops.RealOps):
    """The real operations, with a list of what was asked."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def fsync(self, fd: int, site: str) -> None:
        self.calls.append("fsync")
        super().fsync(fd, site)

    def fsync_dir(self, folder: str, site: str) -> None:
        self.calls.append("fsync_dir")
        super().fsync_dir(folder, site)

    def replace(self, src: str, dst: str) -> None:
        self.calls.append("replace")
        super().replace(src, dst)


def test_an_export_is_written_durably_through_the_one_writer(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    with fsops.use(Recording()) as recording:
        write_text_atomic(target, "# Notes\n\nny tekst æøå\n")
    assert recording.calls == ["fsync", "replace", "fsync_dir"]
    assert target.read_text(encoding="utf-8") == "# Notes\n\nny tekst æøå\n"
    assert target.stat().st_mode & 0o777 == 0o640  # a replaced export keeps its permissions
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"]  # no temporary file left


def test_an_export_that_cannot_be_written_says_why_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(ReaderError) as raised:
        write_text_atomic(tmp_path / "missing" / "notes.md", "x")
    assert str(raised.value) == f"no such file or folder: {tmp_path / 'missing' / 'notes.md'}"


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "disk full while writing"), (errno.EACCES, "permission denied:"),
    (errno.EROFS, "read-only file system: cannot write"), (errno.EISDIR, "is a folder, not a file"),
])
def test_one_wording_for_operating_system_errors(code: int, words: str) -> None:
    message = describe_os_error(OSError(code, os.strerror(code), "/srv/x.md"))
    assert words in message and "/srv/x.md" in message and "\n" not in message


def test_a_link_is_written_through_and_a_pipe_or_device_is_never_replaced(tmp_path: Path) -> None:
    real = tmp_path / "drafts" / "notes.md"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "notes.md"
    link.symlink_to(real)
    assert write_text_atomic(link, "new") == link
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    with pytest.raises(ReaderError, match=r"pipe\.md is a named pipe \(FIFO\), not a file"):
        write_text_atomic(pipe, "x")
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["drafts", "notes.md", "pipe.md"]
