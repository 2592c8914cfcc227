"""English sources named through someone else ("Tom Reed's lawyer", "a lawyer for Tom Reed") and
quotation paragraphs without an attribution of their own, in sentences written for these tests."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _quotes(text: str) -> list[tuple[str, str | None]]:
    result = analyze(text, "en")
    for q in result.quotes:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.speaker) for q in result.quotes]


@pytest.mark.parametrize(
    "text, who",
    [
        ("\u201cWe will appeal,\u201d said Tom Reed\u2019s lawyer on Monday.", "Tom Reed\u2019s lawyer"),
        ("Tom Reed's lawyer said: \"We will appeal.\"", "Tom Reed's lawyer"),
        ("\u201cWe will appeal,\u201d said a lawyer for Tom Reed.", "a lawyer for Tom Reed"),
        ("A lawyer for Tom Reed told reporters: \u201cWe will appeal.\u201d", "A lawyer for Tom Reed"),
        ("\u201cWe will appeal,\u201d an adviser to Tom Reed said.", "an adviser to Tom Reed"),
    ],
)
def test_a_source_described_through_a_named_person_is_the_description(text: str, who: str) -> None:
    assert [speaker for _, speaker in _quotes(text)] == [who]


def test_a_paragraph_opening_with_she_hands_the_quotation_to_the_woman_named_before() -> None:
    text = (
        "Ann Lee runs the port. Tom Reed fishes from it.\n\n"
        "She has seen the trade shrink for years.\n\n"
        "\u201cThere were forty boats here once.\u201d"
    )
    assert _quotes(text) == [("There were forty boats here once.", "Ann Lee")]


def test_a_short_phrase_far_from_the_reporting_verb_is_a_term_not_a_partial_quote() -> None:
    text = (
        "Ann Lee asked about the budget at the meeting and then criticised the council for emptying "
        "its \u201crainy day fund.\u201d\n\n"
        "Tom Reed said the plan was \u201ca disgrace\u201d and walked out."
    )
    result = analyze(text, "en")
    assert [(q.text, q.speaker, q.kind) for q in result.quotes] == [("a disgrace", "Tom Reed", "partial")]


def test_he_after_a_quote_takes_its_speaker_when_the_name_finder_missed_the_surname() -> None:
    text = 'Reed said: "I was there."\n\nHe added that he had seen "everything that happened that night".'
    assert _quotes(text) == [("I was there.", "Reed"), ("everything that happened that night", "Reed")]


@pytest.mark.parametrize("between", [" who lives nearby", ", who did not want to be named,"])
def test_she_after_a_described_source_with_a_relative_clause_is_that_source(between: str) -> None:
    text = f"A woman{between} said she heard shots.\n\n\u201cIt was terrifying,\u201d she said."
    assert _quotes(text) == [("It was terrifying", "A woman")]


def test_an_auxiliary_before_the_reporting_verb_is_no_part_of_the_speaker() -> None:
    text = "The council has promised to \u201clook again\u201d at the plans."
    result = analyze(text, "en")
    assert [(q.text, q.speaker, q.kind) for q in result.quotes] == [("look again", "The council", "partial")]


def test_she_after_a_partial_quote_of_a_surname_alone_is_that_person() -> None:
    text = (
        "Lee, 52, a former nurse, told the inquiry she had raised concerns \u201cmany times\u201d.\n\n"
        "\u201cNobody listened,\u201d she said."
    )
    assert _quotes(text) == [("many times", "Lee"), ("Nobody listened", "Lee")]


def test_the_one_spoken_to_in_the_line_before_a_colon_is_not_the_speaker() -> None:
    text = (
        "Tom Reed was 20 years old. His last words to his brother Sam were:\n\n"
        "\u201cDo not cry, Sam! I need all my courage for this.\u201d"
    )
    assert _quotes(text) == [("Do not cry, Sam! I need all my courage for this.", "Tom Reed")]


def test_a_short_sentence_in_quotation_marks_alone_in_its_paragraph_is_a_quote() -> None:
    text = "Ann Lee was blunt:\n\n\u201cWe are finished.\u201d\n\nThe word \u201cfinished\u201d was on every front page."
    assert _quotes(text) == [("We are finished.", "Ann Lee")]


def test_the_one_asked_to_do_something_is_not_the_speaker_of_the_phrase() -> None:
    text = (
        "The tutors set one question, asking Jim Cole to write an essay on the strike "
        "\u201cas if he were giving the opening speech in a debate.\u201d"
    )
    assert [speaker for _, speaker in _quotes(text)] == [None]


def test_a_cited_title_is_not_a_quote() -> None:
    text = "Reed, T.; Lee, A. (June 2007). \u201cGrit and the long haul: a study of dockers\u201d. Journal of Ports."
    assert _quotes(text) == []


def test_the_father_of_three_is_the_person_just_written_about() -> None:
    text = (
        "Tom Reed, 58, has worked on the docks since he left school.\n\n"
        "\u201cI have never voted for a strike in my life,\u201d the father of three said."
    )
    assert _quotes(text) == [("I have never voted for a strike in my life", "Tom Reed")]


def test_saying_after_the_main_verb_makes_the_subject_the_speaker_of_a_partial_quote() -> None:
    text = (
        "Sen. John Pratt, R-Okla., voted against it, saying the bill was "
        "\u201cloaded with spending that has nothing to do with storms.\u201d"
    )
    result = analyze(text, "en")
    assert [(q.speaker, q.kind) for q in result.quotes] == [("John Pratt", "partial")]


def test_the_owner_of_a_role_is_not_the_speaker_the_name_in_apposition_is() -> None:
    text = (
        "\u201cWe will appeal,\u201d said Tom Reed\u2019s lawyer, Ann Lee.\n\n"
        "Ann Lee, Tom Reed\u2019s lawyer, said: \u201cWe will appeal again.\u201d\n\n"
        "Tom Reed\u2019s lawyer, Ann Lee, said: \u201cWe will win.\u201d\n\n"
        "Ann Lee\u2019s response was swift: \u201cWe will not move.\u201d\n\n"
        "In a statement, Ann Lee\u2019s office said: \u201cWe will not move either.\u201d"
    )
    assert [speaker for _, speaker in _quotes(text)] == ["Ann Lee"] * 5


def test_a_source_working_for_a_named_person_is_not_that_person() -> None:
    text = (
        "\u201cWe will appeal,\u201d said a lawyer for Tom Reed.\n\n"
        "\u201cWe will appeal too,\u201d said Ann Lee, a lawyer for Sam Ward."
    )
    assert [speaker for _, speaker in _quotes(text)] == ["a lawyer for Tom Reed", "Ann Lee"]


def test_a_quotation_paragraph_after_a_paragraph_about_one_person_is_theirs_about_two_nobodys() -> None:
    one = (
        "Tom Reed has fished from Hull for thirty years. His father did the same.\n\n"
        "\u201cIt is the only life I know.\u201d"
    )
    two = "Tom Reed met Ann Lee in May.\n\n\u201cWe agreed on nothing.\u201d"
    assert _quotes(one) == [("It is the only life I know.", "Tom Reed")]
    assert _quotes(two) == [("We agreed on nothing.", None)]


def test_the_last_speaker_goes_on_over_a_paragraph_that_names_nobody_but_not_from_nowhere() -> None:
    text = (
        "\u201cWe cannot wait,\u201d said Tom Reed.\n\n"
        "The council meets on Friday to decide.\n\n"
        "\u201cThe boats are rotting in the harbour.\u201d"
    )
    assert _quotes(text) == [("We cannot wait", "Tom Reed"), ("The boats are rotting in the harbour.", "Tom Reed")]
    alone = "The report was published on Monday.\n\n\u201cThe figures are stark.\u201d"
    assert _quotes(alone) == [("The figures are stark.", None)]
    for between in ("The council\u2019s report, published in May, was blunt.", "The sign on the gate reads:"):
        text = f"\u201cWe will fight,\u201d said Ann Lee.\n\n{between}\n\n\u201cNo entry without a permit.\u201d"
        assert _quotes(text) == [("We will fight", "Ann Lee"), ("No entry without a permit.", None)]  # a new source


def test_the_n_year_old_is_the_person_just_written_about_unless_someone_unnamed_had_that_age() -> None:
    named = (
        "Ann Lee, a mother of two from Leeds, lost her job in May.\n\n"
        "\u201cWe are already struggling,\u201d the 34-year-old said."
    )
    unnamed = (
        "A 25-year-old man was arrested. Ann Lee, who lives next door, saw it.\n\n"
        "\u201cI did nothing wrong,\u201d the 25-year-old said."
    )
    assert _quotes(named) == [("We are already struggling", "Ann Lee")]
    assert _quotes(unnamed) == [("I did nothing wrong", "the 25-year-old")]


def test_it_said_is_the_organisation_or_description_before_never_a_person() -> None:
    text = (
        "Ann Lee runs the depot. Northwind Energy said it had cut 200 jobs.\n\n"
        "\u201cThis was a hard decision,\u201d it said.\n\n"
        "The company said the depot would close. \u201cWe regret it,\u201d it said.\n\n"
        "As the physicist Ann Lee summarized it: \u201cMatter tells space how to curve.\u201d"
    )
    assert _quotes(text) == [
        ("This was a hard decision", "Northwind Energy"),
        ("We regret it", "The company"),
        ("Matter tells space how to curve.", "Ann Lee"),
    ]


def test_a_name_or_title_after_titled_known_as_or_dubbed_is_not_a_quote() -> None:
    text = (
        "In a post titled \u201cWhy I am leaving the party\u201d, Ann Lee explained her decision.\n\n"
        "Ann Lee, known as \u201cThe Iron Lady of the Docks\u201d, said she would stand.\n\n"
        "The plan, dubbed \u201cOperation Clean Sweep\u201d by staff, was dropped."
    )
    assert _quotes(text) == []


def test_i_in_a_speech_or_interview_the_document_announces_is_the_one_who_speaks() -> None:
    body = "\n\nFriends, I said last year, \u201cWe will not be moved.\u201d I meant it."
    for heading in ("Speech by Ann Lee to the union conference, 4 May", "Interview with dockers' leader Ann Lee"):
        assert _quotes(heading + body) == [("We will not be moved.", "Ann Lee")]
    article = "Ann Lee spoke at the rally.\n\nAs I wrote last week: \u201cThe port cannot close without a fight.\u201d"
    assert [speaker for _, speaker in _quotes(article)] == [None]  # elsewhere "I" is the writer


def test_he_with_no_subject_nearby_is_the_person_the_story_is_about_not_the_last_named() -> None:
    text = (
        "Tom Reed was born in Hull. Tom Reed left school at fifteen. Reed went to sea at sixteen.\n\n"
        "The yard closed in the winter of that year and the town never recovered.\n\n"
        "The following year, he went to Leeds, where he met the younger Sam Ward. Of his friend he wrote, "
        "\u201cHe has been my constant companion since the spring.\u201d"
    )
    assert _quotes(text) == [("He has been my constant companion since the spring.", "Tom Reed")]
    danish = _two_ministers()
    assert [q.speaker for q in analyze(danish, "da").quotes] == ["Ole Berg", "Ole Berg", "Jens Holm", "Jens Holm"]


def _two_ministers() -> str:
    # Two ministers, one named three times and one twice: "siger han" three paragraphs after the
    # second minister is his (the last named), not the one named most.
    return (
        "Her var regeringen repræsenteret ved skatteminister Jens Holm og erhvervsminister Ole Berg.\n\n"
        "- Det er en god aftale for landet, siger Berg i en pressemeddelelse.\n\n"
        "- Nu skal vi have den gennemført, siger Berg.\n\n"
        "Aftalen skal vedtages inden sommerferien.\n\n"
        "Skatteminister Jens Holm kalder aftalen et vigtigt skridt.\n\n"
        "- Vi har ventet længe på den her dag.\n\n"
        "- Derfor er det vigtigt, at vi kommer i gang, siger han."
    )


def test_a_term_someone_calls_something_and_a_cross_reference_are_not_quotes() -> None:
    text = (
        "The money would come from what Reed called \u201charbour rent\u201d paid by the shipping lines.\n\n"
        "For more on this, see \u201cDockers and the long strike in the north.\u201d"
    )
    assert _quotes(text) == []


def test_a_run_of_quote_paragraphs_after_a_colon_line_stays_with_its_speaker_until_narrative() -> None:
    text = "Ann Lee said:\n\n\u201cWe will fight this.\u201d\n\n\u201cAnd we will win in the end.\u201d"
    assert _quotes(text) == [("We will fight this.", "Ann Lee"), ("And we will win in the end.", "Ann Lee")]
    broken = (
        "Ann Lee said:\n\n\u201cWe will fight this.\u201d The same point was made by others. It was made twice.\n\n"
        "\u201cThe rules are clear on this and always were.\u201d"
    )
    assert _quotes(broken) == [("We will fight this.", "Ann Lee"), ("The rules are clear on this and always were.", None)]


def test_a_second_single_quoted_sentence_after_she_said_is_a_full_quote() -> None:
    text = (
        "Margaret Hill runs the shop.\n\n"
        "\u2018It is not just a shop,\u2019 she said. \u2018Without it the village would be houses.\u2019"
    )
    result = analyze(text, "en")
    assert [(q.speaker, q.kind) for q in result.quotes] == [("Margaret Hill", "full"), ("Margaret Hill", "full")]


def test_a_quote_after_a_sentence_about_one_person_in_its_paragraph_is_theirs() -> None:
    assert _quotes("Tom Reed was blunt. \u201cThe plan is dead and everyone knows it.\u201d") == [
        ("The plan is dead and everyone knows it.", "Tom Reed")
    ]
    hill = "Margaret Hill lives in Ashby.\n\nMrs Hill agreed. \u2018It is the best \u00a3100 I ever spent.\u2019"
    assert [speaker for _, speaker in _quotes(hill)] == ["Margaret Hill"]
    two = "Tom Reed met Ann Lee. \u201cThe plan is dead and everyone knows it.\u201d"
    assert [speaker for _, speaker in _quotes(two)] == [None]


def test_q_dot_a_dot_interview_answers_are_the_interviewees_quotes() -> None:
    text = (
        "Ann Lee spoke to us about the strike.\n\n"
        "Q. Why now?\n\n"
        "A. Because the owners left us no choice.\n\n"
        "A. Smith, a docker, joined the picket on Monday."
    )
    assert _quotes(text) == [("Because the owners left us no choice.", "Ann Lee")]
