"""A role whose first word opens with a name before a hyphen keeps the name's capital
(titles.named_prefix, stop 43)."""

from reader.analysis import analyze
from reader.analysis.titles import named_prefix


def test_a_town_trainer_opening_a_sentence() -> None:
    text = ("Viborg FF vandt 3-0 over Vejle Boldklub.\n\n"
            "Vejle-træner Ivan Skovbjerg var skuffet.\n\n- Det er ikke godt nok, sagde han.\n")
    assert [(q.speaker, q.role) for q in analyze(text, "da").quotes] == [("Ivan Skovbjerg", "Vejle-træner")]


def test_only_a_name_the_text_writes_inside_a_sentence() -> None:
    assert named_prefix("skole-lærer", "Skole-lærer Anna Bak er enig.") == "skole-lærer"
    assert named_prefix("vejle-træner", "kampen mod Vejle endte 0-3") == "Vejle-træner"
