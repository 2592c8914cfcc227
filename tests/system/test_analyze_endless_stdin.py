"""`reader analyze -` on a standard input that never ends (`< /dev/zero`, `yes | reader analyze -`)
refuses in one line at the size limit a file has, instead of reading until memory runs out."""

from __future__ import annotations

import io
import sys

from reader.cli import main


class _Endless(io.RawIOBase):
    """Like /dev/zero, but letters: every read gives all it asks for; a read without a size
    (until the end) would never return, so it fails the test instead."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 - a writable buffer
        buffer[:] = b"a" * len(buffer)
        return len(buffer)

    def readall(self) -> bytes:
        raise AssertionError("stdin was read to its end, which an endless stream never has")


def test_an_endless_stdin_is_refused_at_the_size_limit(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(_Endless())))
    code = main(["analyze", "-"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "stdin: too large: over the 20 MB limit" in err
