"""An analysis that fails on an article's text (a bug the text finds) is one line naming the file
in `reader analyze`, `reader index` and `reader quotes`: no traceback, no "internal error", and the
other commands' work goes on (the file is still indexed, searchable by its words)."""

from __future__ import annotations

from pathlib import Path

import pytest

import reader.analysis.pipeline as pipeline
from reader.cli import main

STORY = ("Harbour staff stop work in Tolby\n\n"
         "Crane drivers at the Tolby harbour stopped work on Tuesday morning.\n\n"
         '"We have waited two years for this," said union steward Vera Holt.\n')


def _boom(*args, **kwargs):
    raise TypeError("'NoneType' object is not subscriptable")


@pytest.fixture
def failing(monkeypatch, tmp_path: Path) -> Path:
    monkeypatch.setattr(pipeline, "analyze", _boom)
    monkeypatch.setenv("READER_DB", str(tmp_path / "db" / "reader.json"))
    folder = tmp_path / "lib"
    folder.mkdir()
    path = folder / "tolby-harbour.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def _said(err: str, path: Path) -> list[str]:
    assert "Traceback" not in err and "internal error" not in err
    return [line for line in err.splitlines() if "analysis failed" in line]


def test_analyze_names_the_file(failing: Path, capsys) -> None:
    code = main(["analyze", str(failing)])
    err = capsys.readouterr().err
    lines = _said(err, failing)
    assert code == 2 and len(lines) == 1 and str(failing) in lines[0] and "TypeError" in lines[0]


def test_analyze_stdin_says_stdin(failing: Path, capsys, monkeypatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(STORY.encode())))
    code = main(["analyze", "--raw", "-"])
    lines = _said(capsys.readouterr().err, failing)
    assert code == 2 and len(lines) == 1 and lines[0].startswith("reader: error: stdin:")


def test_index_names_the_file_and_indexes_it(failing: Path, capsys) -> None:
    code = main(["index", "--workers", "1", str(failing.parent)])
    err = capsys.readouterr().err
    lines = _said(err, failing)
    assert code == 0 and len(lines) == 1 and str(failing) in lines[0]
    assert "1 article indexed" in err


def test_quotes_names_the_file(failing: Path, capsys) -> None:
    code = main(["quotes", str(failing)])
    lines = _said(capsys.readouterr().err, failing)
    assert code == 0 and len(lines) == 1 and str(failing) in lines[0]
