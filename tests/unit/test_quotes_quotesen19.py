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


def test_i_in_a_speech_is_the_one_the_heading_says_gave_it() -> None:
    text = ("Eulogy for Rose Tully, given by her nephew Gareth Tully at St Mark's\n\n"
            "Rose taught me to drive in a field behind the farm. On the first day I stalled eleven times.\n\n"
            'On the twelfth go I said, "I am never going to learn this," and she laughed at me.')
    assert _speakers(text) == ["Gareth Tully"]


def test_a_wedding_speech_by_the_best_man() -> None:
    text = ("Best man's speech, by Callum Reid, at the wedding of Iain and Morag\n\n"
            "I have known Iain since primary school.\n\n"
            'When he met Morag he phoned me. I said, "Do not ruin this, pal."')
    assert _speakers(text) == ["Callum Reid"]


def test_the_interviewer_after_by_is_not_the_speaker() -> None:
    text = ("Interview with the potter Hanna Lind, by Tom Reed\n\n"
            'I asked my teacher for one more year. I said, "Give me twelve months."')
    assert _speakers(text) != ["Tom Reed"]
