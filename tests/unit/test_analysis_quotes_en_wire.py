"""English wire copy: conventions of news stories beyond the reporting clause (quote ledes,
appositions, organisations and their statements), in sentences written for these tests."""

from __future__ import annotations

from reader.analysis import analyze


def _quotes(text: str) -> list[tuple[str, str | None]]:
    result = analyze(text, "en")
    for q in result.quotes:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.speaker) for q in result.quotes]


def test_a_quotation_leading_the_story_belongs_to_the_person_named_next() -> None:
    text = (
        "\u201cThe roof just folded in like paper.\u201d\n\n"
        "That was how Dorothy Fenwick remembered the storm that tore through Oakhill on Monday night.\n\n"
        "Engineers were still checking the houses on Tuesday."
    )
    assert _quotes(text) == [("The roof just folded in like paper.", "Dorothy Fenwick")]


def test_a_leading_quotation_takes_the_subject_of_the_sentence_after() -> None:
    text = (
        "\"Nobody leaves this town without a fight.\"\n\n"
        "With that, mayor Gordon Pike, 58, tore up the closure letter from Ridgeway Bank in front of a packed hall.\n\n"
        "The bank said it would reply next week."
    )
    assert _quotes(text) == [("Nobody leaves this town without a fight.", "Gordon Pike")]


def test_a_leading_quotation_stays_unattributed_when_the_next_sentence_names_nobody() -> None:
    text = (
        "\u201cEnough is enough.\u201d\n\n"
        "The banner hung over the gates all week. Later, Gordon Pike took it down.\n\n"
    )
    assert _quotes(text) == [("Enough is enough.", None)]


def test_only_the_first_paragraph_is_a_quote_lede() -> None:
    text = (
        "Flooding closed the road on Monday.\n\n"
        "\u201cWe have seen nothing like it.\u201d\n\n"
        "Gordon Pike, who farms by the river, lost forty sheep.\n\n"
    )
    assert [q.speaker for q in analyze(text, "en").quotes] != ["Gordon Pike"]


def test_a_firm_after_a_name_with_of_is_the_affiliation_not_the_speaker() -> None:
    text = "Broker Dana Welch, of Tilbury Hargreaves, said the fall was \u201clong overdue\u201d."
    result = analyze(text, "en")
    assert [(q.text, q.speaker, q.affiliation) for q in result.quotes] == [
        ("long overdue", "Dana Welch", "Tilbury Hargreaves")
    ]


def test_a_description_with_a_name_in_apposition_is_that_name() -> None:
    text = "The bus company, Redline Coaches, said the new timetable was \u201cthe best we could do\u201d."
    result = analyze(text, "en")
    assert [(q.text, q.speaker, q.role) for q in result.quotes] == [
        ("the best we could do", "Redline Coaches", "bus company")
    ]


def test_an_organisation_subject_speaks_for_a_phrase_after_a_later_verb() -> None:
    text = "The Office of Rail Regulation said it had asked the operator for \u201ca clear timetable of repairs\u201d."
    assert _quotes(text) == [("a clear timetable of repairs", "Office of Rail Regulation")]


def test_a_statement_from_an_organisation_is_the_organisation() -> None:
    text = (
        "A statement from the landlord, Harbourside Housing Trust, said the flats had been "
        "\u201cchecked twice a year\u201d."
    )
    assert _quotes(text) == [("checked twice a year", "Harbourside Housing Trust")]


def test_an_age_never_given_before_is_the_person_quoted_just_before() -> None:
    text = (
        "\u201cNobody told me the car park closed at six,\u201d said shopper Nisha Rao.\n\n"
        "\u201cIt cost me \u00a3180 to get it back,\u201d the 41-year-old added."
    )
    assert [q.speaker for q in analyze(text, "en").quotes] == ["Nisha Rao", "Nisha Rao"]


def test_the_agent_of_a_passive_verb_ends_before_as() -> None:
    text = "The bypass was described by the Ramblers Association as \u201ca scar across the valley\u201d."
    assert _quotes(text) == [("a scar across the valley", "Ramblers Association")]


def test_a_person_described_as_the_agent_speaks() -> None:
    text = "Her soup was once described by her grandson as \u201cthe only cure for a Welsh winter\u201d."
    assert _quotes(text) == [("the only cure for a Welsh winter", "her grandson")]


def test_initials_do_not_end_the_sentence_of_the_reporting_verb() -> None:
    text = "The bridge was described by the engineer A. J. Tolland as \u201cthe ugliest thing ever built in steel\u201d."
    assert [(q.speaker or "").split()[-1:] for q in analyze(text, "en").quotes] == [["Tolland"]]
    text = "Senator Mary T. Halloran said the bill was \u201cdead on arrival\u201d."
    assert _quotes(text) == [("dead on arrival", "Mary T. Halloran")]


