"""English quotations outside news (quotesen23): a bracketed citation between an author and the
verb, "For Kant, X is "..."", an author known from a citation speaking a block quote, a labelled
transcript turn that quotes someone else, a guide's 'Then say, "..."' (nobody named), "According
to Berg's account, Lindqvist answered"."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text.strip(" .,?!\"“”"), q.speaker) for q in analyze(text, "en").quotes]


def test_a_citation_between_author_and_verb_keeps_the_author() -> None:
    text = ("Cities and Noise\n\n"
            'Quiet has become a luxury. As Oduya (2015, p. 63) puts it, "silence is now sold by the square metre."')
    assert _quotes(text) == [("silence is now sold by the square metre", "Oduya")]


def test_a_harvard_citation_with_a_colon_page() -> None:
    text = ("Sampling\n\n"
            'As Lindgren (2003: 118) observes, "a small sample read closely can say more than a large one read fast".')
    assert [s for _, s in _quotes(text)] == ["Lindgren"]


def test_the_text_of_a_quote_keeps_its_citation() -> None:
    text = 'Marlow agreed with the plan, writing that "the data (2019) settles the matter" in a letter.'
    quotes = analyze(text, "en").quotes
    assert [q.text for q in quotes] == ["the data (2019) settles the matter"]


def test_citations_are_blanked_with_their_length() -> None:
    from reader.analysis.quote_genres23 import without_citations

    text = "As Oduya (2015, p. 63) puts it (p. 9) and (pp. 4-7) but not (Oduya, 2015) or (in 2015)."
    blank = without_citations(text)
    assert len(blank) == len(text) and "2015, p." not in blank and "(Oduya, 2015)" in blank and "(in 2015)" in blank


def test_for_a_thinker_the_quotation_is_theirs() -> None:
    text = ("Work\n\n"
            'For Halvorsen, a job is "the price we pay for the hours we keep." Her critics found that glib.')
    assert _quotes(text) == [("the price we pay for the hours we keep", "Halvorsen")]


def test_in_a_thinkers_view_the_quotation_is_theirs() -> None:
    text = 'In Ferrante Oyelaran\'s view, progress was "mostly a change of furniture". Few agreed.'
    assert [s for _, s in _quotes(text)] == ["Ferrante Oyelaran"]


def test_for_the_first_time_is_no_thinker() -> None:
    text = 'For the first time, the museum is "open late for everyone," the director said.'
    assert [s for _, s in _quotes(text)] == ["the director"]


def test_an_author_cited_with_a_year_speaks_the_block_quote_after_the_colon() -> None:
    text = ("Findings\n\n"
            "Early surveys were hopeful (Marsh, 2008). Kwan (2012) goes further:\n\n"
            '"Most of the gains we measured came from the people who would have done well anyway. '
            'Take them out and very little is left."')
    assert [s for _, s in _quotes(text)] == ["Kwan"]


def test_cited_authors() -> None:
    from reader.analysis.quote_genres23 import cited_authors

    text = "Tembe (2012) and Ross and Vane (2001a, p. 3) disagree (Okafor, 2019; see May 2020)."
    assert cited_authors(text) == {"Tembe", "Ross", "Vane", "Okafor"}


_EPISODE = ("Episode 12: Allotments\n\n"
            "Ruth Mallon: Welcome back. My guest is Colm Avery, who has kept the same allotment for thirty years.\n\n"
            "Colm Avery: Thirty-one. When I took it on, the old man on the next plot looked at my spade and told me, "
            '"That won\'t last the winter." He was right.\n\n'
            "Ruth Mallon: We had an email from Dina, who tried your soup and said it was, quote, "
            '"the best thing I have eaten all year." Thanks, Dina.')


def test_a_labelled_turn_that_quotes_someone_gives_the_quotation() -> None:
    quotes = _quotes(_EPISODE)
    assert ("That won't last the winter", "the old man") in quotes
    assert not any(q.startswith("Thirty-one") for q, _ in quotes)


def test_a_listeners_message_read_out_with_quote() -> None:
    quotes = _quotes(_EPISODE)
    assert "the best thing I have eaten all year" in [q for q, _ in quotes]
    assert not any(q.startswith("We had an email") for q, _ in quotes)


def test_a_labelled_answer_without_a_quotation_stays_a_quote() -> None:
    text = ("Interview\n\nSofia Brandt is a ferry captain.\n\n"
            "Q: How long have you worked the crossing?\n\n"
            "Sofia Brandt: Twenty years. I still like the winter runs best.")
    assert _quotes(text) == [("Twenty years. I still like the winter runs best", "Sofia Brandt")]


def test_a_guides_then_say_names_nobody() -> None:
    text = ("How to Return a Faulty Kettle\n\n"
            "Keep the receipt. Take the kettle back within thirty days. "
            'Then say, "This stopped working after a week, and I would like a refund."')
    assert _quotes(text) == [("This stopped working after a week, and I would like a refund", None)]


def test_a_named_reader_of_the_guide_still_speaks() -> None:
    text = 'Kelly Ames runs the desk. Staff say "Ask Kelly" whenever a parcel goes missing. Experts say, "Returns are rising."'
    assert ("Returns are rising", "Experts") in _quotes(text)


def test_according_to_an_account_the_one_who_answered_speaks() -> None:
    text = ("The Crossing\n\n"
            "The guide, Pieter Haas, wanted to wait for the ice to thicken. "
            'According to Haas\'s diary, Moreau replied, "We cross tonight or we do not cross at all."')
    assert [s for _, s in _quotes(text)] == ["Moreau"]


def test_he_added_after_mr_x_replied_in_a_paragraph_naming_others() -> None:
    text = ("Roofer denies cutting corners\n\n"
            "The jury heard from Gareth Pyle. Prosecutor Marit Osei asked him about the missing ties. "
            '"Nobody ordered them," Mr Pyle replied. "I fitted what was on the van," he added.')
    assert [s for _, s in _quotes(text)] == ["Gareth Pyle", "Gareth Pyle"]


def test_the_pronoun_after_a_when_clause_is_not_the_one_in_it() -> None:
    text = ("Councillor Dennis Ormond defended the closure of the library. When Mrs Tarrant asked who had been consulted, "
            'he said: "Everyone who answered the survey."')
    assert [s for _, s in _quotes(text)] == ["Dennis Ormond"]


def test_a_name_after_a_church_title_opening_a_sentence() -> None:
    text = ("Sister Brigid Malloy ran the hostel for twenty years. "
            '"Nobody was ever turned away," she said.')
    assert [s for _, s in _quotes(text)] == ["Brigid Malloy"]


def test_father_alone_is_no_church_name() -> None:
    from reader.analysis.quote_genres23 import church_names

    assert church_names("Father was pleased. Father Christmas came. Mother Agnes Kearney stayed.") == {"Agnes Kearney"}


_STUDIO = ("The Weaver of Hebden Bridge\n\n"
           "Maud Ferris, 71, still sells every rug she makes. I met her at her loom on a wet Tuesday.\n\n"
           '"Do you ever get tired of it?"\n\n'
           '"Never. My hands would not know what to do with themselves."')


def test_the_writers_question_is_not_the_interviewees() -> None:
    assert _quotes(_STUDIO) == [("Do you ever get tired of it", None),
                                ("Never. My hands would not know what to do with themselves", "Maud Ferris")]


def test_a_question_with_its_own_tag_keeps_its_speaker() -> None:
    text = _STUDIO.replace('"Do you ever get tired of it?"', '"Do you ever get tired of it?" her grandson Olly Ferris asked.')
    assert _quotes(text)[0] == ("Do you ever get tired of it", "Olly Ferris")


def test_a_description_with_an_adverb_before_its_verb() -> None:
    text = ('When I told them I was leaving, my father just shrugged and said, "You always did." '
            "That was the end of it.")
    assert [s for _, s in _quotes(text)] == ["my father"]


def test_one_described_person_speaks_the_block_quote_after_the_colon() -> None:
    text = ("Libraries\n\n"
            "Opening hours have been cut in most branches since 2014 (Ferris, 2018).\n\n"
            "One volunteer we spoke to put it this way:\n\n"
            '"People come for the heating and stay for the company. Where else can you sit all afternoon '
            'without buying a thing?"')
    assert [s for _, s in _quotes(text)] == ["One volunteer"]


def test_the_described_subject_of_a_when_clause_speaks_after_she() -> None:
    text = ("Dear Colm,\n\n"
            "Grandad is home again. When the nurse came on Monday, she read his notes and said, "
            '"He is doing better than I am." Grandad laughed for an hour.')
    assert [s for _, s in _quotes(text)] == ["the nurse"]


_ROUND = ("Episode 3: First Jobs\n\n"
          "Nell Hardy: Today we are talking about first jobs with the chef Omar Sadiq. Omar, what was yours?\n\n"
          "Omar Sadiq: Washing pots. The owner, Mr Vella, said to me on the first day, "
          '"Nobody leaves before the last pan is dry." He meant it.\n\n'
          'Nell Hardy: Was he kind to you?\n\n'
          'Omar Sadiq: In his way. When I left, he said, "You can come back any time."')


def test_a_turn_quoting_someone_after_a_longer_lead() -> None:
    quotes = _quotes(_ROUND)
    assert ("Nobody leaves before the last pan is dry", "Vella") in quotes
    assert not any(q.startswith("Washing pots") for q, _ in quotes)


def test_he_in_a_turn_is_not_the_one_speaking_the_turn() -> None:
    quotes = dict(_quotes(_ROUND))
    assert quotes["You can come back any time"] not in ("Omar Sadiq", "Nell Hardy")


def test_an_example_named_in_the_subject_of_argue() -> None:
    text = ("Hollins is sceptical of the metaphor. Others, such as Ruth Moreno (2013), argue that the term "
            '"remains useful as long as no one mistakes it for a model".')
    assert [s for _, s in _quotes(text)] == ["Ruth Moreno"]


def test_a_place_given_as_an_example_is_no_speaker() -> None:
    text = 'Big cities, such as Leeds, say they are "full to bursting with visitors every weekend".'
    assert [s for _, s in _quotes(text)] != ["Leeds"]


def test_for_a_thinker_a_single_word_is_no_quote_of_theirs() -> None:
    text = 'For Halvorsen, leisure was "sacred". Her critics found that glib.'
    assert [s for _, s in _quotes(text)] in ([], [None])
