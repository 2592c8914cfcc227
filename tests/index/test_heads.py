"""Provisional rows from the files' heads (reader.index.heads, reader.index.provisional): the title
from the cheapest reliable place of each format, text kept as data, and the rows' life in the index
until the parse replaces them."""

from __future__ import annotations

import json
import os
from pathlib import Path
import pytest

from reader.index.heads import HEAD_BYTES, head_fields
from reader.index.provisional import has_heads, head_rows, take_heads


def fields(name: str, text: str | bytes) -> tuple[str, str, str] | None:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return head_fields(name, data[:HEAD_BYTES], len(data) <= HEAD_BYTES)


@pytest.mark.parametrize("name, text, expected", [
    ("a.txt", " date 2018-08-17 Borgmester vil lukke skole\n\nRibe. Tekst.\n\n/ritzau/\n",
     ("Borgmester vil lukke skole", "2018-08-17", "ritzau")),
    ("a.txt", "Dockworkers walk off the job\nBy Claire Dunmore\nMarch 4, 2025\n\nHALIFAX (Meridian Wire) - Text.\n",
     ("Dockworkers walk off the job", "2025-03-04", "Meridian Wire")),
    ("a.txt", "Dockworkers walk off\n\nHALIFAX (Meridian Wire) - Text.\n\n/meridian/\n", ("Dockworkers walk off", "", "meridian")),
    ("a.txt", "Title: Header title\nDate: 2020-01-02\nSource: wire\n\nBody.\n", ("Header title", "2020-01-02", "wire")),
    ("a.txt", "\n\n  Just a first line  \nmore\n", ("Just a first line", "", "")),
    ("a.md", "---\ntitle: \"Front *matter* title\"\ndate: 2021-05-06\nsource: nordbureau\n---\n\n# Other\n",
     ("Front matter title", "2021-05-06", "nordbureau")),
    ("a.md", "Some intro? no\n\n# The **heading** [link](http://x) title\n\nText.\n", ("The heading link title", "", "")),
    ("a.html", "<html><head><title>Page headline | The Courier</title></head><body><h1>Logo</h1></body></html>",
     ("Page headline", "", "")),
    ("a.html", '<meta property="og:site_name" content="The Courier"><meta property="og:title" content="Og &amp; title">'
               '<meta name="article:published_time" content="2024-04-06T09:30:00+01:00">',
     ("Og & title", "2024-04-06", "The Courier")),
    ("a.html", "<html><head><!-- <title>no</title> --></head><body><h1>A <b>bold</b> &amp; true</h1></body></html>",
     ("A bold & true", "", "")),
    ("a.json", json.dumps({"id": "x", "headline": "Quoted \"title\" \u00e6\u00f8\u00e5", "date": "2022-02-02",
                           "body": "x"}), ("Quoted \"title\" æøå", "2022-02-02", "")),
    ("a.json", json.dumps([{"title": "First of a list", "source": "Meridian"}, {"title": "Second"}]),
     ("First of a list", "", "Meridian")),
])
def test_the_title_from_each_format(name, text, expected):
    assert fields(name, text) == expected


def test_a_head_is_data_never_markup_or_control_sequences():
    title, _date, _source = fields("a.txt", " date 2024-01 Hacker [bold]x[/] \x1b[31mred\x1b[0m \u202eevil\n\nText.\n")
    assert "\x1b" not in title and "\u202e" not in title
    assert title == "Hacker [bold]x[/] ␛[31mred␛[0m \ufffdevil"  # as the parse makes it visible
    html_title, *_ = fields("a.html", "<title><script>alert(1)</script>Real &lt;b&gt; title\x07</title>")
    assert html_title == "Real <b> title␇"


def test_no_row_from_a_head_without_a_title():
    assert fields("a.txt", b"\x00\x01\x02binary" * 100) is None
    assert fields("a.txt", "\n\n  \n") is None
    assert fields("a.json", '{"body": "no title"}') is None


def test_the_sample_articles_get_their_parsed_title_date_and_source():
    from reader.library import load_articles

    samples = sorted(p for p in (Path(__file__).parents[2] / "sample_articles").iterdir() if p.is_file())
    assert samples
    for path in samples:
        data = path.read_bytes()
        first = load_articles(path)[0]
        assert fields(str(path), data) == (first.title, first.date, first.source), path.name


