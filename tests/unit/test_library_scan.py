"""Scanning folders: recursion, hidden files, order, ids (unique, stable across rename), scale."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.library import SUPPORTED_SUFFIXES, load_articles, parse_bytes, scan
from reader.library.textnorm import make_id

WIRE = " date 2022-04 {title}\n\nRanders. {body}\n\n- Et citat, siger Ole Sand.\n\n/nordbureau/\n"


def write(path: Path, title: str, body: str = "Tekst om byen.") -> Path:
    """A small wire article at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(WIRE.format(title=title, body=body), encoding="utf-8")
    return path


def test_supported_suffixes() -> None:
    assert set(SUPPORTED_SUFFIXES) == {".txt", ".md", ".markdown", ".html", ".htm", ".json"}


def test_folders_recursive_sorted_hidden_skipped(tmp_path: Path) -> None:
    write(tmp_path / "b" / "z.txt", "Z")
    write(tmp_path / "a.TXT", "A")
    write(tmp_path / "b" / "deep" / "m.txt", "M")
    write(tmp_path / ".hidden" / "h.txt", "Hidden folder")
    write(tmp_path / "b" / ".h.txt", "Hidden file")
    (tmp_path / "b" / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    result = scan([tmp_path])
    assert result.skipped == ()  # other suffixes inside folders are ignored silently
    assert [a.title for a in result.articles] == ["A", "M", "Z"]
    assert [a.path for a in result.articles] == sorted(a.path for a in result.articles)
    assert all(os.path.isabs(a.path) for a in result.articles)


def test_explicit_hidden_file_and_duplicates(tmp_path: Path) -> None:
    hidden = write(tmp_path / ".draft.txt", "Draft")
    plain = write(tmp_path / "x.txt", "X")
    result = scan([tmp_path, plain, hidden, str(plain)])
    assert sorted(a.title for a in result.articles) == ["Draft", "X"]


def test_relative_paths_become_absolute(tmp_path: Path, monkeypatch) -> None:
    write(tmp_path / "r.txt", "R")
    monkeypatch.chdir(tmp_path)
    (article,) = scan(["r.txt"]).articles
    assert article.path == str(tmp_path / "r.txt")


def test_id_is_hash_of_source_date_title() -> None:
    (article,) = parse_bytes(WIRE.format(title="Min  Titel", body="x").encode(), "a.txt")
    assert article.id == make_id("nordbureau", "2022-04", "min titel")
    assert len(article.id) == 12 and int(article.id, 16) >= 0


def test_id_stable_across_rename_move_and_body_edit(tmp_path: Path) -> None:
    first = write(tmp_path / "one.txt", "Stabil titel", "Første udgave.")
    (before,) = load_articles(first)
    moved = tmp_path / "sub" / "renamed.txt"
    moved.parent.mkdir()
    first.rename(moved)
    write(moved, "Stabil  titel", "Rettet udgave med en ny sætning.")
    (after,) = scan([tmp_path]).articles
    assert after.id == before.id
    assert after.path == str(moved) and after.body != before.body


def test_declared_ids_win(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('{"id": "wire-123", "title": "T", "body": "B"}')
    (tmp_path / "b.md").write_text("---\nid: md-7\ntitle: T\n---\nB\n")
    assert [a.id for a in scan([tmp_path]).articles] == ["wire-123", "md-7"]


def test_colliding_ids_get_path_suffix(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        write(tmp_path / name, "Samme titel")
    articles = scan([tmp_path]).articles
    ids = [a.id for a in articles]
    assert len(set(ids)) == 3
    assert ids[0] == make_id("nordbureau", "2022-04", "Samme titel")
    assert all(i.startswith(ids[0] + "-") and len(i) == 17 for i in ids[1:])
    assert [a.id for a in scan([tmp_path]).articles] == ids  # deterministic


def test_stdin_style_parse_bytes() -> None:
    (article,) = parse_bytes(b"<h1>T</h1><p>Body.</p>", "-", "html")
    assert article.path == "-" and article.format == "html" and article.body == "Body."
    (article,) = parse_bytes(b"Title\n\nBody.", "-")
    assert article.format == "txt"


def test_scan_of_2000_files(tmp_path: Path) -> None:
    for i in range(2000):
        write(tmp_path / f"d{i % 20:02d}" / f"f{i:04d}.txt", f"Artikel nummer {i}", f"Tekst {i}.")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02")
    result = scan([tmp_path])
    assert len(result.articles) == 2000
    assert len({a.id for a in result.articles}) == 2000
    assert [s.reason for s in result.skipped] == ["binary file"]
    assert {a.title for a in result.articles} == {f"Artikel nummer {i}" for i in range(2000)}
    assert all(a.source == "nordbureau" and a.dateline == "Randers" for a in result.articles)


def test_library_does_not_import_ui_or_store() -> None:
    code = (
        "import sys, reader.library as l; l.scan(['sample_articles']);"
        "bad = [m for m in ('textual', 'rich', 'tinydb') if m in sys.modules]; print(bad)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.strip() == "[]"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(["txt", "md", "html", "json"]))
def test_arbitrary_bytes_never_crash(data: bytes, fmt: str) -> None:
    from reader.errors import ArticleError

    try:
        articles = parse_bytes(data, f"x.{fmt}")
    except ArticleError as exc:
        assert "\n" not in str(exc)
        return
    for article in articles:
        assert article.title and "\n" not in article.title
        assert "\r" not in article.body and "\x1b" not in article.body
        assert "\n\n\n" not in article.body and article.body == article.body.strip()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["txt", "md", "html", "json"]))
def test_arbitrary_text_never_crashes(text: str, fmt: str) -> None:
    from reader.errors import ArticleError

    try:
        parse_bytes(text.encode("utf-8", "surrogatepass"), f"x.{fmt}")
    except ArticleError:
        pass


def test_progress_callback(tmp_path: Path) -> None:
    for i in range(250):
        write(tmp_path / f"f{i:03d}.txt", f"T{i}")
    calls: list[tuple[int, int]] = []
    assert len(scan([tmp_path], progress=lambda done, total: calls.append((done, total))).articles) == 250
    assert calls == [(0, 250), (100, 250), (200, 250), (250, 250)]
