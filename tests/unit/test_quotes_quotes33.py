"""English quotations in essays, letters, podcasts, court opinions, how-to guides and textbooks
(quotes33). Every text written for these tests."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text.strip(" .,?!\"“”‘’*"), q.speaker) for q in analyze(text, "en").quotes]


def test_a_podcast_of_two_hosts_has_no_turns_as_quotes_only_the_quotations_in_them() -> None:
    text = ("Weeds and Words, episode 4\n\n"
            "NORA: Hello and welcome back. I'm Nora Quill.\n\n"
            "BASIL: And I'm Basil Tranter. Nora, you went to the flower show.\n\n"
            "NORA: I did. It rained all day and the judges were soaked.\n\n"
            "BASIL: Did anyone complain?\n\n"
            "NORA: One exhibitor, Harold Mace, told me, \"I've grown dahlias for forty years and never seen mud like it.\"\n\n"
            "BASIL: Poor Harold.")
    assert _quotes(text) == [("I've grown dahlias for forty years and never seen mud like it", "Harold Mace")]


def test_labelled_names_speaking_in_turns_keep_their_turns_as_quotes_when_one_only_asks() -> None:
    text = ("Five minutes with a lock keeper\n\n"
            "Doreen Pask has kept the lock at Wenham for thirty years. She spoke to Alan Rudd.\n\n"
            "Alan Rudd: What is the hardest part of the job?\n\n"
            "Doreen Pask: The boaters who think the lock is a race.\n\n"
            "Alan Rudd: Would you do it again?\n\n"
            "Doreen Pask: Every day of my life.")
    assert _quotes(text) == [("The boaters who think the lock is a race", "Doreen Pask"),
                             ("Every day of my life", "Doreen Pask")]


def test_a_nickname_after_called_someone_is_no_quote() -> None:
    text = "The crew always called their skipper \"the Bishop\", and nobody remembers why."
    assert _quotes(text) == []


def test_emailed_someone_before_a_colon_is_the_writer_not_the_one_emailed() -> None:
    text = ("On 3 March Mr Owain Pryce, the club's treasurer, emailed the league secretary, Ms Gwen Hollis: "
            "\"The fees are paid. Please confirm the fixture list.\"")
    assert _quotes(text) == [("The fees are paid. Please confirm the fixture list", "Owain Pryce")]


def test_a_letters_you_said_is_the_one_the_letter_is_written_to() -> None:
    text = ("An open letter to Martin Crowe, leader of Eastfold Council\n\n"
            "Dear Mr Crowe,\n\n"
            "We write as parents of children at Millbrook Infants.\n\n"
            "At the council meeting in May you said: \"No school in Eastfold will lose its crossing patrol.\" "
            "Millbrook lost its patrol in September.\n\n"
            "Yours sincerely,\n\nThe Millbrook Parents' Group")
    assert _quotes(text) == [("No school in Eastfold will lose its crossing patrol", "Martin Crowe")]


def test_a_letter_to_the_editor_names_no_one_its_you_said_could_be() -> None:
    text = ("Dear Editor,\n\n"
            "Last week you said: \"The bypass will be finished by June.\" It was not.\n\n"
            "Ann Hale, Eastfold")
    assert _quotes(text) == [("The bypass will be finished by June", None)]


def test_a_provision_says_what_it_quotes_in_a_court_opinion() -> None:
    text = ("The tenant relies on the lease. Clause 7.1 reads: \"The Landlord shall keep the roof in good repair.\" "
            "Section 11 of the Housing Act provides that a landlord \"shall keep in repair the structure and exterior.\"")
    assert _quotes(text) == [("The Landlord shall keep the roof in good repair", "Clause 7.1"),
                             ("shall keep in repair the structure and exterior", "Section 11 of the Housing Act")]


def test_the_trial_court_found_that_quotes_the_court() -> None:
    text = "The trial court found that the landlord \"had no notice of the leak before the ceiling fell\"."
    assert _quotes(text) == [("had no notice of the leak before the ceiling fell", "The trial court")]


def test_counsel_for_a_party_speaks_not_the_party() -> None:
    text = ("Defendant Rhona Baird appeals her conviction. At the hearing, counsel for the defendant argued that "
            "\"a receipt is not a confession.\" We disagree.")
    assert _quotes(text) == [("a receipt is not a confession", "counsel for the defendant")]


def test_a_participant_code_before_a_colon_closing_the_paragraph_speaks_the_quotation_after() -> None:
    text = ("R2, a bus driver, said: \"The shifts are the problem.\"\n\n"
            "Asked about their managers, participants were divided. R6 replied at some length:\n\n"
            "\"My manager is fine. It's the rota that nobody can read.\n\n"
            "\"And when you ask, they send you to a website.\"")
    assert _quotes(text) == [("The shifts are the problem", "R2"),
                             ("My manager is fine. It's the rota that nobody can read", "R6"),
                             ("And when you ask, they send you to a website", "R6")]


def test_a_quotation_over_two_paragraphs_keeps_its_speaker_after_another_speaker() -> None:
    # (main gave the second paragraph to the first speaker: the dialogue rule read it as a new turn)
    text = ("Nell Darby, a porter, said: \"The lifts are the problem.\"\n\n"
            "Asked about the landlord, tenants were divided. Craig Oduya said:\n\n"
            "\"The landlord is fine. It's the agent that nobody can reach.\n\n"
            "\"And when you ask, they send you to a website.\"")
    assert [speaker for _, speaker in _quotes(text)] == ["Nell Darby", "Craig Oduya", "Craig Oduya"]


def test_a_straight_mark_after_a_figure_closes_a_quotation_opened_before_it() -> None:
    text = ("Sir, your front page (\"Pool repairs to cost £40,000\", 2 May) quoted Cllr Ian Marsh as saying the work would "
            "\"pay for itself\". It will not.")
    assert _quotes(text) == [("pay for itself", "Ian Marsh")]


def test_inch_marks_after_figures_stay_inch_marks() -> None:
    text = "Tom Reed measured the gap at 40\", then a 12\" board, and said: \"That will do.\""
    assert _quotes(text) == [("That will do", "Tom Reed")]


def test_as_a_scholar_reminds_us_before_a_quotation() -> None:
    text = "As Okafor reminds us, \"A border is a habit before it is a line.\" (Okafor 2009: 31)"
    assert _quotes(text) == [("A border is a habit before it is a line", "Okafor")]


def test_praised_as_and_accused_of_take_partial_quotes_of_their_subject() -> None:
    text = ("The Fenton Herald praised the new canal as \"a highway of honest trade\" and accused its critics of "
            "\"sulking in the age of steam\".")
    assert _quotes(text) == [("a highway of honest trade", "The Fenton Herald"),
                             ("sulking in the age of steam", "The Fenton Herald")]


def test_just_said_after_a_description() -> None:
    text = "I asked for a refund once. The manager just said, \"We don't do that here,\" and went back to the till."
    assert _quotes(text) == [("We don't do that here", "The manager")]


def test_the_words_of_someone_before_a_quotation_and_not_of_a_song() -> None:
    text = ("I will close with the words of my late father, who ran the shop for forty years: \"Nobody ever went broke "
            "selling bread.\"")
    assert _quotes(text) == [("Nobody ever went broke selling bread", "my late father")]
    assert _quotes("We sang the words of the old hymn: \"Abide with me, fast falls the eventide.\"") == [
        ("Abide with me, fast falls the eventide", None)]
