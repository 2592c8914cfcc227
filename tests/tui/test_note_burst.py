"""Keys that arrive in one burst in the note editor (a paste without bracketed paste)."""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.widgets import TextArea

from reader.tui.screens.note import NoteEditor, NoteResult

KEY_NAMES = {" ": "space", "\n": "enter", ".": "full_stop"}
LINE = "fuld disk på serveren i Vejle »citat« 42 % æøå. " * 40  # one long line, as a paste


class _Editor(App[None]):
    def __init__(self, note: str = "") -> None:
        super().__init__()
        self.note, self.results = note, []

    def on_mount(self) -> None:
        self.push_screen(NoteEditor("excerpt", ("a", "b"), note=self.note), self.results.append)


def _keys(keys: list[str | tuple[str, str | None]]) -> list[events.Key]:
    """Characters as typed keys, (key, character) pairs as they are."""
    return [events.Key(*k) if isinstance(k, tuple) else events.Key(KEY_NAMES.get(k, k), k) for k in keys]


async def _burst(keys: list[events.Key], note: str = "") -> tuple[str, int, list]:
    """Post every key at once, as the terminal driver does; the note's text and how many edits."""
    app = _Editor(note)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        area = app.screen.query_one("#note-text", TextArea)
        edits, edit = [0], area.edit

        def counted(change):
            edits[0] += 1
            return edit(change)

        area.edit = counted  # type: ignore[method-assign]
        for key in keys:
            app.post_message(key)
        for _ in range(20):  # every queued key handled (no clock: the count of pauses)
            await pilot.pause()
        if not app.results:  # the end of the text, where the cursor is, is in view
            row = area._cursor_offset[1]
            assert area.scroll_offset.y <= row < area.scroll_offset.y + area.scrollable_content_region.height
        return area.text, edits[0], app.results


async def test_a_burst_of_typed_keys_goes_in_whole_as_a_few_edits() -> None:
    text, edits, _ = await _burst(_keys(list(LINE)))
    assert text == LINE
    assert edits < len(LINE) // 20  # one key at a time was one edit (and one re-wrap) per key


async def test_a_burst_stops_at_what_is_not_typed_and_replaces_a_selection() -> None:
    """Typing goes in up to the first message that is not a typed key, never past it; a selection
    is typed over; Enter is a new line."""
    app = _Editor("Før: gammel tekst")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        area = app.screen.query_one("#note-text", TextArea)
        area.select_all()
        seen = []
        for key in _keys(list("første\n")):
            area.post_message(key)
        area.call_later(lambda: seen.append(area.text))  # queued between the two halves
        for key in _keys(list("anden")):
            area.post_message(key)
        for _ in range(10):
            await pilot.pause()
        assert seen == ["første\n"] and area.text == "første\nanden"


async def test_ctrl_s_right_after_a_burst_saves_every_key() -> None:
    _, _, results = await _burst(_keys([*LINE, ("ctrl+s", "\x13")]), note="Før: ")
    assert results == [NoteResult(("Før: " + LINE).rstrip(), "")]
