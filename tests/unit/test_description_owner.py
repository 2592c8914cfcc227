"""A description as speaker whose person the text gives with another owner of the role, and a
description resolved before it has a name (both once ended the analysis with a TypeError:
`reader analyze` printed "internal error")."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.descriptions import resolve_description
from reader.analysis.people import People, Speaker
from reader.analysis.quote_owner_role import other_owner

TWO_LEADERS = ("Også Socialdemokratiets gruppeformand, Mette Hyllested, stemte for skateparken. Hun kalder "
               "beslutningen »kortsigtet«.\n\nVenstres gruppeformand siger, at partiet »ikke havde noget valg« "
               "med de økonomiske rammer.\n")


def test_another_partys_leader_is_not_the_one_named() -> None:
    quotes = analyze(TWO_LEADERS, "da").quotes
    last = [q for q in quotes if "valg" in q.text]
    assert last and last[0].speaker == "Venstres gruppeformand"


def test_the_same_owner_is_still_the_one_named() -> None:
    text = TWO_LEADERS.replace("Venstres gruppeformand", "Socialdemokratiets gruppeformand")
    last = [q for q in analyze(text, "da").quotes if "valg" in q.text]
    assert last and last[0].speaker == "Mette Hyllested"


def test_a_description_without_a_name_yet_is_resolved() -> None:
    text = "Prosecutor Jane Moss opened the case on Monday.\n\nThe prosecutor told the court it was clear."
    people = People(list(analyze(text, "en").entities), text)
    start = text.index("The prosecutor")
    speaker = Speaker(start, start + len("The prosecutor"), "description")
    resolve_description(text, speaker, people, start)
    assert speaker.name == "Jane Moss"


def test_other_owner_reads_english_and_danish_genitives() -> None:
    text = "The Otters' coach, Tom Reed, smiled."
    at = text.index("Tom")
    assert other_owner(text, "the Lions' coach", at, "coach")
    assert not other_owner(text, "the Otters' coach", at, "coach")
    assert not other_owner(text, "the coach", at, "coach")  # no owner written: cannot tell
    assert not other_owner("Coach Tom Reed smiled.", "the Lions' coach", 6, "coach")  # none given at the name
