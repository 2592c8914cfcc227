"""Danish quotes as DDT-cut and hand-wrapped text gives them (quotesda23): ", ifølge X" ends a dash
quote, a quotation (or its attribution) hard-wrapped over two lines is one paragraph. Each text
written for this test."""

from __future__ import annotations

from reader.analysis import analyze


def _quotes(text: str, language: str = "da") -> list[tuple[str, str | None]]:
    return [(text[q.start:q.end], q.speaker) for q in analyze(text, language).quotes]


def test_ifoelge_ends_a_dash_quote():
    text = (
        "Mejeri lukker i Vrå\n\n"
        "Mejeriet i Vrå lukker til sommer, og 35 mister jobbet.\n\n"
        "- Mælken skal køres til Hjørring fremover, ifølge driftschef Poul Krogh.\n"
    )
    assert _quotes(text) == [("Mælken skal køres til Hjørring fremover", "Poul Krogh")]


def test_ifoelge_inside_a_dash_quote_is_no_attribution():
    text = (
        "Ny plan for havnen\n\n"
        "- Vi skal ifølge planen bygge 200 boliger på havnen, siger direktør Anne Lind.\n"
    )
    assert _quotes(text) == [("Vi skal ifølge planen bygge 200 boliger på havnen", "Anne Lind")]


def test_a_quotation_wrapped_over_two_lines_is_one_quote():
    text = (
        "Skole får ny hal\n\n"
        "»Eleverne har ventet på en rigtig hal i tyve år, og nu\n"
        "får de den,« siger skoleleder Birgit Holt.\n"
    )
    assert _quotes(text) == [("Eleverne har ventet på en rigtig hal i tyve år, og nu\nfår de den", "Birgit Holt")]


def test_a_dash_quote_wrapped_over_two_lines_keeps_its_attribution():
    text = (
        "Vandværk hæver prisen\n\n"
        "- Vi skal skifte rør i hele byen, og det koster. Prisen stiger\n"
        "med tre kroner, siger formand Erik Vad.\n"
    )
    assert _quotes(text) == [
        ("Vi skal skifte rør i hele byen, og det koster. Prisen stiger\nmed tre kroner", "Erik Vad")
    ]


def test_an_attribution_wrapped_before_the_second_quotation():
    text = (
        "Storm lukker færgen\n\n"
        "\"It is the worst storm in years,\" said harbour master Ian Cole, who has worked on the\n"
        "island since 1990. \"We will not sail before Monday.\"\n"
    )
    assert [who for _, who in _quotes(text, "en")] == ["Ian Cole", "Ian Cole"]


def test_lines_of_their_own_stay_apart():
    text = (
        "Tre nye butikker\n\n"
        "- Vi åbner i maj, siger Jens Bak.\n"
        "- Vi åbner i juni, siger Lone Ravn.\n"
    )
    assert [who for _, who in _quotes(text)] == ["Jens Bak", "Lone Ravn"]


def test_one_word_opening_a_quotation_cut_by_the_sentence_end():
    # DDT gives a quotation sentence by sentence: its first sentence may be one word with no close.
    assert _quotes('"Nej.') == [("Nej.", None)]
    assert _quotes('Aldrig!"') == [("Aldrig!", None)]


def test_one_quoted_word_in_a_sentence_stays_no_quote():
    assert _quotes('Bageriet "Kringlen" åbner igen.') == []
    assert _quotes('"Kringlen".') == []  # closed: a name, not a quotation cut off


def test_a_quoted_title_glued_to_the_word_before_stays_inside_the_open_quotation():
    text = '"Nej, det bliver ikke en ny" Matador".'
    assert [(q.strip('".'), who) for q, who in _quotes(text)] == [('Nej, det bliver ikke en ny" Matador', None)]


def test_three_marks_with_an_attribution_after_the_middle_one_are_two_quotations():
    text = '"Vi er klar" siger træner Ole Dam. "Helt'
    assert [who for _, who in _quotes(text)][:1] == ["Ole Dam"]


def test_ifoelge_inside_the_sentence_names_the_source_not_its_verb():
    text = 'Hvor kommunen ifølge revisionens rapport er "et godt stykke fra målet", står regionen bedre.'
    assert [who for _, who in _quotes(text)] == ["revisionens rapport"]


