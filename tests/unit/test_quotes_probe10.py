"""Quote speakers a fourth blind probe of new stories found wrong (probe10), fixed as patterns and
checked in stories of our own: "lyder det fra ham", "the force" for a police force named before, a
Danish naming verb with its subject after it, a reporting verb of its own after "according to X,",
and a subject before "said" whose object is named in apposition."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, language).quotes]


def test_lyder_det_fra_ham_ends_the_dash_quote_and_is_the_man_named_before() -> None:
    text = ("Varde. Klubben mister sit tilskud.\n\n"
            "Det afviser formand Poul Egelund.\n\n"
            "- Vi har aldrig fået et brev om det. Vi hørte det i radioen, lyder det fra ham.")
    quotes = analyze(text, "da").quotes
    assert [(text[q.start:q.end], q.speaker) for q in quotes] == [
        ("Vi har aldrig fået et brev om det. Vi hørte det i radioen", "Poul Egelund")]


def test_the_force_is_the_police_force_named_before() -> None:
    text = ("Lancashire Constabulary has closed the road.\n\n"
            "'Avoid the area if you can. Officers will be there all night,' the force posted on Facebook.")
    assert _speakers(text, "en") == ["Lancashire Constabulary"]


def test_a_naming_verb_with_its_subject_after_it_gives_the_partial_quote_its_speaker() -> None:
    text = ("Fiskeren Jonas Brix nægter at betale bøden.\n\n"
            "I et brev til kommunen kalder han afgørelsen »et overgreb på små erhverv«.")
    assert _speakers(text, "da") == ["Jonas Brix"]


def test_a_reporting_verb_after_according_to_has_its_own_subject() -> None:
    text = ('The paper broke the story on Monday.\n\n'
            'According to the Herald, Colin Mayhew told staff that the plant would close "within a year".')
    assert _speakers(text, "en") == ["Colin Mayhew"]


def test_a_subject_before_said_is_the_speaker_not_the_person_in_apposition() -> None:
    text = ('The council denied it.\n\n'
            'A council spokeswoman said the leader, Ruth Abernethy, "was never told about the payments".')
    assert _speakers(text, "en") == ["A council spokeswoman"]
