"""Quote spans (quotesf22, issue 15): a Danish dash quote resumed with a new dash after its
attribution's full stop, an attribution after a stray full stop, a dash quote after a colon with its
own attribution, a lone advice-column "Svar:", and English phrases quoted after a reporting verb
whose subject is no person ("Earlier work claimed that readers "..."")."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(q.text.strip(" ,.-"), q.speaker) for q in analyze(text, language).quotes]


def test_a_dash_quote_resumed_after_the_attributions_full_stop_is_two_quotes() -> None:
    text = ("Bageriet i Ry lukker efter 60 år.\n\n"
            "- Det er en svær dag for os, siger indehaver Grethe Møller. - Men vi har talt om det længe.")
    assert _quotes(text, "da") == [
        ("Det er en svær dag for os", "Grethe Møller"),
        ("Men vi har talt om det længe", "Grethe Møller"),
    ]


def test_a_resumed_dash_quote_with_its_own_attribution_keeps_both_cut() -> None:
    text = ("Fiskerne frygter kvoten.\n\n"
            "- Det kan lukke bådene, siger fisker Anders Lykke og ryster på hovedet. "
            "- Vi har ikke andre muligheder, tilføjer han.")
    assert [q[0] for q in _quotes(text, "da")] == ["Det kan lukke bådene", "Vi har ikke andre muligheder"]


def test_an_attribution_after_a_stray_full_stop_is_left_out_of_the_quote() -> None:
    for text in (
        "Et nyt supermarked åbner.\n\n- Vi konkurrerer ikke med de små butikker. Vi supplerer dem. siger direktør Ole Rask.",
        "Et nyt supermarked åbner.\n\n- Vi konkurrerer ikke med de små butikker. Vi supplerer dem. Sagde direktør Ole Rask til radioen.",
    ):
        assert _quotes(text, "da") == [("Vi konkurrerer ikke med de små butikker. Vi supplerer dem", "Ole Rask")]


def test_a_name_after_the_verb_and_a_stray_stop_is_the_speaker() -> None:
    text = "Annette Holm og Lise Berg sad i køkkenet.\n\n- Jamen, Lise, udbrød. Annette."
    assert _quotes(text, "da") == [("Jamen, Lise", "Annette Holm")]


def test_a_dash_quote_after_a_colon_is_cut_at_its_attribution() -> None:
    text = "Gunnar rystede på hovedet, talte til sig selv: - Nej, sagde han, - man ved det helt sikkert."
    assert [q[0] for q in _quotes(text, "da")] == ["Nej", "man ved det helt sikkert"]


def test_a_lone_advice_column_answer_is_no_interview_answer() -> None:
    text = ("Kære brevkasse. Min nabo larmer. Hvad gør jeg?\nHilsen Træt i Tilst\n\n"
            "Svar: Tal med din nabo i et roligt øjeblik, og kontakt ellers boligforeningen.")
    assert _quotes(text, "da") == []
    interview = ("Karin Lund stopper som skoleleder.\n\nSpørgsmål: Hvorfor stopper du?\n\n"
                 "Svar: Fordi jeg vil have tid til mine børnebørn.")
    assert [q[0] for q in _quotes(interview, "da")] == ["Fordi jeg vil have tid til mine børnebørn"]


def test_a_phrase_after_a_reporting_verb_with_no_person_as_subject_is_a_quote() -> None:
    for text, phrase in (
        ('Earlier work claimed that readers "skip function words almost entirely", but it was wrong.',
         "skip function words almost entirely"),
        ('Early reviewers described the novel as "a long walk through a short story".',
         "a long walk through a short story"),
        ('The term goes back to an essay that spoke of "a slow drift toward the centre" in 1974.',
         "a slow drift toward the centre"),
        ('Many listeners wrote in to say the episode was "the best thing you have ever done".',
         "the best thing you have ever done"),
    ):
        assert [q[0] for q in _quotes(text, "en")] == [phrase], text


def test_a_topic_or_a_short_phrase_after_a_verb_of_judging_is_still_no_quote() -> None:
    # Guards (they pass on the old code too): "talked about" and a three-word phrase stay no quotes.
    assert _quotes('We talked about "the old days before the war" for hours.', "en") == []
    assert _quotes('The court found that the contract was "void for uncertainty" and dismissed the claim.', "en") == []


def test_an_attribution_with_an_infinitive_ends_the_dash_quote() -> None:
    text = "Orla Berg stod i døren.\n\n- Det er mig, der hedder Orla, skyndte Orla sig at sige."
    assert [q[0] for q in _quotes(text, "da")] == ["Det er mig, der hedder Orla"]


def test_a_dash_line_holding_only_a_name_is_a_signature() -> None:
    text = "Tak for en god sæson til alle i klubben.\n\n- Valter Johnsen."
    assert _quotes(text, "da") == []


def test_a_danish_quotation_left_open_after_at_is_a_quote() -> None:
    text = 'Det hedder samtidig, at "unionen skal udvikles som den forsvarsmæssige komponent i samarbejdet.'
    assert [q[0] for q in _quotes(text, "da")] == ["unionen skal udvikles som den forsvarsmæssige komponent i samarbejdet"]


def test_a_quotation_filling_a_bracket_is_speech_when_it_speaks_as_a_person() -> None:
    for text, phrase in (
        ("Her answer ('I have no idea where the money went') did not satisfy the judge.", "I have no idea where the money went"),
        ('The note ("Back at six, do not wait up") was still on the table.', "Back at six, do not wait up"),
    ):
        assert [q[0] for q in _quotes(text, "en")] == [phrase]
    # A headline cited in brackets stays no quote (a guard: it passes on the old code too).
    assert _quotes('The paper covered the row at length ("Council to close two libraries").', "en") == []


def test_a_short_quotation_right_after_the_name_of_a_kind_of_work_is_its_title() -> None:
    text = ('In his essay "On Liberty," Mill argues that "the only purpose for which power can be '
            'rightfully exercised is to prevent harm to others."')
    assert [q[0] for q in _quotes(text, "en")] == [
        "the only purpose for which power can be rightfully exercised is to prevent harm to others"
    ]


def test_a_spoken_like_or_goes_before_a_quotation_makes_it_speech() -> None:
    for text, phrase in (
        ('So I\'m like, "what are you doing?" and she just laughs.', "what are you doing?"),
        ('And my dad\'s like "no way, you\'re not going."', "no way, you're not going"),
    ):
        assert [q[0] for q in _quotes(text, "en")] == [phrase]
    # "words like" is no quotative (a guard: it passes on the old code too).
    assert _quotes('We need words like "sustainable growth for all of us" in the plan.', "en") == []


def test_a_short_said_sentence_right_after_say_or_ask_is_a_quote() -> None:
    for text, phrase in (
        ('If someone offers you a drink, just say "No, thank you."', "No, thank you"),
        ('Ask "How are you?" and listen to the answer.', "How are you?"),
    ):
        assert [q[0] for q in _quotes(text, "en")] == [phrase]
