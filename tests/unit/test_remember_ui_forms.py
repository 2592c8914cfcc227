"""Remembering a choice made in the app (the [ui] table) never leaves a settings file the next
launch cannot read: a ui table the user wrote as an inline table or as dotted keys, or a file
that starts with a UTF-8 byte order mark, keeps the labels and export folder the user set."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.settings import load_settings
from reader.tui.remember import save_ui

FORMS = {
    "inline table": 'labels = ["alpha", "beta"]\nui = { panel = true }\n',
    "dotted keys": 'labels = ["alpha", "beta"]\nui.sort = "title"\nui.panel = true\n',
    "quoted dotted key": 'labels = ["alpha", "beta"]\n"ui".panel = true\n',
    "byte order mark": '\ufefflabels = ["alpha", "beta"]\n[ui]\npanel = true\n',
}


@pytest.mark.parametrize("form", FORMS)
def test_a_remembered_choice_keeps_the_file_readable(tmp_path: Path, form: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(FORMS[form], encoding="utf-8")
    settings = load_settings(path)
    assert settings.labels == ("alpha", "beta") and not settings.problems
    save_ui(settings, panel=False)
    again = load_settings(path)
    assert again.problems == ()  # main: "is not valid TOML: Cannot declare ('ui',) twice"
    assert again.labels == ("alpha", "beta") and again.panel is False


def test_a_file_the_update_would_change_otherwise_is_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    text = 'labels = ["alpha"]\nui = { panel = true,\n  sort = "title" }\n'  # not TOML: never written over
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError):
        save_ui(load_settings(path), panel=False)
    assert path.read_text(encoding="utf-8") == text
