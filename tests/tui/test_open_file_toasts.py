"""The open article's file changing again and again (a feed rewriting it, a file that grows) gives
one toast, the last, not a stack of them over the text; a file replaced by a folder of its name is
said as such, not as a change that Escape and Enter would read."""

from __future__ import annotations

from pathlib import Path

from reader.store import open_store
from tui_helpers import WIRE, make_app, open_article, settle


def _watcher(app):
    return next(s for s in app.screen_stack if hasattr(s, "_tell_reader"))


def _shown(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


def _story(tmp_path: Path) -> tuple[Path, Path]:
    """A library folder with one story: (folder, the story's path)."""
    folder = tmp_path / "lib"
    folder.mkdir()
    path = folder / "ribe.txt"
    path.write_text(WIRE, encoding="utf-8")
    return folder, path


async def test_a_file_changing_twice_leaves_one_toast(tmp_path: Path):
    folder, path = _story(tmp_path)
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await open_article(pilot, "Borgmester")
            for figure in ("2.500 underskrifter", "2.600 underskrifter"):
                path.write_text(WIRE.replace("2.400 underskrifter", figure), encoding="utf-8")
                _watcher(app)._tell_reader([str(path)])
                await settle(pilot)
            toasts = [m for m in _shown(app) if "this article" in m]
            assert toasts == ["The file of this article changed on disk: the text is read again"]


async def test_a_file_replaced_by_a_folder_is_said_so(tmp_path: Path):
    folder, path = _story(tmp_path)
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await open_article(pilot, "Borgmester")
            path.unlink()
            path.mkdir()
            _watcher(app)._tell_reader([str(path)])
            await settle(pilot)
            assert [m for m in _shown(app) if "this article" in m] == [
                "The file of this article was replaced by a folder; the text shown is as it was read"]
