"""The library index: incremental sync, rebuild when damaged, and the search language."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from reader.index import LibraryIndex, parse_query
from reader.index.database import SCHEMA_VERSION

DA = """Nato-træningsmission i Irak får dansk bidrag

København. Danmark sender 50 soldater til en Nato-træningsmission i Irak.

- Det er et vigtigt bidrag til stabiliteten, siger forsvarsminister Troels Lund Poulsen.

Venstre bakker op om forslaget.

/ritzau/
"""
DA2 = """Kommunen bidrager med millioner til havnen

Aarhus. Aarhus Kommune bidrager med 40 millioner kroner til den nye havn.

- Bidraget er afgørende, siger borgmester Anders Winther.

/ritzau/
"""
EN = """Port strike ends after talks in Leeds

LEEDS (Meridian) - Dockworkers ended their strike on Tuesday after talks with the port authority.

"We got a fair deal," said union leader Maria Gonzalez.

The port said it would reopen at once.
"""


def write(folder: Path, name: str, text: str, date: str = "2018-09-01") -> Path:
    path = folder / name
    path.write_text(f"date {date} " + text if name.endswith(".txt") else text, encoding="utf-8")
    return path


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    write(folder, "a.txt", DA, "2018-09-03")
    write(folder, "b.txt", DA2, "2019-02-01")
    write(folder, "c.txt", EN, "2018-11-20")
    return folder


@pytest.fixture
def index(tmp_path: Path) -> LibraryIndex:
    return LibraryIndex(tmp_path / "cache" / "index.sqlite3")


def titles(index: LibraryIndex, query: str, paths=None) -> list[str]:
    return [hit.article.title for hit in index.search(query, paths).hits]


def test_sync_reads_only_changed_files_and_drops_removed(index, library):
    first = index.sync([str(library)])
    assert (first.files, first.read, first.removed) == (3, 3, 0)
    assert first.analysed == 3
    again = index.sync([str(library)])
    assert (again.read, again.removed, again.analysed) == (0, 0, 0)
    os.utime(library / "c.txt", ns=(1, 1))  # touched, same bytes: stat updated, nothing parsed
    assert index.sync([str(library)]).read == 0
    (library / "a.txt").write_text("date 2018-09-03 " + DA.replace("50 soldater", "80 soldater"), encoding="utf-8")
    (library / "b.txt").unlink()
    third = index.sync([str(library)])
    assert (third.read, third.removed, third.analysed) == (1, 1, 1)
    listed, _ = index.articles([str(library)])
    assert sorted(Path(a.path).name for a in listed) == ["a.txt", "c.txt"]
    assert titles(index, '"80 soldater"') and not titles(index, '"50 soldater"')


def test_listing_has_metadata_but_no_bodies(index, library):
    index.sync([str(library)])
    listed, skipped = index.articles([str(library)])
    assert not skipped
    by_name = {Path(a.path).name: a for a in listed}
    assert by_name["a.txt"].date == "2018-09-03" and by_name["a.txt"].language == "da"
    assert by_name["a.txt"].source == "ritzau" and by_name["a.txt"].dateline == "København"
    assert not any(a.loaded for a in listed)  # no bodies in memory
    from reader.library import load_articles

    real = load_articles(library / "a.txt")[0]
    assert by_name["a.txt"].fingerprint == real.fingerprint  # the store matches moved files by it
    assert not by_name["a.txt"].loaded
    assert by_name["a.txt"].body == real.body and by_name["a.txt"].loaded  # read when asked for
    assert not by_name["c.txt"].loaded


def test_bad_files_are_skipped_with_a_reason(index, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "ok.txt").write_text(EN, encoding="utf-8")
    index.sync([str(folder)])
    listed, skipped = index.articles([str(folder)])
    assert [Path(a.path).name for a in listed] == ["ok.txt"]
    reasons = {Path(s.path).name: s.reason for s in skipped}
    assert reasons.get("empty.txt") == "empty file"
    assert "binary.txt" in reasons and reasons["binary.txt"]


def test_damaged_or_outdated_index_is_rebuilt_with_a_notice(tmp_path, library):
    path = tmp_path / "ix.sqlite3"
    LibraryIndex(path).sync([str(library)])
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = 'old' WHERE key = 'schema'")
    conn.commit()
    conn.close()
    again = LibraryIndex(path)
    assert "another version" in again.notice and "\n" not in again.notice
    assert again.articles([str(library)])[0] == []  # empty until synced again
    assert again.sync([str(library)]).read == 3
    again.close()
    for suffix in ("-wal", "-shm"):
        if os.path.exists(f"{path}{suffix}"):
            os.remove(f"{path}{suffix}")
    path.write_bytes(b"this is not a database at all" * 100)
    third = LibraryIndex(path)
    assert "built again" in third.notice
    assert third.sync([str(library)]).read == 3
    assert titles(third, "strike")
    assert SCHEMA_VERSION


def test_index_never_touches_the_notes_database(tmp_path, library):
    db = tmp_path / "notes" / "reader.json"
    db.parent.mkdir()
    db.write_text('{"broken": ', encoding="utf-8")
    from reader.archive import open_index

    index = open_index(db)
    index.sync([str(library)])
    assert db.read_text(encoding="utf-8") == '{"broken": '
    assert sorted(os.listdir(db.parent)) == ["reader.json"]
    assert not str(index.path).startswith(str(db.parent))


def test_words_phrases_prefixes_and_danish_letters(index, library):
    index.sync([str(library)])
    assert titles(index, "strike") == ["Port strike ends after talks in Leeds"]
    assert titles(index, "STRIKE") == titles(index, "strike")  # case-insensitive
    assert titles(index, '"fair deal"') == ["Port strike ends after talks in Leeds"]
    assert titles(index, '"deal fair"') == []
    assert len(titles(index, "bidr*")) == 2
    assert titles(index, "København") == ["Nato-træningsmission i Irak får dansk bidrag"]
    assert titles(index, "kobenhavn") == []  # ø is not o


def test_stems_and_hyphenated_compounds(index, library):
    index.sync([str(library)])
    found = titles(index, "bidrag")  # finds bidraget / bidrager too
    assert set(found) == {"Nato-træningsmission i Irak får dansk bidrag", "Kommunen bidrager med millioner til havnen"}
    assert titles(index, "træningsmission") == ["Nato-træningsmission i Irak får dansk bidrag"]
    assert titles(index, "Nato-træningsmission") == ["Nato-træningsmission i Irak får dansk bidrag"]
    assert titles(index, "strikes") == ["Port strike ends after talks in Leeds"]


def test_filters_and_exclusion(index, library):
    index.sync([str(library)])
    assert titles(index, "lang:en") == ["Port strike ends after talks in Leeds"]
    assert len(titles(index, "-lang:en")) == 2
    assert titles(index, "date:2018-08..2018-12") == [
        "Port strike ends after talks in Leeds", "Nato-træningsmission i Irak får dansk bidrag"]
    assert titles(index, "date:2019") == ["Kommunen bidrager med millioner til havnen"]
    assert titles(index, "bidrag -havnen") == ["Nato-træningsmission i Irak får dansk bidrag"]
    assert titles(index, "source:ritz lang:da date:2019-02") == ["Kommunen bidrager med millioner til havnen"]
    assert titles(index, "speaker:Gonzalez") == ["Port strike ends after talks in Leeds"]
    assert titles(index, 'person:"Anders Winther"') == ["Kommunen bidrager med millioner til havnen"]
    assert titles(index, "has:quotes lang:en") == ["Port strike ends after talks in Leeds"]
    assert titles(index, "has:notes") == []


def test_notes_labels_and_tags_are_searchable(index, library):
    index.sync([str(library)])
    listed, _ = index.articles([str(library)])
    index.set_ids((a.rowid, a.id) for a in listed)
    port = next(a for a in listed if a.path.endswith("c.txt"))
    changed = index.set_user_data({port.id: (("harbour-beat",), ("Call the union back Monday",), ("follow-up",))})
    assert changed == 1
    assert titles(index, "monday") == [port.title]
    assert titles(index, "tag:harbour-beat") == [port.title]
    assert titles(index, "label:follow-up") == [port.title]
    assert titles(index, "has:notes") == [port.title]
    assert index.set_user_data({port.id: (("harbour-beat",), ("Call the union back Monday",), ("follow-up",))}) == 0
    assert index.set_user_data({}) == 1  # the notes were deleted
    assert titles(index, "monday") == [] and titles(index, "has:notes") == []


@pytest.mark.parametrize("text", [
    '"unbalanced', 'foo:bar', 'AND', 'OR NOT', '(', ')', '*', '^', 'NEAR(a b)', '{title}:x', 'a:', '-',
    '"', '""', 'date:soon', 'lang:fr', 'has:wings', '\x1b[31m', 'person:', "'; DROP TABLE articles; --",
])
def test_hostile_queries_never_raise(index, library, text):
    index.sync([str(library)])
    result = index.search(text)
    assert isinstance(result.hits, list)
    assert all("\n" not in p for p in result.problems)


def test_bad_queries_say_why_and_search_the_rest(index, library):
    index.sync([str(library)])
    result = index.search('strike colour:red')
    assert [h.article.title for h in result.hits] == ["Port strike ends after talks in Leeds"]
    assert any("unknown filter colour:" in p for p in result.problems)
    result = index.search('"fair deal')
    assert any("not closed" in p for p in result.problems)
    assert [h.article.title for h in result.hits] == ["Port strike ends after talks in Leeds"]
    assert any("lang:" in p for p in index.search("lang:fr").problems)


def test_snippet_marks_the_hits_and_is_one_line(index, library):
    index.sync([str(library)])
    hit = index.search("bidraget").hits[0]
    marked = {hit.snippet[s:e].lower() for s, e in hit.spans}
    assert marked & {"bidrag", "bidraget", "bidrager"}
    assert "\n" not in hit.snippet


def test_parse_query_parts():
    query = parse_query('-strike "fair deal" bid* person:Anders')
    assert len(query.include) == 3 and len(query.exclude) == 1
    assert query.hit_phrases == [["fair", "deal"]] and query.hit_prefixes == ["bid"]


def test_only_the_index_imports_sqlite3():
    import ast

    package = Path(__file__).resolve().parents[2] / "reader"
    offenders = []
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module.split(".")[0] for n in ast.walk(tree)
                  if isinstance(n, ast.ImportFrom) and n.module and n.level == 0}
        if "sqlite3" in names and not path.relative_to(package).as_posix().startswith("index/"):
            offenders.append(path.name)
    assert offenders == []


def test_many_files_named_one_by_one(index, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    names = []
    for number in range(1100):
        path = folder / f"{number:04d}.txt"
        path.write_text(f"Story {number}\n\nRibe. Text {number}.\n", encoding="utf-8")
        names.append(str(path))
    report = index.sync(names, analyse=False)
    assert report.read == 1100 and not index.notice
    assert len(index.articles(names)[0]) == 1100
    assert len(index.articles(names[:10])[0]) == 10


def test_a_file_name_with_bytes_that_are_not_utf8_is_indexed_and_given_back_exactly(tmp_path) -> None:
    import os

    from reader.index import LibraryIndex
    from reader.index.walking import from_db, to_db

    folder = tmp_path / "lib"
    folder.mkdir()
    raw = os.fsencode(str(folder)) + b"/nyt-\x9b-\xff.txt"
    with open(raw, "wb") as handle:
        handle.write(" date 2024-01 Overskrift\n\nTekst.\n".encode("utf-8"))
    name = os.fsdecode(raw)
    assert from_db(to_db(name)) == name and to_db(name).encode("utf-8")
    index = LibraryIndex(tmp_path / "index.sqlite")
    index.sync([str(folder)])
    [article], skipped = index.articles([str(folder)])
    assert article.path == name and not skipped


def test_hostile_text_and_names_are_indexed_or_skipped_never_stop_the_index(index, tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "lone.json").write_text('{"title": "Bad \\ud800 title", "body": "Text \\udc80 here about ferries."}',
                                      encoding="utf-8")
    bad_name = os.fsdecode(b"caf\xe9-ferry.txt")
    (folder / bad_name).write_text("Ferry news\n\nCork. The ferry sails.\n", encoding="utf-8")
    (folder / "ok.txt").write_text("Ferry line\n\nCork. Another ferry.\n", encoding="utf-8")
    index.sync([str(folder)])
    listed, skipped = index.articles([str(folder)])
    names = sorted(Path(a.path).name for a in listed)
    assert bad_name in names and "ok.txt" in names
    assert len(listed) + len(skipped) == 3
    assert len(index.search("ferry").hits) == len(listed)
    assert all(Path(a.path).exists() for a in listed)  # the odd name comes back as it was


@pytest.mark.parametrize("text", ["date:2018-13..", "date:2018..2017", "date:2018-02-30", "tag:", "speaker:"])
def test_a_filter_that_cannot_be_meant_as_written_says_so(text) -> None:
    from reader.index.query import parse_query

    query = parse_query(text)
    assert len(query.problems) == 1 and ("date:" in query.problems[0] or "needs a value" in query.problems[0])
