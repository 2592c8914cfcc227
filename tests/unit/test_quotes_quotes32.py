"""English quotations outside news (quotes32): interview turns labelled by initials or a bold name,
an interviewer whose every turn is a question, an answer going on in a paragraph of its own.
Every text written for these tests."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text.strip(" .,?!\"“”‘’*"), q.speaker) for q in analyze(text, "en").quotes]


def test_initials_label_the_turns_of_the_person_named_with_them() -> None:
    text = ("Talking to the harbour's oldest diver\n\n"
            "Gideon Ferreira has dived in Falmouth harbour since 1979. Lucy Hargreaves went to meet him.\n\n"
            "LH: What do you find down there?\n\n"
            "GF: Mostly bicycles. Last year a whole moped.\n\n"
            "LH: Are you ever frightened?\n\n"
            "GF: Only of the paperwork.")
    assert _quotes(text) == [("Mostly bicycles. Last year a whole moped", "Gideon Ferreira"),
                             ("Only of the paperwork", "Gideon Ferreira")]


def test_bold_labels_and_an_interviewer_who_only_asks() -> None:
    text = ("Interview: a glassblower in Sunderland\n\n"
            "Agnieszka Borowska makes lamps in a workshop by the river. She spoke to Peter Mallory.\n\n"
            "**Peter Mallory:** How hot is the furnace?\n\n"
            "**Agnieszka Borowska:** About eleven hundred degrees. You stop noticing after a week.\n\n"
            "**Peter Mallory:** Do you ever burn yourself?\n\n"
            "**Agnieszka Borowska:** Every day, a little.")
    assert _quotes(text) == [("About eleven hundred degrees. You stop noticing after a week", "Agnieszka Borowska"),
                             ("Every day, a little", "Agnieszka Borowska")]


def test_an_answer_goes_on_in_a_paragraph_before_the_next_question() -> None:
    text = ("Three questions for a lock keeper\n\n"
            "Marcus Oyelaran looks after the locks at Stoke Bruerne.\n\n"
            "Q: What is the job really like?\n\n"
            "A: Quiet in winter, mad in August.\n\n"
            "In August the boats queue back past the tunnel, and everyone wants to go first.\n\n"
            "Q: What would you change?\n\n"
            "A: Nothing, except the paperwork.")
    assert [s for _, s in _quotes(text)] == ["Marcus Oyelaran"] * 3
    assert _quotes(text)[1][0].startswith("In August the boats queue")


def test_a_narrative_paragraph_after_the_last_answer_is_no_answer() -> None:
    text = ("Three questions for a lock keeper\n\n"
            "Marcus Oyelaran looks after the locks at Stoke Bruerne.\n\n"
            "Q: What is the job really like?\n\n"
            "A: Quiet in winter, mad in August.\n\n"
            "The locks reopen on 1 March after repairs.")
    assert [t for t, _ in _quotes(text)] == ["Quiet in winter, mad in August"]


def test_a_podcast_host_who_also_talks_is_no_interviewer() -> None:
    # A host who also talks is no interviewer, so SAM's turns are no interview answers. Since
    # quotes33 the host's turns are no quotes either: a transcript of voices that talk to each other
    # is speech throughout (as tests/quote_articles' podcasts, en_225 and en_233, and the GUM gold mark it).
    text = ("Muddy Boots, episode 4\n\n"
            "RUTH: Welcome back. With me is Sam.\n\n"
            "SAM: Hello.\n\n"
            "RUTH: So, Sam, how was the walk?\n\n"
            "SAM: Wet. Very wet.")
    assert _quotes(text) == []


def test_a_forum_user_name_with_an_underscore_speaks() -> None:
    text = ("Re: Which tent for Skye?\n\n"
            "Go for the heavier one. As stormhiker_77 wrote last spring: \"A light tent on Skye is a kite with a sleeping bag in it.\" "
            "I learned that the hard way.\n\n"
            "Reply from moss_and_midges: \"Seconded. Mine ended up in a loch.\"")
    assert [s for _, s in _quotes(text)] == ["stormhiker_77", "moss_and_midges"]


def test_a_description_with_a_relative_clause_before_said() -> None:
    text = ("Day four was the worst. The man at the bus stop, who I see every morning, said, \"You look like you need a holiday.\" "
            "He was right.")
    assert [s for _, s in _quotes(text)] == ["The man"]


def test_a_sentence_of_the_writer_after_an_exclamation_is_no_tag() -> None:
    text = "The queue was long. The woman behind the counter said, \"Not you again!\" I was mortified."
    assert [s for _, s in _quotes(text)] == ["The woman behind the counter"]


def test_an_informal_kin_word_rings_and_says() -> None:
    text = "Nobody cooked that week. Then my nan rang on Friday and said, \"Bring the children over, I've made a pie.\""
    assert [s for _, s in _quotes(text)] == ["my nan"]


def test_a_relatives_rule_is_hers() -> None:
    text = ("Scones\n\n"
            "This is how my aunt, Morag Findlay, taught me to make them.\n\n"
            "Rub the butter in quickly. My aunt's rule was short: \"Cold hands, light scones.\"")
    assert [s for _, s in _quotes(text)] == ["Morag Findlay"]


def test_a_participants_code_does_not_hide_the_description() -> None:
    text = ("Our interviews were mixed. One respondent (P3), a retired fisherman, said: \"The harbour was the whole town.\" "
            "A younger woman (P8) was less fond of it: \"It smells of diesel and regret.\"")
    assert [s for _, s in _quotes(text)] == ["One respondent", "A younger woman"]


def test_a_response_from_someone_with_a_date() -> None:
    text = ("★☆☆☆☆ Cold soup\n\nThe soup was cold and the bread was stale.\n\n"
            "Response from the manager, 3 May: \"We are sorry to hear this and have spoken to the kitchen team.\"")
    assert [s for _, s in _quotes(text)] == ["the manager"]


def test_a_thing_that_was_loud_before_a_colon_says_nothing() -> None:
    text = "The kettle was loud: \"Whistle, whistle, whistle.\" Nobody got up."
    assert all(s is None for _, s in _quotes(text))


def test_an_edit_line_opens_with_a_described_speaker() -> None:
    text = ("I returned the boots in the end.\n\n"
            "Edit: my sister looked over my shoulder and said, \"Tell them the boots were yellow.\" They were.")
    assert [s for _, s in _quotes(text)] == ["my sister"]


def test_a_described_subject_called_by_name_speaks_the_next_quotation() -> None:
    text = ("The café was empty by nine.\n\n"
            "The owner, a tall man called Karim, came out from the back with a bucket. \"Are you eating or just thinking?\"")
    assert [s for _, s in _quotes(text)] == ["Karim"]


def test_the_one_the_writer_asked_answers() -> None:
    text = ("Fiona Reid ran the shop for thirty years before she retired. Now it is kept by Ishbel Munro and her brother. "
            "When I asked Munro what sells best, she laughed and said: \"Ice cream, even in January.\"")
    assert [s for _, s in _quotes(text)] == ["Ishbel Munro"]


def test_shaking_ones_head_makes_no_head_teacher_a_speaker() -> None:
    text = "The bakery was full.\n\nShe looked at the cake and shook her head. \"Too much icing.\""
    assert [s for _, s in _quotes(text)] == [None]


def test_a_woman_named_before_still_shakes_her_head_and_speaks() -> None:
    text = "Marta Lind runs the bakery.\n\nShe looked at the cake and shook her head. \"Too much icing.\""
    assert [s for _, s in _quotes(text)] == ["Marta Lind"]


def test_in_their_words_gives_the_owners_of_the_words() -> None:
    text = ("We follow Helen Okafor and Lars Lindgren here. In their words, \"a harbour is a town that faces the wrong way.\"\n\n"
            "Ann Pike disagrees. In her own words, \"the town faces wherever the work is.\"")
    assert [s for _, s in _quotes(text)] == ["Helen Okafor and Lars Lindgren", "Ann Pike"]


def test_in_other_words_names_nobody() -> None:
    text = "Prices rose and wages did not. In other words, \"the squeeze\" came early that year."
    assert [s for _, s in _quotes(text) if s] == []


def test_a_description_with_an_acronym_is_the_he_after_it() -> None:
    text = ("Priya Shah swore the tyre was fine. Two miles on, we pulled over. "
            "The RAC man arrived, and he looked at the wheel and said, \"Who told you this was fine?\"")
    assert [s for _, s in _quotes(text)] == ["The RAC man"]


def test_the_authors_a_paper_follows_give_the_phrase_it_takes_over() -> None:
    text = "Our sample is small. Following Osei and Brandt (2019), we define a village as \"a place where nobody is a stranger for long\" (p. 9)."
    assert [(t, s) for t, s in _quotes(text)] == [("a place where nobody is a stranger for long", "Osei and Brandt")]


def test_a_described_speaker_named_later_is_that_name() -> None:
    text = ("At the bus stop an old woman in a green coat was feeding the pigeons.\n\n"
            "\"They know me,\" she said.\n\n"
            "Her name, it turned out, was Halina. She had fed them every morning since 1987.\n\n"
            "\"Not the seagulls,\" she said. \"Never the seagulls.\"")
    assert [s for _, s in _quotes(text)] == ["Halina"] * 3


def test_a_name_given_far_later_does_not_rename_a_described_speaker() -> None:
    filler = "The council met again on Tuesday and the agenda ran to forty pages of road repairs. " * 8
    text = ("\"We remain open to talks,\" a spokeswoman said.\n\n" + filler + "\n\n"
            "Her name is Giulia Ferro, and she has run the bakery on the square since 2019.")
    assert [s for _, s in _quotes(text)] == ["a spokeswoman"]
