"""A file skipped as unreadable is read once it can be (review33).

Its permissions changed (chmod), its size and modification time did not, so the index, which
compares those, kept it "skipped: permission denied" in `reader index`, the app's list and its
search until the file itself was edited; `reader list`, which reads every file, showed it.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader.cli import main

_STORY = " date 2026-11-29 Havnebadet i Hobæk lukker for vinteren\n\nHobæk. Havnebadet lukker.\n\n/nordbureau/\n"


def test_a_file_that_could_not_be_read_is_read_at_the_next_index_once_it_can(tmp_path: Path, capsys, monkeypatch) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    story = lib / "havnebad.txt"
    story.write_text(_STORY, encoding="utf-8")
    db = tmp_path / "db" / "reader.json"
    opening = os.open

    def refusing(path, *args, **kwargs):  # tests run as root: a chmod 000 file would still open
        if os.fspath(path) == str(story):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return opening(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    assert main(["index", str(lib), "--db", str(db), "--workers", "1"]) == 0
    assert "permission denied" in capsys.readouterr().err
    monkeypatch.setattr(os, "open", opening)  # chmod 644: the same size and modification time
    assert main(["index", str(lib), "--db", str(db), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "permission denied" not in err and "0 skipped" in err
    assert "(1 file read, " in err  # not "1 files read"
    assert main(["search", "havnebadet", "--db", str(db)]) == 0
    assert "Havnebadet i Hobæk lukker for vinteren" in capsys.readouterr().out
