"""Quote speakers the blind probe16 found wrong, fixed as patterns: a family word in apposition
before a name the gazetteer does not know ("her husband, Alasdair,") shows that person's sex, so
a later "she says" is not him; "the lock said" is the one person named in its own paragraph; a
Danish dash answer under a question paragraph is the interviewee's."""

from __future__ import annotations

from reader.analysis.kin_sex import kin_sex
from reader.analysis.pipeline import analyze


def test_kin_sex_reads_the_family_word_before_a_name() -> None:
    text = "since her husband, Alasdair, died. His sister Ailsa came. The husband of Ann"
    assert kin_sex(text, text.index("Alasdair")) == "m"
    assert kin_sex(text, text.index("Ailsa")) == "f"
    assert kin_sex(text, text.index("Ann")) is None


def test_she_says_is_not_the_husband_named_with_her_husband() -> None:
    text = ("For forty years Morag Lindsay has kept the light at Skerry Point.\n\n"
            "She lives alone in the cottage since her husband, Alasdair, died in 2019.\n\n"
            '"I have never been lonely in my life," she says.')
    assert [q.speaker for q in analyze(text, "en").quotes] == ["Morag Lindsay"]


def test_the_lock_said_is_the_player_named_in_its_own_paragraph() -> None:
    text = ("Millbrook's director of rugby, Gareth Penhale, was furious about the referee.\n\n"
            '"Everyone saw it," he said.\n\n'
            'His captain, Lewis Achebe, was more measured. "We had our chances," the lock said.')
    assert [q.speaker for q in analyze(text, "en").quotes] == ["Gareth Penhale", "Lewis Achebe"]


def test_the_striker_is_the_one_named_in_its_own_paragraph_not_the_one_before() -> None:
    text = ("Manager Dan Mercer said the team had been tired.\n\n"
            'Their captain, Kofi Mensah, agreed. "We ran out of legs," the striker said.')
    assert [q.speaker for q in analyze(text, "en").quotes] == ["Kofi Mensah"]


def test_a_danish_dash_answer_to_a_question_paragraph_is_the_interviewees() -> None:
    text = ("Sidste bager i Nørby\n\n"
            "Vagn Thorup er 70 år og bager stadig brød hver nat. For 30 år siden var der fire bagere i byen.\n\n"
            "Vi besøgte ham i bageriet en mandag nat.\n\n"
            "Hvorfor stopper du ikke?\n\n"
            "- Jeg kan lide at stå op, når alle andre sover.\n\n"
            "Tjener du penge på det?\n\n"
            "- Lidt. Nok til at betale for melet.")
    assert [q.speaker for q in analyze(text, "da").quotes] == ["Vagn Thorup", "Vagn Thorup"]
