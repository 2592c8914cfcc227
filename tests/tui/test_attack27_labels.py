"""The line above a paragraph's quote names the role the article gives its speaker at that quote:
a person quoted first as chairman and then as a firm's former director is not labelled "formand,
Vestfisk" (one quote's role, the other's organisation) above both; a speaker set by hand to him
takes the role of his quote nearest before, with its organisation (attack27)."""

from __future__ import annotations

from pathlib import Path

from reader.store import open_store
from reader.tui.widgets.article_view import ArticleView

from tui_helpers import make_app, open_article, settle

# The team's own story. Jens Bager: first "formand", then "tidligere direktør i Vestfisk".
STORY = """ date 2026-11-05 Ny formand for havnen har travlt.

Esbjerg. Esbjerg Havn har fået ny formand.

- Jeg glæder mig til at komme i gang, siger formand Jens Bager.

Han var indtil sidste år direktør i Vestfisk.

- Det var et godt firma at lede, siger tidligere direktør i Vestfisk Jens Bager.

Havnens kaptajn Ole Dam er glad for valget.

- Vi har brug for en, der kender fiskeriet, siger Ole Dam.
"""


async def test_each_quote_is_labelled_with_the_role_the_article_gives_there(tmp_path: Path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "havn.txt").write_text(STORY, encoding="utf-8")
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_article(pilot, "Ny formand")
            view = screen.query_one(ArticleView)
            labels = list(view._speaker_rows.values())
            assert labels[:2] == ["Jens Bager, formand", "Jens Bager, tidligere direktør, Vestfisk"]
            await pilot.press(*["quotation_mark"] * 3, "w")  # the last quote, Ole Dam's
            await settle(pilot)
            await pilot.press("ctrl+u", *"jens", "right", "enter")
            await settle(pilot)
            assert store.quote_checks(screen.article.id)[0].speaker == "Jens Bager"
            labels = list(view._speaker_rows.values())
            assert labels[2] == "Jens Bager, tidligere direktør, Vestfisk · set by hand"
