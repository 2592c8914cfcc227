"""Tagging sessions: letters for tags past the ninth, shown on the card; optional auto-advance."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.settings import load_settings
from reader.store import open_store
from reader.tui.screens.session import SessionScreen

from tui_helpers import WIRE, make_app, start_session, said

TAGS = tuple(f"emne{n}" for n in range(1, 12))  # eleven tags: 1-9, a, b


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for town in ("Ribe", "Tønder", "Esbjerg"):
        (folder / f"{town}.txt").write_text(WIRE.replace("Ribe", town), encoding="utf-8")
    return folder


async def test_letters_for_tags_past_nine_and_auto_advance(tmp_path, library):
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([library], store, tmp_path, session_tags=TAGS)
        async with app.run_test(size=(120, 40)) as pilot:
            order = await start_session(pilot)
            session = app.screen
            assert isinstance(session, SessionScreen) and session.tag_set == list(TAGS)
            card = str(session.query_one("#session-tags").render())
            assert " a    emne10" in card and " b    emne11" in card and "Also:" not in card
            from reader.tui.screens.help import binding_rows

            rows = {row.keys: row.description for row in binding_rows(session) if row.action.startswith("toggle(")}
            assert rows["a"] == "Toggle tag: emne10" and rows["b"] == "Toggle tag: emne11" and "c" not in rows
            await pilot.press("a", "b")
            await pilot.pause()
            assert store.tags(order[0].id) == ("emne10", "emne11")
            assert session.current.id == order[0].id  # auto-advance is off: still here
            await pilot.press("A", "3")  # auto-advance on: the tag key tags and moves on
            await pilot.pause()
            assert "emne3" in store.tags(order[0].id)
            assert session.current.id == order[1].id
            await pilot.press("c")  # no tag has that key: nothing happens
            await pilot.pause()
            assert store.tags(order[1].id) == () and session.current.id == order[1].id
            await pilot.press("1", "1")  # tags the second, then the last: the end is said
            await pilot.pause()
            assert session.current.id == order[2].id and store.tags(order[2].id) == ("emne1",)
            assert "last article" in said(app)[-1]
    assert load_settings(tmp_path / "c.toml").session_advance is True  # remembered


def test_more_than_nine_session_tags_are_read_from_the_settings(tmp_path):
    config = tmp_path / "config.toml"
    names = [f"t{n}" for n in range(1, 35)]
    config.write_text("session_tags = [" + ", ".join(f'"{n}"' for n in names) + "]\n", encoding="utf-8")
    settings = load_settings(config)
    assert settings.session_tags == tuple(names[:29])
    assert "more than 29" in settings.problems[0]


async def test_a_new_session_tag_that_cannot_be_saved_comes_back_in_the_editor(tmp_path, library, monkeypatch):
    """A new tag typed in a session on a full disk is not made a key as if saved: the editor comes
    back with what was typed, and Enter saves it once the disk has room (attack14 left it: the tag
    joined the keys, unsaved, and was gone after the session)."""
    from reader.errors import StoreError
    from reader.tui.screens.tags import TagEditor

    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([library], store, tmp_path, session_tags=("emne1",))
        async with app.run_test(size=(120, 40)) as pilot:
            order = await start_session(pilot)
            session = app.screen
            real = store.add_tags

            def full(*args, **kwargs):
                raise StoreError(f"disk full while saving {store.path}")

            monkeypatch.setattr(store, "add_tags", full)
            await pilot.press("t", *"havn", "enter")
            await pilot.pause()
            assert any("disk full" in m for m in said(app))
            assert isinstance(app.screen, TagEditor)  # old: closed, "havn" a key but not saved
            assert app.screen.query_one("#tag-input").value.startswith("havn")
            assert session.tag_set == ["emne1"]
            monkeypatch.setattr(store, "add_tags", real)
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen is session and session.tag_set == ["emne1", "havn"]
            assert store.tags(order[0].id) == ("havn",)
