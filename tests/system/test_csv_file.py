"""A CSV export written to a file opens in a spreadsheet with its letters: it starts with a byte
order mark (Excel reads UTF-8 without one as the Windows code page), and it is still taken for
an earlier export the next time; standard output, read by programs, has no mark."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from reader.cli import main


def _tagged(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "wire æøå"
    folder.mkdir()
    story = folder / "ærø færge.txt"
    story.write_text(" date 2024-01-01 Færgen til Ærø sejler igen\n\nÆrøskøbing. Tekst.\n", encoding="utf-8")
    db = tmp_path / "db.json"
    assert main(["tag", str(story), "særlig", "--db", str(db)]) == 0
    return folder, db


def test_a_csv_file_starts_with_a_byte_order_mark_and_is_an_export_again(tmp_path, capsys):
    folder, db = _tagged(tmp_path)
    target = tmp_path / "noter.csv"
    assert main(["export", str(folder), "-o", str(target), "--db", str(db)]) == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0]["title"] == "Færgen til Ærø sejler igen" and rows[0]["tags"] == "særlig"
    assert rows[0]["link"] == "wire æøå/ærø færge.txt"
    # the second export replaces the first without --force: the mark does not hide what it is
    assert main(["export", str(folder), "-o", str(target), "--quotes", "--db", str(db)]) == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


def test_csv_on_standard_output_has_no_mark(tmp_path, capsys):
    folder, db = _tagged(tmp_path)
    capsys.readouterr()
    assert main(["export", str(folder), "--format", "csv", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("article_id,")
