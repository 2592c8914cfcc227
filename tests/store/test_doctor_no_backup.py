"""A damaged database with no good backup: ``reader doctor`` said "run `reader doctor --repair`",
and --repair then said it cannot be repaired, leaving the reporter with no way on (review18: a
truncated file, its backups folder empty). Both now say what to do: move the file aside."""

from __future__ import annotations

from pathlib import Path

from reader.cli import main


def test_doctor_and_repair_say_what_to_do_without_a_good_backup(tmp_path: Path, capsys):
    db = tmp_path / "reader.json"
    db.write_text('{"_storage": {"1": {"format": 1', encoding="utf-8")  # cut short
    assert main(["doctor", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    status = next(line for line in out.splitlines() if line.startswith("status"))
    assert "no good backup" in status and "move the file aside" in status, out
    assert main(["doctor", "--repair", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "no good backup" in err and "move it aside" in err, err
    assert db.read_text(encoding="utf-8") == '{"_storage": {"1": {"format": 1'  # left as it was