def test_the_owner_of_the_words_speaks():
    text = 'Sagen er uafklaret. Eller med Jonna Krags ord: "Vi ved endnu ikke, hvem der skal betale."'
    assert [who for _, who in _quotes(text)] == ["Jonna Krag"]


def test_a_name_after_a_preposition_before_the_colon_is_not_the_speaker():
    text = (
        "Mads Brink tabte første sæt mod svenskeren Olof Berg, men vandt finalen: "
        '"Jeg fandt rytmen i andet sæt."'
    )
    assert [who for _, who in _quotes(text)] == ["Mads Brink"]


def test_a_speaker_before_the_colon_takes_the_dash_quote_after_it():
    text = "Sagen endte, som dommer Lise Kold sagde: - Ingen vinder her."
    assert [who for _, who in _quotes(text)] == ["Lise Kold"]
    text = "- Vi har ikke gjort det før, siger Ib Holm og tilføjer: - Men vi prøver."
    assert [who for _, who in _quotes(text)] == ["Ib Holm", "Ib Holm"]


def test_with_someones_words_names_them():
    text = "Han er klubbens største talent. Med træner Anne Vig' ord er han \"den bedste i mange år\"."
    assert [who for _, who in _quotes(text)] == ["Anne Vig"]


def test_a_name_after_a_preposition_in_the_colon_paragraph_before_is_not_the_speaker():
    text = (
        "Finale i Aarhus\n\n"
        "Mads Brink tabte første sæt mod svenskeren Olof Berg, men vandt finalen:\n\n"
        '"Jeg fandt rytmen i andet sæt."\n'
    )
    assert [who for _, who in _quotes(text)] == ["Mads Brink"]


def test_a_quotation_resumed_after_its_attribution_and_left_open():
    # DDT cuts a quotation over two sentences: the resumed part runs to the sentence end.
    text = '"Vi har ventet længe," siger formand Ole Vang, "men nu sker der noget.'
    assert _quotes(text) == [("Vi har ventet længe", "Ole Vang"), ("men nu sker der noget.", "Ole Vang")]


def test_vrissede_reports_speech():
    assert [who for _, who in _quotes('"Gå nu hjem!" vrissede en ældre mand.')] == ["en ældre mand"]


def test_with_an_address_is_no_part_of_the_speaker():
    text = '"Det var en god dag," sagde borgmesteren med adresse til de fremmødte.'
    assert [who for _, who in _quotes(text)] == ["borgmesteren"]


def test_lyder_kravet_fra_keeps_the_role_clean():
    text = "- Vi skal have flere penge, lyder kravet fra formand Ole Berg."
    quote = analyze(text, "da").quotes[0]
    assert (quote.speaker, quote.role) == ("Ole Berg", "formand")


def test_a_party_genitive_before_a_name_is_the_affiliation():
    text = (
        "Skoler i spil\n\n"
        "- Vi kan ikke lukke skolen, siger Venstres Anne-Mette Kragh.\n\n"
        "- Så dør byen, tilføjer hun.\n"
    )
    quotes = analyze(text, "da").quotes
    assert [(q.speaker, q.affiliation) for q in quotes] == [("Anne-Mette Kragh", "Venstre")] * 2
    assert text[quotes[0].speaker_start:quotes[0].speaker_end] == "Anne-Mette Kragh"


def test_a_genitive_affiliation_is_given_without_its_ending():
    text = "»Vi er tæt på en aftale,« siger Socialdemokratiets Henrik Østergaard."
    assert [(q.speaker, q.affiliation) for q in analyze(text, "da").quotes] == [("Henrik Østergaard", "Socialdemokratiet")]


def test_a_given_name_ending_in_s_is_no_genitive():
    text = "»Vi er tæt på en aftale,« siger Jens Kirk."
    assert [q.speaker for q in analyze(text, "da").quotes] == ["Jens Kirk"]


def test_lyder_som_is_sounds_like_not_a_reporting_verb():
    assert _quotes('Omkvædet lyder nærmest som "en gammel børnesang".') == []
    text = 'Bestyrelsen beskriver ham som "en sand ildsjæl".'  # a naming verb with "som" still reports
    assert [who for _, who in _quotes(text)] == ["Bestyrelsen"]


def test_an_organisation_in_the_genitive_before_another_organisation_stays_whole():
    text = "»Sagen er afsluttet,« skriver Folketingets Ombudsmand."
    assert [q.speaker for q in analyze(text, "da").quotes] == ["Folketingets Ombudsmand"]