def test_a_sentence_after_a_letter_and_full_stop_still_starts_afresh() -> None:
    text = "The council chose Plan B. The mayor said the choice was \u201cthe cheapest of the three\u201d."
    assert _quotes(text) == [("the cheapest of the three", "The mayor")]


def test_a_quote_attributed_to_someone_is_theirs() -> None:
    text = "Ann Holt keeps a line attributed to Winston Churchill on her wall: \u201cNever give in.\u201d"
    assert _quotes(text) == [("Never give in.", "Winston Churchill")]


def test_a_quotation_opening_with_a_comma_is_a_mispaired_remainder() -> None:
    text = 'As Ruth Ngata put it in her lecture: "If it were easy, we would not call it "science", would it?"'
    assert [q.text for q in analyze(text, "en").quotes if q.text.startswith(",") or q.text.startswith("would")] == []


def test_the_statement_added_is_whoever_issued_the_statement() -> None:
    text = (
        "In a statement, the Millbrook Rowing Club said: \u201cWe are shocked by the damage to the boathouse.\u201d\n\n"
        "Club captain Joe Fenner said the boats were insured.\n\n"
        "\u201cWe will be back on the water by June,\u201d the statement added."
    )
    speakers = [q.speaker for q in analyze(text, "en").quotes]
    assert len(speakers) == 2 and speakers[0] == speakers[1] and "Fenner" not in (speakers[1] or "")


def test_a_statement_that_reads_is_its_sender_not_the_last_speaker() -> None:
    text = (
        "\u201cWe have lost a wonderful son,\u201d the Okafor family said in a statement released by police.\n\n"
        "Detective Inspector Ruth Mayhew said: \u201cOur thoughts are with them.\u201d\n\n"
        "\u201cWe ask for privacy at this time,\u201d the statement read."
    )
    speakers = [q.speaker for q in analyze(text, "en").quotes]
    assert speakers[1] == "Ruth Mayhew" and speakers[2] == speakers[0] != "Ruth Mayhew"


def test_one_word_completing_reported_speech_is_a_partial_quote() -> None:
    text = "Shop owner Val Pryor said her staff were \u201cdevastated\u201d by the fire."
    result = analyze(text, "en")
    assert [(q.text, q.speaker, q.kind) for q in result.quotes] == [("devastated", "Val Pryor", "partial")]


def test_a_scare_quoted_word_elsewhere_in_reported_speech_stays_no_quote() -> None:
    text = "Val Pryor said the \u201creforms\u201d had cost her shop dearly, and called the plan \u201cso-called help\u201d."
    assert "reforms" not in [q.text for q in analyze(text, "en").quotes]


def test_an_unknown_organisation_and_a_role_before_a_name_leave_the_name_speaking() -> None:
    text = "\u201cThis is about profit and nothing else,\u201d Kestrel national organiser Dean Whitby said."
    result = analyze(text, "en")
    assert [(q.speaker, q.role, q.affiliation) for q in result.quotes] == [("Dean Whitby", "national organiser", "Kestrel")]


def test_a_surname_alone_in_narrative_is_the_person_named_in_full_before() -> None:
    text = (  # straight quotes, as wire copy has them (the name finder then misses the lone "Bell")
        'Residents of Calder Row say they were never told about the new road.\n\n'
        '"Nobody knocked on a single door."\n\n'
        'Those are the words of Marjorie Bell, 74, who has lived on the street for fifty years.\n\n'
        'Her neighbour Frank Dale agrees. "It\'s a disgrace," he says.\n\n'
        'Council leader Paul Knight has defended the plans.\n\n'
        '"We consulted for six months," he told a packed meeting on Wednesday night. "People had every chance."\n\n'
        'But Bell is not convinced.\n\n'
        '"Six months? I never saw a thing."'
    )
    assert [q.speaker for q in analyze(text, "en").quotes][-1] == "Marjorie Bell"


def test_a_sentence_pointing_back_names_the_speaker_of_the_quotation_before() -> None:
    text = (
        "Residents of Calder Row say nobody told them about the new road.\n\n"
        "\u201cNot one letter came through my door.\u201d\n\n"
        "Those are the words of Marjorie Bell, who has lived on the street for fifty years."
    )
    assert _quotes(text) == [("Not one letter came through my door.", "Marjorie Bell")]


def test_it_after_a_reported_statement_is_the_one_reported() -> None:
    text = (
        "The ferry firm, Northsound, said in a statement that the ship would be checked. "
        "It added: \u201cThe safety of our passengers comes first.\u201d"
    )
    assert _quotes(text) == [("The safety of our passengers comes first.", "Northsound")]


