"""Tags waiting for a held lock are said in plural (review33: "The tags is saved as soon as it is
free", and a second edit "The tags already waits ...; it is saved ...")."""

from __future__ import annotations

from lock_holder import LockHolder, library, store  # noqa: F401 (fixtures)
from tui_helpers import make_app, open_article, said, settle


async def test_tags_that_wait_for_the_lock_are_said_in_plural(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    holder = LockHolder(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_article(pilot, "Borgmester")
        holder.hold()
        try:
            await pilot.press("t", *"skole", "enter")
            await settle(pilot)
            assert app.waiting.queue
            await pilot.press("t")  # a second edit of the same tags is refused while the first waits
            await settle(pilot)
        finally:
            holder.release()
        messages = said(app)
        assert any("The tags are saved as soon as it is free" in m for m in messages)
        assert any(m.startswith("The tags already wait for the database; they are saved") for m in messages)
        assert not any("tags is saved" in m or "tags already waits" in m for m in messages)
