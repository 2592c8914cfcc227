"""A checked quote reworded late in a long sentence: the status line and the panel show the words
that changed, old beside new, not the unchanged start of both."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.anchoring import make_anchor
from reader.model import QuoteState
from reader.store import open_store
from reader.tui.wording import around_change

from tui_helpers import make_app, open_article

STORY = """ date 2026-03 Plejehjem fik kritik for tomme nattevagter

Halby. Tilsynschef Rikke Vang har gennemgået plejehjemmets vagtplaner.

- Vagtplanerne blev skrevet om bagefter for at skjule, at nattevagten i afdeling to stod tom, siger Rikke Vang.

/testbureau/
"""
OLD = "Vagtplanerne blev skrevet om bagefter for at skjule, at nattevagten i afdeling to stod tom"
NEW = "Vagtplanerne blev skrevet om bagefter for at skjule, at nattevagten i afdeling to kun havde en vikar"


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "db" / "reader.json") as opened:
        yield opened


def test_the_excerpts_show_where_two_wordings_differ():
    assert around_change("kort citat", "kort citat her", 40) == ("kort citat", "kort citat her")
    old, new = around_change(OLD, NEW, 50)
    assert old.startswith("…") and old.endswith("afdeling to stod tom")
    assert new.startswith("…") and new.endswith("afdeling to kun havde en vikar")
    assert len(old) <= 50 and len(new) <= 50


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_a_long_quote_reworded_at_its_end_shows_the_changed_words(tmp_path, store, size):
    from reader.library import load_articles

    folder = tmp_path / "articles"
    folder.mkdir()
    path = folder / "pleje.txt"
    path.write_text(STORY, encoding="utf-8")
    (article,) = store.settle_ids(load_articles(path))
    store.attach(article)
    start = article.body.index(OLD)
    store.set_quote_state(article.id, make_anchor(article.body, start, start + len(OLD)), QuoteState.VERIFIED,
                          "Rikke Vang")
    path.write_text(STORY.replace(OLD, NEW), encoding="utf-8")
    app = make_app(folder, store, tmp_path)
    async with app.run_test(size=size) as pilot:
        screen = await open_article(pilot, "Plejehjem")
        await pilot.press("quotation_mark")
        line = str(screen.query_one("#article-status").render())
        assert "changed since verified" in line
        assert "stod tom" in line[: size[0]] and "kun havde en vikar" in line[: size[0]]  # old and new, on screen
        assert line.rstrip().endswith("; V checks again") and len(line.rstrip()) <= size[0] - 2  # the key, whole
        if size[0] >= 120:
            panel = " ".join(str(screen.query_one("#panel-content").render()).split())
            assert "stod tom”" in panel and "kun havde en vikar”" in panel


async def test_a_figure_changed_in_a_quote_shows_old_and_new_within_80_columns(tmp_path, store):
    """One digit changed in a short quote: the old and the new figure both on an 80-column status line
    (it was cut after the new one's first word)."""
    from reader.library import load_articles

    folder = tmp_path / "articles"
    folder.mkdir()
    path = folder / "brink.txt"
    story = (" date 2026-03 Borgmester afviser kritik\n\nRoskilde. Oppositionsleder Per Brink er uenig.\n\n"
             "- Det er simpelthen ikke rigtigt. Der mangler 40 millioner kroner, siger Per Brink.\n")
    path.write_text(story, encoding="utf-8")
    (article,) = store.settle_ids(load_articles(path))
    store.attach(article)
    old = "Det er simpelthen ikke rigtigt. Der mangler 40 millioner kroner"
    start = article.body.index(old)
    store.set_quote_state(article.id, make_anchor(article.body, start, start + len(old)), QuoteState.VERIFIED,
                          "Per Brink")
    path.write_text(story.replace("40 millioner", "45 millioner"), encoding="utf-8")
    app = make_app(folder, store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await pilot.press("quotation_mark")
        line = str(screen.query_one("#article-status").render())
        assert "changed since verified" in line
        # Padding: 78 columns. The figures keep their unit, and the key to press is whole: with
        # "mangler" either side as well the line is 89 columns and was cut before "again".
        assert "“…40 millioner…” → “…45 millioner…”" in line[:78]
        assert line.rstrip().endswith("; V checks again") and len(line.rstrip()) <= 78


def test_the_changed_quote_line_names_the_speaker_only_when_the_speaker_changed():
    """An unchanged speaker (shown above the quote) is not repeated on the line, where it pushed the
    key to press past 80 columns and was itself cut ("; by"); a changed one is, with who it was
    checked for."""
    from reader.export import QuoteNote
    from reader.model import QuoteState
    from reader.tui.render import _quote_status

    def line(note, room: int = 118) -> str:  # a 120-column line; 78 columns at 80
        return "".join(str(part) for part in _quote_status(note, room=room))

    reworded = QuoteNote("Vi lukker tre skoler", "Hanne Dahl", QuoteState.VERIFIED,
                         checked_text="Vi lukker to skoler", checked_speaker="Hanne Dahl")
    shown = line(reworded)
    assert shown == "changed since verified: “Vi lukker to skoler” → “Vi lukker tre skoler”; V checks again"
    assert line(reworded, 78) == "changed since verified: “…to skoler” → “…tre skoler”; V checks again"
    respoken = QuoteNote("Vi lukker to skoler", "Jens Holm", QuoteState.VERIFIED,
                         checked_text="Vi lukker to skoler", checked_speaker="Hanne Dahl")
    assert line(respoken) == "changed since verified: was by Hanne Dahl; now by Jens Holm; V checks again"



def test_a_speaker_corrected_on_a_checked_quote_fits_80_columns_with_both_names_whole():
    """review19: a verified quote's speaker corrected with ``w`` at 80 columns read "was by Anders
    Overga…; now by Niels Overgaa…; V checks" (both names cut to 14, the key to press cut off): the
    shorter "by OLD → NEW" keeps both names whole and the key, and "(set by hand)" is left to the
    line above the quote; a long name alone is cut, not a short one."""
    from reader.export import QuoteNote
    from reader.tui.render import _quote_status

    def line(old: str, new: str, room: int = 78) -> str:
        note = QuoteNote("Det forstår jeg godt", new, QuoteState.VERIFIED, checked_text="Det forstår jeg godt",
                         checked_speaker=old, speaker_by_hand=True)
        return "".join(str(part) for part in _quote_status(note, room=room))

    assert line("Anders Overgaard", "Niels Overgaard") == \
        "changed since verified: by Anders Overgaard → Niels Overgaard; V checks again"
    assert line("Rail", "") == "changed since verified: by Rail → no speaker; V checks again"
    edited = QuoteNote("Det er et slag i ansigtet", "Claus Oxfeldt", QuoteState.VERIFIED,  # the file named another
                       checked_text="Det er et slag i ansigtet", checked_speaker="Heino Kegel")
    assert "".join(str(part) for part in _quote_status(edited, room=78)) == \
        "changed since verified: by Heino Kegel → Claus Oxfeldt; V checks again"
    assert line("Anders Overgaard", "Niels Overgaard", 118) == \
        "changed since verified: was by Anders Overgaard; now by Niels Overgaard (set by hand); V checks again"
    long = line("Rail", "Christopher Montgomery-Whitfield of the Rail and Maritime Union")
    assert long.startswith("changed since verified: by Rail → Christopher") and long.endswith("…; V checks again")
    assert len(long) <= 78


async def test_correcting_a_checked_quotes_speaker_at_80_columns_keeps_the_key_on_screen(tmp_path, store):
    """The same in the app: V, then w with a completed name, at 80x24."""
    from reader.library import load_articles

    folder = tmp_path / "articles"
    folder.mkdir()
    story = (" date 2026-09 Den sidste mælkebonde i Thy\n\nThy. Niels Overgaard er 63 år. Hans søn, Anders "
             "Overgaard, er agronom.\n\n- Jeg kan ikke se en fremtid i 140 køer, siger Anders Overgaard.\n\n"
             "Hans far trækker på skuldrene.\n\n- Det forstår jeg godt. Jeg ville ikke ønske det for ham, siger "
             "Anders Overgaard.\n\n/testbureau/\n")
    (folder / "thy.txt").write_text(story, encoding="utf-8")
    store.settle_ids(load_articles(folder / "thy.txt"))
    app = make_app(folder, store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_article(pilot, "mælkebonde")
        await pilot.press("quotation_mark", "quotation_mark", "c")
        await pilot.pause()
        await pilot.press("w", "ctrl+u", "N", "i", "e", "right", "enter")
        for _ in range(20):
            await pilot.pause(0.05)
            line = str(screen.query_one("#article-status").render()).rstrip()
            if "changed since" in line:
                break
        assert line == "changed since verified: by Anders Overgaard → Niels Overgaard; V checks again"
