"""Bad settings files and hostile input never become "internal error": a clear one-line message, and
the app starts with default settings when the config is at fault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.settings import DEFAULT_LABELS, load_settings
from reader.store import open_store
from reader.tui.app import ReaderApp

from tui_helpers import WIRE, wait_for_library, said

ROOT = Path(__file__).resolve().parents[2]


def bad_configs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Config files that cannot be used, each with the words its message must carry."""
    latin = tmp_path / "latin.toml"
    latin.write_bytes('labels = ["f\u00f8lg op"]\n'.encode("latin-1"))
    deep = tmp_path / "deep.toml"
    deep.write_text("labels = " + "[" * 5000 + "]" * 5000 + "\n")
    folder = tmp_path / "confdir"
    folder.mkdir()
    broken = tmp_path / "broken.toml"
    broken.write_text("labels = [\n")
    return {
        "latin": (latin, "is not UTF-8 text (line 1)"),
        "deep": (deep, "is nested too deeply to read"),
        "folder": (folder, "is a folder; a settings file (TOML) is expected"),
        "broken": (broken, "is not valid TOML"),
    }


@pytest.mark.parametrize("case", ["latin", "deep", "folder", "broken"])
def test_bad_config_gives_defaults_and_one_line(tmp_path: Path, case: str) -> None:
    path, words = bad_configs(tmp_path)[case]
    settings = load_settings(path)
    assert settings.labels == DEFAULT_LABELS
    (problem,) = settings.problems
    assert problem.startswith(f"{path}: ") and words in problem and "\n" not in problem
    assert problem.endswith("using default settings") and "Errno" not in problem


async def test_app_starts_with_defaults_when_the_config_is_not_utf8(tmp_path: Path, monkeypatch) -> None:
    path, _ = bad_configs(tmp_path)["latin"]
    monkeypatch.setenv("READER_CONFIG", str(path))
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    with open_store(tmp_path / "db.json") as store:
        app = ReaderApp([str(tmp_path / "a.txt")], store)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_library(pilot)
            assert app.settings.labels == DEFAULT_LABELS
            messages = said(app)
            assert any("is not UTF-8 text" in m for m in messages), messages


def run(*args: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    environ = {**os.environ, "READER_DB": str(tmp_path / "db.json"), **env}
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, env=environ,
                          timeout=120, cwd=ROOT)


def test_deep_and_surrogate_json_articles_are_clear(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text('{"title": "T", "body": ' + "[" * 10_000 + "]" * 10_000 + "}")
    lone = tmp_path / "lone.json"
    lone.write_text('{"title": "Ensom \\ud800 halvdel", "body": "Tekst \\udc9b her.", "tags": ["\\udfff"]}')
    listed = run("list", "--json", str(tmp_path), tmp_path=tmp_path)
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout.decode("utf-8"))
    assert [a["title"] for a in data["articles"]] == ["Ensom \ufffd halvdel"]
    assert [s["reason"] for s in data["skipped"]] == ["JSON nested too deeply to read"]
    analysed = run("analyze", str(deep), tmp_path=tmp_path)
    assert analysed.returncode == 2
    assert analysed.stderr.decode().strip() == f"reader: error: {deep}: JSON nested too deeply to read"
    tagged = run("tag", str(lone), "x", tmp_path=tmp_path)
    assert tagged.returncode == 0 and b"internal error" not in tagged.stderr, tagged.stderr


def test_ascii_output_encoding_is_a_note_not_an_internal_error(tmp_path: Path) -> None:
    sample = ROOT / "sample_articles" / "da-01-kommune-budget.txt"
    listed = run("list", str(sample), tmp_path=tmp_path, PYTHONIOENCODING="ascii")
    assert listed.returncode == 0, listed.stderr
    notes = [line for line in listed.stderr.decode().splitlines() if line.startswith("reader: note")]
    assert len(notes) == 1 and "ascii" in notes[0]
    assert b"h?ver grundskylden" in listed.stdout
    as_json = run("list", "--json", str(sample), tmp_path=tmp_path, PYTHONIOENCODING="ascii")
    assert as_json.returncode == 0, as_json.stderr
    (article,) = json.loads(as_json.stdout)["articles"]
    assert article["title"].startswith("Vejle Kommune h\u00e6ver")  # escaped, nothing lost
    analysed = run("analyze", str(sample), tmp_path=tmp_path, PYTHONIOENCODING="ascii")
    assert analysed.returncode == 0 and b"internal error" not in analysed.stderr
    as_json = run("analyze", "--json", str(sample), tmp_path=tmp_path, PYTHONIOENCODING="ascii")
    assert as_json.returncode == 0, as_json.stderr
    assert "hæver grundskylden" in json.loads(as_json.stdout)["text"]  # escaped, nothing lost


def test_a_settings_file_with_a_utf8_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"\xef\xbb\xbf" + 'labels = ["kilde", "tjek"]\n'.encode("utf-8"))
    settings = load_settings(path)
    assert settings.labels == ("kilde", "tjek") and settings.problems == ()


def test_keep_markdown_is_read_and_a_wrong_type_is_a_one_line_problem(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("keep_markdown = true\n", encoding="utf-8")
    assert load_settings(config).keep_markdown is True
    config.write_text('keep_markdown = "yes"\n', encoding="utf-8")
    settings = load_settings(config)
    assert settings.keep_markdown is False and settings.problems == (
        f"{config}: 'keep_markdown' must be true or false",)
