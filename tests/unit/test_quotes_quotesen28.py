"""English quotations in letters, speeches, essays, rulings and transcripts (quotesen28): a
personal letter's addressee is no "he", a family member opening a sentence is the "she" of the next,
a writer's comment "I could not have put it better" attributes nothing, a name the name finder
misses before ", who" still speaks. Every text written for these tests."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text.strip(" .,?!\"“”‘’"), q.speaker) for q in analyze(text, "en").quotes]


def test_a_letters_addressee_is_never_the_he_of_a_quotation() -> None:
    text = ("Dear Oliver,\n\n"
            "Thanks for the photos of the lake. We had the vet round on Tuesday for the old cat, Oliver. "
            "When the vet had finished he said, \"She has a good few years left in her.\"\n\n"
            "Love,\n\nMum")
    assert _quotes(text) == [("She has a good few years left in her", "the vet")]


def test_a_family_member_opening_a_sentence_is_the_next_she() -> None:
    text = ("Thank you, Dean Whitcombe, and thank you all for coming.\n\n"
            "On the morning of my first exam, my grandmother made me porridge and sat with me while I ate it. "
            "She said, \"Read every question twice and the answers once.\"")
    assert [s for _, s in _quotes(text)] == ["my grandmother"]


def test_a_family_member_is_not_the_she_of_a_sentence_reporting_her() -> None:
    text = ("Lena Duffy, 71, has kept bees for fifty years.\n\n"
            "Her daughter thinks she should stop, she admits. \"But who would look after them?\"")
    assert [s for _, s in _quotes(text)] == ["Lena Duffy"]


def test_someone_described_after_the_family_member_comes_first() -> None:
    text = ("Dear Priya,\n\n"
            "Your uncle fixed the gate at last. When the plumber came on Friday, he said, \"That gate will outlive us all.\"")
    assert [s for _, s in _quotes(text)] == ["the plumber"]


def test_a_comment_on_a_quotation_attributes_nothing_to_the_writer() -> None:
    text = ("My neighbour, Edith Crane, has lived on the street since 1958. She said to me afterwards, "
            "\"They have never once asked us what we want.\" I could not have put it better.")
    assert _quotes(text) == [("They have never once asked us what we want", "Edith Crane")]


def test_as_someone_put_it_still_attributes() -> None:
    text = "\"A harbour is a promise kept by stone,\" as Aldo Brunetti once put it."
    assert [s for _, s in _quotes(text)] == ["Aldo Brunetti"]


def test_a_name_before_who_the_name_finder_misses_speaks() -> None:
    text = ("Recruiter Kemi Arobieke, who has worked in hospitals for years, says most people talk "
            "too fast. \"Slow down by half,\" she says. \"Then slow down again.\"")
    assert [s for _, s in _quotes(text)] == ["Kemi Arobieke", "Kemi Arobieke"]


def test_a_role_word_the_text_writes_in_lower_case_is_no_part_of_the_name() -> None:
    from reader.analysis.quote_genres28 import who_names

    text = "Ferryman Tobiah Quennell, who has worked the crossing since 1990, said every ferryman on the river was worried."
    assert who_names(text) == {"Tobiah Quennell"}


def test_counsel_who_submitted_that_speaks_a_partial_quote() -> None:
    text = ("The tribunal heard the appeal on Monday. Counsel for the landlord, Imogen Tarrant, had submitted that "
            "the repairs were \"carried out within a reasonable time\" and that the claim should fail.")
    assert _quotes(text) == [("carried out within a reasonable time", "Imogen Tarrant")]


def test_two_cited_authors_who_argue_speak() -> None:
    text = ("Orchards need more than trees (Halme 2009). Okonjo and Birkett (2018: 12) argue that a good orchard "
            "is judged \"by the neighbours it feeds, not the fruit it sells.\"")
    speakers = [s for _, s in _quotes(text)]
    assert len(speakers) == 1 and speakers[0] is not None and speakers[0].endswith(("Okonjo", "Birkett"))


def test_single_quotes_beside_double_ones_are_both_found() -> None:
    text = ("So the man on the next stall, Cyril, leans over and goes, ‘They won't sell at that price, son.’ "
            "And I was like, \"Watch this.\"")
    assert [t for t, _ in _quotes(text)] == ["They won't sell at that price, son", "Watch this"]


def test_an_apostrophe_beside_double_quotes_makes_no_quote() -> None:
    text = ("The inspectors' report, published on Monday, said the workers' canteen was \"the best in the county\", "
            "and the cooks' union, 'not before time', agreed.")
    assert [t for t, _ in _quotes(text)] == ["the best in the county"]  # not ‘not before time’ after a mere comma


_TRANSCRIPT = (
    "Back Garden Radio, episode 4\n\n"
    "NELL: Welcome back. With me, as ever, is Kofi.\n\n"
    "KOFI: Hi, everyone.\n\n"
    "NELL: Kofi, you met your new neighbour this week.\n\n"
    "KOFI: I did. Her name is Brenda, and she leans over the wall and goes, \"Those tomatoes want feeding.\" "
    "And I was like, \"They're fine.\"\n\n"
    "NELL: And were they?\n\n"
    "KOFI: They were not. Then she said, \"Seaweed, twice a week.\"\n\n"
    "NELL: My grandmother swore by seaweed. I remember her saying, \"The sea feeds the soil.\"\n"
)


def test_a_turns_i_is_its_label_and_its_she_no_other_voice() -> None:
    speakers = {t: s for t, s in _quotes(_TRANSCRIPT)}
    assert speakers["They're fine"] == "Kofi"
    assert speakers["Seaweed, twice a week"] == "Brenda"


def test_her_saying_in_a_turn_is_the_family_member_before() -> None:
    speakers = {t: s for t, s in _quotes(_TRANSCRIPT)}
    assert speakers["The sea feeds the soil"] == "My grandmother"


def test_a_described_subject_from_a_named_place_speaks_the_block_quote() -> None:
    text = ("Rationing ended in 1954.\n\n"
            "A grocer in Dundee, recorded for a local history project in 1999, described the last week:\n\n"
            "\"We tore up the ration books on the counter and the whole queue cheered.\"")
    assert [s for _, s in _quotes(text)] == ["A grocer"]


def test_a_contact_clause_pronoun_is_not_the_speaker() -> None:
    text = ("Pryor spent a year in village halls. One caretaker she interviewed told her, "
            "\"Nobody books the hall for dances any more, only for funerals.\"")
    assert [s for _, s in _quotes(text)] == ["One caretaker"]


def test_a_description_named_with_called_is_that_person() -> None:
    text = ("My first landlady, a retired midwife called Agnieszka Wrobel, kept a list of rules on the fridge. "
            "On my first night she pointed at it and said: \"Rule one: nobody cooks fish.\"")
    assert [s for _, s in _quotes(text)] == ["Agnieszka Wrobel"]


def test_called_out_names_nobody() -> None:
    text = "The hall went quiet. A voice called out from the back, \"Let him speak!\""
    assert [s for _, s in _quotes(text)] == ["A voice"]


def test_words_after_the_phrase_are_no_quote() -> None:
    text = ("For Harlow, home is a sound. He says, \"Nobody chooses where they learn to speak,\" and the phrase "
            "\"mother tongue\" does the rest.")
    assert [t for t, _ in _quotes(text)] == ["Nobody chooses where they learn to speak"]


def test_a_year_inside_a_named_report_keeps_the_name() -> None:
    text = ("Few hill farmers trust the schemes. According to the 2021 Moorland Grazing Survey, most had "
            "\"no faith at all\" in the advice they were sent.")
    assert [s for _, s in _quotes(text)] == ["the 2021 Moorland Grazing Survey"]


def test_a_place_before_who_is_no_person_learned() -> None:
    """(lead, merging probe28: "the gate on Mill Lane, who asked not to be named," made the street a
    speaker once quotesen28's who-names met probe28's picket-line rule)."""
    from reader.analysis.quote_genres28 import who_names

    assert who_names("A porter at the door on Tanner Lane, who asked not to be named, said no.") == set()
    assert who_names("A picket beside Tanner Lane, who gave no name, said so.") == set()  # a head word
    assert who_names("Recruiter Sunita Varma, who has hired for supermarkets, says so.") == {"Sunita Varma"}
