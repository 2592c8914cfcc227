"""File names are untrusted text: C1 controls and bytes that are not UTF-8 never reach the terminal
raw, JSON output stays valid UTF-8 with the raw name recoverable, and such articles can be tagged
and annotated in the shell and in the app like any other."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.store import open_store
from reader.tui.screens.tags import TagEditor

from tui_helpers import WIRE, make_app, open_article, settle, write_note

BAD = b"bad\x9bname.txt"  # 0x9b alone: not UTF-8, and the C1 CSI byte on a terminal
C1 = "c1\x9b[31mred.txt"  # valid UTF-8 naming U+009B (CSI) and an SGR sequence


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), BAD), "wb") as handle:
        handle.write(WIRE.encode("utf-8"))
    (folder / C1).write_text(WIRE.replace("Ribe", "Vejle"), encoding="utf-8")
    return folder


def run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "READER_DB": str(tmp_path / "db.json")}
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, env=env, timeout=120)


def assert_clean(output: bytes) -> None:
    output.decode("utf-8")  # valid UTF-8, or this raises
    assert b"\x9b" not in output and b"\x1b" not in output


def test_list_table_and_json_never_carry_raw_names(folder: Path, tmp_path: Path) -> None:
    table = run("list", str(folder), tmp_path=tmp_path)
    assert table.returncode == 0, table.stderr
    assert_clean(table.stdout)
    assert_clean(table.stderr)
    assert table.stdout.count("\ufffd".encode()) >= 2  # each name shows a visible placeholder
    listed = run("list", "--json", str(folder), tmp_path=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert_clean(listed.stdout)
    rows = json.loads(listed.stdout.decode("utf-8"))["articles"]
    raw = {base64.b64decode(r["path_bytes"]) if "path_bytes" in r else os.fsencode(r["path"]) for r in rows}
    assert raw == {os.path.join(os.fsencode(folder), BAD), os.fsencode(folder / C1)}
    (c1_row,) = [r for r in rows if "path_bytes" not in r]
    assert c1_row["path"] == str(folder / C1)  # valid Unicode: the JSON value is the name itself
    assert b"\\u009b" in listed.stdout


def test_reader_tag_on_a_name_that_is_not_utf8(folder: Path, tmp_path: Path) -> None:
    path = os.fsdecode(os.path.join(os.fsencode(folder), BAD))
    tagged = run("tag", path, "lokal", tmp_path=tmp_path)
    assert tagged.returncode == 0, tagged.stderr
    assert_clean(tagged.stderr)
    rows = json.loads(run("list", "--json", str(folder), tmp_path=tmp_path).stdout)["articles"]
    assert [r["tags"] for r in rows if "path_bytes" in r] == [["lokal"]]
    with open_store(tmp_path / "db.json", readonly=True) as store:  # the store keeps the real name
        assert store.holds_path(path)


def test_path_record_round_trips_any_name() -> None:
    from reader.textsafe import json_text, path_from_record, path_record

    for name in ("/a/b.txt", "/a/\udc9bx.txt", "/a/\x9b.txt", "/æ/\udcff\udcfe"):
        record = path_record(name)
        json_text(record).encode("utf-8")
        assert path_from_record(json.loads(json_text(record))) == name
        assert ("path_bytes" in record) == (name != name.encode("utf-8", "replace").decode("utf-8"))


async def test_app_tags_and_annotates_an_article_named_with_bad_bytes(folder: Path, tmp_path: Path) -> None:
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_article(pilot, "ribe")
            assert os.fsencode(screen.article.path).endswith(BAD)
            note = await write_note(pilot, store, screen, "tjek navnet")
            assert note.note == "tjek navnet"
            await pilot.press("t")
            await pilot.pause()
            assert isinstance(app.screen, TagEditor)
            await pilot.press(*"skoler", "enter")
            await settle(pilot)
            assert store.tags(screen.article.id) == ("skoler",)
    with open_store(tmp_path / "db" / "reader.json") as again:  # saved, and found again by its name
        assert [n.note for n in again.annotations(screen.article.id)] == ["tjek navnet"]
        assert again.tags(screen.article.id) == ("skoler",)
        assert again.holds_path(screen.article.path)


def test_counts_in_messages_have_thousands_separators() -> None:
    """"100,000 articles" in the status line, as the indexing progress writes its counts."""
    from reader.textsafe import plural

    assert plural(100000, "article") == "100,000 articles"
    assert plural(1, "article") == "1 article" and plural(999, "entry", "entries") == "999 entries"
