"""Benchmark: text that arrives as one burst of keys in the note editor (a paste without
bracketed paste: a terminal that lacks it, or ``tmux paste-buffer`` without ``-p``).

Posts the text as key events all at once (as the terminal driver does), waits until the editor
holds it, and prints keys per second, CPU, wall time and the process's peak RSS; checks that the
note holds exactly the text (nothing lost or reordered).

    python bench/note_burst.py [--kb 20] [--line]   (--line: one line, no newlines)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

KEY_NAMES = {" ": "space", "\n": "enter", ".": "full_stop", ",": "comma"}


def burst_text(kb: int, one_line: bool) -> str:
    """``kb`` thousand characters of a note: paragraphs of Danish words, or one long line."""
    words = "fuld disk på serveren i Vejle; notatet skal gemmes æøå »citat« 42 % ".split()
    out, size = [], 0
    while size < kb * 1000:
        word = words[len(out) % len(words)]
        sep = "\n" if not one_line and len(out) % 120 == 119 else " "
        out.append(word + sep)
        size += len(word) + 1
    return "".join(out)[: kb * 1000]


async def run(kb: int, one_line: bool) -> None:
    from textual import events
    from textual.app import App

    from reader.tui.screens.note import NoteEditor

    text = burst_text(kb, one_line)

    class Editor(App[None]):
        def on_mount(self) -> None:
            self.push_screen(NoteEditor("excerpt", ("a", "b")))

    app = Editor()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        area = app.screen.query_one("#note-text")
        cpu, wall = time.process_time(), time.perf_counter()
        for ch in text:
            app.post_message(events.Key(KEY_NAMES.get(ch, ch), ch))
        while len(area.text) < len(text):
            await asyncio.sleep(0.01)
        await pilot.pause()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        same = area.text == text
        print(f"{kb} KB {'one line' if one_line else 'in lines'}: {len(text) / wall:,.0f} keys/s, "
              f"{cpu:.2f} s CPU, {wall:.2f} s wall, peak RSS {rss} MB, text kept exactly: {same}")


def main() -> None:
    """Parse the arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=20)
    parser.add_argument("--line", action="store_true", help="one line, no newlines")
    args = parser.parse_args()
    asyncio.run(run(args.kb, args.line))


if __name__ == "__main__":
    main()