def test_a_long_file_is_read_from_its_head_only():
    text = " date 2019-01 Headline of a long story\n\n" + "æøå word " * 3000 + "\n\n/ritzau/\n"
    assert fields("a.txt", text) == ("Headline of a long story", "2019-01", "")  # the closing line is not read


@pytest.fixture
def any_number(monkeypatch):
    """Provisional rows however few the new files are (a real library has them from 500)."""
    import reader.index.provisional as provisional

    monkeypatch.setattr(provisional, "FEW_FILES", 1)


def test_few_new_files_are_left_to_the_parse(tmp_path):
    from reader.archive import open_index

    folder = tmp_path / "lib"
    folder.mkdir()
    for k in range(3):
        (folder / f"{k}.txt").write_text(f"Story {k}\n\nText.\n", encoding="utf-8")
    index = open_index(tmp_path / "db.json")
    assert take_heads(index, [str(folder)]) == 0 and head_rows(index, [str(folder)]) == []
    (folder / "big.html").write_text("<title>Big page</title>" + "<p>x</p>" * 300_000, encoding="utf-8")
    assert take_heads(index, [str(folder)]) == 4  # many bytes to parse: listed first


def test_provisional_rows_until_the_parse_replaces_them(tmp_path, any_number):
    from reader.archive import library_rows, open_index

    folder = tmp_path / "lib"
    folder.mkdir()
    for k in range(3):
        (folder / f"{k}.txt").write_text(f" date 2020-0{k + 1} Story {k}\n\nAarhus. Text {k}.\n", encoding="utf-8")
    index = open_index(tmp_path / "db.json")
    calls = []
    assert take_heads(index, [str(folder)], lambda done, total: calls.append((done, total))) == 3
    assert calls[-1] == (3, 3)
    rows = head_rows(index, [str(folder)])
    assert sorted(r[2] for r in rows) == ["Story 0", "Story 1", "Story 2"] and all(r[0] < 0 for r in rows)
    assert take_heads(index, [str(folder)]) == 0  # listed already: not read again
    _rows, _skipped, settled = library_rows(index, [str(folder)])
    assert not settled  # a launch shows these with the parsed rows
    os.remove(folder / "2.txt")  # gone before the parse reached it
    (folder / "1.txt").write_text(" date 2020-02 Story one, changed\n\nText.\n", encoding="utf-8")
    os.utime(folder / "1.txt", ns=(10**18, 10**18))
    assert take_heads(index, [str(folder)]) == 1  # the changed one is listed again
    assert sorted(r[2] for r in head_rows(index, [str(folder)])) == ["Story 0", "Story one, changed"]
    index.sync([str(folder)], analyse=False)
    assert head_rows(index, [str(folder)]) == [] and not has_heads(index, [str(folder)])
    rows, _skipped, _settled = library_rows(index, [str(folder)])
    assert sorted(r[2] for r in rows) == ["Story 0", "Story one, changed"]


def test_a_file_gone_before_it_was_parsed_loses_its_row_on_the_next_sync(tmp_path, any_number):
    from reader.archive import open_index

    folder = tmp_path / "lib"
    folder.mkdir()
    for k in range(2):
        (folder / f"{k}.txt").write_text(f"Story {k}\n\nText.\n", encoding="utf-8")
    index = open_index(tmp_path / "db.json")
    take_heads(index, [str(folder)])
    os.remove(folder / "0.txt")
    index.sync([str(folder / "0.txt")], analyse=False)  # what the folder watcher does
    assert [r[2] for r in head_rows(index, [str(folder)])] == ["Story 1"]


def test_an_index_of_an_earlier_build_gets_the_table(tmp_path):
    from reader.archive import open_index

    db = tmp_path / "db.json"
    index = open_index(db)
    index.conn.execute("DROP TABLE heads")
    index.close()
    again = open_index(db)
    assert again.notice == ""  # not rebuilt: its rows and analysis are kept
    assert has_heads(again, [str(tmp_path)]) is False
