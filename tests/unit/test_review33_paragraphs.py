"""Wire copy written a paragraph a line with no blank line between (review33).

Each paragraph under 100 characters, so the old rule took the block for hard-wrapped text and
joined it into one paragraph: a dash quote ran on into the next paragraph's quote and took its
speaker from the paragraph before. Hard-wrapped text is still joined.
"""

from __future__ import annotations

from reader.library.textnorm import text_paragraphs
from reader.library.wire import parse_txt

_LINES = (
    " date 2026-11-14 Ny kaj til færgerne i Hobæk\n"
    "Hobæk. Byrådet har fredag vedtaget at bygge en ny kaj til de store færger.\n"
    "- Det er en god dag for hele egnen, siger borgmester Rita Lund.\n"
    "Kajen skal stå færdig i 2028.\n"
    "Havnefoged Per Krog er glad.\n"
    "- Vi har ventet på det her i otte år. Nu kan vi tage imod de store skibe, siger Per Krog.\n"
    "Fiskerne er mindre begejstrede. De frygter for pladsen til deres både i havnen.\n"
    "»Ingen har spurgt os,« siger fisker Ib Vang.\n"
    "/nordbureau/\n"
)


def test_a_paragraph_a_line_without_blank_lines_keeps_its_paragraphs() -> None:
    draft = parse_txt(_LINES)
    assert draft.paragraphs == [
        "Hobæk. Byrådet har fredag vedtaget at bygge en ny kaj til de store færger.",
        "- Det er en god dag for hele egnen, siger borgmester Rita Lund.",
        "Kajen skal stå færdig i 2028.",
        "Havnefoged Per Krog er glad.",
        "- Vi har ventet på det her i otte år. Nu kan vi tage imod de store skibe, siger Per Krog.",
        "Fiskerne er mindre begejstrede. De frygter for pladsen til deres både i havnen.",
        "»Ingen har spurgt os,« siger fisker Ib Vang.",
    ]


def test_a_short_line_ending_a_sentence_ends_its_paragraph() -> None:
    text = "The council met on Monday and agreed the plan for\nthe new harbour wall.\nIt costs £4m.\n"
    assert text_paragraphs(text) == ["The council met on Monday and agreed the plan for the new harbour wall.",
                                     "It costs £4m."]


def test_hard_wrapped_sentences_are_still_joined() -> None:
    wrapped = (
        "The council met on Monday. It agreed a plan for the harbour wall after\n"
        "two years of talks. The wall will cost £4m and take eighteen months to\n"
        "build. Work starts in the spring, the council said.\n"
    )
    assert text_paragraphs(wrapped) == [" ".join(wrapped.split())]
    ends_a_line = (  # a sentence ends a line, but the next word would not have fitted on it
        "It agreed a plan for the new harbour wall after two years of talks.\n"
        "Councillors said the wall would cost £4m and take eighteen months\n"
        "to build.\n"
    )
    assert text_paragraphs(ends_a_line) == [" ".join(ends_a_line.split())]
    assert text_paragraphs("AARHUS (Nordbureau): Første afsnit\nfortsætter her.\n") == [
        "AARHUS (Nordbureau): Første afsnit fortsætter her."]
