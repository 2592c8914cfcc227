"""Random keys over the whole app (fixed seeds): no key sequence may crash it or lose the store."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from reader.store import open_store

from tui_helpers import make_app, wait_for_library

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"
KEYS = ["up", "down", "left", "right", "j", "k", "enter", "escape", "slash", "t", "T", "e", "question_mark",
        "v", "s", "p", "o", "n", "N", "a", "d", "u", "ctrl+z", "ctrl+r", "ctrl+y", "c", "r", "x", "1", "2",
        "3", "5", "9", "left_square_bracket", "right_square_bracket", "left_parenthesis", "right_parenthesis",
        "left_curly_bracket", "right_curly_bracket", "backslash", "f", "home", "end", "pagedown", "pageup",
        "tab", "ctrl+s", "b", "h", "space", "backspace", "ctrl+p", "exclamation_mark"]


@pytest.mark.parametrize("seed,size", [(1, (120, 40)), (2, (72, 22))])
async def test_random_keys_never_crash_the_app(tmp_path: Path, seed: int, size: tuple[int, int]) -> None:
    rnd = random.Random(seed)
    library = tmp_path / "lib"
    shutil.copytree(SAMPLES, library)
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(library, store, tmp_path)
        async with app.run_test(size=size) as pilot:
            await wait_for_library(pilot)
            for step in range(250):
                await pilot.press(rnd.choice(KEYS))
                if step % 25 == 0:
                    await pilot.pause()
            await pilot.pause()
            assert app.is_running  # q is not among the keys: nothing closed it
        store.refresh()
        with open_store(store.path, readonly=True) as again:  # what was saved reads back whole
            assert again.annotation_counts() == store.annotation_counts()
