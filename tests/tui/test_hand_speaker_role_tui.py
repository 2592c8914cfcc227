"""The line above a quote whose speaker was set by hand to a person the article names gives that
person's role and organisation, as the line above their own quotes does (review27)."""

from __future__ import annotations

from pathlib import Path

from reader.store import open_store
from reader.tui.widgets.article_view import ArticleView

from tui_helpers import make_app, open_article, settle

# The team's own story: Lene Strand is introduced with a role and organisation, Ib Mørk with none.
STORY = """ date 2025-02 Ny kaj i Hvidsten er klar til sommer

Hvidsten. Energiselskabet Nordkraft er næsten færdigt med den nye kaj i Hvidsten, og de første både kan lægge til i juni.

- Vi har ventet på den her kaj i over ti år, siger Nordkrafts pressechef, Lene Strand.

Fiskeren Ib Mørk er mindre begejstret for prisen.

- Det er for dyrt for os, der fisker hver dag, siger Ib Mørk.

- Men kajen er flot, det skal de have.

/testbureau/
"""


async def test_the_line_above_a_quote_set_by_hand_gives_that_persons_role(tmp_path: Path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "kaj.txt").write_text(STORY, encoding="utf-8")
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_article(pilot, "Ny kaj")
            view = screen.query_one(ArticleView)
            assert "Lene Strand, pressechef, Nordkraft" in view._speaker_rows.values()
            await pilot.press(*["quotation_mark"] * 3, "w")  # the last quote, the fisherman's
            await settle(pilot)
            await pilot.press("ctrl+u", *"lene", "right", "enter")
            await settle(pilot)
            assert store.quote_checks(screen.article.id)[0].speaker == "Lene Strand"
            labels = list(view._speaker_rows.values())
            assert "Lene Strand, pressechef, Nordkraft · set by hand" in labels
            await pilot.press(*["apostrophe"] * 2, "w")  # her own quote, given to the fisherman
            await settle(pilot)
            await pilot.press("ctrl+u", *"Ib", "right", "enter")
            await settle(pilot)
            labels = list(view._speaker_rows.values())
            assert "Ib Mørk · set by hand" in labels  # he has no role; never hers
            assert "Lene Strand, pressechef, Nordkraft · set by hand" in labels


async def test_a_speaker_cleared_by_hand_is_no_speaker_in_the_panel_too(tmp_path: Path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "kaj.txt").write_text(STORY, encoding="utf-8")
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_article(pilot, "Ny kaj")
            view = screen.query_one(ArticleView)
            await pilot.press("quotation_mark", "w")
            await settle(pilot)
            await pilot.press("ctrl+u", "enter")  # cleared: nobody said it
            await settle(pilot)
            assert "no speaker · set by hand" in view._speaker_rows.values()
            panel = str(screen.query_one("#panel-content").render())
            assert "no speaker ✎ ×1" in panel and "unknown speaker ✎" not in panel  # as the line above says
