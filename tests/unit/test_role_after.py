"""A role written after a name as an apposition reaches the speaker's role (review12 saw
"Tom Okafor, the union's president" exported as "(Tom Okafor)")."""

from __future__ import annotations

import pytest

from reader.analysis.pipeline import analyze
from reader.analysis.role_after import role_after
from reader.analysis.roles import speaker_roles


@pytest.mark.parametrize("text, role", [
    ("Tom Okafor, the union's president, said", "the union's president"),
    ("Tom Okafor, president of the Fair Pay Union, said", "president of the Fair Pay Union"),
    ("said Tom Okafor, president of the union. Next", "president of the union"),
    ("Tom Okafor, 41, a teacher at Hill School, said", "teacher at Hill School"),
    ("Tom Okafor, chief executive of Vestkraft, said", "chief executive of Vestkraft"),
    ("Tom Okafor, Vestkraft's chief executive.", "Vestkraft's chief executive"),
    ("Tom Okafor, President of Ghana, said", "President of Ghana"),
    ("Tom Okafor, pressechef hos Vestkraft, siger", "pressechef hos Vestkraft"),
    ("Tom Okafor, borgmester i Holbæk.", "borgmester i Holbæk"),
])
def test_a_role_after_the_name_is_read(text: str, role: str) -> None:
    assert role_after(text, text.index("Okafor") + len("Okafor")) == role


@pytest.mark.parametrize("text", [
    "Tom Okafor, Ann Lee and Bo Ek said",  # a list of names
    "Tom Okafor, who runs the union, said",  # a clause
    "Tom Okafor, the plan, and",  # no person noun
    "Tom Okafor, vil kalde ministeren i samråd",  # a Danish clause that ends in a role word
    "Tom Okafor, har undervist i historie",
    "Tom Okafor, as her husband, has less to do",
])
def test_no_role_where_the_words_after_the_comma_are_no_apposition(text: str) -> None:
    assert role_after(text, text.index("Okafor") + len("Okafor")) == ""


def test_the_speaker_of_a_quote_carries_the_role_after_the_name() -> None:
    text = 'Tom Okafor, president of the Fair Pay Union, said: "We will strike on Monday."\n'
    result = analyze(text, "en")
    assert [q.speaker for q in result.quotes] == ["Tom Okafor"]
    assert speaker_roles(result)["Tom Okafor"] == "president of the Fair Pay Union"


def test_a_danish_role_opening_a_sentence_loses_the_capital_of_its_place() -> None:
    text = ('Borgmester Henrik Vestergaard (S) kalder aftalen nødvendig.\n\n'
            '- Der skal flere hænder til, siger Henrik Vestergaard.\n')
    assert speaker_roles(analyze(text, "da"))["Henrik Vestergaard"] == "borgmester"


def test_a_role_before_the_name_and_a_comma_is_read() -> None:
    text = ('Foreningens direktør, Signe Holmgaard, mener, at foreningen kan holde festivalen igen.\n\n'
            '- Vi prøver igen næste år, siger Signe Holmgaard.\n')
    assert speaker_roles(analyze(text, "da"))["Signe Holmgaard"] == "foreningens direktør"


@pytest.mark.parametrize("text, language, role", [
    ("- Det koster mere end bøden, siger biolog i forbundet Rasmus Vad.\n", "da", "biolog i forbundet"),
    ('"It is slower," said head of communications at Vestkraft, Rasmus Vad.\n', "en", "head of communications"),
    ('"It is slower," said a spokesman for the council, Rasmus Vad.\n', "en", "spokesman for the council"),
    ("- Det er dyrt, siger formand for udvalget Rasmus Vad.\n", "da", "formand for udvalget"),
])
def test_an_attributions_role_keeps_its_words_after_of_and_for(text: str, language: str, role: str) -> None:
    assert [(q.speaker, q.role) for q in analyze(text, language).quotes] == [("Rasmus Vad", role)]


def test_a_role_before_the_name_keeps_the_words_that_narrow_it() -> None:
    text = ('The firm\'s chief technology officer, Ben Sadowski, told reporters: "We patched it too late."\n')
    assert speaker_roles(analyze(text, "en"))["Ben Sadowski"] == "firm's chief technology officer"


def test_a_title_before_a_comma_and_a_role_after_a_time_stamp_read_cleanly() -> None:
    from reader.analysis.titles import title_run_before

    text = "The local MP, James Whitlow, said he was disappointed."
    assert title_run_before(text, text.index("James")) == "MP"
    blog = "Kl. 09.05: Vagtchef Mads Iversen fra Nordjyllands Politi fortæller, at ingen er kommet til skade.\n"
    assert speaker_roles(analyze(blog, "da")).get("Mads Iversen") == "vagtchef"


def test_a_danish_owner_opening_a_sentence_is_lower_case_when_it_is_an_ordinary_word():
    """"Foreningens direktør, Signe Holmgaard" opening a sentence: "foreningen" is an ordinary word
    (the tagger's training text has it in lower case), even when this text never writes it so; a
    firm's or country's genitive keeps its capital."""
    from reader.analysis import analyze
    from reader.analysis.roles import speaker_roles

    roles = speaker_roles(analyze("Foreningens direktør, Signe Holmgaard, mener, at det er slut.", "da"))
    assert roles == {"Signe Holmgaard": "foreningens direktør"}
    roles = speaker_roles(analyze("Kommunens direktør, Jens Hald, siger nej.", "da"))
    assert roles == {"Jens Hald": "kommunens direktør"}
    roles = speaker_roles(analyze("Vestkrafts direktør, Maja Rindom, siger nej.", "da"))
    assert roles == {"Maja Rindom": "Vestkrafts direktør"}
    text = "Oppositionen er delt. Venstres gruppeformand, Thomas Krag, mener, at det er for sent."
    assert speaker_roles(analyze(text, "da")) == {"Thomas Krag": "Venstres gruppeformand"}  # a party
