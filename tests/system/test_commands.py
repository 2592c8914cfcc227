"""The shell commands: list, tag, export; one-line errors, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from reader.cli import main
from reader.library import load_articles
from reader.store import open_store
from reader.anchoring import make_anchor

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "db" / "reader.json"


def test_list_json_and_text(db, capsys):
    assert main(["list", str(SAMPLES), "--db", str(db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["articles"]) >= 10
    first = data["articles"][0]
    assert set(first) >= {"id", "path", "title", "date", "source", "language", "tags", "annotations"}
    assert main(["list", str(SAMPLES), "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split("\t")[:3] == ["id", "date", "source"]
    assert len(out) == len(data["articles"]) + 1


def test_tag_then_list_and_remove(db, capsys):
    path = SAMPLES / "da-01-kommune-budget.txt"
    assert main(["tag", str(path), "budget", "Vejle", "budget", "--db", str(db)]) == 0
    article = load_articles(path)[0]
    with open_store(db, readonly=True) as store:
        assert store.tags(article.id) == ("budget", "Vejle")
    assert main(["tag", str(path), "budget", "--remove", "--db", str(db)]) == 0
    with open_store(db, readonly=True) as store:
        assert store.tags(article.id) == ("Vejle",)


def test_export_markdown_file_filtered_by_tag(db, tmp_path, capsys):
    article = load_articles(SAMPLES / "en-01-port-strike.txt")[0]
    other = load_articles(SAMPLES / "da-02-kabelfabrik-ordre.txt")[0]
    with open_store(db) as store:
        for art, tag in ((article, "labour"), (other, "industry")):
            store.attach(art)
            store.add_tags(art.id, [tag])
            start = art.body.index(" ") + 1
            store.add_annotation(art.id, make_anchor(art.body, start, start + 20), note="# not a *heading*", label="verify")
    out_file = tmp_path / "notes.md"
    assert main(["export", str(SAMPLES), "--tag", "labour", "-o", str(out_file), "--db", str(db)]) == 0
    text = out_file.read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark").parse(text)
    h2 = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"]
    assert len(h2) == 1 and "Halifax" in h2[0]
    assert sum(1 for t in tokens if t.type == "heading_open") == 2
    assert "\\# not a \\*heading\\*" in text
    assert main(["export", str(SAMPLES), "--format", "json", "--db", str(db)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {a["title"] for a in data["articles"]} == {article.title, other.title}


def test_corrupt_database_is_named_and_left_alone(tmp_path, capsys):
    bad = tmp_path / "reader.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["list", str(SAMPLES), "--db", str(bad)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert bad.read_text(encoding="utf-8") == "{not json"


def test_missing_article_file_is_one_line_error(db, tmp_path, capsys):
    assert main(["tag", str(tmp_path / "nope.txt"), "x", "--db", str(db)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("reader: error:") and "nope.txt" in err and "\n" not in err


def test_broken_files_are_reported_as_skipped(db, tmp_path, capsys):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "good.txt").write_text("Title\n\nBody text.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "empty.md").write_bytes(b"")
    assert main(["list", str(folder), "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert captured.out.count("\n") == 2  # header + the good article
    skipped = [line for line in captured.err.splitlines() if line.startswith("reader: skipped")]
    assert len(skipped) == 2


def test_app_refuses_without_a_terminal(db):
    result = subprocess.run(
        [sys.executable, "-m", "reader", str(SAMPLES), "--db", str(db)],
        capture_output=True, text=True, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 2
    assert "needs a terminal" in result.stderr and "Traceback" not in result.stderr


SCRIPT = Path(sys.executable).parent / "reader"


@pytest.mark.skipif(not SCRIPT.exists(), reason="console script not installed")
def test_console_script_runs():
    result = subprocess.run([str(SCRIPT), "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("reader ")


def test_named_pipe_is_skipped_not_waited_on(db, tmp_path, capsys):
    import os

    folder = tmp_path / "lib"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    assert main(["list", str(folder), "--db", str(db)]) == 0
    assert "pipe.txt: not a regular file (a named pipe)" in capsys.readouterr().err
    assert main(["analyze", str(folder / "pipe.txt")]) == 2


def test_export_to_a_named_pipe_is_refused_in_one_line_never_waited_on_or_replaced(db, tmp_path, capsys):
    import stat

    pipe = tmp_path / "out.md"
    os.mkfifo(pipe)
    held = os.open(pipe, os.O_RDWR | os.O_NONBLOCK)  # data waiting: a reading check would not hang the test
    try:
        os.write(held, b"x" * 512)
        for force in ([], ["--force"]):
            assert main(["export", str(SAMPLES), "-o", str(pipe), *force, "--db", str(db)]) == 2
            err = capsys.readouterr().err
            assert "out.md is a named pipe (FIFO), not a file" in err and len(err.splitlines()) == 1
        assert stat.S_ISFIFO(os.lstat(pipe).st_mode)  # still the pipe, not a file put in its place
    finally:
        os.close(held)


def test_export_never_overwrites_an_article_or_a_draft_and_its_files_are_not_articles(db, tmp_path, capsys):
    lib = tmp_path / "lib"
    lib.mkdir()
    story = lib / "story.txt"
    story.write_text((SAMPLES / "en-01-port-strike.txt").read_text(encoding="utf-8"), encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text("My story draft\n", encoding="utf-8")
    before = story.read_bytes()
    for target in (story, draft):
        assert main(["export", str(lib), "-o", str(target), "--db", str(db)]) == 2
        assert "not overwriting" in capsys.readouterr().err
    assert story.read_bytes() == before and draft.read_text(encoding="utf-8") == "My story draft\n"
    assert main(["export", str(lib), "-o", str(draft), "--force", "--db", str(db)]) == 0
    for name in ("notes.md", "notes.json", "notes.csv"):  # written twice: an earlier export is replaced
        for _ in range(2):
            assert main(["export", str(lib), "-o", str(lib / name), "--db", str(db)]) == 0
    assert main(["tag", str(story), "x", "--db", str(lib / "db.json")]) == 0
    capsys.readouterr()
    assert main(["list", str(lib), "--db", str(lib / "db.json"), "--json"]) == 0
    out, err = capsys.readouterr()
    assert [Path(a["path"]).name for a in json.loads(out)["articles"]] == ["story.txt"]
    assert "skipped" not in err  # the database, its backups and the exports are not news
    assert main(["list", str(lib), "--db", str(lib / "db.json")]) == 0
    assert capsys.readouterr().err.strip().endswith("1 article, 0 skipped")


def test_argument_slips_get_one_line_errors(db, tmp_path, capsys):
    assert main(["--db", str(db), "list", str(SAMPLES)]) == 0  # --db before the command
    capsys.readouterr()
    assert main(["list", str(SAMPLES), "--db", ""]) == 2
    assert "--db needs a file name" in capsys.readouterr().err
    assert main(["list", str(tmp_path / "nope.txt"), "--db", str(db)]) == 2
    assert "no such file or directory" in capsys.readouterr().err
    assert main(["tag", str(SAMPLES), "x", "--db", str(db)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_list_json_has_the_dateline_and_tags_are_cleaned(db, capsys):
    path = SAMPLES / "da-01-kommune-budget.txt"
    assert main(["tag", str(path), "a,b", "x\x1by", "q" * 200, "--db", str(db)]) == 0
    assert "at most 80 characters" in capsys.readouterr().err
    assert main(["list", str(path), "--db", str(db), "--json"]) == 0
    row = json.loads(capsys.readouterr().out)["articles"][0]
    assert row["dateline"] and row["tags"] == ["a", "b", "xy", "q" * 80]


def test_a_tag_from_the_shell_is_not_on_the_apps_undo_stack(db, capsys):
    path = SAMPLES / "da-01-kommune-budget.txt"
    article = load_articles(path)[0]
    with open_store(db) as store:
        store.attach(article)
        store.add_tags(article.id, ["fromapp"])
    assert main(["tag", str(path), "fromshell", "--db", str(db)]) == 0
    with open_store(db) as store:
        store.undo()  # undoes the app's change, not the shell's
        assert store.tags(article.id) == ("fromshell",)


def test_force_never_overwrites_an_exported_article_and_tag_filter_sees_file_tags(db, tmp_path, capsys):
    lib = tmp_path / "lib"
    lib.mkdir()
    story = lib / "story.md"
    story.write_text("---\ntitle: Broen\ntags: [trafik]\n---\n\nAalborg. Broen åbner i 2034.\n", encoding="utf-8")
    before = story.read_bytes()
    assert main(["export", str(lib), "-o", str(story), "--force", "--db", str(db)]) == 2
    assert story.read_bytes() == before
    article = load_articles(story)[0]
    with open_store(db) as store:
        store.attach(article)
        store.add_annotation(article.id, make_anchor(article.body, 0, 8), note="tjek")
    capsys.readouterr()
    assert main(["export", str(lib), "--tag", "trafik", "--db", str(db)]) == 0
    assert "tjek" in capsys.readouterr().out


def test_force_never_overwrites_an_article_with_notes_even_outside_the_export(db, tmp_path, capsys):
    lib = tmp_path / "lib"
    lib.mkdir()
    noted = lib / "noted.txt"
    noted.write_text(" date 2024-02 Havnen udvides\n\nEsbjerg. Havnen udvides.\n", encoding="utf-8")
    other = lib / "other.txt"
    other.write_text(" date 2024-02 Broen åbner\n\nAalborg. Broen åbner.\n", encoding="utf-8")
    assert main(["tag", str(noted), "havn", "--db", str(db)]) == 0
    before = noted.read_bytes()
    assert main(["export", str(other), "-o", str(noted), "--force", "--db", str(db)]) == 2
    assert noted.read_bytes() == before
    assert "notes or tags on" in capsys.readouterr().err
    draft = tmp_path / "draft.md"
    draft.write_text("# My draft\n\nText.\n", encoding="utf-8")
    assert main(["export", str(other), "-o", str(draft), "--force", "--db", str(db)]) == 0  # a draft may go


def test_a_file_in_a_folder_that_cannot_be_read_says_permission_denied(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text(" date 2024-01 Titel\n\nTekst.\n", encoding="utf-8")
    folder.chmod(0)
    try:
        # as root the folder would still be readable: drop the capabilities that bypass permissions
        drop = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner",
                "--inh-caps", "-dac_override,-dac_read_search,-fowner"] if os.geteuid() == 0 else []
        for command in (["list"], ["tag"], ["analyze"]):
            args = [*command, str(folder / "a.txt")] + (["x"] if command == ["tag"] else [])
            result = subprocess.run([*drop, sys.executable, "-m", "reader", "--db", str(tmp_path / "db.json"), *args],
                                    capture_output=True, text=True)
            assert result.returncode != 0 and "permission denied" in result.stderr, (command, result.stderr)
            assert "no such file" not in result.stderr and result.stderr.count("\n") == 1
    finally:
        folder.chmod(0o755)


def test_export_to_dash_is_standard_output_and_never_a_file(db, tmp_path, capsys, monkeypatch):
    """``-o -`` prints the export, as ``-`` means everywhere on the shell; a file named "-" in the
    current folder (a story draft, say) is left alone."""
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "story.txt").write_text(" date 2024-02 Havnen udvides\n\nEsbjerg. Havnen udvides.\n", encoding="utf-8")
    assert main(["tag", str(lib / "story.txt"), "havn", "--db", str(db)]) == 0
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-").write_text("my story draft\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["export", str(lib), "-o", "-", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Notes") and "Havnen udvides" in out
    assert (tmp_path / "-").read_text(encoding="utf-8") == "my story draft\n"
    assert main(["export", str(lib), "-o", "-", "--format", "json", "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out)["articles"][0]["tags"] == ["havn"]


def test_a_file_name_that_begins_with_a_dash_or_a_space_is_kept(db, tmp_path, capsys, monkeypatch):
    """``-o -quotes.md`` writes a file of that name (argparse alone said "expected one argument"),
    and the message names `` notes.md`` with its leading space, quoted, so it can be found."""
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "story.txt").write_text(" date 2024-02 Havnen udvides\n\nEsbjerg. Havnen udvides.\n", encoding="utf-8")
    assert main(["tag", str(lib / "story.txt"), "havn", "--db", str(db)]) == 0
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["export", str(lib), "-o", "-quotes.md", "--db", str(db)]) == 0
    assert "Havnen udvides" in (tmp_path / "-quotes.md").read_text(encoding="utf-8")
    assert main(["export", str(lib), "--output", "-x.json", "--db", str(db)]) == 0
    assert json.loads((tmp_path / "-x.json").read_text(encoding="utf-8"))["articles"][0]["tags"] == ["havn"]
    capsys.readouterr()
    assert main(["export", str(lib), "-o", " notes.md", "--db", str(db)]) == 0
    assert (tmp_path / " notes.md").exists()
    assert "to ' notes.md'" in capsys.readouterr().err
    with pytest.raises(SystemExit):  # a forgotten value before the next option stays an error
        main(["export", str(lib), "-o", "--tag", "havn", "--db", str(db)])
    assert not (tmp_path / "--tag").exists()
