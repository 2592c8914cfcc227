"""``reader index`` and ``reader search`` from the shell."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "db" / "reader.json"


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    shutil.copytree(SAMPLES, folder)
    return folder


def search_json(capsys, *args) -> dict:
    capsys.readouterr()
    assert main(["search", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_index_reports_progress_and_a_summary(lib, db, capsys):
    assert main(["index", str(lib), "--db", str(db), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "reading 12 of 12 files" in err  # each file analysed as it is read (one FTS write a row)
    assert "13 articles indexed" in err and "13 analysed" in err
    assert main(["index", str(lib), "--db", str(db), "--workers", "1"]) == 0
    assert "0 files read" in capsys.readouterr().err


def test_search_json_ids_match_reader_list(lib, db, capsys):
    main(["list", str(lib), "--db", str(db), "--json"])
    listed = {a["path"]: a["id"] for a in json.loads(capsys.readouterr().out)["articles"]}
    data = search_json(capsys, "borgmester", str(lib), "--db", str(db))
    assert data["hits"] and data["problems"] == []
    for hit in data["hits"]:
        assert listed[hit["path"]] == hit["id"]
        assert any(hit["snippet"][s:e].lower() == "borgmester" for s, e in hit["hits"])


def test_search_finds_tags_and_notes_from_the_database(lib, db, capsys):
    target = lib / "en-01-port-strike.txt"
    assert main(["tag", str(target), "harbour-watch", "--db", str(db)]) == 0
    data = search_json(capsys, "tag:harbour-watch", str(lib), "--db", str(db))
    assert [Path(h["path"]).name for h in data["hits"]] == ["en-01-port-strike.txt"]
    assert main(["tag", str(lib / "da-01-kommune-budget.txt"), "harbour-watch", "--db", str(db)]) == 0
    data = search_json(capsys, "tag:harbour-watch", "--db", str(db))  # no PATH: the whole index
    assert sorted(Path(h["path"]).name for h in data["hits"]) == ["da-01-kommune-budget.txt", "en-01-port-strike.txt"]
    assert main(["tag", str(lib / "da-01-kommune-budget.txt"), "harbour-watch", "--remove", "--db", str(db)]) == 0
    assert main(["tag", str(target), "harbour-watch", "--remove", "--db", str(db)]) == 0
    assert search_json(capsys, "tag:harbour-watch", str(lib), "--db", str(db))["hits"] == []


def test_search_limit_paths_and_plain_output(lib, db, capsys, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text("Borgmester i Ribe\n\nRibe. Borgmesteren siger nej.\n", encoding="utf-8")
    main(["index", str(lib), str(other), "--db", str(db), "--workers", "1"])
    assert len(search_json(capsys, "borgmester", str(other), "--db", str(db))["hits"]) == 1
    assert len(search_json(capsys, "borgmester", "--db", str(db), "--limit", "1")["hits"]) == 1
    capsys.readouterr()
    assert main(["search", "borgmester", str(other), "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith(str(other / "x.txt")) and "*Borgmesteren*" in out[1]  # the inflected form, by its stem


def test_numbers_too_large_for_sqlite_or_the_machine_are_no_internal_error(lib, db, capsys, monkeypatch):
    from reader.index.catalog import LibraryIndex

    asked: list[int] = []
    real = LibraryIndex.sync

    def sync(self, paths, progress=None, *, workers=1, **kwargs):
        asked.append(workers)
        return real(self, paths, progress, workers=1, **kwargs)  # the test starts no processes

    monkeypatch.setattr(LibraryIndex, "sync", sync)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert main(["index", str(lib), "--db", str(db), "--workers", "99999999999999999999"]) == 0
    assert asked == [8] and "using 8 (4 per core)" in capsys.readouterr().err
    assert main(["search", "borgmester", "--db", str(db), "--limit", "99999999999999999999", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["hits"] and "internal error" not in err


def test_bad_query_gives_a_message_not_an_error(lib, db, capsys):
    assert main(["search", '"port strike colour:red', str(lib), "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "not closed" in err and "unknown filter colour:" in err
    assert "Traceback" not in err and "internal error" not in err


def test_search_of_an_empty_index_says_how_to_fill_it(db, capsys):
    assert main(["search", "anything", "--db", str(db)]) == 0
    assert "reader index" in capsys.readouterr().err


def test_missing_path_is_a_clear_error(db, capsys, tmp_path):
    assert main(["search", "x", str(tmp_path / "nope"), "--db", str(db)]) == 2
    assert "no such file or directory" in capsys.readouterr().err


def test_twin_stories_get_the_ids_reader_list_gives(tmp_path, db, capsys):
    folder = tmp_path / "twins"
    folder.mkdir()
    story = "date 2024-03-01 Havnen lukker\n\nRibe. Havnen lukker for vinteren, siger havnefogeden.\n\n/ritzau/\n"
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(story, encoding="utf-8")
    main(["list", str(folder), "--db", str(db), "--json"])
    listed = {a["path"]: a["id"] for a in json.loads(capsys.readouterr().out)["articles"]}
    assert len(set(listed.values())) == 3
    hits = search_json(capsys, "havnen", str(folder), "--db", str(db))["hits"]
    assert {h["path"]: h["id"] for h in hits} == listed


def test_a_query_that_starts_with_a_minus_is_a_query(lib, db, capsys):
    """``reader search -tag:x PATH`` excludes, as in the app; it is not taken for an unknown option."""
    target = lib / "en-01-port-strike.txt"
    assert main(["tag", str(target), "harbour-watch", "--db", str(db)]) == 0
    left = search_json(capsys, "-tag:harbour-watch", str(lib), "--db", str(db), "--limit=50")["hits"]
    assert "en-01-port-strike.txt" not in {Path(h["path"]).name for h in left}
    assert len(left) == 12  # the sample library's 13 articles but one
    capsys.readouterr()
    assert main(["search", "--json", "--db", str(db), "--limit", "50", "--", "-tag:harbour-watch", str(lib)]) == 0
    assert json.loads(capsys.readouterr().out)["hits"] == left


def test_speaker_filter_follows_the_journalists_merges(lib, db, capsys):
    """Merged on the Speakers screen, two names are one speaker for ``speaker:`` too; kept apart
    again, they are two."""
    from reader.store import open_store

    def found(query: str) -> set[str]:
        return {Path(h["path"]).name for h in search_json(capsys, query, str(lib), "--db", str(db))["hits"]}

    haddad, aagaard = found('speaker:"Amira Haddad"'), found('speaker:"Birthe Aagaard"')
    assert haddad and aagaard and not haddad & aagaard
    with open_store(db) as store:
        store.set_speaker_overrides({"Birthe Aagaard": "Amira Haddad"})
    assert found('speaker:"Amira Haddad"') == haddad | aagaard
    assert found('-speaker:"Amira Haddad" speaker:Aagaard') == set()
    with open_store(db) as store:
        store.set_speaker_overrides({"Birthe Aagaard": "Birthe Aagaard"})
    assert found('speaker:"Amira Haddad"') == haddad


def test_search_without_a_query_or_with_the_path_first_says_what_to_do(lib, db, capsys):
    capsys.readouterr()
    assert main(["search", "--db", str(db)]) == 2
    assert "nothing to search for: reader search QUERY" in capsys.readouterr().err
    assert main(["search", "", str(lib), "--db", str(db)]) == 2
    assert "nothing to search for" in capsys.readouterr().err
    assert main(["search", str(lib), "tag:x", "--db", str(db)]) == 2
    assert "(the query comes first: reader search 'tag:x'" in capsys.readouterr().err


def test_only_a_speaker_query_reads_the_quote_records(lib, db, capsys, monkeypatch):
    """Matching the speakers set by hand reads every article's quote records (a second at
    100,000 articles); ``reader search`` does it only for a query with ``speaker:``."""
    from reader.index.query import parse_query
    from reader.workspace import who

    assert parse_query('speaker:"Jens Hansen" -tag:x havn').keys == {"speaker", "tag"}
    assert main(["index", str(lib), "--db", str(db), "--workers", "1"]) == 0
    calls = []
    monkeypatch.setattr(who, "sync_hand_speakers", lambda index, store: calls.append(1) or 0)
    assert search_json(capsys, "borgmester", "--db", str(db))["hits"]
    assert search_json(capsys, '"havnen" tag:x', "--db", str(db))["hits"] == []
    assert calls == []
    search_json(capsys, "speaker:hansen", "--db", str(db))
    assert calls == [1]


def test_a_folder_that_cannot_be_read_is_named_and_counted_as_list_does(lib, db, capsys, monkeypatch):
    """A folder the walk cannot open (no permission, a name too long) was passed over in silence by
    ``reader index`` while ``reader list`` named it: both name it now, and count it."""
    import os

    locked = lib / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text(" date 2024-01 Inside\n\nText.\n", encoding="utf-8")
    scandir = os.scandir

    def refusing(path=".", *args):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path, *args)

    monkeypatch.setattr(os, "scandir", refusing)
    capsys.readouterr()
    assert main(["index", str(lib), "--db", str(db), "--workers", "1"]) == 0
    index_err = capsys.readouterr().err
    assert f"reader: skipped {locked}: folder not read: permission denied" in index_err
    assert main(["list", str(lib), "--db", str(db)]) == 0
    list_err = capsys.readouterr().err
    counted = list_err.strip().splitlines()[-1].split(", ")[-1]  # "1 skipped"
    assert f"{counted});" in index_err
