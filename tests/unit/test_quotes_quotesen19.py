"""English quote speakers in features, speeches and biographies (quotesen19): "she said" does not
go to a man the quote before was given to ('Derek' is a man's name), ..."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, "en").quotes]


def test_she_does_not_go_on_with_the_man_who_spoke_before() -> None:
    text = ("Hello and welcome back. Today I am at the boatyard, and I have brought a guest.\n\n"
            "This is Howard, he has the mooring next to mine and he has been varnishing boats since 1970. "
            "Howard, wave.\n\n"
            '"I am not waving."\n\nFine, Howard.\n\n'
            "Everyone in the comments asks how his hull stays so shiny. I asked him last month and he refused.\n\n"
            '"Linseed and patience," he says.\n\n'
            "That is all you get, folks. My aunt actually came down on Friday and tried to bribe him with a "
            'fruit cake. She said, "Howard, it is a whole cake," and he ate the cake and told her nothing.')
    assert _speakers(text) == ["Howard", "Howard", "My aunt"]


def test_she_still_goes_on_with_the_woman_who_spoke_before() -> None:
    text = ("Brenda runs the tea stall at the cricket club.\n\n"
            '"Nobody pays on time," Brenda says. She added: "Except the umpires."')
    assert _speakers(text) == ["Brenda", "Brenda"]
