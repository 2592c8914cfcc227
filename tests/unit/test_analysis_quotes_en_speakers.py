"""English speakers that are descriptions, exchanges of two people, and reporting clauses that
name the speaker in the narration around a quotation. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _speakers(text: str) -> list[tuple[str, str | None]]:
    result = analyze(text, "en")
    return [(q.text, q.speaker) for q in result.quotes]


@pytest.mark.parametrize(
    "text, who",
    [
        ("\u201cNot in here!\u201d came a voice from the cellar.", "a voice"),
        ("\u201cToo late,\u201d came the answer again.", "the answer"),
        ("\u201cWe are closed,\u201d said the clerk with a shrug.", "the clerk"),
    ],
)
def test_a_described_speaker_after_the_quotation_is_kept_as_the_description(text: str, who: str) -> None:
    assert [w for _, w in _speakers(text)] == [who]


def test_a_role_word_with_a_clause_before_a_name_does_not_introduce_that_name() -> None:
    text = (
        "Dad keeps Oliver Grant busy on Saturdays, so the boy rarely sees the sea.\n\n"
        "\u201cWe are going to the harbour,\u201d my dad says."
    )
    assert _speakers(text) == [("We are going to the harbour", "my dad")]


def test_an_unattributed_turn_before_the_narrators_turn_is_the_other_persons() -> None:
    text = (
        "\u201cYou are late again,\u201d Nadia said.\n\n"
        "\u201cThe bus broke down,\u201d I said.\n\n"
        "\u201cTom, that is what you said last week.\u201d\n\n"
        "\u201cIt is true this time,\u201d I said."
    )
    assert _speakers(text)[2] == ("Tom, that is what you said last week.", "Nadia")


def test_an_unattributed_paragraph_between_two_sources_in_news_stays_with_the_first() -> None:
    text = (
        "\u201cThe bridge will close in May,\u201d Ann Lee said.\n\n"
        "\u201cWe have no other choice.\u201d\n\n"
        "\u201cIt is a disaster for the town,\u201d Tom Reed said."
    )
    assert [w for _, w in _speakers(text)] == ["Ann Lee", "Ann Lee", "Tom Reed"]


def test_with_three_voices_in_the_exchange_no_turn_is_given_away() -> None:
    text = (
        "\u201cWho is there?\u201d Nadia asked.\n\n"
        "\u201cOnly me,\u201d Omar said.\n\n"
        "\u201cAnd me,\u201d said the neighbour.\n\n"
        "\u201cCome in, then. Are you hungry?\u201d\n\n"
        "\u201cNo,\u201d Omar said."
    )
    assert _speakers(text)[3][1] != "Nadia"


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "Everybody nodded except a tall woman in a green coat, who had not said a word. "
            "\u201cThis is not over,\u201d she said.",
            "a tall woman",
        ),
        (
            "The crowd grew quiet but for one old farmer who kept shaking his head.\n\n"
            "\u201cNobody asked us,\u201d he said.",
            "one old farmer",
        ),
    ],
)
def test_a_pronoun_after_a_described_person_with_a_who_clause_is_that_description(text: str, who: str) -> None:
    assert [w for _, w in _speakers(text)] == [who]


@pytest.mark.parametrize(
    "text, who",
    [
        ("From the landing I heard my sister whisper: \u201cIs he gone yet?\u201d", "my sister"),
        ("Down by the river we heard a fisherman calling, \u201cOver here, all of you!\u201d", "a fisherman"),
    ],
)
def test_the_one_heard_speaking_before_a_quotation_is_its_speaker(text: str, who: str) -> None:
    assert [w for _, w in _speakers(text)] == [who]


def test_an_organisation_after_as_the_before_a_reporting_verb_speaks() -> None:
    text = 'As the National Association of Harbour and Dock Workers writes, \u201cNo port can wait another year.\u201d'
    assert [w for _, w in _speakers(text)] == ["National Association of Harbour and Dock Workers"]


def test_in_a_speech_heading_i_is_the_surname_before_the_heading_word() -> None:
    text = (
        "Okonkwo Remarks on the Tom Reed Justice Act\n\n"
        "Thank you all. When the families came to see me, I said, \u201cThis bill will carry his name.\u201d"
    )
    assert [w for _, w in _speakers(text)] == ["Okonkwo"]


def test_reported_speech_not_ending_the_paragraph_before_does_not_take_the_quotation() -> None:
    text = "Ann Lee said the council had failed. Tom Reed shook his head and left the hall.\n\n\u201cWe did what we could.\u201d"
    assert [w for _, w in _speakers(text)] != ["Ann Lee"]


@pytest.mark.parametrize("genitive", ["\u2019s", " \u2019s", " 's"])
def test_a_genitive_split_off_its_name_is_no_clause_subject(genitive: str) -> None:
    from reader.analysis.antecedents import is_subject
    from reader.analysis.attribution import Context

    text = f"Kessler{genitive} shop was shut."
    assert not is_subject(Context(text, "en", []), 0, len("Kessler"))


def test_a_speaker_name_that_ran_into_the_next_word_is_cut_back_to_the_person() -> None:
    from reader.analysis.quotes import find_quotes
    from reader.model import Entity, EntityLabel

    text = "Ann Lee spoke first about justice.\n\n\u201cWe are ready,\u201d said Ann Lee Justice of the Peace."
    people = [Entity(0, 7, "Ann Lee", EntityLabel.PER, "Ann Lee")]
    at = text.index("Ann Lee Justice")
    people.append(Entity(at, at + 15, "Ann Lee Justice", EntityLabel.PER, "Ann Lee Justice"))
    assert [q.speaker for q in find_quotes(text, "en", people)] == ["Ann Lee"]


@pytest.mark.parametrize(
    "text, who",
    [
        ("Harris turned to Greta. \u201cAre you coming with us?\u201d", "Harris"),
        ("The old sergeant shook his head.\n\n\u201cNot tonight.\u201d", "The old sergeant"),
        ("Then a civic agent stepped forward.\n\n\u201cThis area is closed.\u201d", "a civic agent"),
        ("Maria Lopez and Tom Hill sat in silence. Then Tom spoke.\n\n\u201cWe should go.\u201d", "Tom Hill"),
    ],
)
def test_the_subject_of_the_narration_just_before_a_quotation_speaks(text: str, who: str) -> None:
    assert [w for _, w in _speakers(text)] == [who]


def test_a_new_subject_after_the_attribution_takes_the_next_quotation_paragraph() -> None:
    text = "\u201cWe should go,\u201d Tom Hill said. Maria Lopez shook her head.\n\n\u201cNot yet.\u201d"
    assert _speakers(text) == [("We should go", "Tom Hill"), ("Not yet.", "Maria Lopez")]


def test_the_one_addressed_in_an_unattributed_turn_is_the_listener() -> None:
    text = (
        "\u201cWhere have you been?\u201d Nadia asked.\n\n"
        "\u201cOut,\u201d said Omar.\n\n"
        "\u201cOmar, it is two in the morning.\u201d"
    )
    assert [w for _, w in _speakers(text)] == ["Nadia", "Omar", "Nadia"]


def test_a_vocative_never_makes_the_one_addressed_the_speaker() -> None:
    text = "\u201cYou again,\u201d said Nadia.\n\n\u201cMe again, Nadia.\u201d"
    assert _speakers(text)[1] == ("Me again, Nadia.", None)


@pytest.mark.parametrize(
    "text, quote",
    [
        ("It was late, and then I said, \u201cGet up now!\u201d", "Get up now!"),
        ("In the dream I told him, \u201cWait, Rex. Wait.\u201d\n\nHe waited.", "Wait, Rex. Wait."),
    ],
)
def test_a_short_quotation_the_writer_says_is_a_quote_of_nobody_named(text: str, quote: str) -> None:
    assert _speakers(text) == [(quote, None)]


def test_a_described_subject_with_an_apposition_speaks_the_quotation_after_it() -> None:
    text = "The driver, a man of about seventy, bent over the trunk. \u201cIs this all of it?\u201d"
    assert [w for _, w in _speakers(text)] == ["The driver"]


@pytest.mark.parametrize(
    "text, who",
    [
        ("Ann Lee was like, \u201cNo way.\u201d", "Ann Lee"),
        ("Then Tom Reed goes, \u201cWhere is it?\u201d", "Tom Reed"),
        ("And I was like, \u201cAre you serious?\u201d", None),
    ],
)
def test_speech_as_people_talk_was_like_and_goes_introduce_a_quotation(text: str, who: str | None) -> None:
    result = analyze(text, "en")
    assert [(q.speaker, q.kind) for q in result.quotes] == [(who, "full")]


@pytest.mark.parametrize(
    "text, who",
    [
        ("My grandfather used to tell us, \u201cNever sell the boat.\u201d", "My grandfather"),
        ("Her uncle always said, \u201cKeep your receipts.\u201d", "Her uncle"),
        ("Somebody once told me: \u201cThe work is its own reward.\u201d", None),
    ],
)
def test_habitual_sayings_keep_the_described_speaker_and_nobody_is_no_name(text: str, who: str | None) -> None:
    assert [w for _, w in _speakers(text)] == [who]


def test_a_titled_name_with_its_university_before_said_is_the_person() -> None:
    from reader.analysis.quotes import find_quotes
    from reader.model import Entity, EntityLabel

    text = "Professor Ann Lee of Leeds University said: \u201cThe data are clear.\u201d"
    org = Entity(10, 37, "Ann Lee of Leeds University", EntityLabel.ORG, "Ann Lee of Leeds University")
    [quote] = find_quotes(text, "en", [org])
    assert (quote.speaker, quote.role, quote.affiliation) == ("Ann Lee", "Professor", "Leeds University")


@pytest.mark.parametrize(
    "text, who",
    [
        ("I was sent up to see my platoon sergeant. \u201cClose the door,\u201d he said.", "my platoon sergeant"),
        ("At the border we were waved over by a customs officer.\n\n\u201cOpen the boot,\u201d she said.", "a customs officer"),
    ],
)
def test_he_or_she_with_nobody_named_is_the_person_described_in_the_sentence_before(text: str, who: str) -> None:
    assert [w for _, w in _speakers(text)] == [who]


def test_a_described_subject_with_a_place_after_it_speaks_the_quotation_after_it() -> None:
    assert [w for _, w in _speakers("The woman behind the counter looked up. \u201cNext, please.\u201d")] == ["The woman"]


def test_a_paragraph_opening_quotation_takes_the_subject_of_the_beat_after_it() -> None:
    text = "Greta Lund and Harris Moore sat on the pier.\n\n\u201cThe tide is turning.\u201d Harris checked the rope."
    assert [w for _, w in _speakers(text)] == ["Harris Moore"]


def test_a_capitalised_word_opening_the_sentence_after_a_quotation_is_no_beat() -> None:
    text = "\u201cThe tide is turning.\u201d Water covers the lower steps."
    assert [w for _, w in _speakers(text)] == [None]


def test_i_in_remarks_a_press_release_says_someone_delivered_is_that_person() -> None:
    text = (
        "Harbour Bill\n\n"
        "Washington \u2013 Speaker Ruth Okoye delivered remarks on the House floor today. Below are her remarks:\n\n"
        "Thank you. When the dockers came to me, I said, \u201cThis bill is for you.\u201d"
    )
    assert [w for _, w in _speakers(text)] == ["Ruth Okoye"]


def test_she_after_the_writers_turn_is_the_one_the_writer_talks_with() -> None:
    text = (
        "\u201cAre you hungry?\u201d Mum asks.\n\n"
        "Greta Lund ate all the bread this morning. Greta is always hungry. \u201cI can make toast,\u201d I say.\n\n"
        "\u201cMake some for me too,\u201d she says.\n\n"
        "\u201cAnd wash the pan after.\u201d"
    )
    assert [w for _, w in _speakers(text)][-2:] == ["Mum", "Mum"]


def test_he_prefers_a_man_described_just_before_to_a_name_of_unknown_sex() -> None:
    text = (
        "Ngozi Okafor pushed open the door of the shop. Behind the counter, an old man was folding shirts.\n\n"
        "\u201cWe are closed,\u201d he said."
    )
    assert [w for _, w in _speakers(text)] == ["an old man"]


def test_in_dialogue_a_beat_before_a_quotation_is_a_turn_that_a_question_answers() -> None:
    text = (
        "\u201cWe are closed,\u201d the baker said.\n\n"
        "\u201cThe sign says open.\u201d\n\n"
        "\u201cThe sign is wrong.\u201d\n\n"
        "Greta Lund laughed. \u201cThen I will take one loaf and go.\u201d\n\n"
        "The baker sighed. \u201cYou are the third one today.\u201d\n\n"
        "\u201cThird what?\u201d"
    )
    assert _speakers(text)[-1] == ("Third what?", "Greta Lund")


def test_a_described_source_for_a_named_organisation_keeps_the_whole_name() -> None:
    text = "A spokeswoman for Hull City Council said: \u201cWe are in talks with the owners.\u201d"
    assert [w for _, w in _speakers(text)] == ["A spokeswoman for Hull City Council"]


def test_an_honorific_before_a_surname_is_no_organisation() -> None:
    text = 'Paula Denby runs the water company. "We let the river down," Ms Denby said.'
    [quote] = analyze(text, "en").quotes
    assert (quote.speaker, quote.affiliation) == ("Paula Denby", "")


@pytest.mark.parametrize("between", ["", ", the consultancy that reviewed the network,"])
def test_a_spokesperson_for_a_firm_with_an_ampersand_is_the_description(between: str) -> None:
    text = f'A spokesperson for Partridge & Vane{between} said: "We recommended a phased approach."'
    assert [who for _, who in _speakers(text)] == ["A spokesperson for Partridge & Vane"]


def test_a_named_organisation_after_its_description_speaks_a_partial_quote() -> None:
    text = 'The charity Friends of Hollin Meadow called the plan "deeply troubling".'
    assert [(q.text, q.speaker, q.kind) for q in analyze(text, "en").quotes] == [
        ("deeply troubling", "Friends of Hollin Meadow", "partial")]
