"""Quote speakers the sixth blind probe (probe12) found wrong, fixed as patterns: "he said" before
anyone is named takes the person the next paragraph names; a role written short before a name
("Gov.", "Sen.") is the role "the governor" names; "Biskoppen over X Stift, NAME"; a rank
written short between a role and the name ("the commanding officer, Cdr NAME")."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, language).quotes]


def test_he_said_before_anyone_is_named_is_the_man_the_next_paragraph_names() -> None:
    text = ('Lifeboat crews were out all night off the coast.\n\n'
            '"I have never seen waves like it," he said as the boat came in.\n\n'
            'The coxswain, Gareth Pennick, 51, has served for 20 years.')
    assert _speakers(text, "en") == ["Gareth Pennick"]


def test_siger_hun_before_anyone_is_named_is_the_woman_the_next_paragraph_names() -> None:
    text = ("Der var kø ved færgen hele dagen.\n\n"
            "- Sådan har det aldrig været før, siger hun.\n\n"
            "Billetsælgeren hedder Ulla Brink og har arbejdet på havnen i 30 år.")
    assert _speakers(text, "da") == ["Ulla Brink"]


def test_the_governor_is_the_person_named_with_gov() -> None:
    text = ('Gov. Laura Benning visited the flooded towns on Monday.\n\n'
            'She met farmers at the fairground.\n\n'
            '"We will rebuild every bridge," the governor said.')
    assert _speakers(text, "en") == ["Laura Benning"]


def test_biskoppen_over_a_diocese_is_the_bishop_named_after_it() -> None:
    text = ("Biskoppen over Haderslev Stift, Jens Ole Bruun, vil lukke to kirker.\n\n"
            "»Vi har for mange kirker og for få kirkegængere,« siger biskoppen.")
    assert _speakers(text, "da") == ["Jens Ole Bruun"]


def test_a_rank_written_short_after_the_role_is_no_name_of_its_own() -> None:
    text = '"The crew did well," said the ship\'s commanding officer, Cdr Fiona Hale.'
    assert _speakers(text, "en") == ["Fiona Hale"]
