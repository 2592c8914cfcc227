"""Choices made in the app (theme, side panel, sort order) are kept in the settings file."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.settings import load_settings
from reader.tui.remember import save_ui
from reader.store import open_store
from reader.tui.app import ReaderApp

from tui_helpers import WIRE, make_app, open_article, settle, wait_for_library


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    return folder


def test_save_ui_keeps_the_rest_of_the_file(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('# my labels\nlabels = ["a", "b"]  # two\n\n[ui]\ntheme = "nord"\n', encoding="utf-8")
    settings = save_ui(load_settings(path), theme="textual-light", sort="title")
    text = path.read_text(encoding="utf-8")
    assert text.startswith('# my labels\nlabels = ["a", "b"]  # two\n')
    assert text.count("[ui]") == 1 and "nord" not in text
    again = load_settings(path)
    assert (again.theme, again.sort, again.labels) == ("textual-light", "title", ("a", "b")) == (
        settings.theme, settings.sort, settings.labels)


def test_save_ui_never_overwrites_a_broken_file(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("labels = [\n", encoding="utf-8")
    with pytest.raises(ValueError):
        save_ui(load_settings(path), theme="nord")
    assert path.read_text(encoding="utf-8") == "labels = [\n"


def test_save_ui_writes_through_a_linked_settings_file(tmp_path):
    """A settings file kept in a dotfiles folder and linked into place stays linked: the theme
    chosen in the app is written to the linked file, not over the link."""
    kept = tmp_path / "dotfiles" / "reader.toml"
    kept.parent.mkdir()
    kept.write_text('labels = ["a"]\n', encoding="utf-8")
    path = tmp_path / "config.toml"
    path.symlink_to(kept)
    save_ui(load_settings(path), theme="nord")
    assert path.is_symlink() and load_settings(kept).theme == "nord"


def test_wrong_ui_values_are_reported_not_used(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[ui]\ntheme = 3\npanel = "yes"\n', encoding="utf-8")
    settings = load_settings(path)
    assert settings.theme == "" and settings.panel is None
    assert len(settings.problems) == 2 and "ui.theme" in settings.problems[0]


async def test_theme_panel_and_sort_survive_a_restart(tmp_path, library):
    db = tmp_path / "db" / "reader.json"
    with open_store(db) as store:
        app = make_app([library], store, tmp_path)
        async with app.run_test(size=(120, 30)) as pilot:
            lib = await wait_for_library(pilot)
            app.theme = "textual-light"
            await pilot.press("o")
            assert lib.table.sort == "title"
            screen = await open_article(pilot, "Ribe")
            assert screen.panel_shown
            await pilot.press("backslash")
            await settle(pilot)
            assert not screen.panel_shown
    settings = load_settings(tmp_path / "c.toml")
    assert (settings.theme, settings.panel, settings.sort) == ("textual-light", False, "title")
    with open_store(db) as store:
        app = ReaderApp([str(library)], store, settings=settings)
        async with app.run_test(size=(120, 30)) as pilot:
            lib = await wait_for_library(pilot)
            assert app.theme == "textual-light"
            assert lib.table.sort == "title"
            screen = await open_article(pilot, "Ribe")
            assert not screen.panel_shown
