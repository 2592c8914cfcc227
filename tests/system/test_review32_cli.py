"""review32: what a reporter's scripts met on the quote side of the shell.

- ``reader quotes --json`` names a speaker set by hand ``speaker_set_by_hand``, as the exports do;
- ``reader list`` (and ``search``, ``quotes``) give whole headlines when the output is a pipe;
- ``reader export --quotes`` reads a JSON list's rows from the index once, not once an article.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.cli import main

LONG = ("Havnen i Hvide Sande får en ny kaj til 90 millioner kroner, og fiskerne på havnen mener, at "
        "pengene går til de forkerte skibe")
ARTICLE = (f"Title: {LONG}\nDate: 2026-09-15\nSource: Vestkysten Nu\n\n"
           "Hvide Sande. Kommunen og staten betaler for en ny kaj.\n\n"
           "- Den gamle kaj smuldrer under os, siger havnedirektør Line Brix.\n\n"
           "- Vi får ikke noget ud af det, siger fisker Erik Nørgaard.\n")


def _items(n: int) -> list[dict]:
    return [{"title": f"Svømmehallen i Ribe lukker i {i + 2} uger", "date": "2026-05-01", "source": "nordbureau",
             "language": "da",
             "body": f"Ribe. Kommunen lukker svømmehallen i {i + 2} uger.\n\n"
                     f"- Vi skifter taget nu, siger driftschef Mette Krogh.\n\n- Det er nødvendigt, siger hun.\n"}
            for i in range(n)]


@pytest.fixture
def lib(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "kaj.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setenv("READER_DB", str(tmp_path / "reader.json"))
    monkeypatch.setenv("READER_INDEX_DIR", str(tmp_path / "idx"))
    return folder


def test_reader_quotes_json_names_a_hand_set_speaker_as_the_export_does(lib, capsys):
    from reader.anchoring import make_anchor
    from reader.library import load_articles
    from reader.store import open_store
    from reader.settings import resolve_db_path

    article = load_articles(lib / "kaj.txt")[0]
    words = "Vi får ikke noget ud af det"
    start = article.body.index(words)
    with open_store(resolve_db_path(None)) as store:
        store.attach(article)
        store.set_quote_speaker(article.id, make_anchor(article.body, start, start + len(words)), "en fisker")
    capsys.readouterr()
    assert main(["quotes", str(lib), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert main(["export", "--quotes", "--format", "json", str(lib)]) == 0
    exported = json.loads(capsys.readouterr().out)
    sheet = [q for a in exported["articles"] for q in a["quotes"]]
    keys = {key for q in sheet for key in q if "hand" in key}
    assert keys == {"speaker_set_by_hand"}
    mine = [r for r in rows if r["speaker"] == "en fisker"]
    assert [set(r) & keys for r in mine] == [keys]  # the same name in both, for the same quote
    assert [r[key] for r in mine for key in keys] == [True]
    assert not any("speaker_by_hand" in r for r in rows)


class _Pipe(io.StringIO):
    def isatty(self) -> bool:
        return False


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("stream, whole", [(_Pipe, True), (_Terminal, False)])
def test_reader_list_gives_whole_titles_to_a_pipe_and_cuts_them_on_a_terminal(lib, monkeypatch, capsys, stream, whole):
    out = stream()
    monkeypatch.setattr("sys.stdout", out)
    assert main(["list", str(lib)]) == 0
    (row,) = out.getvalue().splitlines()[1:]
    title = row.split("\t")[4]
    assert (title == LONG) is whole
    if not whole:
        assert title.endswith("\u2026") and len(title) == 70


def test_reader_search_and_quotes_give_whole_titles_to_a_pipe(lib, monkeypatch):
    assert main(["index", str(lib), "--workers", "1"]) == 0
    out = _Pipe()
    monkeypatch.setattr("sys.stdout", out)
    assert main(["search", "kaj", str(lib)]) == 0
    assert out.getvalue().splitlines()[0].split("\t")[3] == LONG
    out = _Pipe()
    monkeypatch.setattr("sys.stdout", out)
    assert main(["quotes", str(lib)]) == 0
    assert out.getvalue().splitlines()[0].split("\t")[3] == LONG


def test_the_quote_sheet_reads_a_json_lists_rows_from_the_index_once(tmp_path, monkeypatch, capsys):
    """One SELECT of the file's rows for the whole list (it was one an article: quadratic on a list of
    30,000), and the sheet is the same as when every article is analysed."""

    from reader.index import sheetrows

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "pools.json").write_text(json.dumps(_items(40), ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("READER_DB", str(tmp_path / "reader.json"))
    monkeypatch.setenv("READER_INDEX_DIR", str(tmp_path / "idx"))
    capsys.readouterr()
    assert main(["export", "--quotes", "--format", "json", str(folder)]) == 0  # no index: every article analysed
    analysed = capsys.readouterr().out
    assert main(["index", str(folder), "--workers", "1"]) == 0

    statements: list[str] = []
    real = sheetrows.sheet_rows

    def traced(path):
        rows = real(path)
        if rows is not None:
            rows.conn.set_trace_callback(statements.append)
        return rows

    monkeypatch.setattr(sheetrows, "sheet_rows", traced)
    import reader.workspace.sheet as sheet

    monkeypatch.setattr(sheet, "sheet_rows", traced)
    capsys.readouterr()
    assert main(["export", "--quotes", "--format", "json", str(folder)]) == 0
    from_index = capsys.readouterr().out
    reads = [s for s in statements if "FROM articles a" in s]
    assert len(reads) == 1, len(reads)

    def quotes(text: str) -> list:
        return [(a["title"], [(q["text"], q["speaker"]) for q in a["quotes"]]) for a in json.loads(text)["articles"]]

    assert quotes(from_index) == quotes(analysed)
    assert len(quotes(from_index)) == 40 and all(len(q) == 2 for _, q in quotes(from_index))