def test_more_reporting_verbs_of_features_and_wire_copy() -> None:
    text = (
        "\u201cWe had nothing but the clothes we stood in,\u201d the widow recounted.\n\n"
        "\u201cNobody rings any more,\u201d one shopkeeper lamented.\n\n"
        "\u201cRunning late, sorry,\u201d the driver texted.\n\n"
        "\u201cMaybe it was never about the money,\u201d the old farmer mused."
    )
    assert [q.speaker for q in analyze(text, "en").quotes] == ["the widow", "one shopkeeper", "the driver", "the old farmer"]


def test_a_relative_clause_between_subject_and_verb_names_nobody() -> None:
    text = (
        "A senior council official, who spoke on condition of anonymity because he was not allowed "
        "to discuss the budget, said the cuts were \u201conly the beginning\u201d."
    )
    assert _quotes(text) == [("only the beginning", "A senior council official")]
    text = "Tom Reed, who worked with Ann Lee for twenty years, said the plan was \u201cdoomed from the start\u201d."
    assert _quotes(text) == [("doomed from the start", "Tom Reed")]


def test_it_said_after_an_office_released_a_statement() -> None:
    text = (
        "Senator Maria Delgado has not spoken since the vote. Delgado's office later released a statement. "
        "\u201cThe senator's position has not changed,\u201d it said."
    )
    assert _quotes(text) == [("The senator's position has not changed", "Delgado's office")]


def test_mrs_with_a_couple_s_surname_is_the_wife_not_the_husband() -> None:
    text = (
        "Jean and Alan Hobbs opened the shop in Little Wendham in 1984.\n\n"
        "\u201cWe have seen three generations grow up,\u201d Mrs Hobbs said.\n\n"
        "\u201cFive o'clock, every day, for forty years,\u201d Mr Hobbs said."
    )
    assert [q.speaker for q in analyze(text, "en").quotes] == ["Jean Hobbs", "Alan Hobbs"]


def test_brothers_named_with_one_surname_keep_it_and_according_to_sets_he() -> None:
    text = (
        "Michael and Sean Doyle, from Arklow, spent six years on the boat.\n\n"
        "\u201cPeople laughed at us for years,\u201d Michael said.\n\n"
        "Sean, the younger brother, was less sure. \u201cI was sick for the whole first day,\u201d he admitted.\n\n"
        "Their mother, Bridget, watched them leave. \u201cI said a prayer,\u201d she told RTE.\n\n"
        "According to Michael, the next trip will be to France. \u201cWhy not?\u201d he said."
    )
    speakers = [q.speaker for q in analyze(text, "en").quotes]
    assert speakers[0] == "Michael Doyle" and speakers[-1] == "Michael Doyle"


def test_a_woman_known_by_her_first_name_alone_is_no_he() -> None:
    text = (
        "Sean Doyle was sick for the whole first day of the crossing.\n\n"
        "Their mother, Bridget, watched them leave. \u201cI said a prayer,\u201d she told RTE.\n\n"
        "\u201cShe always does,\u201d he said."
    )
    assert [q.speaker for q in analyze(text, "en").quotes] == ["Bridget", "Sean Doyle"]


def test_a_description_never_points_at_the_byline_and_takes_its_head_noun() -> None:
    text = (
        "By Hannah Reeve, Health Correspondent\n\n"
        "A surgery in Marlow Vale has stopped taking new patients.\n\n"
        "The health board said it was \u201cworking closely with the practice\u201d."
    )
    assert _quotes(text) == [("working closely with the practice", "The health board")]


def test_a_description_resolves_by_its_head_noun() -> None:
    text = (
        "Harbour master Tom Reed closed the port at noon.\n\n"
        "\u201cNo ship leaves tonight,\u201d the harbour master said."
    )
    assert _quotes(text) == [("No ship leaves tonight", "Tom Reed")]


def test_a_danish_description_with_its_organisation_keeps_its_head() -> None:
    text = (
        "Pressechef hos Vestkraft Maja Rindom afviser kritikken.\n\n"
        "- Vi har gjort alt, hvad vi kunne, siger pressechefen hos Vestkraft."
    )
    assert [q.speaker for q in analyze(text, "da").quotes] == ["Maja Rindom"]


def test_a_described_owner_of_the_answer_before_a_colon_speaks() -> None:
    text = (
        "The mayor of Dunmore, Clare Whelan, clashed with the council's chief executive on Monday.\n\n"
        "The mayor's response was blunt: \u201cThen why did nobody tell the council?\u201d"
    )
    assert _quotes(text) == [("Then why did nobody tell the council?", "Clare Whelan")]
