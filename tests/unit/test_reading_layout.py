"""Wrapping and cursor motions of the reading view (pure functions)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from reader.model import paragraph_spans
from reader.tui.widgets.layout import GAP, layout_text
from reader.tui.widgets.motions import Motions, covering, next_item, step_item

TEXT = "Første afsnit har nogle ord. Og en sætning mere.\n\nAndet afsnit: kort.\n\n- Et citat, siger hun."


def test_rows_cover_every_word_within_width():
    layout = layout_text(TEXT, paragraph_spans(TEXT), 20)
    words = [row for row in layout.rows if row != GAP]
    joined = " ".join(TEXT[s:e] for s, e in words)
    assert joined.split() == TEXT.split()
    assert all(e - s <= 20 for s, e in words)
    assert layout.rows.count(GAP) == 2


def test_overlong_token_is_cut():
    text = "x" * 50 + " kort"
    layout = layout_text(text, paragraph_spans(text), 20)
    assert list(layout.rows) == [(0, 20), (20, 40), (40, 55)]  # the last piece shares its row


def test_wide_characters_count_two_cells():
    text = "日本語のテキスト " * 5
    layout = layout_text(text, paragraph_spans(text), 10)
    for s, e in layout.rows:
        assert sum(2 for _ in text[s:e].replace(" ", "")) <= 10


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab cæ\n.-日")), max_size=300), st.integers(8, 40))
def test_layout_keeps_every_non_space_character(text, width):
    layout = layout_text(text, paragraph_spans(text), width)
    shown = "".join(text[s:e] for s, e in layout.rows if (s, e) != GAP)
    assert "".join(shown.split()) == "".join(text.split())
    for offset in range(len(text)):
        assert 0 <= layout.row_of(offset) < max(1, len(layout.rows))


def test_sentence_and_paragraph_motions():
    sentences = [(0, 28), (29, 48), (50, 69), (71, 93)]
    motions = Motions(TEXT, sentences, paragraph_spans(TEXT))
    first = motions.words[0]
    second_sentence = motions.unit(first, 1, "sentence", False)
    assert TEXT[second_sentence[0] : second_sentence[1]] == "Og"
    end_of_first = motions.unit(first, 1, "sentence", True)
    assert TEXT[end_of_first[0] : end_of_first[1]] == "ord"
    next_paragraph = motions.unit(first, 1, "paragraph", False)
    assert TEXT[next_paragraph[0] : next_paragraph[1]] == "Andet"
    back = motions.unit(next_paragraph, -1, "paragraph", False)
    assert back == first
    assert motions.word(first, -1) == first
    assert motions.word(motions.words[-1], 1) == motions.words[-1]


def test_item_jumps_and_covering():
    items = [(0, 6), (10, 20), (30, 35)]
    assert next_item(items, (0, 6), 1) == (10, 20)
    assert next_item(items, (10, 20), -1) == (0, 6)
    assert next_item(items, (30, 35), 1) is None
    assert covering(items, 12) == (10, 20)
    assert covering(items, 25) is None


def test_item_jumps_visit_items_that_share_a_start():
    """A name that opens a quote: n from the name goes on to the quote, N back to the name."""
    items = [(0, 6), (10, 20), (10, 40), (25, 30)]
    assert step_item(items, (0, 6), 1) == (10, 20)
    assert step_item(items, (10, 20), 1) == (10, 40)
    assert step_item(items, (10, 40), 1) == (25, 30)
    assert step_item(items, (10, 40), -1) == (10, 20)
    assert step_item(items, (25, 30), 1) is None
    assert step_item(items, (12, 15), 1) == (25, 30)  # a word inside: as next_item
    assert step_item(items, (0, 3), -1) is None


def test_rows_never_exceed_the_width_in_cells():
    from rich.cells import cell_len

    text = "ord\u3000ord\u3000ord\u3000ord 日本語 x\u3000y " * 6
    layout = layout_text(text, paragraph_spans(text), 12)
    for s, e in layout.rows:
        if (s, e) != GAP:
            assert cell_len(text[s:e]) <= 12, text[s:e]


def test_entity_types_and_note_labels_have_distinct_colours_in_every_builtin_theme():
    from textual.color import Color
    from textual.theme import BUILTIN_THEMES

    from reader.tui.theme_colours import ENTITY_BASES, _close, entity_colours

    for name, theme in BUILTIN_THEMES.items():
        colours = entity_colours(theme.to_color_system().generate())
        kinds = [Color.parse(colours[f"reader-{kind}"]) for kind, _ in ENTITY_BASES]
        for i in range(len(kinds)):
            for j in range(i):
                assert not _close(kinds[i], kinds[j]), (name, ENTITY_BASES[i][0], ENTITY_BASES[j][0])
        assert len({colours[f"reader-note-{slot}"] for slot in range(1, 11)}) == 10, name
        # and still ten in a terminal without true colour (256 colours: tmux, Terminal.app)
        from rich.color import Color as RichColor, ColorSystem

        shades = {RichColor.parse(colours[f"reader-note-{slot}"]).downgrade(ColorSystem.EIGHT_BIT).number
                  for slot in range(1, 11)}
        assert len(shades) == 10, name
    # textual-dark's accent and warning are the same orange: people and dates must still differ.
    dark = entity_colours(BUILTIN_THEMES["textual-dark"].to_color_system().generate())
    assert dark["reader-per"] != dark["reader-date"]
