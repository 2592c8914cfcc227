"""``reader list``, ``export`` and ``tag --in`` take unchanged files from the library index: the
same output as parsing every file, with only the new, changed and untrusted files parsed."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from reader.anchoring import make_anchor
from reader.cli import main
from reader.library import load_articles, scanner
from reader.store import open_store

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"
TWIN = "Title: Havnen lukker for vinteren\nDate: 2025-01-03\nSource: Ritzau\n\nHavnen i Skagen lukker. Det siger havnefogeden.\n"


@pytest.fixture
def library(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    """A folder indexed, tagged and noted, then changed: a file edited, one deleted, one added."""
    lib = tmp_path / "lib"
    (lib / "sub").mkdir(parents=True)
    for name in ("da-01-kommune-budget.txt", "da-06-bro-limfjorden.md", "en-05-museum-reopening.html",
                 "mix-01-korte-nyheder.json", "en-01-port-strike.txt"):
        shutil.copy(SAMPLES / name, lib / name)
    (lib / "sub" / "twin-a.txt").write_text(TWIN, encoding="utf-8")  # one headline: ids told apart
    (lib / "sub" / "twin-b.txt").write_text(TWIN, encoding="utf-8")
    (lib / "empty.txt").write_bytes(b"")  # skipped
    db = tmp_path / "reader.json"
    monkeypatch.setenv("READER_DB", str(db))
    assert main(["index", str(lib), "--workers", "1"]) == 0
    noted = load_articles(lib / "en-01-port-strike.txt")[0]
    with open_store(db) as store:
        store.attach(noted)
        store.add_annotation(noted.id, make_anchor(noted.body, 4, 30), note="ring havnen")
        store.add_tags(noted.id, ["havn"])
    assert main(["tag", str(lib / "da-01-kommune-budget.txt"), "budget"]) == 0
    edited = lib / "da-06-bro-limfjorden.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Limfjorden", "Kattegat"), encoding="utf-8")
    info = edited.stat()
    os.utime(edited, ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))
    (lib / "en-05-museum-reopening.html").unlink()
    shutil.copy(SAMPLES / "en-02-council-housing.txt", lib / "new.txt")
    return lib, db


def _outputs(lib: Path, out: Path, capsys) -> dict[str, str]:
    """What list and export print (stdout, stderr, the files they write)."""
    runs = {
        "list": ["list", str(lib)], "json": ["list", "--json", str(lib)],
        "export": ["export", str(lib)], "export-json": ["export", "--format", "json", str(lib)],
        "tagged": ["export", "--tag", "budget", str(lib)],
        "csv": ["export", str(lib), "-o", str(out / "x.csv"), "--force"],
    }
    got = {}
    for name, argv in runs.items():
        capsys.readouterr()
        assert main(argv) == 0, name
        captured = capsys.readouterr()
        got[name] = captured.out + "\n--\n" + captured.err.replace(str(out), "OUT")
    got["csv-file"] = (out / "x.csv").read_text(encoding="utf-8")
    return got


def test_list_and_export_read_the_index_and_print_what_a_full_scan_prints(library, tmp_path, capsys, monkeypatch):
    lib, _db = library
    parsed: list[str] = []
    real = scanner._parse

    def counting(data, path, fmt, check=None):
        parsed.append(os.path.relpath(path, lib))
        return real(data, path, fmt, check)

    monkeypatch.setattr(scanner, "_parse", counting)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    indexed = _outputs(lib, tmp_path / "a", capsys)
    # only the edited and the new file, and the JSON file (the index keeps no problems of its records)
    assert set(parsed) == {"da-06-bro-limfjorden.md", "new.txt", "mix-01-korte-nyheder.json",
                           "en-01-port-strike.txt", "da-01-kommune-budget.txt"}  # + those with notes or tags
    assert parsed.count("da-06-bro-limfjorden.md") == len(indexed) - 1  # once a run: never the unchanged ones
    monkeypatch.setenv("READER_INDEX_DIR", str(tmp_path / "no-index"))  # no index: every file parsed
    parsed.clear()
    scanned = _outputs(lib, tmp_path / "b", capsys)
    assert "sub/twin-a.txt" in parsed and "en-05-museum-reopening.html" not in parsed
    assert not (tmp_path / "no-index").exists()  # list and export never make an index
    assert indexed == scanned
    rows = json.loads(indexed["json"].split("\n--\n")[0])["articles"]
    assert len({row["id"] for row in rows}) == len(rows) == 8
    assert "Kattegat" in indexed["list"] and "ring havnen" in indexed["export"]


def test_tag_in_a_folder_finds_the_id_from_the_index(library, capsys, monkeypatch):
    lib, db = library
    capsys.readouterr()
    assert main(["list", "--json", str(lib)]) == 0
    rows = json.loads(capsys.readouterr().out)["articles"]
    twin = next(row for row in rows if row["path"].endswith("twin-b.txt"))
    parsed: list[str] = []
    real = scanner._parse
    monkeypatch.setattr(scanner, "_parse", lambda data, path, *rest: parsed.append(path) or real(data, path, *rest))
    assert main(["tag", twin["id"], "skagen", "--in", str(lib)]) == 0
    assert str(lib / "sub" / "twin-a.txt") not in parsed  # read from the index
    assert main(["list", "--json", str(lib)]) == 0
    after = json.loads(capsys.readouterr().out)["articles"]
    assert [row["id"] for row in after if "skagen" in row["tags"]] == [twin["id"]]


def test_an_index_from_other_parsing_code_is_not_trusted(library, capsys, monkeypatch):
    lib, _db = library
    from reader.index import codestamp

    monkeypatch.setattr(codestamp, "stamps", lambda: {"parse_code": "other", "analysis_code": "other"})
    parsed: list[str] = []
    real = scanner._parse
    monkeypatch.setattr(scanner, "_parse", lambda data, path, *rest: parsed.append(path) or real(data, path, *rest))
    assert main(["list", str(lib)]) == 0
    assert str(lib / "sub" / "twin-a.txt") in parsed


def test_a_body_the_index_holds_differently_is_read_from_the_file(library):
    import sqlite3

    from reader.index.articles import IndexedArticle
    from reader.index.database import index_path_for
    from reader.workspace.indexed import scan_indexed

    lib, db = library
    scan = scan_indexed([str(lib)], str(db))
    listed = {a.path: a for a in scan.articles}
    budget = listed[str(lib / "da-01-kommune-budget.txt")]
    strike = listed[str(lib / "en-01-port-strike.txt")]
    assert isinstance(budget, IndexedArticle) and not budget.loaded
    with sqlite3.connect(index_path_for(db)) as conn:  # as if re-indexed from another text meanwhile
        conn.execute("UPDATE fts SET body = 'something else' WHERE rowid = ?", (budget.rowid,))
    assert budget.body == load_articles(lib / "da-01-kommune-budget.txt")[0].body
    assert strike.body == load_articles(lib / "en-01-port-strike.txt")[0].body  # as indexed
