"""``-o`` writes over an earlier CSV export (its columns then or now), never over a sheet a
reporter added a column of their own to: that is their work (attack27)."""

from __future__ import annotations

from pathlib import Path

from reader.cli import main

STORY = " date 2025-01-02 Byrådet mødes\n\nAarhus. Byrådet mødes.\n\n- Det er vigtigt, siger borgmester Anna Berg.\n"
SHEET = ("article_id,title,date,source,byline,link,quote,speaker,role,affiliation,speaker_set_by_hand,"
         "state,checked_text,checked_speaker,start,end,kind")
NOTES = "article_id,title,date,source,tags,label,note,exact,start,end,status,created,updated,kind,speaker"


def _lib(tmp_path: Path) -> tuple[str, str]:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "kort.txt").write_text(STORY, encoding="utf-8")
    return str(lib), str(tmp_path / "db" / "reader.json")


def test_a_sheet_with_a_column_of_the_reporters_own_is_not_written_over(tmp_path: Path, capsys):
    lib, db = _lib(tmp_path)
    for header, options in ((SHEET + ",url,comment", ["--quotes"]), (SHEET + ",comment", ["--quotes"]),
                            (NOTES + ",comment", [])):
        mine = tmp_path / "mine.csv"
        mine.write_text("\ufeff" + header + "\r\nx,Ring borgmesteren i morgen\r\n", encoding="utf-8")
        capsys.readouterr()
        assert main(["export", lib, "--db", db, *options, "--format", "csv", "-o", str(mine)]) == 2
        assert "not overwriting" in capsys.readouterr().err
        assert "Ring borgmesteren i morgen" in mine.read_text(encoding="utf-8")


def test_earlier_exports_old_and_new_are_still_written_over(tmp_path: Path):
    lib, db = _lib(tmp_path)
    for header, options in ((SHEET, ["--quotes"]), (SHEET + ",url", ["--quotes"]), (NOTES, []),
                            (NOTES + ",role,affiliation,speaker_set_by_hand,quote_state,byline,link", [])):
        old = tmp_path / "old.csv"
        old.write_text("\ufeff" + header + "\r\n", encoding="utf-8")
        assert main(["export", lib, "--db", db, *options, "--format", "csv", "-o", str(old)]) == 0
        assert old.read_text(encoding="utf-8-sig").splitlines()[0].endswith(",url")
